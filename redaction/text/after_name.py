"""The word right after a name: a person span ends at the name, not on the word that opens what follows.

Notes, chats and e-mails often run a name straight into the next sentence or field without punctuation ("Hi
Nadia Hope you're well", "Thanks Bradley Much appreciated", "Dear Ms Feeney Following our call", "Marley Went to
the sensory room", "Tom Cullen Dated 4/11/2025", "Orla Brennan Advisory Teacher"). A name reader (the model, a
cue's capitalised run, widening, propagation) takes the capitalised word into the name; it is no name, and
redacting it costs a reader the sense of the line. Two readings, each a class a reader recognises:

- **an ordinary word no family is called** (:func:`_ordinary_word`): the span's last word is a dictionary word
  that neither the census list of surnames nor the gazetteer (above a rare score) knows as a family name
  ("Great", "Moderate", "Following", "Advisory", "Dated"), nor a given name, and no person's verb follows it,
  written after a name word. A family name that is also a word ("Price", "Hope", "Best", "Wren") stays;
- **a message opening after a greeting** (:func:`_opens_the_message`): a greeting ("Hi", "Dear", "Thanks",
  "Cheers", ...) and its addressee, then a capitalised dictionary word followed by a lower-case word that carries
  the sentence on ("Hi Nadia Hope you're well", "Cheers Gemma See you Thursday"): the message has begun, even
  when the word is a family name elsewhere; a comma ("Dear Nadia Hope, ...") or a joining word ("Hi Jack Green
  and Sam") keeps it.

- **a chat's shorthand before a lower-case name** ("brb mehmet is calling") and **a verb in capitals after a name
  in capitals** that runs on ("LARS ERIKSSON WON THE RACE"): the message's words.

The word must run on, after one space, into more of the same line: a word ending its line, cell or clause ("Name:
Jo Strong") is taken as the name's. Spans of the case record are taken as written; a span is never cut to
nothing but a title.
"""

from __future__ import annotations

import regex

from redaction.spans import Span
from redaction.text.english import is_common_word
from redaction.text.lexicons import FIRST_NAMES, TITLES
from redaction.text.names import strip_possessive
from redaction.text.surnames import is_surname

__all__ = ["cut_word_after_name"]

_WORD = regex.compile(r"[\p{L}](?:[\p{L}\p{M}'’]|-(?=\p{L}))*")
# What only a person does right after a name: the word before it is then the name's last ("George Best said").
_PERSON_VERB_AFTER = regex.compile(
    r"[ ]+(?:(?:also|still|then|never|always|has|had|was|is|will|would)[ ]+)?(?:said|says|told|tells|asked|asks"
    r"|replied|agreed|explained|thinks|thought|feels|felt|wants|wanted|hopes|hoped|lives|lived|texted|emailed"
    r"|phoned|rang|wrote|writes|called|attended|attends|confirmed|reported|added|joined|came|comes|signed)\b")
_GREETING = regex.compile(
    r"(?i:hi|hello|hiya|hey|dear|morning|good[ ]morning|afternoon|good[ ]afternoon|evening|thanks|thank[ ]you|cheers"
    r"|ta|congratulations|congrats|welcome|bye|night)[ ,]+\Z")
_LINE_OPENING = regex.compile(r"(?:^|[\n.!?:;\]]|\|)[ \t\u00a0]*\Z")
_LOWER_WORD_AFTER = regex.compile(r"[ ]+(\p{Ll}[\p{L}'’]*)")
_JOINING = frozenset("and or & nor".split())
_RUNS_ON = regex.compile(r"[ ][\p{L}\p{N}]")  # one space, then the line goes on: the word opens what follows
_RARE_SURNAME = 0.5  # the gazetteer's surname score below which a dictionary word is taken as a word


def _surname_score(word: str) -> float:
    from redaction.gazetteer import lookup

    info = lookup(word)
    return 0.0 if info is None else info.last


def _name_word(word: str) -> bool:
    return word[:1].isupper() and word not in TITLES and word.rstrip(".") not in TITLES


def _ordinary_word(text: str, word: regex.Match[str]) -> bool:
    """The last word is a dictionary word no family is called, and no person's verb follows it."""
    bare = strip_possessive(word.group())
    if not bare[:1].isupper() or len(bare) < 2 or bare in FIRST_NAMES:
        return False
    if not is_common_word(bare.lower()) or is_surname(bare) or _surname_score(bare.capitalize()) >= _RARE_SURNAME:
        return False
    from redaction.gazetteer import lookup

    info = lookup(bare.capitalize())
    if info is not None and info.first >= _RARE_SURNAME:  # "Rose", "Joy": a given name that is also a word
        return False
    from redaction.text.given_names import is_given_name
    from redaction.text.language import welsh_given_names

    if is_given_name(bare.capitalize()) or bare.capitalize() in welsh_given_names():  # "Mae Cadi yn hapus"
        return False
    return _PERSON_VERB_AFTER.match(text, word.end()) is None


