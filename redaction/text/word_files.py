"""The shipped word lists' file form: one word per line, UTF-8, gzip'd with no timestamp, so a rebuild of
the same words gives the same bytes (:mod:`.given_names`, :mod:`.surnames`)."""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterable
from pathlib import Path

__all__ = ["read_words", "write_words"]


def read_words(path: Path) -> frozenset[str]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle if line.strip())


def write_words(words: Iterable[str], out: Path) -> int:
    """Write ``words`` sorted; returns how many."""
    ordered = sorted(set(words))
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, compresslevel=9) as handle:
        handle.write("".join(f"{w}\n" for w in ordered).encode("utf-8"))
    out.write_bytes(buffer.getvalue())
    return len(ordered)
