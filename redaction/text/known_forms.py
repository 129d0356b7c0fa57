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
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache

import regex

from redaction.text.english import is_common_word, is_english_word

__all__ = ["RunTogether", "WordForms", "diminutives", "edit_distance", "ocr_key", "sound_key", "transliterated"]

# Given names of other languages and the short forms families write (the English ones are lexicons.NICKNAMES).
_DIMINUTIVES: dict[str, tuple[str, ...]] = {
    # Polish
    "szymon": ("Szymek", "Szymuś"), "małgorzata": ("Gosia", "Małgosia", "Gośka"), "katarzyna": ("Kasia", "Kaśka"),
    "jakub": ("Kuba", "Kubuś"), "aleksandra": ("Ola", "Olek", "Oleńka"), "aleksander": ("Olek", "Olo"), "agnieszka": ("Aga", "Agusia"),
    "wojciech": ("Wojtek",), "krzysztof": ("Krzyś", "Krzysiek"), "magdalena": ("Madzia", "Magda"),
    "joanna": ("Asia", "Joasia"), "tomasz": ("Tomek",), "piotr": ("Piotrek",), "paweł": ("Paweł", "Pawełek"),
    "zofia": ("Zosia",), "maciej": ("Maciek",), "michał": ("Michałek",), "barbara": ("Basia",),
    "dorota": ("Dorotka",), "elżbieta": ("Ela", "Elka"), "anna": ("Ania", "Anka", "Anya"), "marcin": ("Marcinek",),
    "oliwia": ("Oliwka",), "stanisław": ("Staś", "Stasiek"), "bartłomiej": ("Bartek",), "grzegorz": ("Grzesiek",),
    "łukasz": ("Łukaszek",), "mateusz": ("Mati", "Matek"), "antoni": ("Antek",), "franciszek": ("Franek",),
    # Russian, Ukrainian
    "aleksandr": ("Sasha", "Sasha", "Shura"), "oleksandr": ("Sasha", "Oles"), "alexander": ("Sasha", "Lex", "Zander", "Olek"),
    "dmitry": ("Dima", "Mitya"), "dmytro": ("Dima",), "ekaterina": ("Katya", "Katyusha"),
    "yekaterina": ("Katya", "Katyusha"),
    "mikhail": ("Misha",), "anastasia": ("Nastya", "Asya"), "natalia": ("Natasha",), "yelena": ("Lena",),
    "vladimir": ("Volodya", "Vova"), "volodymyr": ("Volodya", "Vova"), "ivan": ("Vanya",), "maria": ("Masha",),
    "sofia": ("Sonya",), "tatiana": ("Tanya",), "svetlana": ("Sveta",), "nikolai": ("Kolya",), "sergei": ("Seryozha",),
    "yevgeny": ("Zhenya",), "evgenia": ("Zhenya",), "olga": ("Olya",), "pavel": ("Pasha",), "viktoria": ("Vika",),
    "dmitri": ("Dima", "Mitya"), "dmitriy": ("Dima", "Mitya"), "daria": ("Dasha",), "darya": ("Dasha",),
    "grigory": ("Grisha",), "aleksei": ("Alyosha", "Lyosha"), "alexei": ("Alyosha", "Lyosha"), "konstantin": ("Kostya",),
    "anatoly": ("Tolya",), "vasily": ("Vasya",), "pyotr": ("Petya",), "boris": ("Borya",), "fyodor": ("Fedya",),
    "yuri": ("Yura",), "yuliya": ("Yulia", "Yulya"), "yulia": ("Yulya",), "nadezhda": ("Nadya",), "galina": ("Galya",),
    "lyubov": ("Lyuba",), "irina": ("Ira",), "valentina": ("Valya",), "polina": ("Polya",),
    "kseniya": ("Ksyusha",), "ksenia": ("Ksyusha",), "lyudmila": ("Lyuda", "Mila"), "stanislav": ("Stas",),
    "vyacheslav": ("Slava",), "yaroslav": ("Slava",), "nikita": ("Nikitka",), "artem": ("Tyoma",), "artyom": ("Tyoma",),
    # Spanish, Portuguese, Italian
    "josé": ("Pepe",), "francisco": ("Paco", "Pancho", "Chico"), "guadalupe": ("Lupe", "Lupita"),
    "ignacio": ("Nacho",), "dolores": ("Lola",), "concepción": ("Concha",), "enrique": ("Quique",),
    "manuel": ("Manolo",), "jesús": ("Chucho",), "alejandro": ("Alex", "Ale"), "guillermo": ("Memo",),
    "giuseppe": ("Beppe", "Peppe", "Pino"), "giovanni": ("Gianni", "Vanni"),
    "joão": ("Joãozinho",), "antónio": ("Tó", "Toni"), "francesca": ("Franci", "Fran", "Frankie"),
    # Welsh, Irish, Scottish
    "dafydd": ("Dai", "Dafi", "Dewi"), "gwenllian": ("Gwen", "Gwenno"), "rhodri": ("Rhod",), "angharad": ("Hari",),
    "llywelyn": ("Llew",), "gruffydd": ("Gruff",), "siôn": ("Siônyn",), "ruairidh": ("Roddy",), "seosamh": ("Seos",),
    # German, Dutch, Scandinavian
    "johannes": ("Hannes", "Jo"), "wolfgang": ("Wolfi",), "friedrich": ("Fritz",),
    # Arabic, Turkish, South Asian, African
    "abdullah": ("Abdi",), "abdirahman": ("Abdi",), "abdulrahman": ("Abdul",), "muhammad": ("Mo", "Hamoudi"),
    "mohammed": ("Mo", "Hamoudi"), "mohammad": ("Mo",), "mohamed": ("Mo",), "mustafa": ("Musti",), "ebrahim": ("Ebi",), "ibrahim": ("Ibbi", "Ibo"),
    "nnamdi": ("Nnam",), "chimamanda": ("Ada",), "chiamaka": ("Amaka",),
    # English short forms lexicons.NICKNAMES leaves out
    "arthur": ("Art", "Artie", "Arty"), "patricia": ("Pat", "Patty", "Trish", "Tricia"), "maximilian": ("Max", "Maxi", "Maxie"),
    "maxwell": ("Max",), "dorothy": ("Dot", "Dottie", "Dolly"), "evelyn": ("Evie", "Eve"), "theodore": ("Theo", "Teddy"),
    "nathaniel": ("Nate", "Nat"), "nathan": ("Nate", "Nat"), "alfred": ("Alfie", "Alf"), "archibald": ("Archie",),
    "florence": ("Flo", "Florrie"), "penelope": ("Penny", "Pen"), "gabriella": ("Gabby", "Ella"),
    "gabrielle": ("Gabby",), "josephine": ("Josie", "Jo"), "jacqueline": ("Jackie",), "stephanie": ("Steph",),
    "natalie": ("Nat", "Tally"), "christina": ("Chrissy", "Tina"), "christine": ("Chrissy", "Tina"),
    "sebastian": ("Seb", "Bas"), "nicola": ("Nicky", "Nic"), "rosemary": ("Rosie",), "frances": ("Fran", "Frankie"),
    "harriet": ("Hattie", "Hatty"), "frederica": ("Freddie",),
    "rebecca": ("Bex", "Becks", "Bekki"), "alexandra": ("Sandy", "Sasha", "Xandra", "Ali"), "zachary": ("Zac", "Zak", "Zee"),
    "georgina": ("Georgie", "Gina"), "georgia": ("Georgie",), "louisa": ("Lou",), "louise": ("Lou",),
    "mackenzie": ("Kenzie",), "madison": ("Maddie", "Maddy"), "madeleine": ("Maddie", "Maddy"),
    "matilda": ("Tilly", "Tilda"), "mathilda": ("Tilly",), "phoebe": ("Phoebs",), "rhiannon": ("Rhi",),
    "siobhan": ("Shiv",), "cameron": ("Cam",), "callum": ("Cal",), "kieran": ("Kez",), "lachlan": ("Lachie",),
    "reginald": ("Reggie", "Reg"), "ronald": ("Ronnie", "Ron"), "donald": ("Donnie", "Don"), "terence": ("Terry",),
    "leonard": ("Leo", "Len", "Lenny"), "leonardo": ("Leo",), "dominic": ("Dom",), "jonathan": ("Jon", "Jonny"),
    "timothy": ("Tim", "Timmy"), "gregory": ("Greg",), "vincent": ("Vince", "Vinny"), "stanley": ("Stan",),
    "raymond": ("Ray",), "gerald": ("Gerry",), "bernard": ("Bernie",), "augustus": ("Gus",), "angus": ("Gus",),
}

