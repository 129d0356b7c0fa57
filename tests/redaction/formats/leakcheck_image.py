#!/usr/bin/env python3
"""Leak checker for images: is any secret string still recoverable from a photo or scan?

    leakcheck_image.py IMAGE [SECRET ...] [--manifest image_torture/manifest.json] [--no-ocr] [--until-all-found]

Prints ``{secret: [channels]}`` as JSON and exits 1 when anything is found, 0 when nothing is. A judge
from outside the project: it imports nothing of ours and reads the file every way it knows.

Channels:
  exiftool          every tag exiftool reads (``-a -u -ee -G1 -n``, binary values as base64, decoded
                    and searched too): EXIF, GPS, XMP, IPTC, ICC, MakerNotes, PNG text, comments
  pillow            every frame's ``info`` values, TIFF tags of every page, EXIF with its sub-IFDs
  raw               the file's bytes as Latin-1 and UTF-16, every zlib stream found by brute force, every
                    PNG chunk (zTXt/iTXt/iCCP inflated), every JPEG marker segment
  ocr:N / ocr:N:*   tesseract (psm 3, 11, and 1 which turns the page by its orientation detection) on
                    every frame N as stored, upright (EXIF orientation), without its alpha channel,
                    upscaled when small, levelled at a few angles
  ocr:thumbnail     tesseract on the EXIF thumbnail and preview images exiftool can extract
Normalisation: NFKC, casefold, spaces and hyphens removed; numeric secrets also digits-only; OCR
channels also allow one edit in eight characters (OCR misreads a letter).
Needs Pillow, Debian's ``tesseract-ocr`` and ``libimage-exiftool-perl``; ``pi-heif`` for HEIC.
"""

from __future__ import annotations

import argparse
import base64
import io
import json
import re
import subprocess
import sys
import unicodedata
import zlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

OCR_PROCESSES = 2
HYPHENS = set("-\u00ad\u2010\u2011\u2012\u2013\u2014")


def norm(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", text).casefold() if not c.isspace() and c not in HYPHENS)


def digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def near(key: str, text: str) -> bool:
    """``key`` occurs in ``text`` with at most one edit per eight characters (Sellers' algorithm)."""
    budget = len(key) // 8
    if budget == 0:
        return key in text
    previous = [0] * (len(text) + 1)
    for i, char in enumerate(key, 1):
        current = [i] + [0] * len(text)
        for j, other in enumerate(text, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other))
        previous = current
    return min(previous) <= budget


def exiftool_texts(path: Path) -> list[str]:
    completed = subprocess.run(["exiftool", "-j", "-a", "-u", "-ee", "-G1", "-n", "-b", str(path)],
                               capture_output=True, check=False)
    texts = [completed.stdout.decode("utf-8", "replace")]
    for match in re.finditer(r'"base64:([A-Za-z0-9+/=]+)"', texts[0]):
        blob = base64.b64decode(match.group(1))
        texts += [blob.decode("latin-1"), blob.decode("utf-16-le", "ignore"), blob.decode("utf-16-be", "ignore")]
    return texts


def thumbnails(path: Path) -> list[bytes]:
    found = []
    for tag in ("ThumbnailImage", "PreviewImage", "JpgFromRaw", "OtherImage"):
        completed = subprocess.run(["exiftool", "-b", "-a", f"-{tag}", str(path)], capture_output=True, check=False)
        if completed.stdout:
            found.append(completed.stdout)
    return found


