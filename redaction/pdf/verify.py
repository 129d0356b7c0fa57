"""Verification of a written output, failing closed: any hit and nothing is released.

The output is re-opened from its bytes and searched on every channel a reader could use:

* ``structure``: one revision only, no encryption, a bare catalog, pages with drawing keys only,
  no carrier key (metadata, annotations, forms, outlines, names, actions...) anywhere;
* ``strings``: every string, name value and resource name in every object of the file (orphans
  included);
* ``stream``: every decoded stream (content streams fully, binary ones for longer keys);
* ``raw``: the file's bytes and every Flate stream found by brute force, like an outside checker;
* ``text``: the page text our interpreter builds, searched for the targets *and* re-run through
  the detectors (``detector:<TYPE>``);
* ``text:known``: the same page text read by the second reader's literal checks
  (:func:`redaction.verify.known_leaks`: the terms and known identifiers in every written form, full-
  width digits, letter-spaced names and postcodes, zero-width characters), a matcher of its own;
* ``text:pypdf``: the shown strings decoded again by pypdf's font model (its encodings, ToUnicode
  parser and character maps), so a mistake in our font decoding cannot hide a name from both;
* ``ocr``: images that needed OCR on the way in are read again, searched for the targets and
  re-run through the detectors.

Targets are the terms, the known identifiers and every string that was redacted (including what
the detectors and OCR found), matched as :mod:`redaction.pdf.matcher` defines.
"""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from pypdf.generic import (
    ByteStringObject,
    DictionaryObject,
    IndirectObject,
    StreamObject,
    TextStringObject,
)

from redaction.pdf import _pypdf_private as private
from redaction.pdf.analysis import analyse_page, read_images
from redaction.pdf.carriers import (
    PAGE_KEYS,
    RESOURCE_CATEGORIES,
    denied_keys,
    walk_dictionaries,
)
from redaction.pdf.content import TextRun
from redaction.pdf.errors import PdfRedactionError, VerificationError
from redaction.pdf.fonts import GlyphCode
from redaction.pdf.interpreter import Interpreter
from redaction.pdf.limits import Deadline, Limits
from redaction.pdf.matcher import Matcher
from redaction.pdf.ocr import OcrEngine
from redaction.pdf.optional_content import OptionalContent
from redaction.pdf.pagetext import build_page_text
from redaction.pdf.resources import FontCache, page_content_bytes
from redaction.verify import known_leaks

__all__ = ["VerificationReport", "verify_output"]

BINARY_MIN_KEY = 5
_BARRIER = "\u241e"  # a symbol: survives normalisation, so joined strings cannot merge into a match
_LITERAL = re.compile(rb"\((?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\)", re.DOTALL)
_SYNTAX = re.compile(r"/[^\s/\[\]()<>{}%]*|\b(?:obj|endobj|stream|endstream|xref|trailer|startxref)\b")
_CATALOG_KEYS = frozenset({"/Type", "/Pages"})
_TRAILER_KEYS = frozenset({"/Size", "/Root", "/ID"})
CHANNELS = ("structure", "strings", "stream", "raw", "text", "detector", "text:known", "text:pypdf", "ocr")


@dataclass(frozen=True, slots=True)
class VerificationReport:
    pages: int
    channels: tuple[str, ...]
    objects: int
    streams: int
    ocr_images: int


def _fail(channel: str, what: str, page: int | None = None) -> VerificationError:
    return VerificationError(channel=channel, page=page, what=what)


