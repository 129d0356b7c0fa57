"""Words that look like names but are not people: eponyms of conditions and assessments, and English-word
names used as words.

- "Down syndrome", "Rett syndrome", "Duchenne muscular dystrophy", "Asperger's", "Tourette's", "the
  Boxall Profile", "a Vineland assessment": a capitalised word right before a condition or instrument
  word (syndrome, disease, dystrophy, palsy, scale, profile, assessment, questionnaire …) is the name of
  that thing, and the eponyms of SEND paperwork are known by name (:data:`EPONYMS`) even alone;
- "Home language: Romanian", "speaks Gaelic", "Irish Traveller": languages, nationalities and peoples
  (:mod:`.peoples`) are no one, unless a verb only people do follows ("French said");
- "Will you send it?", "Mark making", "Grace period": a given name that is also an English word, opening
  a sentence and followed by a lower-case word, is that word, unless a verb only people do follows
  ("Will said"). For a name from the case record the bar is higher, because leaving the family's name is
  worse than blanking a word: only a pronoun, article or auxiliary after it makes it a word ("Will you
  send it?"), while "Will not attending since the holidays" is the child.

For a candidate not from the case record, the text's own reading (the last two only for a candidate not
read whole from a field, whose label says what it is):

- "Bedside teaching", "Appellant", "the Sports Hall": capitalised dictionary words that the same text
  also writes in lower case ("at the bedside", "the appellant") are words there, not a name nobody
  else writes (no title before them, and no given name ever before them: "Tyler Best" makes "Best" a name);
- "health visitor", "by video": lower-case common words no gazetteer has as a name (even a field's value:
  "Referred by: health visitor" names a role), unless a title comes before them ("ms wainwright");
- "her sister used (+353 …)": lower-case dictionary words in a line whose writer capitalises names mid-sentence
  ("a man in Oranmore"); a line typed all in lower case gives no such sign ("my son rory");
- "Fibrelink", "Purevax RCP": brands and products told by their name's form (:mod:`.brand_forms`);
- "the HT", "ALN", "IDP": an initialism - a known one, one the text spells out ("Head Teacher (HT)"), or
  one the text writes after an article ("the HT", "an IDP"), which initials of a person never take.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from redaction.spans import Span
from redaction.text.abroad import why_country_in_a_list, why_place_abroad
from redaction.text.at_a_position import at_a_position
from redaction.text.brand_forms import why_brand_form
from redaction.text.character_company import why_character_by_company
from redaction.text.english import (abbreviates_a_word, is_common_word, is_english_word, looks_like_a_typo,
                                    two_words_run_together)
from redaction.text.everyday_eponyms import why_everyday_eponym
from redaction.text.family_life import why_family_life
from redaction.text.festival_greetings import why_festival_greeting
from redaction.text.general_negatives import why_general_thing
from redaction.text.kind_after import why_kind_after
from redaction.text.language import line_at, welsh_given_names
from redaction.text.layout_words import why_plain_cell_word, why_short_weekday
from redaction.text.lines import line_bounds
from redaction.text.named_tools import why_health_board_area, why_named_tool
from redaction.text.lexicons import (
    ACRONYMS,
    CALENDAR_WORDS,
    ENGLISH_WORD_NAMES,
    EPONYMS,
    FIRST_NAMES,
    NON_IDENTIFYING_PLACES,
    TITLES,
)
from redaction.text.named_things import (
    why_class_name,
    why_medicine_by_ending,
    why_public_figure,
    why_condition,
    why_named_thing,
    why_not_a_place,
    why_not_identifying_place,
    why_numbered_word,
    why_organisation_place,
    why_role_title,
)
from redaction.text.names import TITLE, strip_possessive
from redaction.text.pets_and_toys import why_pet_or_toy
from redaction.text.place_reading import why_county_of_a_named_town, why_party_of_a_reported_case
from redaction.text.recognizers.date_of_birth import dated_name
from redaction.text.recognizers.field_person import EXACT_SCORE
from redaction.text.recognizers.lowercase_cued_name import bare_possessive_name
from redaction.text.role_lists import why_role_list
from redaction.text.send_things import why_send_thing
from redaction.text.peoples import PEOPLES_AND_LANGUAGES
from redaction.text.table_vocabulary import header_kind
from redaction.text.thing_reading import (
    why_car,
    why_eponym_before_a_score,
    why_level,
    why_listed_group,
    why_short_month,
    why_tallied_name,
    why_thing_before_its_kind,
)
from redaction.text.text_caches import per_text
from redaction.text.thing_slots import why_thing_slot
from redaction.text.title_after import name_before_title
from redaction.text.trip_places import why_trip_place

__all__ = ["is_not_a_person", "why_not_a_person"]

_ROMAN_EDITION = regex.compile(r"(?:I{1,3}|IV|V|VI{1,3})")  # "Griffiths III", "WIAT-III": an instrument's edition
# Welsh words of time before a day's, a festival's or a season's name: "dydd Gwener", "Dydd Gŵyl Dewi", "Tymor yr
# Haf", "Gwyliau'r Pasg", "Wythnos Llyfrau" (radical and mutated forms).
_WELSH_TIME_BEFORE = regex.compile(
    r"(?<![\p{L}])(?i:dydd|ddydd|nos|gŵyl|gwyl|ŵyl|wyl|tymor[ ]yr|dymor[ ]yr|gwyliau['’]r|wyliau['’]r|wythnos)[ \u00a0]+"
    r"(?:\p{Lu}\p{L}*[ \u00a0]+)?\Z")
_WELSH_TIME_OPENS = regex.compile(
    r"(?i:dydd|ddydd|nos|gŵyl|gwyl|tymor[ ]yr|dymor[ ]yr|gwyliau['’]r|wyliau['’]r|wythnos)[ \u00a0]+\p{Lu}")
_THING_AFTER = regex.compile(
    r"(?:['’]s?)?[ \n]+(?:\d+[ ]+)?(?i:syndrome|disease|disorder|dystrophy|palsy|anomaly|sequence|sign|scales?|test|subtests?"
    r"|questionnaire|profile|assessment|inventory|battery|checklist|approach|method|programme|technique|sign[ ]language)\b"
)
_NAME_WORD = regex.compile(r"\p{L}[\p{L}'’]*")
_OPENING = regex.compile(r"(?:^|[.!?:;]\s*|\n\s*|[\"“(]\s*)\Z")
_HUMAN_AFTER = regex.compile(
    r"[ ]+(?:said|says|told|is|was|has|had|rang|asked|agreed|explained|attends|attended|wants|feels|likes|loves"
    r"|can|could|would|will|did|does|and|or|came|went|left|joined|seems|needs|gets|got|went"
    # what people do in minutes and reports: "Mark gave them the list", "Hope wrote to the LA"
    r"|gave|spoke|sent|wrote|showed|offered|suggested|shared|reported|confirmed|advised|added|welcomed|thanked"
    r"|described|visited|phoned|emailed|texted|replied|responded|cried|laughed|smiled|shouted|refused|chaired"
    r"|brought|took|knows|knew|thinks|thought|felt|enjoyed|enjoys|struggled|struggles|loved|hated|hates)\b"
)
_INITIALS_ACT = regex.compile(r"[ ]+(?:said|says|told|rang|asked|agreed|explained|added|reported|welcomed|confirmed|gave)\b")
_WORD_AFTER = regex.compile(r"[ ]+\p{Ll}")
# After a known name that is also a word, only these make it the word: "Will you", "Grace the form".
_FUNCTION_WORD_AFTER = regex.compile(
    r"[ ]+(?:you|we|they|it|he|she|i|there|this|that|these|those|the|a|an|be|have|someone|anyone|everyone"
    r"|your|our|their|his|her|its|me|us|them|him)\b"
)


_LOWER_WORD = regex.compile(r"(?<![\p{L}\-'’])\p{Ll}[\p{Ll}'’]*(?![\p{L}\-])")
_ADDRESSES = regex.compile(r"\S*[@/]\S*|\S+\.\S+")
_TITLE_BEFORE = regex.compile(rf"{TITLE}[ \u00a0]+\Z")
_ANY_TITLE_BEFORE = regex.compile(rf"(?i:{TITLE})[ \u00a0]+\Z")  # "ms  wainwright" in a note typed in lower case
_INITIALISM = regex.compile(r"\p{Lu}{2,5}")
_ARTICLE_BEFORE = r"(?i:the|a|an|our|your|their|his|her|this|that|each|every|per|any|no)"
# Patterns asked per candidate or per word, compiled once (``regex.fullmatch(pattern, ...)`` looks its pattern up
# in ``regex``'s cache on every call, which costs more than the match).
_ARTICLE = regex.compile(_ARTICLE_BEFORE)
_LETTERS = regex.compile(r"[\p{L}'’]+")
_SHORT_CAPITALISED = regex.compile(r"\b\p{Lu}\p{Ll}{2,4}\b")  # a weekday's short form among others


def _lower_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case, remembered for the last texts read."""
    cached = _LOWER_CACHE.get(text)
    if cached is None:
        cached = frozenset(_LOWER_WORD.findall(_ADDRESSES.sub(" ", text)))  # "kerrie.lavers@": no word
        if len(_LOWER_CACHE) >= 4:
            _LOWER_CACHE.pop(next(iter(_LOWER_CACHE)))
        _LOWER_CACHE[text] = cached
    return cached


