"""Verification of a written package by an independent re-read, failing closed.

The output bytes are opened again with a fresh ``zipfile`` (not the objects that wrote them) and
everything a reader could get at is collected: every XML part's paragraphs (``itertext`` of every
``p``/``h`` element in any namespace, so runs are rejoined by a different route than the redactor's),
every text node on its own, every attribute value (relationship targets included), every other
part's bytes decoded as text, and the OCR of every picture that was read on the way in.

* the literal targets (terms, known identifiers, every string that was removed), matched on the
  folded key of :mod:`redaction.pdf.matcher`, and the known identifiers in every written form the
  text pipeline knows ("M. Fletcher", "FLETCHER, Maisie"): any hit is a :class:`VerificationError`
  naming the kind and the place, never the text;
* the detectors, run again over the paragraphs: what they find outside our own replacements is
  reported as a suspect for the caller to decide on.

This is the module the integrator switches to ``redaction.verify`` (its second reader and
``known_leaks``) when that lands.
"""

from __future__ import annotations

import bisect
import io
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from lxml import etree

from redaction.formats.errors import MalformedFileError, VerificationError
from redaction.formats.office.limits import OfficeLimits
from redaction.formats.office.xmlsafe import parse_xml
from redaction.pdf.errors import PdfRedactionError
from redaction.pdf.matcher import Matcher, Target
from redaction.pdf.ocr import OcrEngine

if TYPE_CHECKING:
    from redaction.text import TextRedactor

__all__ = ["Reading", "Suspect", "reread_package", "verify_reading"]

# Attributes a reader sees as words (alt text, titles, tooltips, field instructions, link targets, field
# values): the detectors read these again; every other attribute value gets the literal checks only.
PROSE_ATTRIBUTES = frozenset({"descr", "title", "alt", "tooltip", "instr", "string", "displayText", "fullDate",
                              "string-value", "string-value-if-true", "string-value-if-false", "description",
                              "Target", "href"})
_BARRIER = "\u241e"  # a symbol: kept by the matching key, so joined texts cannot merge into a match
_PICTURE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"II*\x00", b"MM\x00*", b"RIFF")


@dataclass(frozen=True, slots=True)
class Suspect:
    """What the second reader still doubts (``redaction.verify.Suspect``'s shape)."""

    start: int
    end: int
    text: str
    reason: str
    location: str | None = None


@dataclass
class Reading:
    texts: list[tuple[str, str]] = field(default_factory=list)  # (where, text): every string a reader gets
    prose: list[tuple[str, str]] = field(default_factory=list)  # (where, text): paragraphs and attributes
    pictures: dict[str, bytes] = field(default_factory=dict)


def reread_package(data: bytes, *, limits: OfficeLimits) -> Reading:
    reading = Reading()
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
        for info in infos:
            blob = archive.read(info)
            _read_entry(info.filename, blob, reading, limits)
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise VerificationError(f"the written document cannot be re-opened ({error})") from error
    return reading


def _read_entry(name: str, blob: bytes, reading: Reading, limits: OfficeLimits) -> None:
    if blob.startswith(_PICTURE_MAGIC):
        reading.pictures[name] = blob
        reading.texts.extend((f"{name}: metadata", value) for value in _picture_metadata(name, blob))
        return
    if name.endswith((".xml", ".rels")) or blob.lstrip().startswith(b"<"):
        try:
            root = parse_xml(blob, part=name, max_depth=limits.max_xml_depth)
        except MalformedFileError as error:
            raise VerificationError(f"the written part {name} cannot be re-read ({error})") from error
        _read_xml(name, root, reading)
        return
    reading.texts.append((name, blob.decode("utf-8", "replace")))
    reading.texts.append((name, blob.decode("utf-16-le", "replace")))


