"""``vault search reindex``: (re)build the case search index from every case's sealed fields."""

from __future__ import annotations

import argparse

from vault.cli._vaultdata import add_data_option, opened_vault, operator


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("search", help="the case search index (keyed digests of names and postcodes)")
    actions = parser.add_subparsers(dest="search_action", required=True, metavar="ACTION")
    reindex = actions.add_parser(
        "reindex",
        help="index every case again (after the upgrade that added search, or a restore)",
        description="Index every case's family label, people's names and postcodes again from their sealed "
        "fields. Safe while `vault serve` runs. With --new-key a fresh index key is made and the old key "
        "and its digests are deleted once every case is indexed under the new one.",
    )
    reindex.add_argument("--new-key", action="store_true", help="replace the index key (and every digest)")
    add_data_option(reindex)
    reindex.set_defaults(func=run_reindex)


def run_reindex(args: argparse.Namespace) -> None:
    with opened_vault(args) as vault:
        result = vault.search.reindex(operator(), new_key=args.new_key)
    key = "a new index key" if result.new_key else "the index key"
    print(f"indexed {result.cases} case(s) under {key} (generation {result.generation}): {result.tokens} token(s)")
