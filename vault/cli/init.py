"""``vault init``: a new vault in a data folder (key file, settings, object folder, database)."""

from __future__ import annotations

import argparse

from vault.cli._vaultdata import add_data_option, data_dir, vault_errors


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "init",
        help="create a vault in a data folder (refuses to overwrite one)",
        description="Create a vault: key file (mode 0600), settings, local encrypted object store and an "
        "SQLite database in DIR, or the PostgreSQL database / S3 store given.",
    )
    add_data_option(parser)
    parser.add_argument("--database-url", metavar="URL", help="e.g. postgresql+psycopg://vault@db/vault (default: SQLite in DIR)")
    parser.add_argument("--store-url", metavar="URL", help="e.g. s3://bucket?endpoint=host:port&secure=true (default: DIR/objects)")
    parser.add_argument("--published-store-url", metavar="URL",
                        help="where published case studies go, apart from the families' store (default: DIR/published)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> None:
    from vault.datadir import create_data_dir

    with vault_errors():
        settings = create_data_dir(
            data_dir(args),
            database_url=args.database_url,
            store_url=args.store_url,
            published_store_url=args.published_store_url,
        )
    print(f"vault created in {settings.data_dir}")
    print(f"  key file  {settings.key_file} (keep a copy somewhere safe: without it nothing can be read)")
    print(f"  next      vault user add NAME --role administrator --data {settings.data_dir}")
