"""The value of a person field is a person, whatever the model says.

"Name of child/young person: Ciarán Seosamh O'Halloran", "Patient: Nana Ama Osei", "Surname: OKAFOR
Forename(s): Chidi", "Parent / carer name(s): Noor Sandhu and Gruffudd Sandhu", "Child's name Tuğba
Demir", "name: kerry barker". A label is a few words ending in a colon (or, for "... name", a space)
at a line's start or after a cell gap; it is a person label when it names a person's role or a name
("surname", "known as", "mother", "caller", "signed") and no thing ("School name", "Name of GP practice",
"Relationship to child"). The value runs to the end of its cell (line end, a cell gap, ``|``, ``;``, the
next label) and is read as one or more names (split at "and", "&", "/"): words of letters in any script,
apostrophes, hyphens, particles and initials, in any case, stopping at a bracket, a number or an
ordinary word. Values that are only roles or placeholders ("Mum", "N/A", "see above") are not names.

Attendance labels ("Present:", "Attendees:", "Apologies:", "cc:") take a list: items split at ``;``,
``,`` and line breaks (a label alone on its line lists the lines below it, up to a blank line), each item
a name ("Bernie", "Adaeze (SW)", "Jane Parker (JP) – Chair", "Mrs Okafor, SENCo") or initials.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator

import regex

from redaction.spans import Span
from redaction.text.lexicons import ACRONYMS, FIELD_VALUE_STOPWORDS, HONORIFICS, NOT_NAMES, ORG_WORDS, TITLES
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["EXACT_SCORE", "UkFieldPersonRecognizer", "name_runs"]

# Spans this certain are taken as written: their edges are not trimmed of words like "Nana".
EXACT_SCORE = 0.9

_PERSON_HEADS = (
    r"names?|surname|forenames?|forename\(s\)|names?\(s\)|first[ ]names?|given[ ]names?|family[ ]name|known[ ]as"
    r"|preferred[ ]name|child|children|young[ ]person|pupil|student|learner|patient|parents?|carers?"
    r"|parent[ ]?/[ ]?carers?|mother|father|mum|dad|guardian|siblings?|brothers?|sisters?|caller|client"
    r"|service[ ]user|applicant|appellants?|referrer|referred[ ]by|author|signed|signature|print[ ]name"
    r"|key[ ]?worker|teacher|class[ ]teacher|senco|head[ ]?teacher|social[ ]worker|case[ ]?officer|caseworker"
    r"|practitioner|consultant|contact|completed[ ]by|prepared[ ]by|written[ ]by|taken[ ]by|logged[ ]by"
    r"|chair|clerk|witness|interpreter|advocate|from|to"
)
_THING_HEADS = (
    r"school|setting|provider|practice|surgery|organisation|organization|service|agency|college|nursery|la"
    r"|authority|team|course|medication|diagnosis|relationship|address|e-?mail|phone|tel|telephone|mobile"
    r"|number|no|date|dob|age|gender|sex|need|needs|ethnicity|language|religion|year|class|placement|hospital"
    r"|trust|ward|department|company|employer|town|file|document|title|subject|details|view|views|signature[ ]date"
)
_ATTENDANCE = (r"present|attendees?|in[ ]attendance|apologies|attended[ ]by|also[ ]present|cc|copy[ ]to|distribution"
               r"|attending|participants|invitees|panel(?:lists)?|signatories")  # not "Attendance: 93.8%..."
# A label: up to six words, then a colon, or (after "name") a space or dash.
_LABEL_BODY = (
    r"[ \t]*(?P<label>[\p{L}'’/()]+(?:[ ]+[\p{L}'’/()]+){0,5})"
    r"(?:(?:[ \t]*[.…_]{2,})?[ \t]*:[ \t]*|(?<=name|names|\(s\))(?:[ \t]{1,}|[ ]?[\-–][ ]))"  # "Known as.......: RJ"
)
_LABEL = regex.compile(r"(?im)(?:^|(?<=[ \t\u00a0]{2}|\t|[|;]))" + _LABEL_BODY)
_LABEL_AT = regex.compile(r"(?i)" + _LABEL_BODY)
_IS_PERSON = regex.compile(rf"(?i)(?<![\p{{L}}])(?:{_PERSON_HEADS})(?![\p{{L}}])")
# Labels that name a person only as the whole label ("Lead professional:", not "Lead professional support:").
_IS_PERSON_WHOLE = regex.compile(
    r"(?i)(?:report(?:ed)?[ ]by|assessed[ ]by|seen[ ]by|reviewed[ ]by|adviser|advisor|lead[ ]professional)")
_IS_GENERAL_PERSON = regex.compile(
    # General English: who served, collected, approved ... ("Served by: Apinya", "Received by: Fernanda da Silva"),
    # and the people of receipts, bookings, listings, rotas and forms ("Staff: Jordan", "Host: Ximena Choque",
    # "Guarantor's name", "Next of kin", "Treasurer: ...").
    r"(?i)(?:(?:served|collected|received|checked|approved|authori[sz]ed|requested|booked|paid|verified|inspected|issued"
    r"|witnessed|recorded|minuted|hosted|organi[sz]ed|submitted|raised|packed|picked|accepted"
    r"|countersigned|interviewed|supervised|minutes[ ]taken|notes[ ]taken)[ ]by"
    r"|assigned[ ]to|attn|fao|for[ ]the[ ]attention[ ]of|staff|staff[ ]member|cashier|server|host|your[ ]host|driver"
    r"|courier|recipient|sender|tenants?|landlord|landlady|guarantor|next[ ]of[ ]kin|emergency[ ]contact"
    r"|passengers?|guests?|lead[ ]guest|employee|treasurer|secretary|captain|coach|owner|candidate|organi[sz]er"
    r"|volunteers?|account[ ]holder|card[ ]?holder|beneficiary|nominee|buyer|seller|member|note[ ]?taker"
    r"|minute[ ]?taker|assignee|requester|approver|travell?er|instructor|tutor|trainer|landlord's[ ]agent)")
_WORD_PARTS = regex.compile(r"\p{L}+")
_IS_THING = regex.compile(rf"(?i)(?<![\p{{L}}])(?:{_THING_HEADS})(?![\p{{L}}])")
_IS_ATTENDANCE = regex.compile(rf"(?i)^(?:{_ATTENDANCE})$")
_NEXT_LABEL = regex.compile(r"[ \t]+[\p{Lu}][\p{L}'’/()]*(?:[ ][\p{L}'’/()]+){0,3}[ \t]*:")
_CELL_END = regex.compile(r"[ \t\u00a0]{2,}|\t|[|;]|$", regex.MULTILINE)
_TOKEN = regex.compile(r"\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*\.?")
_JOINERS = frozenset({"and", "&", "/", "or"})
_PARTICLES = frozenset("van von der den de da di du del della la le el al bin binti ibn ben ter ten dos das mac ní nic ó".split())
# Words that end a name in any case ("Mother: Sarah Jones Is Not Available"); role words end it only in
# lower case, since a capitalised one may be a name ("Patient: Nana Ama Osei").
_FUNCTION_WORDS = frozenset("a an the is are was were be has have had of to for in on at by with from this that "
                            "see same not known unknown n/a tbc none".split())
_INITIALS = regex.compile(r"(?:\p{Lu}\.?){2,4}|\p{Lu}(?:\p{Ll}{0,2}\p{Lu}){1,3}")


# A line of an attendance list: a few words, maybe a role after a bracket or a dash, no full stop at its end.
_LIST_LINE = regex.compile(r"[ \t]*(?:[-•*][ ]+)?(?!\d+\.)\S+(?:[ ]+\S+){0,9}(?<![.:])[ \t]*")


_ITEM = regex.compile(r"[^;,\n]+")
_HEAD_END = regex.compile(r"\(|[ ][\-–][ ]|$")
_BRACKETED_INITIALS = regex.compile(r"[ ]*\((\p{Lu}(?:\p{Ll}{0,2}\p{Lu}){1,3})\)")
_LETTERS = regex.compile(r"\p{L}+")
# An item of a list that is no person: a number in it (an address's flat or house), or its last word the type of a
# school; and an item that runs on to the next line into such a type.
_NOT_A_PERSON_ITEM = regex.compile(
    r"\d|(?i:\b(?:primary|infants?|juniors?|high|academy|school|college|nursery|secondary|grammar|community|special))\s*\Z")
_STREET_ITEM = regex.compile(
    r"[ \t]*(?!(?i:mr|mrs|ms|miss|mx|dr)\b)(?:[\p{L}'’\-]+[ ]+){1,3}(?i:road|street|avenue|lane|close|drive|way|crescent"
    r"|gardens|terrace|grove|court|mews|square|parade|place|rise|row|rd|ave|ln|dr|gr|cl)[ \t.]*")
_ORGANISATION_RUNS_ON = regex.compile(
    r"\n[ \t]*(?:E[ ]+)?(?i:(?:primary[ ])?school|academy|college|nursery|primary|infants?|juniors?|community)(?![\p{L}])")


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _is_person_label(label: str) -> bool:
    if _IS_PERSON_WHOLE.fullmatch(label) or _IS_GENERAL_PERSON.fullmatch(label):
        return True
    return _IS_PERSON.search(label) is not None and _IS_THING.search(label) is None


def _name_like(value: str) -> bool:
    """Whether a value holds a word that is no English word, or a given name ("Jordan", "Sunny Day")."""
    from redaction.gazetteer import lookup
    from redaction.text.english import is_english_word

    for word in _WORD_PARTS.findall(value):
        if len(word) < 2:
            continue
        if not is_english_word(word.casefold()) and not is_english_word(word):
            return True
        info = lookup(word.capitalize())
        if info is not None and info.first >= 0.5:
            return True
    return False


def name_runs(text: str, start: int, end: int, *, allow_lower: bool) -> Iterator[tuple[int, int]]:
    """The names in ``text[start:end]``: runs of name words, split at "and"/"&"/"/", cut at anything else."""
    run: list[regex.Match[str]] = []
    position = start
    for token in _TOKEN.finditer(text, start, end):
        gap = text[position : token.start()]
        word = token.group()
        if not run and position == start and gap.strip():
            return  # the value opens with something else ("9 Wasdale Close"): no name
        if text[token.end() : token.end() + 1].isdigit():
            break  # letters glued to a number ("Dr Amaka Obi, ST3 Paediatrics") are a code or a grade, no name
        bare = word.rstrip(".").casefold()
        if run and (gap.strip(" ,") or "," in gap and not _comma_register(run)):
            yield from _accepted(text, run, allow_lower)
            # A value that wrote its name with capitals writes every name so: "Oliver Grant, born 2 Nov", "Jo
            # Bright, key person": the lower-case words after the comma are the sentence's, not a second name.
            allow_lower = allow_lower and not any(t.group()[:1].isupper() for t in run)
            run = []
            if gap.strip(" ,&/") or "," in gap and len(gap.strip()) > 1:
                return
        if word in ORG_WORDS:  # "St Bega's C of E Primary School", "SEND Team": an organisation, no name
            return
        if bare in _JOINERS:
            yield from _accepted(text, run, allow_lower)
            run, position = [], token.end()
            continue
        initial = len(bare) == 1 and word.endswith(".")  # "r. ogunleye"
        if initial and token.start() > 0 and text[token.start() - 1] == "." and run:
            run.pop()  # "d.o.b.": an abbreviation glued letter to letter, not initials
            yield from _accepted(text, run, allow_lower)
            return
        if bare in FIELD_VALUE_STOPWORDS and bare not in _PARTICLES and not initial and (word.islower() or bare in _FUNCTION_WORDS):
            yield from _accepted(text, run, allow_lower)
            return
        run.append(token)
        position = token.end()
        if len(run) > 5:
            return
    yield from _accepted(text, run, allow_lower)


def _comma_register(run: list[regex.Match[str]]) -> bool:
    """"OKAFOR, Chidi" / "Okafor, Chidi": one surname before the comma."""
    return len(run) == 1


def _accepted(text: str, run: list[regex.Match[str]], allow_lower: bool) -> Iterator[tuple[int, int]]:
    while run and run[0].group().rstrip(".") in TITLES:
        run = run[1:]
    if not run:
        return
    words = [t.group().rstrip(".") for t in run]
    if all(w in NOT_NAMES or w.capitalize() in NOT_NAMES or w.casefold() in FIELD_VALUE_STOPWORDS
           or (w.islower() or w.isupper()) and w.upper() in ACRONYMS for w in words):  # "miss sekhon, ep", "SLT": a role
        return
    if not allow_lower and not any(w[:1].isupper() for w in words):
        return
    if _team_name(words):
        return
    if len(words) == 1 and len(words[0]) < 2:
        return
    end = run[-1].end()
    if text[end - 1] == "." and len(words[-1]) > 1 and not words[-1].isupper():
        end -= 1  # "...; Lindström, Elsa.": the sentence's full stop, not an initial's
    yield run[0].start(), end


def _team_name(words: list[str]) -> bool:
    """"To: SEND Casework", "Cc: CAMHS Duty": an acronym of the paperwork and English words that are no given
    names name a team, not a person."""
    from redaction.gazetteer import lookup
    from redaction.text.english import is_english_word

    def plain_word(word: str) -> bool:
        info = lookup(word)
        return is_english_word(word) and (info is None or info.first < 0.3)

    acronyms = [w for w in words if w.isupper() and w in ACRONYMS]
    return bool(acronyms) and len(acronyms) < len(words) and all(w in acronyms or plain_word(w) for w in words)


class UkFieldPersonRecognizer(UkPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS = [Pattern("person field", _LABEL.pattern, EXACT_SCORE)]

    def find(self, text: str) -> Iterator[Span]:
        for label in _LABEL.finditer(text):
            while label is not None:  # labels chained on one line by single spaces ("Surname: X Forename: Y")
                label = yield from self._field(text, label)

    def _field(self, text: str, label: regex.Match[str]) -> Generator[Span, None, regex.Match[str] | None]:
        """The names in one field's value; returns the label that follows it on the same line, if any."""
        name = " ".join(label["label"].split())
        if _IS_ATTENDANCE.match(name):
            yield from self._attendance(text, label.end())
            return None
        cell_end = _CELL_END.search(text, label.end()).start()  # type: ignore[union-attr]
        next_label = _NEXT_LABEL.search(text, label.end(), cell_end)
        end = next_label.start() if next_label else cell_end
        if _is_person_label(name):
            runs = list(name_runs(text, label.end(), end, allow_lower=True))
            if _IS_PERSON_WHOLE.fullmatch(name):
                runs = runs[:1]  # "Report by: Grace Down, Highly Specialist SLT": one author, then a role
            elif _IS_GENERAL_PERSON.fullmatch(name):
                # A label of general English also heads a transcript's line ("HOST: Welcome back") or a thing ("Served
                # by: Self-checkout 2", "Delivered by: Royal Mail"): a name there holds a word no dictionary has, or
                # a given name.
                runs = [(a, b) for a, b in runs if _name_like(text[a:b])]
            for start, stop in runs:
                yield Span(start, stop, "PERSON", EXACT_SCORE, "pattern")
        return _LABEL_AT.match(text, next_label.start()) if next_label else None

    @staticmethod
    def _attendance(text: str, start: int) -> Iterator[Span]:
        """Each item of an attendance list: its leading name, or initials. The list runs on over the lines
        below while they read as items (short, no label, no sentence), up to a blank line."""
        block_end = _line_end(text, start)
        while block_end < len(text):
            next_end = _line_end(text, block_end + 1)
            line = text[block_end + 1 : next_end]
            if not line.strip() or _LIST_LINE.fullmatch(line) is None or _LABEL_AT.match(line) and ":" in line:
                break
            block_end = next_end
        for item in _ITEM.finditer(text[start:block_end]):
            item_start, item_end = start + item.start(), start + item.end()
            head_end = _HEAD_END.search(text, item_start, item_end).start()  # type: ignore[union-attr]
            head = text[item_start:head_end]
            if _NOT_A_PERSON_ITEM.search(head) or _ORGANISATION_RUNS_ON.match(text, item_end) or _STREET_ITEM.fullmatch(head):
                continue  # "cc: ..., Flat 3/1, 24A Buttermere Way; SENCo, Valley View High⏎School": an address, a school
            initials = _INITIALS.fullmatch(text[item_start:head_end].strip())
            if initials is not None and initials.group().replace(".", "").upper() in ACRONYMS:
                continue  # "Miss Tamang, SW": a role's abbreviation, not a person's initials
            if initials is not None:
                offset = text.index(initials.group(), item_start)
                yield Span(offset, offset + len(initials.group()), "PERSON", EXACT_SCORE, "pattern")
                continue
            for run_start, run_end in name_runs(text, item_start, head_end, allow_lower=True):
                yield Span(run_start, run_end, "PERSON", EXACT_SCORE, "pattern")
            bracket = _BRACKETED_INITIALS.match(text[head_end:item_end])
            if bracket is not None and _initials_of(text[item_start:head_end], bracket.group(1)):
                yield Span(head_end + bracket.start(1), head_end + bracket.end(1), "PERSON", EXACT_SCORE, "pattern")


def _initials_of(name: str, initials: str) -> bool:
    """"Jane Parker (JP)", "Laila Afolabi (LA)": the bracket holds the initials of the name before it."""
    capitals = [ch for ch in initials if ch.isupper()]
    firsts = [w[0].upper() for w in _LETTERS.findall(name) if w not in TITLES and w not in HONORIFICS]
    return len(capitals) >= 2 and len(firsts) >= 2 and firsts[0] == capitals[0] and firsts[-1] == capitals[-1]
