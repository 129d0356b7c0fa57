"""``vault subject-access``: deadlines (``due``, the operator's report), and answering a request as the
member of staff who supports the family (``--as``): ``review`` (the redaction engine marks other
people's information, as a job run here), ``items``, ``decide``, ``extend``, ``release`` (the reviewed
response built once and kept, as a job), ``archive`` (the reviewed response to a file, for handing
over) and ``hand-over`` (the request is fulfilled when it is delivered)."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path

from vault.cli import CommandError
from vault.cli._staff import logged_in, staff_options
from vault.cli._vaultdata import add_data_option, opened_vault, operator


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("subject-access", help="subject access requests: deadlines, review, delivery")
    actions = parser.add_subparsers(dest="sar_action", required=True, metavar="ACTION")
    due = actions.add_parser("due", help="list requests not yet answered, soonest deadline first")
    add_data_option(due)
    due.set_defaults(func=run)

    review = actions.add_parser("review", help="find other people's information in the response (again after changes)")
    review.add_argument("request", metavar="REQUEST")
    staff_options(review)
    review.set_defaults(func=run_review)

    items = actions.add_parser("items", help="the review's items and their decisions")
    items.add_argument("request", metavar="REQUEST")
    items.add_argument("--json", action="store_true")
    staff_options(items)
    items.set_defaults(func=run_items)

    decide = actions.add_parser("decide", help="redact or keep an item of the review, with a reason")
    decide.add_argument("request", metavar="REQUEST")
    decide.add_argument("number", type=int, metavar="ITEM")
    choice = decide.add_mutually_exclusive_group(required=True)
    choice.add_argument("--redact", dest="decision", action="store_const", const="redact")
    choice.add_argument("--keep", dest="decision", action="store_const", const="keep")
    decide.add_argument("--reason", required=True)
    decide.add_argument("--everywhere", action="store_true", help="also every undecided item with the same text")
    staff_options(decide)
    decide.set_defaults(func=run_decide)

    extend = actions.add_parser("extend", help="extend a complex request's deadline by 1 or 2 further months")
    extend.add_argument("request", metavar="REQUEST")
    extend.add_argument("--months", type=int, choices=(1, 2), required=True)
    extend.add_argument("--reason", required=True)
    staff_options(extend)
    extend.set_defaults(func=run_extend)

    release = actions.add_parser("release", help="build the reviewed response once and keep it for delivery (a job)")
    release.add_argument("request", metavar="REQUEST")
    release.add_argument("--include-safeguarding", action="store_true")
    staff_options(release)
    release.set_defaults(func=run_release)

    archive = actions.add_parser("archive", help="write the reviewed response (ZIP) to a file, for handing over")
    archive.add_argument("request", metavar="REQUEST")
    archive.add_argument("--out", type=Path, required=True, metavar="FILE")
    archive.add_argument("--include-safeguarding", action="store_true")
    archive.add_argument("--released", action="store_true", help="the response kept by `release`, exactly as built")
    staff_options(archive)
    archive.set_defaults(func=run_archive)

    hand_over = actions.add_parser("hand-over", help="record that the response was delivered (fulfils the request)")
    hand_over.add_argument("request", metavar="REQUEST")
    hand_over.add_argument("--note", required=True, help="how and to whom (in person, by post ...)")
    staff_options(hand_over)
    hand_over.set_defaults(func=run_hand_over)


def run(args: argparse.Namespace) -> None:
    with opened_vault(args) as vault:
        outstanding = vault.subject_access.outstanding(operator())
    if not outstanding:
        print("no subject access request is outstanding")
    for item in outstanding:
        print(f"{item.due_on}  {item.status:<8} case {item.case_reference}  received {item.received_on}  "
              f"({item.days_left} days left; review {item.review}, {item.undecided} undecided)")


def run_review(args: argparse.Namespace) -> None:
    from vault.cli._jobs import run_here
    from vault.jobs.bodies.subject_access import request_subject_access_review

    with opened_vault(args) as vault, logged_in(vault, args) as actor:
        job = run_here(vault, actor, request_subject_access_review(vault, actor, args.request))
    print(f"review of {args.request}: {job.summary['items']} item(s), {job.summary['undecided']} to decide "
          f"(read {job.summary['sources']} text(s)); list them with `vault subject-access items {args.request}`")


def run_items(args: argparse.Namespace) -> None:
    with opened_vault(args) as vault, logged_in(vault, args) as actor:
        items = vault.subject_access.items(actor, args.request)
    if args.json:
        print(json.dumps([asdict(i) for i in items], indent=2, default=str, ensure_ascii=False))
        return
    if not items:
        print("the review found nothing about other people (or has not been run)")
    for item in items:
        decided = f"{item.decision} ({item.reason})" if item.decision else "UNDECIDED"
        print(f"{item.number:>3}. {item.type:<13} {item.text!r} in {item.where}: {decided}\n     {item.context}")


def run_decide(args: argparse.Namespace) -> None:
    with opened_vault(args) as vault, logged_in(vault, args) as actor:
        item = vault.subject_access.decide(actor, args.request, args.number, decision=args.decision, reason=args.reason,
                                           everywhere=args.everywhere)
    print(f"item {item.number} ({item.text!r}): {item.decision}")


def run_extend(args: argparse.Namespace) -> None:
    with opened_vault(args) as vault, logged_in(vault, args) as actor:
        view = vault.subject_access.extend(actor, args.request, months=args.months, reason=args.reason)
    print(f"due on {view.due_on} (extended by {view.extended_months} month(s) in all)")


def run_release(args: argparse.Namespace) -> None:
    from vault.cli._jobs import run_here
    from vault.jobs.bodies.subject_access import request_subject_access_release

    with opened_vault(args) as vault, logged_in(vault, args) as actor:
        run_here(vault, actor, request_subject_access_release(vault, actor, args.request,
                                                              include_safeguarding=args.include_safeguarding))
        view = vault.subject_access.get(actor, args.request)
    print(f"released: SHA-256 {view.released_sha256}; write it with `vault subject-access archive {args.request} --released --out FILE`")


def run_archive(args: argparse.Namespace) -> None:
    if args.out.exists():
        raise CommandError(f"{args.out} exists already: choose a new file")
    with opened_vault(args) as vault, logged_in(vault, args) as actor:
        if args.released:
            made = vault.subject_access.released(actor, args.request)
        else:
            made = vault.subject_access.export(actor, args.request, include_safeguarding=args.include_safeguarding)
        partial = args.out.with_name(args.out.name + ".part")
        try:
            with partial.open("xb") as out:
                for chunk in made.chunks:
                    out.write(chunk)
            partial.rename(args.out)
        finally:
            partial.unlink(missing_ok=True)
    print(f"wrote {args.out} ({made.filename}); record its delivery with `vault subject-access hand-over`")


def run_hand_over(args: argparse.Namespace) -> None:
    with opened_vault(args) as vault, logged_in(vault, args) as actor:
        view = vault.subject_access.hand_over(actor, args.request, note=args.note)
    print(f"request {view.id} fulfilled ({view.delivered_how}, {view.fulfilled_at:%Y-%m-%d %H:%M})")
