"""What the words around one mention of a person say about that person's role.

Cues are read in a direction, never as a bag of words: in "Caller: Sarah (mum of Leo, Year 5)" the
"(mum" after Sarah makes *her* a parent, and "mum of" before Leo makes *him* the child. Each rule
looks only at the words touching the mention:

- a label or role noun just before it ("Pupil: Leo", "her son Leo", "Class teacher: Mr Patel",
  "teaching assistant, Mrs Okonkwo"); "mum of" / "parent of" before it makes it a child;
- a role just after it, after a comma or bracket ("Sarah Whitfield, parent of", "Mrs Okonkwo (SENCo)",
  "Leo Whitfield, DOB ...", "Leo (Year 5)");
- a possessive after it ("Leo's mum" makes Leo the child; "Sarah's son" makes Sarah the parent);
- the title: "Dr" is a professional; Mr, Mrs, Ms, Miss, Mx mark an adult (never a child) and Mrs, Ms,
  Miss, Mr a gender, which the labeller uses to tell apart people sharing a surname.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

__all__ = ["MentionCues", "mention_cues"]

_ROLES = {
    "Child": r"re|son|daughter|child|pupil|student|learner|young[ ]person|grandson|granddaughter|stepson"
             r"|stepdaughter|boy|girl|baby|patient|brother|sister|sibling|twin",
    "Parent": r"mum|mummy|mother|mam|dad|daddy|father|parents?|parent/carer|parent[ ]carer|carer|stepmum"
              r"|stepdad|step-mum|step-dad|foster[ ]carer|guardian|appellant",
    "Teacher": r"class[ ]teacher|teacher|form[ ]tutor|tutor|headteacher|head[ ]teacher|head|deputy[ ]head"
               r"|assistant[ ]head|senco|inclusion[ ]lead|teaching[ ]assistant|ta|lsa|hlta",
    "Professional": r"doctor|paediatrician|consultant|psychologist|educational[ ]psychologist|ep|therapist"
                    r"|speech[ ]and[ ]language[ ]therapist|salt|ot|occupational[ ]therapist|physiotherapist"
                    r"|nurse|gp|clinician|social[ ]worker|audiologist|psychiatrist",
    "Officer": r"case[ ]officer|caseworker|case[ ]worker|sen[ ]officer|send[ ]officer|ehc[ ]co-?ordinator"
               r"|co-?ordinator|officer|team[ ]manager",
}
_FEMALE_KEYS = frozenset("mum mummy mother mam stepmum step-mum daughter girl sister granddaughter stepdaughter".split())
_MALE_KEYS = frozenset("dad daddy father stepdad step-dad son boy brother grandson stepson".split())
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Master|Judge|Sir|Dame|Cllr|Councillor|Rev|Revd)\.?"
_ALL = "|".join(f"(?P<{role}>{alternatives})" for role, alternatives in _ROLES.items())

_BEFORE = regex.compile(
    rf"(?ir)(?<![\p{{L}}])(?:{_ALL})(?:['’]s)?(?:[ ]name)?[ \t\u00a0]*[:,\-–]?[ \t\u00a0]*\n?[ \t\u00a0]*"
    rf"(?:(?:is|was|called|named)[ ]+)?(?:(?-i:{_TITLE})[ ]+)?\Z"
)
_PARENT_OF = regex.compile(
    r"(?ir)(?<![\p{L}])(?:mum|mother|mam|dad|father|parents?|carer|stepmum|stepdad|guardian)[ ]+of[ ]+\Z"
)
_AFTER = regex.compile(
    rf"(?i)[ \t\u00a0]*[,(–\-][ \t\u00a0]*(?:(?:the|a|an|our|my|his|her|their)[ ]+)?"
    rf"(?:(?:older|younger|big|little|twin|class|school|named|key)[ ]+)?(?:{_ALL})(?![\p{{L}}])"
)
_CHILD_AFTER = regex.compile(
    r"(?i)[ \t\u00a0]*[,(]?[ \t\u00a0]*(?:D\.?O\.?B\b|date of birth|born\b|aged?[ ]\d|year[ ]\d|yr[ ]\d"
    r"|\d{1,2}[ ]?(?:years?|yrs?)\b|(?-i:ULN|UPN)\b)"
)
_POSSESSIVE = regex.compile(
    r"(?i)['’]s?[ ]+(?:(?P<child>mum|mummy|mother|dad|daddy|father|parents?|carers?|class[ ]teacher|teacher|senco|"
    r"school|class|ta|key[ ]worker|ehc[ ]?plan|ehcp|diagnosis|nursery|needs|ehc)|(?P<parent>son|daughter|child|children|kids?))\b"
)
_GREETING = regex.compile(r"(?ri)(?:^|(?<=\n))[ \t]*(?:Dear|Hi|Hello|Hiya|Morning|Good morning|Afternoon)[ ,]+\Z")
# Titles in any case: a note typed in lower case still writes "mrs okafor".
_TITLE_AT = regex.compile(rf"(?i:{_TITLE})(?=[ \t\u00a0\n])")
_TITLE_BEFORE = regex.compile(rf"(?ri)(?<![\p{{L}}]){_TITLE}[ \t\u00a0]*\n?[ \t\u00a0]*\Z")


@dataclass
class MentionCues:
    votes: dict[str, int] = field(default_factory=dict)
    adult: bool = False
    gender: str | None = None  # "F", "M" or unknown
    greeted: bool = False  # "Dear X", "Hi X": the person a letter or e-mail is addressed to
    title: str | None = None  # "Mrs", "Dr", "Judge": the title written before the name

    def vote(self, role: str, weight: int) -> None:
        self.votes[role] = self.votes.get(role, 0) + weight


def _matched_role(match: regex.Match[str]) -> tuple[str, str]:
    for role in _ROLES:
        if match.group(role):
            return role, match.group(role).casefold()
    raise AssertionError("a role alternative always matches")


def _gender_of(key: str) -> str | None:
    return "F" if key in _FEMALE_KEYS else "M" if key in _MALE_KEYS else None


def mention_cues(text: str, start: int, end: int) -> MentionCues:
    """Role votes, adulthood and gender for the mention ``text[start:end]``."""
    cues = MentionCues()
    title = _TITLE_AT.match(text, start, end)
    if title is None:
        before_title = _TITLE_BEFORE.search(text, max(0, start - 12), start)
        title_text = before_title.group().split()[0] if before_title else ""
    else:
        title_text = title.group()
    title_word = title_text.rstrip(".").capitalize()
    cues.title = title_word or None
    if title_word in ("Dr", "Prof", "Professor"):
        cues.vote("Professional", 3)
    if title_word in ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Judge", "Sir", "Dame", "Cllr",
                      "Councillor", "Rev", "Revd"):
        cues.adult = True
    if title_word == "Master":
        cues.vote("Child", 2)
    cues.gender = {"Mrs": "F", "Ms": "F", "Miss": "F", "Dame": "F", "Mr": "M", "Master": "M", "Sir": "M"}.get(title_word)
    line_start = max(text.rfind("\n", 0, start) + 1, start - 50)
    cues.greeted = _GREETING.search(text, line_start, start) is not None
    # A mention opening a line may have its cue at the end of the line before ("with her mother⏎Laila").
    cue_start = max(text.rfind("\n", 0, line_start - 1) + 1, start - 50) if not text[line_start:start].strip() else line_start
    if _PARENT_OF.search(text, line_start, start):
        cues.vote("Child", 2)
    elif before := _BEFORE.search(text, cue_start, start):
        role, key = _matched_role(before)
        cues.vote(role, 2)
        cues.gender = cues.gender or _gender_of(key)
    line_end = text.find("\n", end)
    line_end = min(len(text) if line_end < 0 else line_end, end + 50)
    if after := _AFTER.match(text, end, line_end):
        role, key = _matched_role(after)
        cues.vote(role, 2)
        cues.gender = cues.gender or _gender_of(key)
    if _CHILD_AFTER.match(text, end, line_end):
        cues.vote("Child", 2)
    if possessive := _POSSESSIVE.match(text, end, line_end):
        cues.vote("Child" if possessive.group("child") else "Parent", 1)
    return cues