_LOWER_CACHE: dict[str, frozenset[str]] = {}


def _given_name(word: str, *, strength: float) -> bool:
    from redaction.gazetteer import lookup

    info = lookup(word)
    return word in FIRST_NAMES or word in welsh_given_names() or (info is not None and info.first >= strength)


# What stands just before a word, read back from where the word is found (see :func:`_preceded`).
_CAPITALISED_BEFORE = regex.compile(r"(\p{Lu}\p{Ll}+)[ \u00a0]+\Z")
_LOWER_BEFORE = regex.compile(r"(?<![\p{L}'’])(\p{Ll}+)[ \u00a0]+\Z")
_AN_ARTICLE_BEFORE = regex.compile(rf"\b{_ARTICLE_BEFORE}[ \u00a0]+\Z")
_LOOK_BACK = 80  # characters read back before a word: longer than any word that can stand before it


def _preceded(text: str, found: str, before: regex.Pattern[str], *, look_back: int = _LOOK_BACK) -> Iterator[regex.Match[str]]:
    """For each place ``found`` (a pattern) matches in ``text``, what ``before`` (a pattern ending in ``\\Z``) finds
    just before it. Finding the word first and reading back a few characters keeps each question linear in the
    text: a pattern that opens with a character class ("a lower-case word, then this one") is tried by the engine
    at every position of the text, once per candidate word, which made a long document quadratic."""
    for match in _compiled(found).finditer(text):
        back = before.search(text, max(0, match.start() - look_back), match.start())
        if back is not None:
            yield back


@lru_cache(maxsize=4096)
def _compiled(found: str) -> regex.Pattern[str]:
    """``found`` compiled once: the patterns name a word, so there are more of them than ``regex`` keeps in its
    own cache (500, shared with every other caller), and compiling one costs more than the search it runs."""
    return regex.compile(found)


@per_text(maxsize=4096)  # one text is asked about the same word for each candidate and copy
def _written_after_a_given_name(text: str, word: str) -> bool:
    return any(_given_name(m.group(1), strength=0.1) and not is_english_word(m.group(1))
               for m in _preceded(text, rf"{regex.escape(word)}\b", _CAPITALISED_BEFORE))


@per_text(maxsize=4096)  # one text is asked about the same word for each candidate and copy
def _dated_somewhere(text: str, word: str) -> bool:
    """The text gives ``word`` a date of birth somewhere ("Wren (21/04/2015)"): a person, whatever else."""
    return any(dated_name(text, m.start(), m.end()) for m in regex.finditer(rf"\b{regex.escape(word)}\b", text))


