"""``vault redact`` loads the redactors and nothing of the vault: no database, no web stack, no services;
its second reader loads in a process of its own where that runs in parallel.

Each command's heavy imports stay inside its handler (``vault/cli/__init__.py``); one module importing
``vault.services`` at its top once put SQLAlchemy, FastAPI and every service (a second and a half) on
the start-up of every command, ``vault redact`` included. Run in a fresh interpreter, as a user runs it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
VAULT_STACK = ("sqlalchemy", "fastapi", "starlette", "uvicorn", "alembic", "argon2")
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}

_PROBE = """
import io, json, sys
sys.stdin = io.StringIO("Hello\\n")
from redaction.verify.forked import worthwhile
forks = worthwhile()
from vault.cli import main
code = main(sys.argv[1:])
import redaction.verify.reader
reader = type(redaction.verify.reader._SHARED).__name__
tops = sorted({name.split(".")[0] for name in sys.modules})
vault = sorted(name for name in sys.modules if name.startswith("vault.") and not name.startswith("vault.cli"))
print(json.dumps({"code": code, "tops": tops, "vault": vault, "reader": reader, "forks": forks}))
"""


def _modules_after(*argv: str) -> dict[str, Any]:
    run = subprocess.run([sys.executable, "-c", _PROBE, *argv], capture_output=True, text=True, cwd=ROOT, env=ENV,
                         timeout=300)
    assert run.returncode == 0, run.stderr
    result: dict[str, Any] = json.loads(run.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize("kind", ["text", "file"])
def test_vault_redact_imports_no_vault_service_database_or_web_code(kind: str, tmp_path: Path) -> None:
    if kind == "text":
        argv = ["redact", "text"]
    else:
        (tmp_path / "letter.txt").write_text("Dear Mrs Patel, about Oliver.\n", encoding="utf-8")
        (tmp_path / "out").mkdir()
        argv = ["redact", str(tmp_path / "letter.txt"), "--out-dir", str(tmp_path / "out")]
    result = _modules_after(*argv)
    assert result["code"] == 0
    tops = set(result["tops"])
    assert "spacy" in tops and "redaction" in tops  # it did redact
    assert not tops & set(VAULT_STACK), sorted(tops & set(VAULT_STACK))
    assert result["vault"] == []
    # and its second reader loaded in a process of its own, beside the first, where that runs in parallel
    assert result["reader"] == ("ForkedReader" if result["forks"] else "SecondReader")


def test_building_the_parser_imports_no_command_s_dependencies() -> None:
    probe = ("import sys; from vault.cli import build_parser; build_parser(); "
             "print(sorted({n.split('.')[0] for n in sys.modules} & {'spacy', 'presidio_analyzer', 'pydantic', "
             f"'redaction', *{VAULT_STACK!r}}}))")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, env=ENV, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"
