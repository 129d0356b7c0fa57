"""Candidate sources that read one text alone: its language, the case record, our recognizers, Welsh names.

The model, which reads many texts at once, is :mod:`.model_source`.
"""

from __future__ import annotations

from collections.abc import Sequence

from redaction.text.known import matcher_for
from redaction.text.language import language_of
from redaction.text.negatives import why_not_a_person
from redaction.text.other_languages import welsh_names, welsh_names_on_welsh_lines
from redaction.text.pipeline.contract import Pass
from redaction.text.pipeline.reading import Found, Reading
from redaction.text.recognizers.contract import Recognizer

__all__ = ["KnownIdentifiers", "PatternRecognizers", "TellLanguage", "WelshNames"]


class TellLanguage(Pass):
    """Which language the text is in (:func:`redaction.text.language.language_of`). Off, every text is read
    as English, as when only the case record is matched."""

    name = "language"

    def run(self, reading: Reading) -> None:
        reading.language = language_of(reading.text)


class KnownIdentifiers(Pass):
    """Every written form of the case record's identifiers (:mod:`redaction.text.known`). A known name that
    is also an English word is left where the text uses it as the word ("Will you send it?"): the one
    negative the case record answers to, with a higher bar than for a guess."""

    name = "known"

    def run(self, reading: Reading) -> None:
        if not reading.entries:
            return
        kept = []
        for match in matcher_for(reading.entries).find(reading.text):
            why = why_not_a_person(reading.text, match.span, known=True) if match.span.type == "PERSON" else None
            if why is not None:
                reading.reject(match.span, self.name, why)
            else:
                kept.append(match)
        reading.known_matches = kept
        # The case record leads: resolution takes it first, and negatives never look at it.
        reading.spans[:0] = [m.span for m in kept]
        reading.found.extend(Found(m.span, self.name) for m in kept)


class PatternRecognizers(Pass):
    """Our recognizers (:mod:`redaction.text.recognizers`, or any :class:`Recognizer`, a Presidio one
    through :func:`~redaction.text.recognizers.presidio_adapter.from_presidio`)."""

    name = "patterns"

    def __init__(self, recognizers: Sequence[Recognizer]) -> None:
        self.recognizers = recognizers  # the detector's own list: a recognizer added to it is used

    def run(self, reading: Reading) -> None:
        # The reading keeps its tables for the later passes; reading them here, just before the table recognizer
        # asks for the same text's tables, lets read_tables' small cache answer it. Read after every text's
        # recognizers had run, they were read twice per text.
        _ = reading.tables
        for recognizer in self.recognizers:
            reading.add(recognizer.find(reading.text), by=f"{self.name}:{_name_of(recognizer)}")


def _name_of(recognizer: Recognizer) -> str:
    name = getattr(recognizer, "name", None)
    return name if isinstance(name, str) and name else type(recognizer).__name__


class WelshNames(Pass):
    """Welsh given names and surnames of the hand list, in a text with Welsh in it, or on the Welsh lines of a text
    read as English."""

    name = "welsh-names"

    def run(self, reading: Reading) -> None:
        if reading.language.welsh:
            reading.add(welsh_names(reading.text, reading.language), by=self.name)
        else:
            reading.add(welsh_names_on_welsh_lines(reading.text), by=self.name)
