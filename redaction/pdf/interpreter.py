"""Content-stream interpreter: lays out every glyph and image of a page in page user space.

It follows the parts of the graphics state that place text and images (``q``/``Q``, ``cm``, the
text state and matrices, ``gs`` fonts), recurses into Form XObjects with their ``/Matrix`` (one
:class:`Context` per invocation), tiling patterns and soft-mask groups (so their text is searched
too), and marks optional content that is off. Everything else (paths, colours) is skipped: it
neither shows text nor moves it.
"""

from __future__ import annotations

from typing import Any

from pypdf.generic import ArrayObject, DictionaryObject, StreamObject

from redaction.pdf.content import Context, ImageDraw, PageContent, TextRun
from redaction.pdf.errors import LimitExceededError, UnsupportedContentError
from redaction.pdf.fonts import FontModel
from redaction.pdf.geometry import IDENTITY, Matrix, multiply
from redaction.pdf.lexer import Name, Operation, tokenize
from redaction.pdf.limits import Deadline, Limits
from redaction.pdf.optional_content import OptionalContent
from redaction.pdf.resources import (
    FontCache,
    decode_stream,
    lookup_resource,
    object_key,
)

__all__ = ["Interpreter"]

_VERTICAL_FRAME: Matrix = (0.0, -1.0, 1.0, 0.0, 0.0, 0.0)
_CHECK_EVERY = 4096
_HANDLED = frozenset(
    b"q Q cm BT ET Tc Tw Tz TL Tf Tr Ts Td TD Tm T* Tj TJ ' \" Do BI gs BDC BMC EMC scn SCN".split()
)


class _State:
    __slots__ = ("ctm", "font", "size", "tc", "th", "tl", "tr", "ts", "tw")

    def __init__(self) -> None:
        self.ctm: Matrix = IDENTITY
        self.tc = 0.0
        self.tw = 0.0
        self.th = 1.0
        self.tl = 0.0
        self.font: FontModel | None = None
        self.size = 0.0
        self.tr = 0
        self.ts = 0.0

    def copy(self) -> _State:
        other = _State()
        for slot in _State.__slots__:
            setattr(other, slot, getattr(self, slot))
        return other


def _numbers(operands: list[Any], count: int) -> list[float] | None:
    if len(operands) < count:
        return None
    values = operands[-count:]
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return None
    return [float(v) for v in values]


class Interpreter:
    """Interprets pages of one document; font models and parsed streams are shared across pages."""

    def __init__(self, *, fonts: FontCache, optional: OptionalContent, limits: Limits, deadline: Deadline) -> None:
        self.fonts = fonts
        self.optional = optional
        self.limits = limits
        self.deadline = deadline
        self._parsed: dict[Any, tuple[bytes, list[Operation]]] = {}

    def page(self, page_index: int, parts: list[bytes], resources: Any) -> PageContent:
        """Interpret the page: each part (content, flattened annotations) starts in default space."""
        roots = [Context("page", data, tokenize(data), resources) for data in parts]
        content = PageContent(page_index, roots)
        run = _PageRun(self, content)
        for root in roots:
            self._check_size(root)
            run.execute(root, IDENTITY, depth=0)
        return content

    def parsed(self, stream: StreamObject, what: str) -> tuple[bytes, list[Operation]]:
        key = object_key(stream)
        cached = self._parsed.get(key)
        if cached is None:
            data = decode_stream(stream, self.limits, what)
            cached = (data, tokenize(data))
            self._parsed[key] = cached
        return cached

    def _check_size(self, context: Context) -> None:
        if len(context.operations) > self.limits.max_operations_per_page:
            raise LimitExceededError(f"a content stream has more than {self.limits.max_operations_per_page} operations")


