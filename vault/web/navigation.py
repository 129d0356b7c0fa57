"""The service navigation, by role: each role sees the journeys it has."""

from __future__ import annotations

from typing import Any

from vault.policy import FAMILY_ROLES, Role
from vault.web.i18n import gettext as _

__all__ = ["navigation"]

PREFIX = "/web"


def navigation(role: Role, current: str) -> list[dict[str, Any]]:
    if role in FAMILY_ROLES:  # the parent portal (vault.web.routes.family)
        family = [("family", _("Home"), f"{PREFIX}/family/"), ("upload", _("Send a document"), f"{PREFIX}/family/upload")]
        if role is Role.PARENT:
            family.append(("consents", _("Sharing"), f"{PREFIX}/family/consents"))
        family.append(("information", _("Your information"), f"{PREFIX}/family/my-information"))
        return [{"key": key, "text": text, "href": href, "current": key == current} for key, text, href in family]
    items: list[tuple[str, str, str]] = [("dashboard", _("Dashboard"), f"{PREFIX}/")]
    if role in (Role.PARENTAL_SUPPORTER, Role.VOLUNTEER):
        items += [("cases", _("My cases"), f"{PREFIX}/cases"),
                  ("enquiries", _("Enquiries"), f"{PREFIX}/enquiries"),
                  ("overrides", _("Safeguarding"), f"{PREFIX}/overrides/new")]
    elif role is Role.COORDINATOR:
        items += [("cases", _("Cases"), f"{PREFIX}/cases"),
                  ("case-studies", _("Case studies to publish"), f"{PREFIX}/case-studies/queue"),
                  ("overrides", _("Safeguarding"), f"{PREFIX}/overrides"),
                  ("enquiries", _("Enquiries"), f"{PREFIX}/enquiries"),
                  ("statistics", _("Statistics"), f"{PREFIX}/reports/statistics"),
                  ("retention", _("Retention"), f"{PREFIX}/reports/retention"),
                  ("staff", _("Staff"), f"{PREFIX}/staff"),
                  ("audit", _("Audit log"), f"{PREFIX}/audit")]
    elif role is Role.ADMINISTRATOR:
        items += [("staff", _("Staff"), f"{PREFIX}/staff"),
                  ("audit", _("Audit log"), f"{PREFIX}/audit"),
                  ("keys", _("Encryption keys"), f"{PREFIX}/keys")]
    items.append(("account", _("Change password"), f"{PREFIX}/account/password"))
    return [{"key": key, "text": text, "href": href, "current": key == current} for key, text, href in items]
