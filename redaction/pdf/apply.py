"""Applying a page plan: streams rewritten bottom-up, images blanked, forms copied on write.

A Form XObject that loses glyphs is copied (it may be drawn elsewhere, unchanged) and the ``Do``
that drew it is pointed at the copy under a new resource name; identical copies are shared. A
blanked image is a new image object under a new name too. Resources are only ever added to
dictionaries this document alone owns (the page's own copy, or a form copy's). Afterwards
:meth:`DocumentEditor.prune` drops every resource no stream uses, so replaced originals do not ride
along unreferenced.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from pypdf.generic import DictionaryObject, NameObject, StreamObject

from redaction.pdf.analysis import PageAnalysis, own_resources
from redaction.pdf.carriers import prune_resources
from redaction.pdf.content import Context, ImageDraw
from redaction.pdf.errors import UnsupportedContentError
from redaction.pdf.geometry import Quad
from redaction.pdf.images import blank_image, image_regions
from redaction.pdf.lexer import Name, Operation, tokenize
from redaction.pdf.limits import Limits
from redaction.pdf.pdfobjects import flate_stream, inline_image_stream
from redaction.pdf.planning import PagePlan
from redaction.pdf.resources import object_key
from redaction.pdf.rewrite import (
    ContextEdits,
    Rewritten,
    encode_name,
    format_number,
    rewrite_context,
)

__all__ = ["DocumentEditor", "PageEdit"]

_SHOWS_TEXT = frozenset((b"TJ", b"Tj", b"'", b'"'))  # their operands never name a resource
IMAGE_PAD = 1.0
BOX_PAD = 0.5
_FORM_DROPPED = {"/Length", "/Filter", "/DecodeParms", "/Metadata", "/PieceInfo", "/StructParent",
                 "/StructParents", "/LastModified", "/Ref", "/OPI", "/Name"}


@dataclass(slots=True)
class PageEdit:
    content: bytes
    glyphs_removed: int = 0
    images_blanked: int = 0
    hidden_removed: int = 0
    forms_copied: int = 0


def _names_in(values: Any, into: set[str]) -> None:
    stack = [values]
    while stack:
        value = stack.pop()
        if isinstance(value, Name):
            into.add(value)
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, dict):
            stack.extend(value.values())


def _q_balance(operations: list[Operation]) -> tuple[int, int]:
    """(lowest depth reached, final depth) of the ``q``/``Q`` stack over a stream."""
    depth = lowest = 0
    for operation in operations:
        if operation.operator == b"q":
            depth += 1
        elif operation.operator == b"Q":
            depth -= 1
            lowest = min(lowest, depth)
    return lowest, depth


@dataclass(slots=True)
class _Usage:
    resources: Any
    names: set[str] = field(default_factory=set)


class DocumentEditor:
    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self._form_copies: dict[tuple[Any, bytes, int], StreamObject] = {}
        self._usage: dict[int, _Usage] = {}
        self._owners: list[tuple[DictionaryObject, Any]] = []  # (dict holding /Resources, resources)
        self._counter = 0

    def edit_page(self, analysis: PageAnalysis, plan: PagePlan) -> PageEdit:
        content = analysis.content
        edits: dict[int, ContextEdits] = {id(c): ContextEdits() for c in content.contexts}
        writable: dict[int, DictionaryObject] = {id(root): analysis.resources for root in content.roots}
        result = PageEdit(b"")
        for run_index, gone in plan.removed.items():
            run = content.runs[run_index]
            if run.context.kind in ("pattern", "smask"):
                raise UnsupportedContentError(f"page {analysis.index + 1}: text inside a {run.context.kind} lies under a box")
            edits[id(run.context)].removed[run.op_index] = gone
            edits[id(run.context)].runs[run.op_index] = run
            result.glyphs_removed += len(gone)
            result.hidden_removed += len(gone) if run.hidden else 0
        for context in content.contexts:
            edits[id(context)].deleted |= context.hidden_ops
        quads = [box.quad.padded(IMAGE_PAD) for box in plan.boxes]
        for draw in content.images:
            if not draw.hidden and self._blank(draw, quads, edits[id(draw.context)], writable, analysis):
                result.images_blanked += 1
        for context in reversed(content.contexts):
            if context.kind == "page":
                continue
            rewritten = self._rewrite(context, edits[id(context)])
            target = context.stream
            if rewritten is not None:
                if context.kind != "form":
                    raise UnsupportedContentError(f"page {analysis.index + 1}: a {context.kind} would need rewriting")
                target = self._copy_form(context, rewritten.data, writable.get(id(context)))
                parent = context.parent
                assert parent is not None and context.invoked_at is not None
                name = self._add_resource(parent, writable, "/XObject", target)
                edits[id(parent)].renamed[context.invoked_at] = name
                result.forms_copied += 1
            self._record_usage(context, rewritten, target, writable.get(id(context)))
        parts: list[bytes] = []
        for position, root in enumerate(content.roots):
            rewritten = self._rewrite(root, edits[id(root)])
            self._record_usage(root, rewritten, None, analysis.resources)
            lowest, final = _q_balance(root.operations)
            opening = 1 - lowest if position == 0 else 1
            data = root.data if rewritten is None else rewritten.data
            parts += [b"q\n" * opening, data, b"\n", b"Q\n" * (opening + final)]
        parts.append(_box_drawing(plan))
        result.content = b"".join(parts)
        return result

    def _rewrite(self, context: Context, edits: ContextEdits) -> Rewritten | None:
        if context.kind in ("pattern", "smask") and not edits:
            return None
        return rewrite_context(context, edits)

    def _blank(self, draw: ImageDraw, quads: list[Quad], edits: ContextEdits,
               writable: dict[int, DictionaryObject], analysis: PageAnalysis) -> bool:
        x0, y0, x1, y1 = draw.quad().bounds
        touching = [q for q in quads if q.intersects_rect(x0, y0, x1, y1)]
        if not touching:
            return False
        stream = (inline_image_stream(draw.image[0], draw.image[1], draw.context.resources)
                  if draw.inline else draw.image)
        width, height = stream.get("/Width"), stream.get("/Height")
        if not isinstance(width, int) or not isinstance(height, int):
            return False
        rects = image_regions(draw.matrix, touching, width, height)
        if not rects:
            return False
        if draw.context.kind in ("pattern", "smask"):
            raise UnsupportedContentError(f"page {analysis.index + 1}: an image inside a {draw.context.kind} lies under a box")
        blanked = blank_image(stream, rects, self.limits)
        name = self._add_resource(draw.context, writable, "/XObject", blanked)
        if draw.inline:
            edits.replaced[draw.op_index] = encode_name(name) + b" Do"
        else:
            edits.renamed[draw.op_index] = name
        return True

    def _writable(self, context: Context, writable: dict[int, DictionaryObject]) -> DictionaryObject:
        found = writable.get(id(context))
        if found is None:
            found = own_resources(context.resources)
            writable[id(context)] = found
        return found

    def _add_resource(self, context: Context, writable: dict[int, DictionaryObject], category: str,
                      value: Any) -> str:
        resources = self._writable(context, writable)
        table = resources.get(category)
        if not isinstance(table, DictionaryObject):
            table = DictionaryObject()
            resources[NameObject(category)] = table
        while True:  # neutral names (a letter and digits), which no redacted word can match
            self._counter += 1
            name = f"/R{self._counter}"
            if name not in table:
                break
        table[NameObject(name)] = value
        return name

    def _copy_form(self, context: Context, data: bytes, resources: DictionaryObject | None) -> StreamObject:
        key = (object_key(context.stream), hashlib.sha256(data).digest(), id(resources))
        copy = self._form_copies.get(key)
        if copy is None:
            entries = {k: v for k, v in context.stream.items() if k not in _FORM_DROPPED}
            if resources is not None:
                entries["/Resources"] = resources
            copy = flate_stream(data, entries)
            self._form_copies[key] = copy
        return copy

    def _record_usage(self, context: Context, rewritten: Rewritten | None, owner: Any, writable: Any) -> None:
        """Names the final stream uses: those of unchanged operations and of the replacements."""
        resources = writable if writable is not None else context.resources
        if resources is None:
            return
        usage = self._usage.setdefault(id(resources), _Usage(resources))
        changes = rewritten.changes if rewritten is not None else {}
        for index, operation in enumerate(context.operations):
            if operation.operands and operation.operator not in _SHOWS_TEXT and index not in changes:
                _names_in(operation.operands, usage.names)
        for operation in tokenize(b"\n".join(changes.values())):
            _names_in(operation.operands, usage.names)
        if isinstance(owner, DictionaryObject) and "/Resources" in owner:
            self._owners.append((owner, owner["/Resources"]))

    def prune(self, analyses: list[PageAnalysis]) -> int:
        """Drop unused resources everywhere (call once, after every page is edited)."""
        dropped = 0
        for analysis in analyses:
            usage = self._usage.get(id(analysis.resources))
            dropped += prune_resources(analysis.resources, usage.names if usage else ())
        done: set[int] = set()
        for owner, resources in self._owners:
            resolved = resources.get_object() if resources is not None else None
            if id(owner) in done or not isinstance(resolved, DictionaryObject):
                continue
            done.add(id(owner))
            usage = self._usage.get(id(resolved))
            pruned = own_resources(resolved)
            dropped += prune_resources(pruned, usage.names if usage else ())
            owner[NameObject("/Resources")] = pruned
        return dropped


def _box_drawing(plan: PagePlan) -> bytes:
    if not plan.boxes:
        return b""
    lines = [b"q 0 0 0 rg 0 0 0 RG"]
    seen: set[tuple[tuple[float, float], ...]] = set()
    for box in plan.boxes:
        quad = box.quad.padded(BOX_PAD)
        key = tuple((round(x, 2), round(y, 2)) for x, y in quad.points)
        if key in seen:
            continue
        seen.add(key)
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = quad.points
        numbers = [format_number(v) for v in (x0, y0, x1, y1, x2, y2, x3, y3)]
        lines.append(b"%s %s m %s %s l %s %s l %s %s l h f" % tuple(numbers))
    lines.append(b"Q\n")
    return b"\n".join(lines)
