"""``vault redact`` keeps its compiled patterns in the user's cache: the first run writes them, a later run (whatever
its hash seed) finds every one and prints the same, and nothing of a case's identifiers is ever written there."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LETTER = "Dear Mrs Quillfeather-Osei,\nAbout Tobias: his review is on 3 May. Call 07700 900123.\n"


def _redact(cache: Path, known: Path, seed: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
           "VAULT_PATTERN_CACHE": str(cache), "PYTHONHASHSEED": seed}
    return subprocess.run([sys.executable, "-m", "vault", "redact", "text", "--known", str(known), "--accept-findings"],
                          input=LETTER, capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)


def test_the_second_run_finds_every_pattern_and_no_identifier_is_written(tmp_path: Path) -> None:
    cache = tmp_path / "cache" / "patterns"
    known = tmp_path / "known.json"
    known.write_text(json.dumps({"PERSON": ["Quillfeather-Osei", "Tobias Quillfeather-Osei"]}), encoding="utf-8")

    first = _redact(cache, known, seed="1")
    assert first.returncode == 0, first.stderr
    written = cache.read_bytes()
    assert len(written) > 100_000  # the redactors' patterns (about a thousand)
    assert b"Quillfeather" not in written and b"Tobias" not in written  # patterns built from the case stay in memory

    second = _redact(cache, known, seed="2")  # another hash seed: a pattern built from a set's order would differ
    assert second.returncode == 0, second.stderr
    assert second.stdout == first.stdout and "Quillfeather" not in second.stdout
    assert cache.read_bytes() == written  # nothing new to write: every pattern was found
