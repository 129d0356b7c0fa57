from __future__ import annotations

import pytest

from vault.cli import CommandError, build_parser, main


def test_every_command_module_registers() -> None:
    parser = build_parser()
    assert "redact" in parser.format_help()


def test_command_error_is_one_line_and_nonzero(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def fail(_args: object) -> None:
        raise CommandError("first line\nsecond line", exit_code=3)

    parser = build_parser()
    monkeypatch.setattr("vault.cli.build_parser", lambda: parser)
    parser.set_defaults(func=fail)
    assert main(["redact", "text"]) == 3
    err = capsys.readouterr().err
    assert err == "vault: first line second line\n"