def raw_texts(data: bytes) -> list[str]:
    texts = [data.decode("latin-1"), data.decode("utf-16-le", "ignore"), data[1:].decode("utf-16-le", "ignore")]
    for match in re.finditer(rb"\x78[\x01\x5e\x9c\xda]", data):  # zlib streams, wherever they are
        try:
            inflated = zlib.decompressobj().decompress(data[match.start():], 50_000_000)
        except zlib.error:
            continue
        if inflated:
            texts.append(inflated.decode("latin-1"))
    if data.startswith(b"\x89PNG"):
        position = 8
        while position + 8 <= len(data):
            length = int.from_bytes(data[position:position + 4], "big")
            kind = data[position + 4:position + 8]
            body = data[position + 8:position + 8 + length]
            if kind in (b"zTXt", b"iCCP"):
                keyword, _, rest = body.partition(b"\0")
                texts.append(keyword.decode("latin-1"))
                try:
                    texts.append(zlib.decompress(rest[1:]).decode("latin-1"))
                except zlib.error:
                    pass
            elif kind == b"iTXt":
                keyword, _, rest = body.partition(b"\0")
                compressed, rest = rest[0], rest[2:]
                _language, _, rest = rest.partition(b"\0")
                _translated, _, text = rest.partition(b"\0")
                texts.append(keyword.decode("latin-1"))
                texts.append((zlib.decompress(text) if compressed else text).decode("utf-8", "replace"))
            elif kind != b"IDAT":
                texts.append(body.decode("latin-1"))
            position += 12 + length
    return texts


def frames(data: bytes) -> list[tuple[str, object]]:
    """(name, image) for every frame, as stored, upright and without alpha."""
    from PIL import Image, ImageOps, ImageSequence

    try:
        import pi_heif
        pi_heif.register_heif_opener()
    except ImportError:
        pass
    image = Image.open(io.BytesIO(data))
    found: list[tuple[str, object]] = []
    for index, frame in enumerate(ImageSequence.Iterator(image)):
        frame.load()
        stored = frame.copy()
        found.append((f"ocr:{index + 1}", stored.convert("RGB")))  # alpha dropped: hidden pixels shown
        upright = ImageOps.exif_transpose(stored)
        if upright is not None and upright.size != stored.size or upright is not None and upright.tobytes() != stored.tobytes():
            found.append((f"ocr:{index + 1}:upright", upright.convert("RGB")))
    return found


def pillow_texts(data: bytes) -> list[str]:
    from PIL import Image, ImageSequence

    image = Image.open(io.BytesIO(data))
    texts = []
    for frame in ImageSequence.Iterator(image):
        texts += [value.decode("latin-1") if isinstance(value, bytes) else str(value) for value in frame.info.values()]
        tags = getattr(frame, "tag_v2", None)
        if tags is not None:
            texts += [str(value) for value in tags.values()]
        exif = frame.getexif()
        texts += [str(value) for value in exif.values()]
        for ifd in (0x8769, 0x8825, 0xA005):
            texts += [str(value) for value in exif.get_ifd(ifd).values()]
    return texts


