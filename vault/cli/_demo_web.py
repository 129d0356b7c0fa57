"""``vault demo --serve``: a little more for the web interface to show, then the server.

After the walk-through the demo adds what makes the dashboard worth opening (a second family with
its own supporter, a subject access request and a return waiting, a safeguarding override waiting
for a second coordinator) and serves the web interface on 127.0.0.1 until interrupted.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from vault.cli import CommandError

__all__ = ["DEMO_STAFF", "check_assets", "more_to_see", "serve_demo"]

DEMO_STAFF = (
    ("sam", "Sam Ellis", "parental supporter of the Whitfield family"),
    ("bea", "Bea Okafor", "parental supporter of the Okonkwo family"),
    ("priya", "Priya Shah", "coordinator"),
    ("dev", "Dev Patel", "coordinator (approves Priya's override)"),
    ("ada", "Ada Lovell", "administrator (staff, roles and DBS checks)"),
)


def check_assets() -> None:
    from vault.web import assets_built

    if not assets_built():
        raise CommandError("the web interface's assets are not built: run scripts/install (or scripts/build-web)")


def more_to_see(vault: Any, operator: Any, sam: Any, priya: Any, stored: dict[str, Any], passwords: dict[str, str]) -> None:
    from vault.policy import Actor, Role
    from vault.services import NewCase, PersonInput, Relation

    added = {}
    checked = vault.core.clock.now().date() - timedelta(days=300)
    for username, role, name in (("bea", Role.PARENTAL_SUPPORTER, "Bea Okafor"), ("dev", Role.COORDINATOR, "Dev Patel"),
                                 ("ada", Role.ADMINISTRATOR, "Ada Lovell")):
        view = vault.staff.add(operator, username=username, role=role, password=passwords[username], display_name=name,
                               dbs_checked_on=checked)
        added[username] = Actor(id=view.id, role=Role(view.role), name=view.username)
    other = vault.cases.open(added["bea"], NewCase(
        need="Speech, language and communication needs", details_consent=True, label="Okonkwo family",
        school_phase="Secondary",
        people=(PersonInput(Relation.PARENT, "AO", name="Adaeze Okonkwo", address="3 Quarry Row, Leeds LS6 2AB"),
                PersonInput(Relation.CHILD, "CO", birth_date=date(2012, 9, 3), name="Chidi Okonkwo")),
    ))
    whitfield = vault.documents.describe(sam, stored["school-report.pdf"].id).case_id
    people = vault.cases.details(sam, whitfield).people
    parent = next(p for p in people if p.relation == "parent")
    child = next(p for p in people if p.relation == "child")
    today = vault.core.clock.now().date()
    vault.subject_access.record(sam, whitfield, subject_id=child.id, requester_id=parent.id,
                                received_on=today - timedelta(days=9), child_agreed=True)
    vault.returns.request(sam, stored["ehc-plan-excerpt.pdf"].id)
    from vault.services import ConsentDecision, ConsentInput, ConsentMethod, RecipientKind
    from vault.services.case_studies import PURPOSE

    vault.consents.record(sam, whitfield, ConsentInput(  # so a case study can be drafted from their papers
        recipient_kind=RecipientKind.ANYONE, purpose=PURPOSE, decision=ConsentDecision.GIVEN,
        method=ConsentMethod.LETTER, obtained_on=today - timedelta(days=20)))
    vault.overrides.request(priya, other.id, concern="A school reported bruising; the supporter is on leave", hours=24)
    print("     For the web interface: the Okonkwo family (Bea's), a subject access request and a return "
          "waiting for Sam, Sarah's consent to case studies, and an override Priya asked for, waiting for Dev")


def serve_demo(vault_dir: Path, passwords: dict[str, str], *, port: int) -> None:
    import uvicorn

    from vault.api.worker import serving_app
    from vault.app import open_vault
    from vault.settings import Settings

    vault = open_vault(Settings.load(vault_dir))
    url = f"http://127.0.0.1:{port}/web/"
    print(f"\nThe web interface: {url}\nSign in as:")
    for username, name, what in DEMO_STAFF:
        print(f"  {username:<6} password {passwords[username]:<20} {name}, {what}")
    print("Stop with Ctrl+C. The demo vault stays in", vault_dir, flush=True)
    try:
        uvicorn.run(serving_app(vault), host="127.0.0.1", port=port, log_level="warning")
    finally:
        vault.close()
