"""One redaction call per document: every unit's text, joined, through ``TextRedactor.redact``.

The units of the whole document (body, headers, footers, notes, text boxes, fields, attribute
values, link targets, OCR of images) are joined with blank lines between them, as the case-study
text flow joins its documents, so a person keeps one pseudonym everywhere in the file and a name
found in one place is removed in all of them. A span reaching over a unit's edge is cut there and
replaced on both sides. Then a literal sweep: every string removed (terms, known identifiers, what
the detectors found) is searched again in every unit on the matching key of
:mod:`redaction.pdf.matcher` (case, spacing and punctuation folded), which finds the same name in
an attribute ("Maisie_Fletcher.png") or a URL the detectors would not read as prose. The same
targets are what verification searches the output for.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from redaction.formats.errors import UnsupportedFormatError
from redaction.formats.office.textmodel import Edit, Unit
from redaction.pdf.matcher import Matcher, Target, normalise, targets_from

if TYPE_CHECKING:
    from redaction.text import TextRedactor

__all__ = ["SEPARATOR", "Plan", "plan_redaction", "redactor_for"]

SEPARATOR = "\n\n\n\n"
FALLBACK = "[REDACTED]"


@dataclass
class Plan:
    edits: dict[int, list[Edit]] = field(default_factory=dict)  # unit index -> edits in its own text
    targets: list[Target] = field(default_factory=list)  # what verification must not find
    replacements: set[str] = field(default_factory=set)  # what we wrote (never a leak)
    spans: list[dict[str, Any]] = field(default_factory=list)  # report rows, without the text removed


def redactor_for(redactor: TextRedactor | None, detect: bool) -> TextRedactor:
    """The caller's redactor, else the shared one (detection) or a model-free one (known only)."""
    if redactor is not None:
        return redactor
    try:
        from redaction.text import TextRedactionError, TextRedactor, default_redactor

        return default_redactor() if detect else TextRedactor(load_model=False)
    except (ImportError, TextRedactionError) as error:
        raise UnsupportedFormatError(f"identifier detection is not available ({error})") from error


def known_with_terms(known: Mapping[str, Sequence[str]] | None, terms: Sequence[str]) -> dict[str, list[str]]:
    merged = {key: [values] if isinstance(values, str) else list(values) for key, values in (known or {}).items()}
    extra = [term for term in terms if term.strip()]
    if extra:
        merged.setdefault("TERM", []).extend(extra)
    return merged


def plan_redaction(units: Sequence[Unit], *, redactor: TextRedactor, known: Mapping[str, Sequence[str]] | None,
                   terms: Sequence[str], detect: bool) -> Plan:
    plan = Plan()
    readable = [i for i, unit in enumerate(units) if any(c.isalnum() for c in unit.text)]
    texts = [units[i].text for i in readable]
    joined = SEPARATOR.join(texts)
    merged = known_with_terms(known, terms)
    result = redactor.redact(joined, known=merged or None, detectors=detect) if joined else None
    found: dict[str, str] = {}  # target key -> its replacement, so a swept hit reads like the span
    if result is not None:
        bounds, cursor = [], 0
        for text in texts:
            bounds.append((cursor, cursor + len(text)))
            cursor += len(text) + len(SEPARATOR)
        spans = sorted(zip(result.spans, result.replacements, strict=True), key=lambda pair: pair[0].start)
        for index, (start, end) in zip(readable, bounds, strict=True):
            for span, replacement in spans:
                if replacement is None or span.end <= start or span.start >= end:
                    continue
                s, e = max(span.start, start), min(span.end, end)
                if not joined[s:e].strip():
                    continue
                plan.edits.setdefault(index, []).append(Edit(s - start, e - start, replacement))
                plan.replacements.add(replacement)
                plan.spans.append({"where": units[index].where, "type": span.type, "source": span.source,
                                   "replacement": replacement})
                target = Target.of(joined[s:e], span.type, "detector" if span.source in ("model", "pattern") else "known")
                if target is not None:
                    plan.targets.append(target)
                    found.setdefault(target.key, replacement)
    plan.targets = _unique([*targets_from(terms, merged), *plan.targets])
    _sweep(units, plan, found)
    for index, edits in plan.edits.items():
        plan.edits[index] = _merged(edits)
    return plan


def _sweep(units: Sequence[Unit], plan: Plan, found: dict[str, str]) -> None:
    matcher = Matcher(plan.targets)
    for index, unit in enumerate(units):
        text = unit.text
        if not any(c.isalnum() for c in text):
            continue
        existing = plan.edits.get(index, [])
        for hit in matcher.find_targets(text, ocr=unit.kind == "image"):
            if any(edit.start <= hit.start and hit.end <= edit.end for edit in existing):
                continue
            replacement = found.get(normalise(text[hit.start : hit.end]), FALLBACK)
            existing.append(Edit(hit.start, hit.end, replacement))
            plan.replacements.add(replacement)
            plan.spans.append({"where": unit.where, "type": hit.type, "source": "sweep", "replacement": replacement})
        if existing:
            plan.edits[index] = existing


def _merged(edits: list[Edit]) -> list[Edit]:
    """Overlapping edits become one (the earliest's replacement), so no character is edited twice."""
    out: list[Edit] = []
    for edit in sorted(edits, key=lambda e: (e.start, -e.end)):
        if out and edit.start < out[-1].end:
            last = out[-1]
            out[-1] = Edit(last.start, max(last.end, edit.end), last.replacement)
        else:
            out.append(edit)
    return out


def _unique(targets: list[Target]) -> list[Target]:
    seen: dict[str, Target] = {}
    for target in targets:
        seen.setdefault(target.key, target)
    return list(seen.values())
