"""The e-mail torture corpus, judged from outside: the checker finds every secret in every original,
and nothing of them in our outputs (or the file is refused with its reason, where that is allowed)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import leakcheck_email
import pytest

from redaction.formats import FormatError, FormatRequest, redact

HERE = Path(__file__).parent / "email_torture"


def _build_module() -> Any:
    spec = importlib.util.spec_from_file_location("email_torture_build", HERE / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BUILD = _build_module()
NAMES = sorted(BUILD.corpus())


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("email_torture")
    BUILD.write(folder)
    return folder


@pytest.fixture(scope="module")
def manifest(corpus: Path) -> dict[str, Any]:
    return json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_the_corpus_is_what_the_readme_lists(manifest: dict[str, Any]) -> None:
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    assert len(manifest) == 19 and all(f"`{name}`" in readme for name in manifest)


@pytest.mark.parametrize("name", NAMES)
def test_the_checker_finds_every_secret_in_the_original(name: str, corpus: Path, manifest: dict[str, Any]) -> None:
    secrets = manifest[name]["secrets"]
    assert leakcheck_email.leaks((corpus / name).read_bytes(), secrets) == secrets


@pytest.mark.parametrize("name", NAMES)
def test_our_output_leaks_nothing(name: str, corpus: Path, manifest: dict[str, Any], text_redactor: Any,
                                  tmp_path: Path) -> None:
    entry = manifest[name]
    try:
        outcome = redact((corpus / name).read_bytes(), FormatRequest(known=entry["known"], text_redactor=text_redactor))
    except FormatError as error:
        assert entry["refusal_ok"], f"refused: {error}"
        assert "attachment" in str(error) and not any(secret in str(error) for secret in entry["secrets"])
        return
    assert outcome.kind == "eml" and leakcheck_email.leaks(outcome.data, entry["secrets"]) == []
    (tmp_path / name).write_bytes(outcome.data)
    assert leakcheck_email.main(["--manifest", str(corpus / "manifest.json"), "--dir", str(tmp_path)]) == 0