# Yoruba and Igbo given names are cut to their end: "Oluwaseun" -> "Seun", "Chukwuemeka" -> "Emeka".
_CUT_PREFIXES = ("oluwa", "olu", "chukwu", "ade", "ayo", "ife", "olo")


# Endings families of other languages add to a given name or its short form to make a pet name: Polish (Natusia,
# Piotrek, Kubuś), Spanish (Juanito, Carmencita), Russian (Dimochka, Sashenka), Irish (Seánín, Paudeen). A long
# ending may follow a cut of three letters or more ("Nat-usia" for Natalia); a short one only the name (or its
# short form) less two letters at most ("Józ-ek" for Józef, "Piotr-ek"), or less its final vowel ("An-ita").
_LONG_ENDINGS = ("usia", "unia", "uszka", "eczka", "enka", "eńka", "inka", "ito", "ita", "cito", "cita", "illo", "illa",
                 "ochka", "echka", "ushka", "yusha", "usha", "ulya", "uchna")
_SHORT_ENDINGS = ("ek", "ka", "ik", "uś", "ín", "een", "sia", "cia")
_VOWEL_END = regex.compile(r"[aeiouy]+$")


def pet_stems(name: str) -> tuple[set[str], set[str]]:
    """The stems a pet-name ending may follow, for a given name or a short form of it: (after a long ending,
    after a short one); folded, accents kept (an ending such as "ín" is matched as written)."""
    key = regex.sub(r"[^\p{L}]", "", name.casefold())
    if len(key) < 3:
        return set(), set()
    bare = _VOWEL_END.sub("", key)
    long = {key[:k] for k in range(3, len(key) + 1)} | ({bare} if len(bare) >= 2 else set())
    short = {key[:k] for k in range(max(3, len(key) - 2), len(key) + 1)} | ({bare} if len(bare) >= 3 else set())
    return long, short


