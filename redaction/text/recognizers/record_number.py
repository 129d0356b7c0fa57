"""Record numbers after the words that say what they number: "student no. K2307714", "PNC: 24/0412876L",
"SCN: 145 772 903", "Agreement no. DP-C-2024-0381", "application ref AtW-2024-3391847", "asylum support ref
H1180654", "Your reference: DLA / RL / 558201", "LAC number: 774102", "claim no 0123 4567".

Case papers quote numbers from many registers (colleges, the police, the Home Office, the DWP, councils'
housing and benefits, tribunals, direct payments) that have no public format, so the cue carries them: a
noun naming what is numbered ("student", "candidate", "claim", "agreement", "tenancy", "PNC", "SCN" ...)
with "no."/"number"/"ref"/"id" after it (the abbreviations that are themselves a number's name stand
alone), then a code holding at least four digits. The code may be spaced as it is read out ("145 772
903") or its separators set apart ("DLA / RL / 558201"); a date or a year alone is not a record number.
References after the bare words "ref"/"case"/"appeal" are :class:`UkCaseRefRecognizer`'s.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.code_shape import code_end
from redaction.text.dates import parse_date
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["UkRecordNumberRecognizer"]

# What a register numbers: people in a service, claims and agreements, applications and cases.
_NOUN = (
    r"student|pupil|learner|candidate|applicant|admissions?|enrol(?:l)?ment|membership|member|customer|client"
    r"|patient|resident|tenan(?:t|cy)|housing|council[ ]tax|benefits?|claim|policy|application|agreement|contract"
    r"|licen[cs]e|permit|passport|visa|badge|library[ ]card|payroll|staff|employee|booking|order|invoice|receipt"
    r"|complaint|incident|crime|police|log|referral|episode|assessment|placement|care[ ]plan|plan|child|family"
    r"|household|person|support|asylum(?:[ ]support)?|home[ ]office|port|nass|lac|cla|cin|cp|ehcp|ehc|send|sen"
    r"|sendist|tribunal|hesc|dwp|hmrc|dla|pip|universal[ ]credit|uc|child[ ]benefit|direct[ ]payments?|dp"
    r"|transport|travel|bus[ ]pass|blue[ ]badge|taxi|registration|record|system|mosaic|carefirst|capita|sims"
    r"|arbor|bromcom|emis|systmone|rio|cerner|epr|court|claimant|appellant|reference|file"
)
# Abbreviations that are themselves a number's name: Police National Computer, Criminal Records Office,
# Scottish Candidate Number, Unique Taxpayer Reference, Home Office and NASS references, court case numbers.
_NAMED = r"pnc|cro|scn|utr|nass|ho[ ]ref|gwf|ucas|cohort|crn"
_ASKS = r"(?:(?:no|num|number|nos|ref|refs|reference|id|code)\b\.?|#)"
_CUE = (
    rf"(?<![\p{{L}}\p{{N}}])(?:(?:{_NOUN})\.?[ ]*(?:/[ ]*(?:{_NOUN})[ ]*)?{_ASKS}|(?:{_NAMED})\b\.?(?:[ ]*{_ASKS})?"
    r"|(?:your|our|my|their|the[ ]+council['’]s|the[ ]+la['’]s)[ ]+ref(?:erence)?\b\.?)"
    r"(?:[ ]*\([^)\n]{1,20}\))?[ ]*(?:is|was|:|#|=|-|–|\bof\b)?[ ]*:?[ ]*"
)
# A code: digit-bearing groups joined by separators (spaces around them allowed), or read out in digit
# groups ("145 772 903"); a group of letters only is a prefix joined by "/" or "-" ("DLA / RL / 558201").
_GROUP = r"[A-Za-z0-9]*\d[A-Za-z0-9]*"
_LETTERS = r"[A-Za-z]{1,8}"
# After a separator with a space beside it ("KJ/5521 - meeting") a group of letters only is the sentence's word
# unless written in capitals ("DLA / RL / 558201").
_CAPITALS = r"(?-i:[A-Z]{1,8})"
_CODE = (
    rf"(?P<id>(?:{_GROUP}|{_LETTERS}(?=[ ]?[/\-]))"
    rf"(?:[/\-](?:{_GROUP}|{_LETTERS}(?=[ ]?[/\-])|{_LETTERS}(?![\p{{L}}]))"
    rf"|(?:[ ][/\-][ ]?|[/\-][ ])(?:{_GROUP}|{_CAPITALS}(?=[ ]?[/\-])|{_CAPITALS}(?![\p{{L}}]))"
    rf"|[ ]\d{{2,5}}(?![ ]?[\p{{L}}]))*)"
    r"(?![\w/\-])"
)

_YEAR = regex.compile(r"(?:19|20)\d\d")
_NUMERIC_DATE = regex.compile(r"\d{1,2}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{2,4}")


class UkRecordNumberRecognizer(UkPatternRecognizer):
    ENTITY = "CASE_REF"
    FLAGS = regex.MULTILINE | regex.IGNORECASE
    PATTERNS = [Pattern("record number after what it numbers", _CUE + _CODE, 0.85)]
    CONTEXT = ["ref", "reference", "number", "no"]

    def find(self, text: str) -> Iterator[Span]:
        for span in super().find(text):
            end = code_end(text, span.start, span.end)  # "ref: 2023/4471 - please": the code ends at its digits
            yield span if end == span.end else Span(span.start, end, span.type, span.score, span.source)

    def keep_pattern(self, pattern_name: str, text: str) -> bool:
        return _ANY_ASK.search(text) is not None  # most lines name no number: spare the long alternation

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = sum(ch.isdigit() for ch in pattern_text)
        if digits < 4 or _YEAR.fullmatch(pattern_text):
            return False
        if _NUMERIC_DATE.fullmatch(pattern_text) or parse_date(pattern_text) is not None:
            return False  # "Date of referral no. 12/03/2024" is a date, not a number
        return None


_ANY_ASK = regex.compile(rf"(?i)\b(?:no|num|number|nos|ref|refs|reference|id|code|{_NAMED})\b|#")
