"""The detector's passes, in the order they run."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from redaction.text.pipeline.after_name import AfterName
from redaction.text.pipeline.contract import Pass
from redaction.text.pipeline.model_source import ModelEntities
from redaction.text.pipeline.negatives import ForeignReading, NotAPerson, TableCells
from redaction.text.pipeline.resolution import Detections, FinalTyping, Propagation, Resolution, Widening
from redaction.text.pipeline.runner import Pipeline
from redaction.text.pipeline.sources import KnownIdentifiers, PatternRecognizers, TellLanguage, WelshNames
from redaction.text.pipeline.weak_cues import TrimPerson, WeakCues
from redaction.text.recognizers.contract import Recognizer

if TYPE_CHECKING:
    from spacy.language import Language as SpacyModel

__all__ = ["KNOWN_ONLY", "standard_pipeline"]

# The passes that run when only the case record is matched (``detectors=False``).
KNOWN_ONLY = frozenset({"known", "detections"})


def standard_pipeline(recognizers: Sequence[Recognizer], nlp: SpacyModel | None, *, model_reach: str) -> Pipeline:
    """Sources (language, case record, recognizers, Welsh names, the model), negatives with reasons (table
    cells, not a person, the foreign reading, weak cues, trimming), resolution, widening, propagation, the
    foreign reading again, final typing, and the detections. Without a model there is no model pass."""
    not_a_person = NotAPerson()
    passes: list[Pass] = [TellLanguage(), KnownIdentifiers(), PatternRecognizers(recognizers), WelshNames()]
    if nlp is not None:
        passes.append(ModelEntities(nlp, reach=model_reach))
    passes += [TableCells(), not_a_person, ForeignReading(), WeakCues(), TrimPerson(),
               Resolution(), Widening(vetted_by=[not_a_person]), Propagation(vetted_by=[not_a_person]), AfterName(), ForeignReading(), FinalTyping(),
               Detections()]
    return Pipeline(passes)
