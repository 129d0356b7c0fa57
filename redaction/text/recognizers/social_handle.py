"""Social-media handles: ``@name`` and a platform's user name.

"@lily_xo", "her TikTok is @jaylen.k", "Insta: maisie_2012", "snapchat - jay.k99", and profile paths
("instagram.com/lily_xo", "tiktok.com/@jaylen.k"). An ``@handle`` is found anywhere (an e-mail address
is not one: nothing of a word may stand before the ``@``); a handle that is an ordinary English word and
has no platform or handle cue near it ("meet @home") stays. A user name without its ``@`` counts only
right after a platform's name, "username"/"handle" or the words that introduce a forum's poster ("Posted by
sarah_mitchell88", "user: kate_morrison_22", "Last edited by tavita.s", "Quote from: olu.adeyemi",
"his login is dlivingstone-clarke21", 'user "tyler_w2011"', a chat log's speaker after the time, "[10:42]
danny.wright: on my way", an IRC nick "<jlopez> hi") and when it is
written as user names are (a digit, an underscore or a dot in it; a hyphen inside, a Discord "#4471" after), so
"Snapchat: she uses it a lot" keeps its words; so does a user name opening a line before "wrote:" or "replied"
(a forum's quote header: "maria.gonzalez wrote:"). Profile paths of code and portfolio sites too
("github.com/karthikrs").
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.english import is_english_word
from redaction.text.handle_names import handle_names_a_person
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["UkSocialHandleRecognizer"]

_PLATFORMS = (r"insta(?:gram)?|ig|tik[ ]?tok|twitter|x|snap(?:chat)?|facebook|fb|threads|youtube|yt|twitch|discord"
              r"|roblox|reddit|telegram|linkedin|pinterest|bluesky|mastodon|steam|xbox|psn|gamertag")
# Platforms whose name alone says a user name follows within a few words (not "x", "ig", "yt": too short).
_WINDOW_PLATFORMS = (r"insta(?:gram)?|tik[ ]?tok|snap(?:chat)?|facebook|twitch|discord|roblox|reddit|telegram"
                     r"|youtube|xbox|psn|playstation|steam|gamertag|username|user[ ]name")
_WEB = regex.compile(r"(?i)(?:www\..*|.*\.(?:com|net|org|uk|io|me|tv|gg))")
_CUE = regex.compile(rf"(?i)\b(?:{_PLATFORMS}|github|gitlab|wrote|edited|quote|handle|username|user[ ]name|account|profile|followers?|follow|dm|dms"
                     r"|message[sd]?|posted|posts?|tagged|online|user|member|login|screen[ ]name|nick(?:name)?|author"
                     r"|poster|repl(?:y|ied)|written|shared|submitted|answered|comment(?:ed)?|review(?:ed)?|sent)\b")
_HANDLE = r"@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?"
_CUE_WINDOW = 50
_TIME_LINE = regex.compile(r"(?m:^)[ \t]*\[?\d{1,2}:\d{2}")  # a chat log's line (its speaker may be a user name)


class UkSocialHandleRecognizer(UkPatternRecognizer):
    ENTITY = "SOCIAL_HANDLE"
    PATTERNS = [
        Pattern("at handle", rf"(?<![\w@.+\-])(?P<id>{_HANDLE})(?![\w@]|\.[A-Za-z])", 0.7),
        Pattern(
            "platform then user name",
            rf"(?i:\b(?:{_PLATFORMS}|username|user[ ]name|handle|gamertag)\b(?:[ ]+(?:name|handle|username|id|is))?"
            r"[ ]*(?:[:=\-–][ ]*|is[ ]+|as[ ]+))[\"“'‘]?(?P<id>(?=[A-Za-z0-9_.\-]*(?:[0-9_]|\.[A-Za-z0-9]|\#\d))[A-Za-z0-9_][A-Za-z0-9_.\-]{1,28}"
            r"[A-Za-z0-9_](?:#\d{4})?)(?![\w@#]|\.[A-Za-z])",
            0.8,
        ),
        # "on snapchat she's lola.m.xo", "his Xbox name these days is Kn1ght_77": a few words after a platform,
        # a token written as user names are (a digit, an underscore or an inner dot; not a web address)
        Pattern(
            "user name a few words after a platform",
            rf"(?i:\b(?:{_WINDOW_PLATFORMS})\b)(?:[ ]+[\p{{L}}'’]+){{0,3}}?[ ]*[:=\-–]?[ ]*"
            r"(?P<id>(?<![\w@.])(?=[A-Za-z0-9_.]*[0-9_.])[A-Za-z][A-Za-z0-9_.]{2,28}[A-Za-z0-9_])(?![\w@]|\.[A-Za-z])",
            0.75,
        ),
        # A forum's or a chat's user name after the words that introduce a poster ("Posted by sarah_mitchell88",
        # "user: kate_morrison_22 joined", "Reply from tom.hendricks"), written as user names are.
        Pattern(
            "user name after a poster's cue",
            r"(?i:\b(?:(?:posted|written|shared|submitted|replied|reply|answered|commented|comment|reviewed|review|"
            r"sent|message|edited|quote|quoted)[ ]+(?:by|from)|user|member|login(?:[ ]name)?|log-?in[ ]id|screen[ ]name|nick(?:name)?|author|poster)\b)"
            r"[ ]*(?:[:=\-–][ ]*|(?:is|was)[ ]+)?[\"“'‘]?"
            r"(?P<id>(?<![\w@.])(?=[A-Za-z0-9_.\-]*(?:[0-9_]|\.[A-Za-z0-9]))[A-Za-z][A-Za-z0-9_.\-]{2,28}[A-Za-z0-9_])(?![\w@]|\.[A-Za-z])",
            0.75,
        ),
        # A forum's quote header: a user name opening a line before "wrote:", "said:", "replied" ("maria.gonzalez
        # wrote: same issue here", "jsmith88 replied"), written as user names are.
        Pattern(
            "user name before a poster's verb",
            r"(?m:^)[ \t>]*(?P<id>(?=[A-Za-z0-9_.\-]*(?:[0-9_]|\.[A-Za-z0-9]))[A-Za-z][A-Za-z0-9_.\-]{2,28}[A-Za-z0-9_])"
            r"(?=[ ]+(?:wrote|said|replied|posted|commented|asked)\b)",
            0.75,
        ),
        # A chat log's speaker written as a user name, after the line's time ("[10:42] danny.wright: on my way",
        # "14:03 - kate_m: ok"), or an IRC nick in angle brackets opening a line ("<jlopez> anyone got the wifi
        # password", "[09:12] <sam> hi"); a nick of letters alone counts only when built from a name (find()).
        Pattern(
            "chat speaker after a time",
            r"(?m:^)[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?[AaPp][Mm])?\]?[ \t]+(?:[\-–][ \t]+)?"
            r"(?P<id>(?=[A-Za-z0-9_.\-]*(?:[0-9_]|\.[A-Za-z0-9]))[A-Za-z][A-Za-z0-9_.\-]{1,28}[A-Za-z0-9_])(?=:[ \t])",
            0.75,
        ),
        Pattern(
            "chat nick in angle brackets",
            r"(?m:^)[ \t]*(?:\[[0-9:. APMapm]{4,12}\][ \t]*)?<(?P<id>[A-Za-z][A-Za-z0-9_.\-]{1,28}[A-Za-z0-9_])>[ \t]",
            0.75,
        ),
        Pattern(
            "profile path",
            r"(?i:\b(?:www\.)?(?:(?:instagram|tiktok|twitter|x|facebook|snapchat|threads|youtube|github|gitlab|medium|behance"
            r"|dribbble|soundcloud)\.(?:com|net)|linkedin\.com/in)/)"
            r"(?P<id>@?[A-Za-z0-9_.\-]{2,30}[A-Za-z0-9_])",
            0.9,
        ),
    ]
    CONTEXT = ["instagram", "tiktok", "snapchat", "twitter", "handle", "username"]

    def find(self, text: str) -> Iterator[Span]:
        if "@" not in text and _CUE.search(text) is None and "<" not in text and _TIME_LINE.search(text) is None:
            return
        for span in super().find(text):
            handle = text[span.start : span.end].lstrip("@")
            if (text[span.start] == "@" and handle.isalpha() and is_english_word(handle.lower())
                    and _CUE.search(text, max(0, span.start - _CUE_WINDOW), min(len(text), span.end + _CUE_WINDOW)) is None):
                continue  # "meet @home"
            if text[span.start] != "@" and (_WEB.fullmatch(handle) or _ordinary_words(handle)):
                continue  # "facebook.com", "on Instagram end.Then": a web address or words run together
            if (text[span.start - 1 : span.start] == "<" and handle.isalpha()
                    and (is_english_word(handle.lower()) or not handle_names_a_person(handle))):
                continue  # "<div> ", "<admin> ": a markup tag or a word, no one's nick
            yield span


def _ordinary_words(token: str) -> bool:
    """Whether ``token`` is English words joined by dots or hyphens ("e-mail"; no digit, no underscore)."""
    if any(ch.isdigit() or ch == "_" for ch in token):
        return False
    return all(is_english_word(part.lower()) for part in regex.split(r"[.\-]", token) if part)
