"""``vault init --published-store-url``: published case studies go to a store of their own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vault.cli import main


def test_init_takes_a_published_store_of_its_own(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    published = tmp_path / "for-training"
    published.mkdir()
    assert main(["init", "--data", str(tmp_path / "v"), "--published-store-url", published.as_uri()]) == 0
    settings = json.loads((tmp_path / "v" / "settings.json").read_text())
    assert settings["published_store_url"] == published.as_uri()
    assert not (tmp_path / "v" / "published").exists()


def test_init_refuses_to_publish_into_the_families_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shared = tmp_path / "objects"
    shared.mkdir()
    code = main(["init", "--data", str(tmp_path / "v"), "--store-url", shared.as_uri(), "--published-store-url", shared.as_uri()])
    assert code == 1
    assert "store of their own" in capsys.readouterr().err
    assert not (tmp_path / "v").exists()
