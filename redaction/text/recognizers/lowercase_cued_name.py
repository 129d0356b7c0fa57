"""Given names that are also words, typed in lower case, where a reader's cue says they are names.

"can you tell grace i'll be late", "my daughter amber has her review", "hi hope, did you get the form",
"me and jade are coming". In a chat typed without capitals nothing but the words around tells "grace" the
name from "grace" the word; :mod:`.lowercase_given_name` takes only the names that are nothing else, and
:mod:`.informal` wants an unusual word after its cues. These cues are ones a reader trusts with a word that
is also a name, because the word's other reading does not fit there:

- a family word before it: "my daughter amber", "her brother jack" (no one writes "my daughter amber" of a
  colour);
- a verb done to a person: "tell grace", "asked faith if", "spoke to rose", "texted summer";
- a greeting or thanks standing alone before it: "hi hope," "thanks grace x", "thank you so much jo." (not
  "hi hope you're well", where "hope" is the verb);
- a message's signature with kisses or its writer's "it's": "got it thank u. rose x", "morning dee its rose.";
- a pair with the writer: "me and jade", "jade and i";
- a possessive typed without its apostrophe before a family word: "marcs mum", "kayleighs nan" (the word
  less its "s" must be a given name: "the boys mum" stays).

Only a word of the given-name lists (:mod:`redaction.text.given_names`) is taken, never a stop word of
messages ("will", "may"), a month before a day's number, a weekday, a role or a people; and only where the
stretch of text it stands in is typed in lower case: in a text with capitals a lower-case "grace" is the word.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.at_a_position import at_a_position
from redaction.text.english import is_common_word, is_english_word
from redaction.text.given_names import is_given_name
from redaction.text.lexicons import CALENDAR_WORDS, ENGLISH_WORD_NAMES, FIELD_VALUE_STOPWORDS, NOT_NAMES
from redaction.text.peoples import PEOPLES_AND_LANGUAGES
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["LowerCaseCuedNameRecognizer", "bare_possessive_name", "opens_in_lower_case"]

_WORD = r"\p{Ll}{2,}"
# A whole word, not part of an address or a handle ("grace@", "grace.h@", "grace-ful"); "grace's" is the name.
_END = r"(?![\p{L}\p{N}@_/\-]|\.\p{L})(?!['’]\p{L}{2})"
_FAMILY = (
    r"son|daughter|boy|girl|brother|sister|twin|cousin|niece|nephew|grandson|granddaughter|stepson|stepdaughter"
    r"|mum|mam|mom|dad|nan|nana|gran|grandma|grandad|aunt|auntie|aunty|uncle|husband|wife|partner|friend|bestie"
)
_AFTER_FAMILY = regex.compile(
    rf"\b(?:my|her|his|their|our|your|ur)[ ]+(?:little[ ]+|big[ ]+|younger[ ]+|older[ ]+|eldest[ ]+|youngest[ ]+)?"
    rf"(?:{_FAMILY})s?[ ,]+(?P<name>{_WORD}){_END}"
)
_PERSON_VERB = regex.compile(
    # "ask for mick" before "ask": the shorter verb would take "for" as its name and the match end there
    r"\b(?:(?:ask|asking|asked|wait|waiting|waited)[ ]+for|tell|told|ask|asked|asking|text|texted|texting|message"
    r"|messaged|email|emailed|ring|rang|phone|phoned"
    r"|thank|thanked|(?:spoke|speak|speaking|talk|talked|chat|chatted)[ ]+(?:to|with)|met[ ]+with"
    r"|shouted[ ]+at|pushed|hit|kicked|hugged|bullied|teased|picked[ ]+up|pick[ ]+up|collect|collected)"
    rf"[ ]+(?P<name>{_WORD}){_END}"
)
# A greeting alone before the name: the name ends there ("hi hope," "thanks grace x", "morning faith!").
_GREETED = regex.compile(
    r"(?:^|(?<=[.!?:;][ ]*)|(?<=\n[ \t]*))(?:hi|hiya|hey|hello|dear|cheers|morning|evening|night"
    r"|(?:thanks|thank[ ]+you|thank[ ]+u|thankyou|ty)(?:[ ]+(?:so[ ]+much|very[ ]+much|again|loads|lots))?)"
    rf"[ ,]+(?P<name>{_WORD})(?=[ ]*(?:[,!.?:;)\n]|x{{1,3}}\b|\Z))",
    regex.MULTILINE,
)
# A message signed off with kisses ("got it thank u. rose x") or opened by its writer ("morning dee its rose.").
_SIGNED = regex.compile(
    rf"(?:^|(?<=[.!?][ ]+))(?P<name>{_WORD})[ ]+x{{1,3}}[ \t]*$"
    rf"|\b(?:it['’]?s|this[ ]is)[ ]+(?P<name>{_WORD})(?=[ ]*(?:[.!,]|$))"
    # thanks inside a message, the name closing its sentence: "got it thank you so much jo."
    rf"|\b(?:thanks|thank[ ]+(?:you|u)|ty)(?:[ ]+(?:so|very)[ ]+much|[ ]+again)?[ ,]+(?P<name>{_WORD})"
    rf"(?=[ ]*(?:[.!]|x{{1,3}}\b|$))",
    regex.MULTILINE,
)
_WITH_ME = regex.compile(
    rf"\b(?:me|i)[ ]+(?:and|&|n)[ ]+(?P<name>{_WORD}){_END}|(?<![\p{{L}}'’])(?P<name>{_WORD})[ ]+(?:and|&|n)[ ]+(?:me|i)\b"
)
# A possessive typed without its apostrophe before a family word: "marcs mum", "kayleighs nan", "tylers dad"
# (the name is the word less its "s"; "the boys mum", "the kids dad" are no names).
_BARE_POSSESSIVE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’@_/\-])(?P<name>(?P<stem>{_WORD})s)[ ]+(?:{_FAMILY}|step-?(?:mum|dad)|carer|foster[ ]+carer)s?\b"
)
_FAMILY_WORD = regex.compile(rf"(?<![\p{{L}}])(?:{_FAMILY}|carer)s?(?![\p{{L}}])")
_BARE_POSSESSIVE_AT = at_a_position(_BARE_POSSESSIVE)  # asked at each candidate's start (the loop below searches)
# Verbs of speaking, messaging and thinking, and the first words of "is coming", "was saying": done by people.
_PEOPLE_VERB = (
    r"said|says|texted|texts|messaged|rang|phoned|replied|reckons|reckoned|thinks|thought|wants|wanted|posted"
    r"|mentioned|promised|offered|told|tells|asked|asks|wrote|laughed|cried|knows|reckon|thinks"
    r"|(?:is|was|are|were|r|'s|’s|'re|’re)[ ]+(?:coming|going|saying|bringing|doing|sorting|picking|getting|running)"
)
# A pair of lower-case names where people are: after a verb done to people or "with", or before a verb people do
# ("i told jess and mo", "jess and mo are coming", "did sam or ellie take it").
_PAIR = regex.compile(
    rf"(?:(?<=\b(?:told|tell|ask|asked|text|texted|with|did|does|can|could|will|would|has|have|had|where['’]?s|where[ ]are)"
    rf"[ ]+)(?P<name>{_WORD})[ ]+(?:and|&|or|n)[ ]+(?P<second>{_WORD}){_END}"
    rf"|(?<![\p{{L}}\p{{N}}'’@_/\-])(?P<name>{_WORD})[ ]+(?:and|&|or|n)[ ]+(?P<second>{_WORD})[ ]+(?:{_PEOPLE_VERB})\b)"
)
# A sign-off on its own line, then the writer's name alone on the next, typed in lower case: "Ta,⏎linds", "cheers⏎baz x".
_SIGNED_OFF = regex.compile(
    r"(?im)^[ \t]*(?:thanks|thank[ ]you|many[ ]thanks|cheers|ta|love|lots[ ]of[ ]love|regards|kind[ ]regards|best"
    r"|best[ ]wishes|speak[ ]soon|take[ ]care|x{1,3})[ \t]*[,!.]?[ \t]*\n[ \t]*"
    r"(?-i:(?P<name>\p{Ll}{2,15}))[ \t]*(?:x{1,3}[ \t]*)?$"
)
# A pair before a bare "are"/"r" ("luke n ash r so annoying"): a weaker cue, so both must be given names and not both
# words names also are ("rose and ivy are climbing the wall").
_PAIR_ARE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’@_/\-])(?P<name>{_WORD})[ ]+(?:and|&|n)[ ]+(?P<second>{_WORD})[ ]+(?:are|r|were|['’]re)\b"
)
# A question about someone: "is nat coming tonight", "was jez there", "has kaz left".
_ASKED_ABOUT = regex.compile(
    rf"\b(?:is|was|isn['’]?t|wasn['’]?t|has|hasn['’]?t|did|didn['’]?t|does|doesn['’]?t|can|could|will|where['’]?s)[ ]+"
    rf"(?P<name>{_WORD})[ ]+(?:coming|going|still|here|there|back|around|free|about|joining|playing|working|driving"
    rf"|left|gone|home|ok|okay|alright|awake|up)\b"
)
# A lower-case name before a verb people do ("what tunde posted", "shaz said the bins…"); a dictionary word there
# must be a given name before all (:func:`_listed_given`).
_SUBJECT = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’@_/\-])(?<!\b(?:the|a|an|my|your|his|her|our|their|this|that)[ ]+)(?P<name>{_WORD})"
    rf"[ ]+(?:(?:just|also|still|never|always|already)[ ]+)?(?:{_PEOPLE_VERB})\b"
)
_PATTERNS = (_AFTER_FAMILY, _PERSON_VERB, _GREETED, _WITH_ME, _SIGNED, _BARE_POSSESSIVE, _PAIR, _PAIR_ARE, _SUBJECT,
             _ASKED_ABOUT, _SIGNED_OFF)
# Nouns the given-name lists also hold that people write before "mum" and "dad" ("the mans dad", "the boys mum").
_NOUN_POSSESSORS = frozenset(
    "man guy lady boy girl kid lad lass son young foster baby child friend mate other twin pupil student teacher "
    "neighbour cousin brother sister mother father parent carer nephew niece wife husband partner gran nan grandma "
    "grandad aunt uncle daughter person family dog cat".split()
)
_DAY_AFTER = regex.compile(r"[ ]+(?:the[ ]+)?\d")
_ROLE_AFTER = regex.compile(r"[ ]+(?:teacher|class|group|ward|street|road|school|house|centre|team|hall)\b")
_CAPITAL = regex.compile(r"(?<![\p{L}'’])(?!I(?:['’]\p{Ll}+)?(?![\p{L}]))\p{Lu}")
_STRETCH_START = regex.compile(r"(?r)(?:\n|:[ ]|[.!?][ ])")


class LowerCaseCuedNameRecognizer(UkPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS = [Pattern("lower-case name after a family word", _AFTER_FAMILY.pattern, 0.55)]  # for Presidio's registry
    SCORE = 0.55

    def find(self, text: str) -> Iterator[Span]:
        if not any(c.islower() for c in text):
            return
        seen: set[int] = set()
        family = _FAMILY_WORD.search(text) is not None
        for pattern in _PATTERNS:
            if pattern is _BARE_POSSESSIVE and not family:
                continue  # "marcs mum" wants a family word somewhere in the text
            for match in pattern.finditer(text):
                start, end = match.span("name")
                if pattern is _BARE_POSSESSIVE:
                    if start not in seen and bare_possessive_name(text, start, end):
                        seen.add(start)
                        yield Span(start, end, self.ENTITY, self.SCORE, "pattern")
                    continue
                if pattern is _PAIR or pattern is _PAIR_ARE:
                    s2, e2 = match.span("second")
                    if (_a_name_here(text, start, end, match.group("name"))
                            and _a_name_here(text, s2, e2, match.group("second"))
                            and (pattern is _PAIR or _strong_pair(match.group("name"), match.group("second")))):
                        for at_start, at_end in ((start, end), (s2, e2)):
                            if at_start not in seen:
                                seen.add(at_start)
                                yield Span(at_start, at_end, self.ENTITY, self.SCORE, "pattern")
                    continue
                if pattern is _SUBJECT and (match.group("name") in _NOT_SUBJECTS or not opens_in_lower_case(text, start)):
                    continue  # "what she said", "He said dawn …": no one, or a sentence a writer capitalised
                if pattern is _SIGNED_OFF:
                    word = match.group("name")
                    if (start not in seen and word not in FIELD_VALUE_STOPWORDS and word not in _ENDEARMENTS
                            and word not in _NOT_GIVEN and (not is_english_word(word) or _listed_given(word))):
                        seen.add(start)  # the writer's name under a sign-off: a name no list holds ("linds") too
                        yield Span(start, end, self.ENTITY, self.SCORE, "pattern")
                    continue
                if start not in seen and _a_name_here(text, start, end, match.group("name")):
                    seen.add(start)
                    yield Span(start, end, self.ENTITY, self.SCORE, "pattern")


# Words of endearment that the given-name lists also hold: "love x", "thanks hun", "hi honey,".
_ENDEARMENTS = frozenset("love luv honey hun hon babe baby darling sweetheart sweetie pet chick dear mate sunshine "
                         "angel precious treasure star".split())


# Words before a verb that are no one's name: pronouns and the words that stand for a group or an office.
_NOT_SUBJECTS = frozenset("he she it they we you i who which that what there everyone everybody someone somebody "
                          "anyone anybody nobody people mum dad mam mom nan gran grandma grandad teacher school "
                          "staff work boss police council landlord doctor".split())
# Words the gazetteer holds as given names that people write after "tell", "ask", "thanks" as words: family, roles,
# titles and the words of a friendly address.
_NOT_GIVEN = frozenset(f"{_FAMILY.replace('|', ' ')} nan bro sis mate king queen prince princess boss chief doc "
                       "coach sir miss madam lad lass kid kids guys".split())


def _listed_given(word: str) -> bool:
    """A given name of the lists, or one the gazetteer holds as a given name (one no dictionary has at some strength,
    "kev", "kezia", "liam"; a dictionary word only as a given name before all, "mo", "mick", "raj")."""
    if is_given_name(word.title()):
        return True
    if word in _NOT_GIVEN or len(word) < 2:
        return False
    from redaction.gazetteer import lookup

    info = lookup(word)
    if info is None:
        return False
    if is_common_word(word):
        return info.first >= 0.6
    return info.first >= 0.4 and (info.first >= info.last * 0.6)


def _strong_pair(first: str, second: str) -> bool:
    """Two given names of which one is a given name before all ("luke", "dave") and not both words names also are."""
    from redaction.gazetteer import lookup

    if first in ENGLISH_WORD_NAMES and second in ENGLISH_WORD_NAMES:
        return False
    infos = [lookup(first), lookup(second)]
    return any(i is not None and i.first >= 0.8 and i.first >= i.last for i in infos)


def _a_name_here(text: str, start: int, end: int, word: str) -> bool:
    if word in FIELD_VALUE_STOPWORDS or word in _ENDEARMENTS or not _listed_given(word):
        return False
    if word.title() in NOT_NAMES or word.title() in PEOPLES_AND_LANGUAGES:
        return False
    if word.title() in CALENDAR_WORDS and (_DAY_AFTER.match(text, end) is not None or word.endswith("day")):
        return False  # "rang june 5th": a date
    if _ROLE_AFTER.match(text, end) is not None:
        return False  # "asked art teacher": a subject's teacher
    return _typed_in_lower_case(text, start, end)


def _typed_in_lower_case(text: str, start: int, end: int) -> bool:
    """The stretch the word stands in (from the last line break, speaker's colon or sentence end before it to
    the end of its line) has no capital letter but the writer's "I" and the stretch's first letter."""
    opening = _STRETCH_START.search(text, max(0, start - 200), start)
    first = opening.end() if opening is not None else max(0, start - 200)
    line_end = text.find("\n", end)
    last = len(text) if line_end < 0 else line_end
    stretch = text[first:last].lstrip(" \t\"“(")
    return _CAPITAL.search(stretch, 1) is None


def opens_in_lower_case(text: str, start: int) -> bool:
    """The sentence ``start`` stands in (from the last line break, speaker's colon or sentence end) opens with a
    lower-case letter and has no capital before ``start`` but the writer's "I": a writer who capitalised the
    sentence's first word ("He repeats phrases from television") would have capitalised a name after it too."""
    opening = _STRETCH_START.search(text, max(0, start - 200), start)
    first = opening.end() if opening is not None else max(0, start - 200)
    letter = regex.search(r"\p{L}", text, pos=first, endpos=start)
    if letter is None:
        return True
    return _CAPITAL.search(text, letter.start(), start) is None


def bare_possessive_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a given name's possessive typed without its apostrophe before a family word
    ("marcs mum"): a lower-case common word only as a plural ("marcs", "tylers"), the name less its "s"."""
    match = _BARE_POSSESSIVE_AT.match(text, start)
    if match is None or match.end("name") != end:
        return False
    stem = match.group("stem")
    if stem in _NOUN_POSSESSORS:
        return False
    if _a_name_here(text, start, end, stem):
        return True
    # a given name the census lists lack ("jaydens dad"): one the gazetteer holds as a name and as no word
    from redaction.gazetteer import lookup

    info = lookup(stem.title())
    return (info is not None and not info.word and info.first >= 0.5 and stem not in FIELD_VALUE_STOPWORDS
            and stem.title() not in NOT_NAMES and _typed_in_lower_case(text, start, end))
