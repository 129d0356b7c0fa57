"""The writer of a message: a chat export's speaker and the name under a letter's sign-off.

"[12/02/2024, 20:14:07] Nikki Hargreaves: Has anyone ...", "12/02/2024, 20:14 - Gosia Wiśniewska: thanks"
(and the name after a dash closing a message's line: "Running late. - Cengkir")
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
from redaction.text.english import is_common_word
from redaction.text.given_names import is_given_name
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
_NAME_PARTS = regex.compile(r"[ \-]")  # a label's words (compiled once: asked per label)
_FIELD_LABELS = frozenset("Postcode Dob Nino Ref Tel Mob Fax Attn Fao Cc Bcc Re Ps Nb Ph Ext Eta Url Id Upn Uln Pdf Re Fwd "
                          "Username Gamertag Whatsapp Skype Zoom Teams Ok Okay Hi Hello Hey Update Edit Edited".split())
# A chat exported from a workplace or marketplace app: a line opening with a user name and the time ("rhys.morgan
# 09:02  morning"), an IRC log ("<kalani_h> anyone", "[21:04] <bjorn.e> try"), or a user name as a line's label
# ("Fatima_R: Hi, is it still available?"). A user name is written as user names are: two letters or more, then
# a dot, an underscore or digits joined to it ("ada.obi", "mike_77", "Fatima_R"); not a file's or a site's name.
_USER_NAME = r"\p{L}{2,}[\p{L}\p{N}]*(?:(?:[._][\p{L}\p{N}]+)+_?|\d+)"
_STAMPED_USER = regex.compile(
    rf"(?m)^[ \t]*(?P<name>{_USER_NAME})[ \t]+\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:[ ]?[ap]m)?\]?(?=[ \t]|$)")
_STAMPED_NAME = regex.compile(
    rf"(?m)^[ \t]*(?P<name>{_SPEAKER_NAME})[ \t]+\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:[ ]?[ap]m)?\]?[ \t]+(?=\S)")
_IRC_SPEAKER = regex.compile(
    r"(?m)^[ \t]*(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ ]?)?<(?P<name>\p{L}[\p{L}\p{N}._\-]{1,28}[\p{L}\p{N}_])>[ ]+(?=\S)")
_USER_LABEL = regex.compile(rf"(?m)^[ \t]*(?P<name>{_USER_NAME}):[ ]+(?=\S)")
_NOT_USER_ENDS = frozenset("txt pdf doc docx xls xlsx csv jpg jpeg png gif zip com org net uk io js py md html htm "
                           "exe json xml log eml msg ppt pptx".split())
_MARKUP_TAGS = frozenset("a b i u p br hr div span html head body title script style table tr td th ul ol li em "
                         "strong img form input label button section header footer nav main pre code".split())
# A chat typed in lower case, line by line ("priya: she's fine mum⏎sunny: IM HERE"): a label is a speaker when
# three lines or more open with lower-case labels, two of them different, and the label is a name, not a word
# no given name is ("mum:", "note:", "admin:").
_LOWER_LABEL = regex.compile(r"(?m)^[ \t]*(?P<name>\p{Ll}[\p{Ll}\p{M}'’\-]+(?:[ ]\p{Ll}[\p{Ll}\p{M}'’\-]+)?):[ ]+(?=\S)")
_SIGNED = regex.compile(
    r"(?im)(?:yours[ ](?:sincerely|faithfully|truly)|(?:kind|best|warm|many)[ ](?:regards|wishes|thanks)|regards)"
    rf"[,.!]?[ \t]*\n(?:[ \t]*\n)*[ \t]*(?-i:(?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{1,3}}))[ \t]*$"
)


# A message signed after a dash on its last line: "Running late, start without me. - Cengkir", "Great work! – Tafadzwa
# M.": a sentence ends, a dash, then one to three capitalised words end the line. Not exact: the negatives still
# read the words ("Great idea. - Admin", "See you then. – Tuesday").
_DASH_SIGNED = regex.compile(
    rf"(?m)(?<=[.!?\"”'’][ \t]+)[-–—~][ \t]*(?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}})[ \t]*$")


class UkSpeakerRecognizer(UkPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS = [Pattern("chat speaker", _CHAT_SPEAKER.pattern, EXACT_SCORE), Pattern("signed", _SIGNED.pattern, EXACT_SCORE)]

    def find(self, text: str) -> Iterator[Span]:
        yield from _line_speakers(text)
        yield from _dash_signed(text)
        yield from _chat_users(text)
        for pattern in (_CHAT_SPEAKER, _TIMED_SPEAKER, _SIGNED):
            for match in pattern.finditer(text):
                words = [w.rstrip(".") for w in match["name"].split()]
                if all(w in NOT_NAMES or w.capitalize() in NOT_NAMES or len(w) < 2 for w in words):
                    continue  # "Yours sincerely,⏎SEN Team": a team, no one
                if pattern is _TIMED_SPEAKER and words[0].islower() and not all(_lower_name(w) for w in words):
                    continue  # "[10:42] system: ...": a word, no one
                yield Span(match.start("name"), match.end("name"), "PERSON", EXACT_SCORE, "pattern")


def _dash_signed(text: str) -> Iterator[Span]:
    """The writer after a dash closing a message's line (see ``_DASH_SIGNED``), unless every word is a role's or a
    team's ("- Admin", "– The Team") or it is a role's initials ("– SW")."""
    if "-" not in text and "–" not in text and "—" not in text and "~" not in text:
        return
    for match in _DASH_SIGNED.finditer(text):
        words = [w.rstrip(".") for w in match["name"].split()]
        if len(words) == 1 and words[0].isupper() and len(words[0]) <= 3:
            continue  # "Jo Bell (JB) – SW": a role's initials
        if not all(w in NOT_NAMES or w.capitalize() in NOT_NAMES or w.casefold() in _LOG_VOICES or len(w) < 2
                   for w in words):
            yield Span(match.start("name"), match.end("name"), "PERSON", 0.6, "pattern")
    for match in _DASH_LINE.finditer(text):
        word = match["name"]
        before = text[:match.start()].rstrip("\n").rsplit("\n", 1)[-1].lstrip()
        if before[:1] in "-–—~•*" or word.casefold() in _LOG_VOICES or word.capitalize() in NOT_NAMES:
            continue  # "- apples⏎- bananas": a list's item; "- admin": a voice of the log
        if regex.fullmatch(r"\p{Lu}\p{Ll}+", before) and before.casefold() not in _CLOSINGS:
            continue  # "Actions⏎- Chase": an item under a heading
        if not is_common_word(word.lower()) or _given_first(word) or is_given_name(word.capitalize()):
            yield Span(match.start("name"), match.end("name"), "PERSON", 0.6, "pattern")


# A message's writer alone on its last line after a dash, in any case ("thanks for today⏎- bex x", "See you
# there.⏎⏎-- Ffion"): one word, a given name or no dictionary word, after a line that is no list item, and nothing
# but kisses after it to the end of the text or a blank line.
_DASH_LINE = regex.compile(
    r"(?<=\S[^\n]*\n(?:[ \t]*\n)?)[ \t]*(?:--?|[–—~])[ \t]*(?P<name>\p{L}[\p{Ll}'’\-]+)(?:[ ]+[xX]+)?[ \t]*(?=\n[ \t]*\n|\s*\Z)")
_CLOSINGS = frozenset("thanks thank cheers ta thx love regards best bye later soon".split())
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
        words = _NAME_PARTS.split(match["name"])
        if all(w not in NOT_NAMES and w not in _FIELD_LABELS and w.upper() not in ACRONYMS
               and not is_english_word(w) and not is_common_word(w.lower()) for w in words):
            yield Span(match.start("name"), match.end("name"), "PERSON", 0.6, "pattern")


def _a_user_name(name: str) -> bool:
    """A chat's user name, not a file's or a site's ("notes.txt", "example.com"), nor a form's field key made of
    English words ("childs_first_name:", "ip_hash:", "school_or_setting:"), unless a given name is among them."""
    if name.rsplit(".", 1)[-1].casefold() in _NOT_USER_ENDS:
        return False
    from redaction.gazetteer import lookup
    from redaction.text.english import is_english_word

    def english(part: str) -> bool:
        folded = part.casefold()
        return is_english_word(folded) or (folded.endswith("s") and is_english_word(folded[:-1]))  # "childs"

    parts = [p for p in regex.split(r"[._\d]+", name) if p]
    if not any(len(p) > 2 and english(p) for p in parts):
        return True
    long_parts = [p for p in parts if len(p) > 2]
    if any((info := lookup(p)) is not None and info.first >= 0.5 and (not english(p) or len(long_parts) == 1)
           for p in long_parts):
        return True  # "grace_h", "mike_77": one word, a given name, and an initial or digits
    return not all(len(p) <= 2 or english(p) for p in parts)


def _chat_users(text: str) -> Iterator[Span]:
    """The speakers of a chat exported from an app or typed in lower case (see ``_STAMPED_USER`` and
    ``_LOWER_LABEL``): exact, the layout says a name stands there."""
    from redaction.text.english import is_english_word

    if ":" in text:
        for match in _STAMPED_USER.finditer(text):
            if _a_user_name(match["name"]):
                yield Span(match.start("name"), match.end("name"), "PERSON", EXACT_SCORE, "pattern")
        stamped = list(_STAMPED_NAME.finditer(text))
        if len(stamped) >= 2:  # "Kwame Mensah 10:25  done": a name and a time opening two lines or more
            for match in stamped:
                words = [w.rstrip(".") for w in match["name"].split()]
                if not any(w in NOT_NAMES or w.capitalize() in NOT_NAMES for w in words) and not all(
                        is_english_word(w) for w in words):
                    yield Span(match.start("name"), match.end("name"), "PERSON", EXACT_SCORE, "pattern")
        users = [m for m in _USER_LABEL.finditer(text) if _a_user_name(m["name"])]
        if len(users) >= 2:  # "Fatima_R: Hi ..." on two lines or more
            for match in users:
                yield Span(match.start("name"), match.end("name"), "PERSON", EXACT_SCORE, "pattern")
        yield from _lower_labels(text)
    if "<" in text:
        irc = [m for m in _IRC_SPEAKER.finditer(text) if m["name"].casefold() not in _MARKUP_TAGS]
        if len(irc) >= 2:
            for match in irc:
                name = match["name"]
                if name.casefold() not in _LOG_VOICES and name not in NOT_NAMES and _a_user_name(name):
                    yield Span(match.start("name"), match.end("name"), "PERSON", EXACT_SCORE, "pattern")


def _lower_labels(text: str) -> Iterator[Span]:
    labels = list(_LOWER_LABEL.finditer(text))
    if len(labels) < 3 or len({m["name"] for m in labels}) < 2:
        return
    for match in labels:
        words = _NAME_PARTS.split(match["name"])
        if all(_lower_name(w) and w.capitalize() not in NOT_NAMES and w.capitalize() not in _FIELD_LABELS
               and (len(w) > 2 or _given_first(w)) for w in words):  # "ss:", "nb:": abbreviations, not "jo:"
            yield Span(match.start("name"), match.end("name"), "PERSON", EXACT_SCORE, "pattern")


def _given_first(word: str) -> bool:
    from redaction.gazetteer import lookup

    info = lookup(word)
    return info is not None and info.first >= 0.5 and info.first >= info.last
