"""What every vault command shares: ``--data DIR``, opening the vault, the operator as actor, and
the vault's errors as one-line failures with distinct exit codes."""

from __future__ import annotations

import argparse
import contextlib
import getpass
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from vault.cli import CommandError

if TYPE_CHECKING:
    from vault.app import Vault
    from vault.policy import Actor
    from vault.settings import Settings

__all__ = ["EXIT_UNAVAILABLE", "add_data_option", "data_dir", "load_settings", "opened_vault", "operator", "vault_errors"]

EXIT_UNAVAILABLE = 75  # the object store or database is unreachable: worth retrying later


def add_data_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data",
        type=Path,
        metavar="DIR",
        help="the vault's data folder (default: $VAULT_DATA, else $XDG_DATA_HOME/send-vault, else ~/.local/share/send-vault)",
    )


def data_dir(args: argparse.Namespace) -> Path:
    from vault.settings import default_data_dir

    return args.data if args.data is not None else default_data_dir()


def load_settings(args: argparse.Namespace) -> Settings:
    from vault.settings import Settings

    with vault_errors():
        return Settings.load(data_dir(args))


@contextlib.contextmanager
def opened_vault(args: argparse.Namespace) -> Iterator[Vault]:
    from vault.app import open_vault

    settings = load_settings(args)
    with vault_errors():
        vault = open_vault(settings)
    try:
        with vault_errors():
            yield vault
    finally:
        vault.close()


def operator() -> Actor:
    """Whoever runs the command line with the data folder (and its key file) in reach."""
    from vault.policy import Actor

    try:
        name = getpass.getuser()
    except (KeyError, OSError):
        name = "unknown"
    return Actor.operator(name)


@contextlib.contextmanager
def vault_errors() -> Iterator[None]:
    from sqlalchemy.exc import OperationalError

    from vault.errors import StorageUnavailable, VaultError

    try:
        yield
    except StorageUnavailable as error:
        raise CommandError(str(error), exit_code=EXIT_UNAVAILABLE) from None
    except VaultError as error:
        raise CommandError(str(error)) from None
    except OperationalError as error:
        raise CommandError(f"the database cannot be used: {error.orig}", exit_code=EXIT_UNAVAILABLE) from None