class _PageRun:
    """The state of interpreting one page (and the forms it invokes)."""

    def __init__(self, interpreter: Interpreter, content: PageContent) -> None:
        self.interpreter = interpreter
        self.content = content
        self.invocations = 0
        self.operations_seen = 0
        self.active_forms: set[Any] = set()

    def execute(self, context: Context, ctm: Matrix, *, depth: int) -> None:
        self.content.contexts.append(context)
        context.base_ctm = ctm
        state = _State()
        state.ctm = ctm
        stack: list[_State] = []
        tm: Matrix = IDENTITY
        tlm: Matrix = IDENTITY
        hidden_marks: list[bool] = []
        hidden_depth = 0
        limits = self.interpreter.limits
        for index, (operator, operands, _start, _end) in enumerate(context.operations):
            self.operations_seen += 1
            if self.operations_seen % _CHECK_EVERY == 0:
                self.interpreter.deadline.check("interpreting page content")
                if self.operations_seen > limits.max_operations_per_page:
                    raise LimitExceededError(f"a page has more than {limits.max_operations_per_page} operations")
            if operator not in _HANDLED:
                continue
            if operator == b"TJ" or operator == b"Tj":
                items = operands[-1] if operands else None
                if operator == b"Tj":
                    items = [items] if isinstance(items, bytes) else None
                if isinstance(items, list):
                    tm = self._show(context, index, state, tm, items, hidden_depth > 0)
            elif operator == b"Td" or operator == b"TD":
                values = _numbers(operands, 2)
                if values:
                    if operator == b"TD":
                        state.tl = -values[1]
                    tlm = multiply((1.0, 0.0, 0.0, 1.0, values[0], values[1]), tlm)
                    tm = tlm
            elif operator == b"Tf":
                if len(operands) >= 2 and isinstance(operands[-2], str):
                    size = _numbers(operands, 1)
                    state.font = self._font(context, operands[-2])
                    state.size = size[0] if size else state.size
            elif operator == b"BT":
                tm = tlm = IDENTITY
            elif operator == b"q":
                stack.append(state.copy())
            elif operator == b"Q":
                if stack:
                    state = stack.pop()
            elif operator == b"cm":
                values = _numbers(operands, 6)
                if values:
                    state.ctm = multiply(tuple(values), state.ctm)  # type: ignore[arg-type]
            elif operator == b"Tm":
                values = _numbers(operands, 6)
                if values:
                    tm = tlm = tuple(values)  # type: ignore[assignment]
            elif operator == b"T*":
                tlm = multiply((1.0, 0.0, 0.0, 1.0, 0.0, -state.tl), tlm)
                tm = tlm
            elif operator == b"'" or operator == b'"':
                if operator == b'"':
                    values = _numbers(operands[:-1], 2)
                    if values:
                        state.tw, state.tc = values
                tlm = multiply((1.0, 0.0, 0.0, 1.0, 0.0, -state.tl), tlm)
                tm = tlm
                if operands and isinstance(operands[-1], bytes):
                    tm = self._show(context, index, state, tm, [operands[-1]], hidden_depth > 0)
            elif operator in (b"Tc", b"Tw", b"Tz", b"TL", b"Tr", b"Ts"):
                values = _numbers(operands, 1)
                if values:
                    self._set_text_parameter(state, operator, values[0])
            elif operator == b"Do":
                if operands and isinstance(operands[-1], str):
                    self._do(context, index, state, operands[-1], hidden_depth > 0, depth)
            elif operator == b"BI":
                self.content.images.append(
                    ImageDraw(context, index, state.ctm, None, (operands[0], operands[1]), hidden_depth > 0)
                )
                if hidden_depth:
                    context.hidden_ops.add(index)
            elif operator == b"gs":
                if operands and isinstance(operands[-1], str):
                    self._graphics_state(context, index, state, operands[-1], depth)
            elif operator == b"BDC" or operator == b"BMC":
                hides = operator == b"BDC" and self._marked_hidden(context, index, operands)
                hidden_marks.append(hides)
                hidden_depth += hides
            elif operator == b"EMC":
                if hidden_marks:
                    hidden_depth -= hidden_marks.pop()
            elif (operator == b"scn" or operator == b"SCN") and operands and isinstance(operands[-1], Name):
                self._pattern(context, index, operands[-1], depth)

    @staticmethod
    def _set_text_parameter(state: _State, operator: bytes, value: float) -> None:
        if operator == b"Tc":
            state.tc = value
        elif operator == b"Tw":
            state.tw = value
        elif operator == b"Tz":
            state.th = value / 100.0
        elif operator == b"TL":
            state.tl = value
        elif operator == b"Tr":
            state.tr = int(value)
        else:
            state.ts = value

    def _font(self, context: Context, name: str) -> FontModel | None:
        font = lookup_resource(context.resources, "/Font", name)
        if font is None:
            return None
        return self.interpreter.fonts.model(font)

    def _show(self, context: Context, index: int, state: _State, tm: Matrix, items: list[Any], hidden: bool) -> Matrix:
        font = state.font
        if font is None:
            if any(isinstance(item, bytes) and item for item in items):
                raise UnsupportedContentError("text is shown without a font (Tf missing)")
            return tm
        size, tc, tw, vertical = state.size, state.tc, state.tw, font.vertical
        glyphs, item_indices, starts, ends, advances = [], [], [], [], []
        x = 0.0
        for item_index, item in enumerate(items):
            if isinstance(item, bytes):
                for glyph in font.decode(item):
                    spacing = tc + tw if glyph.word_space else tc
                    if vertical:
                        extent = -glyph.vertical_advance * size
                        advance = extent - spacing
                    else:
                        extent = glyph.width * size
                        advance = extent + spacing
                    glyphs.append(glyph)
                    item_indices.append(item_index)
                    if extent >= 0:
                        starts.append(x)
                        ends.append(x + extent)
                    else:
                        starts.append(x + extent)
                        ends.append(x)
                    advances.append(advance)
                    x += advance
            elif isinstance(item, (int, float)) and not isinstance(item, bool):
                x += (item if vertical else -item) / 1000.0 * size
        base = multiply(tm, state.ctm)
        if vertical:
            matrix = multiply(_VERTICAL_FRAME, base)
            low, high = sorted((-0.5 * size, 0.5 * size))
            after = multiply((1.0, 0.0, 0.0, 1.0, 0.0, -x), tm)
        else:
            matrix = multiply((state.th, 0.0, 0.0, 1.0, 0.0, state.ts), base)
            low, high = sorted((font.descent * size, font.ascent * size))
            after = multiply((1.0, 0.0, 0.0, 1.0, x * state.th, 0.0), tm)
        if glyphs:
            run = TextRun(context, index, font, size, matrix, state.tr, vertical, glyphs, item_indices,
                          starts, ends, advances, low, high, hidden)
            self.content.runs.append(run)
            if not hidden:
                self.content.glyph_count += len(glyphs)
                self.content.undecodable_glyphs += sum(1 for glyph in glyphs if glyph.text is None)
        return after

    def _do(self, context: Context, index: int, state: _State, name: str, hidden: bool, depth: int) -> None:
        xobject = lookup_resource(context.resources, "/XObject", name)
        if not isinstance(xobject, StreamObject):
            return
        optional = xobject.get("/OC")
        if not hidden and optional is not None and self.interpreter.optional.is_hidden(optional.get_object()):
            hidden = True
        subtype = xobject.get("/Subtype")
        if subtype == "/Image":
            self.content.images.append(ImageDraw(context, index, state.ctm, name, xobject, hidden))
            if hidden:
                context.hidden_ops.add(index)
        elif subtype == "/Form":
            if hidden:
                context.hidden_ops.add(index)
                return
            matrix = _matrix(xobject.get("/Matrix"))
            child = self._child(context, index, "form", xobject, name, depth)
            if child is not None:
                self._enter(child, multiply(matrix, state.ctm), depth)

    def _child(self, context: Context, index: int, kind: str, stream: StreamObject, name: str | None,
               depth: int) -> Context | None:
        limits = self.interpreter.limits
        if depth + 1 > limits.max_form_depth:
            raise LimitExceededError(f"Form XObjects nest deeper than {limits.max_form_depth}")
        self.invocations += 1
        if self.invocations > limits.max_form_invocations_per_page:
            raise LimitExceededError(f"a page invokes more than {limits.max_form_invocations_per_page} forms")
        key = object_key(stream)
        if key in self.active_forms:
            raise UnsupportedContentError("a Form XObject invokes itself")
        data, operations = self.interpreter.parsed(stream, f"a {kind} stream")
        resources = stream.get("/Resources")
        resources = resources.get_object() if resources is not None else context.resources
        child = Context(kind, data, operations, resources, stream, context, index, name)
        self.interpreter._check_size(child)
        context.children[index] = child
        return child

    def _enter(self, child: Context, ctm: Matrix, depth: int) -> None:
        key = object_key(child.stream)
        self.active_forms.add(key)
        try:
            self.execute(child, ctm, depth=depth + 1)
        finally:
            self.active_forms.discard(key)

    def _graphics_state(self, context: Context, index: int, state: _State, name: str, depth: int) -> None:
        parameters = lookup_resource(context.resources, "/ExtGState", name)
        if not isinstance(parameters, DictionaryObject):
            return
        font = parameters.get("/Font")
        font = font.get_object() if font is not None else None
        if isinstance(font, ArrayObject) and len(font) == 2:
            state.font = self.interpreter.fonts.model(font[0].get_object())
            state.size = float(font[1]) if isinstance(font[1], (int, float)) else state.size
        mask = parameters.get("/SMask")
        mask = mask.get_object() if mask is not None else None
        group = mask.get("/G") if isinstance(mask, DictionaryObject) else None
        group = group.get_object() if group is not None else None
        if isinstance(group, StreamObject) and index not in context.children:
            child = self._child(context, index, "smask", group, None, depth)
            if child is not None:
                self._enter(child, multiply(_matrix(group.get("/Matrix")), state.ctm), depth)

    def _pattern(self, context: Context, index: int, name: str, depth: int) -> None:
        pattern = lookup_resource(context.resources, "/Pattern", name)
        if not isinstance(pattern, StreamObject) or pattern.get("/PatternType") != 1:
            return
        child = self._child(context, index, "pattern", pattern, name, depth)
        if child is not None:  # pattern space maps to the default space of the stream that uses it
            self._enter(child, multiply(_matrix(pattern.get("/Matrix")), context.base_ctm), depth)

    def _marked_hidden(self, context: Context, index: int, operands: list[Any]) -> bool:
        if len(operands) < 2:
            return False
        tag, properties = operands[-2], operands[-1]
        if tag == "/OC":
            group = lookup_resource(context.resources, "/Properties", properties) if isinstance(properties, str) else None
            return group is not None and self.interpreter.optional.is_hidden(group)
        context.marked_ops.append(index)
        return False


def _matrix(value: Any) -> Matrix:
    value = value.get_object() if value is not None else None
    if isinstance(value, (list, ArrayObject)) and len(value) == 6:
        try:
            return tuple(float(v) for v in value)  # type: ignore[return-value]
        except (TypeError, ValueError):
            return IDENTITY
    return IDENTITY
