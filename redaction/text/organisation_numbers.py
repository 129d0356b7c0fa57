"""An organisation's registration number: a charity's, a company's, a VAT or ICO registration, a school's URN.

Footers and signatures of letters from charities, advice services and schools carry the organisation's numbers
("Registered charity no. 1128844", "Company No. 04417209", "Scottish Charity SC039715", "VAT reg no. 284 6613 09",
"Ofsted URN 132455", Welsh "Elusen gofrestredig rhif 1158923"). They are public and identify no family, so a
number the text says is one of these is removed whatever a source typed it as (a reference after "No.", a
telephone number's digits). The cue must stand right before the number, with at most its number word and a mark
between ("Charity Reg No: 1100234"), or the number be followed straight away by what it registers ("1128844
(registered charity)"); a family's own reference after a charity's name ("Family Fund application no. 55120")
names an application, not the charity, so it stays.
"""

from __future__ import annotations

import regex

__all__ = ["why_organisation_number"]

# What is registered: a charity (English, Scottish, Welsh "elusen"), a company (also "limited by guarantee"),
# VAT, the ICO's data-protection register, Ofsted's or the DfE's unique reference number of a school.
_WHAT = (r"(?:(?:registered|reg\.?|scottish|english|welsh)[ ]+)?"
         r"(?:charity|charitable[ ]+incorporated[ ]+organisation|cio)"
         r"|(?:registered[ ]+)?company|limited[ ]+by[ ]+guarantee|vat|ico|data[ ]+protection|ofsted(?:[ ]+urn)?"
         r"|(?:school|setting|provider)[ ]+urn|dfe(?:[ ]+(?:no|number))?|la[ ]+estab(?:lishment)?"
         r"|registered[ ]+in[ ]+(?:england|scotland|wales|northern[ ]+ireland)(?:[ ]+(?:and|&)[ ]+wales)?"
         r"|oscr|elusen(?:[ ]+gofrestredig)?|cwmni(?:[ ]+cofrestredig)?")
# Between the cue and the number: "registration", "reg", "registered", "number", "no.", "rhif", a mark.
_BETWEEN = (r"(?:[ ]*[,(]?[ ]*(?:registration|registered|reg|number|num|no|nos|rhif|urn|id)\b\.?){0,3}"
            r"[ ]*(?:is[ ]+)?[:#\-–=]?[ ]*\(?[ ]*")
_CUE_BEFORE = regex.compile(rf"(?i)(?<![\p{{L}}])(?:{_WHAT}){_BETWEEN}\Z")
_CUE_AFTER = regex.compile(r"(?i)[ ]*[,(][ ]*(?:a[ ]+)?(?:registered[ ]+)?(?:charity|company)\b")
# A registration number: digits (spaced in groups, as VAT numbers are), with a two-letter prefix at most
# ("SC039715", "ZA123987", "NI612345").
_NUMBER = regex.compile(r"(?i)[A-Z]{0,2}[ ]?\d[\d ]{3,12}\d")
_WINDOW = 80


def why_organisation_number(text: str, start: int, end: int) -> str | None:
    """Why ``text[start:end]`` is an organisation's registration number (see the module's doc), or ``None``."""
    if _NUMBER.fullmatch(text, start, end) is None:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    if _CUE_BEFORE.search(text, max(line_start, start - _WINDOW), start) is not None:
        return "an organisation's registration number (a charity's, a company's, VAT, a school's URN): no family's"
    if _CUE_AFTER.match(text, end) is not None:
        return "a number followed by what it registers ('(registered charity)'): an organisation's, no family's"
    return None
