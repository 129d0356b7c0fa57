"""A reference the text says numbers an organisation's own thing, not a family's case.

Letters and notes of SEND services carry numbers whose label says what they number: the council's form or template
("Form ref: SEN/F/12", "Template ref TPL-0041"), a vacancy or post ("Vacancy ref 0045-22"), a course or training session
("Course ref: PT/2231", "Training course ref: CPD-2024-18"), an online meeting ("Meeting ID: 884 1234 5678"), an
inspection ("Ofsted inspection number 10298844", "Ofsted ref 2501122"), a provider ("Provider ref 10007455"), a school's
grant ("Grant ref: GR-2024-114"), or a policy the text says is an organisation's ("The council's policy number
HS/2023/04"). None of them identifies a child or parent, so such a candidate is removed whatever a source typed it as.

The label and its number word ("ref", "no.", "ID") must stand right before the number, at most a mark between. A label
that names the family's own dealing keeps the number: an application, referral, claim, complaint or admission form, a
booking, a customer's account, a child's or pupil's record ("Referral form ref: 44721", "Application form no. A/2231"
stay). A "job" is no label of this kind: an interpreter's or a taxi firm's job is the family's booking. A policy is an
organisation's only when an organisation owns it on the line and no insurance is meant ("home insurance policy no. 4471"
stays).
"""

from __future__ import annotations

import regex

__all__ = ["why_organisation_reference"]

_CUE = r"[ ]+(?:ref(?:erence)?|no|nos|number|num|code|id|identifier)\.?[ \t]*[:#\-–]?[ \t]*(?:is[ ]+)?\Z"
# What an organisation numbers: its forms and templates, posts, courses, meetings, inspections, provider and grant
# numbers (an order or invoice number is the family's by the repository's convention: test_general_negatives).
_THING = regex.compile(
    r"(?i)(?<![\p{L}\p{N}])(?:form|template|vacancy|post|course(?:[ ]+code)?|module|training"
    r"|meeting|webinar|zoom|ofsted(?:[ ]+(?:inspection|report|urn))?|inspection(?:[ ]+report)?"
    r"|provider|grant)" + _CUE + r"|(?<![\p{L}\p{N}])ukprn[ \t]*[:#]?[ \t]*\Z")
_POLICY = regex.compile(r"(?i)(?<![\p{L}\p{N}])polic(?:y|ies)" + _CUE)
# Words of the family's own dealing with a service: a label holding one names the family's number.
_FAMILY_DEALING = regex.compile(
    r"(?i)(?<![\p{L}])(?:application|applicant|referral|claim|claimant|complaint|appeal|admission|consent"
    r"|booking|customer|account|client|child|child's|pupil|student|learner|patient|member|case|family"
    r"|parent|mum|dad|his|her|their|my|our[ ]+son|our[ ]+daughter)(?![\p{L}])")
_OWNER = regex.compile(
    r"(?i)(?<![\p{L}])(?:council|trust|school|academy|college|authority|la|service|board|nhs|setting|nursery"
    r"|federation|department|dfe|government|hospital|organisation|charity)(?:'s|s')?(?![\p{L}])")
_INSURANCE = regex.compile(r"(?i)(?<![\p{L}])(?:insur\w*|assur\w*|cover|premium|home|car|travel|life|pet)(?![\p{L}])")
_WINDOW = 40
_REFERENCES = frozenset({"CASE_REF", "SOCIAL_CARE_ID", "HOSPITAL_NUMBER", "ULN", "ACCOUNT_NUMBER"})


def why_organisation_reference(text: str, start: int, end: int, kind: str) -> str | None:
    """Why ``text[start:end]``, a reference of ``kind``, numbers an organisation's own thing (see the module's doc),
    or ``None``; a date, telephone number or name after such a label ("Meeting 01/03/2024") is left alone."""
    if kind not in _REFERENCES:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    window = max(line_start, start - _WINDOW)
    label = _THING.search(text, window, start)
    policy = None if label is not None else _POLICY.search(text, window, start)
    found = label or policy
    if found is None:
        return None
    before = text[max(line_start, found.start() - 25) : found.end()]
    if _FAMILY_DEALING.search(before) is not None:
        return None
    if label is not None:
        return "a number its label says is an organisation's (a form, template, post, course, meeting, inspection)"
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if _OWNER.search(line) is not None and _INSURANCE.search(line) is None:
        return "an organisation's policy number (the council's, the trust's): it numbers a document, no family"
    return None