@per_text(maxsize=4096)  # one text is asked about the same word for each candidate and copy
def _named_mid_sentence(text: str, word: str) -> bool:
    """The text writes ``word`` with its capital mid-sentence after a lower-case word that is no article or
    determiner ("the draft PEP for Haven ahead of"): a name; a common noun takes an article ("the Appellant")."""
    return any(_ARTICLE.fullmatch(m.group(1)) is None and m.group(1) not in _JOINING
               for m in _preceded(text, rf"{regex.escape(word)}(?![\p{{L}}\-])", _LOWER_BEFORE))


_JOINING = frozenset("of and or".split())  # "Health and Care Number": a title's joining words


def _ordinary_in_this_text(text: str, span: Span, words: list[str]) -> bool:
    """Every word is a dictionary word the text also writes in lower case ("Bedside" / "at the bedside")."""
    if not all(w[:1].isupper() and not w.isupper() and w not in FIRST_NAMES and w.casefold() not in ENGLISH_WORD_NAMES
               and is_english_word(w) and not _given_name(w, strength=0.3) for w in words):
        return False
    if _TITLE_BEFORE.search(text, max(0, span.start - 12), span.start) is not None:
        return False
    if len(words) == 1 and _named_mid_sentence(text, words[0]):
        return False
    lower = _lower_words(text)
    return all(w.casefold() in lower and not _written_after_a_given_name(text, w) and not _dated_somewhere(text, w)
               for w in words)


def _lower_case_words(words: list[str]) -> bool:
    """Lower-case common words that no gazetteer has as a name ("health visitor"; "wainwright" is a surname)."""
    return all(w.islower() and is_common_word(w) and not _gazetteer_name(w.capitalize()) for w in words)


@per_text(maxsize=4096)  # one text is asked about the same word for each candidate and copy
def _no_name_in_lower_case(text: str, word: str) -> bool:
    """A lower-case word that no list of names holds, in any reading (the gazetteer, the given names, the Welsh
    names), that is two dictionary words run together ("checklist", "letterbox", "timesheets", words newer than the
    dictionary), a dictionary word mistyped ("soguht") or cut short as notes shorten words ("interp", "addr",
    "sch"), and that the text never writes with a capital as a name
    would be. A rare name typed in lower case ("ngaio", "eilonwy") is neither, whatever the dictionary says."""
    from redaction.gazetteer import lookup
    from redaction.text.given_names import is_given_name

    capitalised = word[:1].upper() + word[1:]
    if len(word) < 3 or capitalised in FIRST_NAMES or is_given_name(capitalised) or capitalised in welsh_given_names():
        return False
    if lookup(capitalised) is not None or not (two_words_run_together(word) or looks_like_a_typo(word)
                                               or abbreviates_a_word(word)):
        return False
    return regex.search(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(capitalised)}(?![\p{{L}}\p{{N}}])", text) is None


# A capitalised word after a lower-case one: the line's writer marks names with capitals ("a man in Oranmore").
_CAPITAL_MID_SENTENCE = regex.compile(r"(?<=\p{Ll}[,;]?[ \u00a0]+)\p{Lu}\p{Ll}+")


def _an_ordinary_word(word: str) -> bool:
    """A general dictionary's word that no list of names holds, or that the gazetteer marks as a word as well as a
    name ("used", "brilliant"; not "ngaio", a tree's name in the wider word list and a woman's, nor "dawn")."""
    from redaction.gazetteer import lookup

    name = word.capitalize()
    if _given_name(name, strength=0.5):
        return False
    info = lookup(name)
    if info is None:  # a dictionary word, or its past tense ("used", "walked")
        return is_common_word(word) or (word.endswith("d") and (is_common_word(word[:-1]) or is_common_word(word[:-2])))
    return info.word and is_common_word(word)  # the gazetteer itself knows the name is also a word ("brilliant")


def _lower_in_a_capitalising_line(text: str, span: Span, words: list[str]) -> bool:
    """Every word (each part of a hyphenated one) is an ordinary English word, and the candidate's line
    writes a word with its capital mid-sentence: a writer who capitalises names would have capitalised this one.
    (A line typed all in lower case, "my son rory left it open", gives no such sign and is left alone.)"""
    parts = [p for w in words for p in w.split("-") if p]
    if not parts or not all(_an_ordinary_word(p) for p in parts):
        return False
    return _CAPITAL_MID_SENTENCE.search(line_at(text, span.start, span.end)) is not None


def _gazetteer_name(word: str) -> bool:
    from redaction.gazetteer import lookup

    info = lookup(word)
    return _given_name(word, strength=0.1) or (info is not None and info.last >= 0.1)


def _initialism(text: str, surface: str) -> bool:
    """Capitals that are an initialism here: known, spelled out by the text, or written after an article."""
    if _INITIALISM.fullmatch(surface) is None:
        return False
    if len(surface) >= 3 and surface in ACRONYMS:  # two capitals ("IT", "TA", "LA") are often somebody's initials
        return True
    if next(_preceded(text, rf"{surface}\b", _AN_ARTICLE_BEFORE), None) is not None:
        return True
    return _spelled_out(text, surface)


@per_text(maxsize=4096)  # one text is asked about the same word for each candidate and copy
def _spelled_out(text: str, surface: str) -> bool:
    """Whether the text spells ``surface`` out in the words before it in brackets (see :func:`_spells`)."""
    # Spelled out in words before it in brackets ("Head Teacher (HT)", "Headteacher (HT)", "Anghenion Dysgu
    # Ychwanegol (ADY)"); "Priti Chauhan (PC)" is a person's initials: names spell nothing out.
    words_before = regex.compile(rf"(?:[\p{{L}}'’]+[ \u00a0\-]+){{1,{len(surface) + 3}}}\Z")
    for match in _preceded(text, rf"\([ \u00a0]*{surface}[ \u00a0]*\)", words_before, look_back=40 * (len(surface) + 3)):
        words = [w.casefold() for w in _LETTERS.findall(match.group(0))]
        if any(_spells(words[i:], surface.casefold()) for i in range(len(words))):
            return True
    return False


_CONNECTORS = frozenset("of and for the in a y yr ac".split())