def pet_stems_of(word: str) -> Iterator[tuple[str, bool]]:
    """``word``'s stems before each pet-name ending it has, with whether the ending is a long one."""
    key = word.casefold()
    for ending in _LONG_ENDINGS:
        if key.endswith(ending) and len(key) > len(ending) + 1:
            yield key[:-len(ending)], True
    for ending in _SHORT_ENDINGS:
        if key.endswith(ending) and len(key) > len(ending) + 2:
            yield key[:-len(ending)], False


def diminutives(first: str) -> list[str]:
    """The short forms of a given name of another language, and the end of a Yoruba or Igbo name once its
    prefix is cut (when that end is no English word)."""
    folded = first.casefold()
    # the record's accents or none ("Siobhán" and "Siobhan" have the same short forms)
    forms = list(_DIMINUTIVES.get(folded, ()) or _DIMINUTIVES.get(_plain(folded), ()))
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


@lru_cache(maxsize=1 << 15)  # a text's words repeat, and every record's matcher keys the same words
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


@lru_cache(maxsize=1 << 15)
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
        self._tolerant: dict[str, object] = {}  # letters only, folded: compared by edit distance
        self._letters: dict[str, object] = {}  # every name word so, for a word of another script transliterated
        self._pet_long: dict[str, object] = {}  # a given name's stems before a pet-name ending (:func:`pet_stems`)
        self._pet_short: dict[str, object] = {}
        for owner, word, first in names:
            if len(_letters_key(word)) >= 3:
                self._letters.setdefault(_letters_key(word), owner)
            if len(_letters_key(word)) >= 5 and regex.fullmatch(r"[\p{L}'’\-]+", word):
                self._tolerant.setdefault(_letters_key(word), owner)
            if len(word) < 4 or not word.replace("-", "").isalpha():
                continue
            if first:
                for form in diminutives(word):
                    self._exact.setdefault(form.casefold(), owner)
                for form in [word, *diminutives(word)]:
                    long, short = pet_stems(form)
                    for stem in long:
                        self._pet_long.setdefault(stem, owner)
                        self._pet_long.setdefault(_plain(stem), owner)
                    for stem in short:
                        self._pet_short.setdefault(stem, owner)
                        self._pet_short.setdefault(_plain(stem), owner)
            if is_english_word(word):
                continue
            self._ocr.setdefault(ocr_key(word), owner)
            sound = sound_key(word)
            if len(word) >= 5 and len(sound) >= 3:
                self._sound.setdefault(sound, owner)

        self._initials = {key[0] for key in self._tolerant}

    def __bool__(self) -> bool:
        return bool(self._exact or self._ocr or self._sound or self._pet_long)

    def find(self, text: str) -> Iterator[tuple[int, int, object]]:
        # A text's words repeat ("the", "and", a name): each is looked up once in this text (kept for this call
        # only, so no text's words outlive it). The answer depends on the token alone.
        owners: dict[str, object | None] = {}
        previous: regex.Match[str] | None = None
        for match in _TOKEN.finditer(text):
            token = match.group()
            if token in owners:
                owner = owners[token]
            else:
                owner = owners[token] = self._token_owner(token)
            if owner is not None and _A_COUNT_AFTER.match(text, match.end()) and _everyday_short(token):
                continue  # "Max. 2 children", "Art 3": an everyday word or abbreviation before a number
            if owner is not None:  # the span stops before a possessive ("ELLA's" -> "ELLA"), as known.py's do
                end = match.start() + len(regex.sub(r"['’]s?$", "", token))
                yield match.start(), end, owner
            elif previous is not None and self._tolerant and _JOINABLE.fullmatch(text, previous.end(), match.start()):
                # one name word written as two ("Abdul Rahman" for Abdulrahman, "Mc Donagh" for McDonagh)
                joined = _letters_key(previous.group() + token)
                owner = self._tolerant.get(joined) if previous.group()[:1].isupper() else None
                if owner is not None and len(joined) >= 6:
                    yield previous.start(), match.end(), owner
            previous = match

    def _token_owner(self, token: str) -> object | None:
        owner = self._owner(token)
        if owner is None and not _LATIN_ONLY.fullmatch(token):
            # "Олександра" for Oleksandra; written in its own script, a name is no English word ("Тарас")
            latin = transliterated(token)
            owner = self._letters.get(_letters_key(latin)) or self._owner(latin)
        return owner

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
        if capitalised and base.isalpha() and len(base) >= 5 and (self._pet_long or self._pet_short) \
                and not is_english_word(base.lower()):
            for stem, long in pet_stems_of(base):  # "Juanito", "Natusia", "Józek", "Seánín", "Dimochka"
                owner = (self._pet_long if long else self._pet_short).get(stem)
                if owner is not None:
                    return owner
        if capitalised and self._tolerant:
            for word in stems:
                owner = self._near(word)
                if owner is not None:
                    return owner
        return None

    def _near(self, word: str) -> object | None:
        """The record's name word ``word`` is a typing slip of: the same first letter, and at most one letter
        missing, added, changed or two swapped ("Jmaes", "Okafour", "Greenhalg", "Wojick"), two in a word of ten
        letters or more; a word of the dictionary never ("Barnes" is no slip for "Barnet" only if neither is a
        word: "Leeks" stays)."""
        key = _letters_key(word)
        if len(key) < 4 or key[0] not in self._initials:
            return None
        if not word.replace("'", "").replace("’", "").isalpha() or is_english_word(word.lower()):
            return None
        for known, owner in self._tolerant.items():
            bound = 2 if len(known) >= 10 else 1
            if known[0] != key[0] or abs(len(known) - len(key)) > bound or (len(key) == 4 and len(known) != 5):
                continue
            if edit_distance(key, known, bound) <= bound:
                return owner
        return None


