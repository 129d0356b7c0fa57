"""The compiled-pattern cache: the same patterns as compiling, only what a module's import compiles is written,
and a damaged or foreign file is ignored."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import regex

from redaction import pattern_cache

SOURCE = r"(?i:(?P<street>\d+[ ]\p{Lu}\p{Ll}+[ ](?:Road|Street|Lane)))|(?P<code>\b[A-Z]{2}\d{6}[A-D]\b)"
SAMPLE = "Flat 2, 14 Mill Lane, then 9 oak road; AB123456C and ab123456c."


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Path]:
    # An earlier test in this process may have run `vault redact` in process, which leaves the user's cache in use
    # (use_cache is then a no-op): start each test from no cache at all.
    pattern_cache.stop()
    path = tmp_path / "cache" / "patterns"
    yield path
    pattern_cache.stop()


def _import_module_compiling(folder: Path, name: str, source: str) -> object:
    """A module whose top level compiles ``source``, imported afresh."""
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.py").write_text(f"import regex\nPATTERN = regex.compile({source!r})\n", encoding="utf-8")
    sys.path.insert(0, str(folder))
    try:
        sys.modules.pop(name, None)
        return importlib.import_module(name).PATTERN  # type: ignore[attr-defined]
    finally:
        sys.path.remove(str(folder))
        sys.modules.pop(name, None)


def test_a_pattern_compiled_at_import_is_written_and_read_back_as_the_same_pattern(cache: Path, tmp_path: Path) -> None:
    pattern_cache.use_cache(cache)
    first = _import_module_compiling(tmp_path / "modules", "compiles_at_import", SOURCE)
    pattern_cache.save()
    pattern_cache.stop()
    assert cache.is_file()

    pattern_cache.use_cache(cache)
    compiled_before = pattern_cache._original
    assert compiled_before is not None
    calls: list[str] = []

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[0])
        return compiled_before(*args, **kwargs)

    pattern_cache._original = counted
    try:
        again = _import_module_compiling(tmp_path / "modules", "compiles_at_import", SOURCE)
    finally:
        pattern_cache._original = compiled_before
    assert calls == []  # found, not compiled
    plain = regex._main.compile(SOURCE)  # type: ignore[attr-defined]
    for pattern in (first, again):
        assert pattern._pickled_data == plain._pickled_data  # type: ignore[attr-defined]
        assert [m.span() for m in pattern.finditer(SAMPLE)] == [m.span() for m in plain.finditer(SAMPLE)]  # type: ignore[attr-defined]
        assert pattern.groupindex == plain.groupindex  # type: ignore[attr-defined]


def test_a_pattern_compiled_while_a_text_is_read_is_never_written(cache: Path) -> None:
    pattern_cache.use_cache(cache)

    def pattern_of_a_case(surname: str) -> regex.Pattern[str]:
        return regex.compile(r"\b" + regex.escape(surname) + r"\b")

    assert pattern_of_a_case("Okonkwo-Brightwater").search("Dear Ms Okonkwo-Brightwater")
    pattern_cache.save()
    assert not cache.exists() or b"Brightwater" not in cache.read_bytes()


def test_recording_keeps_the_patterns_of_a_fixed_text(cache: Path) -> None:
    pattern_cache.use_cache(cache)
    with pattern_cache.recording():
        regex.compile(r"warm-up[ ]pattern\d")
    pattern_cache.save()
    assert b"warm-up[ ]pattern" in cache.read_bytes()


def test_a_damaged_file_is_ignored_and_written_again(cache: Path, tmp_path: Path) -> None:
    pattern_cache.use_cache(cache)
    _import_module_compiling(tmp_path / "modules", "compiles_for_damage", SOURCE)
    pattern_cache.save()
    pattern_cache.stop()
    content = bytearray(cache.read_bytes())
    content[-20] ^= 0xFF  # one byte of the compiled code changed: its digest no longer matches
    cache.write_bytes(bytes(content))

    pattern_cache.use_cache(cache)
    assert pattern_cache._known == {}
    pattern = _import_module_compiling(tmp_path / "modules", "compiles_for_damage", SOURCE)
    assert [m.group() for m in pattern.finditer(SAMPLE)] == ["14 Mill Lane", "9 oak road", "AB123456C"]  # type: ignore[attr-defined]
    pattern_cache.save()
    pattern_cache.stop()
    pattern_cache.use_cache(cache)
    assert len(pattern_cache._known) == 1


def test_a_truncated_or_foreign_file_is_ignored(cache: Path) -> None:
    cache.parent.mkdir(parents=True)
    for content in (b"", b"send-vault compiled regex patterns\n", b"\x00" * 64, b"not ours at all\n\nxyz"):
        cache.write_bytes(content)
        pattern_cache.use_cache(cache)
        assert pattern_cache._known == {}
        assert regex.compile(r"\d+").findall("a1b22") == ["1", "22"]
        pattern_cache.stop()


def test_named_lists_are_always_compiled(cache: Path) -> None:
    pattern_cache.use_cache(cache)
    with pattern_cache.recording():
        pattern = regex.compile(r"\L<names>", names=["Ada", "Grace"])
    assert pattern.findall("Ada met Grace") == ["Ada", "Grace"]
    assert pattern_cache._new == {}


def test_the_file_is_named_by_the_regex_release_and_python_and_can_be_turned_off(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("VAULT_PATTERN_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = pattern_cache.cache_path()
    assert path is not None and path.parent == tmp_path / "send-vault"
    assert regex.__version__ in path.name and f"py{sys.version_info[0]}{sys.version_info[1]}" in path.name
    monkeypatch.setenv("VAULT_PATTERN_CACHE", "off")
    assert pattern_cache.cache_path() is None
    pattern_cache.use_cache()
    assert not pattern_cache.active() and regex.compile is regex._main.compile  # type: ignore[attr-defined]