def _spells(words: list[str], letters: str) -> bool:
    """Whether ``words`` (all of them, connectors aside) spell ``letters`` by their initials, a word possibly
    a compound of two dictionary words ("headteacher" -> h, t); every part a word of English or Welsh."""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if word in _CONNECTORS and _spells(rest, letters):
        return True
    if not letters or word[0] != letters[0] or _given_name(word.capitalize(), strength=0.3):
        return False
    if _dictionary_word(word) and _spells(rest, letters[1:]):
        return True
    return len(letters) > 1 and any(
        word[i] == letters[1] and _dictionary_word(word[:i]) and _dictionary_word(word[i:]) and _spells(rest, letters[2:])
        for i in range(2, len(word) - 1))


def _dictionary_word(word: str) -> bool:
    from redaction.text.other_languages import welsh_ordinary

    return len(word) >= 2 and (is_common_word(word) or welsh_ordinary(word))


def _the_texts_reading(text: str, span: Span, surface: str, words: list[str]) -> str | None:
    """Why the model's guess is no name, by how the text itself writes it (see the module's docstring)."""
    if _initialism(text, surface):
        return "an initialism (known, spelled out by the text, or written after an article)"
    if _ordinary_in_this_text(text, span, words):
        return "dictionary words the text also writes in lower case"
    if _common_compound(text, span, surface):
        return "a hyphenated compound the dictionary holds whole ('A Follow-up is booked', 'Check-in')"
    if len(words) == 1 and _common_noun_here(text, span, words[0]) and not (
            span.type == "LOCATION" and (_PLACE_NOUN_AFTER.match(text, span.end)  # "the Leeds office" is in Leeds
                                         or _ESTATE_AFTER.match(text, span.end))):  # "the Ferrier estate" is named
        return "a dictionary word the text writes after an article ('the Appellant'), as a common noun"
    if len(words) == 1 and _day_here(text, span, words[0]):
        return "a day of the week, shortened, beside a date or another day"
    if _job_under_a_signature(text, span, words):
        return "the line under a signature's name: a job or a department ('Human Resources')"
    return None


_SIGNATURE_NAME_LINE_BEFORE = regex.compile(
    r"(?i:regards|sincerely|faithfully|wishes|thanks|thank[ ]you|cheers|best)[,.!]?[ \t]*\r?\n+[ \t]*"
    r"[^\n]{2,60}\r?\n[ \t]*\Z"
)


def _job_under_a_signature(text: str, span: Span, words: list[str]) -> bool:
    """English words, none a given name, on the line under a signature's name ("Kind regards,⏎Eric Ocasio⏎Human
    Resources"): the writer's job or department."""
    if not words or _SIGNATURE_NAME_LINE_BEFORE.search(text, max(0, span.start - 120), span.start) is None:
        return False
    return all(w[:1].isupper() and _dictionary_word(w.lower()) and w not in FIRST_NAMES
               and not _given_name(w, strength=0.5) for w in words)


def _common_compound(text: str, span: Span, surface: str) -> bool:
    """One capitalised word joined by hyphens that the common-word list holds whole ("Follow-up", "Well-being",
    "Pick-up"); a double-barrelled surname made of words ("Baker-Smith") is no entry of it, and a title before
    the word keeps it ("Mrs Check-In" is somebody)."""
    if "-" not in surface or " " in surface or not surface[:1].isupper():
        return False
    return (is_common_word(surface.casefold()) and _TITLE_BEFORE.search(text, max(0, span.start - 12), span.start) is None)


_DAYS = frozenset("Mon Tue Tues Wed Weds Thu Thur Thurs Fri Sat Sun".split())
_DATE_AFTER = regex.compile(r"[ \u00a0]*(?:\d{1,2}(?:st|nd|rd|th)?\b|[–\-/][ ]*(?:" + "|".join(sorted(_DAYS)) + r")\b)")
_DAY_BEFORE = regex.compile(r"(?:" + "|".join(sorted(_DAYS)) + r")[ ]*[–\-/][ ]*\Z")


_DAY_LOG_LINE = regex.compile(r"(?m)^[ \t]*(?:" + "|".join(sorted(_DAYS)) + r")\.?[ \t]*:")
_DAY_LOG_LINE_AT = at_a_position(_DAY_LOG_LINE)


@per_text(maxsize=512)
def _a_day_log(text: str) -> bool:
    """Whether two lines or more of the text open with a day ("Thu: ...", "Fri: ..."): read once a text."""
    return sum(1 for _ in zip(range(2), _DAY_LOG_LINE.finditer(text))) >= 2


_DATE_AFTER_COMMA = regex.compile(r",[ \u00a0]+\d{1,2}(?:st|nd|rd|th)?[ \u00a0/\-]")


def _day_here(text: str, span: Span, word: str) -> bool:
    """"Fri 26/4", "Tue–Fri", "On Sun, 12 Oct 2025 at 19:11", a timetable's header of days, a log's lines opened by
    days ("Thu: oisin again ...", "Fri: good day", two such lines or more): a day, not "Thu" of "Thu Trang"."""
    if word not in _DAYS:
        return False
    if (_DATE_AFTER.match(text, span.end) or _DAY_BEFORE.search(text, max(0, span.start - 8), span.start)
            or _DATE_AFTER_COMMA.match(text, span.end)):
        return True
    line_start, line_end = line_bounds(text, span.start, span.end)
    if _DAY_LOG_LINE_AT.match(text, line_start) is not None and _a_day_log(text):
        return True
    return _days_on_line(text, line_start, line_end) >= 3


@per_text(maxsize=8192)  # asked by every candidate on the line
def _days_on_line(text: str, line_start: int, line_end: int) -> int:
    """How many different days' short forms ("Mon", "Tue") the line writes."""
    return len({w for w in _SHORT_CAPITALISED.findall(text, line_start, line_end) if w in _DAYS})


