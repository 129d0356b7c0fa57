"""``vault case-study``: case studies from the command line.

Drafting, revising (a confirmed suspect too) and publishing run as jobs: the command asks for the job,
runs a worker in this process while it lasts, shows a progress bar on a terminal and waits, then
prints what the job made (as other job-backed commands do, ``vault.cli._jobs``).

Drafting, reviewing and publishing are done by members of staff, never by the operator (who holds the
key file but reads no family's content), so those commands log in as the member of staff named by
``--as`` (password from a prompt or ``--password-stdin``), exactly as the API would: same policy, same
audit trail. The operator may list publications and export them (``list``, ``get``): they carry
nothing of any family.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault.cli import CommandError
from vault.cli._staff import logged_in as _logged_in
from vault.cli._staff import staff_options as _staff
from vault.cli._jobs import run_here
from vault.cli._vaultdata import add_data_option, opened_vault, operator

if TYPE_CHECKING:
    from vault.app import Vault
    from vault.jobs import JobView
    from vault.policy import Actor


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("case-study", help="draft, review and publish case studies (policy 003)")
    actions = parser.add_subparsers(dest="case_study_action", required=True, metavar="ACTION")

    draft = actions.add_parser("draft", help="draft a case study from a case's documents and notes (the family's supporter)")
    draft.add_argument("case", metavar="CASE", help="the case reference or id")
    draft.add_argument("--title", required=True, help="published as it is: it must identify nobody")
    draft.add_argument("--document", action="append", default=[], metavar="ID", help="a document of the case (repeat)")
    draft.add_argument("--note", action="append", default=[], metavar="ID", help="a note of the case (repeat)")
    draft.add_argument("--all-documents", action="store_true", help="every document the case holds")
    draft.add_argument("--all-notes", action="store_true", help="every note of the case")
    draft.add_argument("--retypeset", action="store_true", help="PDFs re-typeset from their redacted text")
    _additions(draft)
    _staff(draft)
    draft.set_defaults(func=run_draft)

    show = actions.add_parser("show", help="a draft (the supporter) or an accepted case study (a coordinator)")
    show.add_argument("case_study", metavar="CASE_STUDY")
    show.add_argument("--out", type=Path, metavar="DIR", help="also write the redacted renderings (and the report) here")
    show.add_argument("--json", action="store_true", help="print the whole view as JSON")
    _staff(show)
    show.set_defaults(func=run_show)

    revise = actions.add_parser("revise", help="add terms, identifiers or areas, leave items out, and run again")
    revise.add_argument("case_study", metavar="CASE_STUDY")
    revise.add_argument("--area", action="append", default=[], metavar="ITEM:PAGE:x0,y0,x1,y1",
                        help="a box on PDF item ITEM (PDF points, pages from 1)")
    revise.add_argument("--exclude", action="append", default=[], type=int, metavar="ITEM")
    revise.add_argument("--include", action="append", default=[], type=int, metavar="ITEM")
    rendering = revise.add_mutually_exclusive_group()
    rendering.add_argument("--retypeset", dest="retypeset", action="store_const", const=True, default=None)
    rendering.add_argument("--layout", dest="retypeset", action="store_const", const=False, help="keep the PDFs' layout")
    revise.add_argument("--title")
    _additions(revise)
    _staff(revise)
    revise.set_defaults(func=run_revise)

    for name, helptext, func in (
        ("accept", "the supporter's review is done: ready for a coordinator", run_accept),
        ("discard", "drop a draft (its renderings are shredded)", run_discard),
        ("publish", "publish an accepted case study (a coordinator other than the drafter)", run_publish),
    ):
        sub = actions.add_parser(name, help=helptext)
        sub.add_argument("case_study", metavar="CASE_STUDY")
        _staff(sub)
        sub.set_defaults(func=func)

    suspects = actions.add_parser(
        "suspects", help="what the second reader left: list them, or confirm or dismiss one (the supporter on a draft, "
                         "a coordinator on an accepted case study)")
    suspects.add_argument("case_study", metavar="CASE_STUDY")
    decision = suspects.add_mutually_exclusive_group()
    decision.add_argument("--confirm", metavar="ID", help="it identifies someone: removed as a term and run again "
                                                          "(a coordinator: sent back to the supporter)")
    decision.add_argument("--dismiss", metavar="ID", help="it identifies nobody and may stay (recorded and audited)")
    suspects.add_argument("--reason", help="why (needed to dismiss a finding; kept sealed with the case)")
    suspects.add_argument("--json", action="store_true")
    _staff(suspects)
    suspects.set_defaults(func=run_suspects)

    back = actions.add_parser("send-back", help="return an accepted case study to its draft (a coordinator)")
    back.add_argument("case_study", metavar="CASE_STUDY")
    back.add_argument("--reason", required=True)
    _staff(back)
    back.set_defaults(func=run_send_back)

    listing = actions.add_parser("list", help="publications (anyone); a case's case studies (--case) or the queue (--queue)")
    scope = listing.add_mutually_exclusive_group()
    scope.add_argument("--case", metavar="CASE", help="the case studies of this case (log in as its supporter)")
    scope.add_argument("--queue", action="store_true", help="accepted case studies waiting for a coordinator")
    listing.add_argument("--json", action="store_true")
    _staff(listing, required=False)
    listing.set_defaults(func=run_list)

    get = actions.add_parser("get", help="write a publication's parts into a folder (checked against their digests)")
    get.add_argument("publication", metavar="PUBLICATION")
    get.add_argument("--out", type=Path, required=True, metavar="DIR")
    add_data_option(get)
    get.set_defaults(func=run_get)


def _additions(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--term", action="append", default=[], metavar="TEXT", help="remove this wherever it occurs (repeat)")
    parser.add_argument("--identifier", action="append", default=[], metavar="TYPE=VALUE",
                        help="an identifier the case record does not hold, e.g. SCHOOL='Fellside Primary School' (repeat)")


def _identifiers(values: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for value in values:
        kind, sep, text = value.partition("=")
        if not sep or not kind.strip() or not text.strip():
            raise CommandError(f"--identifier {value!r} is not TYPE=VALUE")
        found.setdefault(kind.strip(), []).append(text.strip())
    return found


def run_draft(args: argparse.Namespace) -> None:
    from vault.services import CaseStudyInput

    with opened_vault(args) as vault, _logged_in(vault, args) as actor:
        case_id = vault.cases.resolve(args.case)
        documents = list(args.document) + ([d.id for d in vault.documents.list(actor, case_id)] if args.all_documents else [])
        notes = list(args.note) + ([n.id for n in vault.notes.list(actor, case_id)] if args.all_notes else [])
        job = vault.case_studies.draft(actor, case_id, CaseStudyInput(
            title=args.title, document_ids=tuple(documents), note_ids=tuple(notes),
            identifiers=_identifiers(args.identifier), terms=tuple(args.term), retypeset=args.retypeset))
        view = _ran(vault, actor, job)
    _print_view(view)


def _ran(vault: Vault, actor: Actor, job: JobView) -> Any:
    """Run a draft or revision job here with a progress bar, then the case study it made or changed."""
    final = run_here(vault, actor, job)
    return vault.case_studies.read(actor, str(final.summary["case_study"]))


def run_revise(args: argparse.Namespace) -> None:
    from vault.services import AreaInput, CaseStudyRevision

    areas = []
    for spec in args.area:
        item, sep, rest = spec.partition(":")
        page, sep2, box = rest.partition(":")
        try:
            x0, y0, x1, y1 = (float(part) for part in box.split(","))
            areas.append(AreaInput(int(item), int(page), x0, y0, x1, y1))
        except ValueError:
            raise CommandError(f"--area {spec!r} is not ITEM:PAGE:x0,y0,x1,y1") from None
        if not (sep and sep2):
            raise CommandError(f"--area {spec!r} is not ITEM:PAGE:x0,y0,x1,y1")
    change = CaseStudyRevision(terms=tuple(args.term), identifiers=_identifiers(args.identifier), areas=tuple(areas),
                               exclude=tuple(args.exclude), include=tuple(args.include), retypeset=args.retypeset, title=args.title)
    with opened_vault(args) as vault, _logged_in(vault, args) as actor:
        view = _ran(vault, actor, vault.case_studies.revise(actor, args.case_study, change))
    _print_view(view)


def run_show(args: argparse.Namespace) -> None:
    from vault.policy import Role

    with opened_vault(args) as vault, _logged_in(vault, args) as actor:
        if actor.role is Role.COORDINATOR:
            shown: Any = vault.publishing.review(actor, args.case_study)
            positions = [item["position"] for item in shown.items]
        else:
            shown = vault.case_studies.read(actor, args.case_study)
            positions = [item.position for item in shown.items if item.status == "ready"]
        written = _write_renderings(vault, actor, args, positions) if args.out else []
    if args.json:
        print(json.dumps(dataclasses.asdict(shown), indent=2, default=str, ensure_ascii=False))
    elif actor.role is Role.COORDINATOR:
        print(f"case study {shown.id}  {shown.title!r}  accepted, revision {shown.revision}; {shown.consent_note}")
        for item in shown.items:
            print(f"  {item['position']:>2}  {item['output_kind']:<5} {item['size']:>9} bytes  {_counts(item['counts'])}")
        _print_suspects(shown.suspects, side="publisher")
    else:
        _print_view(shown)
    for path in written:
        print(f"wrote {path}")


def _write_renderings(vault: Vault, actor: Actor, args: argparse.Namespace, positions: list[int]) -> list[Path]:
    args.out.mkdir(parents=True, exist_ok=True)
    written = []
    for position in positions:
        rendering = vault.case_studies.rendering(actor, args.case_study, position)
        path = args.out / rendering.filename
        path.write_bytes(rendering.data)
        written.append(path)
    return written


def run_accept(args: argparse.Namespace) -> None:
    with opened_vault(args) as vault, _logged_in(vault, args) as actor:
        view = vault.case_studies.accept(actor, args.case_study)
    print(f"accepted case study {view.id} (revision {view.revision}): a coordinator other than you publishes it")


def run_discard(args: argparse.Namespace) -> None:
    with opened_vault(args) as vault, _logged_in(vault, args) as actor:
        view = vault.case_studies.discard(actor, args.case_study)
    print(f"discarded case study {view.id}; its renderings were shredded")


def run_send_back(args: argparse.Namespace) -> None:
    with opened_vault(args) as vault, _logged_in(vault, args) as actor:
        view = vault.publishing.send_back(actor, args.case_study, reason=args.reason)
    print(f"case study {view.id} went back to its draft")


def run_suspects(args: argparse.Namespace) -> None:
    from vault.policy import Role

    with opened_vault(args) as vault, _logged_in(vault, args) as actor:
        publisher = actor.role is Role.COORDINATOR
        side: Any = vault.publishing if publisher else vault.case_studies
        done: Any = None
        if args.confirm and publisher:
            done = vault.publishing.confirm(actor, args.case_study, args.confirm, reason=args.reason)
        elif args.confirm:
            done = _ran(vault, actor, vault.case_studies.confirm(actor, args.case_study, args.confirm))
        elif args.dismiss:
            done = side.dismiss(actor, args.case_study, args.dismiss, reason=args.reason)
        shown = side.suspects(actor, args.case_study) if done is None else None
    if done is not None:
        if args.json:
            print(json.dumps(dataclasses.asdict(done), indent=2, default=str, ensure_ascii=False))
        elif hasattr(done, "items"):  # the supporter confirmed: the case study ran again
            print(f"confirmed {args.confirm}: removed as a term; the case study ran again")
            _print_view(done)
        elif args.confirm:
            print(f"confirmed {args.confirm}: case study {args.case_study} went back to its supporter")
        else:
            print(f"dismissed {args.dismiss} ({done.kind} {done.text!r} in item {done.item})")
        return
    if args.json:
        print(json.dumps([dataclasses.asdict(entry) for entry in shown or []], indent=2, default=str, ensure_ascii=False))
    else:
        _print_suspects(shown or [], side="publisher" if actor.role is Role.COORDINATOR else "supporter", empty=True)


def _print_suspects(entries: list[Any], *, side: str, empty: bool = False) -> None:
    """What the second reader left, one line each: id, item, kind, text, why, where, the decisions."""
    if not entries:
        if empty:
            print("the second reader left nothing to decide")
        return
    undecided = sum(1 for entry in entries if getattr(entry, side) is None)
    print(f"what the second reader left ({undecided} of {len(entries)} undecided by the {side}):")
    for entry in entries:
        where = entry.location or ""
        if entry.page is not None and entry.box:
            where += f" (page {entry.page}, box {', '.join(f'{v:g}' for v in entry.box)})"
        why = entry.reason if entry.kind == "suspect" else f"finding: {entry.type}"
        print(f"  {entry.id}  item {entry.item}  {entry.text!r}  {why}  {where}".rstrip())
        for who in ("supporter", "publisher"):
            decided = getattr(entry, who)
            if decided is not None:
                because = f": {decided['reason']}" if decided.get("reason") else ""
                print(f"      {who}: {decided['decision']} {decided['at'][:16]}{because}")


def run_publish(args: argparse.Namespace) -> None:
    with opened_vault(args) as vault, _logged_in(vault, args) as actor:
        final = run_here(vault, actor, vault.publishing.publish(actor, args.case_study))
        publication = vault.publications.describe(actor, str(final.summary["publication"]))
    print(f"published {publication.id}  {publication.title!r}  ({len(publication.parts)} parts)")


def run_list(args: argparse.Namespace) -> None:
    if (args.case or args.queue) and not args.as_user:
        raise CommandError("--case and --queue need --as USERNAME (a member of staff)")
    with opened_vault(args) as vault:
        if args.case or args.queue:
            with _logged_in(vault, args) as actor:
                rows: list[Any] = (vault.case_studies.list(actor, vault.cases.resolve(args.case)) if args.case
                                   else vault.publishing.queue(actor))
        elif args.as_user:
            with _logged_in(vault, args) as actor:
                rows = vault.publications.list(actor)
        else:
            rows = vault.publications.list(operator())
    if args.json:
        print(json.dumps([dataclasses.asdict(row) for row in rows], indent=2, default=str, ensure_ascii=False))
        return
    if not rows:
        print("nothing to list")
    for row in rows:
        if hasattr(row, "published_at"):
            print(f"{row.id}  {row.published_at:%Y-%m-%d}  {len(row.parts)} parts  {row.title}")
        elif hasattr(row, "drafted_at"):
            print(f"{row.id}  {row.state:<9} rev {row.revision}  {row.ready} ready, {row.failed} failed  consent {row.consent}  {row.title}")
        else:
            print(f"{row.id}  rev {row.revision}  {len(row.items)} parts  consent {row.consent}  {row.title}")


def run_get(args: argparse.Namespace) -> None:
    with opened_vault(args) as vault:
        actor = operator()
        publication = vault.publications.describe(actor, args.publication)
        args.out.mkdir(parents=True, exist_ok=True)
        for part in publication.parts:
            shown = vault.publications.part(actor, publication.id, part.position)
            (args.out / shown.filename).write_bytes(shown.data)
            print(f"wrote {args.out / shown.filename}")


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{kind} {count}" for kind, count in sorted(counts.items())) or "nothing found"


def _print_view(view: Any) -> None:
    print(f"case study {view.id}  {view.title!r}  {view.state}, revision {view.revision}; {view.consent_note}")
    for item in view.items:
        what = f"{item.source_kind} {item.source_title or item.source_id}"
        line = f"  {item.position:>2}  {item.status:<8} {what}"
        if item.status == "ready":
            line += f"  -> {item.output_kind}: {_counts(item.counts)}"
        elif item.reason:
            line += f"  ({item.reason})"
        print(line)
    if view.pseudonyms:
        print("pseudonyms: " + "; ".join(f"{p['text']} -> {p['label']}" for p in view.pseudonyms))
    if view.verification_terms:
        print("also removed after verification found them: " + "; ".join(view.verification_terms))
    _print_suspects(view.suspects, side="supporter")
