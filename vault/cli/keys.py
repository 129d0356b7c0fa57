"""``vault keys``: create the key file, rotate and retire master keys, show their status.

::

    vault keys init   --keyring FILE                 a new key file (mode 0600) and its empty key store
    vault keys rotate (--data DIR | --keyring FILE)  a new master key version; every case key rewrapped
    vault keys rewrap (--data DIR | --keyring FILE)  finish an interrupted rotation
    vault keys retire (--data DIR | --keyring FILE)  remove master key versions no case key needs
    vault keys status (--data DIR | --keyring FILE)  versions, their age, and how many case keys each wraps

``--data DIR`` works on a vault made by ``vault init``: its key file, and the case keys in its own
database (SQLite or PostgreSQL). It is safe while ``vault serve`` runs (the server follows the key file),
every step is recorded in the vault's audit log, and an interrupted rotation leaves every key readable
(``rewrap`` finishes it). ``retire`` refuses while any case key is still wrapped by a version it would
remove. Database backups made before a retirement need the key file as it was before it.

``--keyring FILE`` works on a key file made by ``vault keys init``, whose wrapped keys are in
``FILE.keys.sqlite`` (or ``--keystore``). A vault's own key file is refused there: its case keys are in
the vault's database, so use ``--data``. Keep key files private and backed up: without one nothing in
its store can be decrypted.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from vault.cli import CommandError
from vault.cli.store import keystore_path, storage_errors, vault_of_key_file

if TYPE_CHECKING:
    from vault.services import KeyStatus, RewrapResult

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("keys", help="create the key file; rotate and retire master keys",
                                   description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    init = actions.add_parser("init", help="create a new key file and key store (refuses to overwrite)")
    init.add_argument("--keyring", required=True, type=Path, metavar="FILE")
    init.add_argument("--keystore", type=Path, metavar="FILE", help="default: FILE.keys.sqlite")
    init.set_defaults(func=_init)
    for name, text in [
        ("rotate", "add a master key version and rewrap every case key"),
        ("rewrap", "finish a rotation: rewrap case keys still under an older version"),
        ("retire", "remove master key versions no case key uses"),
        ("status", "show master key versions (never the keys)"),
    ]:
        action = actions.add_parser(name, help=text)
        which = action.add_mutually_exclusive_group(required=True)
        which.add_argument("--data", type=Path, metavar="DIR", help="a vault's data folder (vault init)")
        which.add_argument("--keyring", type=Path, metavar="FILE", help="a key file made by vault keys init")
        action.add_argument("--keystore", type=Path, metavar="FILE", help="with --keyring; default: FILE.keys.sqlite")
        action.set_defaults(func=_dispatch, action_name=name)


def _init(args: argparse.Namespace) -> None:
    from storage import Keyring, SQLiteKeyStore

    keystore = keystore_path(args.keyring, args.keystore)
    if args.keyring.exists() or args.keyring.is_symlink():
        raise CommandError(f"a key file already exists at {args.keyring}; refusing to overwrite it")
    if keystore.exists():
        raise CommandError(f"a key store already exists at {keystore}; it belongs to another key file, "
                           f"so move it away first (nothing was created)")
    with storage_errors("cannot create the key file"):
        Keyring.create(args.keyring)
        SQLiteKeyStore(keystore).close()
    print(f"created key file {args.keyring} (mode 0600) and key store {keystore}; back the key file up")


def _dispatch(args: argparse.Namespace) -> int | None:
    if args.data is not None:
        if args.keystore is not None:
            raise CommandError("--keystore goes with --keyring; a vault's case keys are in its own database", exit_code=2)
        return _VAULT_ACTIONS[args.action_name](args)
    folder = vault_of_key_file(args.keyring)
    if folder is not None:
        raise CommandError(f"{args.keyring} is the key file of the vault in {folder}: its case keys are in the vault's "
                           f"database, not in a key store beside it, so nothing was changed; use "
                           f"`vault keys {args.action_name} --data {folder}`")
    return _FILE_ACTIONS[args.action_name](args)


# -- a vault's data folder: the case keys in its database, through the vault's services --------------


def _vault_rotate(args: argparse.Namespace) -> int:
    from vault.cli._vaultdata import opened_vault, operator

    with opened_vault(args) as vault:
        result = vault.keys.rotate(operator())
    print(f"master key version {result.active_version} is active; {result.rewrapped} case key(s) rewrapped")
    return _after_rewrap(args, result)


def _vault_rewrap(args: argparse.Namespace) -> int:
    from vault.cli._vaultdata import opened_vault, operator

    with opened_vault(args) as vault:
        result = vault.keys.rewrap(operator())
    print(f"{result.rewrapped} case key(s) rewrapped under master key version {result.active_version}")
    return _after_rewrap(args, result)


def _after_rewrap(args: argparse.Namespace, result: RewrapResult) -> int:
    if result.unreadable:
        print(f"vault: warning: {len(result.unreadable)} case key(s) could not be opened and were left as they were "
              f"(see `vault keys status --data {args.data}`)", file=sys.stderr)
    if result.remaining:
        print(f"vault: {result.remaining} case key(s) were written under an older version meanwhile; "
              f"run `vault keys rewrap --data {args.data}` again", file=sys.stderr)
    if result.unreadable or result.remaining:
        return 1
    print(f"older versions can now be retired: vault keys retire --data {args.data}")
    return 0


def _vault_retire(args: argparse.Namespace) -> None:
    from vault.cli._vaultdata import opened_vault, operator

    with opened_vault(args) as vault:
        retired = vault.keys.retire(operator())
    print(f"retired master key version(s): {', '.join(map(str, retired))}" if retired
          else "no master key version can be retired (only the active one is left)")


def _vault_status(args: argparse.Namespace) -> int:
    from vault.cli._vaultdata import opened_vault, operator

    with opened_vault(args) as vault:
        status = vault.keys.status(operator())
    _print_status(status, args.data)
    return 1 if status.missing else 0


def _print_status(status: KeyStatus, data: Path) -> None:
    for view in status.versions:
        marker = " (active)" if view.active else ""
        print(f"version {view.version}{marker}: created {view.created.isoformat()}, wraps {view.case_keys} case key(s)")
    if status.stale:
        print(f"{status.stale} case key(s) are still under older versions: vault keys rewrap --data {data}")
    elif status.retirable:
        print(f"version(s) {', '.join(map(str, status.retirable))} wrap nothing and can be retired: "
              f"vault keys retire --data {data}")
    for version, count in status.missing.items():
        print(f"vault: {count} case key(s) are wrapped by master key version {version}, which the key file does not "
              f"hold: restore the key file from a backup", file=sys.stderr)


_VAULT_ACTIONS = {"rotate": _vault_rotate, "rewrap": _vault_rewrap, "retire": _vault_retire, "status": _vault_status}


# -- a key file of its own (vault keys init) and its SQLite key store ------------------------------


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from storage import EncryptedStore, Keyring, MemoryStore, SQLiteKeyStore

    with storage_errors("cannot open the keys"):
        keyring = Keyring.load(args.keyring)
        keystore = SQLiteKeyStore(keystore_path(args.keyring, args.keystore), create=False)
    # Key operations never touch object bytes, so no real backend is needed.
    return EncryptedStore(MemoryStore(), keyring=keyring, keystore=keystore)


def _rotate(args: argparse.Namespace) -> None:
    store = _open(args)
    with storage_errors("cannot rotate the master key"):
        report = store.rotate_master_key()
    unused = ", ".join(map(str, report.unused_versions)) or "none"
    print(f"master key version {report.active_version} is active; {report.rewrapped} case key(s) rewrapped; "
          f"versions no longer used: {unused} (`vault keys retire` removes them)")


def _rewrap(args: argparse.Namespace) -> None:
    store = _open(args)
    with storage_errors("cannot rewrap the case keys"):
        report = store.rewrap_case_keys()
    print(f"{report.rewrapped} case key(s) rewrapped under master key version {report.active_version}")


def _retire(args: argparse.Namespace) -> None:
    store = _open(args)
    with storage_errors("cannot retire master keys"):
        retired = store.retire_master_keys()
    print(f"retired master key version(s): {', '.join(map(str, retired))}" if retired
          else "no master key version can be retired")


def _status(args: argparse.Namespace) -> None:
    from storage import Keyring

    store = _open(args)
    with storage_errors("cannot read the keys"):
        in_use = Counter(Keyring.version_of(wrapped) for _case, wrapped in store.keystore.list_case_keys())
        for info in store.keyring.master_keys():
            marker = " (active)" if info.active else ""
            print(f"version {info.version}{marker}: created {info.created.isoformat()}, "
                  f"wraps {in_use.get(info.version, 0)} case key(s)")


_FILE_ACTIONS = {"rotate": _rotate, "rewrap": _rewrap, "retire": _retire, "status": _status}