def _common_noun_here(text: str, span: Span, word: str) -> bool:
    """A capitalised dictionary word the text writes after an article ("at the Appellant's request"), never
    mid-sentence on its own, nor after a given name or a title, nor with a date of birth."""
    if not (word[:1].isupper() and not word.isupper() and word not in FIRST_NAMES
            and word.casefold() not in ENGLISH_WORD_NAMES and is_english_word(word)
            and not _given_name(word, strength=0.3)):
        return False
    if _TITLE_BEFORE.search(text, max(0, span.start - 12), span.start) is not None:
        return False
    # "the Smith family", "the Cook twins": a family's name after an article
    family = r"(?![ \u00a0]+(?i:family|families|household|children|twins|boys|girls|brothers|sisters|parents|home))"
    if next(_preceded(text, rf"{regex.escape(word)}\b{family}", _AN_ARTICLE_BEFORE), None) is None:
        return False
    return not (_named_mid_sentence(text, word) or _written_after_a_given_name(text, word)
                or _dated_somewhere(text, word))


_FIELD_VALUE_BEFORE = regex.compile(r"[:|][ \t\u00a0]*\Z")
_JOINING_WORDS = frozenset("of and the for to in on a an".split())
_POSTCODE_AHEAD = regex.compile(r"\b\p{Lu}{1,2}\d[\p{Lu}\d]?[ \u00a0]*\d\p{Lu}{2}\b")


def _no_name_anywhere(text: str, span: Span, words: list[str]) -> bool:
    """Capitalised dictionary words that are nobody's name: no gazetteer entry, no given name of any list ("Missing",
    "Financial", "Therapeutic", "FORMAL COMPLAINT", "REPLY SLIP", "Named Person"), a heading, a form's label or a
    table's cell that the model read as a person. A surname-list word with no given-name reading ("Court", "Ocean")
    goes too, unless the text itself uses a word as a name: a title before the span, a verb only people do after a
    single word ("Best said"), the word with its capital mid-sentence after a lower-case word ("for Wren"), with an
    apostrophe's ("Haven's"), with a date of birth, or after a given name; and an address block (a postcode just
    ahead) keeps its lines."""
    content = [w for w in words if w.casefold() not in _JOINING_WORDS]
    if not content or any(not w[:1].isupper() for w in content):
        return False
    if _TITLE_BEFORE.search(text, max(0, span.start - 12), span.start) is not None:
        return False
    if len(content) == 1 and (_INITIALS_ACT.match(text, span.end) is not None
                              or content[0].isupper() and len(content[0]) <= 3):  # "LOB to draft the plan": initials
        return False
    if _POSTCODE_AHEAD.search(text, span.end, min(len(text), span.end + 80)) is not None:
        return False
    # A lone capital after them is a band, section or appendix letter ("Funding Band E", "Appendix B"); one before
    # them is an initial ("R. Dent").
    if len(content[0]) == 1:
        return False
    parts = [part.capitalize() for w in content for part in w.split("-") if len(part) > 1]
    # The words alone first (cached per process), then what the text does with them (read through the text).
    return bool(parts) and all(map(_unlisted_word, parts)) and all(_nobodys_name(text, part) for part in parts)


_ADDRESSING = frozenset("TO FROM RE DEAR ATTN FAO CC BCC SIGNED BY FOR".split())
_LINE_WORD = regex.compile(r"\p{L}[\p{L}'’]*")


def _a_place(surface: str) -> bool:
    from redaction.places import lookup

    return lookup(surface) is not None


def _in_a_heading(text: str, start: int, end: int) -> bool:
    """The span lies in a heading: a line written in capitals ("EDUCATION, HEALTH AND CARE PLAN", "CONSENT TO
    SHARE INFORMATION", "PARENTAL VIEWS") of two words or more, every one a dictionary word, two of them run
    together that no list of names holds ("SHORTHOLD"), or a known initialism, none a given name or a title
    ("MR JOHN SMITH", "SHAW, RILEY" are people)."""
    return _heading_line(line_at(text, start, end))


@lru_cache(maxsize=4096)
def _heading_line(line: str) -> bool:
    words = _LINE_WORD.findall(line)
    if len(words) < 2 or any(not w.isupper() for w in words):
        return False
    if any(label.strip() in _ADDRESSING or header_kind(label.strip()) is not None
           for label in regex.findall(r"([^:|]+)[:|]", line)):
        return False  # "SURNAME: COOK", "TO: BAKER": a field of capitals, not a heading
    return all(_heading_word(strip_possessive(w)) for w in words)


@lru_cache(maxsize=16384)
def _heading_word(word: str) -> bool:
    from redaction.gazetteer import lookup
    from redaction.text.given_names import is_given_name

    if len(word) == 1 or word in ACRONYMS or word.casefold() in _JOINING_WORDS:  # "PART D", "SECTION A"
        return True
    name = word.capitalize()
    if name in TITLES or name in FIRST_NAMES or is_given_name(name) or name in welsh_given_names():
        return False
    info = lookup(name)
    if info is None and two_words_run_together(word, shortest_tail=4):  # "SHORTHOLD", "WORKPLACE": no one's name
        return True
    return is_common_word(word.casefold()) and (info is None or info.first < 0.3)


# Words that make a run a school or a setting whatever its other words are ("Riverside Primary", "Oak Hill Academy").
_SETTING_WORDS = frozenset("""School Schools Academy College Primary Secondary Junior Juniors Infant Infants Nursery High
    Grammar Sixth Ysgol Unit Centre Center Provision PRU Campus Federation Trust Base Hub Kindergarten Preschool
    Pre-school""".split())


_ESTATE_AFTER = regex.compile(r"[ ](?:estate|Estate)\b(?![ ]+(?i:agents?|agency|car))")


def _no_place_anywhere(text: str, span: Span, surface: str, words: list[str]) -> bool:
    """A school or place candidate of capitalised dictionary words that no list of places or names holds, with no
    word that makes it a setting and not read whole from a field ("School: Riverside"): a heading's or a form's
    word ("Health needs", "Parents", "Assistant Head, Inclusion")."""
    if any(w in _SETTING_WORDS or w.capitalize() in _SETTING_WORDS for w in words):
        return False
    if span.type == "LOCATION" and _ESTATE_AFTER.match(text, span.end) is not None:
        return False  # "on the Ferrier estate": dictionary words name a housing estate
    if _FIELD_VALUE_BEFORE.search(text, max(0, span.start - 8), span.start) is not None:
        return False
    from redaction.places import lookup

    return lookup(surface) is None and all(lookup(w) is None for w in words) and _no_name_anywhere(text, span, words)


