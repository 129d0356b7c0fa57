"""Reading names in a text that is not English (or has Welsh passages): words stay words, names go.

The English reading takes a capitalised word nothing explains, or a word no English dictionary has, as
a name. In Welsh or German that is every other word. So in such a text each candidate name (a person,
place or address from a pattern or the model, not the case's known identifiers and not a field's whole
value) is cut down to the words that may be names there, and dropped when none is left:

- a word written with a capital (a word in lower case is no name here: known identifiers still find one);
- not an ordinary word of the language (:func:`redaction.text.language.ordinary_word`: its commonest
  words, and for Welsh a case letter's vocabulary with mutations undone), nor a heading, role or title;
- Welsh (and English with Welsh passages): at a sentence's opening, where every word has a capital, only
  a name the gazetteer or the Welsh hand list knows; mid-sentence any capitalised word left;
- any other language (German capitalises every noun): only a word the name gazetteer knows as a common
  given name or surname (strength 0.6 or more), and places only from patterns (addresses, postcodes),
  never the model's guess.

What this cannot promise is said in the result (``RedactionResult.not_guaranteed``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import regex

from redaction.spans import Span
from redaction.text.language import Language, line_at, line_language, ordinary_word, welsh_given_names
from redaction.text.english import is_english_word
from redaction.text.language import _MUTATIONS, STOP_WORDS
from redaction.text.lexicons import ACRONYMS, NOT_NAMES, WELSH_FORM_WORDS
from redaction.text.recognizers.field_person import EXACT_SCORE
from redaction.text.recognizers.address_grammar import STREET_TYPES, WORLD_STREET_TYPES

__all__ = ["foreign_cut", "foreign_reading", "welsh_names", "welsh_ordinary", "welsh_passage"]

_NAME_TYPES = frozenset({"PERSON", "LOCATION", "ADDRESS"})
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’\-]*")
_OPENING = regex.compile(r"(?:^|[.!?:;•\-*]\s*|\n\s*|[\"“(]\s*)$")
_MIN_STRENGTH = 0.1
_STRICT_STRENGTH = 0.6  # in another language the gazetteer is the only reader of a bare word: a common name only


_WELSH = Language("en", welsh=True)
_LINE_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’]*")
_MIN_PASSAGE_WORDS = 2
_MIN_PASSAGE_SHARE = 0.2  # a long English line with two words Welsh shares by chance is no Welsh passage


@lru_cache(maxsize=8192)  # asked for every word of every line a candidate stands on
def _welsh_form_word(word: str) -> bool:
    """A word of :data:`WELSH_FORM_WORDS`, or one with its initial mutation undone ("ddysgu", "nghi")."""
    bare = word.casefold()
    if bare in WELSH_FORM_WORDS:
        return True
    for mutated, radicals in _MUTATIONS:
        if bare.startswith(mutated) and len(bare) > len(mutated) + 1:
            if any(radical + bare[len(mutated):] in WELSH_FORM_WORDS for radical in radicals):
                return True
    return False


def welsh_ordinary(word: str) -> bool:
    """An ordinary Welsh word: the language reader's vocabulary or a form word, mutations undone."""
    return ordinary_word(word, _WELSH) or _welsh_form_word(word.strip("'’"))