_JOINABLE = regex.compile(r"[ ]|-")
# A number right after a word: "max 3 hours", "Max. 20 minutes", "Art 2" (a lesson, a set)
_A_COUNT_AFTER = regex.compile(r"\.?:?[ ]*\d")
# Short forms of names that are everyday abbreviations, not in the dictionary ("max 20 minutes", "reg no.").
EVERYDAY_SHORT = frozenset({"max", "min", "reg", "doc", "vic", "sat", "fri", "mon"})


def _everyday_short(word: str) -> bool:
    """A name's short form that is also an everyday word or abbreviation ("Max", "Art", "Pat", "Will")."""
    return len(word) <= 5 and (word.casefold() in EVERYDAY_SHORT or is_common_word(word))
_LATIN_ONLY = regex.compile(r"[\p{Latin}\p{N}|'’]+")


@lru_cache(maxsize=1 << 15)
def _letters_key(word: str) -> str:
    """A word's letters alone, folded: no case, accents, apostrophes or hyphens ("O'Neil" -> "oneil")."""
    if word.isascii():
        return word.lower() if word.isalpha() else "".join(ch for ch in word.lower() if "a" <= ch <= "z")
    return regex.sub(r"[^a-z]", "", _plain(word).casefold())


def edit_distance(a: str, b: str, bound: int) -> int:
    """The optimal-string-alignment distance of ``a`` and ``b`` (an insertion, a deletion, a change, or two
    neighbours swapped: one step each), or ``bound + 1`` once it must exceed ``bound``."""
    if abs(len(a) - len(b)) > bound:
        return bound + 1
    before: list[int] | None = None
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
            if before is not None and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > bound:
            return bound + 1
        before, row = row, current
    return row[-1]


