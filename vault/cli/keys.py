"""``vault keys``: create the key file, rotate and retire master keys, show their status.

::

    vault keys init   --keyring FILE     a new key file (mode 0600) and its empty key store; never overwrites
    vault keys rotate --keyring FILE     a new master key version; every case key rewrapped under it
    vault keys retire --keyring FILE     forget old master key versions no case key uses any more
    vault keys status --keyring FILE     versions, their age, and how many case keys each wraps

The key store (wrapped case and object keys) is ``FILE.keys.sqlite`` unless ``--keystore`` says otherwise.
Keep both files private and back the key file up: without it nothing in the store can be decrypted.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from vault.cli import CommandError
from vault.cli.store import keystore_path, storage_errors

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("keys", help="create the key file; rotate and retire master keys",
                                   description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    for name, handler, text in [
        ("init", _init, "create a new key file and key store (refuses to overwrite)"),
        ("rotate", _rotate, "add a master key version and rewrap every case key"),
        ("retire", _retire, "remove master key versions no case key uses"),
        ("status", _status, "show master key versions (never the keys)"),
    ]:
        action = actions.add_parser(name, help=text)
        action.add_argument("--keyring", required=True, type=Path, metavar="FILE")
        action.add_argument("--keystore", type=Path, metavar="FILE", help="default: FILE.keys.sqlite")
        action.set_defaults(func=handler)


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
