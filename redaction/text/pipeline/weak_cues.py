"""Weak person cues stand only with support; person candidates are trimmed to their name.

``weak-cues``: a person found on a weak cue (a possessive, a reporting verb, a line in capitals, a
capitalised English word opening a sentence that the model called a person; score at most
:data:`~.model_source.WEAK`) stands only with support for it being a name: a known first name, a
confident mention elsewhere, its place mid-sentence, or - at a sentence's opening, where any word is
capitalised - the model calling it a name (of a person, place or organisation: the model's label for a
rare name is often wrong, its boundary rarely), not being English, or being the subject of a verb only
people do. A weak cue on a known first name becomes a confident name (it will propagate).

``trim``: a person candidate not read whole from a field or a cell loses the words around it that are
no name (:func:`redaction.text.absorb.trim_person`), and goes when nothing is left.
"""

from __future__ import annotations

import regex

from redaction.spans import Span
from redaction.text.absorb import trim_person
from redaction.text.english import is_english_word
from redaction.text.lexicons import FIRST_NAMES, NOT_NAMES
from redaction.text.pipeline.contract import Pass
from redaction.text.pipeline.model_source import SENTENCE_START, WEAK
from redaction.text.pipeline.reading import Reading
from redaction.text.recognizers.date_of_birth import dated_name
from redaction.text.recognizers.field_person import EXACT_SCORE
from redaction.text.title_after import cut_at_title

__all__ = ["TrimPerson", "WeakCues", "corroborated"]

_LETTERS = regex.compile(r"[\p{L}][\p{L}'’]*")
_HUMAN_VERB_AFTER = regex.compile(
    r"[ ]+(?:(?:also|still|now|often|really|then|never|always|usually|sometimes|just|only|already)[ ]+)?"
    r"(?:said|says|told|tells|feels|felt|thinks|thought|wants|wanted|rang|phoned|emailed|texted|asked|agreed"
    r"|explained|reported|reports|attends|attended|applied|applies|enjoys|enjoyed|loves|loved|hates|likes|liked|can[ ]come"
    r"|will[ ]come|came|cried|worries|worried|struggles|struggled|consented|refuses|refused)\b"
)


def corroborated(span: Span, text: str, strong_words: set[str], name_ranges: list[tuple[int, int]]) -> bool:
    """Whether a weak person cue has support for being a name (see the module's docstring)."""
    surface = text[span.start : span.end]
    if surface in FIRST_NAMES or surface in strong_words or dated_name(text, span.start, span.end):
        return True
    if SENTENCE_START.search(text, max(0, span.start - 4), span.start) is None and not surface.isupper():
        return True
    # A plural of an English word ("Governors agreed", "Meetings are") is no name, whatever the model says: it
    # reads every line, sentence openings included, where a capital tells it nothing.
    if surface.endswith("s") and is_english_word(surface[:-1]) and surface[:-1] not in FIRST_NAMES:
        return False
    if span.source == "pattern" and any(start <= span.start < end for start, end in name_ranges):
        return True
    words = _LETTERS.findall(surface)
    if any(w.capitalize() in NOT_NAMES for w in words):
        return False
    if any(not is_english_word(w) for w in words):
        return True
    # An English word that is also a name ("Shay", "Precious") opens a sentence as the subject of a verb
    # only people do ("Precious also attends", "Shay can come").
    return _HUMAN_VERB_AFTER.match(text, span.end) is not None


def _scored(span: Span, text: str) -> Span:
    """A weak cue on a word the first-name lexicon knows is a confident name (it will propagate)."""
    if text[span.start : span.end] in FIRST_NAMES:
        return Span(span.start, span.end, span.type, 0.75, span.source)
    return span


class WeakCues(Pass):
    name = "weak-cues"

    def run(self, reading: Reading) -> None:
        text, detected = reading.text, reading.detected
        strong = [s for s in detected if s.score > WEAK]
        strong_words = {text[s.start : s.end] for s in strong if s.type == "PERSON"}
        kept = list(strong)
        for span in detected:
            if span.score <= WEAK and span.type == "PERSON":
                if corroborated(span, text, strong_words, reading.name_ranges):
                    kept.append(_scored(span, text))
                else:
                    reading.reject(span, self.name, "a weak person cue nothing in the text corroborates")
        kept += [s for s in detected if s.score <= WEAK and s.type != "PERSON"]
        reading.keep_detected(kept)


_ROLE_LINE = regex.compile(r"[ \t]*([^\n,|(]+)")


def _plain_role(words: list[str]) -> bool:
    """A role's head word after capitalised dictionary words that no list of given names holds ("General
    Practitioner"): the gazetteer's weak given-name readings of ordinary words do not count on a job line."""
    from redaction.text.given_names import is_given_name
    from redaction.text.named_things import ROLE_HEADS

    return (len(words) >= 2 and words[-1] in ROLE_HEADS
            and all(w[:1].isupper() and is_english_word(w) and w not in FIRST_NAMES and not is_given_name(w)
                    for w in words[:-1]))


def cut_before_a_role_line(text: str, span: Span) -> Span:
    """A person span running from a name's line onto the next line, where that line holds a job title ("Dr Rahul
    Sengupta / General Practitioner", "Marsha / Supported Internship Lead, Project Choice"), cut at the line break:
    a signature's job line is no part of the name, whatever the score."""
    from redaction.text.named_things import why_role_title

    brk = text.find("\n", span.start, span.end)
    if brk <= span.start or not text[span.start : brk].strip():
        return span
    line = _ROLE_LINE.match(text, brk + 1)
    if line is None:
        return span
    role = Span(line.start(1), line.start(1) + len(line.group(1).rstrip()), "PERSON", span.score, span.source)
    if role.end < span.end - 1:  # the span must end inside that line
        return span
    if why_role_title(text, role) is None and not _plain_role(_LETTERS.findall(line.group(1))):
        return span
    end = brk
    while end > span.start and text[end - 1] in " \t\r":
        end -= 1
    return Span(span.start, end, span.type, span.score, span.source)


class TrimPerson(Pass):
    name = "trim"

    def run(self, reading: Reading) -> None:
        kept = []
        for span in reading.detected:
            if span.type == "PERSON" and "\n" in reading.text[span.start : span.end]:
                cut = cut_before_a_role_line(reading.text, span)
                if cut != span:
                    reading.reject(span, self.name, "ran on to the next line's job title: cut at the line break")
                    span = cut
            if span.type == "PERSON" and (titled := cut_at_title(reading.text, span)) is not None:
                # "Jenny Platt Family Support Worker": the title says what she does; the name is the span
                reading.reject(span, self.name, "ran on into the job title after the name: cut before the title")
                span = titled
            if span.type != "PERSON" or span.score >= EXACT_SCORE:
                kept.append(span)
            elif (trimmed := trim_person(reading.text, span)) is not None:
                kept.append(trimmed)
            else:
                reading.reject(span, self.name, "no word of it is a name once trimmed")
        reading.keep_detected(kept)