# Cyrillic (Ukrainian, Russian, Bulgarian, Serbian) and Greek letters as British records transliterate them.
_TRANSLITERATION = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ё": "yo", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": "yu", "я": "ya", "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz",
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k", "λ": "l",
    "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f",
    "χ": "ch", "ψ": "ps", "ω": "o", "ά": "a", "έ": "e", "ή": "i", "ί": "i", "ό": "o", "ύ": "y", "ώ": "o",
}


def transliterated(word: str) -> str:
    """A Cyrillic or Greek word in Latin letters as a British record writes it ("Олександра" -> "Oleksandra",
    "Коваленко" -> "Kovalenko", "Γιώργος" -> "Giorgos"); its case kept on the first letter."""
    out = "".join(_TRANSLITERATION.get(ch.lower(), ch) for ch in word)
    return out[:1].upper() + out[1:] if word[:1].isupper() else out


# A run of letters, digits and the joiners of user names and e-mail addresses, with its address part if any.
_HANDLE = regex.compile(r"(?<![\p{L}\p{N}._+\-])(?P<local>[\p{L}\p{N}](?:[\p{L}\p{N}._\-]*[\p{L}\p{N}])?)"
                        r"(?P<domain>@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+)?")
_HANDLE_PART = regex.compile(r"\p{L}+|\p{N}+")


