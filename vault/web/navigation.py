"""The service navigation, by role: each role sees the journeys it has."""

from __future__ import annotations

from typing import Any

from vault.policy import Role
from vault.web.i18n import gettext as _

__all__ = ["navigation"]

PREFIX = "/web"


def navigation(role: Role, current: str) -> list[dict[str, Any]]:
    items: list[tuple[str, str, str]] = [("dashboard", _("Dashboard"), f"{PREFIX}/")]
    if role in (Role.PARENTAL_SUPPORTER, Role.VOLUNTEER):
        items.append(("cases", _("My cases"), f"{PREFIX}/cases"))
    elif role is Role.COORDINATOR:
        items.append(("cases", _("Cases"), f"{PREFIX}/cases"))
        items.append(("case-studies", _("Case studies to publish"), f"{PREFIX}/case-studies/queue"))
    items.append(("account", _("Change password"), f"{PREFIX}/account/password"))
    return [{"key": key, "text": text, "href": href, "current": key == current} for key, text, href in items]
