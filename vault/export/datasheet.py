"""The datasheet that goes with a training export: what it holds, how it was made, what was removed and
left out, and what it does not promise (Gebru et al.'s "datasheets for datasets", in brief)."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import Any

__all__ = ["datasheet"]


def datasheet(*, totals: dict[str, Any], removed: Counter[str], left_out: Counter[str], fmt: str, since: str | None,
              finished_at: datetime) -> str:
    lines = [
        "# Training-data export: datasheet",
        "",
        f"Made {finished_at:%d %B %Y %H:%M} UTC by the SEND vault; format `{fmt}`"
        + (f"; papers added since {since}" if since else "; all papers held") + ".",
        "",
        "## What it holds",
        "",
        f"- {totals['records']} records ({totals['characters']} characters of text) from {totals['cases'] - totals['cases_skipped']}"
        f" families' case files; {totals['cases_skipped']} case(s) were left out whole (consent withdrawn since the export "
        "was asked for, or the case destroyed).",
        "- Only cases whose parent's consent in force covers use for training (recipient \"anyone\", purpose "
        "\"training data\" or any purpose) were read.",
        "- Each record is one document or note. Records of one family share a `case` token that is new for every "
        "export, so two exports cannot be joined; people are labelled within a family (\"Parent A\", \"Child 1\"), "
        "and labels restart in every family.",
        f"- Every date left in a family's records was moved by that family's own number of days (up to 180 either "
        f"way; {totals['dates_shifted']} dates moved); intervals within a family stay true. Dates of birth were removed.",
        "",
        "## What was removed (by type)",
        "",
        *([f"- {kind}: {count}" for kind, count in sorted(removed.items())] or ["- nothing"]),
        "",
        "## What was left out, and why",
        "",
        *([f"- {count} × {reason}" for reason, count in sorted(left_out.items(), key=lambda i: (-i[1], i[0]))] or ["- nothing"]),
        "",
        "## How it was made",
        "",
        "Every document and note went through the same redaction as a case study: the case's own identifiers "
        "(names, initials, address, phone, e-mail, dates of birth, references) in every written form, plus the "
        "detectors; each output was verified by the redactor's own re-read, turned into plain text, and read again "
        "by an independent second reader (stock Presidio with every recognizer, the full spaCy pipeline, "
        "phone numbers of any country, a names gazetteer, identifier shapes). No person reviewed it: anything the "
        "second reader found left that record out.",
        "",
        "## Not guaranteed",
        "",
        "- Names and places that neither the case record, the detectors nor the second reader know (a rare nickname, "
        "a street described without its name) may remain.",
        "- A family can recognise its own story, and someone who knows the family may too: the text is "
        "de-identified, not anonymous in every context.",
        "- Pictures are not exported; PDF text is what the redacted PDF yields (layout is lost).",
        "- Non-English passages are redacted by patterns, the case record and the gazetteer; the English model's cues "
        "do not apply to them.",
        "",
    ]
    return "\n".join(lines)