@lru_cache(maxsize=16384)
def _unlisted_word(word: str) -> bool:
    """A dictionary word of three letters or more that no list of names holds (the text aside)."""
    from redaction.gazetteer import lookup
    from redaction.text.given_names import is_given_name

    if len(word) < 3 or not is_common_word(word) or word in FIRST_NAMES or is_given_name(word):
        return False
    return word not in welsh_given_names() and lookup(word) is None


@per_text(maxsize=4096)  # one text is asked about the same word for each candidate and copy
def _nobodys_name(text: str, word: str) -> bool:
    if not _unlisted_word(word):
        return False
    if _compiled(rf"(?i)\b{regex.escape(word)}['’]s\b").search(text) is not None:
        return False
    if next(_preceded(text, rf"(?i:{regex.escape(word)})\b", _TITLE_BEFORE), None) is not None:
        return False  # "Mr Court" somewhere in the text: a surname here
    return not (_named_mid_sentence(text, word) or _dated_somewhere(text, word)
                or _written_after_a_given_name(text, word))


def is_not_a_person(text: str, span: Span, *, known: bool = False) -> bool:
    """Whether a PERSON (or place) span is an eponym or an English word, not a person; ``known``: the span
    matched the case record, so only a function word after it makes an English-word name a word."""
    return why_not_a_person(text, span, known=known) is not None


_PLACE_NOUN_AFTER = regex.compile(r"[ ](?:office|branch|area|site|depot|store|campus|headquarters)\b")
_MERIDIEM = regex.compile(r"(?i:[ap]\.?m\.?)")
_TIME_BEFORE = regex.compile(r"\d(?:[:.]\d\d)?[ ]?\Z")
# A timetable's or a log's session: "AM maths", "PM - outdoor learning", "AM: swimming", "PM |" (an empty cell).
_SESSION_AFTER = regex.compile(r"[ \t]*(?:[:\-–][ \t]*)?(?:(?!(?:to|and|or)\b)\p{Ll}|\||$)", regex.MULTILINE)
# ISO 4217 codes written after amounts in English text
CURRENCY_CODES = frozenset("EUR USD GBP INR AUD CAD NZD CHF JPY CNY ZAR SEK NOK DKK PLN CZK HUF RON TRY BRL MXN SGD HKD "
                           "AED SAR PKR BDT LKR NGN KES GHS PHP MYR IDR THB VND KRW ILS RUB UAH".split())
_AMOUNT_BEFORE = regex.compile(r"\d(?:[\d,.]*\d)?[ ]?\Z")


def why_not_a_person(text: str, span: Span, *, known: bool = False) -> str | None:
    """Why a PERSON (or place) span is not a person (:func:`is_not_a_person`), or ``None`` when it may be one."""
    # The answer reads the span's place and type, whether its score reaches EXACT_SCORE and whether it is the case
    # record's: the same candidate from several sources, and again after resolution, is asked once per text.
    key = (span.start, span.end, span.type, span.score < EXACT_SCORE, span.source == "known", known)
    answers = _answers(text)
    if key not in answers:
        answers[key] = _why_not_a_person(text, span, known=known)
    return answers[key]


@per_text(maxsize=512)  # more than a chunk of texts (see Detector): a text's answers outlive the passes between questions
def _answers(text: str) -> dict[tuple[int, int, str, bool, bool, bool], str | None]:
    return {}


# A month, a weekday or a season after a word of time is the time, whoever else is called so in the text.
_TIME_WORDS = CALENDAR_WORDS | frozenset("Spring Summer Autumn Winter".split())
_TIME_CUE_BEFORE = regex.compile(
    r"(?:\b(?i:in|on|the|since|until|till|during|last|next|this|early|mid|late|each|every|before|after|through"
    r"|throughout|end[ ]of|start[ ]of|beginning[ ]of|middle[ ]of)|\d(?:st|nd|rd|th)?)[ ]+\Z"
)


_TIME_NOUN_AFTER = regex.compile(
    r"[ \-]+(?i:term|half[ \-]?term|terms|holidays?|hols|break|fair|fayre|fete|camp|school|show|concert|festival"
    r"|reading|challenge|club|timetable|review|intake|born|baby|babies|birthday|sun|months?)\b"
)


_WORDS_BEFORE = regex.compile(r"(?:[\p{L}\-]+[ ]){1,3}\Z")

# An author or originator credited, not a person of the case: "Social Stories (after Carol Gray)", "dynamic
# assessment (after Feuerstein and Vygotsky)", "Raven's Coloured Progressive Matrices", "Maslow's hierarchy",
# "\"The Iron Man\" by Ted Hughes", "Frank Bowling-style paintings".
_CAP_WORD = r"\p{Lu}[\p{L}'’\-]*"
_CREDIT_OPEN = regex.compile(rf"\((?:after|see|cf\.?|based[ ]on|adapted[ ]from)[ ]+(?:{_CAP_WORD}(?:[ ]{_CAP_WORD})?[ ]+(?:and|&)[ ]+)?\Z")
_CREDIT_CLOSE = at_a_position(regex.compile(rf"(?:[ ]{_CAP_WORD})?(?:[ ]+(?:and|&)[ ]+{_CAP_WORD}(?:[ ]{_CAP_WORD})?)?(?:,[ ]*(?:19|20)\d\d)?\)"))
_EPONYM_HEAD_AFTER = regex.compile(
    r"['’]s[ ]+(?:\p{Lu}\p{Ll}+[ ]+){0,3}(?i:matrices|hierarchy|pyramid|model|theory|stages|triangle|levels[ ]of)\b")
_TITLE_BY_BEFORE = regex.compile(r"[\"”'’][ ]+(?:by|from)[ ]+\Z")
_STYLE_AFTER = regex.compile(r"-(?i:style|esque|inspired)\b")


