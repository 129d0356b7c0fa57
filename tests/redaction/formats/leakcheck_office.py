"""An outside leak checker for Word, OpenDocument, .doc, .rtf and PDF files: a judge that shares no code
with the redactor (standard library, Pillow, pypdf and the tesseract command only).

    python tests/redaction/formats/leakcheck_office.py FILE [FILE...] --manifest MANIFEST [--no-ocr]

For each file it prints where each of its secrets (from the manifest, by the file's name) can still be
read, as JSON, and exits 1 if anything was found. It reads everything a person with an unzip tool and a
text editor could: every part of the zip; in XML parts every text node, every attribute value and, per
part, all text nodes joined in document order (so a name split over runs is found); properties and meta
(they are XML parts); every other part's bytes decoded as UTF-8, UTF-16 and Latin-1; pictures' EXIF and
text chunks, and their pixels by OCR. A .doc is read as bytes (UTF-16 and cp1252), an .rtf as bytes and
as its text with control words and escapes undone, a PDF by pypdf (text of every page and metadata).
Secrets are matched case-insensitively with everything but letters and digits ignored.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from PIL import Image

__all__ = ["find_leaks", "readings"]

PICTURE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"II*\x00", b"MM\x00*")


def key(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).casefold()
    return "".join(c for c in folded if c.isalnum())


def readings(data: bytes, *, ocr: bool = True) -> list[tuple[str, str]]:
    """Every (where, text) a reader can get out of ``data``."""
    if data.startswith(b"PK"):
        return _zip_readings(data, ocr=ocr)
    if data.startswith(b"%PDF"):
        return _pdf_readings(data)
    if data.lstrip().startswith(b"{\\rtf"):
        return [("rtf bytes", data.decode("latin-1")), ("rtf text", _rtf_text(data))]
    return _byte_readings("file", data)


def _byte_readings(where: str, data: bytes) -> list[tuple[str, str]]:
    return [(f"{where} (utf-8)", data.decode("utf-8", "replace")), (f"{where} (utf-16)", data.decode("utf-16-le", "replace")),
            (f"{where} (utf-16, odd)", data[1:].decode("utf-16-le", "replace")), (f"{where} (latin-1)", data.decode("latin-1"))]


def _zip_readings(data: bytes, *, ocr: bool) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            blob = archive.read(name)
            found.append((f"{name}: its name", name))
            if blob.startswith(PICTURE_MAGIC):
                found.extend(_picture_readings(name, blob, ocr=ocr))
                continue
            try:
                root = ElementTree.fromstring(blob)
            except ElementTree.ParseError:
                found.extend(_byte_readings(name, blob))
                continue
            texts = []
            for element in root.iter():
                for value in element.attrib.values():
                    found.append((f"{name}: attribute", value))
                for value in (element.text, element.tail):
                    if value:
                        texts.append(value)
                        found.append((f"{name}: text", value))
            found.append((f"{name}: all text joined", "".join(texts)))
    return found


def _picture_readings(name: str, blob: bytes, *, ocr: bool) -> list[tuple[str, str]]:
    found = _byte_readings(name, blob)
    with Image.open(io.BytesIO(blob)) as image:
        exif = image.getexif()
        for value in list(exif.values()) + list(image.info.values()):
            text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
            found.append((f"{name}: metadata", text))
        if ocr and min(image.size) >= 8:
            found.append((f"{name}: OCR", _ocr(image)))
    return found


def _ocr(image: Image.Image) -> str:
    tesseract = shutil.which("tesseract")
    if tesseract is None:
        raise SystemExit("tesseract is needed to read pictures (or pass --no-ocr)")
    scale = max(1, 1600 // max(image.size))
    image = image.convert("RGB").resize((image.width * scale, image.height * scale))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    done = subprocess.run([tesseract, "-", "-", "--psm", "3"], input=buffer.getvalue(), capture_output=True, timeout=120, check=False)
    return done.stdout.decode("utf-8", "replace")


def _pdf_readings(data: bytes) -> list[tuple[str, str]]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    found = [(f"page {n}", page.extract_text() or "") for n, page in enumerate(reader.pages, start=1)]
    found += [("metadata", str(value)) for value in (reader.metadata or {}).values()]
    return found


def _rtf_text(data: bytes) -> str:
    text = data.decode("latin-1")
    text = re.sub(r"\\'([0-9a-fA-F]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252", "replace"), text)
    text = re.sub(r"\\u(-?\d+)\s?\??", lambda m: chr(int(m.group(1)) % 65536), text)
    text = re.sub(r"\\[a-zA-Z]+-?\d* ?", "", text)
    return text.replace("{", "").replace("}", "")


def find_leaks(data: bytes, secrets: list[str], *, ocr: bool = True) -> dict[str, list[str]]:
    """Each secret still readable in ``data``, with where it was read."""
    found: dict[str, list[str]] = {}
    keyed = [(where, key(text)) for where, text in readings(data, ocr=ocr)]
    for secret in secrets:
        wanted = key(secret)
        places = sorted({where for where, text in keyed if wanted and wanted in text})
        if places:
            found[secret] = places
    return found


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--manifest", type=Path, required=True)
    parser.add_argument("--no-ocr", action="store_true")
    args = parser.parse_args(argv)
    manifest = json.loads(args.manifest.read_text())
    report = {}
    for path in args.files:
        entry = manifest.get(path.name) or manifest.get(path.stem + "." + path.name.rsplit(".", 1)[-1])
        if entry is None:
            candidates = [name for name in manifest if name.rsplit(".", 1)[0] == path.stem]
            entry = manifest[candidates[0]] if candidates else None
        if entry is None:
            print(f"{path.name}: not in the manifest", file=sys.stderr)
            return 2
        leaks = find_leaks(path.read_bytes(), entry["secrets"], ocr=not args.no_ocr)
        if leaks:
            report[path.name] = leaks
    print(json.dumps(report, indent=1, ensure_ascii=False))
    return 1 if report else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