def verify_output(data: bytes, *, matcher: Matcher, expected_pages: int | None, limits: Limits, deadline: Deadline,
                  ocr: OcrEngine | None, ocr_images: bool) -> VerificationReport:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        pages = list(reader.pages)
    except Exception as error:  # anything that stops re-reading our own output is a failure
        raise _fail("structure", f"the output cannot be re-opened ({type(error).__name__})") from error
    if expected_pages is not None and len(pages) != expected_pages:
        raise _fail("structure", f"the output has {len(pages)} pages instead of {expected_pages}")
    _check_structure(reader, pages)
    raw_matcher = _for_raw_channels(matcher)
    objects, streams = _check_objects(reader, raw_matcher, pages, limits, deadline)
    _check_raw(data, raw_matcher)
    _check_text(reader, pages, matcher, limits, deadline, second=_for_second_decoder(matcher))
    count = _check_ocr(reader, pages, matcher, limits, deadline, ocr) if ocr_images else 0
    channels = tuple(c for c in CHANNELS if (c != "ocr" or ocr_images) and (c != "detector" or matcher.finders))
    return VerificationReport(len(pages), channels, objects, streams, count)


def _for_raw_channels(matcher: Matcher) -> Matcher:
    """Targets for the channels that are not text (strings, streams, bytes): everything the caller
    named (terms, known identifiers and their variants, what OCR matched). What the detectors found
    in text is checked where the detectors run, in the text channels (with the detectors run again):
    out of context, detector strings from a maths text ("Form", "Homotopie") match glyph names, file
    names and string fragments of unrelated operators, and a check that always fails protects nothing."""
    return Matcher([t for t in matcher.targets if t.source != "detector"])


def _for_second_decoder(matcher: Matcher) -> Matcher:
    """Targets for pypdf's decoding of the page: all but the short detector strings. pypdf reads
    glyphs we cannot decode (a maths font's brace pieces) as letters, and a two-letter "name" the
    detectors flagged then turns up in them; long strings do not turn up by accident."""
    return Matcher([t for t in matcher.targets if t.source != "detector" or not t.bounded])


def _check_structure(reader: PdfReader, pages: list[Any]) -> None:
    extra = set(reader.trailer.keys()) - _TRAILER_KEYS
    if extra:
        raise _fail("structure", f"the trailer carries {min(extra)} (an earlier revision, Info or encryption)")
    catalog = reader.trailer["/Root"].get_object()
    if not isinstance(catalog, DictionaryObject):
        raise _fail("structure", "the output has no catalog dictionary")
    if set(catalog.keys()) - _CATALOG_KEYS:
        raise _fail("structure", f"the catalog carries {min(set(catalog.keys()) - _CATALOG_KEYS)}")
    for number, page in enumerate(pages, start=1):
        if set(page.keys()) - PAGE_KEYS:
            raise _fail("structure", f"a page carries {min(set(page.keys()) - PAGE_KEYS)}", number)
    for dictionary in walk_dictionaries(reader.trailer["/Root"]):
        found = denied_keys(dictionary)
        if found:
            raise _fail("structure", f"an object carries {found[0]}")
        if dictionary.get("/Type") == "/OCG" and not str(dictionary.get("/Name", "")).startswith("Layer "):
            raise _fail("structure", "an optional-content group keeps its original name")


def _string_text(value: Any) -> str | None:
    if isinstance(value, TextStringObject):
        return str(value)
    if isinstance(value, ByteStringObject):
        raw = bytes(value)
        if raw[:2] in (b"\xfe\xff", b"\xff\xfe"):
            return raw.decode("utf-16", "replace")
        return raw.decode("latin-1")
    return None  # names are the file's vocabulary (glyph names, /Subtype values); resource keys are searched


def _resource_names(dictionary: DictionaryObject) -> list[str]:
    """The names a producer chose (fonts, images, layers...), which can carry words."""
    names: list[str] = []
    for category in RESOURCE_CATEGORIES:
        table = dictionary.get(category)
        table = table.get_object() if table is not None else None
        if isinstance(table, DictionaryObject):
            names.extend(str(key) for key in table)
    return names


def _all_objects(reader: PdfReader) -> list[Any]:
    found = []
    for generation, table in reader.xref.items():
        for number in table:
            found.append(reader.get_object(IndirectObject(number, generation, reader)))
    for number in reader.xref_objStm:
        found.append(reader.get_object(IndirectObject(number, 0, reader)))
    return found


