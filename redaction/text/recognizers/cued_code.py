"""A code-shaped token a few words after a word that says a reference follows, or just before one in brackets.

Case papers quote numbers from registers with no public format (a council's case system, a tribunal, a helpline,
a hospital's patient system, the police's CAD, a supplier's purchase orders, the DBS), and people do not write
them straight after their label: "they gave me a case number - 00771342", "I've got a reference now, it's
99120-KL", "RiO 3310092", "PO 4500229910", "4471092 (Mosaic)". :class:`UkRecordNumberRecognizer` and
:class:`UkCaseRefRecognizer` take a code right after its label; this recognizer takes the first token with a
digit in a short window after a cue (at most four words, same line, same sentence) when that token is shaped
like a code, and a code followed by a register's name in brackets.

A cue is a reference word ("ref", "reference", "case/claim/appeal/incident/crime/complaint/booking/order/job/
ticket/invoice/application … number|no|ref|id"), or the name of a register that stands for its number
("RiO", "Mosaic", "LCS", "EHM", "PNC", "CAD", "MRN", "DBS", "CRM", "PO", "payroll"), or a noun a code follows directly
("incident 45-2024-0099", "appeal 24-00771", a transport escort's "badge PTD 40517", a taxi contract's "Route: HTS-114";
a road's number after "route" is the road's, and a code of fewer than three digits a timetable's line). Such a name or noun is followed by the code directly ("RiO
3310092"; after a register's name four digits are enough: "CAD 2231"), a reference word may have a few words
between ("case number - 00771342"). A hospital's or a social-care system's name types its code as theirs
(HOSPITAL_NUMBER, SOCIAL_CARE_ID); the rest are CASE_REF, scored below the recognizers made for one register
so that theirs win a tie.

Shaped like a code: five digits or more ("00771342", "44 1902 77" read out in groups); three digits or more
with a letter or a separator ("99120-KL", "0993/14JAN", "K884 1093", "BCH 2093317"); a code read out one
character at a time ("H U 7 7 0 3 2 1 8", five digits at least); two digits mixed with two letters or
more in six characters or more ("QX7T2M"). What stays, with its reason: the first token with a digit is
the only one tried, so a cue never reaches past a page or paragraph number to a later code; a date
("12/03/2024", "3rd May"), a year, a time ("10:30", "3.15pm"), money ("£45.50"), a decimal ("9.69"), a
measure or dose ("500mg", "40dB"), an ISBN and a count of something ("2000 pounds") are not codes
(:func:`redaction.text.code_shape.code_shaped`); a number right after a word that names what it is when that is
no register of people ("page", "section", "room", "version", "ISBN", "route", "year") is that thing; a UK
telephone number is left to the telephone recognizers.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.code_shape import code_end, code_shaped
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.stacked_fields import stacked_values

__all__ = ["NOT_A_REGISTER", "UkCuedCodeRecognizer", "code_shaped"]

# Registers whose name stands for their number; the code follows the name (and an optional "no."/"ID"/":").
_REGISTERS = (r"rio|mosaic|lcs|ehm|liquid[ ]?logic|eclipse|care[ ]?first|controcc|pnc|cad|mrn|dbs|po|payroll"
              r"|sims|emis|systm[ ]?one|ucas|crn|cro|crm|(?:police|incident|cad)[ ]log"
              # other countries' personal numbers: Irish PPS, Polish PESEL, Spanish NIE/DNI/NIF, Dutch BSN,
              # Romanian CNP, a Nordic personnummer, a passport or identity card's number
              r"|ppsn?|pesel|(?-i:NIE)|nif|dni|bsn|cnp|personnummer|personal[ ]code|personal[ ]id|passport"
              r"|id[ ]card|identity[ ]card|national[ ]id(?:entity)?(?:[ ]card)?|codice[ ]fiscale|ahv|egn|jmbg|oib")
# What a reference word names, before "number"/"no"/"ref"/"id".
_NOUNS = (r"case|claim|appeal|incident|crime|complaint|booking|order|purchase[ ]order|job|work[ ]order|ticket"
          r"|invoice|application|account|file|log|referral|certificate|cert|disclosure|student|staff|employee"
          r"|patient|hospital|hosp|unit|client|customer|member|tenancy|tribunal|police|helpline|enquiry|inquiry"
          r"|record|system|person|child|family")
# Nouns a code may follow directly ("incident 45-2024-0099", "case 24-0613").
# A verb that asks for a code ("please quote 88341/LB in any reply") is followed by it directly too.
_DIRECT = r"case|claim|appeal|incident|crime|complaint|booking|order|job|ticket|invoice|id|badge|route|quote|quoting"
# "cert no", "certificate number", "reference no": a register's paper, then its number's word
_ASK = (r"(?:(?:cert(?:ificate)?|reference|ref)\.?[ ]+(?=(?:number|num|no|nos|id)\b))?"
        r"(?:number|num|no|nos|ref|reference|id|code|certificate|cert)\b\.?")
# A road's number after "route" is the road ("route A614"), not a transport contract's code.
_ROAD = regex.compile(r"[ABM]\d{1,4}")
_CUE = regex.compile(
    rf"(?i)(?<![\p{{L}}\p{{N}}@])(?:(?P<reg>{_REGISTERS})\b\.?(?:[ ]*{_ASK})?"
    rf"|(?:{_NOUNS})\.?[ ]+{_ASK}|refs?\b\.?(?:[ ]*(?:no|number)\b\.?)?|reference\b(?:[ ]+(?:no|number)\b\.?)?"
    # Welsh letters' "Cyfeirnod" (reference), "Ein cyf / Eich cyf" (our / your ref), "Rhif achos" (case number);
    # a telephone's "Rhif ffôn" is no register's
    r"|cyfeirnod\b|(?:ein|eich)[ ]+cyf\b\.?|rhif[ ]+(?!ff[ôo]n\b)\p{L}+\b"
    rf"|(?P<noun>{_DIRECT})\b(?:[ ]*{_ASK})?"
    # any other noun with "number"/"no."/"ID" after it ("Grant number G-2219-88", "Membership no. 4410-2298",
    # "Wheelchair service ID WS/883/21"): what a register numbers is an open class; the code must follow at once
    r"|(?P<open>(?<![\p{L}\p{N}'’\-])\p{L}[\p{L}\-]{2,20})[ ]+(?:number|num|no|id)\b\.?)"
)
# Nouns whose number is no register's of people: a telephone's, a place's or a room's, a document's part, a
# product's, an organisation's (a charity's or a company's), a count; and words that are no noun ("the number").
_NOT_A_REGISTER_NOUN = frozenset((
    "phone telephone tel mobile mob landline fax contact helpline emergency office switchboard whatsapp text sms "
    "page pages room house flat door building block floor bed ward bay desk locker seat platform gate bus train "
    "flight route road street section table figure chapter paragraph para item question exercise step level stage "
    "year week term lesson version model serial part product batch lot catalogue stock sku isbn issn edition "
    "volume issue charity company vat tax sort nhs insurance shoe size total the any this that same right wrong "
    "correct new old large small big huge certain whole random lucky odd even good round what which whose your "
    "our my his her their its another other one first last next each every no not and or of for with"
).split())
# A candidate: letter/digit groups joined by "/" or "-" (spaces allowed around them) or by single spaces when
# the next group is digits (read out in groups; a check digit alone may close three groups: "4471 2290 1832 0"),
# after a capital prefix set apart ("EH 330 24 01156", and before
# separators set apart too: "EH 891 / 24 / 00023"; not "ISBN 978-0-14-...", joined tight).
_TOKEN = regex.compile(
    r"(?<![\p{L}\p{N}@£$€.])(?P<id>(?:[A-Z]{1,4}[ ](?=\d{2,6}(?:[ ]|[ ][/\-][ ]?|[/\-][ ])\d|\d{5,}(?![\p{L}\p{N}])))?[A-Za-z0-9]+(?:(?:[/\-]|(?:[ ][/\-][ ]?|[/\-][ ])(?=[A-Za-z]*\d|[A-Z]{1,8}(?![\p{L}\p{N}]))|(?<=\d)[ ](?=\d{2,6}(?![\p{L}]))|(?<=\d{3,6}[ ]\d{3,6}[ ]\d{3,6})[ ](?=\d(?![\p{L}\p{N}]|[.,:]\d)))[A-Za-z0-9]+)*)"
    r"(?![\p{L}\p{N}@]|[.,:]\d)"
)
# After the cue: an aside in brackets ("ID number (social care): 3302917"), then a verb or a mark.
_SPACED = regex.compile(r"(?:[A-Z0-9][ ]){5,}[A-Z0-9](?![\p{L}\p{N}])")
# A label that ends its line has its value at the start of the next ("Hospital number⏎K 448 1190", a form's label
# line then its value line).
# The value on the line under its label stands alone there, or ends its cell.
_VALUE_LINE_END = regex.compile(r"[ \t]*(?:$|\||\t|[ ]{2,})", regex.MULTILINE)
_GAP = regex.compile(r"[ ]*(?:\([^()\n]{1,30}\)[ ]*)?(?:is|was|:|#|=|-|–)?[ ]*:?[ ]*(?:\n[ \t]*(?=[A-Za-z0-9]))?")
_WORD = regex.compile(r"[\p{L}']+")
_SENTENCE_END = regex.compile(r"[.!?;]\s|\n")
_AFTER = regex.compile(rf"\((?:{_REGISTERS}|ref|reference|case[ ]ref|case[ ]no)\b[^)\n]{{0,20}}\)", regex.IGNORECASE)
_CODE_BEFORE = regex.compile(r"(?<![\p{L}\p{N}@£$€./\-])(?P<id>[A-Za-z0-9]+(?:[/\-][A-Za-z0-9]+)*)[ ]*$")
# A word naming what a number is when that is no register of people: the number after it is that thing.
NOT_A_REGISTER = regex.compile(
    r"(?i)(?<![\p{L}\p{N}'’])(?:isbn|issn|si|icd(?:-1[01])?|page|pages|p|pp|para|paragraph|section|s|reg|regulation|rule|article|art"
    r"|chapter|ch|table|figure|fig|appendix|annex|item|room|ward|bed|ext|extension|version|ver|v|route|bus|year|yr"
    r"|class|set|level|stage|tier|band|grade|step|phase|unit[ ]code|model|size|no[ ]of|number[ ]of|flat|floor)"
    r"\.?[ ]*$"
)
# A UK telephone number after "number"/"on SIMS is": the telephone recognizers' to type, not a register's code.
_PHONE = regex.compile(r"(?:\+44[ ]?|0)[1-9][\d ]{8,12}\d")
_FOUR_DIGITS = regex.compile(r"(?!(?:19|20)\d\d$)\d{4}")
# Right after a noun a code follows directly, a capital prefix set apart before four to six digits that are no year
# ("badge TX 5512", "order PO 44120"); in capitals as written, not "Year 2024".
_PREFIX_AND_FOUR = regex.compile(r"(?-i:(?P<id>[A-Z]{1,3}[ ](?!(?:19|20)\d\d(?!\d))\d{4,6}))(?![\p{L}\p{N}/\-])")
_WINDOW_WORDS = 4
_WINDOW_CHARS = 48


_HOSPITAL = regex.compile(r"(?i)rio|mrn|hosp|hospital|patient|unit")
_SOCIAL_CARE = regex.compile(r"(?i)mosaic|lcs|ehm|liquid[ ]?logic|eclipse|care[ ]?first|controcc")


def _type_of(cue: str) -> str:
    """A hospital's and a social-care system's numbers keep their own types (and labels); the rest are references."""
    if _HOSPITAL.match(cue):
        return "HOSPITAL_NUMBER"
    if _SOCIAL_CARE.match(cue):
        return "SOCIAL_CARE_ID"
    return "CASE_REF"


class UkCuedCodeRecognizer(UkPatternRecognizer):
    ENTITY = "CASE_REF"
    FLAGS = regex.MULTILINE | regex.IGNORECASE
    # The work is in :meth:`find`; the pattern is what Presidio's registry sees (a code before a register's name).
    PATTERNS = [Pattern("code before its register's name", r"(?<![\w/\-])[A-Z0-9][A-Z0-9/\-]{3,20}(?=[ ]*\()", 0.6)]
    CONTEXT = ["ref", "reference", "number"]

    def find(self, text: str) -> Iterator[Span]:
        for cue in _CUE.finditer(text):
            if cue.group("open") is not None and cue.group("open").lower() in _NOT_A_REGISTER_NOUN:
                continue  # "phone number", "page no.", "the number": no register of people
            direct = cue.group("reg") is not None or cue.group("noun") is not None or cue.group("open") is not None
            span = self._after_cue(text, cue.end(), direct=direct, register=cue.group("reg") is not None,
                                   cue_word=cue.group("noun") or "")
            if span is not None:
                end = code_end(text, span.start, span.end)  # "ref: 2023/4471 - please": the code ends at its digits
                yield Span(span.start, end, _type_of(cue.group()), span.score, span.source)
        for kind, start, end in stacked_values(text):  # a reference under a PDF form's stacked label column
            if kind == "CASE_REF":
                yield Span(start, end, self.ENTITY, 0.75, "pattern")
        for bracket in _AFTER.finditer(text):  # "4471092 (Mosaic)": the code just before its register's name
            match = _CODE_BEFORE.search(text, max(0, bracket.start() - 40), bracket.start())
            if match and code_shaped(match.group("id")):
                yield Span(match.start("id"), match.end("id"), self.ENTITY, 0.75, "pattern")

    def _after_cue(self, text: str, at: int, *, direct: bool, register: bool, cue_word: str = "") -> Span | None:
        span = self._code_after_cue(text, at, direct=direct, register=register, cue_word=cue_word)
        if span is None:
            return None
        code = text[span.start : span.end]
        if "\n" in text[at : span.start] and (_VALUE_LINE_END.match(text, span.end) is None
                                              or sum(ch.isdigit() for ch in code) < 3):
            return None  # "Presenting complaint⏎12-year-old girl with ...": a value line holds the value alone
        if _PHONE.fullmatch(code) and sum(ch.isdigit() for ch in code) in (10, 11, 12):
            return None
        return span

    def _code_after_cue(self, text: str, at: int, *, direct: bool, register: bool, cue_word: str = "") -> Span | None:
        gap = _GAP.match(text, at)
        at = gap.end() if gap else at
        spaced = _SPACED.match(text, at)  # read out one by one: "hospital number is H U 7 7 0 3 2 1 8"
        if spaced and sum(ch.isdigit() for ch in spaced.group()) >= 5:
            return Span(spaced.start(), spaced.end(), self.ENTITY, 0.75, "pattern")
        if direct:
            prefixed = _PREFIX_AND_FOUR.match(text, at)
            if prefixed is not None and cue_word.lower() != "route":
                # "badge TX 5512": a capital prefix set apart before four digits, right after the noun it numbers
                return Span(prefixed.start("id"), prefixed.end("id"), self.ENTITY, 0.75, "pattern")
            match = _TOKEN.match(text, at)
            if match and cue_word.lower() == "route" and (_ROAD.fullmatch(match.group("id"))
                                                          or sum(ch.isdigit() for ch in match.group("id")) < 3):
                return None  # "route A614" is a road, "route GOR-14" a timetable's line; "HTS-114" a contract's
            # after a register's own name ("CAD 2231") four digits are its number too
            if match and (code_shaped(match.group("id")) or register and _FOUR_DIGITS.fullmatch(match.group("id"))):
                return Span(match.start("id"), match.end("id"), self.ENTITY, 0.75, "pattern")
            return None
        # the first token with a digit in the window, and only it
        for match in _TOKEN.finditer(text, at, min(len(text), at + _WINDOW_CHARS)):
            before = text[at : match.start("id")]
            if _SENTENCE_END.search(before) or len(_WORD.findall(before)) > _WINDOW_WORDS:
                return None
            if any(ch.isdigit() for ch in before):
                return None  # a digit the token pattern passed over (a decimal, money): the first is no code
            token = match.group("id")
            if not any(ch.isdigit() for ch in token):
                continue
            if code_shaped(token) and not NOT_A_REGISTER.search(before):
                return Span(match.start("id"), match.end("id"), self.ENTITY, 0.75, "pattern")
            return None
        return None
