"""The world the access matrix runs in: two families, everything a case can hold, and the cast.

Case A is supported by sam; val (a volunteer) was referred to it with the parent's request covering
the family's details and one document (not the other, not the notes). Case B is supported by bea.
Case A's family use the parent portal: pat (the parent) and kit (the child, 12).
In the ``override`` situation the acting member of staff holds an approved safeguarding override on
case B (approved by a coordinator other than themselves).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date

from family_world import join
from vault_world import OPERATOR, add_staff, family_case, reviewed

from vault.app import Vault
from vault.policy import Actor, Role
from vault.services import (
    ConsentDecision,
    ConsentInput,
    ConsentMethod,
    GrantInput,
    GrantKind,
    NewDocument,
    RecipientKind,
    ReleaseTo,
)

LA = "Northamptonshire County Council SEN team"
CONSENTED_PURPOSE = "EHC needs assessment"


@dataclass
class CaseWorld:
    case_id: str
    shared_doc: str  # in val's referral on case A
    unshared_doc: str
    note: str
    grant: str
    pending_override: str
    return_request: str  # requested, not released
    withdrawable_return: str  # requested, not released (the parent may change their mind)
    released_return: str  # released to the parent, not completed
    released_doc: str
    subject_access: str
    parent: str
    child: str


@dataclass
class World:
    staff: dict[str, Actor]
    a: CaseWorld
    b: CaseWorld
    override: str | None = None  # the acting member of staff's approved override on case B
    secrets: dict[str, bytes] = field(default_factory=dict)  # the family's authenticator apps


def _document(vault: Vault, actor: Actor, case_id: str, title: str) -> str:
    data = f"%PDF-1.4 {title} for the family\n".encode() * 100
    return vault.documents.upload(actor, case_id, io.BytesIO(data), NewDocument(title=title, filename=f"{title}.pdf", content_type="application/pdf")).id


def _case(vault: Vault, supporter: Actor, case_id: str, referred: Actor, coordinator: Actor) -> CaseWorld:
    shared = _document(vault, supporter, case_id, "school-report")
    unshared = _document(vault, supporter, case_id, "paediatric-letter")
    released_doc = _document(vault, supporter, case_id, "ehc-plan")
    kept_doc = _document(vault, supporter, case_id, "tribunal-bundle")
    note = vault.notes.add(supporter, case_id, "Mum worried about the annual review; call back Tuesday.").id
    vault.consents.record(
        supporter,
        case_id,
        ConsentInput(
            recipient_kind=RecipientKind.ORGANISATION,
            recipient=LA,
            purpose=CONSENTED_PURPOSE,
            decision=ConsentDecision.GIVEN,
            method=ConsentMethod.TELEPHONE,
            obtained_on=date(2026, 6, 30),
            method_note="Asked on the phone; parent agreed to share with the SEN team for the assessment.",
        ),
    )
    grant = vault.access.grant(
        supporter,
        case_id,
        GrantInput(
            grantee_id=referred.id,
            request="Parent asked on 30 June that the IPS see the school report and our contact details.",
            kind=GrantKind.REFERRAL,
            include_details=True,
            document_ids=(shared,),
        ),
    ).id
    pending = vault.overrides.request(supporter, case_id, concern="Disclosure by the child at the last meeting.").id
    requested = vault.returns.request(supporter, unshared).id
    withdrawable = vault.returns.request(supporter, kept_doc).id
    released = vault.returns.request(supporter, released_doc).id
    _view, _doc, reader = vault.returns.release(supporter, released, to=ReleaseTo.PARENT)
    reader.close()
    people = vault.cases.details(supporter, case_id).people
    parent = next(p.id for p in people if p.relation == "parent")
    child = next(p.id for p in people if p.relation == "child")
    sar = vault.subject_access.record(supporter, case_id, subject_id=parent, requester_id=parent).id
    reviewed(vault, supporter, sar)
    _ = coordinator
    return CaseWorld(case_id, shared, unshared, note, grant, pending, requested, withdrawable, released, released_doc, sar,
                     parent, child)


def build_world(vault: Vault, *, actor_role: str, situation: str) -> World:
    staff = {
        "sam": add_staff(vault, "sam", Role.PARENTAL_SUPPORTER),
        "bea": add_staff(vault, "bea", Role.PARENTAL_SUPPORTER),
        "newbie": add_staff(vault, "newbie", Role.PARENTAL_SUPPORTER),
        "cora": add_staff(vault, "cora", Role.COORDINATOR),
        "dev": add_staff(vault, "dev", Role.COORDINATOR),
        "val": add_staff(vault, "val", Role.VOLUNTEER),
        "vic": add_staff(vault, "vic", Role.VOLUNTEER),
        "ada": add_staff(vault, "ada", Role.ADMINISTRATOR),
    }
    case_a = family_case(vault, staff["sam"])
    case_b = family_case(vault, staff["bea"], initials="MB", label="Brown family")
    world = World(
        staff=staff,
        a=_case(vault, staff["sam"], case_a, staff["val"], staff["cora"]),
        b=_case(vault, staff["bea"], case_b, staff["vic"], staff["cora"]),
    )
    for username, relation in (("pat", "parent"), ("kit", "child")):
        member = join(vault, vault.core.clock, staff["sam"], case_a, relation=relation, username=username)  # type: ignore[arg-type]
        staff[username] = member.actor
        world.secrets[username] = member.secret
    if situation == "override":
        holder = staff[ACTING[actor_role]]
        approver = staff["dev"] if holder.id == staff["cora"].id else staff["cora"]
        override = vault.overrides.request(holder, case_b, concern="A safeguarding concern raised on the helpline.", hours=4)
        vault.overrides.approve(approver, override.id)
        world.override = override.id
    _ = OPERATOR
    return world


ACTING = {"parental_supporter": "sam", "coordinator": "cora", "volunteer": "val", "administrator": "ada",
          "parent": "pat", "child": "kit"}
