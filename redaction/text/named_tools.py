"""A place or name word opening an assessment's, scheme's or framework's title ("Salford Sentence Reading Test",
"the Derbyshire Language Scheme", "Sandwell Early Numeracy Test", "the Bristol Social Adjustment Guides"): the tool
is named after the town or the author where it was made, and names no one of the case. The candidate is one
word; the run after it holds at least one more word of the title and ends, on the same line, in a tool's head word
that no role word follows ("Hanley Assessment Lead" is a job); never after a title ("Dr Salford's Test" is still
somebody's)."""

from __future__ import annotations

import regex

from redaction.spans import Span
from redaction.text.names import TITLE

__all__ = ["why_named_tool"]

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
