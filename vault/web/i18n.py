"""Text in message catalogues (gettext, compiled with Babel), and dates and times as UK readers write
them. English is the only catalogue today; a Welsh one (``locale/cy``) needs only translating.

Pages call ``_("...")`` (templates and Python alike); the catalogue in force is per request (a context
variable), so one server can answer in English and Welsh side by side once Welsh exists.
"""

from __future__ import annotations

import gettext as _gettext
from contextvars import ContextVar
from datetime import date, datetime
from pathlib import Path

from babel.dates import format_date

from vault.clock import SERVICE_ZONE

__all__ = ["DEFAULT_LOCALE", "LOCALES", "gettext", "ngettext", "translations", "uk_date", "uk_datetime", "use_locale"]

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "messages"
DEFAULT_LOCALE = "en"
LOCALES = ("en",)

_loaded: dict[str, _gettext.NullTranslations] = {}
_current: ContextVar[str] = ContextVar("vault_web_locale", default=DEFAULT_LOCALE)


def translations(locale: str) -> _gettext.NullTranslations:
    """The compiled catalogue (``scripts/build-web`` compiles it); English falls back to the msgids."""
    found = _loaded.get(locale)
    if found is None:
        found = _loaded[locale] = _gettext.translation(DOMAIN, LOCALE_DIR, languages=[locale], fallback=True)
    return found


def use_locale(locale: str) -> None:
    _current.set(locale if locale in LOCALES else DEFAULT_LOCALE)


def gettext(message: str, **variables: object) -> str:
    text = translations(_current.get()).gettext(message)
    return text % variables if variables else text


def ngettext(singular: str, plural: str, n: int, **variables: object) -> str:
    text = translations(_current.get()).ngettext(singular, plural, n)
    return text % {"num": n, **variables}


def _babel_locale() -> str:
    return "cy_GB" if _current.get() == "cy" else "en_GB"


def uk_date(value: date | datetime | None) -> str:
    """``1 July 2026`` (GOV.UK style: no leading zero, month in words)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone(SERVICE_ZONE).date()
    return format_date(value, "d MMMM y", locale=_babel_locale())


def uk_datetime(value: datetime | None) -> str:
    """``1 July 2026, 9:05am`` in UK time (GOV.UK style: am/pm in lower case, no seconds)."""
    if value is None:
        return ""
    local = value.astimezone(SERVICE_ZONE)
    hour = local.hour % 12 or 12
    return f"{uk_date(local)}, {hour}:{local.minute:02d}{'am' if local.hour < 12 else 'pm'}"