def _tesseract(gray: object, psm: str) -> str:
    buffer = io.BytesIO()
    gray.save(buffer, format="PNG")  # type: ignore[attr-defined]
    completed = subprocess.run(["tesseract", "-", "-", "--psm", psm], input=buffer.getvalue(), capture_output=True,
                               check=False, env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"})
    return completed.stdout.decode("utf-8", "replace")


def ocr_readings(image: object) -> Iterator[tuple[object, str]]:
    """(image, page segmentation mode) for each tesseract reading of a frame: levelled at a few angles (a photo's
    lines slope), light evened out, upscaled when small."""
    from PIL import Image, ImageChops, ImageFilter, ImageOps

    assert isinstance(image, Image.Image)
    gray = image.convert("L")
    if max(gray.size) < 2000:
        gray = gray.resize((gray.size[0] * 2, gray.size[1] * 2), Image.Resampling.LANCZOS)
    background = gray
    for _ in range(4):  # a 9x9 maximum as four 3x3 ones: the same pixels, in under half the time
        background = background.filter(ImageFilter.MaxFilter(3))
    background = background.filter(ImageFilter.GaussianBlur(25))
    even = ImageOps.autocontrast(ImageChops.invert(ImageChops.subtract(background, gray)))
    yield even, "3"
    yield even, "11"
    yield even, "1"  # 1: turned upright by OSD
    for angle in (-10, -4, 4, 10):
        yield even.rotate(angle, expand=True, fillcolor=255), "3"


def ocr_texts(image: object) -> Iterator[str]:
    """Tesseract's readings of a frame, one at a time, so a caller that has found everything can stop."""
    for reading, psm in ocr_readings(image):
        yield _tesseract(reading, psm)


def image_channels(path: Path, data: bytes) -> Iterator[tuple[str, object]]:
    """(channel, image) for every frame, then every embedded thumbnail or preview."""
    yield from frames(data)
    from PIL import Image

    for blob in thumbnails(path):
        try:
            thumb = Image.open(io.BytesIO(blob))
            thumb.load()
        except Exception:  # noqa: BLE001
            continue
        yield "ocr:thumbnail", thumb


def check(path: Path, secrets: list[str], *, use_ocr: bool = True, until_all_found: bool = False) -> dict[str, list[str]]:
    """``until_all_found``: stop reading once every secret has been found in some channel (to show the judge can
    see each secret in an original, one channel each suffices; on an output every channel is always read)."""
    data = path.read_bytes()
    found: dict[str, set[str]] = {secret: set() for secret in secrets}
    keys = {secret: norm(secret) for secret in secrets}

    def search(channel: str, text: str, *, ocr: bool = False) -> None:
        normal = norm(text)
        numbers = digits(text)
        for secret, key in keys.items():
            number = digits(secret)
            if key and key in normal:
                found[secret].add(channel)
            elif len(number) >= 6 and len(number) >= len(key) - 3 and number in numbers:
                found[secret].add(channel + "(digits)")
            elif ocr and len(key) >= 8 and near(key, normal):
                found[secret].add(channel + "(near)")

    for text in exiftool_texts(path):
        search("exiftool", text)
    try:
        for text in pillow_texts(data):
            search("pillow", text)
    except Exception as error:  # noqa: BLE001 - an unreadable file is reported, not a crash
        search("pillow", f"<error {error}>")
    for text in raw_texts(data):
        search("raw", text)
    def done() -> bool:
        return until_all_found and all(found.values())

    if use_ocr and not done() and until_all_found:
        for name, image in image_channels(path, data):
            for text in ocr_texts(image):
                search(name, text, ocr=True)
                if done():
                    return {secret: sorted(channels) for secret, channels in found.items() if channels}
    elif use_ocr:
        # Every reading is needed: tesseract runs as separate processes, two at a time (the machines have two
        # cores; each process is held to one thread), and every text is searched as before.
        readings = [(name, image, psm) for name, frame in image_channels(path, data)
                    for image, psm in ocr_readings(frame)]
        with ThreadPoolExecutor(max_workers=OCR_PROCESSES) as pool:
            texts = pool.map(lambda job: _tesseract(job[1], job[2]), readings)
            for (name, _, _), text in zip(readings, texts):
                search(name, text, ocr=True)
    return {secret: sorted(channels) for secret, channels in found.items() if channels}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("image", type=Path)
    parser.add_argument("secrets", nargs="*")
    parser.add_argument("--manifest", type=Path)
    parser.add_argument("--name", help="the manifest entry (default: the file's name)")
    parser.add_argument("--no-ocr", action="store_true")
    parser.add_argument("--until-all-found", action="store_true",
                        help="stop reading once every secret is found (checking the judge on an original)")
    args = parser.parse_args()
    secrets = list(args.secrets)
    if args.manifest:
        secrets += json.loads(args.manifest.read_text())[args.name or args.image.name]["secrets"]
    result = check(args.image, secrets, use_ocr=not args.no_ocr, until_all_found=args.until_all_found)
    print(json.dumps(result, indent=1, ensure_ascii=False))
    return 1 if result else 0


if __name__ == "__main__":
    sys.exit(main())
