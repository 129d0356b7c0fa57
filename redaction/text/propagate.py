"""Carry a name found once to its other mentions in the same document.

Case notes introduce a person once with a cue ("her son Zain Ahmed", "Dear Mrs Nowak") and then use
the bare first name or surname ("Zain", "NOWAK", "Nowak's"). A cue or the model needs to fire once;
propagation finds the rest. Only confident spans propagate, so a weak false positive is not amplified.
Schools propagate their distinctive word ("Kingsmead Primary School" -> "Kingsmead") and their name
without type words ("St Chad's"); addresses propagate their town ("27 Meadow Lane, Kendal" -> every
"Kendal", as in "Kendal Medical Practice").

In lower-case text ("spoke to kerry") a found name is also matched in lower case when it is no
dictionary word ("kerry", not "grace"), and a person found by full name is also matched by the
initials minutes use for them ("Jane Parker" -> "JP", "Bernie McCann" -> "BMcC", "Liesl van der Merwe"
-> "LVdM", "Niamh O'Flaherty" -> "NOF"), and by the initials a text defines beside a name ("Haf (HLJ)", "LlD =
Llinos Dafis"), unless those initials are an acronym of the paperwork ("LA"). A family is named by its surname in
the plural ("the Hendersons"), and a name the line cut with a hyphen ("Ciar-\nán") is still the name.

No regular expression is compiled per document: the text is cut into words once with a precompiled
pattern and each capitalised word is looked up in a dictionary of the names found; the few multi-word
phrases (school names, towns) are found with ``str.find``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import regex

from redaction.spans import Span
from redaction.text.at_a_position import at_a_position
from redaction.text.english import is_common_word
from redaction.text.lexicons import (
    ACRONYMS,
    HONORIFICS,
    NON_IDENTIFYING_PLACES,
    NOT_NAMES,
    ORG_WORDS,
    ROLE_WORDS,
    SCHOOL_GENERIC_WORDS,
    TITLES,
)
from redaction.text.names import strip_possessive

__all__ = ["NameIndex", "propagate"]

_SCHOOL_TYPE = {"School", "Academy", "Primary", "Nursery", "College", "Infants", "Infant", "Junior",
                "Juniors", "Secondary", "High", "Grammar", "Centre", "Unit", "Federation", "of", "and",
                "&", "C", "E", "CE", "RC", "St", "Saint", "St.", "Special", "Community",
                "Hospital", "Learning", "Provision", "Referral"}  # "... Hospital School", "... Learning Centre"
_LOWER_NAME_WORD = regex.compile(r"\p{Ll}[\p{Ll}\p{M}'’\-]*\p{Ll}")
_CAPITAL_WORD = regex.compile(r"\p{Lu}[\p{L}\p{M}'’\-]*\p{L}|\p{Lu}{2,}")
# A capitalised word, or a lower-case particle joined to one by a hyphen ("al-Hashimi").
_TOKEN = regex.compile(r"(?<![\p{L}\p{N}])(?:\p{Lu}|\p{Ll}+-(?=\p{Lu}))(?:[\p{L}\p{M}'’]|-(?=\p{L}))*")
_PARTICLES = frozenset("van von der den de da di du del della la le el al bin binti ibn ben ter ten dos das".split())
_STREET_END = regex.compile(r"\d|\b(?:Road|Rd|Street|St|Lane|Avenue|Close|Drive|Way|Crescent|Court|Gardens|Terrace|Grove)\b")
_PARTICLES_BEFORE = regex.compile(r"(?i:(?:(?<![\p{L}])(?:" + "|".join(sorted(_PARTICLES)) + r")[ ])+)\Z")
_SCHOOL_TAIL = regex.compile(
    r"(?:[ ]+|[ ]?\n[ ]?)(?:Community|Primary|School|Academy|Nursery|College|Infants?|Juniors?|High|Grammar"
    r"|Special|Church|C of E|CofE|CE|RC|community|primary|school|academy|nursery|college|infants?|juniors?|high)(?![\p{L}])"
)
_CONFIDENT = 0.7
_LOWER_TOKEN = regex.compile(r"(?<![\p{L}\p{N}@.])\p{Ll}[\p{L}\p{M}'’\-]*\p{L}(?![\p{L}@])")
_INITIALS_TOKEN = regex.compile(r"(?<![\p{L}\p{N}.'’\-])(?:\p{Lu}(?:\p{Ll}{0,2}\p{Lu}){1,3}|(?:\p{Lu}\.){2,4})(?![\p{L}\p{N}'’\-])")
_NAME_PART = regex.compile(r"\p{L}[\p{L}\p{M}'’]*")


def initials_of(name: str) -> set[str]:
    """How minutes abbreviate a person: "Jane Parker" -> JP, J.P.; "Bernie McCann" -> BMcC, BM;
    "Liesl van der Merwe" -> LVdM, LvdM, LVDM, LM; "Akosua Mensah-Bonsu" -> AMB, AM."""
    parts = _NAME_PART.findall(name)
    while len(parts) > 2 and (parts[0] in TITLES or parts[0] in HONORIFICS):
        parts.pop(0)  # "Revd Canon Peter Gittins" -> PG
    parts = [p for p in parts if p not in NOT_NAMES or len(p) > 3]
    if len(parts) < 2:
        return set()
    plain, particle_lower, particle_upper = [], [], []
    for part in parts:
        lead = part[0]
        if part[:2] == "Mc" and len(part) > 2 and part[2].isupper():
            lead = part[:3]
        elif part[:3] == "Mac" and len(part) > 3 and part[3].isupper():
            lead = part[:4]
        elif part[:2] in ("O'", "O’") and len(part) > 2 and part[2].isupper():
            lead = part[0] + part[2]  # "Niamh O'Flaherty" -> NOF
        plain.append(part[0].upper())
        particle_lower.append(lead if not part.islower() and part.casefold() not in _PARTICLES else part[0].lower())
        particle_upper.append(lead if part.casefold() not in _PARTICLES else part[0].upper())
    forms = {"".join(plain), "".join(particle_lower), "".join(particle_upper), plain[0] + plain[-1]}
    forms |= {".".join(f) + "." for f in ("".join(plain), plain[0] + plain[-1])}
    return {f for f in forms if len(f.replace(".", "")) >= 2 and f.replace(".", "").upper() not in ACRONYMS}

_INITIALS_AFTER = at_a_position(regex.compile(r"[ ]*\((?P<i>\p{Lu}(?:\p{Ll}{0,2}\p{Lu}){1,3})\)"))
_INITIALS_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(?P<i>\p{Lu}(?:\p{Ll}{0,2}\p{Lu}){1,3})[ ]*=[ ]*\Z")  # not "NOK: ..."


def _defined_initials(text: str, span: Span, surface: str) -> str | None:
    """Initials a text defines for a person beside the name ("Niamh O'Flaherty (NOF)", "Haf (HLJ)", "LlD = Llinos
    Dafis"), when they open with the name's first letter and are no acronym of the paperwork."""
    match = _INITIALS_AFTER.match(text, span.end) or _INITIALS_BEFORE.search(text, max(0, span.start - 8), span.start)
    if match is None:
        return None
    initials = match["i"]
    if initials[0] != surface.lstrip()[:1] or initials.upper() in ACRONYMS:
        return None
    later = [w[:1] for w in _NAME_PART.findall(surface)[1:]] + regex.findall(r"(?<=['’])\p{Lu}", surface)
    if later and [ch for ch in initials if ch.isupper()][-1] not in later:
        return None  # "Jane Parker (JX)": initials that end with none of the later names' letters are another's
    return initials


@dataclass(frozen=True, slots=True)
class _Found:
    type: str
    source: str
    form: str  # as first written: an all-caps form matches any capitalised writing


def _name_words(surface: str, *, school: bool) -> Iterator[str]:
    if surface.islower():  # a name found in lower-case text ("santiago vasquez", "fellview primary school")
        yield from (w for w in _LOWER_NAME_WORD.findall(surface) if len(w) > 2 and not is_common_word(w))
        return
    for match in _CAPITAL_WORD.finditer(surface):
        word = strip_possessive(match.group())
        if len(word) < 2 or (word.isupper() and len(word) < 3):
            continue
        if school:
            # A heading's name in capitals has the same generic words ("THE ... SCHOOL" as "The ... School").
            as_written = word.capitalize() if word.isupper() else word
            if as_written not in SCHOOL_GENERIC_WORDS and as_written not in _SCHOOL_TYPE:
                yield word
        elif word not in NOT_NAMES and word.capitalize() not in NOT_NAMES:
            yield word


_WHOLE = 0.9  # a name read whole from a field or a table cell (recognizers.field_person.EXACT_SCORE)
_NEVER_GIVEN = TITLES | HONORIFICS | ROLE_WORDS | ORG_WORDS


def _word_given_name(surface: str) -> str | None:
    """The given name of a name read whole ("Summer Fielding", "May Chen") when it is a word the index otherwise
    leaves out (a season, a month, a capitalised word of case notes) and the gazetteer ranks it as a given name:
    the field says whose it is, so its other mentions are hers (vetted like every propagated mention)."""
    words = [strip_possessive(m.group()) for m in _CAPITAL_WORD.finditer(surface)]
    if len(words) < 2 or "," in surface or surface.isupper():
        return None
    first = words[0]
    if first not in NOT_NAMES or first in _NEVER_GIVEN or not first[1:].islower():
        return None
    from redaction.gazetteer import lookup

    info = lookup(first)
    return first if info is not None and info.first >= 0.4 else None


def _school_name_part(school: str) -> str | None:
    """"St Chad's C of E Primary School" -> "St Chad's": the name without its type words."""
    words = school.split()
    while len(words) > 1 and (words[-1] in _SCHOOL_TYPE or school.islower() and words[-1].capitalize() in _SCHOOL_TYPE):
        words.pop()
    name = " ".join(words)
    if len(words) == 1 and name.islower() and is_common_word(name):
        return None  # "lakeside" of "lakeside high school" is also just a word
    return name if 1 < len(words) < len(school.split()) or (len(words) == 1 and name != school) else None


def _town_of(address: str) -> str | None:
    """The place an address line ends with ("27 Meadow Lane, Kendal" -> "Kendal")."""
    tail = address.replace("\n", ",").rsplit(",", 1)[-1].strip()
    if "," not in address.replace("\n", ",") or not tail or _STREET_END.search(tail):
        return None
    if tail.lower() in NON_IDENTIFYING_PLACES or not tail[:1].isupper() or len(tail) < 3:
        return None
    return tail


_LINE_OPENING = regex.compile(r"(?:^|\n)[ \t]*(?:\[[\d/:,. apm]+\][ ]?|[\d/]+,?[ ][\d:]+[ ][-–][ ])?\Z")


def _a_speaker_label(text: str, span: Span) -> bool:
    """A person span opening a line as a chat's speaker ("Sadia: has anyone ..."): the layout says the label is
    the writer, so the name's other mentions are hers ("ok thanks sadia"), though the label alone is not exact."""
    return (span.type == "PERSON" and text.startswith(":", span.end)
            and _LINE_OPENING.search(text, max(0, span.start - 30), span.start) is not None)


class NameIndex:
    """The names, school names and towns found so far in one document, for lookup word by word."""

    def __init__(self) -> None:
        self.words: dict[str, _Found] = {}
        self.phrases: dict[str, tuple[str, str]] = {}
        self.initials: dict[str, str] = {}  # initials -> source of the name they abbreviate
        # Word order inside the multi-word names found: "wanjiru okafor" + "kieron" are two people side by side.
        self.pairs: set[tuple[str, str]] = set()
        self.name_ends: set[str] = set()
        self.name_starts: set[str] = set()
        # Words of names found in lower case that are also ordinary words ("dawn" of "dawn mistry", the speaker
        # "sunny:"): their other lower-case mentions are names only where a reader's cue says so.
        self.cued_lower: set[str] = set()

    def add_spans(self, text: str, spans: Iterable[Span]) -> None:
        for span in spans:
            if span.score < _CONFIDENT and not _a_speaker_label(text, span):
                continue
            surface = text[span.start : span.end]
            if span.type == "PERSON" and (surface.islower() or _a_speaker_label(text, span)):
                self.cued_lower.update(w for w in _LOWER_NAME_WORD.findall(surface.lower())
                                       if len(w) > 2 and is_common_word(w) and w not in NOT_NAMES
                                       and w.capitalize() not in NOT_NAMES)
            if span.type in ("PERSON", "SCHOOL"):
                written = list(_name_words(surface, school=span.type == "SCHOOL"))
                if span.type == "PERSON" and span.score >= _WHOLE and (given := _word_given_name(surface)):
                    written.insert(0, given)  # "Child: Summer Fielding": "Summer" is her name in this text
                words = [w.casefold() for w in written]
                for word, folded in zip(written, words):
                    self.words.setdefault(folded, _Found(span.type, span.source, word))
                if span.type == "PERSON" and len(words) > 1:
                    self.pairs.update(zip(words, words[1:]))
                    if "," in surface:  # "URQUHART, Tiernan" is also written "TIERNAN URQUHART"
                        self.pairs.update(zip(words[1:], words))
                    self.name_starts.add(words[0])
                    self.name_ends.add(words[-1])
                if span.type == "PERSON" and " " in surface.strip():
                    for form in initials_of(surface):
                        self.initials.setdefault(form, span.source)
                elif span.type == "PERSON" and _INITIALS_TOKEN.fullmatch(surface):
                    self.initials.setdefault(surface, span.source)  # "Jane Parker (JP)": JP is her, even if "SW"
                if span.type == "PERSON" and (defined := _defined_initials(text, span, surface)):
                    self.initials.setdefault(defined, span.source)  # "Haf (HLJ)", "LlD = Llinos Dafis"
                if span.type == "SCHOOL" and (part := _school_name_part(surface)):
                    self.phrases.setdefault(part, ("SCHOOL", span.source))
            elif span.type == "ADDRESS" and (town := _town_of(surface)):
                self.phrases.setdefault(town, ("LOCATION", span.source))

    def person_words(self) -> set[str]:
        return {key for key, found in self.words.items() if found.type == "PERSON"}

    def lookup(self, token: str) -> _Found | None:
        """The name ``token`` writes: the same word capitalised as found, or in capitals."""
        found = self.words.get(token.casefold())
        if found is None:
            return None
        if not token[:1].isupper():
            # Lower case ("spoke to kerry") only for a name no dictionary has, and never for a school's word.
            return found if not is_common_word(token) else None
        if token == found.form or token.isupper() or found.form.isupper() or token[1:] == found.form[1:]:
            return found
        return None


def _word_hits(text: str, index: NameIndex) -> Iterator[tuple[int, int, _Found]]:
    for match in _TOKEN.finditer(text):
        token = match.group()
        if not token[:1].isupper() and "-" not in token:
            continue
        bare = strip_possessive(token)
        found = index.lookup(bare)
        if found is None and "-" in bare:
            parts = bare.split("-")
            if all(p[:1].isupper() or p.casefold() in _PARTICLES for p in parts if p):
                found = next((f for p in parts if p[:1].isupper() and (f := index.lookup(p))), None)
        if found is None and bare.endswith("s") and len(bare) > 3 and _THE_BEFORE.search(text, max(0, match.start() - 5),
                                                                                        match.start()):
            found = index.lookup(bare[:-1])  # "the Hendersons": the family of a Henderson found
            found = found if found is not None and found.type == "PERSON" else None
        if found is not None:
            yield match.start(), match.start() + len(bare), found
    if "-\n" in text:
        for match in _BROKEN.finditer(text):  # "Ciar-\nán": a name the line cut with a hyphen
            found = index.lookup(match["head"] + match["tail"])
            if found is not None and found.type == "PERSON":
                yield match.start(), match.end(), found


_THE_BEFORE = regex.compile(r"(?i)\bthe[ ]\Z")
_BROKEN = regex.compile(r"(?<![\p{L}\p{N}])(?P<head>\p{Lu}\p{L}*)-[ ]?\n[ \t]*(?P<tail>\p{Ll}+)(?![\p{L}])")


def _merged(text: str, hits: list[tuple[int, int, _Found]], index: NameIndex) -> Iterator[Span]:
    """Adjacent hits ("Van" "der" "Merwe") become one span; a particle before a hit joins it. Two names
    side by side stay apart: nothing joins after the last word of a name found whole, or before its first,
    unless the two words were found together."""
    current: list[int] | None = None
    kind = source = ""
    previous = ""
    for start, end, found in hits:
        between = text[current[1] : start] if current else ""
        word = strip_possessive(text[start:end]).casefold()
        # The short tests first: between two hits far apart lies most of the text, which splitting costs.
        if current and found.type == kind and len(between) < 12 and "\n" not in between \
                and all(w.casefold() in _PARTICLES for w in between.split()) and _joins(index, previous, word):
            current[1] = end
            previous = word
            continue
        if current and found.type == kind == "PERSON" and between.strip() == "," and (word, previous) in index.pairs:
            current[1] = end  # "pankhurst, nadia": a register's order of a name found as "nadia pankhurst"
            previous = word
            continue
        previous = word
        if current:
            yield Span(current[0], current[1], kind, 0.6, source)  # type: ignore[arg-type]
        before = _PARTICLES_BEFORE.search(text, max(0, start - 16), start)
        current = [start - (len(before.group()) if before else 0), end]
        kind, source = found.type, found.source
    if current:
        yield Span(current[0], current[1], kind, 0.6, source)  # type: ignore[arg-type]


def _joins(index: NameIndex, left: str, right: str) -> bool:
    if (left, right) in index.pairs:
        return True
    return left not in index.name_ends and right not in index.name_starts


def _with_school_tail(text: str, span: Span) -> Span:
    """A school's distinctive word takes the type words after it ("Appletree" + " Community")."""
    end = span.end
    while (tail := _SCHOOL_TAIL.match(text, end)) is not None:
        end = tail.end()
    return span if end == span.end else Span(span.start, end, span.type, span.score, span.source)


def _phrase_hits(text: str, index: NameIndex) -> Iterator[Span]:
    flat = text.replace("\n", " ")  # same offsets; a phrase wrapped over two lines is still found
    for phrase, (kind, source) in index.phrases.items():
        at = flat.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            if (at == 0 or not flat[at - 1].isalnum()) and (end == len(flat) or not flat[end].isalnum()):
                yield Span(at, end, kind, 0.6, source)  # type: ignore[arg-type]
            at = flat.find(phrase, end)


def _lower_hits(text: str, index: NameIndex) -> Iterator[tuple[int, int, _Found]]:
    """Lower-case mentions of names found elsewhere in the document ("kerry", "okafor's"); a name that is also a
    word ("dawn", "sunny") only where a reader's cue says it is the name (:func:`_cued_here`)."""
    people = set(index.words)
    if not people and not index.cued_lower:
        return
    for match in _LOWER_TOKEN.finditer(text):
        bare = strip_possessive(match.group())
        if bare.casefold() in people and (found := index.lookup(bare)) is not None:
            yield match.start(), match.start() + len(bare), found
        elif bare in index.cued_lower and _cued_here(text, match.start(), match.start() + len(bare)):
            yield match.start(), match.start() + len(bare), _Found("PERSON", "pattern", bare)


# Around a lower-case word that is a found name and a word (or a chat speaker's name that is one, "Dawn Featherstone:"):
# what a reader takes for the name's and not the word's ("heard from sunny?", "tell sunny to", "dawn's in
# leicester", "dawn says", "and sunny pls text", a message opening "dawn you left ...").
_CUE_BEFORE = regex.compile(
    r"(?:\b(?:from|tell|told|ask|asked|bring|brought|text|texted|ring|rang|ping|met|meet|miss|missed|thank|thanks"
    r"|hi|hey|dear|love|call|called|with)[ ]+)\Z")
_CUE_AFTER = regex.compile(
    r"(?:['’]s\b|[ ]+(?:says|said|asked|told|wants|wanted|replied|texted|thinks|pls|please|can|could|will|won't"
    r"|has|had|is[ ]+(?:coming|here|fine|ok|okay|going|at)|was[ ]+(?:here|at)|x+\b))")
_AND_BEFORE = regex.compile(r"\b(?:and|or|&)[ ]+\Z")
_CLAUSE_END_AFTER = regex.compile(r"[ ]*(?:[?!,.;:]|$)", regex.MULTILINE)


# A chat message calling its reader by name: "dawn you left your brolly", "omg precious you are a star".
_MESSAGE_OPENS = regex.compile(
    r"(?:^|\n)[^\n]{1,60}:[ ]+(?:(?:omg|haha|lol|yes|yeah|ok|okay|aw+|oh|ah|sorry|hi|hey|morning)[,!.]*[ ]+)?\Z")
_CALLED_AFTER = regex.compile(r"[ ]*,|[ ]+(?:you|u|is[ ]that|are[ ]you|did[ ]you|have[ ]you|do[ ]you|can[ ]you)\b")


def _cued_here(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 12):start]
    if _CALLED_AFTER.match(text, end) is not None and _MESSAGE_OPENS.search(text, max(0, start - 90), start):
        return True
    if _CUE_BEFORE.search(before) is not None and _CLAUSE_END_AFTER.match(text, end) is not None:
        return True
    if _CUE_BEFORE.search(before) is not None and not before.endswith("with "):
        return True  # "tell sunny to bring", "heard from sunny"; not "with sunny spells"
    if _CUE_AFTER.match(text, end) is not None:
        return _AND_BEFORE.search(before) is not None or not before[-1:].isalpha() and before[-2:-1] != ","
    return False


def _initials_hits(text: str, index: NameIndex) -> Iterator[Span]:
    for match in _INITIALS_TOKEN.finditer(text):
        source = index.initials.get(match.group())
        if source is not None:
            yield Span(match.start(), match.end(), "PERSON", 0.6, source)  # type: ignore[arg-type]


def propagate(text: str, index: NameIndex) -> list[Span]:
    """New spans for further mentions of the names, school names and towns in ``index``."""
    out = list(_phrase_hits(text, index)) if index.phrases else []
    if index.words:
        hits = sorted([*_word_hits(text, index), *_lower_hits(text, index)], key=lambda h: h[0])
        out.extend(_with_school_tail(text, s) if s.type == "SCHOOL" else s for s in _merged(text, hits, index))
    if index.initials:
        out.extend(_initials_hits(text, index))
    return out