def _an_author_credited(text: str, span: Span) -> str | None:
    """Why the candidate is an author or originator the text credits, not someone of the case: named alone in
    brackets after "after", "see" or "based on" (with one more name joined by "and"), a possessive before the
    head of a model or test ("Raven's ... Matrices", "Maslow's hierarchy"), the author of a quoted title, or the
    name of a style."""
    if span.type != "PERSON":
        return None
    if (_CREDIT_OPEN.search(text, max(0, span.start - 60), span.start) is not None
            and _CREDIT_CLOSE.match(text, span.end) is not None):
        return "an author credited in brackets ('Social Stories (after Carol Gray)')"
    if _EPONYM_HEAD_AFTER.match(text, span.end) is not None:
        return "an eponym before a model's or a test's head ('Maslow's hierarchy', 'Raven's ... Matrices')"
    if _TITLE_BY_BEFORE.search(text, max(0, span.start - 8), span.start) is not None:
        return "the author of a quoted title ('\"The Iron Man\" by Ted Hughes')"
    if _STYLE_AFTER.match(text, span.end) is not None or _STYLE_AFTER.search(text[span.start : span.end]):
        return "the name of a style ('Frank Bowling-style paintings')"
    return None


# A date's words: days and months, whole or shortened ("Fri 7 Mar", "Mon 10 Mar 2025", "Sat 1 Mar 10:30").
_MONTHS_SHORT = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
_DATE_WORDS = CALENDAR_WORDS | _DAYS | _MONTHS_SHORT
_DAY_NUMBER_BEFORE = regex.compile(r"(?<![\d:.,/£$€])(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?[ \u00a0]+\Z")
_YEAR_OR_TIME_AFTER = regex.compile(r"[ \u00a0,]+(?:(?:19|20)\d\d\b|\d{1,2}[:.]\d\d\b)")


def _a_date_here(text: str, span: Span, words: list[str]) -> bool:
    """Every word of the candidate is a day or a month, shortened or whole, and numbers make it a date: a day's
    number in it or before it, or a year or a time after it ("Fri 7 Mar", "10 Mar 2025", "Jan 2024"). A month
    that is also a name ("May", "June") alone before a year stays a question for the other rules."""
    if not words or not all(w in _DATE_WORDS for w in words):
        return False
    surface = text[span.start : span.end]
    if any(c.isdigit() for c in surface) and any(w in _MONTHS_SHORT or w in CALENDAR_WORDS for w in words):
        return True
    if len(words) == 1 and words[0] not in _MONTHS_SHORT:
        return False
    return (_DAY_NUMBER_BEFORE.search(text, max(0, span.start - 8), span.start) is not None
            or _YEAR_OR_TIME_AFTER.match(text, span.end) is not None)


def _in_non_identifying_place(text: str, span: Span) -> bool:
    """Whether the candidate ends a place of :data:`NON_IDENTIFYING_PLACES` with the words just before it."""
    before = _WORDS_BEFORE.search(text, max(0, span.start - 40), span.start)
    if before is None:
        return False
    words = before.group().split()
    surface = text[span.start : span.end].casefold()
    return any(" ".join([*words[-k:], surface]).casefold() in NON_IDENTIFYING_PLACES for k in range(1, len(words) + 1))


# What mail programs put before a subject they reply to or forward, in English and the languages UK families write
# in ("AW", "WG": German; "TR": French; "SV": Scandinavian; "RV": Spanish).
_REPLY_MARKER = regex.compile(r"(?i:re|fw|fwd|aw|wg|tr|sv|rv|vs)")
_SUBJECT_BEFORE = regex.compile(
    r"(?i:subject|subj|betreff|objet|asunto)[ \t]*:[ \t]*(?:(?i:re|fw|fwd|aw|wg|tr|sv|rv|vs)(?:\[\d+\])?[ \t]*:[ \t]*)*\Z")


