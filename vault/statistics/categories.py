"""The closed vocabularies a quarterly return counts by.

Every record field that reaches a table must be one of these labels. A closed vocabulary is what
keeps identifying free text ("the Smith twins' exclusion") out of a return: an unknown label is
an error, never a new row. The defaults follow the categories English local authorities already
use (primary need types from the SEND Code of Practice and the DfE SEN2/school census; age bands
of the 0–25 SEND age range); a service can pass its own :class:`Categories`.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from vault.statistics.errors import InvalidInput

__all__ = [
    "AGE_BANDS",
    "CASE_OUTCOMES",
    "ENQUIRY_CHANNELS",
    "ENQUIRY_OUTCOMES",
    "ENQUIRY_TOPICS",
    "NEEDS",
    "NOT_KNOWN",
    "NOT_RECORDED",
    "REFERRAL_SOURCES",
    "SCHOOL_PHASES",
    "TOTAL",
    "Categories",
]

TOTAL = "Total"
NOT_KNOWN = "Not known"
NOT_RECORDED = "Not recorded"

ENQUIRY_TOPICS = (
    "EHC needs assessment",
    "EHC plan or annual review",
    "SEN support in school",
    "Exclusion",
    "School admission or placement",
    "Home to school transport",
    "Tribunal or appeal",
    "Health or social care",
    "Attendance",
    "Other",
)
ENQUIRY_CHANNELS = ("Telephone", "Email", "In person", "Online form", "Letter", "Other")
ENQUIRY_OUTCOMES = (
    "Information given",
    "Advice given",
    "Signposted elsewhere",
    "Referred for casework",
    "Other",
)
NEEDS = (
    "Specific learning difficulty",
    "Moderate learning difficulty",
    "Severe learning difficulty",
    "Profound and multiple learning difficulty",
    "Social, emotional and mental health",
    "Speech, language and communication needs",
    "Hearing impairment",
    "Vision impairment",
    "Multi-sensory impairment",
    "Physical disability",
    "Autistic spectrum disorder",
    "Other difficulty or disability",
    "No specialist assessment of need",
    NOT_KNOWN,
)
CASE_OUTCOMES = (
    "Resolved",
    "Partly resolved",
    "Not resolved",
    "Referred on",
    "Withdrawn or disengaged",
    NOT_RECORDED,
)
REFERRAL_SOURCES = (
    "Parent or carer",
    "Young person",
    "School or setting",
    "Local authority",
    "Health",
    "Social care",
    "Voluntary sector",
    "Other",
    NOT_KNOWN,
)
AGE_BANDS = ("Under 5", "5 to 10", "11 to 15", "16 to 19", "20 to 25", NOT_KNOWN)
SCHOOL_PHASES = (
    "Early years",
    "Primary",
    "Secondary",
    "Post-16",
    "Not in education or training",
    NOT_KNOWN,
)

# A label must be safe in a spreadsheet: these first characters start a formula in Excel/LibreOffice.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_MAX_LABEL = 100


def _check_labels(field: str, labels: object) -> tuple[str, ...]:
    if not isinstance(labels, tuple) or not labels:
        raise InvalidInput(f"categories.{field} must be a non-empty tuple of labels")
    for label in labels:
        if not isinstance(label, str) or not label.strip() or label != label.strip():
            raise InvalidInput(f"categories.{field}: {label!r} is not a trimmed, non-empty label")
        if label == TOTAL:
            raise InvalidInput(f"categories.{field}: {TOTAL!r} is reserved for totals")
        if label.startswith(_FORMULA_STARTS) or len(label) > _MAX_LABEL:
            raise InvalidInput(f"categories.{field}: {label!r} would not be safe in a spreadsheet")
        if not label.isprintable():
            raise InvalidInput(f"categories.{field}: {label!r} contains control characters")
    if len(set(labels)) != len(labels):
        raise InvalidInput(f"categories.{field} lists a label twice")
    return labels


@dataclass(frozen=True)
class Categories:
    """The labels each dimension of the return may take, in the order rows and columns appear.

    Every label is listed in every table even when its count is 0, so a quarter's CSV always has
    the same shape and an empty category is visible as a 0 rather than a missing row.
    """

    topics: tuple[str, ...] = ENQUIRY_TOPICS
    channels: tuple[str, ...] = ENQUIRY_CHANNELS
    enquiry_outcomes: tuple[str, ...] = ENQUIRY_OUTCOMES
    needs: tuple[str, ...] = NEEDS
    case_outcomes: tuple[str, ...] = CASE_OUTCOMES
    referral_sources: tuple[str, ...] = REFERRAL_SOURCES
    age_bands: tuple[str, ...] = AGE_BANDS
    school_phases: tuple[str, ...] = SCHOOL_PHASES

    def __post_init__(self) -> None:
        for field in fields(self):
            _check_labels(field.name, getattr(self, field.name))

    def for_enquiries(self) -> dict[str, tuple[str, ...]]:
        """Dimension name (as in the CSV) → labels, for enquiry tables."""
        return {"topic": self.topics, "outcome": self.enquiry_outcomes, "channel": self.channels}

    def for_cases(self) -> dict[str, tuple[str, ...]]:
        """Dimension name (as in the CSV) → labels, for case tables."""
        return {
            "need": self.needs,
            "outcome": self.case_outcomes,
            "referral_source": self.referral_sources,
            "age_band": self.age_bands,
            "school_phase": self.school_phases,
        }
