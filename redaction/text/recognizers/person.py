"""Person names from the way case notes write them, independent of the statistical model.

Each pattern is a *cue* that what follows (or precedes) is a name: a title ("Mrs Okonkwo-Bright",
"Dr A. Patel"), the register layout ("HUGHES, Ella"), an initial ("E. Hughes"), a relationship or
greeting ("her son Zain", "Dear Amara"), a form label ("Child's name: …"), a signature after
"Kind regards", a role in brackets after the name ("Chidinma (Mum)"), a possessive or a reporting
verb after an unfamiliar capitalised word ("Zainab's", "Tomasz said"). Once a name is found, the
engine propagates it to its other mentions, so each cue only needs to fire once per document.
"""

from __future__ import annotations

import regex

from redaction.text.dates import DATE_REGEX
from redaction.text.english import is_english_word
from redaction.text.lexicons import (
    ACRONYMS,
    COMMON_CAPITALISED,
    FIRST_NAMES,
    ORG_WORDS,
    PERSON_ROLE_CUES,
    ROLE_WORDS,
    TITLES,
)
from redaction.text.names import CAPS_NAME, NAME, NAME_SEQ, TITLE
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["UkPersonPatternRecognizer"]

_INITIALS = regex.compile(r"(?:\p{Lu}\.)+|\p{Lu}")
_NOT_NAMES = COMMON_CAPITALISED | ROLE_WORDS | TITLES
_NOT_NAMES_UPPER = frozenset(w.upper() for w in _NOT_NAMES)
# Cues are matched in lower case ("her son Zain"), except greetings, which open a line capitalised.
_CUES = "|".join(
    regex.escape(form)
    for c in sorted(PERSON_ROLE_CUES, key=len, reverse=True)
    for form in (c, c[:1].upper() + c[1:])
)
_GREETINGS = r"(?:Dear|Hi|Hello|Morning|Afternoon|Attn:?|FAO:?|Cc:?)"
_FIELD = (
    r"(?:child|young person|pupil|student|learner|parent|carer|parent/carer|parents|mother|father|"
    r"name|full name|child's name|pupil name|from|to|cc|attendees?|present|signed|completed by|"
    r"prepared by|author|caseworker|case officer|sen officer|senco|teacher|class teacher|"
    r"headteacher|contact|key worker|chair|clerk|judge|applicant|appellant|respondent|gp|consultant|"
    r"caller|re|patient|subject|client|service user|referrer|logged by|taken by|mum|dad|sibling|"
    r"young person's name|parent's name|sender|recipient|attn|fao)"
)
_ROLE_AFTER = (
    # a bilingual form's bracket names the role twice: "(nain / grandmother)", "(mam / mum)"
    r"(?:\((?:\p{L}+[ ]?/[ ]?)?(?:Mum|Dad|mum|dad|mother|father|parent|carer|SENCo|SENCO|class teacher|teacher|TA|"
    r"headteacher|Head|EP|OT|SALT|GP|IPS|grandmother|grandfather|step-?dad|step-?mum|"
    r"(?:older |younger |big |little |twin )?(?:sister|brother|sibling)|son|daughter|child|pupil|DOB[^)]{0,20}|"
    r"(?:\+44|0)[\d ()\-]{8,16})\)"
    r"|,[ ]+(?:the[ ]+)?(?:SENCo|SENCO|class teacher|headteacher|head teacher|deputy head|TA|"
    r"teaching assistant|educational psychologist|case officer|caseworker|SEN officer|"
    r"paediatrician|consultant|speech and language therapist|occupational therapist|social worker)\b)"
)
_JOB_TITLE = (
    r"(?:Co-ordinator|Coordinator|Manager|Officer|Director|Lead|Chair|Clerk|Administrator|Caseworker"
    r"|Advisor|Adviser|Worker|Practitioner|Teacher|SENCo|SENCO|Headteacher|Psychologist|Therapist"
    r"|Paediatrician|Consultant|Nurse)"
)
_VERBS = (
    r"(?:is|was|has|had|said|says|told|tells|attends|attended|struggles|struggled|finds|found|enjoys|"
    r"enjoyed|likes|loves|loved|needs|needed|became|becomes|can|cannot|can't|could|couldn't|will|"
    r"won't|would|does|doesn't|did|didn't|gets|got|seems|seemed|appears|started|starts|went|goes|"
    r"lives|lived|feels|felt|wants|wanted|reported|reports|explained|asked|agreed|confirmed|"
    r"mentioned|shared|described|refuses|refused|joined|left|moved|became|continues|remains|"
    r"responds|responded|communicates|uses|used|benefits|requires|prefers|became|receives|received|"
    r"applied|applies|reported|thinks|thought|worries|worried|called|rang|phoned|emailed|visited|met|"
    r"should|must|may|might|hopes|hoped|plans|planned|travels|arrived|arrives|comes|came)"
)


