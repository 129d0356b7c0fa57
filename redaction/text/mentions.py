"""What one mention of a person says about who it is: name words, initials, how the name abbreviates.

- ``words``: the name words ("Leo", "WHITFIELD'S" -> "leo", "whitfield"); titles and particles ("van",
  "der", "Ó") are not words of their own; a name typed in lower case keeps its lower-case words;
- ``initials_key``: the mention *is* initials ("JS", "J.S.", "BMcC") -> "js", "bmcc";
- ``initial_forms``: how a full name is abbreviated in minutes ("Jane Parker" -> "jp");
- ``tail_forms``: how a surname after a title ends someone's initials ("Mr Van der Merwe" -> "vdm", "m":
  "AVdM" is that person);
- ``initials``: single-letter initials inside the mention ("S. Whitfield" -> "s").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import regex

from redaction.text.known import initials_of_name
from redaction.text.lexicons import FIELD_VALUE_STOPWORDS, TITLES
from redaction.text.names import PARTICLE, strip_possessive
from redaction.text.recognizers.initials import INITIALS
from redaction.text.roles import MentionCues

__all__ = ["Mention"]

_NAME_WORD = regex.compile(r"[\p{L}][\p{L}\p{M}'’\-]*\.?")
_INITIALS = regex.compile(rf"{INITIALS}(?:['’]s)?")
# Particles of surnames, in any case: "Van der Merwe", "Ó Súilleabháin", "Ní Bhriain", "al-Hashimi".
_PARTICLE = regex.compile(rf"(?i:{PARTICLE}|ó|o|ní|nic|ui|uí|ua)")
_PREFIXED = regex.compile(r"(?:Mc|Mac|O['’])(?=\p{Lu})|(?:mc|mac)(?=\p{Ll}{3})")
_TITLES = frozenset(t.casefold() for t in TITLES)
_INITIAL = regex.compile(r"\p{Lu}\.?|\p{Ll}\.")  # "S." or "S"; in lower case only "s."


def _untitled(words: list[str]) -> list[str]:
    return [w for w in words if w.rstrip(".").casefold() not in _TITLES]


@dataclass(frozen=True)  # no slots: the cached properties live in the instance dict
class Mention:
    """One PERSON span: its surface, the known entry it matched (if any) and its context cues."""

    surface: str
    cues: MentionCues
    known_key: str | None = None
    known_words: tuple[str, ...] = ()
    known_role: str | None = None
    full_name: str | None = None  # the whole name when the text gives it elsewhere (a register row's cells)
    role_hint: str | None = None  # the role a table or form gives the name ("Child" in a pupils' register)

    @cached_property
    def words(self) -> frozenset[str]:
        if self.initials_key:
            return frozenset()
        own = name_words(self.surface)
        return own | name_words(self.full_name) if self.full_name else own

    @cached_property
    def initials_key(self) -> str | None:
        """"JS", "J.S.", "BMcC's": initials standing for a person, as one key ("js", "bmcc")."""
        if self.full_name or _INITIALS.fullmatch(self.surface) is None:
            return None
        return strip_possessive(self.surface).replace(".", "").casefold()

    @cached_property
    def surname_only(self) -> bool:
        """A title before one surname ("Mrs Hughes", "Mr Van der Merwe"): no first name is given."""
        return self.cues.adult and not self.full_name and not self.known_key and len(self.words) == 1

    @cached_property
    def initial_forms(self) -> frozenset[str]:
        """The initials this mention's full name is abbreviated to ("Jane Parker" -> "jp")."""
        if self.surname_only:
            return frozenset()
        if len(self.words) == 1 and self.initials and not self.full_name:  # "A. Nwachukwu" -> "an"
            surname = next(iter(self.words))
            return frozenset(i + surname[0] for i in self.initials)
        name = self.full_name or self.surface
        words = [w.rstrip(".") for w in _untitled(_NAME_WORD.findall(name))]
        if len(words) < 2:
            return frozenset()
        return frozenset(f.replace(".", "").casefold() for f in initials_of_name(words))

    @cached_property
    def tail_forms(self) -> frozenset[str]:
        """How the surname of a titled mention ends initials: "Van der Merwe" -> vdm, m; "McGlinchey" -> mcg, m, g."""
        if not self.surname_only or self.cues.title == "Judge":  # a judge is no party to be written as initials
            return frozenset()
        parts = [w.rstrip(".") for w in _untitled(_NAME_WORD.findall(self.surface))]
        parts = [p for w in parts for p in w.split("-") if p]
        if not parts:
            return frozenset()
        forms = {"".join(p[0] for p in parts).casefold(), parts[-1][0].casefold()}
        prefixed = _PREFIXED.match(parts[-1])
        if prefixed is not None:
            forms |= {parts[-1][: prefixed.end() + 1].replace("'", "").replace("’", "").casefold(),
                      parts[-1][prefixed.end()].casefold()}
        return frozenset(forms)

    @cached_property
    def initials(self) -> frozenset[str]:
        return frozenset(w[0].casefold() for w in _NAME_WORD.findall(self.surface)
                         if _INITIAL.fullmatch(w) and not _PARTICLE.fullmatch(w))


def name_words(surface: str) -> frozenset[str]:
    words = [strip_possessive(w.rstrip(".")) for w in _NAME_WORD.findall(surface)]
    if surface.islower():  # a name typed in lower case ("wanjiru okafor"): every word but particles and stop words
        return frozenset(w for w in words if len(w) > 1 and not _PARTICLE.fullmatch(w) and w not in FIELD_VALUE_STOPWORDS
                         and w not in _TITLES)
    # Particles ("de", "Van der") are part of a surname, not a name word of their own.
    named = [w for w in words if len(w) > 1 and w not in TITLES and not w.islower()]
    return frozenset(w.casefold() for w in named if not _PARTICLE.fullmatch(w) or len(named) == 1)
