#!/usr/bin/env python3
"""An outside leak checker for e-mail: does anything of a secret survive anywhere in a message?

    leakcheck_email.py OUT.eml --secret "Leo Whitfield" --secret "07700 900456"
    leakcheck_email.py --manifest manifest.json --dir OUTPUT_DIR    # each file judged on its own secrets

A judge from outside the project: it imports nothing of it, and reads a message every way it can.
Every header, raw and decoded (encoded words, RFC 2231 parameters), through two parsers (``compat32``
and ``default``); every part's payload decoded (base64, quoted-printable, uuencode, 8bit), in its
charset and in UTF-8 and Latin-1; HTML as text, attribute values and comments; preambles and
epilogues; nested messages; attachments recursively: ZIP packages unzipped (Word, OpenDocument: every
XML part's text and attributes), PDFs' text (pypdf) and decompressed streams; and any base64 or
quoted-printable block found inside any text, decoded and read again. A secret is found when its
letters and digits appear in order, whatever the case, spacing, punctuation, line breaks, zero-width
characters or soft hyphens between them; numbers by their digits. Prints {file: [secret, ...]} and
exits 1 when anything leaked.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import html
import io
import json
import quopri
import re
import sys
import unicodedata
import zipfile
import zlib
from email import message_from_bytes, policy
from email.header import decode_header
from pathlib import Path

MAX_DEPTH = 8
MAX_MEMBER = 64 * 1024 * 1024
_B64_BLOCK = re.compile(r"(?:[A-Za-z0-9+/]{16,}={0,2}[ \t]*\r?\n)+[A-Za-z0-9+/]*={0,2}|[A-Za-z0-9+/]{40,}={0,2}")
_TAG = re.compile(r"<[^>]*>", re.DOTALL)
_ATTRIBUTE = re.compile(r"""=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)


def texts_of(data: bytes, depth: int = 0) -> list[str]:
    """Every text the bytes hold, by every route this checker knows."""
    if depth > MAX_DEPTH:
        return []
    found = [data.decode("latin-1"), data.decode("utf-8", errors="replace")]
    if data[:4] == b"PK\x03\x04":
        found += _zip(data, depth)
    elif data[:5] == b"%PDF-":
        found += _pdf(data)
    elif _looks_like_message(data):
        found += _message(data, depth)
    for text in list(found):
        found += _encoded_blocks(text, depth)
    return found


def _looks_like_message(data: bytes) -> bool:
    head = data[:4096].decode("latin-1")
    return bool(re.match(r"(?:From [^\n]*\n)?[!-9;-~]+:", head))


def _message(data: bytes, depth: int) -> list[str]:
    found: list[str] = []
    for chosen in (policy.compat32, policy.default):
        try:
            message = message_from_bytes(data, policy=chosen)
        except Exception:  # a judge reads what it can  # noqa: BLE001
            continue
        for part in message.walk():
            for name, value in part.items():
                found += [str(name), str(value), _decode_words(str(value))]
            for param in ("filename", "name"):
                for getter in (lambda p=param: part.get_param(p, header="content-disposition"),
                               lambda p=param: part.get_param(p)):
                    value = getter()
                    if value:
                        found.append(_decode_words(str(value if not isinstance(value, tuple) else value[2])))
            found += [extra for extra in (part.preamble, part.epilogue) if extra]
            if part.is_multipart():
                continue
            payload = part.get_payload(decode=True)
            if not isinstance(payload, bytes):
                continue
            charset = part.get_content_charset() or "utf-8"
            try:
                found.append(payload.decode(charset, errors="replace"))
            except LookupError:
                pass
            found += texts_of(payload, depth + 1)
    return found + [_markup(text) for text in found if "<" in text]


def _markup(text: str) -> str:
    pieces = [_TAG.sub(" ", text), _TAG.sub("", text)]
    pieces += [a or b or c for tag in _TAG.findall(text) for a, b, c in _ATTRIBUTE.findall(tag)]
    pieces += _COMMENT.findall(text)
    return html.unescape("\n".join(pieces))


def _decode_words(value: str) -> str:
    try:
        pieces = []
        for chunk, charset in decode_header(value):
            pieces.append(chunk if isinstance(chunk, str) else chunk.decode(charset or "utf-8", errors="replace"))
        return "".join(pieces)
    except Exception:  # noqa: BLE001
        return value


def _zip(data: bytes, depth: int) -> list[str]:
    found: list[str] = []
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        for info in archive.infolist()[:5000]:
            with archive.open(info) as member:
                content = member.read(MAX_MEMBER)
            found.append(info.filename)
            text = content.decode("utf-8", errors="replace")
            found += [text, _markup(text)]
            found += texts_of(content, depth + 1)
    except (zipfile.BadZipFile, RuntimeError, zlib.error, OSError, NotImplementedError):
        pass
    return found


def _pdf(data: bytes) -> list[str]:
    found: list[str] = []
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data), strict=False)
        found += [page.extract_text() or "" for page in reader.pages]
    except Exception:  # noqa: BLE001
        pass
    for stream in re.findall(rb"stream\r?\n(.*?)endstream", data, re.DOTALL):
        try:
            found.append(zlib.decompressobj().decompress(stream, MAX_MEMBER).decode("latin-1"))
        except zlib.error:
            continue
    return found


def _encoded_blocks(text: str, depth: int) -> list[str]:
    found: list[str] = []
    for match in _B64_BLOCK.finditer(text):
        block = re.sub(r"\s+", "", match.group())
        try:
            decoded = base64.b64decode(block + "=" * (-len(block) % 4))
        except (binascii.Error, ValueError):
            continue
        found += texts_of(decoded, depth + 1) if len(decoded) >= 16 else []
    if re.search(r"=\r?\n|=[0-9A-F]{2}", text):
        decoded = quopri.decodestring(text.encode("utf-8", errors="replace"))
        found += [decoded.decode("utf-8", errors="replace"), re.sub(r"=\r?\n", "", text)]
    return found


def _compact(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).casefold()
    return "".join(c for c in text if c.isalnum())


def leaks(data: bytes, secrets: list[str]) -> list[str]:
    """The secrets found anywhere in ``data``."""
    texts = [unicodedata.normalize("NFKC", text).translate(_INVISIBLE) for text in texts_of(data)]
    haystacks = [_compact(text) for text in texts]
    found = []
    for secret in secrets:
        needle = _compact(secret)
        digits = re.sub(r"\D", "", secret)
        spaced = re.compile(r"(?<!\d)" + r"\D{0,3}".join(digits) + r"(?!\d)") if len(digits) >= 8 else None
        if needle and any(needle in hay for hay in haystacks):
            found.append(secret)
        elif spaced is not None and any(spaced.search(text) for text in texts):
            found.append(secret)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--secret", action="append", default=[])
    parser.add_argument("--manifest", type=Path, help="JSON {file name: {secrets: [...]}}")
    parser.add_argument("--dir", type=Path, help="with --manifest: the folder holding the files to judge")
    args = parser.parse_args(argv)
    judged: dict[str, list[str]] = {}
    if args.manifest:
        manifest = json.loads(args.manifest.read_text(encoding="utf-8"))
        folder = args.dir or args.manifest.parent
        for name, entry in manifest.items():
            path = folder / name
            if path.exists():
                judged[name] = leaks(path.read_bytes(), entry["secrets"])
    for path in args.files:
        judged[str(path)] = leaks(path.read_bytes(), args.secret)
    found = {name: secrets for name, secrets in judged.items() if secrets}
    print(json.dumps(found, indent=1, ensure_ascii=False))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
