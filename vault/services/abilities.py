"""Questions a page asks before it offers something: may this actor do these things to this case?
And the display names of colleagues (who supports a case).

Pages never decide access themselves: they ask here, and the policy answers, as it will when the
action is taken (which checks again). Asking reads nothing of a family, so nothing is audited; a case
that does not exist, or was destroyed, answers with nothing allowed.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from vault.db.models import Case, Staff
from vault.policy import Action, Actor, Target, TargetKind
from vault.services._work import Core, is_id
from vault.services.states import CaseStatus

__all__ = ["AbilityService"]


class AbilityService:
    def __init__(self, core: Core) -> None:
        self._core = core

    def on_case(self, actor: Actor, case_id: str, actions: Iterable[Action]) -> frozenset[Action]:
        """The actions of ``actions`` the policy would let ``actor`` take on the case now."""
        if not is_id(case_id):
            return frozenset()
        with self._core.read(actor) as work:
            case = work.session.get(Case, case_id)
            if case is None or case.status == CaseStatus.DESTROYED:
                return frozenset()
            target = Target(TargetKind.CASE, case.id, case.id)
            return frozenset(action for action in actions if work.decide(action, target).allowed)

    def on_service(self, actor: Actor, actions: Iterable[Action]) -> frozenset[Action]:
        """The service-wide actions (reports, lists) of ``actions`` the policy lets ``actor`` take."""
        with self._core.read(actor) as work:
            return frozenset(action for action in actions if work.decide(action, Target.service()).allowed)

    def staff_names(self, actor: Actor, staff_ids: Iterable[str]) -> dict[str, str]:
        """Colleagues' display names by id (ids that name nobody are left out)."""
        wanted = sorted({staff_id for staff_id in staff_ids if is_id(staff_id)})
        with self._core.read(actor) as work:
            work.authorize(Action.STAFF_DIRECTORY, Target(TargetKind.STAFF))
            if not wanted:
                return {}
            rows = work.session.execute(select(Staff.id, Staff.display_name).where(Staff.id.in_(wanted)))
            return {staff_id: name for staff_id, name in rows}
