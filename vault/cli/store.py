"""``vault store``: put, get, tag, list and shred encrypted objects in a store.

::

    vault store --store URL --keyring FILE put OBJECT_ID FILE [--case CASE_ID] [--tag KEY=VALUE ...]
    vault store --store URL --keyring FILE get OBJECT_ID OUTFILE
    vault store --store URL --keyring FILE tags OBJECT_ID
    vault store --store URL --keyring FILE set-tags OBJECT_ID --tag KEY=VALUE [...]
    vault store --store URL --keyring FILE list [--case CASE_ID]
    vault store --store URL --keyring FILE shred OBJECT_ID
    vault store --store URL --keyring FILE shred-case CASE_ID
    vault store --store URL --keyring FILE sweep [--older-than-hours N]

``URL`` is ``file:///path`` or ``s3://bucket?endpoint=host:port&secure=true&ca=/path/ca.pem`` (credentials
from ``VAULT_S3_ACCESS_KEY``/``VAULT_S3_SECRET_KEY``). Wrapped keys live in ``FILE.keys.sqlite`` beside the
key file unless ``--keystore`` says otherwise. Exit status: 0 done; 1 failed (one line on stderr says
why); 75 the storage server is unavailable (try again later); 2 bad usage.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from vault.cli import CommandError

if TYPE_CHECKING:
    from storage import EncryptedStore

__all__ = ["EXIT_UNAVAILABLE", "keystore_path", "register", "storage_errors", "vault_of_key_file"]

EXIT_UNAVAILABLE = 75  # EX_TEMPFAIL: worth retrying once the server is back


def keystore_path(keyring: Path, keystore: Path | None = None) -> Path:
    """Where the CLI keeps wrapped keys: ``--keystore``, else ``<keyring>.keys.sqlite`` beside the key file."""
    return keystore if keystore is not None else keyring.with_name(keyring.name + ".keys.sqlite")


def vault_of_key_file(keyring: Path) -> Path | None:
    """The data folder whose vault (``vault init``) this key file belongs to, or ``None``.

    Such a vault keeps its case keys in its own database, so a key store beside the key file would
    look empty to the commands here: ``retire`` would remove master key versions the database still
    needs, and ``put`` would mix keys of two stores under one key file. Callers refuse it."""
    from vault.errors import SetupError
    from vault.settings import Settings

    real = keyring.resolve()
    try:
        settings = Settings.load(real.parent)
    except SetupError:
        return None  # no vault settings beside it: a key file of its own
    return real.parent if settings.key_file.resolve() == real else None


@contextlib.contextmanager
def storage_errors(doing: str) -> Iterator[None]:
    """Turn storage and file errors into one-line :class:`CommandError` s."""
    from storage import BackendUnavailable, StorageError

    try:
        yield
    except BackendUnavailable as error:
        raise CommandError(f"{doing}: {error}", exit_code=EXIT_UNAVAILABLE) from None
    except StorageError as error:
        raise CommandError(f"{doing}: {error}") from None
    except OSError as error:
        where = f" {error.filename}:" if error.filename else ""
        raise CommandError(f"{doing}:{where} {error.strerror or error}") from None


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("store", help="put, get, tag and shred encrypted documents in a store",
                                   description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", required=True, metavar="URL", help="file:///path or s3://bucket?endpoint=...")
    parser.add_argument("--keyring", required=True, type=Path, metavar="FILE", help="key file (vault keys init)")
    parser.add_argument("--keystore", type=Path, metavar="FILE", help="wrapped keys (default FILE.keys.sqlite)")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")

    put = _action(actions, "put", _put, "encrypt FILE into the store as OBJECT_ID ('-' reads stdin)",
                  "object_id:OBJECT_ID", "file:FILE")
    put.add_argument("--case", metavar="CASE_ID", help="the case it belongs to (default: a case of its own)")
    put.add_argument("--tag", action="append", default=[], metavar="KEY=VALUE",
                     help="return-on-request=true|false or keep-on-file=true|false (repeatable)")
    _action(actions, "get", _get, "decrypt OBJECT_ID into OUTFILE (written only if it verifies)",
                  "object_id:OBJECT_ID", "outfile:OUTFILE")
    _action(actions, "tags", _tags, "print an object's tags as JSON", "object_id:OBJECT_ID")
    set_tags = _action(actions, "set-tags", _set_tags, "change state (held|returned) or the two flags",
                       "object_id:OBJECT_ID")
    set_tags.add_argument("--tag", action="append", required=True, metavar="KEY=VALUE",
                          help="state=held|returned, return-on-request=..., keep-on-file=...")
    listing = _action(actions, "list", _list, "list stored objects (id, case, size) as JSON lines")
    listing.add_argument("--case", metavar="CASE_ID")
    _action(actions, "shred", _shred, "destroy an object's key, then its bytes", "object_id:OBJECT_ID")
    _action(actions, "shred-case", _shred_case, "destroy a case's key: all its objects at once", "case_id:CASE_ID")
    sweep = _action(actions, "sweep", _sweep, "delete stored bytes no key refers to (interrupted puts)")
    sweep.add_argument("--older-than-hours", type=float, default=1.0, metavar="N")


def _action(actions: argparse._SubParsersAction, name: str, handler: object, text: str,  # type: ignore[type-arg]
            *positionals: str) -> argparse.ArgumentParser:
    """One sub-command: ``positionals`` are ``dest:METAVAR``."""
    parser: argparse.ArgumentParser = actions.add_parser(name, help=text)
    for positional in positionals:
        dest, _, metavar = positional.partition(":")
        parser.add_argument(dest, metavar=metavar)
    parser.set_defaults(func=handler)
    return parser


def _open_store(args: argparse.Namespace) -> EncryptedStore:
    from storage import EncryptedStore, Keyring, SQLiteKeyStore, open_backend

    folder = vault_of_key_file(args.keyring)
    if folder is not None:
        raise CommandError(f"{args.keyring} is the key file of the vault in {folder}: its documents are stored and "
                           f"read through the vault (vault serve), and its keys are in the vault's database")
    with storage_errors("cannot open the store"):
        keyring = Keyring.load(args.keyring)
        # Never create a key store here: a wrong path would look like an empty store.
        keystore = SQLiteKeyStore(keystore_path(args.keyring, args.keystore), create=False)
        return EncryptedStore(open_backend(args.store), keyring=keyring, keystore=keystore)


def _parse_tags(pairs: list[str]) -> dict[str, str]:
    tags: dict[str, str] = {}
    for pair in pairs:
        key, equals, value = pair.partition("=")
        if not equals or not key:
            raise CommandError(f"--tag needs KEY=VALUE, not {pair!r}", exit_code=2)
        tags[key.strip()] = value.strip()
    return tags


def _put(args: argparse.Namespace) -> None:
    tags = _parse_tags(args.tag)
    store = _open_store(args)
    case_id = args.case if args.case is not None else args.object_id
    with storage_errors(f"cannot store {args.object_id}"):
        if args.file == "-":
            info = store.put(args.object_id, sys.stdin.buffer, case_id=case_id, tags=tags)
        else:
            with open(args.file, "rb") as source:
                info = store.put(args.object_id, source, case_id=case_id, tags=tags)
    print(f"stored {info.object_id} ({info.size} bytes) in case {info.case_id}")


def _get(args: argparse.Namespace) -> None:
    store = _open_store(args)
    with storage_errors(f"cannot get {args.object_id}; no output written"):
        size = store.get_file(args.object_id, Path(args.outfile))
    print(f"wrote {args.outfile} ({size} bytes, verified)")


def _tags(args: argparse.Namespace) -> None:
    store = _open_store(args)
    with storage_errors(f"cannot read the tags of {args.object_id}"):
        tags = store.tags(args.object_id)
    print(json.dumps(tags.as_json(), indent=2))


def _set_tags(args: argparse.Namespace) -> None:
    from storage.tags import parse_flags

    changes = _parse_tags(args.tag)
    state = changes.pop("state", None)
    store = _open_store(args)
    with storage_errors(f"cannot change the tags of {args.object_id}"):
        flags = {key: value for key, value in parse_flags(changes).items() if key in changes}
        if flags:
            store.set_flags(args.object_id, return_on_request=flags.get("return-on-request"),
                            keep_on_file=flags.get("keep-on-file"))
        if state is not None:
            store.set_state(args.object_id, state)
        tags = store.tags(args.object_id)
    print(json.dumps(tags.as_json(), indent=2))


def _list(args: argparse.Namespace) -> None:
    store = _open_store(args)
    with storage_errors("cannot list the store"):
        for info in store.list(case_id=args.case):
            print(json.dumps({"object_id": info.object_id, "case_id": info.case_id, "size": info.size,
                              "created": info.created.isoformat()}))


def _shred(args: argparse.Namespace) -> None:
    store = _open_store(args)
    with storage_errors(f"cannot shred {args.object_id}"):
        report = store.shred(args.object_id)
    if report.shredded:
        print(f"shredded {args.object_id}: its key is destroyed")
    else:
        print(f"{args.object_id} was already shredded")
    _warn_leftovers(report.leftovers)


def _shred_case(args: argparse.Namespace) -> None:
    store = _open_store(args)
    with storage_errors(f"cannot shred case {args.case_id}"):
        report = store.shred_case(args.case_id)
    print(f"shredded case {args.case_id}: its key and {len(report.shredded)} object key(s) are destroyed")
    _warn_leftovers(report.leftovers)


def _sweep(args: argparse.Namespace) -> None:
    from datetime import timedelta

    store = _open_store(args)
    with storage_errors("cannot sweep the store"):
        removed = store.sweep_orphans(older_than=timedelta(hours=args.older_than_hours))
    print(f"removed {len(removed)} orphaned object(s)")


def _warn_leftovers(leftovers: tuple[str, ...]) -> None:
    if leftovers:
        print(f"vault: warning: {len(leftovers)} stored object(s) could not be deleted now; they can no longer "
              f"be decrypted, and `vault store ... shred` again or `sweep` removes them later", file=sys.stderr)
