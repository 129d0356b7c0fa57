"""Text documents and notes of one case study, redacted together so every mention of a person gets the
same pseudonym in all of them ("Parent A" in the call note is "Parent A" in the letter).

They are joined into one text with blank lines between (no span crosses them: the detectors work
within paragraphs), redacted once through the text pipeline's public API, and cut apart again from the
span report. Each output is then verified on its own, failing closed: the detectors and the case's
known identifiers are run again over the output, so are the literal checks (every written form), and
so is the independent second reader (``redaction.verify``: other detectors than the redactor's). What
any of them finds outside a replacement is added as a term and the whole run repeated (at most
``ROUNDS`` times), so a name revealed only once its neighbours were replaced is caught too. Then the
verdict (``redaction.formats.Verdict``): what the detectors or the literal checks still find, or
text that is not prose (base64, quoted-printable, MIME parts: no reader can vouch for it), fails the
item with the reason, never released; what only the second reader still finds (``findings``) and
what it suspects (``suspects``) go into the item's report for the supporter and the publisher to
confirm or dismiss (:mod:`.review`), and acceptance waits for them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from vault.services.case_studies.identifiers import Identifiers, literal_leaks
from vault.services.case_studies.review import review_fields

ENCODED = "ENCODED"  # redaction.verify's finding type for text that is not prose

if TYPE_CHECKING:
    from redaction.formats import Verdict
    from redaction.text import TextRedactor
    from redaction.verify import Reading

__all__ = ["TextOutcome", "redact_texts"]

SEPARATOR = "\n\n\n\n"
ROUNDS = 3
DOB_LABEL = "[DATE OF BIRTH]"  # a birth date is removed, not generalised: the year narrows a family down


@dataclass
class TextOutcome:
    position: int
    text: str | None = None
    report: dict[str, Any] = field(default_factory=dict)
    reason: str | None = None


@dataclass
class _Output:
    text: str
    regions: list[tuple[int, int]]  # where replacements stand in the output
    spans: list[dict[str, Any]]  # offsets into the item's own input


def redact_texts(
    redactor: TextRedactor, items: Sequence[tuple[int, str]], identifiers: Identifiers
) -> tuple[list[TextOutcome], list[dict[str, str]], list[str]]:
    """Outcomes by item, the pseudonyms used across them, and the terms verification added."""
    if not items:
        return [], [], []
    added: list[str] = []
    for round_number in range(1, ROUNDS + 1):
        current = identifiers.with_additions({}, added)
        combined, bounds = _join([text for _, text in items])
        result = redactor.redact(combined, known=current.for_text())
        outputs = [_cut(combined, start, end, result.spans, result.replacements) for start, end in bounds]
        readings = [_second_reading(output) for output in outputs]
        leaks = [_leaks(redactor, output, current, reading) for output, reading in zip(outputs, readings, strict=True)]
        fresh = sorted({surface for found in leaks for kind, surface, _ in found if kind != ENCODED} - set(added))
        if not any(leaks) or not fresh or round_number == ROUNDS:
            break
        added.extend(fresh)
    outcomes = []
    for (position, _), output, found, reading in zip(items, outputs, leaks, readings, strict=True):
        refused = [(kind, surface) for kind, surface, blocking in found if blocking]
        verdict = _verdict(output, reading)
        report = {
            "kind": "text",
            "counts": dict(Counter(span["type"] for span in output.spans)),
            "spans": output.spans,
            "verification": {"rounds": round_number,
                             "checks": ["detectors", "known identifiers", "literal", "second reader"]},
            **review_fields(verdict),
        }
        encoded = sorted({surface for kind, surface in refused if kind == ENCODED})
        if encoded:
            report["leaks"] = [{"type": kind, "text": surface} for kind, surface, _ in found]
            outcomes.append(TextOutcome(position, None, report,
                                        "verification failed: the text holds encoded content (base64, quoted-printable "
                                        "or MIME parts) that no reader can check; decode it and upload each part as "
                                        "its own document, or remove it"))
        elif refused:
            kinds = ", ".join(sorted({kind for kind, _, _ in found}))
            report["leaks"] = [{"type": kind, "text": surface} for kind, surface, _ in found]
            outcomes.append(TextOutcome(position, None, report,
                                        f"verification failed: {kinds} still found in the redacted text after "
                                        f"{round_number} rounds; add them as terms and run again"))
        else:
            outcomes.append(TextOutcome(position, output.text, report))
    return outcomes, _pseudonyms(combined, result.spans, result.replacements), added


def _join(texts: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    bounds, cursor = [], 0
    for text in texts:
        bounds.append((cursor, cursor + len(text)))
        cursor += len(text) + len(SEPARATOR)
    return SEPARATOR.join(texts), bounds


def _cut(text: str, start: int, end: int, spans: Sequence[Any], replacements: Sequence[str | None]) -> _Output:
    """The redacted output of ``text[start:end]``; a span reaching over an edge is cut at it (and
    replaced on both sides), so nothing of it survives."""
    pieces: list[str] = []
    regions: list[tuple[int, int]] = []
    report: list[dict[str, Any]] = []
    cursor, length = start, 0
    for span, replacement in sorted(zip(spans, replacements, strict=True), key=lambda pair: pair[0].start):
        if replacement is None or span.end <= start or span.start >= end:
            continue
        s, e = max(span.start, start, cursor), min(span.end, end)
        if s >= e:
            continue
        label = DOB_LABEL if span.type == "DATE_OF_BIRTH" else replacement
        piece = text[cursor:s]
        pieces += [piece, label]
        regions.append((length + len(piece), length + len(piece) + len(label)))
        length += len(piece) + len(label)
        report.append({"start": s - start, "end": e - start, "type": span.type, "source": span.source,
                       "text": text[s:e], "replacement": label})
        cursor = e
    pieces.append(text[cursor:end])
    return _Output("".join(pieces), regions, report)


def _second_reading(output: _Output) -> Reading:
    from redaction.verify import second_reader

    return second_reader().read(output.text, ignore=output.regions)


def _leaks(redactor: TextRedactor, output: _Output, identifiers: Identifiers,
           reading: Reading) -> list[tuple[str, str, bool]]:
    """What the detectors, the known identifiers, the literal checks and the second reader still find
    outside replacements, as (type, surface, blocking): the second reader's findings alone do not
    block (a person decides on them), everything else does."""
    found: list[tuple[str, int, int, bool]] = []
    for span in redactor.detect(output.text, known=identifiers.for_text()):
        if span.type == "DATE" or _inside(span.start, span.end, output.regions):
            continue  # a pseudonym read as a name; dates that are not birth dates stay by design
        found.append((span.type, span.start, span.end, True))
    found.extend((*leak, True) for leak in literal_leaks(output.text, identifiers, outside=output.regions))
    found.extend((finding.type, finding.start, finding.end, finding.type == ENCODED) for finding in reading.findings)
    leaks: dict[tuple[str, str], bool] = {}
    for kind, start, end, blocking in found:
        surface = (f"{end - start} characters of encoded content at offset {start}" if kind == ENCODED
                   else _outside_text(output, start, end))
        if surface:
            leaks[(kind, surface)] = leaks.get((kind, surface), False) or blocking
    return sorted((kind, surface, blocking) for (kind, surface), blocking in leaks.items())


def _verdict(output: _Output, reading: Reading) -> Verdict:
    """The second reader's findings (outside replacements) and suspects of one verified output."""
    from redaction.formats import Verdict

    findings = [{"where": "", **finding.to_json()} for finding in reading.findings
                if finding.type != ENCODED and _outside_text(output, finding.start, finding.end)]
    return Verdict.of(findings, reading.suspects)


def _inside(start: int, end: int, regions: Sequence[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in regions)


def _outside_text(output: _Output, start: int, end: int) -> str:
    """The part of ``output.text[start:end]`` that is original text (not a replacement)."""
    keep = [c if not any(a <= i < b for a, b in output.regions) else " " for i, c in zip(range(start, end), output.text[start:end], strict=True)]
    return " ".join("".join(keep).split()).strip(" ,.;:'’()[]")


def _pseudonyms(text: str, spans: Sequence[Any], replacements: Sequence[str | None]) -> list[dict[str, str]]:
    """Who became whom, across every text of the case study (the supporter checks this)."""
    seen: dict[tuple[str, str], str] = {}
    for span, replacement in zip(spans, replacements, strict=True):
        if replacement is not None and span.type in ("PERSON", "SCHOOL", "LOCATION"):
            seen.setdefault((span.type, " ".join(text[span.start : span.end].split())), replacement)
    return [{"type": kind, "text": surface, "label": label} for (kind, surface), label in sorted(seen.items(), key=lambda i: (i[1], i[0]))]