def _content_stream_keys(pages: list[Any]) -> set[int]:
    keys = set()
    for page in pages:
        contents = page.get("/Contents")
        items = contents.get_object() if contents is not None else None
        for item in items if isinstance(items, list) else [contents]:
            if isinstance(item, IndirectObject):
                keys.add(item.idnum)
    return keys


def _check_objects(reader: PdfReader, matcher: Matcher, pages: list[Any], limits: Limits,
                   deadline: Deadline) -> tuple[int, int]:
    strings: list[str] = []
    content_keys = _content_stream_keys(pages)
    objects = _all_objects(reader)
    stream_count = 0
    stack: list[Any] = list(objects)
    while stack:  # direct children only: indirect ones are in ``objects`` already
        value = stack.pop()
        text = _string_text(value)
        if text is not None:
            strings.append(text)
        elif isinstance(value, DictionaryObject):
            strings.extend(_resource_names(value))  # other keys are the PDF's own vocabulary (/Contents...)
            stack.extend(v for v in value.values() if not isinstance(v, IndirectObject))
        elif isinstance(value, list):
            stack.extend(v for v in value if not isinstance(v, IndirectObject))
    target = matcher.first_in_blob(_BARRIER.join(strings))
    if target is not None:
        raise _fail("strings", f"a {target.type} identifier is still in a string or name of the file")
    for value in objects:
        if not isinstance(value, StreamObject) or value.get("/Subtype") == "/Image":
            continue
        deadline.check("verifying streams")
        stream_count += 1
        try:
            decoded = value.get_data()
        except Exception as error:  # a stream we wrote and cannot decode again is a failure
            raise _fail("stream", f"a stream cannot be decoded ({type(error).__name__})") from error
        is_content = value.get("/Subtype") == "/Form" or (
            value.indirect_reference is not None and value.indirect_reference.idnum in content_keys
        )
        target = _search_blob(decoded, matcher, 1 if is_content else BINARY_MIN_KEY)
        if target is not None:
            number = value.indirect_reference.idnum if value.indirect_reference else "?"
            raise _fail("stream", f"a {target.type} identifier is still in stream object {number}")
    return len(objects), stream_count


def _search_blob(blob: bytes, matcher: Matcher, minimum_key: int) -> Any:
    texts = [blob.decode("latin-1"), blob.decode("utf-16-be", "ignore"), blob[1:].decode("utf-16-be", "ignore")]
    if b"(" in blob:
        texts.append(_BARRIER.join(m.group()[1:-1].decode("latin-1") for m in _LITERAL.finditer(blob)))
        texts.append("".join(m.group()[1:-1].decode("latin-1") for m in _LITERAL.finditer(blob)))
    for text in texts:
        target = matcher.first_in_blob(text, minimum_key=minimum_key)
        if target is not None:
            return target
    return None


def _check_raw(data: bytes, matcher: Matcher) -> None:
    # Names and keywords are the file's syntax (/Contents, endobj); strings and names a producer
    # chose were searched object by object above.
    text = _SYNTAX.sub(" ", data.decode("latin-1"))
    target = matcher.first_in_blob(text, minimum_key=BINARY_MIN_KEY)
    if target is not None:
        raise _fail("raw", f"a {target.type} identifier is in the file's bytes")
    for match in re.finditer(rb"stream\r?\n", data):
        try:
            inflated = zlib.decompressobj().decompress(data[match.end() : match.end() + 50_000_000], 100_000_000)
        except zlib.error:
            continue
        target = _search_blob(inflated, matcher, BINARY_MIN_KEY)
        if target is not None:
            raise _fail("raw", f"a {target.type} identifier is in a compressed stream of the file")


