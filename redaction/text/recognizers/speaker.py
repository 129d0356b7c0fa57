"""The writer of a message: a chat export's speaker and the name under a letter's sign-off.

"[12/02/2024, 20:14:07] Nikki Hargreaves: Has anyone ...", "12/02/2024, 20:14 - Gosia Wiśniewska: thanks"
(WhatsApp's two export layouts), "[10:42] sam: has anyone ..." (a log stamped with the time alone), "Sione: bro where r u" (a chat or transcript
written line by line, whose labels are no words) and "Yours sincerely,⏎⏎April Fairclough". Where the layout says a name
stands, the words are the name whatever else they could read as ("April", "Summer", "Will"), so these
spans are exact. The sign-off takes one line of two to four capitalised words (initials allowed), no title
or role alone; lower-case sign-offs are the informal recognizer's.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.lexicons import NOT_NAMES
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.recognizers.field_person import EXACT_SCORE

__all__ = ["UkSpeakerRecognizer"]

_NAME_WORD = r"\p{Lu}[\p{L}\p{M}'’\-]*\.?"
_SPEAKER_NAME = rf"{_NAME_WORD}(?:[ ](?:{_NAME_WORD}|van|von|de|da|der|ap|bin|al)){{0,3}}"
_CHAT_SPEAKER = regex.compile(
    r"(?m)^[ \t]*(?:\[\d{1,2}/\d{1,2}/\d{2,4},?[ ]\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?[ap]m)?\]"
    r"|\d{1,2}/\d{1,2}/\d{2,4},?[ ]\d{1,2}:\d{2}(?:[ ]?[ap]m)?[ ][-–])"
    rf"[ ](?P<name>{_SPEAKER_NAME}):[ ]"
)
# A chat log stamped with the time alone, its speakers often typed in lower case: "[10:42] sam: has anyone ...",
# "[09:15] Dele Adeyemi: ...". A lower-case speaker is a name unless it is a word no given name is ("system:",
# "admin:", "me:").
_TIMED_SPEAKER = regex.compile(
    r"(?m)^[ \t]*\[\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?[ap]m)?\][ ]"
    rf"(?P<name>{_SPEAKER_NAME}|\p{{Ll}}[\p{{Ll}}\p{{M}}'’\-]+(?:[ ]\p{{Ll}}[\p{{Ll}}\p{{M}}'’\-]+)?):[ ]"
)
# A chat or a transcript written "Name: message" line by line ("Sione: bro where r u⏎Tevita: omw"): a line's label
# is a speaker when two or more lines of the text open with different such labels and the label is no word, no
# field label and no role ("Notes:", "Postcode:", "Mum:" are not speakers).
_LINE_LABEL = regex.compile(r"(?m)^[ \t]*(?P<name>\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}\p{Ll}+)?):[ ]+(?=\S)")
_FIELD_LABELS = frozenset("Postcode Dob Nino Ref Tel Mob Fax Attn Fao Cc Bcc Re Ps Nb Ph Ext Eta Url Id Upn Uln Pdf Re Fwd "
                          "Username Gamertag Whatsapp Skype Zoom Teams Ok Okay Hi Hello Hey Update Edit Edited".split())
_SIGNED = regex.compile(
    r"(?im)(?:yours[ ](?:sincerely|faithfully|truly)|(?:kind|best|warm|many)[ ](?:regards|wishes|thanks)|regards)"
    rf"[,.!]?[ \t]*\n(?:[ \t]*\n)*[ \t]*(?-i:(?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{1,3}}))[ \t]*$"
)


class UkSpeakerRecognizer(UkPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS = [Pattern("chat speaker", _CHAT_SPEAKER.pattern, EXACT_SCORE), Pattern("signed", _SIGNED.pattern, EXACT_SCORE)]

    def find(self, text: str) -> Iterator[Span]:
        yield from _line_speakers(text)
        for pattern in (_CHAT_SPEAKER, _TIMED_SPEAKER, _SIGNED):
            for match in pattern.finditer(text):
                words = [w.rstrip(".") for w in match["name"].split()]
                if all(w in NOT_NAMES or w.capitalize() in NOT_NAMES or len(w) < 2 for w in words):
                    continue  # "Yours sincerely,⏎SEN Team": a team, no one
                if pattern is _TIMED_SPEAKER and words[0].islower() and not all(_lower_name(w) for w in words):
                    continue  # "[10:42] system: ...": a word, no one
                yield Span(match.start("name"), match.end("name"), "PERSON", EXACT_SCORE, "pattern")


_LOG_VOICES = frozenset("system admin administrator mod moderator bot server host guest user agent support operator "
                        "me you everyone all team staff auto info notice note alert".split())


def _lower_name(word: str) -> bool:
    """A speaker's word typed in lower case that is a name: no dictionary word, or a word that is a given name
    before all ("sam", "priya", "grace"); not "system", "admin", "me"."""
    from redaction.gazetteer import lookup
    from redaction.text.english import is_common_word

    if word in _LOG_VOICES:
        return False
    if not is_common_word(word):
        return True
    info = lookup(word)
    return info is not None and info.first >= 0.5 and info.first >= info.last


def _line_speakers(text: str) -> Iterator[Span]:
    """The speakers of a "Name: message" chat or transcript (see ``_LINE_LABEL``); not exact, so the negatives
    still read them."""
    if text.count(":") < 2:
        return
    labels = list(_LINE_LABEL.finditer(text))
    if len({m["name"] for m in labels}) < 2:
        return
    from redaction.text.english import is_common_word, is_english_word
    from redaction.text.lexicons import ACRONYMS

    for match in labels:
        words = regex.split(r"[ \-]", match["name"])
        if all(w not in NOT_NAMES and w not in _FIELD_LABELS and w.upper() not in ACRONYMS
               and not is_english_word(w) and not is_common_word(w.lower()) for w in words):
            yield Span(match.start("name"), match.end("name"), "PERSON", 0.6, "pattern")
