"""A place or name word opening an assessment's, scheme's or framework's title ("Salford Sentence Reading Test",
"the Derbyshire Language Scheme", "Sandwell Early Numeracy Test", "the Bristol Social Adjustment Guides"): the tool
is named after the town or the author where it was made, and names no one of the case. The candidate is one
word; the run after it holds at least one more word of the title and ends, on the same line, in a tool's head word
that no role word follows ("Hanley Assessment Lead" is a job); never after a title ("Dr Salford's Test" is still
somebody's). Also the area of an NHS body's name ("NHS Lothian"): an organisation's name, no address."""

from __future__ import annotations

import regex

from redaction.spans import Span
from redaction.text.names import TITLE

__all__ = ["why_health_board_area", "why_named_tool"]

_TOOL_HEAD = (r"Test|Tests|Scale|Scales|Assessment|Battery|Screener|Inventory|Questionnaire|Checklist"
              r"|Scheme|Framework|Guides|Measure|Index|Toolkit")
# One to five more words of the title, then the head; a role word after the head makes it a job ("Assessment Lead").
_TOOL_RUN = regex.compile(
    rf"(?:[ \u00a0]+(?:of|for|and|&|in|\p{{Lu}}[\p{{L}}'’\-]*)){{1,5}}?[ \u00a0]+(?:{_TOOL_HEAD})\b"
    r"(?![ \u00a0]+(?i:lead|leader|manager|coordinator|co-ordinator|officer|administrator|team|assistant|worker))")
_TITLE_BEFORE = regex.compile(rf"(?i:{TITLE})\.?[ \u00a0]+\Z")


def why_named_tool(text: str, span: Span) -> str | None:
    """Why a person or place candidate opens a tool's title, or ``None``."""
    if span.type not in ("PERSON", "LOCATION") or " " in text[span.start : span.end].strip():
        return None
    if _TITLE_BEFORE.search(text, max(0, span.start - 12), span.start) is not None:
        return None
    run = _TOOL_RUN.match(text, span.end)
    if run is None or "\n" in run.group(0):
        return None
    return "a word opening an assessment's, scheme's or framework's title ('Salford Sentence Reading Test')"


# "NHS Lothian", "NHS Grampian", "NHS Greater Glasgow and Clyde", "NHS Kent and Medway": a health board's or an
# integrated care board's name is its area after "NHS"; the area there names an organisation, nobody's address.
_NHS_BEFORE = regex.compile(r"\bNHS[ \u00a0]+(?:(?:\p{Lu}[\p{L}'’\-]*|and|&)[ \u00a0]+){0,4}\Z")


def why_health_board_area(text: str, span: Span) -> str | None:
    """Why a place candidate is the area of an NHS body's name ("NHS Lothian"), or ``None``."""
    if span.type not in ("LOCATION", "PERSON") or _NHS_BEFORE.search(text, max(0, span.start - 60), span.start) is None:
        return None
    if _TITLE_BEFORE.search(text, max(0, span.start - 12), span.start) is not None:
        return None
    return "the area of an NHS body's name ('NHS Lothian'): an organisation, no one's address"