def _check_text(reader: PdfReader, pages: list[Any], matcher: Matcher, limits: Limits, deadline: Deadline, *,
                second: Matcher) -> None:
    interpreter = Interpreter(fonts=FontCache(), optional=OptionalContent(reader.trailer["/Root"].get_object()),
                              limits=limits, deadline=deadline)
    decoders: dict[int, Callable[[bytes], str]] = {}
    known = _known_of(matcher)
    for number, page in enumerate(pages, start=1):
        deadline.check("verifying page text")
        try:
            content = interpreter.page(number - 1, [page_content_bytes(page, limits)], page.get("/Resources"))
        except PdfRedactionError as error:
            raise _fail("text", f"the output page cannot be interpreted ({error})", number) from error
        page_text = build_page_text(content.runs)
        text = page_text.text
        for hit in matcher.find_targets(text):
            raise _fail("text", f"a {hit.type} identifier is still in the page text", number)
        for hit in matcher.detect(text, unwrapped=page_text.unwrapped, wraps=page_text.wraps):
            raise _fail(f"detector:{hit.type}", f"the detectors still find a {hit.type} in the page text", number)
        for leak in known_leaks(text, known):
            raise _fail("text:known", f"a {leak.type} identifier is still in the page text, written another way", number)
        independent = _pypdf_decoded_text(content.runs, decoders, number)
        for hit in second.find_targets(independent):
            raise _fail("text:pypdf", f"a {hit.type} identifier is in pypdf's decoding of the page", number)


def _known_of(matcher: Matcher) -> dict[str, list[str]]:
    """The terms and known identifiers (not what the detectors found: those are re-detected) by type."""
    known: dict[str, list[str]] = {}
    for target in matcher.targets:
        if target.source in ("known", "term"):
            known.setdefault(target.type, []).append(target.text)
    return known


def _pypdf_decoded_text(runs: list[TextRun], decoders: dict[int, Callable[[bytes], str]], number: int) -> str:
    """The page text with every glyph decoded by pypdf's font model instead of ours (a second,
    independent decoder), laid out by the same geometry, so only the decoding differs."""
    cache: dict[tuple[int, bytes], str] = {}

    def decode(run: TextRun, glyph: GlyphCode) -> str:
        source = run.font.source
        key = (id(source), glyph.code)
        text = cache.get(key)
        if text is None:
            decoder = decoders.get(id(source))
            if decoder is None:
                try:
                    decoder = private.pypdf_font_decoder(source)
                except Exception as error:
                    raise _fail("text:pypdf", f"pypdf cannot decode a font ({type(error).__name__})", number) from error
                decoders[id(source)] = decoder
            text = cache[key] = decoder(glyph.code)
        return text

    return build_page_text(runs, decode=decode).text


def _check_ocr(reader: PdfReader, pages: list[Any], matcher: Matcher, limits: Limits, deadline: Deadline,
               ocr: OcrEngine | None) -> int:
    optional = OptionalContent(reader.trailer["/Root"].get_object())
    interpreter = Interpreter(fonts=FontCache(), optional=optional, limits=limits, deadline=deadline)
    budget = [limits.max_ocr_images]
    count = 0
    for number, page in enumerate(pages, start=1):
        analysis = analyse_page(number - 1, page, interpreter=interpreter, optional=optional, limits=limits)
        read_images(analysis, ocr, covered=[], budget=budget, limits=limits, deadline=deadline)
        for image in analysis.images_text:
            count += 1
            for hit in matcher.find_targets(image.text, ocr=True):
                raise _fail("ocr", f"OCR still reads a {hit.type} identifier in an image", number)
            for hit in matcher.detect(image.text):
                if _ocr_fragment(image.text[hit.start:hit.end]):
                    continue
                raise _fail(f"detector:{hit.type}", f"the detectors find a {hit.type} in an image's text", number)
    return count


def _ocr_fragment(found: str) -> bool:
    """Fewer than three letters and no digit: what OCR makes of a label cut short by a box beside it
    ("NS" for "NHS"), not a name the redaction missed. Known identifiers are still checked above, in
    every form OCR may read them."""
    return not any(c.isdigit() for c in found) and sum(c.isalpha() for c in found) < 3
