"""What keeps an export's records of one family together and apart from every other family's.

Each export has its own key, derived from the vault's naming secret and the export's job id (so a
resumed export derives it again, and it is never stored anywhere). From it: a token per case (the
records of one family share it; two exports give the same family different tokens, so exports cannot
be joined) and a date offset per case (every date left in a family's records moves by the same number
of days, so intervals stay true while the calendar does not point at the family).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re

__all__ = ["ExportKeys", "shift_dates"]

MAX_SHIFT_DAYS = 180


class ExportKeys:
    def __init__(self, key: bytes) -> None:
        if len(key) < 32:
            raise ValueError("an export key is at least 32 bytes")
        self._key = key

    def __repr__(self) -> str:
        return "ExportKeys(***)"

    def _mac(self, label: str) -> bytes:
        return hmac.new(self._key, label.encode("utf-8"), hashlib.sha256).digest()

    def case_token(self, case_id: str) -> str:
        return self._mac(f"case:{case_id}")[:8].hex()

    def date_offset(self, case_id: str) -> int:
        """Days, never 0, at most MAX_SHIFT_DAYS either way."""
        value = int.from_bytes(self._mac(f"dates:{case_id}")[:4], "big")
        days = value % MAX_SHIFT_DAYS + 1
        return days if value & 1 << 31 else -days


def shift_dates(text: str, days: int) -> tuple[str, int]:
    """``text`` with every date it writes moved by ``days`` (written back in the same layout where it can
    be, else as ``14 March 2015``); returns the new text and how many dates moved."""
    from redaction.text.dates import find_dates

    pieces, cursor, moved = [], 0, 0
    for start, end, value in find_dates(text):
        try:
            shifted = value + dt.timedelta(days=days)
        except OverflowError:
            continue
        pieces += [text[cursor:start], _written_like(text[start:end], value, shifted)]
        cursor, moved = end, moved + 1
    pieces.append(text[cursor:])
    return "".join(pieces), moved


def _written_like(original: str, value: dt.date, shifted: dt.date) -> str:
    if re.fullmatch(r"[A-Za-z]+\.?\s+\d{4}", original.strip()):  # "March 2017": no day to invent
        return shifted.strftime("%B %Y")
    for layout in ("%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y-%m-%d", "%d/%m/%y"):
        if value.strftime(layout) == original:
            return shifted.strftime(layout)
    if original.isdigit() or len(original) <= 8:
        return shifted.strftime("%d/%m/%Y")
    return f"{shifted.day} {shifted.strftime('%B %Y')}"
