"""One rule set for every text a user sends: NFC, a length limit, and no invisible controls.

Refused everywhere: C0 controls (NUL, CR, LF, ``\\x0b`` ...; a multi-line text keeps LF and TAB, with
CRLF read as LF), DEL, C1 controls (U+0080-U+009F, NEL U+0085 among them), the line and paragraph
separators U+2028/U+2029, and the bidirectional controls (U+061C, U+200E/F, U+202A-U+202E,
U+2066-U+2069) that make a file name read backwards. Such a character reaches a log line, a header, a
terminal or a file name as something other than what it looks like, and no real title or name needs
one. Each refusal is an :class:`~vault.errors.InvalidRequest` naming the field and the character.

``Name``, ``Line``, ``Text`` and the rest are the same rules as pydantic types, for the API's request bodies and query
parameters; :func:`printable` is the other way: anything shown on a terminal, escaped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Annotated

from pydantic import AfterValidator, Field

from vault.errors import InvalidRequest

__all__ = ["Code", "Id", "Line", "Name", "Paragraphs", "Secret", "Text", "check_line", "check_text", "printable"]

_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_FORBIDDEN_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{_BIDI}]")
_FORBIDDEN_TEXT = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029{_BIDI}]")  # keeps TAB and LF


def _name(char: str) -> str:
    return f"U+{ord(char):04X} ({unicodedata.name(char, 'control character')})"


def _check(value: str, field: str, max_length: int, forbidden: re.Pattern[str]) -> str:
    if not isinstance(value, str):
        raise InvalidRequest(f"{field} must be text")
    value = unicodedata.normalize("NFC", value)
    if len(value) > max_length:
        raise InvalidRequest(f"{field} is at most {max_length} characters (got {len(value)})")
    if found := forbidden.search(value):
        raise InvalidRequest(f"{field} may not contain {_name(found.group())}")
    return value


def check_line(value: str, *, field: str, max_length: int = 500) -> str:
    """One line of text (a title, a name, a file name): NFC, no controls at all."""
    return _check(value, field, max_length, _FORBIDDEN_LINE)


def check_text(value: str, *, field: str, max_length: int = 100_000) -> str:
    """Text that may run over lines (a note, a concern): NFC, line breaks as LF, tabs kept."""
    return _check(value.replace("\r\n", "\n") if isinstance(value, str) else value, field, max_length, _FORBIDDEN_TEXT)


def _rules(check: Callable[..., str], max_length: int) -> tuple[Field, AfterValidator]:  # type: ignore[valid-type]
    def validate(value: str) -> str:
        try:
            return check(value, field="the text", max_length=max_length)
        except InvalidRequest as error:
            raise ValueError(str(error)) from None

    # The length is checked before anything else reads the value (NFC may lengthen it a little).
    return Field(max_length=max_length * 3), AfterValidator(validate)


# The rules as pydantic types, by what a field holds.
Id = Annotated[str, *_rules(check_line, 64)]
Code = Annotated[str, *_rules(check_line, 16)]
Name = Annotated[str, *_rules(check_line, 200)]  # names, titles, labels, organisations, vocabulary terms
Line = Annotated[str, *_rules(check_line, 500)]
Paragraphs = Annotated[str, *_rules(check_text, 10_000)]  # a concern, what a parent asked, what was shared
Text = Annotated[str, *_rules(check_text, 100_000)]  # a note
Secret = Annotated[str, Field(max_length=1024)]  # a password or token: taken as typed, only bounded


def printable(value: str) -> str:
    """``value`` safe to print on one terminal line: every forbidden character as a ``\\u`` escape."""
    return _FORBIDDEN_LINE.sub(lambda found: f"\\u{ord(found.group()):04x}", value)
