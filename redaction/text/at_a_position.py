"""Patterns asked at one position of a long text, at a cost that does not grow with the text.

The ``regex`` module, asked to match at ``pos``, first looks for a string the pattern cannot match without (its
"required string": the ``(`` of ``[ ]*\\(``, the ``:`` of ``[ \\t]*:``) from ``pos`` to the end of the text. Where
the text lacks that string, every call reads the rest of the text. The detector asks such questions once or more
per candidate, so a long text with many candidates (a class list, a table of names; hostile input repeating one
name) cost the number of candidates times the text's length. A pattern made here matches exactly as before, but
has no required string: it is tried where it is asked, and reads no further than its own match.
"""

from __future__ import annotations

import regex

__all__ = ["at_a_position"]


def at_a_position(pattern: regex.Pattern[str]) -> regex.Pattern[str]:
    """``pattern`` with the same matches, for ``match``/``fullmatch`` at a position of a long text.

    An alternative that never matches (``(?!)``) leaves the matches alone and gives the pattern as a whole no string
    it requires. Verbose patterns get the wrapping on lines of its own, so a trailing comment cannot swallow it.
    """
    newline = "\n" if pattern.flags & regex.VERBOSE else ""
    return regex.compile(f"(?:{newline}{pattern.pattern}{newline})|(?!)", pattern.flags)
