"""Hospital numbers and social-care system ids: codes a record system gives, found after their own words.

Neither has a public format: a hospital number is what a trust's patient system issues ("K123456",
"RXH1234567", "0123456"), a social-care id what Mosaic, LCS, Liquidlogic, EHM, Eclipse or CareFirst
issue ("Mosaic ID: 4471203", "LCS no. 1234567", "EHM ref EH-22-01882"). So the cue carries them: after
"Hospital No.", "Hosp no", "hospital number", "MRN", "medical record number", "patient/unit number",
"K number" (a hospital), or a system's name with or without "ID"/"no."/"number"/"ref" (social care),
any code with four digits or more is the identifier. Unlabelled, a trust's hospital number with its
three-character trust code ("RXX123456", "RTH0012345": R, two letters or digits, six to eight digits)
is found too (a trust code is an "R" and two characters; nothing else in case notes is written so).
"""

from __future__ import annotations

import regex

from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["UkHospitalNumberRecognizer", "UkSocialCareIdRecognizer"]

_CODE = r"(?P<id>(?=[A-Z0-9/\-]*(?:\d[/\-]?){4})[A-Z0-9][A-Z0-9/\-]{2,18}[A-Z0-9])(?![\w/\-])"
_AFTER = r"\.?[ ]*(?:(?:no|num|number|id|ref|reference)\b\.?[ ]*)?(?:is[ ]+)?[:#=\-–]?[ ]*"


class UkHospitalNumberRecognizer(UkPatternRecognizer):
    ENTITY = "HOSPITAL_NUMBER"
    FLAGS = regex.MULTILINE | regex.IGNORECASE
    PATTERNS = [
        Pattern(
            "hospital number after its cue",
            # the cue a whole word ("Karimnagar-827015" is no "K" number), "unit" only as "unit no./number"
            # ("Unit 6244 Box 6774" is a forces address)
            r"\b(?:(?:hosp(?:ital)?|mrn|m\.r\.n|medical[ ]record|patient|k)\b(?:[ ]+(?:no|num|number|id))?"
            r"|unit[ ]+(?:no|num|number)\b)"
            + _AFTER + _CODE,
            0.85,
        ),
        Pattern("trust code and number", r"(?-i:(?<![\w/\-])R[A-Z][A-Z0-9]\d{6,8}(?![\w/\-]))", 0.7),
    ]
    CONTEXT = ["hospital", "hosp", "mrn", "patient", "clinic", "trust"]

    def keep(self, pattern_name: str, found: str) -> bool:
        return pattern_name != "hospital number after its cue" or _not_a_date(found)


class UkSocialCareIdRecognizer(UkPatternRecognizer):
    ENTITY = "SOCIAL_CARE_ID"
    FLAGS = regex.MULTILINE | regex.IGNORECASE
    PATTERNS = [
        Pattern(
            "system id after its cue",
            r"\b(?:mosaic|lcs|liquid[ ]?logic|ehm|eclipse|care[ ]?first|frameworki|framework[ ]i|azeus|controcc"
            r"|(?:person|client|child|family|service[ ]user|social[ ]care)[ ]+id)"
            + _AFTER + _CODE,
            0.85,
        ),
    ]
    CONTEXT = ["mosaic", "lcs", "liquidlogic", "ehm", "eclipse", "carefirst", "social care", "children's services"]

    def keep(self, pattern_name: str, found: str) -> bool:
        return _not_a_date(found)


_DATE = regex.compile(r"\d{1,2}[/\-.]\d{1,2}[/\-.]\d{2,4}|\d{4}[/\-]\d{1,2}(?:[/\-]\d{1,2})?|(?:19|20)\d\d")


def _not_a_date(found: str) -> bool:
    return _DATE.fullmatch(found) is None
