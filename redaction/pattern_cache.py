"""Compiled ``regex`` patterns kept between processes, so a command does not parse them again at every start.

The redactors compile about a thousand ``regex`` patterns when they are imported (street shapes of the
world, cued names, dates of birth ...), and Presidio compiles its own on its first analysis. ``regex``
parses and compiles in Python: two of the five CPU seconds of ``vault redact text <<< Hello`` went there, the
same work in every process. What it produces is plain data (the pattern, its flags, its opcode bytes,
its groups: what ``regex`` itself pickles a pattern as), turned into a pattern object by ``regex``'s C
extension in microseconds.

:func:`use_cache` has ``regex.compile`` look a pattern up by its exact source and flags in a file under
the user's cache directory before compiling it; :func:`save` writes the patterns compiled since (merged
with the file's, atomically). The file is built on first use, never downloaded, and named by the
``regex`` release, the Python version and this format, so another release never reads it. It carries a
SHA-256 of its contents: a damaged, truncated or foreign file is ignored (the patterns are compiled as
before, and it is written again). Named lists, byte patterns and locale-dependent patterns are always
compiled. ``VAULT_PATTERN_CACHE`` names another file, or ``off``.

Only a pattern compiled while a module is imported, or inside :func:`recording` (a fixed warm-up text's
read), is written: those are built from the code and its shipped word lists. A pattern built from what a
text or a case holds (a known identifier's written forms) is compiled at redaction time and never
written to disk; it is still looked up, and it is compiled as before.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

import regex

__all__ = ["FORMAT", "active", "cache_path", "recording", "save", "stop", "use_cache"]

FORMAT = 1
_MAGIC = b"send-vault compiled regex patterns\n"
_ENV = "VAULT_PATTERN_CACHE"

Key = tuple[str, int, int]  # the source, the flags asked for, regex's default version

_lock = threading.Lock()
_original: Callable[..., Any] | None = None  # regex.compile as the library defines it, while ours is installed
_path: Path | None = None
_known: dict[Key, tuple[Any, ...]] = {}
_new: dict[Key, tuple[Any, ...]] = {}
_recording = 0  # inside recording(): patterns of a fixed text, kept like an import's


def cache_path() -> Path | None:
    """The file: ``$VAULT_PATTERN_CACHE``, else ``$XDG_CACHE_HOME`` (or ``~/.cache``)/send-vault/...; None when off."""
    chosen = os.environ.get(_ENV, "")
    if chosen.lower() == "off":
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    version = f"{sys.version_info[0]}{sys.version_info[1]}"
    return Path(base) / "send-vault" / f"regex-{regex.__version__}-py{version}-v{FORMAT}.patterns"


def active() -> bool:
    return _original is not None


def use_cache(path: Path | None = None) -> None:
    """Look patterns up in the file (:func:`cache_path` unless given) from now on, in this process and the
    processes it forks. A no-op when the cache is off or already in use."""
    global _original, _path
    path = path if path is not None else cache_path()
    with _lock:
        if path is None or _original is not None:
            return
        _path = path
        _known.clear()
        _known.update(_read(path))
        _new.clear()
        _original = regex.compile
        regex.compile = _compile


def stop() -> None:
    """``regex.compile`` as the library defines it again (the patterns compiled since are not saved)."""
    global _original, _path
    with _lock:
        if _original is not None:
            regex.compile = _original
        _original, _path = None, None
        _known.clear()
        _new.clear()


def save() -> None:
    """Write the patterns compiled since :func:`use_cache` (with what the file holds now: another process
    may have written it meanwhile). Best effort: a cache that cannot be written is only slower next time."""
    with _lock:
        if _path is None or not _new:
            return
        entries = {**_read(_path), **_known, **_new}
        try:
            _write(_path, entries)
        except OSError:
            return
        _known.update(_new)
        _new.clear()


def _compile(pattern: Any, flags: Any = 0, ignore_unused: bool = False, cache_pattern: Any = None,
             **kwargs: Any) -> Any:
    original = _original or regex.compile
    if kwargs or type(pattern) is not str or not isinstance(flags, int):
        return original(pattern, flags, ignore_unused, cache_pattern, **kwargs)
    key = (pattern, int(flags), int(regex.DEFAULT_VERSION))
    data = _known.get(key) or _new.get(key)
    if data is not None:
        return regex._regex.compile(*data)  # what unpickling a regex pattern does
    compiled = original(pattern, flags, ignore_unused, cache_pattern)
    data = compiled._pickled_data
    if not compiled.flags & regex.LOCALE and data[0] == pattern and (_recording or _importing()):
        _new[key] = data  # (a locale's pattern depends on the locale: never kept)
    return compiled


def _importing() -> bool:
    """Whether the nearest module-level code up the stack is a module being imported right now (importlib marks
    its spec ``_initializing``): its patterns come from the code, never from a text. A script's top level, or
    code a launcher runs at module level (``python -c``, an exec'd worker such as pytest-xdist's), is no import,
    so what it compiles while reading a text (a case's surname) is never kept."""
    frame: FrameType | None = sys._getframe(2)
    while frame is not None:
        if frame.f_code.co_name == "<module>":
            spec = frame.f_globals.get("__spec__")
            return spec is not None and bool(getattr(spec, "_initializing", False))
        frame = frame.f_back
    return False


@contextmanager
def recording() -> Iterator[None]:
    """Keep the patterns compiled inside, as an import's are: for a read of a fixed text (a warm-up), which
    builds the patterns a library compiles on its first use (Presidio's). Never around a user's text."""
    global _recording
    _recording += 1
    try:
        yield
    finally:
        _recording -= 1


def _read(path: Path) -> dict[Key, tuple[Any, ...]]:
    try:
        content = path.read_bytes()
    except OSError:
        return {}
    head, _, rest = content.partition(b"\n" * 2)
    if not head.startswith(_MAGIC) or head[len(_MAGIC):] != hashlib.sha256(rest).hexdigest().encode():
        return {}  # damaged, truncated or not ours
    try:
        entries = marshal.loads(rest)
    except (EOFError, ValueError, TypeError):
        return {}
    if not isinstance(entries, dict):
        return {}
    return {key: data for key, data in entries.items() if _well_formed(key, data)}


def _well_formed(key: Any, data: Any) -> bool:
    return (isinstance(key, tuple) and len(key) == 3 and type(key[0]) is str and isinstance(data, tuple)
            and len(data) == 11 and data[0] == key[0] and type(data[2]) is bytes)


def _write(path: Path, entries: dict[Key, tuple[Any, ...]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    body = marshal.dumps(entries)
    handle = tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=path.name, suffix=".part", delete=False)
    try:
        with handle:
            handle.write(_MAGIC + hashlib.sha256(body).hexdigest().encode() + b"\n" * 2 + body)
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
