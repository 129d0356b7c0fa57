"""The tags every stored object carries: who it belongs to (opaquely) and what must happen to it.

A storage administrator sees exactly these five values and nothing else: an opaque case reference, an
opaque document reference, two flags and a state. Callers choose only the two flags; the references are
keyed hashes computed by :mod:`storage.naming`, and the state moves ``held -> returned`` (and back) by
:meth:`EncryptedStore.set_state` or to ``shredded`` by shredding.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from storage._exceptions import InvalidArgument

__all__ = ["FLAG_TAGS", "ObjectState", "ObjectTags", "parse_flags", "parse_state"]

# The only tags a caller may set; everything else a tag could say is either derived or personal.
FLAG_TAGS = ("return-on-request", "keep-on-file")

_TRUE = {"true", "yes", "1", "on"}
_FALSE = {"false", "no", "0", "off"}


class ObjectState(str, enum.Enum):
    HELD = "held"
    RETURNED = "returned"
    SHREDDED = "shredded"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class ObjectTags:
    """The tags of one object, as stored (``as_strings``) or reported (``as_json``)."""

    case: str
    document: str
    return_on_request: bool = False
    keep_on_file: bool = False
    state: ObjectState = ObjectState.HELD

    def as_strings(self) -> dict[str, str]:
        """The S3-safe form written to the backend (values are hex, ``true``/``false`` or a state)."""
        return {
            "case": self.case,
            "document": self.document,
            "return-on-request": _bool_text(self.return_on_request),
            "keep-on-file": _bool_text(self.keep_on_file),
            "state": self.state.value,
        }

    def as_json(self) -> dict[str, Any]:
        """The form printed by ``vault store tags``: the same keys with real booleans."""
        return {
            "case": self.case,
            "document": self.document,
            "return-on-request": self.return_on_request,
            "keep-on-file": self.keep_on_file,
            "state": self.state.value,
        }

    @classmethod
    def from_strings(cls, tags: Mapping[str, str]) -> ObjectTags:
        try:
            return cls(
                case=tags["case"],
                document=tags["document"],
                return_on_request=_parse_bool("return-on-request", tags["return-on-request"]),
                keep_on_file=_parse_bool("keep-on-file", tags["keep-on-file"]),
                state=parse_state(tags["state"]),
            )
        except KeyError as missing:
            raise InvalidArgument(f"tag {missing.args[0]!r} is missing") from None

    def with_state(self, state: ObjectState) -> ObjectTags:
        return replace(self, state=state)


def parse_state(value: str | ObjectState) -> ObjectState:
    try:
        return ObjectState(value)
    except ValueError:
        choices = ", ".join(state.value for state in ObjectState)
        raise InvalidArgument(f"unknown state {value!r} (one of: {choices})") from None


def parse_flags(tags: Mapping[str, str | bool] | None) -> dict[str, bool]:
    """Validate caller-supplied tags: only the two flags, each a boolean or true/false text.

    Free-form tags are refused on purpose: a tag is visible to whoever runs the storage server, so it
    must never be able to carry a file name or a person's name.
    """
    flags = {"return-on-request": False, "keep-on-file": False}
    for key, value in (tags or {}).items():
        if key not in FLAG_TAGS:
            allowed = ", ".join(FLAG_TAGS)
            raise InvalidArgument(f"tag {key!r} cannot be set (settable tags: {allowed})")
        flags[key] = value if isinstance(value, bool) else _parse_bool(key, value)
    return flags


def _parse_bool(key: str, value: str) -> bool:
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise InvalidArgument(f"tag {key!r} must be true or false, not {value!r}")


def _bool_text(value: bool) -> str:
    return "true" if value else "false"
