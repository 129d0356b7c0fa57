"""Reading what a casework form sent: text fields, yes/no, several choices, and GOV.UK's three-field
dates, each problem added to the form's :class:`~vault.web.forms.Errors` in words a person can act on.

A form's values come back as a plain ``dict`` (``values``) so the page can show the form again as it
was sent when something is wrong: nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from vault.errors import InvalidRequest
from vault.text_rules import check_line, check_text
from vault.web.forms import Errors
from vault.web.i18n import gettext as _

__all__ = ["FormValues", "values_of"]

MAX_TEXT = 100_000


class FormValues:
    """The form's fields (text only; several values per name kept), and the errors found reading them."""

    def __init__(self, fields: Mapping[str, Sequence[str]]) -> None:
        self._fields = {name: [value[:MAX_TEXT] for value in values] for name, values in fields.items()}
        self.errors = Errors()

    @property
    def values(self) -> dict[str, Any]:
        """Each field's first value, and every value of multi-valued ones under ``name + '[]'``."""
        shown: dict[str, Any] = {name: values[0] for name, values in self._fields.items() if values}
        shown.update({f"{name}[]": list(values) for name, values in self._fields.items()})
        return shown

    def text(self, name: str, *, required: str | None = None, max_length: int = 200, lines: bool = False) -> str:
        """A field's text by the service's text rules (``vault.text_rules``: NFC, no control or
        bidirectional characters; ``lines``: several lines allowed)."""
        value = (self._fields.get(name) or [""])[0].replace("\r\n", "\n").strip()
        if required and not value:
            self.errors.add(name, required)
            return value
        if len(value) > max_length:
            self.errors.add(name, _("Enter at most %(num)d characters", num=max_length))
            return value
        try:
            return (check_text if lines else check_line)(value, field=name, max_length=max_length)
        except InvalidRequest:
            self.errors.add(name, _("Remove the control characters from this text"))
            return value

    def optional(self, name: str, *, max_length: int = 200, lines: bool = False) -> str | None:
        return self.text(name, max_length=max_length, lines=lines) or None

    def all(self, name: str) -> list[str]:
        return [value for value in self._fields.get(name, []) if value.strip()]

    def yes(self, name: str) -> bool:
        return (self._fields.get(name) or [""])[0] in ("yes", "true", "on")

    def choice(self, name: str, allowed: Sequence[str], *, required: str) -> str:
        value = self.text(name)
        if value not in allowed:
            self.errors.add(name, required)
        return value

    def date(self, name: str, *, label: str, required: bool = True) -> date | None:
        """GOV.UK's date input: ``name-day``, ``name-month``, ``name-year``."""
        parts = [self.text(f"{name}-{part}") for part in ("day", "month", "year")]
        if not any(parts):
            if required:
                self.errors.add(name, _("Enter %(what)s", what=label))
            return None
        if not all(part.isdigit() for part in parts) or len(parts[2]) != 4:
            self.errors.add(name, _("%(what)s must be a real date, like 27 3 2026", what=label[:1].upper() + label[1:]))
            return None
        try:
            return date(int(parts[2]), int(parts[1]), int(parts[0]))
        except ValueError:
            self.errors.add(name, _("%(what)s must be a real date, like 27 3 2026", what=label[:1].upper() + label[1:]))
            return None


def values_of(form: Any) -> FormValues:
    """From Starlette's ``FormData`` (or any ``multi_items()``) or a plain mapping of lists."""
    fields: dict[str, list[str]] = {}
    items = form.multi_items() if hasattr(form, "multi_items") else [(k, v) for k, vs in form.items() for v in vs]
    for name, value in items:
        if isinstance(value, str):
            fields.setdefault(name, []).append(value)
    return FormValues(fields)
