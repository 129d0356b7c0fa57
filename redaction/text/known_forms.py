"""A known name's words as writers change them, found word by word: diminutives of other languages ("Szymek" for
Szymon, "Gosia" for Małgorzata, "Seun" for Oluwaseun), transliterations ("Muhammad Hussein" for Mohammed Hussain,
"Oleksandr" for Aleksandr), OCR'd letters ("Szyrnon", "0liwia", "WiIliams") and plurals ("the Kaczmarczyks",
"the Lefevres' neighbour").

:mod:`.known` matches a record's names as regex variants; a word changed inside (a vowel, a doubled letter, a
misread letter) escapes them, so each capitalised word of a text is compared here with the record's name words by
a key that forgets what such changes change: :func:`ocr_key` (misread letters) and :func:`sound_key` (the
consonants, as transliterations keep them). A word that is an English word is never taken by its key.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator

import regex

from redaction.text.english import is_english_word

__all__ = ["WordForms", "diminutives", "ocr_key", "sound_key"]

# Given names of other languages and the short forms families write (the English ones are lexicons.NICKNAMES).
_DIMINUTIVES: dict[str, tuple[str, ...]] = {
    # Polish
    "szymon": ("Szymek", "Szymuś"), "małgorzata": ("Gosia", "Małgosia", "Gośka"), "katarzyna": ("Kasia", "Kaśka"),
    "jakub": ("Kuba", "Kubuś"), "aleksandra": ("Ola", "Olek"), "aleksander": ("Olek", "Olo"), "agnieszka": ("Aga", "Agusia"),
    "wojciech": ("Wojtek",), "krzysztof": ("Krzyś", "Krzysiek"), "magdalena": ("Madzia", "Magda"),
    "joanna": ("Asia", "Joasia"), "tomasz": ("Tomek",), "piotr": ("Piotrek",), "paweł": ("Paweł", "Pawełek"),
    "zofia": ("Zosia",), "maciej": ("Maciek",), "michał": ("Michałek",), "barbara": ("Basia",),
    "dorota": ("Dorotka",), "elżbieta": ("Ela", "Elka"), "anna": ("Ania", "Anka"), "marcin": ("Marcinek",),
    "oliwia": ("Oliwka",), "stanisław": ("Staś", "Stasiek"), "bartłomiej": ("Bartek",), "grzegorz": ("Grzesiek",),
    "łukasz": ("Łukaszek",), "mateusz": ("Mati", "Matek"), "antoni": ("Antek",), "franciszek": ("Franek",),
    # Russian, Ukrainian
    "aleksandr": ("Sasha", "Sasha", "Shura"), "oleksandr": ("Sasha", "Oles"), "alexander": ("Sasha",),
    "dmitri": ("Dima",), "dmitry": ("Dima",), "dmytro": ("Dima",), "ekaterina": ("Katya",), "yekaterina": ("Katya",),
    "mikhail": ("Misha",), "anastasia": ("Nastya", "Asya"), "natalia": ("Natasha",), "yelena": ("Lena",),
    "vladimir": ("Volodya", "Vova"), "volodymyr": ("Volodya", "Vova"), "ivan": ("Vanya",), "maria": ("Masha",),
    "sofia": ("Sonya",), "tatiana": ("Tanya",), "svetlana": ("Sveta",), "nikolai": ("Kolya",), "sergei": ("Seryozha",),
    "yevgeny": ("Zhenya",), "evgenia": ("Zhenya",), "olga": ("Olya",), "pavel": ("Pasha",), "viktoria": ("Vika",),
    # Spanish, Portuguese, Italian
    "josé": ("Pepe",), "francisco": ("Paco", "Pancho", "Chico"), "guadalupe": ("Lupe", "Lupita"),
    "ignacio": ("Nacho",), "dolores": ("Lola",), "concepción": ("Concha",), "enrique": ("Quique",),
    "manuel": ("Manolo",), "jesús": ("Chucho",), "alejandro": ("Alex", "Ale"), "guillermo": ("Memo",),
    "giuseppe": ("Beppe", "Peppe", "Pino"), "giovanni": ("Gianni", "Vanni"), "francesca": ("Franci",),
    "joão": ("Joãozinho",), "antónio": ("Tó", "Toni"),
    # Welsh, Irish, Scottish
    "dafydd": ("Dai", "Dafi", "Dewi"), "gwenllian": ("Gwen",), "rhodri": ("Rhod",), "angharad": ("Hari",),
    "llywelyn": ("Llew",), "gruffydd": ("Gruff",), "siôn": ("Siônyn",), "ruairidh": ("Roddy",), "seosamh": ("Seos",),
    # German, Dutch, Scandinavian
    "johannes": ("Hannes", "Jo"), "wolfgang": ("Wolfi",), "friedrich": ("Fritz",),
    # Arabic, Turkish, South Asian, African
    "abdullah": ("Abdi",), "abdirahman": ("Abdi",), "abdulrahman": ("Abdul",), "muhammad": ("Mo", "Hamoudi"),
    "mohammed": ("Mo", "Hamoudi"), "mustafa": ("Musti",), "ebrahim": ("Ebi",), "ibrahim": ("Ibbi", "Ibo"),
    "nnamdi": ("Nnam",), "chimamanda": ("Ada",), "chiamaka": ("Amaka",),
}

# Yoruba and Igbo given names are cut to their end: "Oluwaseun" -> "Seun", "Chukwuemeka" -> "Emeka".
_CUT_PREFIXES = ("oluwa", "olu", "chukwu", "ade", "ayo", "ife", "olo")


def diminutives(first: str) -> list[str]:
    """The short forms of a given name of another language, and the end of a Yoruba or Igbo name once its
    prefix is cut (when that end is no English word)."""
    folded = first.casefold()
    forms = list(_DIMINUTIVES.get(folded, ()))
    for prefix in _CUT_PREFIXES:
        rest = folded[len(prefix):]
        if folded.startswith(prefix) and len(rest) >= 3 and not is_english_word(rest):
            forms.append(rest.capitalize())
            break
    return forms


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).replace(
        "ł", "l").replace("Ł", "L").replace("ı", "i")


_OCR = [("rn", "m"), ("vv", "w"), ("0", "o"), ("1", "l"), ("|", "l")]


def ocr_key(word: str) -> str:
    """``word`` as a scan may have misread it, folded back: a capital I inside a word read for l ("WiIliams"),
    0 for o, 1 and | for l, rn for m, vv for w; any case, accents dropped."""
    word = word[:1] + word[1:].replace("I", "l") if not word.isupper() else word
    key = _plain(word).casefold()
    for seen, meant in _OCR:
        key = key.replace(seen, meant)
    return key


_DIGRAPHS = [("sch", "S"), ("ch", "C"), ("sh", "S"), ("ph", "f"), ("th", "t"), ("dh", "d"), ("gh", "g"),
             ("kh", "k"), ("ck", "k"), ("x", "ks"), ("q", "k"), ("c", "k"), ("z", "s"), ("v", "w")]
_VOWELS = "aeiouy"


def sound_key(word: str) -> str:
    """The consonants of a name as transliterations keep them: vowels, doubled letters and a final h dropped,
    digraphs read as one sound, c, k and q one letter ("Mohammed", "Muhammad" and "Mohamed" -> mhmd; "Hussain",
    "Hussein" -> hsn; "Chaudhry", "Choudhury" -> Cdr; "Aleksandr", "Oleksandr", "Alexander" -> lksndr)."""
    key = _plain(word).casefold()
    key = regex.sub(r"[^a-z]", "", key)
    if key.endswith("h") and len(key) > 1 and key[-2] in _VOWELS:
        key = key[:-1]
    for seen, meant in _DIGRAPHS:
        key = key.replace(seen, meant)
    out = []
    for i, ch in enumerate(key):
        if ch == "y" and i == 0 and len(key) > 1 and key[1] in "aeiou":
            out.append("y")  # "Yusuf": a consonant before a vowel
        elif ch == "w" and i > 0 and key[i - 1] in _VOWELS:
            continue  # "Chowdhury": ow is a vowel
        elif ch in _VOWELS:
            continue
        elif not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


_TOKEN = regex.compile(r"(?<![\p{L}\p{N}'’])[\p{L}0-9|][\p{L}0-9|'’]*(?<!['’])(?:['’](?:s\b)?)?")


class WordForms:
    """The record's name words by their keys; :meth:`find` gives every word of a text that is one of them."""

    def __init__(self, names: Iterable[tuple[object, str, bool]]) -> None:
        """``names``: (owner, name word, whether its diminutives belong to it: a first name)."""
        self._exact: dict[str, object] = {}  # diminutives, as written (capitalised)
        self._ocr: dict[str, object] = {}
        self._sound: dict[str, object] = {}
        for owner, word, first in names:
            if len(word) < 4 or not word.replace("-", "").isalpha():
                continue
            if first:
                for form in diminutives(word):
                    self._exact.setdefault(form.casefold(), owner)
            if is_english_word(word):
                continue
            self._ocr.setdefault(ocr_key(word), owner)
            sound = sound_key(word)
            if len(word) >= 5 and len(sound) >= 3:
                self._sound.setdefault(sound, owner)

    def __bool__(self) -> bool:
        return bool(self._exact or self._ocr or self._sound)

    def find(self, text: str) -> Iterator[tuple[int, int, object]]:
        # A text's words repeat ("the", "and", a name): each is looked up once in this text (kept for this call
        # only, so no text's words outlive it). The answer depends on the token alone.
        owners: dict[str, object | None] = {}
        for match in _TOKEN.finditer(text):
            token = match.group()
            if token in owners:
                owner = owners[token]
            else:
                owner = owners[token] = self._owner(token)
            if owner is not None:  # the span stops before a possessive ("ELLA's" -> "ELLA"), as known.py's do
                end = match.start() + len(regex.sub(r"['’]s?$", "", token))
                yield match.start(), end, owner

    def _owner(self, token: str) -> object | None:
        letters = sum(ch.isalpha() for ch in token)
        if letters < 3:
            return None
        capitalised = token[:1].isupper() or token[:1].isdigit()
        # the word, then without a possessive, then without a plural's s or es ("Lefevres'" -> "Lefevre")
        base = regex.sub(r"['’]s?$", "", token)
        stems = list(dict.fromkeys([token, base] + [base[:-n] for n in (1, 2) if base.endswith("es"[2 - n:])]))
        stems = [stems[0], *(stem for stem in stems[1:] if len(stem) >= 4)]
        for i, word in enumerate(stems):
            if i == 0 and capitalised and word.casefold() in self._exact:
                return self._exact[word.casefold()]
            owner = self._ocr.get(ocr_key(word))
            if owner is not None and (capitalised or i == 0) and (not word.isalpha() or not is_english_word(word)):
                return owner
            if capitalised and len(word) >= 5 and word.isalpha():
                owner = self._sound.get(sound_key(word))
                if owner is not None and not is_english_word(word):
                    return owner
        return None