class RunTogether:
    """A known person's name run together in a user name, a handle, a file name or an e-mail address
    ("jamesokafor", "okafor.j", "jokafor14", "@riyapatel_mum" after its @, "Okafor_James_EHCP.docx",
    "s.hugheslloyd@outlook.com"): the name's words joined in the orders and cuts such names take (first and
    surname either way round, either as an initial), compared with one to three neighbouring parts of the run
    (letters and digits apart, joiners dropped). A surname alone counts inside such a run too ("okafor14") when it
    is no English word. An e-mail address whose own part is the name is the person's e-mail, whole."""

    def __init__(self, people: Iterable[tuple[object, list[str]]],
                 given_forms: Mapping[object, Sequence[str]] | None = None) -> None:
        """``people``: (owner, the name's words, first name first, titles left out); ``given_forms``: other forms
        of an owner's given name (nicknames, short forms), run together with the surname or its first part too
        ("maxhargreaves", "bexthistle" for Rebecca Thistlewood)."""
        self._keys: dict[str, object] = {}
        for owner, words in people:
            if len(words) < 2:
                continue
            first = _letters_key(words[0])
            surname = _letters_key("".join(words[1:]))
            halves = [_letters_key(part) for part in regex.split(r"[\s\-]+", " ".join(words[1:])) if part]
            if len(first) < 2 or len(surname) < 3:
                continue
            for last in dict.fromkeys([surname, *(h for h in halves if len(h) >= 4)]):
                keys = [first + last, last + first, first[0] + last, last + first[0]]
                keys += [first + last[0]] if len(first) >= 4 else []
                keys += [last] if len(last) >= 5 else []
                for form in (given_forms or {}).get(owner, ()):
                    other = _letters_key(form)
                    if len(other) >= 3 and other != first:
                        keys += [other + last, last + other]
                        keys += [other + last[:k] for k in range(4, len(last)) if len(other) + k >= 8]
                        keys += [other + last[0]] if len(other) >= 4 else []
                for key in keys:  # never a word ("marks" for Mark Smith): only a run of the name
                    if len(key) >= 5 and not is_english_word(key):
                        self._keys.setdefault(key, owner)

    def __bool__(self) -> bool:
        return bool(self._keys)

    def find(self, text: str) -> Iterator[tuple[int, int, object, bool]]:
        """(start, end, owner, whether the span is a whole e-mail address)."""
        for match in _HANDLE.finditer(text):
            local = match["local"]
            if match["domain"] is None and local.isalpha():  # a plain word: itself the only window
                owner = self._keys.get(_letters_key(local))
                if owner is not None:
                    yield match.start(), match.end(), owner, False
                continue
            parts = list(_HANDLE_PART.finditer(local))
            found = self._window(local, parts)
            if found is None:
                continue
            start, end, owner = found
            if match["domain"]:
                yield match.start(), match.end(), owner, True
            else:
                base = match.start("local")
                yield base + start, base + end, owner, False

    def _window(self, local: str, parts: list[regex.Match[str]]) -> tuple[int, int, object] | None:
        letters = [(p, _letters_key(p.group())) for p in parts]
        for size in (3, 2, 1):
            for i in range(len(letters) - size + 1):
                window = letters[i:i + size]
                if any(not key for _, key in window):
                    continue  # digits inside: "jokafor14" is "jokafor" then "14"
                key = "".join(key for _, key in window)
                owner = self._keys.get(key)
                if owner is None:
                    continue
                start, end = window[0][0].start(), window[-1][0].end()
                # the digits a user name carries after the name ("jokafor14", "maxhargreaves_2013") belong to it
                after = i + size
                if after < len(parts) and parts[after].group().isdigit() and local[end:parts[after].start()] in ("", "_"):
                    end = parts[after].end()
                return start, end, owner
        return None

