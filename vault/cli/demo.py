"""``vault demo``: the vault's promises shown end to end on a fictional family (the README's first command).

It creates an embedded vault (SQLite, local encrypted store, key file) in a data folder, opens a case
for the Whitfield family from ``samples/``, records their consent, stores their papers encrypted,
shares under consent and is refused without it, shows a coordinator's read refused, returns a
document at the parent's request (and destroys the vault copy), and checks the audit chain. Every
step goes through the same services the API uses, so each is checked by the one access policy.
"""

from __future__ import annotations

import argparse
import hashlib
import mimetypes
import secrets
import shutil
from datetime import timedelta
from pathlib import Path

from vault.cli import CommandError
from vault.cli._vaultdata import vault_errors

DEMO_MARKER = ".vault-demo"
DEFAULT_DEMO_DIR = Path("vault-demo")

# The samples: file, title, and whether the parent expects it back when asked.
SAMPLE_DOCUMENTS = (
    ("ehc-plan-excerpt.pdf", "Draft EHC plan, sections A, B and F", True),
    ("school-report.pdf", "End of year school report 2025", False),
    ("paediatric-letter.pdf", "Community paediatrics clinic letter", True),
    ("call-note.txt", "Telephone note, 6 October 2025", False),
)
CONSENT_FORM = ("consent-form.pdf", "Signed consent to share (in person)")
RETURNED_SAMPLE = "paediatric-letter.pdf"


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "demo",
        help="run the vault end to end on a fictional family (embedded defaults)",
        description="Create an embedded vault in DIR and walk through a family's case: documents stored "
        "encrypted, consent recorded, sharing allowed and refused, a document returned on request, the "
        "audit chain checked. Re-running replaces a folder an earlier demo made, and nothing else.",
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DEMO_DIR, metavar="DIR",
                        help=f"folder for the demo vault (default: ./{DEFAULT_DEMO_DIR})")
    parser.add_argument("--samples", type=Path, default=None, metavar="DIR",
                        help="folder of sample documents (default: the repository's samples/)")
    parser.add_argument("--serve", action="store_true",
                        help="then serve the web interface on 127.0.0.1 and print the URL and the demo sign-ins")
    parser.add_argument("--port", type=int, default=8000, help="with --serve: the port (default 8000)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> None:
    samples = _samples_dir(args.samples)
    if args.serve:
        from vault.cli._demo_web import check_assets

        check_assets()
    data = _fresh_demo_dir(args.data)
    passwords = _demo_passwords() if args.serve else None
    with vault_errors():
        _walk_through(data, samples, passwords)
    if args.serve:
        from vault.cli._demo_web import serve_demo

        serve_demo(data / "vault", passwords or {}, port=args.port)


def _demo_passwords() -> dict[str, str]:
    """Fresh for every demo (printed when it is served): a demo is never a known password away."""
    return {username: f"demo-{secrets.token_urlsafe(9)}" for username in ("priya", "sam", "bea", "dev", "ada")}


def _samples_dir(chosen: Path | None) -> Path:
    folder = chosen or Path(__file__).resolve().parents[2] / "samples"
    needed = [name for name, _title, _back in SAMPLE_DOCUMENTS] + [CONSENT_FORM[0]]
    missing = [name for name in needed if not (folder / name).is_file()]
    if missing:
        raise CommandError(f"sample documents not found in {folder}: {', '.join(missing)} (pass --samples DIR)")
    return folder


def _fresh_demo_dir(data: Path) -> Path:
    """A new demo folder; an earlier demo's folder (it carries a marker) is replaced, anything else kept."""
    if data.exists():
        if not (data / DEMO_MARKER).is_file():
            raise CommandError(f"{data} exists and was not made by 'vault demo'; choose another --data folder")
        shutil.rmtree(data)
    data.mkdir(parents=True, mode=0o700)
    (data / DEMO_MARKER).write_text("made by 'vault demo'; safe to delete\n")
    return data


def _say(step: str, text: str) -> None:
    print(f"{step:>3}  {text}")


def _walk_through(data: Path, samples: Path, passwords: dict[str, str] | None = None) -> None:
    from datetime import date

    from vault.app import open_vault
    from vault.datadir import create_data_dir
    from vault.errors import VaultError
    from vault.policy import Actor, Role
    from vault.settings import Rules
    from vault.services import (
        ConsentDecision,
        ConsentInput,
        ConsentMethod,
        DisclosureInput,
        NewCase,
        NewDocument,
        PersonInput,
        RecipientKind,
        Relation,
        ReleaseTo,
    )

    vault_dir = data / "vault"
    # Served, the demo is for a person trying the pages who may have no authenticator app to hand: its
    # settings ask for a code only from those who set one up (the sign-in page says so, and offers it).
    rules = Rules(require_second_factor=False) if passwords is not None else None
    settings = create_data_dir(vault_dir, rules=rules)
    _say("1.", f"Created an embedded vault in {vault_dir}: SQLite metadata, encrypted object store, key file (mode 0600)")
    if rules is not None:
        _say("", "For the web interface its settings set require_second_factor to false: a password signs in, "
                 "and anyone may set up an authenticator app (a real vault asks everyone for one)")
    vault = open_vault(settings)
    try:
        operator = Actor.operator("demo")
        dbs_checked_on = vault.core.clock.now().date() - timedelta(days=200)  # a family is assigned only after one
        staff = {}
        for username, role, name in (
            ("priya", Role.COORDINATOR, "Priya Shah (coordinator)"),
            ("sam", Role.PARENTAL_SUPPORTER, "Sam Ellis (parental supporter)"),
        ):
            password = (passwords or {}).get(username) or secrets.token_urlsafe(16)
            view = vault.staff.add(operator, username=username, role=role, password=password, display_name=name,
                                   dbs_checked_on=dbs_checked_on)
            staff[username] = Actor(id=view.id, role=Role(view.role), name=view.username)
        sam, priya = staff["sam"], staff["priya"]
        _say("2.", "Added staff: Priya (coordinator) and Sam (parental supporter); passwords hashed with Argon2")

        case = vault.cases.open(
            sam,
            NewCase(
                need="Autistic spectrum disorder",
                details_consent=True,
                label="Whitfield family",
                school_phase="Primary",
                people=(
                    PersonInput(Relation.PARENT, "SW", name="Sarah Whitfield", phone="07700 900123",
                                address="27 Meadow Lane, Kendal LA9 4QX"),
                    PersonInput(Relation.CHILD, "LW", birth_date=date(2014, 3, 14), name="Leo Whitfield"),
                ),
            ),
        )
        _say("3.", f"Sam opened case {case.reference} for the Whitfield family (Sarah agreed that her details may be kept; "
                   "names, address and phone are sealed with the case's own key)")

        stored = {}
        for filename, title, give_back in (*SAMPLE_DOCUMENTS, (*CONSENT_FORM, False)):
            path = samples / filename
            content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
            with path.open("rb") as source:
                document = vault.documents.upload(
                    sam, case.id, source,
                    NewDocument(title=title, filename=filename, content_type=content_type, return_on_request=give_back),
                    length=path.stat().st_size,
                )
            stored[filename] = document
            flag = "  [return on request]" if give_back else ""
            _say("", f"stored {filename} ({document.size:,} bytes) as document {document.id}{flag}")
        _say("4.", f"{len(stored)} documents stored: chunked AES-256-GCM, one data key each, wrapped by the case key")

        form = stored[CONSENT_FORM[0]]
        vault.consents.record(sam, case.id, ConsentInput(
            recipient_kind=RecipientKind.ORGANISATION, recipient="Fellside Primary School",
            decision=ConsentDecision.RESTRICTED, roles=("SENCo",), purpose="annual review",
            method=ConsentMethod.IN_PERSON, form_document_id=form.id,
            obtained_on=date(2025, 10, 2), review_on=date(2026, 3, 31)))
        vault.consents.record(sam, case.id, ConsentInput(
            recipient_kind=RecipientKind.ORGANISATION, recipient="Local authority SEN casework team",
            decision=ConsentDecision.REFUSED, method=ConsentMethod.IN_PERSON, form_document_id=form.id,
            obtained_on=date(2025, 10, 2), review_on=date(2026, 3, 31)))
        _say("5.", "Recorded Sarah's consent from the signed form: the school, SENCo only, for the annual review; "
                   "the LA casework team refused; review due 31 March 2026")

        shared = vault.disclosures.disclose(sam, case.id, DisclosureInput(
            organisation="Fellside Primary School", recipient_role="SENCo", purpose="annual review",
            shared="EHC plan section F, to prepare the annual review",
            document_ids=(stored["ehc-plan-excerpt.pdf"].id,)))
        _say("6.", f"Shared the EHC plan with the school's SENCo under that consent (disclosure {shared.id})")
        try:
            vault.disclosures.disclose(sam, case.id, DisclosureInput(
                organisation="Local authority SEN casework team", purpose="annual review",
                shared="school report"))
        except VaultError as refused:
            _say("", f"sharing with the LA casework team was refused: {refused}")
        else:
            raise CommandError("the vault shared without consent: the demo found a defect")

        try:
            vault.documents.open(priya, stored["school-report.pdf"].id)
        except VaultError as denied:
            _say("7.", f"Priya (coordinator, not the family's supporter) asked to read the school report: {denied} "
                       "(recorded as 'denied', nothing 'viewed')")
        else:
            raise CommandError("a coordinator read case content without a reason: the demo found a defect")

        letter = stored[RETURNED_SAMPLE]
        request = vault.returns.request(sam, letter.id)
        returned_dir = data / "returned-to-parent"
        returned_dir.mkdir()
        out = returned_dir / RETURNED_SAMPLE
        _request, _view, reader = vault.returns.release(sam, request.id, to=ReleaseTo.PARENT)
        with reader, out.open("wb") as sink:
            shutil.copyfileobj(reader, sink, 256 * 1024)
        same = _sha256(out) == _sha256(samples / RETURNED_SAMPLE)
        completed = vault.returns.complete(sam, request.id)
        _say("8.", f"Sarah asked for the clinic letter back: released to {out} "
                   f"({'identical to the original' if same else 'DIFFERENT from the original'}); "
                   f"vault copy {completed.outcome} (key shredded, stored bytes deleted)")
        if not same:
            raise CommandError("the returned document differs from what was stored")
        try:
            vault.documents.open(sam, letter.id)
        except VaultError as gone:
            _say("", f"reading it again: {gone}")

        objects = sorted(p.name for p in (vault_dir / "objects").rglob("*") if p.is_file())
        _say("9.", f"What a storage administrator sees: {len(objects)} opaque files, e.g. {objects[0] if objects else '-'}"
                   " (no names, no titles, no family)")

        if passwords is not None:
            from vault.cli._demo_web import more_to_see

            more_to_see(vault, operator, sam, priya, stored, passwords)
        report = vault.audit.verify(operator)
        _say("10.", f"Audit log checked: {report.summary()}")
        if not report.ok:
            raise CommandError("the audit chain is broken")
    finally:
        vault.close()
    if passwords is None:
        print(f"\nDone. Serve this vault with: vault serve --data {vault_dir} --port 8000 "
              f"(or run the demo again with --serve to sign in to the web interface)")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