def _why_not_a_person(text: str, span: Span, *, known: bool) -> str | None:
    surface = text[span.start : span.end]
    words = [strip_possessive(w) for w in _NAME_WORD.findall(surface)]
    if not words:
        return None
    if _MERIDIEM.fullmatch(surface) and _TIME_BEFORE.search(text, max(0, span.start - 8), span.start):
        return "a time's AM or PM ('at 4:15 PM')"
    if surface in ("AM", "PM") and _SESSION_AFTER.match(text, span.end) and not _INITIALS_ACT.match(text, span.end):
        return "a session of the day before what is done in it ('| AM maths |', 'PM: swimming')"
    if _REPLY_MARKER.fullmatch(surface) and _SUBJECT_BEFORE.search(text, max(0, span.start - 40), span.start) \
            and text.startswith(":", span.end):
        return "a reply or forward marker of an e-mail's subject ('Subject: Fwd: ...', 'Subject: RE: FW: ...')"
    if surface in CURRENCY_CODES and _AMOUNT_BEFORE.search(text, max(0, span.start - 16), span.start):
        return "a currency after an amount ('2,128 EUR')"
    if surface.casefold() in NON_IDENTIFYING_PLACES:  # "NHS England said": a nation, no one
        # ... but "GB added that" is somebody's initials: capitals that act like a person
        if surface.isupper() and len(surface) <= 3 and _INITIALS_ACT.match(text, span.end) is not None:
            return None
        return "a place that identifies no one"
    if _in_non_identifying_place(text, span):  # "in the South West": "West" is a word of a region
        return "a word of a place that identifies no one"
    if span.source != "known" and not known:
        # Named things, places in an institution's name, places that identify no one (:mod:`.named_things`).
        why = (why_named_thing(text, span) or why_organisation_place(text, span) or why_condition(text, span)
               or why_role_title(text, span) or why_not_a_place(text, span) or why_numbered_word(text, span)
               or why_class_name(text, span) or why_medicine_by_ending(text, span) or why_public_figure(text, span)
               or why_thing_before_its_kind(text, span) or why_tallied_name(text, span)
               or why_eponym_before_a_score(text, span) or why_short_month(text, span) or why_car(text, span)
               or why_level(text, span) or why_listed_group(text, span)
               or why_general_thing(text, span, loose=span.score < EXACT_SCORE) or why_brand_form(text, span)
               or why_kind_after(text, span) or why_family_life(text, span) or why_send_thing(text, span)
               or why_pet_or_toy(text, span) or why_character_by_company(text, span)
               or why_everyday_eponym(text, span) or why_role_list(text, span)
               or why_thing_slot(text, span) or why_festival_greeting(text, span))
        if why is None and span.score < EXACT_SCORE:
            why = (why_not_identifying_place(text, span) or why_place_abroad(text, span)
                   or why_country_in_a_list(text, span) or why_county_of_a_named_town(text, span)
                   or why_party_of_a_reported_case(text, span) or why_plain_cell_word(text, span)
                   or why_short_weekday(text, span) or why_named_tool(text, span)
                   or why_health_board_area(text, span) or why_trip_place(text, span))
        if why is not None:
            return why
    core = words[1:] if len(words) > 1 and words[0] in ("The", "the") else words  # "the Griffiths III"
    if all(w in EPONYMS for w in words):
        return "an eponym of a condition or an assessment"
    unknown = span.source != "known" and not known
    if unknown and all(w in EPONYMS or _ROMAN_EDITION.fullmatch(w) for w in core) and core[0] in EPONYMS:
        return "an eponym of an assessment with its edition ('the Griffiths III')"
    if (unknown and len(words) >= 2 and all(w in EPONYMS for w in words[:-1])
            and _THING_AFTER.fullmatch(" " + words[-1]) is not None):
        return "an eponym with its condition's or instrument's head ('Wechsler subtests')"
    if span.source != "known" and not known and (  # the day's, festival's or season's own words, nothing more
            (len(words) <= 2 and _WELSH_TIME_BEFORE.search(text, max(0, span.start - 16), span.start) is not None)
            or (len(words) <= 3 and _WELSH_TIME_OPENS.match(text, span.start, span.end) is not None)):
        return "a Welsh day, festival, week or season ('dydd Gwener', 'Tymor yr Haf', 'Dydd Gŵyl Dewi')"
    if span.source != "known" and not known and (why := _an_author_credited(text, span)) is not None:
        return why
    if _THING_AFTER.match(text, span.end) is not None and len(words) <= 3 and not (
            unknown and name_before_title(text, span)):  # "Carl Whitby Assessment Coordinator": his title
        return "the name of a condition or an instrument (a condition or instrument word follows)"
    # "Lingala and Sorani": the joining words say nothing; "LITHUANIAN" in a form's capitals is the language
    capitalised = [w.capitalize() if w.isupper() and len(w) > 3 else w for w in words if w[:1].isupper()]
    if capitalised and all(w in PEOPLES_AND_LANGUAGES for w in capitalised) and _INITIALS_ACT.match(text, span.end) is None:
        return "a language or a people ('Home language: Romanian', 'an Irish Traveller family')"
    if span.source != "known" and not known and _a_date_here(text, span, words):
        return "a date's day or month, shortened or whole, beside its numbers ('Fri 7 Mar', 'Mon 10 Mar 2025')"
    if (len(words) == 1 and span.source != "known" and not known and words[0] in _TIME_WORDS
            and not text.startswith(("'s", "’s"), span.end)  # "one of Summer's favourite activities"
            and (_TIME_CUE_BEFORE.search(text, max(0, span.start - 16), span.start) is not None
                 or _TIME_NOUN_AFTER.match(text, span.end) is not None)):
        return "a month, a day or a season as a time ('in May', 'last Summer', 'the Autumn term')"
    if len(words) == 1 and words[0].casefold() in ENGLISH_WORD_NAMES and words[0][:1].isupper():
        opens = _OPENING.search(text, max(0, span.start - 3), span.start) is not None
        if not opens:
            return None
        if known:
            word = _FUNCTION_WORD_AFTER.match(text, span.end) is not None
        else:
            word = _WORD_AFTER.match(text, span.end) is not None and _HUMAN_AFTER.match(text, span.end) is None
        return "an English word opening a sentence, not a name" if word else None
    if span.source == "known" or known:
        return None
    if span.type != "ADDRESS" and _in_a_heading(text, span.start, span.end) and not _a_place(surface):
        return "in a heading of capitals, every word a dictionary word or an initialism and none a given name"
    if span.type in ("SCHOOL", "LOCATION") and _no_place_anywhere(text, span, surface, words):
        return "dictionary words that name no place, school or person ('Health', 'Parents', 'Inclusion')"
    if span.type not in ("PERSON", "LOCATION"):
        return None
    if span.type == "PERSON" and not (span.score >= EXACT_SCORE and _FIELD_VALUE_BEFORE.search(
            text, max(0, span.start - 8), span.start)) and _no_name_anywhere(text, span, words):  # "Name: Bedside"
        return "dictionary words no list of names holds, and the text never uses them as a name ('FORMAL COMPLAINT')"
    # Even a field's value: "Referred by: health visitor" names a role, and a lower-case name has a gazetteer entry.
    if (_lower_case_words(words) and _ANY_TITLE_BEFORE.search(text, max(0, span.start - 12), span.start) is None
            and not bare_possessive_name(text, span.start, span.end)):  # "marcs mum": Marc's
        return "lower-case common words, no name in the gazetteer"
    if (all(w.islower() for w in words) and _ANY_TITLE_BEFORE.search(text, max(0, span.start - 12), span.start) is None
            and all(_no_name_in_lower_case(text, w) for w in words)
            and (span.type == "PERSON" or not any(_a_place(w) or _a_place(w.capitalize()) for w in words))):
        # (a place typed in lower case, "moved to leeds", stays)
        return ("lower-case compounds, typos or shortenings of dictionary words no list of names holds ('a checklist', "
                "'soguht', 'interp')")
    if (span.type == "PERSON" and all(w.islower() for w in words)
            and _ANY_TITLE_BEFORE.search(text, max(0, span.start - 12), span.start) is None
            and not bare_possessive_name(text, span.start, span.end) and _lower_in_a_capitalising_line(text, span, words)):
        return "lower-case English words in a line that writes its names with capitals ('her sister used (+353 …)')"
    # Even after a cue that reads capitals in brackets as initials: "Mrs Bains, Headteacher (HT)" spells out a role.
    if _INITIALISM.fullmatch(surface) is not None and _spelled_out(text, surface):
        return "an initialism the text spells out ('Headteacher (HT)')"
    return _the_texts_reading(text, span, surface, words) if span.score < EXACT_SCORE else None
