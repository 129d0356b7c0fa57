"""Any Presidio ``EntityRecognizer`` as our recognizer contract (:mod:`.contract`).

Presidio's recognizers speak ``analyze(text, entities, nlp_artifacts) -> [RecognizerResult]`` with
Presidio's entity names (``EMAIL_ADDRESS``, ``UK_NHS``); ours speak ``find(text) -> Span`` with the span
types of :data:`redaction.spans.SPAN_TYPES`. :func:`from_presidio` wraps one in the other, mapping each
entity the recognizer supports to one of our types (say how with ``types``; an entity with no type of
ours is refused when wrapping, not silently dropped when finding). A recognizer that reads spaCy's
analysis (Presidio's ``SpacyRecognizer``) needs ``nlp_engine``, which makes the artifacts per text.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from redaction.spans import SPAN_TYPES, Span

if TYPE_CHECKING:
    from presidio_analyzer import EntityRecognizer
    from presidio_analyzer.nlp_engine import NlpEngine

__all__ = ["PRESIDIO_TYPES", "PresidioRecognizer", "from_presidio"]

# Presidio's names for the entities we also detect.
PRESIDIO_TYPES: Mapping[str, str] = {
    "PERSON": "PERSON", "LOCATION": "LOCATION", "PHONE_NUMBER": "PHONE", "EMAIL_ADDRESS": "EMAIL",
    "UK_NHS": "NHS_NUMBER", "DATE_TIME": "DATE", "UK_NINO": "NI_NUMBER",
}


@dataclass(frozen=True)
class PresidioRecognizer:
    """A Presidio recognizer seen through :class:`.contract.Recognizer`."""

    recognizer: EntityRecognizer
    types: Mapping[str, str]
    nlp_engine: NlpEngine | None = None

    @property
    def name(self) -> str:
        return str(getattr(self.recognizer, "name", None) or type(self.recognizer).__name__)

    def find(self, text: str) -> Iterator[Span]:
        artifacts = None
        if self.nlp_engine is not None:
            artifacts = self.nlp_engine.process_text(text, self.recognizer.supported_language)
        entities = list(self.types)
        # Presidio's signature asks for artifacts; its pattern recognizers read none and take None.
        for result in self.recognizer.analyze(text, entities, artifacts) or ():  # type: ignore[arg-type]
            kind = self.types.get(result.entity_type)
            if kind is None or result.start >= result.end:
                continue  # an entity not asked for (a recognizer may return more than it is asked)
            yield Span(result.start, result.end, kind, float(result.score), "pattern")


def from_presidio(recognizer: EntityRecognizer, *, types: Mapping[str, str] | None = None,
                  nlp_engine: NlpEngine | None = None) -> PresidioRecognizer:
    """``recognizer`` behind our contract. ``types`` maps Presidio entity names to ours (default
    :data:`PRESIDIO_TYPES`, and a name already one of ours maps to itself)."""
    from presidio_analyzer import EntityRecognizer

    if not isinstance(recognizer, EntityRecognizer):
        raise TypeError(f"not a Presidio EntityRecognizer: {recognizer!r}")
    table = dict(PRESIDIO_TYPES if types is None else types)
    mapping = {}
    for entity in recognizer.supported_entities:
        kind = table.get(entity, entity if entity in SPAN_TYPES else None)
        if kind is None:
            raise ValueError(f"{getattr(recognizer, 'name', recognizer)} finds {entity}, which has no span type of ours: "
                             f"pass types={{{entity!r}: one of {', '.join(SPAN_TYPES)}}}")
        if kind not in SPAN_TYPES:
            raise ValueError(f"{entity} is mapped to {kind!r}, not a span type ({', '.join(SPAN_TYPES)})")
        mapping[entity] = kind
    return PresidioRecognizer(recognizer, mapping, nlp_engine)