_ADVERBS = r"(?:also|still|now|often|really|then|never|always|usually|sometimes|just|only|already|currently)"


class UkPersonPatternRecognizer(UkPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS = [
        Pattern("title and name",
                rf"(?<![\p{{L}}])(?P<id>{TITLE}(?:[ ]+|[ ]?\n)(?:\p{{Lu}}\.?[ ]*)*(?:{NAME}|{CAPS_NAME})(?:(?:[ ]|[ ]?\n){NAME}){{0,2}})", 0.85),
        # and a middle initial after the given name ("MCALLISTER, Fiona J.")
        Pattern("SURNAME, First",
                rf"(?<![\p{{L}}])(?P<id>{CAPS_NAME},[ ]+{NAME}(?:[ ]{NAME})?(?:[ ]\p{{Lu}}\.(?=[ ,;)\n]|$))?)(?![\p{{L}}])",
                0.8),
        Pattern("SURNAME First", rf"(?<![\p{{L}}])(?P<id>{CAPS_NAME}(?:[ ]{CAPS_NAME})?[ ]{NAME}(?:[ ]{NAME})?)(?![\p{{L}}])", 0.7),
        # "E. Hughes", "A. K. Sharma", and a hyphenated pair of initials ("J.-P. Martin", "J-P. Martin")
        Pattern("initials and surname",
                rf"(?<![\p{{L}}.\-])(?P<id>(?:\p{{Lu}}\.?-\p{{Lu}}\.[ ]?(?:\p{{Lu}}\.[ ]?)?|(?:\p{{Lu}}\.[ ]?){{1,3}}){NAME})"
                r"(?![\p{L}])", 0.7),
        Pattern("relationship or greeting cue",
                rf"(?:\b(?:{_CUES})|{_GREETINGS})(?:[ ,]+|[ ]?\n)(?:(?:is|was)[ ]+)?(?P<id>{NAME_SEQ})(?![\p{{L}}])", 0.7),
        Pattern("thanks or congratulations",
                rf"(?<![\p{{L}}])(?:Thank[ ]you|Thanks|Many[ ]thanks|Congratulations[ ]to|Congrats[ ]to|Well[ ]done)"
                rf",?[ ](?P<id>{NAME}(?:[ ]{NAME}){{0,2}})(?![\p{{L}}\-])", 0.6),
        Pattern("First SURNAME", rf"(?r)(?<![\p{{L}}])(?P<id>{NAME}(?:[ ]{NAME})?[ ]{CAPS_NAME})(?![\p{{L}}])", 0.75),
        Pattern("form field",
                rf"(?im:(?:^|(?<=[ \t]{{2}}|[|;]))[ \t]*(?:{_FIELD})[ \t]*(?:name)?[ \t]*[:|\-–][ \t]*)(?:{TITLE}[ ]+)?"
                rf"(?P<id>{NAME_SEQ}|{CAPS_NAME},[ ]+{NAME}|{CAPS_NAME}(?:[ ]{CAPS_NAME}){{0,2}}|(?:\p{{Lu}}\.[ ]?){{1,3}}{NAME})", 0.8),
        Pattern("signature",
                # the name on its own line: the line below holds the job ("Ffion⏎Advisory Teacher")
                rf"(?i:regards|sincerely|faithfully|wishes|thanks|thank you|cheers|best)[,.!]?[ \t]*\r?\n+[ \t]*"
                rf"(?P<id>{NAME}(?:[ ]{NAME}){{0,2}})", 0.8),
        Pattern("name before role", rf"(?r)(?<![\p{{L}}])(?P<id>{NAME_SEQ})(?=[ ]*{_ROLE_AFTER})", 0.75),
        Pattern("name before a date in brackets", rf"(?<![\p{{L}}])(?P<id>{NAME})(?=[ ]*\([ ]*{DATE_REGEX}[ ]*\))", 0.5),
        Pattern("name before job title",
                rf"(?<![\p{{L}}])(?P<id>{NAME}[ ]{NAME})(?=,?[ ]+(?:\p{{Lu}}[\p{{L}}\-]*[ ]+){{0,4}}{_JOB_TITLE}\b)", 0.7),
        Pattern("unfamiliar word after a preposition",
                rf"(?<=\p{{Ll}}[ ](?:with|and|to|by|from|for|asked|told|thanked|met|saw|called|emailed|phoned|"
                rf"contacted|texted)[ ])(?P<id>{NAME})(?![\p{{L}}\-])", 0.45),
        Pattern("possessive", rf"(?r)(?<![\p{{L}}])(?P<id>{NAME})(?=['’]s\b)", 0.5),
        Pattern("name before reporting verb", rf"(?r)(?<![\p{{L}}])(?P<id>{NAME})(?=[ ]+(?:{_ADVERBS}[ ]+)?{_VERBS}\b)", 0.45),
        # 'Robert "Bobby" Dunn', "Katherine 'Kat' Pryce": a nickname in quotes between a given name and a surname.
        Pattern("quoted nickname inside a name",
                rf"(?<![\p{{L}}])(?P<id>{NAME}[ ]+(?P<q>[\"“'‘]){NAME}[\"”'’][ ]+{NAME})(?![\p{{L}}])", 0.8),
        # 'known as "Bobby"', "likes to be called 'Zaz'": a nickname in quotes after a naming cue.
        Pattern("quoted nickname after a naming cue",
                rf"(?:\b(?:known|referred[ ]to)[ ]as|\bcall(?:s|ed)?(?:[ ](?:him|her|them)(?:self|selves)?)?|\bnicknamed?"
                rf"|\bgoes[ ]by|\bprefers|\ba\.?k\.?a\.?)[ ]+[\"“'‘](?P<id>{NAME})[\"”'’](?![\p{{L}}])", 0.75),
        # '"Bobby" was upset': a given name alone in quotes (read by keep: one the gazetteer ranks as a given name).
        Pattern("given name in quotes", rf"(?<![\p{{L}}])[\"“'‘](?P<id>{NAME})[\"”'’](?![\p{{L}}])", 0.6),
        Pattern("line of capitals",
                rf"(?m:^[ \t]*)(?P<id>{CAPS_NAME}(?:[ ]{CAPS_NAME}){{1,3}})(?=[ \t\u00a0]{{2,}}|[ \t]*$)", 0.4),
    ]

    def keep_pattern(self, pattern_name: str, text: str) -> bool:
        # A pattern whose cue after the name is nowhere in the text is not tried at every capital of it.
        needed = _NEEDED.get(pattern_name)
        return needed is None or needed.search(text) is not None

    def keep(self, pattern_name: str, found: str) -> bool:
        # After "with" or "and" a capitalised word mid-sentence is a name only if it is no English word.
        if pattern_name == "unfamiliar word after a preposition":
            return not is_english_word(found)
        if pattern_name == "name before job title":  # "Personal Budgets Officer", "Early Help Lead": the job's words
            return any(not is_english_word(w) or w in FIRST_NAMES or _given_name_strength(w) >= 0.5
                       for w in found.split())
        if pattern_name == "given name in quotes":
            return _given_name_strength(found) >= 0.6
        if pattern_name == "quoted nickname after a naming cue":
            return not is_english_word(found) or _given_name_strength(found) >= 0.5
        if pattern_name == "quoted nickname inside a name":
            words = _QUOTED_WORDS.findall(found)
            return (len(words) == 3 and (words[0] in FIRST_NAMES or _given_name_strength(words[0]) >= 0.5)
                    and words[2] not in _NOT_NAMES and (not is_english_word(words[2]) or _surname_strength(words[2]) >= 0.5))
        if pattern_name == "First SURNAME":  # "Ann LEE", not "Submit ASAP" ("Seen RJ" stays: initials are a name)
            words = found.split()
            plain = all(_plain_word(w) for w in words[:-1])
            if plain and words[-1] in ACRONYMS:
                return False
            # "Attendance YTD", "Trauma-focused CBT": words that are nobody's given name before capitals that are
            # nobody's surname are a term and its abbreviation ("Hope OKAFOR" stays: the capitals are a surname).
            return not (plain and len(words[-1]) <= 4 and _surname_strength(words[-1].capitalize()) < 0.3)
        if pattern_name == "thanks or congratulations":  # "Thank you Remigio Teruel", not "Thanks Again"
            return any(not is_english_word(w) or w in FIRST_NAMES for w in found.split())
        if pattern_name == "SURNAME First":  # "WARDAK Abdul", not "URGENT Please" or "NHS England"
            words = found.split()
            caps = [w for w in words if w.isupper()]
            return all(w.upper() not in ACRONYMS and len(w) > 2 for w in caps) and not all(
                is_english_word(w) for w in caps) and any(not is_english_word(w) or w in FIRST_NAMES
                                                          for w in words if not w.isupper())
        return True

    def invalidate_result(self, pattern_text: str) -> bool:
        words = [w.strip(",.'’") for w in pattern_text.split() if w.strip(",.'’")]
        names = [w for w in words if w not in TITLES and not _INITIALS.fullmatch(w)]
        if not names:
            return True
        if any(w in ORG_WORDS or (w.isupper() and w in _NOT_NAMES_UPPER) for w in names):
            return True
        return all(w in _NOT_NAMES or w.upper() in _NOT_NAMES_UPPER and w.isupper() for w in names)


_QUOTED_WORDS = regex.compile(r"[\p{L}][\p{L}'’\-]*[\p{L}]")


def _plain_word(word: str) -> bool:
    """An English word, or English words joined by hyphens ("Trauma-focused"), that is no given name."""
    return (all(is_english_word(part) for part in word.split("-") if part) and word not in FIRST_NAMES
            and _given_name_strength(word) < 0.5)


def _given_name_strength(word: str) -> float:
    from redaction.gazetteer import lookup

    info = lookup(word)
    return 1.0 if word in FIRST_NAMES else 0.0 if info is None else info.first


def _surname_strength(word: str) -> float:
    from redaction.gazetteer import lookup

    info = lookup(word)
    return 0.0 if info is None else info.last


# What must stand somewhere in a text for a pattern to match in it: the part of the pattern after the name, found
# by its leading literal far faster than the whole pattern is tried.
_NEEDED = {
    "name before a date in brackets": regex.compile(rf"\([ ]*{DATE_REGEX}[ ]*\)"),
    "name before job title": regex.compile(rf"{_JOB_TITLE}\b"),
    "name before role": regex.compile(_ROLE_AFTER),
    "quoted nickname inside a name": regex.compile(r"\p{L}[ ]+[\"“'‘]\p{Lu}"),
    "quoted nickname after a naming cue": regex.compile(r"[ ][\"“'‘]\p{Lu}"),
    "given name in quotes": regex.compile(r"[\"“'‘]\p{Lu}\p{Ll}+[\"”'’]"),
}
