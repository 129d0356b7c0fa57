"""Which language a text is written in, offline and cheaply: the share of its words that are each
language's commonest words (articles, pronouns, prepositions, auxiliaries).

The detector is built for English case notes: a capitalised word nothing explains is a name, and a
lower-case word no English dictionary has may be one. In Welsh or German every other word is "not
English", so that reading shreds the text word by word ("Annwyl Person 1, Diolch am ddod i'r Person 2").
:func:`language_of` tells the detector when that reading does not hold; :func:`ordinary_word` says
whether a word is an ordinary word of that language (Welsh with its initial mutations undone:
"ddarllen" is "darllen", "Gymraeg" is "Cymraeg"), so it is kept as a word.

Languages told apart: English, Welsh, German, French, Spanish, Italian, Portuguese, Dutch, Polish.
A text of fewer than ``MIN_WORDS`` words, or whose commonest-word share is low in every language, is
read as English (the detector's home ground, and the conservative reading: it redacts more).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

from redaction.text.lines import line_text

__all__ = ["LANGUAGES", "MIN_WORDS", "NOT_GUARANTEED", "Language", "language_of", "line_at", "line_language", "ordinary_word",
           "welsh_given_names"]

MIN_WORDS = 12
_WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)?")

# The commonest words of each language (written for this project from general knowledge). Shared short
# words ("a", "i", "o", "de") count for every language that has them.
_STOP = {
    "en": """the and of to a in is it that was for on with as he she they we you i be are have has had this not but
        at by from or his her their will would can could an which there been were said our your my me him them
        do does did about after before when what who very also all if so just hi hello ok thanks""",
    "cy": """y yr a ac ag ar yn i o mae maen roedd oedd bydd byddai wedi gyda gydag ei eu ein eich fy dy ni chi nhw hi
        fe fo ef hefyd ond neu am gan dros drwy efo yw ydy ydw ydyn rydw rydym rwy dw hyn hynny hwn hon yma yna pan
        os fel iawn diolch annwyl gyfer cyn ôl rhaid gall dim ddim nad nid na sydd fydd mewn hefo pob bod nac ym
        ymlaen oherwydd felly gennych gennym iddo iddi'r i'r o'r â'r ar gyfer yng ngh""",
    "de": """der die das und ist nicht ein eine einen dem den des zu mit auf für von sich auch es sie er wir ich ihr
        sind war wird werden hat haben bei nach aus wie im noch nur oder aber als wenn dass vom zum zur am um
        sehr ihre ihren unser unsere""",
    "fr": """le la les et est un une des du de en dans pour que qui pas sur avec il elle nous vous ils elles sont au
        aux ce cette mais ou par ne se sa son ses leur très été avoir être""",
    "es": """el la los las y es un una de del en que por para con no se su sus al lo como pero más está son muy
        ha han este esta estos nuestro""",
    "it": """il lo la le gli e è un una di del della che per con non si sono ma come anche nel alla dei delle al
        ha molto questo questa""",
    "pt": """o a os as e é um uma de do da dos das em no na que para com não se por mais mas foi são muito ao
        seu sua""",
    "nl": """de het een en is van dat niet ik je we zijn op te met voor maar als ook er aan zijn hij zij wij
        heeft hebben wordt werd bij naar""",
    "pl": """i w na z się nie jest to że do jak ale co po od za jego jej są był była przez dla tak jak oraz
        jestem mamy""",
}
STOP_WORDS = {code: frozenset(words.split()) for code, words in _STOP.items()}
# Words of each language a letter about a child uses that a name list may also hold (days, months, family,
# titles and greetings): ordinary words there, never names by themselves.
_LETTER_WORDS = {
    "de": """montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli
        august september oktober november dezember sohn tochter mutter vater eltern kind kinder bruder schwester
        oma opa familie frau herr herrn fräulein bitte danke dank gruß grüße grüßen liebe lieber sehr schule
        lehrer lehrerin klasse termin gespräch arzt ärztin mit wir die der das""",
    "fr": """lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août
        septembre octobre novembre décembre fils fille mère père parents enfant enfants frère soeur sœur famille
        madame monsieur mademoiselle merci bonjour cordialement école professeur classe médecin docteur""",
    "es": """lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto
        septiembre octubre noviembre diciembre hijo hija madre padre padres niño niña hermano hermana familia
        señor señora señorita gracias saludos atentamente escuela colegio profesor profesora clase médico""",
    "it": """lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio marzo aprile maggio giugno
        luglio agosto settembre ottobre novembre dicembre figlio figlia madre padre genitori bambino bambina
        fratello sorella famiglia signor signore signora grazie saluti cordiali scuola insegnante classe medico""",
    "pt": """segunda terça quarta quinta sexta sábado domingo janeiro fevereiro março abril maio junho julho agosto
        setembro outubro novembro dezembro filho filha mãe pai pais criança irmão irmã família senhor senhora
        obrigado obrigada escola professor professora turma médico""",
    "nl": """maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni juli
        augustus september oktober november december zoon dochter moeder vader ouders kind kinderen broer zus
        familie mevrouw meneer heer dank groeten school leraar lerares klas dokter""",
    "pl": """poniedziałek wtorek środa czwartek piątek sobota niedziela styczeń luty marzec kwiecień maj czerwiec
        lipiec sierpień wrzesień październik listopad grudzień syn córka matka ojciec rodzice dziecko brat
        siostra rodzina pan pani państwo dziękuję pozdrawiam szkoła nauczyciel nauczycielka klasa lekarz""",
}
_ORDINARY = {code: STOP_WORDS[code] | frozenset(_LETTER_WORDS.get(code, "").split()) for code in STOP_WORDS}
LANGUAGES = tuple(STOP_WORDS)
_DISTINCT = {code: stop - STOP_WORDS["en"] for code, stop in STOP_WORDS.items() if code != "en"}
_LEAD = 1.2
_MIN_WELSH = 4  # Welsh passages in an English text: at least this many Welsh words ("hi" alone is a greeting)  # another language must beat English's share by this factor

NOT_GUARANTEED = (
    "written in {name}: names are found from the case's known identifiers, identifier patterns, field labels, "
    "the model and the name gazetteer; capitalised words are not taken as names word by word, so a name the "
    "gazetteer does not know, written in a plain sentence, may be missed - review the output"
)
_NAMES = {"en": "English", "cy": "Welsh", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
          "pt": "Portuguese", "nl": "Dutch", "pl": "Polish"}


@dataclass(frozen=True, slots=True)
class Language:
    """``code``: the language the text is read as; ``welsh``: a good part of it is Welsh (a bilingual letter
    reads as English with Welsh passages, whose ordinary words must stay words too)."""

    code: str
    welsh: bool = False

    @property
    def english(self) -> bool:
        return self.code == "en"

    @property
    def name(self) -> str:
        return _NAMES.get(self.code, self.code)

    @property
    def not_guaranteed(self) -> tuple[str, ...]:
        """What the detector does not promise for this text (empty for English and Welsh)."""
        if self.code in ("en", "cy"):
            return ()
        return (NOT_GUARANTEED.format(name=self.name),)


ENGLISH = Language("en")


def _uses(counts: Counter[str], words: frozenset[str]) -> int:
    """How many of the counted words are among ``words``."""
    return sum(count for word, count in counts.items() if word in words)


def language_of(text: str) -> Language:
    # Each distinct word is looked up once, with how often the text uses it.
    counts = Counter(map(str.casefold, _WORD.findall(text)))
    total = sum(counts.values())
    if total < MIN_WORDS:
        return ENGLISH
    english = _uses(counts, STOP_WORDS["en"]) / total
    # Another language's share counts only its words English does not have ("a", "i", "am", "on" are English too).
    shares = {code: _uses(counts, stop) / total for code, stop in _DISTINCT.items()}
    best = max(shares, key=lambda c: shares[c])
    welsh_words = round(shares["cy"] * total)
    welsh = welsh_words >= _MIN_WELSH and shares["cy"] >= 0.08 and shares["cy"] >= 0.3 * english
    if shares[best] >= 0.10 and shares[best] > _LEAD * english:
        return Language(best, welsh=best == "cy" or welsh)
    return Language("en", welsh=welsh)


def line_at(text: str, start: int, end: int) -> str:
    """The whole line (or lines) of ``text`` holding ``text[start:end]`` (:func:`redaction.text.lines.line_text`)."""
    return line_text(text, start, end)


_MIN_LINE_WORDS = 3  # another language's line in an English text: at least this many of its ordinary words
# Words of other languages that English text writes inside people's names ("Ana e Joao de Souza", "Van der Berg").
_NAME_PARTICLES = frozenset("de da do dos das du del della di la le lo van der den von y e el al bin ben".split())


def line_language(line: str) -> str | None:
    """The language other than English and Welsh a line of an English text is written in ("Merci beaucoup pour la
    réunion de lundi", "Dzień dobry, dziękuję za spotkanie w piątek"), or ``None``: three or more of the line's
    words, and a third of them, are ordinary words of one language (its commonest words and a letter's words:
    days, months, family, greetings) that are no English stop word and no particle of a name ("de", "van"), more
    than twice its English stop words ("Maria
    de la Cruz attended the meeting" is English)."""
    return _line_language(line)


@lru_cache(maxsize=4096)
def _line_language(line: str) -> str | None:
    words = [w.casefold() for w in _WORD.findall(line)]
    if len(words) < _MIN_LINE_WORDS:
        return None
    english = sum(w in STOP_WORDS["en"] for w in words)
    foreign = [w for w in words if w not in STOP_WORDS["en"] and w not in _NAME_PARTICLES]
    best, count = None, 0
    for code, ordinary in _ORDINARY.items():
        if code in ("en", "cy"):
            continue
        n = sum(w in ordinary for w in foreign)
        if n > count:
            best, count = code, n
    if count >= _MIN_LINE_WORDS and count * 3 >= len(words) and count > 2 * english:
        return best
    return None


# Ordinary Welsh words a case letter uses beyond the stop words: letter openings and closings, school,
# council and health words, days and months, common verbs (written for this project).
_WELSH_WORDS = frozenset("""
annwyl diolch cofion cynnes gywir yn gywir ysgol ysgolion cyngor sir gofal plant plentyn pobl ifanc anghenion dysgu
ychwanegol cynllun datblygu unigol athro athrawes athrawon pennaeth dirprwy rhiant rhieni mam tad cyfarfod
adolygiad blynyddol dyddiad enw cyfeiriad ffôn bore prynhawn heddiw yfory ddoe wythnos mis blwyddyn dosbarth
gwaith cartref iaith cymraeg saesneg cymru gwasanaeth gwasanaethau addysg iechyd meddyg nyrs therapi therapydd
lleferydd cefnogaeth cymorth cynorthwyydd cynorthwyol help angen anghenion hefyd oherwydd achos pryd lle sut pam
beth pwy heb hyd tan wrth rhwng ger uwchradd cynradd cyfun meithrin arbennig canolfan ysbyty clinig trafod
trafodwyd cytuno cytunwyd nodwyd penderfynwyd mynychodd presennol ymddiheuriadau cadeirydd cofnodion camau
gweithredu nesaf da gwych hapus trist anodd hawdd pryder pryderon cynnydd targedau nodau canlyniadau darllen
ysgrifennu mathemateg rhifedd llythrennedd chwarae ffrindiau ffrind teulu brawd chwaer nain taid mamgu tadcu dydd
llun mawrth mercher iau gwener sadwrn sul ionawr chwefror ebrill mai mehefin gorffennaf awst medi hydref
tachwedd rhagfyr byddwn byddai rydyn oes does gallai gallu hoffwn hoffai hoffi eisiau moyn gwneud mynd dod
gweld cael rhoi siarad siaradodd dweud clywed teimlo meddwl gwybod ysgrifennaf llythyr amdano amdani iddynt
ohono ohoni ynddo wrthym atoch pawb popeth rhywbeth unrhyw arall eraill mwy llai mawr bach newydd hen cyntaf
olaf un dau dwy tri tair pedwar pump chwech saith wyth naw deg cydlynydd swyddog seicolegydd addysgol
awdurdod lleol llywodraeth bwrdd prifysgol cyswllt manylion ymweld ymweliad gwella gwellhau cyfathrebu ymddygiad
emosiynol cymdeithasol corfforol synhwyraidd asesiad asesu adroddiad argymhellion cynllunio sgiliau gweithgareddau
amser egwyl cinio bws tacsi trafnidiaeth cludiant yr wythnos hon nesa diwethaf ardal tîm tim grŵp grwp
cymuned cymunedol rhaglen prosiect gwasanaethau cymdeithasol gweithiwr gweithwraig cymdeithasol
""".split())
# Initial mutations undone, the longest first: "ngh" -> "c", "mh" -> "p", "dd" -> "d", "f" -> "b" or "m" ...
_MUTATIONS = (("ngh", ("c",)), ("mh", ("p",)), ("nh", ("t",)), ("ng", ("g",)), ("ch", ("c",)), ("ph", ("p",)),
              ("th", ("t",)), ("dd", ("d",)), ("f", ("b", "m")), ("l", ("ll",)), ("r", ("rh",)), ("b", ("p",)),
              ("d", ("t",)), ("g", ("c",)), ("m", ("b",)), ("n", ("d",)), ("h", ("",)), ("", ("g",)))


@lru_cache(maxsize=8192)
def _welsh_word(word: str) -> bool:
    if word in _WELSH_WORDS or word in STOP_WORDS["cy"]:
        return True
    for mutated, radicals in _MUTATIONS:
        if word.startswith(mutated) and len(word) > len(mutated) + 1:
            rest = word[len(mutated):]
            if any(radical + rest in _WELSH_WORDS for radical in radicals):
                return True
    return False


def ordinary_word(word: str, language: Language) -> bool:
    """Whether ``word`` (any case) is an ordinary word of ``language`` (its commonest words; for Welsh, also a
    case letter's vocabulary with mutations undone), so not a name by itself."""
    bare = word.casefold().strip("'’")
    if not bare:
        return True
    if language.welsh and _welsh_word(bare.removeprefix("i'r").removeprefix("o'r")):
        return True
    return bare in _ORDINARY.get(language.code, frozenset())


_WELSH_LIST = Path(__file__).resolve().parents[1] / "gazetteer" / "hand" / "welsh.txt"


@lru_cache(maxsize=1)
def welsh_given_names() -> frozenset[str]:
    """The hand list of Welsh given names and surnames the gazetteer is built from (``ap``/``ab`` left out)."""
    names: set[str] = set()
    for line in _WELSH_LIST.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line and not line.startswith("["):
            names.update(w for w in line.split() if w not in ("Ap", "Ab"))
    return frozenset(names)
