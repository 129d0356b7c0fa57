"""Verification of a written package by an independent re-read, failing closed.

The output bytes are opened again with a fresh ``zipfile`` (not the objects that wrote them) and
everything a reader could get at is collected: every XML part's paragraphs (``itertext`` of every
``p``/``h`` element in any namespace, so runs are rejoined by a different route than the redactor's),
every text node on its own, every attribute value (relationship targets included), every other
part's bytes decoded as text, and the OCR of every picture that was read on the way in. Then the
shared verifier (:func:`redaction.formats._reread.reread`, over :mod:`redaction.verify`):

* the literal checks (``known_leaks``) over *every* string: the known identifiers and terms in every
  written form, and every string the redaction removed (what the detectors found too, so a name found
  in the body cannot survive in a file name or a style): any hit is a :class:`VerificationError`
  naming the kind and the place, never the text;
* the second reader over the prose only (paragraphs, and attributes a reader sees as words: alt text,
  titles, field instructions, link targets), not over style names, numbering formats or ids, which
  are structure: an encoded block is refused; its findings are reported and its suspects returned
  for the caller to decide on;
* the pictures that held text are read again by OCR and searched for the removed strings.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from redaction.formats._reread import reread
from redaction.formats.errors import MalformedFileError, VerificationError
from redaction.formats.office.limits import OfficeLimits
from redaction.formats.office.xmlsafe import parse_xml
from redaction.pdf.errors import PdfRedactionError
from redaction.pdf.matcher import Matcher, Target
from redaction.pdf.ocr import OcrEngine
from redaction.verify import Suspect

__all__ = ["Reading", "literal_known", "reread_package", "verify_reading"]

# Attributes a reader sees as words (alt text, titles, tooltips, field instructions, link targets, field
# values): the second reader reads these; every other attribute value gets the literal checks only.
PROSE_ATTRIBUTES = frozenset({"descr", "title", "alt", "tooltip", "instr", "string", "displayText", "fullDate",
                              "string-value", "string-value-if-true", "string-value-if-false", "description",
                              "Target", "href"})
_PICTURE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"II*\x00", b"MM\x00*", b"RIFF")


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


def literal_known(known: Mapping[str, Sequence[str]] | None, targets: Iterable[Target]) -> dict[str, list[str]]:
    """The known identifiers and terms, and every other string the redaction removed (as terms): what
    no part of the output may hold in any written form."""
    merged = {key: list(values) for key, values in (known or {}).items()}
    removed = [target.text for target in targets if target.source not in ("known", "term")]
    if removed:
        merged["TERM"] = list(dict.fromkeys([*merged.get("TERM", []), *removed]))
    return merged


def verify_reading(reading: Reading, *, targets: Iterable[Target], known: Mapping[str, Sequence[str]] | None,
                   replacements: Iterable[str], ocr: OcrEngine | None, ocr_pictures: Mapping[str, float] | None = None,
                   reader: Any = None) -> tuple[dict[str, Any], list[Suspect]]:
    """``ocr_pictures``: the output's pictures that held text on the way in, with the upscaling OCR used.
    Returns the verification report (``second_reader``: its findings) and the suspects."""
    targets = list(targets)
    labels = [r for r in set(replacements) if r]
    literal = reread([*reading.texts, *reading.prose], known=literal_known(known, targets), labels=labels,
                     read=False, encoded=False)
    _refuse(literal.refused)
    second = reread(reading.prose, known=known, labels=labels, reader=reader)
    _refuse(second.refused)
    checks = ["literal (every string)", "non-prose", "second reader (prose)"]
    read_again = 0
    matcher = Matcher(targets)
    for name, scale in (ocr_pictures or {}).items():
        picture = reading.pictures.get(name)
        if picture is None or ocr is None:
            continue
        read_again += 1
        _check_picture(name, picture, matcher, ocr, scale)
    if read_again:
        checks.append("OCR of pictures")
    report = {"checks": checks, "second_reader": [finding.to_json() for finding in second.findings],
              "pictures_read_again": read_again}
    return report, second.suspects


def _refuse(refused: Sequence[Any]) -> None:
    for placed in refused:
        what = "an encoded block" if placed.type == "ENCODED" else f"a {placed.type} identifier"
        raise VerificationError(f"verification failed: {what} is still in the output ({placed.where})")


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