def _opens_the_message(text: str, span: Span, words: list[regex.Match[str]]) -> bool:
    """A greeting, its addressee, then the message's first word, which a lower-case word carries on."""
    last = words[-1]
    if not last.group()[:1].isupper() or last.group().isupper() or not is_common_word(last.group().lower()):
        return False
    if last.group() in FIRST_NAMES:
        return False
    after = _LOWER_WORD_AFTER.match(text, last.end())
    if after is None or after.group(1) in _JOINING:
        return False
    greeting = _GREETING.search(text, max(0, span.start - 24), span.start)
    if greeting is None or _LINE_OPENING.search(text, max(0, greeting.start() - 8), greeting.start()) is None:
        return False
    return _PERSON_VERB_AFTER.match(text, last.end()) is None


# A greeting taken into the name before it ("Hiya Jade"), and a record's field label after it ("Ethan Cartwright
# DOB 04/04/2014"): words of the message and of the form, never of the name.
_GREETING_WORDS = frozenset("Hi Hiya Hey Hello Morning Afternoon Evening Thanks Cheers Ta Dear".split())
_LABEL_WORDS = frozenset("DOB D.O.B UPN ULN NHS Tel Mob Mobile Ref Email Address Postcode".split())
# A chat's shorthand taken into the lower-case name after it ("brb mehmet is calling", "lol wanjiru"): the message's
# words, never the name's.
_CHAT_WORDS = frozenset("""
brb lol lmao lmfao rofl omg omfg btw tbh idk ngl imo imho fyi pls plz thx ty tysm ok okay kk hey hi hiya yo oi
soz sry ikr smh fr nvm np ttyl
""".split())
# A verb written in capitals after a name in capitals, in a notice or a headline that runs on ("LARS ERIKSSON WON THE
# RACE", "JUHANI LAINE WILL OPEN THE EVENT"): the sentence's verb, never a third word of the name.
_CAPITALS_VERBS = frozenset("""
WILL WON WINS WAS IS HAS HAD SAID SAYS ARE WERE CAN JOINS JOINED LEADS LED OPENS OPENED TAKES TOOK GETS GOT MAKES
MADE SCORED SCORES RETURNS RETURNED RETIRES RETIRED THANKS THANKED
""".split())


def cut_word_after_name(text: str, span: Span) -> Span:
    """``span`` without the ordinary word(s) it ran on into after the name (see the module's rules), and without a
    greeting before it or a record's field label after it."""
    words = list(_WORD.finditer(text, span.start, span.end))
    start, end = span.start, span.end
    while len(words) >= 2 and words[0].group() in _GREETING_WORDS and words[1].group()[:1].isupper():
        words.pop(0)
        start = words[0].start()
    # (a word, not an initial: "signed: k. yeboah" keeps its "k.")
    while (len(words) >= 2 and words[0].group() in _CHAT_WORDS and words[1].group().islower()
           and text.startswith(" ", words[0].end())):
        words.pop(0)
        start = words[0].start()
    while len(words) >= 2 and words[-1].group().rstrip(".") in _LABEL_WORDS and words[-1].end() == end:
        words.pop()
        end = words[-1].end()
    if not words:
        return span
    if (start, end) != (span.start, span.end):
        span = Span(start, end, span.type, span.score, span.source)
    names = [w for w in words if _name_word(w.group())]
    cut = False
    while len(names) >= 2 and words[-1] is names[-1]:
        last = words[-1]
        if _RUNS_ON.match(text, last.end()) is None:  # "Name: Jo Strong" ending its line is the field's value
            break
        if not (_ordinary_word(text, last) or _opens_the_message(text, span, words)):
            break
        words.pop()
        names.pop()
        cut = True
    while (len(words) >= 3 and words[-1].group() in _CAPITALS_VERBS and all(w.group().isupper() for w in words)
           and _RUNS_ON.match(text, words[-1].end()) is not None):
        words.pop()
        cut = True
    if not cut or not names:
        return span
    end = words[-1].end()
    return Span(span.start, end, span.type, span.score, span.source)
