"""Dates near a birth cue, in any layout a reader would still read as a date, unless a reason says the date is
another event's.

The source is broad on both sides:
- the cue: a date-of-birth label as forms write it, misread by a scanner ("D0B", "Date of blrth") or in another
  language ("Geburtsdatum", "date de naissance", "data urodzenia", "ganwyd", "rugadh", genealogy's "*"), or a
  birth told as an event ("born", "came into the world", "his birth on", "was delivered", a baby that "arrived");
- the date: every layout of :mod:`redaction.text.dates`, and what only a cue makes safe to read as a date: digits
  spaced or misread by a scanner ("1 2 / 0 4 / 2 0 1 4", "2l/05/2O12"), ISO with dots ("2016.04.12"), months named
  in Welsh, Irish and the languages UK families write, written-out days and years ("the fifth of May two thousand
  and fourteen", "3rd March twenty fifteen", "the 4th day of December 2011", "12th of the 6th 2014");
- an age beside a name and a date ("Oscar - 11 - 19/05/2013", "Mia, 4 years, 23.08.2019") when the age agrees
  with the date (the child is that age at the text's latest other date, or today).

Between the cue and the date, a few words of the same clause may stand ("was born prematurely on", "ganwyd Elis
ar", a field's words up to its colon: "Dates of birth of children in the household: Mia 02/02/2012"), and after a
label its aside in brackets or between dashes ("Date of birth (as on the red book, not the NHS letter): ...");
the aside is a remark on the label, so its words are not read as another event's. After a label, the dates that
follow the first on its line are births too when each follows a name ("DOB: Ava 3/3/2012 and Jo 8/1/2016") or the
label is plural ("DOBs: 02/02/2012, 05/05/2015"). A birth date told as the correction of a wrong one, in the next
clause or sentence, is read too ("Could you correct his d.o.b on the plan? It should be 8 May 2014", "the plan says
his birthday is 12 March, it is 21 March 2020"). A birth told in one sentence whose date the next gives, pointing back to it ("Oskar
was born at the Jessop Wing. That was on 19 June 2015."), and a birth date restated in another layout right after it
("2 Hydref 2014 (02/10/2014)"), are read too. The negatives, each a reason the date is not the birth's:
- another event is told between the cue and the date: an event's word ("review", "meeting", "letter", "school",
  "the UK") or an action's verb with its time ("joined the school on", "was corrected on", "arrived in");
- the clause or the sentence ends between them, or another field's label stands between ("DOB: TBC    Printed:
  12/03/2025", "Date of birth: n/k  Date: ...");
- a baby's arrival or delivery is told with no word of a baby or a birth beside it ("arrived on 12 July 2021
  from Syria" is a family's move);
- the date lies after the text's latest other date by a year or more, or after today: a birth is not in the
  future;
- the words after the date say whose date it is ("02/07/2014, which is her date of admission").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.at_a_position import at_a_position
from redaction.text.dates import DATE_SPACED_REGEX, parse_date
from redaction.text.english import is_english_word
from redaction.text.lexicons import FIRST_NAMES, NOT_NAMES
from redaction.text.names import NAME
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer
from redaction.text.recognizers.birth_context import dates_of
from redaction.text.stacked_fields import stacked_values

__all__ = ["BIRTH_LABEL", "DAY_WORD", "UkBirthCueRecognizer", "told_otherwise", "wide_date"]

# -- the date, read widely -------------------------------------------------------------------------------------
_OCR = r"[\dOolI|]"
_OCR_DATE = (rf"{_OCR}(?:[ ]?{_OCR})?[ ]?[/.\-][ ]?{_OCR}(?:[ ]?{_OCR})?[ ]?[/.\-][ ]?"
             rf"{_OCR}(?:[ ]?{_OCR})(?:(?:[ ]?{_OCR}){{2}})?(?![\w/])")
_ISO_DOTS = r"(?:19|20)\d{2}\.\d{1,2}\.\d{1,2}(?!\d)"
# An ISO date a scanner misread ("2OO9-O7-22", "2Ol4/O3/11"): a year's first two digits, then misread digits.
_OCR_ISO = rf"(?:19|2[0O])(?:{_OCR}){{2}}[/.\-](?:{_OCR}){{1,2}}[/.\-](?:{_OCR}){{1,2}}(?![\w/])"
_FOREIGN_MONTHS = {
    # Welsh (and its short forms: "21 Gorff"; its soft mutations after "o" and "ym mis": "5ed o Fedi", "o Orffennaf"), Irish, German, French, Spanish, Italian, Portuguese, Polish (genitive), Dutch, Turkish, Romanian
    1: "ionawr|ion|ean[aá]ir|januar|janvier|enero|gennaio|janeiro|stycznia|januari|ocak|ianuarie",
    2: "chwefror|chwef|feabhra|februar|f[eé]vrier|febrero|febbraio|fevereiro|lutego|februari|şubat|subat|februarie",
    3: "mawrth|fawrth|maw|m[aá]rta|m[aä]rz|mars|marzo|mar[cç]o|marca|maart|mart|martie",
    4: "ebrill|ebr|aibre[aá]n|avril|abril|aprile|kwietnia|nisan|aprilie",
    5: "mai|fai|bealtaine|mei|mayo|maggio|maio|maja|mayıs|mayis",
    6: "mehefin|fehefin|meh|meitheamh|juni|juin|junio|giugno|junho|czerwca|haziran|iunie",
    7: "gorffennaf|orffennaf|gorff|i[uú]il|juli|juillet|julio|luglio|julho|lipca|temmuz|iulie",
    8: "awst|l[uú]nasa|ao[uû]t|agosto|sierpnia|augustus|ağustos|agustos|august",
    9: "medi|fedi|me[aá]n[ ]f[oó]mhair|septembre|septiembre|settembre|setembro|wrze[sś]nia|eyl[uü]l|septembrie",
    10: "hydref|hyd|deireadh[ ]f[oó]mhair|oktober|octobre|octubre|ottobre|outubro|pa[zź]dziernika|ekim|octombrie",
    11: "tachwedd|dachwedd|tach|samhain|novembre|noviembre|novembro|listopada|kas[iı]m|noiembrie",
    12: "rhagfyr|ragfyr|rhag|nollaig|dezember|d[eé]cembre|diciembre|dicembre|dezembro|grudnia|aral[iı]k|decembrie",
}
_FOREIGN_MONTH = "(?:" + "|".join(_FOREIGN_MONTHS.values()) + r")(?![\p{L}])"
FOREIGN_MONTH = _FOREIGN_MONTH
_ENGLISH_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
                  r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![\p{L}])\.?")
_UNITS = r"one|two|three|four|five|six|seven|eight|nine"
_TEENS = r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ORDINAL_WORDS = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
                  "|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth")
_DAY_WORD = rf"(?:(?:twenty|thirty)[ \-])?(?:{_ORDINAL_WORDS})"
DAY_WORD = _DAY_WORD
_YEAR_WORDS = (rf"(?:(?:nineteen|twenty)[ \-](?:{_TEENS}|(?:{_TENS})(?:[ \-](?:{_UNITS}))?|(?:oh|o)[ \-](?:{_UNITS}))"
               rf"|two[ ]thousand(?:[ ]and)?(?:[ ](?:{_TEENS}|(?:{_TENS})(?:[ \-](?:{_UNITS}))?|{_UNITS}))?)(?![\p{{L}}])")
# (Welsh ordinals too: "1af", "2il", "3ydd", "5ed", "8fed", "11eg", "20fed", "21ain")
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|af|il|ydd|fed|ed|eg|ain|\.)?(?!\d)"
_YEAR = r"(?:(?:19|20)\d{2}(?!\d)|'\d{2}(?!\d))"
_ANY_YEAR = rf"(?:{_YEAR}|{_YEAR_WORDS})"
_ANY_DAY = rf"(?:{_DAY}|(?:the[ ]+)?{_DAY_WORD})"
_MONTH = rf"(?:{_ENGLISH_MONTH}|{_FOREIGN_MONTH})"
# A month's name misspelt or misread ("Janaury", "Feburary", "Septmber"): read after a cue only, and only when one
# edit (or two letters swapped) away from an English month's name (see :func:`_fuzzy_month`).
_MISSPELT_MONTH = r"(?:\p{L}{4,10})"
_WRITTEN = (
    # "the 4th day of December 2011", "the fifth of May two thousand and fourteen", "3rd March twenty fifteen",
    # "9 Ebrill 2014", "3. Mai 2015", "12th of the 6th 2014", "March 3rd, 2015", "March the 3rd, 2014", "Sept 9th 2014", Spanish and
    # Portuguese "30 de abril de 2015"
    rf"(?:(?:the|y|yr)[ ]+)?{_ANY_DAY},?(?:[ ]+day)?(?:[ ]+(?:of|de|del|o))?[ ]+{_MONTH}(?:[ ,]+|[ ]+de[ ]+){_ANY_YEAR}"
    rf"|(?:the[ ]+)?{_DAY}[ ]+of[ ]+the[ ]+(?:0?[1-9]|1[0-2])(?:st|nd|rd|th)[ ,]+{_YEAR}"
    rf"|{_MONTH}[ ]+(?:the[ ]+)?{_ANY_DAY},?[ ]+{_ANY_YEAR}"
    rf"|{_DAY}(?:[ ]+of)?[ ]+{_MISSPELT_MONTH}[ ,]+{_YEAR}"
)
WIDE_DATE = rf"(?:{_WRITTEN}|{_ISO_DOTS}|{DATE_SPACED_REGEX}|{_OCR_DATE}|{_OCR_ISO})"
# (an export's timestamp after an ISO date, "2014-11-30T00:00:00", ends the date too)
_WIDE_DATE_END = r"(?:(?![\w/\-]|\.\d)|(?<=\d)(?=T\d{2}:\d{2}))"
_OCR_READING = str.maketrans("OolI|", "00111")
_WORD_NUMBERS = {w: i for i, w in enumerate(_UNITS.split("|"), 1)} | {
    w: i for i, w in enumerate(_TEENS.split("|"), 10)} | {w: 10 * i for i, w in enumerate(_TENS.split("|"), 2)}
_ORDINALS = {w: i for i, w in enumerate(_ORDINAL_WORDS.split("|")[:19], 1)} | {"twentieth": 20, "thirtieth": 30}


def _year_of_words(words: str) -> int | None:
    parts = regex.split(r"[ \-]+(?:and[ ]+)?", words.lower().strip())
    if parts[:2] == ["two", "thousand"]:
        return 2000 + sum(_WORD_NUMBERS.get(p, 0) for p in parts[2:])
    century = {"nineteen": 1900, "twenty": 2000}.get(parts[0])
    if century is None:
        return None
    rest = [p for p in parts[1:] if p not in ("oh", "o")]
    return century + sum(_WORD_NUMBERS.get(p, 0) for p in rest)


_ENGLISH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                  "november", "december")


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with one letter changed, added or dropped, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _fuzzy_month(word: str) -> int | None:
    word = word.lower()
    found = [n for n, name in enumerate(_ENGLISH_NAMES, 1) if len(name) >= 5 and _one_edit(word, name)]
    return found[0] if len(found) == 1 else None


def _month_of(word: str) -> int | None:
    word = word.lower().rstrip(".")
    for number, english in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                      "dec"), 1):
        if word.startswith(english) and regex.fullmatch(_ENGLISH_MONTH, word, regex.IGNORECASE):
            return number
    for number, names in _FOREIGN_MONTHS.items():
        if regex.fullmatch(f"(?:{names})", word, regex.IGNORECASE):
            return number
    return None


_LETTERS = regex.compile(r"\p{L}{4,10}")
_MONTH_FINDER = regex.compile(_MONTH, regex.IGNORECASE)
_YEAR_WORDS_FINDER = regex.compile(_YEAR_WORDS, regex.IGNORECASE)
_DAY_WORD_FINDER = regex.compile(_DAY_WORD, regex.IGNORECASE)
_ORD_OF_THE = regex.compile(r"(\d{1,2})(?:st|nd|rd|th)?[ ]+of[ ]+the[ ]+(\d{1,2})(?:st|nd|rd|th)[ ,]+(\d{4})")


def wide_date(found: str) -> dt.date | None:
    """The day a date read in the wide grammar denotes, or ``None`` (not a real day)."""
    day = parse_date(found)
    if day is not None:
        return day
    try:
        of_the = _ORD_OF_THE.fullmatch(found.strip())
        if of_the is not None:
            return dt.date(int(of_the[3]), int(of_the[2]), int(of_the[1]))
        month_word = _MONTH_FINDER.search(found)
        month = _month_of(month_word.group()) if month_word is not None else None
        if month_word is None:
            month_word = next((w for w in _LETTERS.finditer(found) if _fuzzy_month(w.group())), None)
            month = _fuzzy_month(month_word.group()) if month_word is not None else None
        if month_word is not None:
            rest = found[:month_word.start()] + " " + found[month_word.end():]
            year_words = _YEAR_WORDS_FINDER.search(rest)
            if year_words is not None:
                year = _year_of_words(year_words.group())
                rest = rest[:year_words.start()] + rest[year_words.end():]
            else:
                years = regex.findall(r"(?:19|20)\d{2}|'\d{2}", rest)
                year = (int(years[0].lstrip("'")) + (2000 if years[0].startswith("'") else 0)) if years else None
                rest = regex.sub(r"(?:19|20)\d{2}|'\d{2}", " ", rest, count=1)
            day_words = _DAY_WORD_FINDER.search(rest)
            if day_words is not None:
                parts = regex.split(r"[ \-]", day_words.group().lower())
                day_number = sum(_ORDINALS.get(p, {"twenty": 20, "thirty": 30}.get(p, 0)) for p in parts)
            else:
                days = regex.findall(r"\d{1,2}", rest)
                day_number = int(days[0]) if days else 0
            if month is None or year is None or not day_number:
                return None
            if year < 100:
                year += 1900 if year >= 50 else 0
            return dt.date(year, month, day_number)
        digits = found.translate(_OCR_READING).replace(" ", "")
        if digits != found:
            return parse_date(digits)
        parts = regex.split(r"[.]", found)
        if len(parts) == 3 and len(parts[0]) == 4:
            return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None
    return None


# -- the cue --------------------------------------------------------------------------------------------------
_LABEL = (
    # a label a form wraps onto the next line ("Date of\nBirth"), and its plural ("Dates of birth", "DOBs")
    # and one written with hyphens or underscores, as an export's field names and typed forms write it ("D-O-B",
    # "date-of-birth:", "date_of_birth=")
    # (an export's field name joins the label to whose it is with an underscore: "child_dob", "mother_dob")
    r"(?<![^\W_])D[.\-]?[ ]?[O0][.\-]?[ ]?B(?:['’]?s\b|\b)[.]?|\bd/o/b\b"
    r"|(?<![\p{L}\d])da[tl]es?(?:[ _\-]+|[ \t]*\n[ \t]*)[o0]f(?:[ _\-]+|[ \t]*\n[ \t]*)b[il1|!]rth\b"
    r"|\bbirth[ _\-]?dates?\b"
    r"|\b(?:date[ ]+and[ ]+place|place[ ]+and[ ]+date)[ ]+of[ ]+birth\b"
    r"|\bdate[ ]+of[ ]+birth(?:[ ]+of[ ]+(?:the[ ]+)?(?:child|young[ ]person|pupil|learner)(?:[ ]*/[ ]*young[ ]person)?)?"
    # other languages' labels and verbs: Welsh, Irish, Scottish Gaelic, German, French, Spanish, Italian, Portuguese,
    # Polish, Dutch, Turkish, Romanian, Lithuanian, Czech, Hungarian, Scandinavian
    # (Welsh mutates the label after a possessive: "ei ddyddiad geni" his, "fy nyddiad geni" my)
    r"|\b(?:dd?|n)yddiad[ ]+geni\b|\bganwyd\b|\ba[ ]+aned\b|\bd[aá]ta[ ]+breithe\b|\brugadh\b|\bceann-l[aà][ ]+breith\b"
    r"|\bgeburtsdatum\b|\bgeboren(?:[ ]+am)?\b|\bgeb\.|\bdate[ ]+de[ ]+naissance\b|\bn[ée]e?[ ]+le\b"
    r"|\bfecha[ ]+de[ ]+nacimiento\b|\bnacid[oa][ ]+el\b|\bdata[ ]+di[ ]+nascita\b|\bnat[oa][ ]+il\b"
    r"|\bdata[ ]+de[ ]+nascimento\b|\bnascid[oa][ ]+em\b|\bdata[ ]+(?:urodzenia|narodzin)\b|\bur\.|\burodzon[aey]\b"
    r"|\bgeboortedatum\b|\bgeboren[ ]+op\b|\bdo[ğg]um[ ]+tarihi\b|\bdata[ ]+na[șs]terii\b|\bgimimo[ ]+data\b"
    r"|\bdatum[ ]+narozen[ií]\b|\bsz[üu]let[ée]si[ ]+(?:d[áa]tum|id[őo])\b|\bf[öø]delsedat(?:um|o)\b|\bf[öø]dd\b"
    r"|\bf[øo]dselsdato\b|\bf[øo]dt\b|\bsyntym[äa]aika\b"
    # Welsh "ganed" (was born) and "ei eni / ei geni" (his / her birth: "Cafodd Gethin ei eni ar ..."); Croatian,
    # Serbian, Bosnian, Slovak, Slovene, Romanian, Russian, Ukrainian, Bulgarian, Latvian, Estonian, Albanian, Greek,
    # Arabic, Urdu, Persian, Somali, Vietnamese, Chinese, Bengali, Hindi, Punjabi, Gujarati, Tamil, Tagalog, Malay,
    # Indonesian, Swahili: the forms families fill in and the papers they bring
    r"|\bganed\b|\bei[ ]+g?eni\b|\bdatum[ ]+ro(?:đ|dj|d)enja\b|\bd[áa]tum[ ]+narodenia\b|\bdatum[ ]+rojstva\b"
    r"|\bdata[ ]+de[ ]+na[șşs]tere\b|\bn[ăa]scut[ăa]?\b|\bдата[ ]+рождения\b|\bдата[ ]+народження\b"
    r"|\bдата[ ]+на[ ]+раждане\b|\bdzim[šs]anas[ ]+datums\b|\bs[üu]nni(?:aeg|kuup[äa]ev)\b"
    r"|\bdat[ëe]lindj[ae]\b|\bdata[ ]+e[ ]+lindjes\b|\bημερομηνία[ ]+γέννησης\b|تاريخ[ ]+الميلاد|تاریخ[ ]+پیدائش"
    r"|تاریخ[ ]+تولد|\btaariikhda[ ]+dhalashada\b|\bng[àa]y[ ]+sinh\b|出生日期|জন্ম[ ]*তারিখ|जन्म[ ]+(?:तिथि|तारीख)"
    r"|ਜਨਮ[ ]+ਮਿਤੀ|જન્મ[ ]+તારીખ|பிறந்த[ ]+தேதி|\bpetsa[ ]+ng[ ]+kapanganakan\b|\b(?:tarikh|tanggal)[ ]+lahir\b"
    r"|\btarehe[ ]+ya[ ]+kuzaliwa\b"
    # Urdu, Arabic and Hindi/Punjabi labels as families and interpreters write them in Latin letters:
    # "tareekh-e-paidaish", "tarikh al-milad", "janam tithi"
    r"|\bt[aā]r[ie]{1,2}kh[ \-]+(?:e[ \-]+)?(?:paid[ae]?[iy]?sh|pedaish|al[ \-]?m[ie]{1,2}l[aā]{1,2}d)\b"
    r"|\bjanam[ ]+(?:tithi|t[aā]r[ie]{1,2}kh|miti)\b"
    # "was born" told in Spanish, Portuguese, Lithuanian and Somali ("nació el", "nasceu em", "gimė", "dhashay"),
    # and the Spanish label's short form ("Fecha de nac.", "F. nac.")
    # (the Spanish and Portuguese verbs with the word that leads a date: "nació en Madrid y llegó el ..." is a move)
    r"|\bnaci[óo][ ]+el\b|\bnasceu[ ]+(?:em|a)\b|\bgimė\b|\bdhashay\b|\b(?:fecha[ ]+de|f\.)[ ]?nac\."
)
_EVENT_CUE = (
    r"\bborn\b|\bcame[ ]+into[ ]+the[ ]+world\b|\bentered[ ]+the[ ]+world\b|\b(?:his|her|their|the)[ ]+birth\b"
    r"|\bwas[ ]+delivered\b|\bwere[ ]+delivered\b|\barrived\b"
)
_GENEALOGY = r"(?:^|(?<=[(\[;,][ ]?))\*(?=[ ]?\d)"
_CUE = rf"(?P<cue>{_LABEL}|{_EVENT_CUE}|{_GENEALOGY})"
_LABEL_ALONE = regex.compile(_LABEL, regex.IGNORECASE)  # compiled once: _a_label asks it per match
BIRTH_LABEL = _LABEL_ALONE  # a date-of-birth label in any spelling and language (boxed_birth_date.py reads it too)
# Between the cue and the date: punctuation, a label's brackets, a line break after a label, and a few words of
# the same clause (no sentence end, no second line of prose).
# A label's aside ("Date of birth (as on the red book, not the NHS letter):", "DOB - mum disputes the school's -")
# is a remark on the label, not another event: :func:`_another_event` reads the words between without it. A word
# ending in a colon may stand among the few words ("Dyddiad geni'r disgybl: ...", "Dates of birth of children in
# the household: Mia 02/02/2012"), unless it is another field's label (an event's word: "Date:", "Review:").
# An aside between commas too ("was born, eight weeks early and in an ambulance, on 22 Nov 2015").
_ASIDE = (r"(?P<aside>[ \t]*(?:\([^()\n]{21,100}\)|[\-–—][ ][^\n\-–—()]{1,80}[ ][\-–—]"
          r"|,[ ][^\n,.;:!?()]{1,60},))")
# A label's colon may end its line, the value on the next ("Dyddiad geni:⏎3 Tachwedd 2014").
# A form's leader of dots or rules between a label and its value ("Date of birth . . . . . . 03/03/2011").
_BETWEEN = (r"(?P<between>(?:[ \t]*\)?[ \t]*(?:\([^)\n]{0,20}\)|[:|\-–.,=]?[ \t]*\n(?=[ \t]*[\d\p{L}])"
            r"|(?:[ \t]*[.…_]){2,}"
            r"|[:|\-–.=]|,(?![ ][^\n,.;:!?()]{1,60},)))?"
            + _ASIDE + "?"
            r"[ \t]*[:|\-–.,=]?[ \t]*(?:[^\s.!?;\n]+[ ]+){0,6}?)")


_CORRECTION = "a birth date told as a correction"


class UkBirthCueRecognizer(UkPatternRecognizer):
    ENTITY = "DATE_OF_BIRTH"
    FLAGS = regex.MULTILINE | regex.IGNORECASE
    PATTERNS = [
        Pattern("date near a birth cue", rf"{_CUE}{_BETWEEN}(?P<id>{WIDE_DATE}){_WIDE_DATE_END}", 0.85),
        Pattern(
            # "12/03/2015 is his date of birth", "14.3.2016 – Leo's birthday", "3 May 2013: her birthday"
            "date then its birth noun",
            rf"(?<![\w/.\-])(?P<id>{WIDE_DATE}){_WIDE_DATE_END}[ \t]*(?:,[ ]*)?(?:is|was|[=:–\-])[ \t]*"
            r"(?:(?:his|her|their|the|my|our|(?-i:\p{Lu}[\p{L}'’\-]+)['’]s?)[ ]+)?"
            r"(?:(?:actual|real|correct|true|child['’]s)[ ]+)?"
            r"(?:date[ ]+of[ ]+birth|D\.?[ ]?O\.?[ ]?B\b\.?|birthday|birth[ ]?date|b['’]?day)\b",
            0.9,
        ),
        Pattern(
            # "Could you correct his d.o.b on the plan? It should be 8 May 2014", "the birthday on the referral is
            # wrong, it's 10/01/2015": a birth date told as the correction of a wrong one, in the next clause or the
            # next sentence (the words between say it is wrong or to be corrected)
            _CORRECTION,
            rf"(?P<cue>{_LABEL}|\bbirthday\b|\bb['’]?day\b)(?P<between>[^\n]{{0,90}}?)(?:[.?!,;:][ ]+|[ ][\-–—][ ]+)"
            r"(?:it|this|that|the[ ]+(?:right|correct|real|actual|true)[ ]+(?:one|date))"
            r"(?:['’]s|[ ]+(?:is|was|should[ ]+be|must[ ]+be|needs?[ ]+to[ ]+be|ought[ ]+to[ ]+be))[ ]+"
            rf"(?:actually[ ]+|in[ ]+fact[ ]+|really[ ]+)?(?P<id>{WIDE_DATE}){_WIDE_DATE_END}",
            0.85,
        ),
        Pattern(
            # "Oscar - 11 - 19/05/2013", "Mia, 4 years, 23.08.2019", "Leo (8, 14.3.2016)", "Noah, 5 (12-02-2019)"
            "name, age and date",
            rf"(?<![\p{{L}}])(?P<name>(?-i:{NAME}))[ ]*(?:[,(\-–—][ ]*)(?P<age>\d{{1,2}})(?![\d/.:])[ ]*"
            r"(?:(?:yrs?|years?|y|yo)(?:[ ]*old)?[ ]*)?(?:\)[ ]*(?:[,;\-–—/][ ]*)*|(?:[,;\-–—/][ ]*)+|\([ ]*)"
            rf"(?P<id>{DATE_SPACED_REGEX}){_WIDE_DATE_END}",
            0.85,
        ),
    ]

    def _matches(self, pattern_name: str, compiled: regex.Pattern[str], text: str) -> Iterator[regex.Match[str]]:
        if pattern_name == "date then its birth noun":
            # Tried only in the few words before each birth noun.
            seen: set[tuple[int, int]] = set()
            for noun in _BIRTH_NOUN.finditer(text):
                for match in compiled.finditer(text, max(0, noun.start() - 90), min(len(text), noun.end() + 20)):
                    if match.span("id") not in seen:
                        seen.add(match.span("id"))
                        yield match
            return
        if pattern_name == _CORRECTION:
            seen = set()
            for noun in _BIRTH_NOUN.finditer(text):
                for match in compiled.finditer(text, max(0, noun.start() - 30), min(len(text), noun.end() + 160)):
                    # the words that say a date was wrong may open the sentence ("Could you correct his d.o.b ...");
                    # a date between is the wrong one ("the plan says his birthday is 12 March, it is 21 March 2020")
                    # unless an action's verb leads it: then it is the correction's own date ("was corrected on 14
                    # April 2024. It was ...")
                    opening = max(text.rfind("\n", 0, match.start()), match.start() - 60, 0)
                    between = _BRACKETED.sub("", match["between"])
                    if (match.span("id") not in seen and not (any(ch.isdigit() for ch in between)
                                                              and _ACTION_ON.search(between))
                            and _CORRECTION_WORD.search(text, opening, match.start("id"))):
                        seen.add(match.span("id"))
                        yield match
            return
        if pattern_name == "name, age and date":
            # Read from each age backwards: a name pattern tried at every character costs far more.
            for age in _AGE_AT.finditer(text):
                name = _NAME_BEFORE.search(text, max(0, age.start() - 40), age.start())
                match = compiled.match(text, name.start()) if name is not None else None
                if match is not None and match.start("age") == age.start():
                    yield match
            return
        # The whole pattern is tried only where a cue begins, and a cue only just before a cheap stem's hit: not at
        # every character of every text.
        seen = set()
        for hit in _ANY_CUE.finditer(text):
            for cue in _CUE_ONLY.finditer(text, max(0, hit.start() - 24), hit.end() + 40, overlapped=True):
                if cue.start() > hit.start():
                    break  # a cue that begins after this stem is the next stem's to find
                match = compiled.match(text, cue.start())
                # one match per cue, not per date: a cue the negatives reject ("His birth" with "date" between)
                # must not hide a later one that reaches the same date ("birth date, 17 May 2013")
                if match is not None and (match.start(), match.span("id")) not in seen:
                    seen.add((match.start(), match.span("id")))
                    yield match

    def keep_pattern(self, pattern_name: str, text: str) -> bool:
        if pattern_name == "date near a birth cue":
            return _ANY_CUE.search(text) is not None
        if pattern_name in ("date then its birth noun", _CORRECTION):
            return _BIRTH_NOUN.search(text) is not None
        return _AGE_AT.search(text) is not None

    def find(self, text: str) -> Iterator[Span]:
        yielded: set[tuple[int, int]] = set()
        for span in self._find(text):
            if (span.start, span.end) not in yielded:
                yielded.add((span.start, span.end))
                yield span
            restated = _RESTATED.match(text, span.end)
            if (restated is not None and (restated.start("id"), restated.end("id")) not in yielded
                    and wide_date(restated["id"]) == wide_date(text[span.start:span.end])):
                # "Date of birth: 2 Hydref 2014 (02/10/2014)": the same day again, in another layout
                yielded.add((restated.start("id"), restated.end("id")))
                yield Span(restated.start("id"), restated.end("id"), self.ENTITY, span.score, "pattern")

    def _find(self, text: str) -> Iterator[Span]:
        for pattern, compiled in self._compiled:
            if not self.keep_pattern(pattern.name, text):
                continue
            matches = list(self._matches(pattern.name, compiled, text))
            # A family's list of names, ages and dates ("Kian, 11 (03/03/2014) and Orla, 8 (20/7/2017)"): the other
            # children's births are no date the text was written at, so neither the age nor the year is read by them.
            listed = frozenset(m.start("id") for m in matches) if pattern.name == "name, age and date" else frozenset()
            for match in matches:
                day = wide_date(match["id"])
                if day is None or not _not_later(text, match.start("id"), day, listed):
                    continue
                if pattern.name == "name, age and date":
                    if not _a_given_name(match["name"]) or not _age_agrees(
                            text, match.start("id"), day, int(match["age"]), listed):
                        continue  # "Year 4 - 12/09/2019", "Room 5, 12/03/2024": no child's name, no age
                elif pattern.name in ("date then its birth noun", _CORRECTION):
                    pass  # the words after the date say it is a birth's; a correction says it is the right one
                elif match["cue"] == "*" and _GENEALOGY_AFTER.match(text, match.end("id")) is None:
                    continue  # "* 12/03/2024 meeting with school": a bullet's date, not genealogy's birth mark
                elif _another_event(text, match) or told_otherwise(text, match.end("id")):
                    continue
                yield Span(match.start("id"), match.end("id"), self.ENTITY, pattern.score, "pattern")
                if pattern.name == "date near a birth cue" and _a_label(match["cue"]):
                    yield from self._list_after(text, match.start("id"), match.end("id"),
                                                _PLURAL_LABEL.search(match["cue"]) is not None)

        yield from self._stacked(text)
        yield from self._told_next(text)

    def _told_next(self, text: str) -> Iterator[Span]:
        """A birth told in one sentence and its date in the next, which points back to it ("Oskar was born early,
        at 31 weeks, at the Jessop Wing. That was on 19 June 2015."): the date's sentence opens with "It/That/This
        was" and the date, no date or year stands between the birth and it, at most one sentence lies between, and
        no other event is told around the date ("It was 3 March 2020 when the family moved here")."""
        if _BIRTH_EVENT.search(text) is None:
            return
        for cue in _BIRTH_EVENT.finditer(text):
            window_end = min(len(text), cue.end() + 240)
            back = _BACK_TO_THE_BIRTH.search(text, cue.end(), window_end)
            if back is None:
                continue
            between = text[cue.end():back.start()]
            sentence_end = _SENTENCE_STOP.search(text, back.end("id"))
            rest = text[back.end("id"):sentence_end.start() if sentence_end else len(text)]
            if (_A_DATE_OR_YEAR.search(between) or "\n\n" in between or len(_SENTENCE_STOP.findall(between)) > 2
                    or _EVENT_WORDS.search(text, back.end("lead"), back.start("id"))
                    or _EVENT_WORDS.search(rest) or _WHEN.search(rest)):
                continue  # "She was born in Poland. It was 3 March 2020 when the family moved here": the move's
            day = wide_date(back["id"])
            if day is not None and _not_later(text, back.start("id"), day):
                yield Span(back.start("id"), back.end("id"), self.ENTITY, 0.8, "pattern")

    def _stacked(self, text: str) -> Iterator[Span]:
        """A birth date under a form's label column drawn out of a PDF ("Name\nDate of birth\nJo Bloggs\n
        12/03/2014"): read as a date, not in the future, a year or more before the text's latest other date."""
        for kind, start, end in stacked_values(text):
            if kind != "DATE_OF_BIRTH" or _WIDE_DATE_AT.fullmatch(text, start, end) is None:
                continue
            day = wide_date(text[start:end])
            others = [d for at, d in dates_of(text) if at != start]
            if day is not None and day <= dt.date.today() and (not others or (max(others) - day).days >= 365):
                yield Span(start, end, self.ENTITY, 0.9, "pattern")

    def _list_after(self, text: str, first: int, end: int, plural: bool) -> Iterator[Span]:
        """The dates after the first one a label leads on its line, each after a name ("Dates of birth: Mia
        02/02/2012, Eva 05/05/2015", "DOB: Ava 3/3/2012 and Jo 8/1/2016"), or after a separator alone when the
        label is plural ("DOBs: 02/02/2012, 05/05/2015"); an event's word or a sentence's end between stops it."""
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        while True:
            date = _WIDE_DATE_AT.search(text, end, line_end)
            if date is None:
                return
            gap = text[end:date.start()]
            names = _LISTED_NAME.fullmatch(gap)
            if names is None or _EVENT_WORDS.search(gap) or not (plural or names["name"]):
                return
            day = wide_date(date.group())
            # a birth is not in the future, nor a year after the text's latest date outside the list
            others = [d for at, d in dates_of(text) if not first <= at <= date.start()]
            if (day is None or day > dt.date.today() or others and (day - max(others)).days >= 366
                    or told_otherwise(text, date.end())):
                return
            yield Span(date.start(), date.end(), self.ENTITY, 0.8, "pattern")
            end = date.end()


_ANY_CUE = regex.compile(
    r"(?i)b[il1|!]rth|d[.\-]?[ ]?[o0][.\-]?[ ]?b|born|world|deliver|arrived|geni|ganwyd|aned|breith|rugadh|geb|naiss|nacim"
    r"|nacid|nasc|nat[oa][ ]il|n[ée]e?[ ]le|geboorte|urodz|narodz|ur\.|dogum|doğum|naști|naste|gimimo|narozen"
    r"|sz[üu]let|f[öø]d|syntym|^\*|\*[ ]?\d"
    r"|ganed|ei[ ]g?eni|ro(?:đ|dj|d)enj|narodeni|rojstv|na[șşs]t|n[ăa]scut|рожден|народжен|раждане|dzim[šs]an|s[üu]nni"
    r"|paid[ae]?[iy]?sh|naci[óo]|nasceu|gimė|dhashay|nac\.|pedaish|m[ie]{1,2}l[aā]{1,2}d|janam"
    r"|lindj|γέννησ|الميلاد|پیدائش|تولد|dhalash|ng[àa]y[ ]sinh|出生|জন্ম|जन्म|ਜਨਮ|જન્મ|பிறந்த|kapanganakan|lahir|kuzaliwa")
_BIRTH_NOUN = regex.compile(r"(?i)birth|d\.?[ ]?o\.?[ ]?b|b['’]?day")
_AGE_AT = regex.compile(r"(?<![\d/.:])\d{1,2}(?![\d/.:])[ ]*(?:(?:yrs?|years?|y|yo)(?:[ ]*old)?[ ]*)?[,;\-–—/()]",
                        regex.IGNORECASE)
_NAME_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?-i:{NAME})[ ]*(?:[,(\-–—][ ]*)\Z", regex.IGNORECASE)
_CUE_ONLY = regex.compile(_CUE, regex.MULTILINE | regex.IGNORECASE)

# An event told between the cue and the date: the date is that event's.
_EVENT_WORDS = regex.compile(
    r"(?i)\b(?:review|meeting|appointment|assessment|visit|visited|letter|dated|sent|issued|received|requested|hearing"
    r"|deadline|due|moved|started|joined|admitted|admission|discharged|excluded|referr\w*|observ\w*|report\w*"
    r"|school|nursery|college|clinic|session|exam|term|trip|incident|party|celebrat\w*|certificate|registered"
    r"|passport|UK|country|England|Wales|Scotland|Ireland|diagnos\w*|seen|saw|met|called|phoned|emailed|rang"
    r"|signed|completed|until|before|after|since|from|between|last|next|work|job|employment|today"
    r"|dates?(?![ ]+of[ ]+birth))\b")
# Another field's label among the words between ("DOB: TBC    Printed: 12/03/2025"): a capitalised word or two and
# a colon after a cell gap.
_OTHER_FIELD = regex.compile(r"(?:[ ]{2,}|\t)(?-i:\p{Lu})[\p{L}'’]*(?:[ ][\p{L}'’]+)?[ ]*:")
# An action's verb with its time ("was corrected on", "joined the school on"): the date is the action's.
_ACTION_ON = regex.compile(
    r"(?i)\b(?!(?:born|delivered|arrived|named|called)\b)\p{L}{3,}ed[ ]+(?:on|at|in|by|the|from|during)\b")
_BABY = regex.compile(
    r"(?i)\b(?:bab(?:y|ies)|newborn|new[ ]born|weigh\w*|\d+(?:\.\d+)?[ ]?(?:kg|lbs?|oz)|weeks|prem\w*|gestation"
    r"|c-section|caesarean|labour|SCBU|NICU|neonatal|little[ ]one|twins?|triplets)\b")
_PLACE_WORD = regex.compile(r"(?i)\b(?:in|to|from|into|home)\b|\bat[ ]+(?!\d)")  # "at 29 weeks" is a birth's
_SENTENCE_END = regex.compile(r"[.!?][ ]+\p{Lu}|[;]|\n[ \t]*\n")


_BRACKETED = regex.compile(r"\([^()]*\)")
# A birth told as an event, whose date may come in the next sentence; the next sentence pointing back to it.
_BIRTH_EVENT = regex.compile(r"(?i)\b(?:was|were)[ ]+born\b|\b(?:his|her|their)[ ]+birth\b(?![ ]+(?:date|certificate))")
_BACK_TO_THE_BIRTH = regex.compile(
    rf"(?i)(?<=[.!?;][ \t]{{1,3}}|[.!?][ \t]*\n[ \t]*)(?P<lead>(?-i:It|That|This)[ ]+(?:was|happened|would[ ]+have[ ]+been))"
    rf"[ ]+(?:on[ ]+|in[ ]+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ ]+)?(?P<id>{WIDE_DATE}){_WIDE_DATE_END}")
_SENTENCE_STOP = regex.compile(r"[.!?](?:[ \t]+|$)")
# A birth date restated right after itself, in brackets or after a slash ("2 Hydref 2014 (02/10/2014)").
_RESTATED = regex.compile(rf"[ \t]*(?:[(\[]|/)[ \t]*(?P<id>{WIDE_DATE}){_WIDE_DATE_END}", regex.IGNORECASE)
# A date, a year, or a day with its month only ("We met on 3 May", "on 12/03") told between: the later date is not
# the birth's.
_A_DATE_OR_YEAR = regex.compile(
    rf"(?i)(?<![\w/.\-])(?:{WIDE_DATE}|(?:19|20)\d\d(?!\d)|{_DAY}(?:[ ]+of)?[ ]+{_MONTH}|{_MONTH}[ ]+{_DAY}"
    r"|\d{1,2}[/.]\d{1,2}(?![\d]))")
_WHEN = regex.compile(r"(?i)\b(?:when|that|as|because)\b")
_CORRECTION_WORD = regex.compile(
    r"(?i)\b(?:correct(?:ed|ing|ion)?|wrong(?:ly)?|incorrect(?:ly)?|mistake|mistaken|error|typo|amend(?:ed)?|fix(?:ed)?"
    r"|change(?:d)?|update(?:d)?|not[ ]+right|isn['’]t[ ]+right|inaccurate"
    # another paper's claim that the next clause contradicts ("the plan says his birthday is 12 March, it is ...")
    r"|says|said|states|stated|shows|showed|has[ ]+(?:it|him|her)[ ]+as|recorded)\b")
_PLURAL_LABEL = regex.compile(r"(?i)dates|births|b['’]?s\b|b\.?s\b")
_WIDE_DATE_AT = regex.compile(rf"(?<![\w/.\-]){WIDE_DATE}{_WIDE_DATE_END}", regex.IGNORECASE)
# Between two dates of a list: separators, "and", and a person's name of up to three capitalised words (with a
# bracketed aside: "Omar (twin)").
_LISTED_NAME = regex.compile(
    r"[ \t]*(?:[,;/&|]|and|[\-–—])?[ \t]*(?P<name>(?:(?-i:\p{Lu})[\p{L}'’\-]+[ ]+){0,2}(?-i:\p{Lu})[\p{L}'’\-]+)?"
    r"[ \t]*(?:\([^()\n]{1,20}\))?[ \t]*(?:[:,\-–]|\(?(?:d\.?o\.?b\.?|b\.|born)[: ]*)?[ \t]*", regex.IGNORECASE)


def _another_event(text: str, match: regex.Match[str]) -> bool:
    between = match["between"]
    cue = match["cue"].lower()
    if match["aside"] and _a_label(match["cue"]):
        # a label's aside is a remark on the label ("DOB (per school records, which mum disputes): ..."): the words
        # around it are read, not its own
        at, end = match.start("aside") - match.start("between"), match.end("aside") - match.start("between")
        between = between[:at] + " " + between[end:]
    if _EVENT_WORDS.search(between) or _ACTION_ON.search(between) or _SENTENCE_END.search(between):
        return True
    if _OTHER_FIELD.search(between):
        return True  # "DOB: TBC    Printed: 12/03/2025": another field's label on the same row
    if "\n" in between and not _a_label(cue) and not between.lstrip(" \t").startswith(":"):
        return True  # prose does not carry its date to the next line ("Born:⏎12 Feb 2017" is a form's field)
    if cue in ("arrived",) or cue.endswith("delivered"):
        sentence_start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        sentence_end = regex.compile(r"[.!?\n]|$").search(text, match.end()).start()
        around = text[sentence_start:match.start("id")] + " " + text[match.end("id"):sentence_end]
        if _PLACE_WORD.search(between) or _BABY.search(around) is None:
            return True  # "arrived on 12 July 2021 from Syria": a family's move, not a baby's birth
    return False


# "…DOB on the draft is 02/07/2014, which is her date of admission": the text itself says whose date it is.
_TOLD_OTHERWISE = at_a_position(regex.compile(
    r"[ \t]*[,;(–\-]?[ \t]*(?:which|that)[ ]+(?:is|was)[ ]+(?:actually[ ]+|in[ ]+fact[ ]+|really[ ]+)?"
    r"(?:his|her|their|the|my|our)[ ]+(?:date|day)[ ]+of[ ]+(?!birth\b)", regex.IGNORECASE))


def told_otherwise(text: str, end: int) -> bool:
    """Whether the words after a date say it is another event's date ("…, which is her date of admission")."""
    return _TOLD_OTHERWISE.match(text, end) is not None


_GENEALOGY_AFTER = regex.compile(r"[ \t]*(?:$|[,;)\]]|in[ ]+(?-i:\p{Lu}))", regex.MULTILINE | regex.IGNORECASE)


def _a_given_name(word: str) -> bool:
    """A child's name before an age: a given name, or a word that is no English word and no heading's."""
    if word in NOT_NAMES or word.capitalize() in NOT_NAMES:
        return False
    return word.capitalize() in FIRST_NAMES or not is_english_word(word)


def _a_label(cue: str) -> bool:
    return _LABEL_ALONE.fullmatch(cue) is not None


def _other_dates(text: str, start: int, listed: frozenset[int] = frozenset()) -> list[dt.date]:
    # read once per text, shared with birth_context; ``listed``: other births of the same list, not the text's dates
    return [d for s, d in dates_of(text) if s != start and s not in listed]


def _not_later(text: str, start: int, day: dt.date, listed: frozenset[int] = frozenset()) -> bool:
    """A birth lies before today and not years after the text's latest other date."""
    if day > dt.date.today():
        return False
    others = _other_dates(text, start, listed)
    return not others or (day - max(others)).days < 366


def _age_agrees(text: str, start: int, day: dt.date, age: int, listed: frozenset[int] = frozenset()) -> bool:
    """Whether a child of ``age`` born on ``day`` has that age at the text's latest other date (or today)."""
    others = [d for d in _other_dates(text, start, listed) if d > day]
    at = max(others) if others else dt.date.today()
    years = at.year - day.year - ((at.month, at.day) < (day.month, day.day))
    return abs(years - age) <= 1 if others else 0 <= years - age <= 3
