"""Many pieces of one document redacted as one text, so each person keeps one pseudonym across them
(the e-mail's From header, its body and its text attachment all say "Parent A").

A document adds *groups*: a header value with its field name as context ("Subject: " ...), a body,
the text nodes of an HTML body (concatenated as the browser shows them, so a name split over
``<b>Sa</b>rah`` is one word to the detectors). Pieces are *slots* (written back) or ``Context``
(read by the detectors, never written). Groups are joined with blank lines (the detectors work within
paragraphs), redacted once, and every slot gets its own redacted text back: a span reaching over
several slots is replaced in the first and removed from the others, so nothing of it survives.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from redaction.text import TextRedactor

__all__ = ["DOB_LABEL", "Context", "JointResult", "JointText", "known_for_text"]

SEPARATOR = "\n\n\n\n"
DOB_LABEL = "[DATE OF BIRTH]"  # removed, not generalised: a year narrows a family down
_NAMED_TYPES = ("PERSON", "SCHOOL", "LOCATION", "ADDRESS")


@dataclass(frozen=True, slots=True)
class Context:
    text: str


@dataclass
class JointResult:
    texts: list[str]  # the redacted text of each slot
    spans: list[dict[str, Any]]  # per slot: start, end (in the slot's input), type, source, replacement
    labels: set[str]  # every replacement written
    pseudonyms: list[dict[str, str]]  # type, text, label
    surfaces: list[str]  # what was found of people, schools, places, addresses (terms for other parts)

    def counts(self) -> dict[str, int]:
        return dict(Counter(span["type"] for span in self.spans))


@dataclass
class JointText:
    _groups: list[list[tuple[str, bool]]] = field(default_factory=list)
    _slots: int = 0

    def group(self, *pieces: str | Context) -> list[int]:
        """Add one group; returns the slot ids of its ``str`` pieces, in order."""
        ids, parts = [], []
        for piece in pieces:
            if isinstance(piece, Context):
                parts.append((piece.text, False))
            else:
                parts.append((piece, True))
                ids.append(self._slots)
                self._slots += 1
        self._groups.append(parts)
        return ids

    def slot(self, text: str, *, context: str = "") -> int:
        return self.group(Context(context), text)[0] if context else self.group(text)[0]

    def redact(self, redactor: TextRedactor, *, known: Mapping[str, Sequence[str]] | None,
               detect: bool) -> JointResult:
        combined, bounds = self._combined()
        result = redactor.redact(combined, known=known or None, detectors=detect)
        chosen = [(span, DOB_LABEL if span.type == "DATE_OF_BIRTH" else replacement)
                  for span, replacement in zip(result.spans, result.replacements, strict=True) if replacement is not None]
        chosen.sort(key=lambda pair: pair[0].start)
        owners = [next((i for i, (a, b) in enumerate(bounds) if span.start < b and a < span.end), -1) for span, _ in chosen]
        texts, rows = [], []
        for slot, (a, b) in enumerate(bounds):
            pieces, cursor = [], a
            for (span, label), owner in zip(chosen, owners, strict=True):
                s, e = max(span.start, a, cursor), min(span.end, b)
                if s >= e:
                    continue
                pieces.append(combined[cursor:s])
                if owner == slot:
                    pieces.append(label)
                    rows.append({"slot": slot, "start": s - a, "end": e - a, "type": span.type, "source": span.source,
                                 "replacement": label})
                cursor = e
            pieces.append(combined[cursor:b])
            texts.append("".join(pieces))
        labels = {label for _, label in chosen}
        return JointResult(texts, rows, labels, _pseudonyms(combined, chosen), _surfaces(combined, chosen))

    def _combined(self) -> tuple[str, list[tuple[int, int]]]:
        out: list[str] = []
        bounds: list[tuple[int, int]] = []
        length = 0
        for index, group in enumerate(self._groups):
            if index:
                out.append(SEPARATOR)
                length += len(SEPARATOR)
            for text, is_slot in group:
                if is_slot:
                    bounds.append((length, length + len(text)))
                out.append(text)
                length += len(text)
        return "".join(out), bounds


def known_for_text(known: Mapping[str, Sequence[str]] | None, terms: Sequence[str]) -> dict[str, list[str]]:
    """One mapping for the text redactor: explicit terms ride as the ``TERM`` type."""
    mapping = {key: list(values) for key, values in (known or {}).items() if values}
    extra = [term for term in dict.fromkeys(terms) if term.strip()]
    if extra:
        mapping["TERM"] = list(dict.fromkeys([*mapping.get("TERM", []), *extra]))
    return mapping


def _pseudonyms(text: str, chosen: Sequence[tuple[Any, str]]) -> list[dict[str, str]]:
    seen: dict[tuple[str, str], str] = {}
    for span, label in chosen:
        if span.type in ("PERSON", "SCHOOL", "LOCATION"):
            seen.setdefault((span.type, " ".join(text[span.start : span.end].split())), label)
    return [{"type": kind, "text": surface, "label": label}
            for (kind, surface), label in sorted(seen.items(), key=lambda item: (item[1], item[0]))]


def _surfaces(text: str, chosen: Sequence[tuple[Any, str]]) -> list[str]:
    found = (" ".join(text[span.start : span.end].split()) for span, _ in chosen if span.type in _NAMED_TYPES)
    return list(dict.fromkeys(surface for surface in found if len(surface) >= 3))
