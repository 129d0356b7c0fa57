from __future__ import annotations

import argparse

import pytest

import vault.cli
from vault.cli import CommandError, build_parser, main

# Every command group the issues name; a module that stops registering one is caught here.
EXPECTED_COMMANDS = {"audit", "demo", "init", "keys", "redact", "serve", "store", "user"}


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def test_every_command_module_registers() -> None:
    assert EXPECTED_COMMANDS <= _commands(build_parser())


def test_command_error_is_one_line_and_nonzero(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def fail(_args: object) -> None:
        raise CommandError("first line\nsecond line", exit_code=3)

    def parser_with_failing_command() -> argparse.ArgumentParser:
        parser = argparse.ArgumentParser(prog="vault")
        parser.add_subparsers(dest="command").add_parser("boom").set_defaults(func=fail)
        return parser

    monkeypatch.setattr(vault.cli, "build_parser", parser_with_failing_command)
    assert main(["boom"]) == 3
    assert capsys.readouterr().err == "vault: first line second line\n"


def test_unexpected_error_is_one_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def crash(_args: object) -> None:
        raise RuntimeError("disk on fire")

    def parser_with_crashing_command() -> argparse.ArgumentParser:
        parser = argparse.ArgumentParser(prog="vault")
        parser.add_subparsers(dest="command").add_parser("boom").set_defaults(func=crash)
        return parser

    monkeypatch.delenv("VAULT_DEBUG", raising=False)
    monkeypatch.setattr(vault.cli, "build_parser", parser_with_crashing_command)
    assert main(["boom"]) == 1
    assert capsys.readouterr().err == "vault: unexpected error (RuntimeError): disk on fire\n"
