"""Turn detections into the anonymised text and its JSON span report."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from redaction.spans import Span
from redaction.text.dates import parse_date
from redaction.text.detector import Detection
from redaction.text.language import language_of
from redaction.text.pseudonyms import Mention, PersonLabeller
from redaction.text.roles import mention_cues
from redaction.text.settings import AGE_BANDS, RedactionSettings

__all__ = ["RedactionResult", "anonymise"]

_TYPE_LABELS = {
    "ADDRESS": "[ADDRESS]", "POSTCODE": "[POSTCODE]", "PHONE": "[PHONE]", "EMAIL": "[EMAIL]",
    "NHS_NUMBER": "[NHS NUMBER]", "NI_NUMBER": "[NI NUMBER]", "UPN": "[UPN]", "ULN": "[ULN]",
    "CASE_REF": "[CASE REF]", "TERM": "[REDACTED]", "HOSPITAL_NUMBER": "[HOSPITAL NUMBER]",
    "CHI_NUMBER": "[CHI NUMBER]", "HC_NUMBER": "[H&C NUMBER]", "SOCIAL_CARE_ID": "[SOCIAL CARE ID]",
    "SOCIAL_HANDLE": "[HANDLE]", "VEHICLE_REGISTRATION": "[VEHICLE REG]", "SORT_CODE": "[SORT CODE]",
    "ACCOUNT_NUMBER": "[ACCOUNT NUMBER]",
}


@dataclass(frozen=True, slots=True)
class RedactionResult:
    """The anonymised text, the spans found in the *input* text and what replaced each of them.

    Compact on purpose (worker processes send it back pickled); :attr:`report` builds the JSON rows."""

    redacted: str
    spans: tuple[Span, ...]
    replacements: tuple[str | None, ...] = ()
    language: str = "en"  # the language the text was read as (redaction.text.language)
    not_guaranteed: tuple[str, ...] = ()  # what the detector does not promise for this text (another language)

    @property
    def report(self) -> list[dict[str, object]]:
        """One JSON-ready row per replaced span: start, end, type, score, source, replacement."""
        return [{**span.to_json(), "replacement": replacement}
                for span, replacement in zip(self.spans, self.replacements) if replacement is not None]


def _age_band(born: dt.date, at: dt.date) -> str:
    age = at.year - born.year - ((at.month, at.day) < (born.month, born.day))
    for low, high in AGE_BANDS:
        if low <= age <= high:
            return f"[aged {low}-{high}]"
    return f"[aged {AGE_BANDS[-1][1]}+]" if age > AGE_BANDS[-1][1] else "[DATE OF BIRTH]"


def _date_of_birth(surface: str, settings: RedactionSettings) -> str:
    born = parse_date(surface)
    if born is None or settings.dob == "remove":
        return "[DATE OF BIRTH]"
    if settings.dob == "year":
        return str(born.year)
    assert settings.reference_date is not None
    return _age_band(born, settings.reference_date)


def _shifted(surface: str, offset: dt.timedelta) -> str:
    day = parse_date(surface)
    if day is None:
        return "[DATE]"
    moved = day + offset
    if regex.fullmatch(r"\d{4}-\d{2}-\d{2}", surface):
        return moved.isoformat()
    if regex.fullmatch(r"[\d/.\-]+", surface):
        return moved.strftime("%d/%m/%Y")
    return f"{moved.day} {moved.strftime('%B %Y')}"


def _mention(text: str, detection: Detection) -> Mention:
    span, entry = detection.span, detection.entry
    return Mention(
        text[span.start : span.end],
        mention_cues(text, span.start, span.end),
        known_key=entry.key if entry else None,
        known_words=tuple(sorted(Mention(entry.value, mention_cues("", 0, 0)).words)) if entry else (),
        known_role=PersonLabeller.known_role(entry.role) if entry else None,
        full_name=detection.full_name,
        role_hint=_HINTED_ROLES.get(detection.role or ""),
    )


_HINTED_ROLES = {"child": "Child"}
_LABEL_KEY = regex.compile(r"['’]s$|\s+")


class _Labels:
    def __init__(self) -> None:
        self.people = PersonLabeller()
        self.numbered: dict[str, dict[str, int]] = {}

    def numbered_label(self, kind: str, surface: str) -> str:
        names = self.numbered.setdefault(kind, {})
        key = _LABEL_KEY.sub(" ", surface).strip().casefold()
        for known, number in names.items():
            if key in known or known in key:
                return f"[{kind} {number}]"
        names[key] = len(names) + 1
        return f"[{kind} {names[key]}]"


def anonymise(
    text: str,
    detections: Sequence[Detection],
    *,
    settings: RedactionSettings,
    rng: random.Random | None = None,
) -> RedactionResult:
    labels = _Labels()
    offset = None
    if settings.shift_dates:
        if rng is None:
            raise ValueError("shift_dates needs an rng (pass random.Random(seed))")
        days = rng.randint(1, settings.max_shift_days) * rng.choice((-1, 1))
        offset = dt.timedelta(days=days)
    people = [i for i, d in enumerate(detections) if d.span.type == "PERSON"]
    person_labels = dict(zip(people, labels.people.labels([_mention(text, detections[i]) for i in people])))
    pieces: list[str] = []
    replacements: list[str | None] = []
    cursor = 0
    for index, d in enumerate(detections):
        span, surface = d.span, text[d.span.start : d.span.end]
        if span.type == "PERSON":
            replacement = person_labels[index]
        elif span.type == "SCHOOL":
            replacement = labels.numbered_label("School", surface)
        elif span.type == "LOCATION":
            replacement = labels.numbered_label("Place", surface)
        elif span.type == "DATE_OF_BIRTH":
            replacement = _date_of_birth(surface, settings)
        elif span.type == "DATE":
            if offset is None:
                replacements.append(None)  # kept as written: reported as a span, not replaced
                continue
            replacement = _shifted(surface, offset)
        else:
            replacement = _TYPE_LABELS.get(span.type, f"[{span.type}]")
        pieces += [text[cursor : span.start], replacement]
        cursor = span.end
        replacements.append(replacement)
    pieces.append(text[cursor:])
    language = language_of(text)
    return RedactionResult("".join(pieces), tuple(d.span for d in detections), tuple(replacements),
                           language.code, language.not_guaranteed)
