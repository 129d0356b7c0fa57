"""How a date or an address is written: the many layouts real paperwork uses for one value.

Kept apart from the detector's own date grammar (``redaction/text/dates.py``): these layouts were
written from forms, letters and registers, so the benchmark measures whether the detector reads what
people write, not what its own patterns produce.
"""

from __future__ import annotations

import datetime as dt
import random

__all__ = ["abbreviated", "date_text"]

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
_ABBREVIATIONS = {"Road": "Rd", "Street": "St", "Avenue": "Ave", "Lane": "Ln", "Close": "Cl", "Drive": "Dr",
                  "Crescent": "Cres", "Gardens": "Gdns", "Terrace": "Terr", "Grove": "Gr", "Court": "Ct",
                  "House": "Hse", "Place": "Pl", "Square": "Sq", "Park": "Pk"}


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def date_text(day: dt.date, rng: random.Random) -> str:
    """One layout of ``day``, drawn from the numeric, written and mixed forms UK papers use."""
    d, m, y = day.day, day.month, day.year
    month, short = _MONTHS[m - 1], _MONTHS[m - 1][:3]
    yy = f"{y % 100:02d}"
    layouts = [
        f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{yy}", f"{d:02d}-{m:02d}-{y}",
        f"{d:02d}/{m:02d}/{yy}", f"{d:02d} / {m:02d} / {y}", f"{d:02d} {m:02d} {y}", day.isoformat(),
        f"{d} {month} {y}", f"{_ordinal(d)} {month} {y}", f"{_ordinal(d)} of {month} {y}", f"{d} {short} {y}",
        f"{d:02d}-{short}-{y}", f"{d:02d}-{short.upper()}-{y}", f"{d}-{short}-{yy}", f"{d:02d} {short.upper()} {y}",
        f"{month} {d}, {y}", f"{month} {_ordinal(d)} {y}", f"{short} {d} {y}", f"{d} {short}. {y}",
        f"{_ordinal(d)} {month.lower()} {y}", f"{d}{short.upper()}{y}", f"{d:02d}/{short}/{y}",
        f"{day.strftime('%A')} {_ordinal(d)} {month} {y}",
    ]
    return rng.choice(layouts)


def abbreviated(street: str) -> str:
    """``14 Abbey Road`` -> ``14 Abbey Rd``: every street or building word that has a usual short form."""
    return " ".join(_ABBREVIATIONS.get(word, word) for word in street.split())
