"""Form errors as the GOV.UK design system shows them: a summary at the top linking to each field,
and the same message above the field."""

from __future__ import annotations

from collections.abc import Iterator

__all__ = ["Errors"]


class Errors:
    def __init__(self) -> None:
        self._by_field: dict[str, str] = {}

    def add(self, field: str, message: str) -> None:
        self._by_field.setdefault(field, message)  # the first problem with a field is the one to fix

    def get(self, field: str) -> str | None:
        return self._by_field.get(field)

    def __bool__(self) -> bool:
        return bool(self._by_field)

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._by_field.items())

    def __repr__(self) -> str:
        return f"Errors({self._by_field!r})"