def _picture_metadata(name: str, blob: bytes) -> list[str]:
    """Every text a picture carries besides its pixels; EXIF at all is a failure (we write none)."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(blob)) as image:
            if len(image.getexif()):
                raise VerificationError(f"verification failed: the picture {name} still carries EXIF metadata")
            values = [value for value in image.info.values() if isinstance(value, (str, bytes))]
    except (OSError, ValueError, SyntaxError) as error:
        raise VerificationError(f"verification failed: the picture {name} cannot be re-read ({error})") from error
    return [value.decode("latin-1") if isinstance(value, bytes) else value for value in values]


def _read_xml(name: str, root: etree._Element, reading: Reading) -> None:
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        local = etree.QName(element).localname
        if local in ("p", "h"):
            text = "".join(element.itertext())
            if text.strip():
                reading.prose.append((f"{name}: paragraph", text))
        for attribute, value in element.attrib.items():
            if any(c.isalnum() for c in value):
                reading.texts.append((f"{name}: {etree.QName(attribute).localname} attribute", value))
                if etree.QName(attribute).localname in PROSE_ATTRIBUTES:
                    reading.prose.append((f"{name}: {etree.QName(attribute).localname} attribute", value))
        for value in (element.text, element.tail):
            if value and value.strip():
                reading.texts.append((f"{name}: {local}", value))


def _joined(texts: Sequence[tuple[str, str]]) -> tuple[str, list[int]]:
    starts, cursor = [], 0
    for _, text in texts:
        starts.append(cursor)
        cursor += len(text) + 1
    return _BARRIER.join(text for _, text in texts), starts


def verify_reading(reading: Reading, *, targets: Iterable[Target], known: Mapping[str, Sequence[str]] | None,
                   replacements: Iterable[str], redactor: TextRedactor, detect: bool, ocr: OcrEngine | None,
                   ocr_pictures: Mapping[str, float] | None = None) -> tuple[dict[str, Any], list[Suspect]]:
    """``ocr_pictures``: the output's pictures that held text on the way in, with the upscaling OCR used."""
    matcher = Matcher(targets)
    all_texts = reading.texts + reading.prose
    joined, starts = _joined(all_texts)
    for hit in matcher.find_targets(joined):
        where = all_texts[bisect.bisect_right(starts, hit.start) - 1][0]
        raise VerificationError(f"verification failed: a {hit.type} identifier is still in the output ({where})")
    checks = ["literal targets"]
    prose, prose_starts = _joined(reading.prose)
    ignore = _regions(prose, replacements)
    if known:
        for span in redactor.detector.detect(prose, known=known, detectors=False) if prose else []:
            if not _inside(span.start, span.end, ignore):
                where = reading.prose[bisect.bisect_right(prose_starts, span.start) - 1][0]
                raise VerificationError(f"verification failed: a known {span.type} identifier is still in the "
                                        f"output ({where})")
        checks.append("known identifiers")
    suspects: list[Suspect] = []
    if detect and prose:
        for span in redactor.detect(prose):
            if span.type == "DATE" or _inside(span.start, span.end, ignore):
                continue
            index = bisect.bisect_right(prose_starts, span.start) - 1
            where, offset = reading.prose[index][0], prose_starts[index]
            suspects.append(Suspect(span.start - offset, span.end - offset, prose[span.start : span.end],
                                    f"the detectors read a {span.type} here", where))
        checks.append("detectors")
    read_again = 0
    for name, scale in (ocr_pictures or {}).items():
        picture = reading.pictures.get(name)
        if picture is None or ocr is None:
            continue
        read_again += 1
        _check_picture(name, picture, matcher, ocr, scale)
    if read_again:
        checks.append("OCR of pictures")
    report = {"checks": checks, "second_reader": [{"type": s.reason, "where": s.location} for s in suspects],
              "pictures_read_again": read_again}
    return report, suspects


def _check_picture(name: str, data: bytes, matcher: Matcher, ocr: OcrEngine, scale: float) -> None:
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        image.load()
        flat = image.convert("RGB")
    scaled = getattr(ocr, "words_at", None)
    try:
        words = scaled(flat, scale=scale) if scaled is not None else ocr.words(flat)
    except PdfRedactionError as error:
        raise VerificationError(f"verification failed: the picture {name} cannot be read again ({error})") from error
    text = " ".join(word.text for word in words)
    for hit in matcher.find_targets(text, ocr=True):
        raise VerificationError(f"verification failed: a {hit.type} identifier is still readable in the picture {name}")


def _regions(text: str, replacements: Iterable[str]) -> list[tuple[int, int]]:
    regions = []
    for replacement in {r for r in replacements if r}:
        position = text.find(replacement)
        while position >= 0:
            regions.append((position, position + len(replacement)))
            position = text.find(replacement, position + 1)
    return regions


def _inside(start: int, end: int, regions: Sequence[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in regions)