def welsh_passage(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands on a line written (partly) in Welsh - "Dyddiad geni / Date of birth",
    "Mae Elli yn garedig" - in a text read as English: two or more of the line's words are ordinary Welsh words
    English does not have, so a bilingual form's Welsh labels are read as Welsh even when the document is
    mostly English."""
    return _welsh_line(line_at(text, start, end))


def _line_language_at(text: str, start: int, end: int) -> str | None:
    """The other language (not English, not Welsh) the line holding ``text[start:end]`` is written in, if any."""
    return line_language(line_at(text, start, end))


@lru_cache(maxsize=4096)
def _welsh_line(line: str) -> bool:
    words = _LINE_WORD.findall(line)
    # English first: on the English lines most texts are, that answer is cached and spares the Welsh reading.
    welsh = sum(1 for w in words if len(w) > 1 and not _english(w) and welsh_ordinary(w))
    return welsh >= _MIN_PASSAGE_WORDS and welsh >= _MIN_PASSAGE_SHARE * len(words)


def _english(word: str) -> bool:
    return word.casefold() in STOP_WORDS["en"] or is_english_word(word)


def _gazetteer_name(word: str, *, strength: float = _MIN_STRENGTH) -> bool:
    from redaction.gazetteer import lookup

    info = lookup(word)
    return word in welsh_given_names() or (info is not None and info.strength >= strength)


def _may_be_a_name(text: str, start: int, word: str, language: Language, *, strict: bool) -> bool:
    bare = word.removesuffix("'s").removesuffix("’s").strip("'’-")
    if len(bare) < 2 or not bare[0].isupper() or bare.upper() in ACRONYMS and bare.isupper():
        return False
    if bare in NOT_NAMES or bare.capitalize() in NOT_NAMES or ordinary_word(bare, language):
        return False
    if language.welsh and _welsh_form_word(bare):
        return False
    if strict:
        return _gazetteer_name(bare, strength=_STRICT_STRENGTH)
    opening = _OPENING.search(text, max(0, start - 4), start) is not None
    return not opening or _gazetteer_name(bare)


def _cut(text: str, span: Span, language: Language, *, strict: bool) -> Span | None:
    names = [w for w in _WORD.finditer(text, span.start, span.end)
             if _may_be_a_name(text, w.start(), w.group(), language, strict=strict)]
    if not names:
        return None
    start, end = names[0].start(), names[-1].end()
    if (start, end) == (span.start, span.end):
        return span
    return Span(start, end, span.type, span.score, span.source)


def foreign_reading(text: str, spans: Iterable[Span], language: Language) -> list[Span]:
    """``spans`` with each candidate name cut to the words that may be names in ``language``."""
    return [read for span in spans if (read := foreign_cut(text, span, language)[0]) is not None]


def foreign_cut(text: str, span: Span, language: Language) -> tuple[Span | None, str]:
    """One span read in ``language``: itself, cut to the words that may be names there, or ``None``; and why
    (empty when it stands whole). In a text read as English without Welsh, a span on a Welsh line
    (:func:`welsh_passage`) is read as Welsh."""
    if language.english and not language.welsh:
        if span.type not in _NAME_TYPES:
            return span, ""
        if welsh_passage(text, span.start, span.end):
            language = _WELSH
        else:
            code = _line_language_at(text, span.start, span.end)
            if code is None:
                return span, ""
            language = Language(code)
    if span.type not in _NAME_TYPES or span.source == "known" or span.score >= EXACT_SCORE:
        return span, ""
    if span.type == "ADDRESS" and span.source == "pattern" and (street := _address_from_its_street(text, span)) is not None:
        return street, ""  # a street line and the parts joined to it read the same in any language
    strict = language.code not in ("en", "cy")
    if strict and span.type != "PERSON" and span.source == "model":
        return None, f"a capitalised word the model calls a place, in {language.code} (nouns have capitals)"
    cut = _cut(text, span, language, strict=strict)
    if cut is None:
        return None, f"no word of it may be a name in {language.code}"
    return cut, "" if cut is span else f"cut to the words that may be names in {language.code}"


_STREET_LINE_MARK = regex.compile(
    r"\d|\b(?:" + "|".join((*STREET_TYPES, *WORLD_STREET_TYPES)) + r")\b|(?i:stra(?:ß|ss)e|weg|gasse|platz|gatan|gata|vej|katu)\b")


def _address_from_its_street(text: str, span: Span) -> Span | None:
    """An address found by its pattern, from its first line that holds a number or a street's kind, when its parts
    are joined by commas or that line has a number: "Heol y Gaer, Llandysul, Ceredigion", "Lindenweg 7, 80331
    München"; the lines above it (a signature's "Huw Rhydderch, Pennaeth") go to the ordinary reading."""
    start = span.start
    while start < span.end:
        line_end = text.find("\n", start, span.end)
        line_end = span.end if line_end < 0 else line_end
        if _STREET_LINE_MARK.search(text, start, line_end):
            break
        start = line_end + 1
    if start >= span.end or not regex.search(r"\d|,", text[start : span.end]):
        return None
    return span if start == span.start else Span(start, span.end, span.type, span.score, span.source)
_CYMRAEG = Language("cy", welsh=True)
_WELSH_LINE_MARK = regex.compile(r"(?i:\b(?:yn|y|yr|mae|bydd|gyda|ac|ei|eu|ddim)\b)")


def welsh_names_on_welsh_lines(text: str) -> Iterator[Span]:
    """In a text read as English, the Welsh given names of the hand list on its Welsh lines (:func:`welsh_passage`):
    "Erbyn diwedd Tymor yr Haf bydd Mabli yn darllen." inside an English letter."""
    if _WELSH_LINE_MARK.search(text) is None:  # no common Welsh word anywhere: no Welsh line
        return
    for span in welsh_names(text, _CYMRAEG):  # ordinary Welsh words ("Haf", summer) read as Welsh
        if welsh_passage(text, span.start, span.end):
            yield span


def welsh_names(text: str, language: Language) -> Iterator[Span]:
    """Welsh given names and surnames of the hand list, written with a capital, in a Welsh text; a word that
    is also an ordinary Welsh word ("Haf", summer; "Medi", September) is left to the other readers."""
    names = welsh_given_names()
    for word in _WORD.finditer(text):
        if word.group() in names and not ordinary_word(word.group(), language):
            yield Span(word.start(), word.end(), "PERSON", 0.75, "pattern")
