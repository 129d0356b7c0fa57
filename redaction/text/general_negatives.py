"""Negatives of general English: look-alikes of names and phone numbers that case files rarely hold but shop
e-mails, bookings, forum posts and mixed-language messages do. Each check answers why a candidate is no person
(or no telephone number), or ``None``; none of them stands after a title ("Mr Wheeler & Sons" is still Mr Wheeler).

- an organisation: a legal form follows or ends the run ("Lumenwerk GmbH", "Harwell Dunmore LLP", "Wheeler &
  Sons"), or a trade's head word ends it and no word of it is a given name ("Octavo Power", "Hollins Telecom");
- a venue or a street standing alone: a place's head word ends the run ("Regent Street", "Covent Garden",
  "Hatherley Manor Hotel", a town's name before "Market" or "Castle": "Salamanca Market"), or a venue's word opens
  it ("Pizzeria Bella Napoli", "Trattoria Da Gino");
- a named thing after a capitalised "The" inside a sentence ("at The Red Lion", "watched The Godfather");
- a job title: a role's head word (or a word with a profession's ending: "Cardiologist") ends the run or follows
  it, after dictionary words ("Warehouse Operative", "Customer Success Manager", "Consultant Cardiologist");
- inside a greeting or a letter's closing of another language, read whole ("Kia ora", "Mit freundlichen Grüßen");
- capitalised dictionary words, none of them a given name: headings, form labels, titles of works ("Return
  Policy", "Thirty Days", "Great Expectations");
- ordinary words of another language (greetings, thanks, days and months, common words: "Grazie", "Buenas
  tardes", "Martedì", "Pazartesi"), currencies and languages ("Dollars, Euros", "Afrikaans");
- an abbreviation before its full stop ("Para. 12", "incl.");
- digits after another number's own label: an order, invoice, tracking, account or policy number shaped like a
  telephone number ("Invoice 0203 5521 88", "AWB 157-44318820"): :func:`why_not_a_phone`.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

import regex

from redaction.spans import Span
from redaction.text.names import TITLE, strip_possessive

__all__ = ["foreign_greeting", "foreign_ordinary", "spacy_stop_words", "why_general_thing", "why_not_a_phone"]

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’\-]*")
_TITLE_BEFORE = regex.compile(rf"(?i:{TITLE})\.?[ \u00a0]+\Z")
_TITLE_FIRST = regex.compile(rf"(?i:{TITLE})\.?[ \u00a0]+")  # "Mr Wheeler", "Dr Street": a title opens the candidate

# Legal forms of companies, as written after the name ("Edil Lombarda Srl", "Kaya Tekstil A.Ş."). The short
# capitals ("AG", "KG", "AS") are also somebody's initials ("KG and WG"): only straight after a name-like word.
_LEGAL_FORM = (
    r"GmbH|mbH|KGaA|GbR|Srl|S\.r\.l\.?|SpA|S\.p\.A\.?|Ltd|Ltda|Lda|LLP|LLC|Inc|PLC|plc|B\.V\.?|N\.V\.?|A/S|Oyj"
    r"|S\.A\.?|SARL|Sarl|Pty|Pvt|A\.Ş\.?|Kft|s\.r\.o\.?|S\.L\.?|Limited|Incorporated|Corporation"
    r"|&[ \u00a0]+(?:Co|Sons|Partners|Daughters|Associates)"
)
_SHORT_FORM = r"AG|KG|BV|NV|AS|ASA|AB|Oy|SA|SAS|SL|SRL|AŞ|Corp|Co\."
_LEGAL_AFTER = regex.compile(
    rf"(?:[ \u00a0]+(?:&[ \u00a0]+)?\p{{Lu}}[\p{{L}}'’\-]*){{0,3}}?,?[ \u00a0]+(?:{_LEGAL_FORM})(?![\p{{L}}\p{{N}}])"
)
_SHORT_FORM_ALONE = regex.compile(rf"(?:{_SHORT_FORM})")  # compiled once: regex.fullmatch(pattern, ...) looks it up per call
_SHORT_AFTER = regex.compile(rf"[ \u00a0](?:{_SHORT_FORM})(?![\p{{L}}\p{{N}}])")
_FIRM_BEFORE = regex.compile(r"(\p{Lu}\p{L}*\p{Ll})[ \u00a0]\Z")
_AMPERSAND_FIRM = regex.compile(r"(?:Co|Sons|Partners|Daughters|Associates)\b")
_LEGAL_LAST = regex.compile(rf"[ \u00a0](?:{_LEGAL_FORM})\.?\Z")
_SHORT_LAST = regex.compile(rf"\p{{Ll}}[ \u00a0](?:{_SHORT_FORM})\.?\Z")

# Contractions of pronouns, determiners and verbs, which a model reading a transcript's line may take for a name.
_CONTRACTIONS = frozenset("""
you're you've you'll you'd i'm i've i'll i'd we're we've we'll we'd they're they've they'll they'd he's he'll he'd
she's she'll she'd it's it'll that's that'll there's here's what's who's where's how's let's don't doesn't didn't
can't couldn't won't wouldn't shouldn't isn't aren't wasn't weren't haven't hasn't hadn't y'all ain't
""".split())

# After an article, a name followed by one of these lower-case heads names a thing after someone, not the person:
# "the Victoria line", "a Victoria sponge", "the Nobel prize", "the Elizabeth line", "an Arnold Palmer"-style drink
# aside. A family's or a case's word ("the Smith family", "the Jones case") is no such head: it still identifies.
_ARTICLE_BEFORE = regex.compile(r"(?:^|[^\p{L}])(?:[Tt]he|[Aa]n?)[ \u00a0]\Z")
_MODIFIED_HEAD_AFTER = regex.compile(
    r"[ \u00a0](?:line|sponge|cake|biscuit|pudding|tart|sandwich|plum|station|terminal|era|period|prize|award|medal"
    r"|cup|trophy|lecture|memorial|embankment|bridge|tube|route|loop|effect|principle|equation|theorem|manoeuvre"
    r"|maneuver|stakes|handicap)(?![\p{L}])")

# Head words of a trade's name: "Brightwater Analytics", "Dacosta Supplies", "Hollins Telecom".
_TRADE_HEADS = frozenset("""
Holdings Analytics Logistics Logistik Systems Solutions Technologies Technology Industries Enterprises Consulting
Consultants Energy Power Foods Supplies Supply Telecom Removals Cosmetics Lighting Construction Costruzioni
Construtora Bouw Haustechnik Tekstil İnşaat Media Labs Software Capital Motors Pharma Pharmaceuticals Insurance
Airlines Airways Design Designs Digital Trading Imports Exports Builders Plumbing Electrical Electricals Properties
Estates Lettings Homes Home Furniture Interiors Engineering Manufacturing Ventures Networks Communications Telecoms
Publishing Productions Entertainment Couriers Freight Shipping Travel Tours Cleaning Services Supermarket Stores
Garden Outlet Boutique Fashion Beauty Brewery Brewing Bakeries Dairies Farms Kitchens Appliances Electronics
Bank Banking Mutual Games Housing Group Support Union Credit Broadband Mobile Telecommunications Utilities Water
Homeware Homewares Hardware Crafts Textiles Fabrics Flooring Carpets Blinds Bathrooms Windows Roofing Scaffolding
Glazing Garage Tyres Autos Optics Opticians Chemists Solicitors Accountants Architects Surveyors Agents Jewellers
Florists Butchers Printers Stationers Decorators Upholstery Plastics Metals Landscaping Nurseries Veterinary Vets
""".split())

# Head words of a team or a club: "Aston Villa", "Harpenden Hawks", "Boca Juniors", "Riverside Striders".
_TEAM_HEADS = frozenset("""
United City Rovers Wanderers Athletic Athletico Atlético Albion Hotspur Juniors Rangers Harriers Striders Runners
Hawks Tigers Lions Eagles Wolves Bears Bulls Warriors Saints Giants Knights Raiders Sharks Falcons Panthers Dragons
Villa Orient Argyle Alexandra Academicals Thistle Wednesday Utd FC AFC CF SC
""".split())

# Head words of a venue, a street or a building standing alone: "Regent Street", "Hatherley Manor Hotel".
# Head words of a venue or a public building standing alone: "Hatherley Manor Hotel", "Grindhouse Coffee". A street
# ("Newhampton Road") or a house ("Fife House") is left alone: near a family's home it is an identifier.
_PLACE_HEADS = frozenset("""
Hotel Hostel Motel Theatre Theater Station Bakery Tavern Café Cafe Coffee Restaurant Pizzeria Takeaway Studios
Stadium Arena Mall Cathedral Abbey Museum Gallery Library Airport Exchange Arms Bistro Brasserie Diner Deli Salon
Spa Pharmacy Cinema Mosque Synagogue Gurdwara Mandir Racecourse Zoo Aquarium Marina
""".split())
# Streets and houses: never read as a heading's dictionary words ("Carrow Road", "Fife House").
_STREET_HEADS = frozenset("""
Street St Road Rd Avenue Ave Lane Square Gardens Garden Crescent Terrace Boulevard Parade Promenade Embankment Close
Drive Way Grove Place Row Walk Mews Court House Lodge Manor Cottage Farm Hill Green Park Rise View Vale Wharf Quay Pier
""".split())
# Heads that are also surnames ("Grace Hall", "Ryan Temple"): only after dictionary words, none a given name
# ("Town Hall"; "Albert Hall" is lost).
_PLACE_HEADS_SURNAMES = frozenset("Hall Tower Castle Temple Chapel Palace Inn Market Kitchen Studio Bar Grill".split())
_VENUE_KINDS = (r"(?:Pizzeria|Trattoria|Osteria|Ristorante|Taverna|Cantina|Café|Cafe|Caffè|Restaurant|Hotel|Hostal|Bar"
                r"|Pub|Bistro|Brasserie|Chez|Bodega|Boulangerie|Patisserie|Pâtisserie|Kebab[ \u00a0]House|Cinema|Théâtre"
                r"|Teatro)")
_VENUE_BEFORE = regex.compile(_VENUE_KINDS + r"[ \u00a0]+\Z")
# the kind inside the candidate: the model read "Pizzeria Bella Napoli" whole
_VENUE_FIRST = regex.compile(_VENUE_KINDS + r"[ \u00a0]+\p{Lu}")
# "at The Red Lion", "watched The Godfather": a capitalised article inside a sentence opens a named thing.
_THE_INSIDE = regex.compile(r"[\p{Ll}\p{N},][ \u00a0]+The(?:[ \u00a0]+(?:\p{Lu}[\p{L}'’\-]*|and|of|&)){0,3}?[ \u00a0]+\Z")

# Role heads of general work (those of case papers are :data:`redaction.text.named_things.ROLE_HEADS`).
_JOB_HEADS = frozenset("""
Manager Operative Leader Engineer Developer Analyst Accountant Chef Nurse Trainer Partner Executive Associate Planner
Designer Technician Clerk Cashier Barista Driver Operator Controller Buyer Auditor Specialist Officer Lead Supervisor
Director Assistant Coordinator Co-ordinator Consultant Administrator Receptionist Secretary Architect Scientist
Representative Rep Agent Advisor Adviser Programmer Tester Editor Writer Producer Strategist Owner Founder President
Intern Apprentice Foreman Porter Steward Stewardess Attendant Waiter Waitress Server Bartender Housekeeper Caretaker
Cleaner Electrician Plumber Mechanic Surveyor Inspector Pharmacist Dentist Midwife Paramedic Carer Teacher Tutor
""".split())
# Endings of the names of professions and specialists ("Cardiologist", "Paediatrician", "Physiotherapist",
# "Radiographer", "Optometrist", "Pharmacist"): a role's head word whatever the list above lacks.
_JOB_ENDING = regex.compile(r"(?:ologist|iatrist|ician|therapist|ographer|ometrist|opath|ist)\Z")


def _job_head(word: str) -> bool:
    """A role's head word: one of :data:`_JOB_HEADS`, or an English word with a profession's ending that reads
    as no name ("Cardiologist", "Orthoptist"; "Christ", "Baptist" as surnames aside: those are names)."""
    if word in _JOB_HEADS:
        return True
    return (len(word) >= 7 and word[:1].isupper() and _JOB_ENDING.search(word) is not None and _english_word(word)
            and not _name_reading(word))


# A product's model after its name: "V11", "S23", "KX-550", "7a", "Z14s", or a number ("Lindo 300"); never a
# postcode ("SW1A 1AA") nor more digits (a telephone number).
_MODEL_AFTER = regex.compile(
    r"[ \u00a0]+(?:\p{Lu}{1,4}-?\d{1,5}\p{L}{0,2}|\d{1,4}\p{Ll}{1,2}|\d{1,4})(?![\p{L}\p{N}\-/]|[.,:]\d|[ \u00a0]*\d)"
    r"(?![ \u00a0]+\d\p{Lu}{2}\b)"
)
_PREVIOUS_WORD = regex.compile(r"(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\-]*)[ \u00a0]\Z")
_SPACE = regex.compile(r"[ \u00a0]")
_NUMBER_AFTER = regex.compile(r"[ \u00a0]+\d")
_NEXT_WORD = regex.compile(r"[ \u00a0](\p{Lu}[\p{L}\-]*)(?:[ \u00a0](\p{Lu}[\p{L}\-]*))?")  # one space: no cell gap

_CURRENCIES = frozenset("""
dollar dollars euro euros pound pounds sterling yen yuan renminbi rupee rupees rand naira cedi cedis shilling
shillings zloty zlotys złoty złotych lira liras lire peso pesos reais rouble roubles ruble rubles krona kronor krone
kroner franc francs dirham dirhams riyal riyals ringgit baht dinar dinars taka kwacha forint koruna leu lei lev hryvnia
""".split())
_MORE_LANGUAGES = frozenset("""
Afrikaans Maori Māori Samoan Tongan Fijian Tagalog Filipino Hawaiian Xhosa Zulu Sesotho Setswana Tswana Shona Ndebele
Kinyarwanda Luganda Wolof Fula Fulani Oromo Tigrinya Amharic Malagasy Quechua Aymara Guarani Nahuatl Inuktitut
""".split())

_ABBREVIATIONS = frozenset("""
fig figs vol vols ch chap para paras approx incl excl dept ref refs no nos mt lt sr jr acct tel est misc qty pg pp sec
art appx min max avg govt intl corp assn ave blvd bros div ext hr hrs yr yrs wk wks mo cf ibid vs viz encl attn
""".split())

# Ordinary words of other languages that a mixed or translated message holds and a name list may also hold:
# greetings, thanks, days, months and common words (written for this project from general knowledge).
_FOREIGN_WORDS = """
ciao grazie prego buongiorno buonasera arrivederci salve stasera domani oggi ieri ristorante regalo bellissimo
bellissima buonissimo buonissima cena mille tanti auguri famiglia amici piacere scusi scusa allora andiamo vediamo
hola gracias buenos buenas días dias tardes noches mañana adiós adios saludos necesito ayuda pedido oficina mesa
reservar quisiera personas quiero gusto perdón perdon señor señora
hallo guten morgen abend danke bitte tschüss tschüs liebe lieber grüße gruß herzliche herzlichen rechnung lieferung
nachricht nachmittag vielen dank geehrte geehrter sehr bis bald termin
hoi goedemorgen goedemiddag goedenavond bedankt groetjes groeten vergadering tot ziens bloemen alstublieft graag
olá ola obrigado obrigada bom boa tarde noite tchau até amanhã muito ajuda encomenda presente abraço abraços beijos
saudades
merhaba teşekkürler teşekkür ederim günaydın iyi günler akşamlar görüşürüz görüşmek üzere lütfen evet hayır
toplantı siparişiniz yolda hoşçakal tamam
salamat kumusta kamusta ingat maraming tulong masarap pagkain paalam magandang umaga hapon gabi opo sa ng mo ka ko
kia ora tēnā tena koe kōrua korua koutou ngā nga mihi nui haere mai whānau whanau kai
baie dankie goeie môre middag totsiens asseblief koffie lekker
bonjour bonsoir merci salut réunion heures bisous
tack hej hejdå
dziękuję dzięki cześć
spasibo privet poka svidaniya
lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio marzo aprile maggio giugno luglio agosto
settembre ottobre novembre dicembre
lunes martes miércoles miercoles jueves viernes sábado domingo enero febrero abril junio septiembre octubre noviembre
diciembre
montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag januar februar märz juni juli oktober dezember
segunda-feira terça-feira quarta-feira quinta-feira sexta-feira janeiro fevereiro março maio junho julho setembro
outubro novembro dezembro
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart mei augustus
lundi mardi mercredi jeudi vendredi samedi dimanche janvier février fevrier mars avril juin juillet août aout
septembre octobre décembre
pazartesi salı çarşamba perşembe cuma cumartesi pazar ocak şubat nisan mayıs haziran temmuz ağustos eylül ekim kasım
aralık
vrydag saterdag sondag miyerkules huwebes biyernes linggo
kiitos paljon huomenna nähdään terveisin ystävällisin hyvää huomenta päivää
tak hjælpen hjelpen morgen hilsen venlig vennlig hilsner takk tusind tusen
köszönöm szépen köszi szia viszontlátásra jó napot reggelt
mulțumesc multumesc frumos curând curand bună ziua mâine
děkuji dekuji moc prosím prosim ďakujem dakujem zajtra zítra
ačiū aciu labai rytoj paldies rīt hvala lijepa sutra aitäh aitah homme
gràcies gracies bon dia demà adéu
"""
# Greetings and letter closings of other languages, read whole: a word of one may be a name elsewhere ("Kia",
# "Shalom"), never inside the phrase ("Kia ora Sharon", "Mit freundlichen Grüßen"). Written for this project from
# general knowledge.
_PHRASES = """
kia ora|tēnā koe|tena koe|mit freundlichen grüßen|mit freundlichen grüssen|viele grüße|liebe grüße|herzliche grüße
|beste grüße|schöne grüße|met vriendelijke groet|met vriendelijke groeten|hartelijke groeten|saludos cordiales
|un saludo|un abrazo|muchas gracias|cordiali saluti|distinti saluti|un abbraccio|buona giornata|bien cordialement
|bien à vous|bonne journée|bonne soirée|merci beaucoup|z poważaniem|z wyrazami szacunku|med vänlig hälsning
|med vänliga hälsningar|med venlig hilsen|med vennlig hilsen|ystävällisin terveisin|atenciosamente
|com os melhores cumprimentos|um abraço|muito obrigado|muito obrigada|saygılarımla|iyi çalışmalar|as-salamu alaykum
|assalamu alaikum|salam alaikum|wa alaikum salam|sat sri akal|talofa lava|malo e lelei|bula vinaka|ni sa bula
|mauri ora|aloha kakahiaka|mabuhay|shalom aleichem|sawubona|dumela mma|dumela rra|habari yako|jambo sana
"""
_PHRASE = regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:" + "|".join(
    regex.escape(p.strip()).replace(r"\ ", r"[ \u00a0]+") for p in _PHRASES.replace("\n", "").split("|")) + r")(?![\p{L}\p{M}])")
_PHRASE_REACH = 40  # the longest phrase, with room: the candidate may hold its last words only


def _in_a_phrase(text: str, span: Span) -> bool:
    """Whether the candidate lies inside a greeting or a closing of another language (:data:`_PHRASES`)."""
    start = max(0, span.start - _PHRASE_REACH)
    return any(m.start() <= span.start and span.end <= m.end()
               for m in _PHRASE.finditer(text, start, min(len(text), span.end + _PHRASE_REACH)))


# Particles of names are never cut ("Van Leeuwen", "de Graaf", "dos Santos", "ten Pas").
_PARTICLES = frozenset("""
van von de da di del della dei dos das du le la les ten ter den der el al bin bint ibn abu mac mc o ap st san santa
""".split())
_GIVEN_STRENGTH = 0.6
_SURNAME_STRENGTH = 0.5
# The languages whose stop words spaCy ships: those of the families UK services meet most, written in Latin script
# (Finnish, Danish, Norwegian, Hungarian, Romanian, Czech, Slovak, Lithuanian, Latvian, Croatian, Slovene, Estonian
# and Catalan added by the genperson2 work: their messages were read word by word as names).
_SPACY_LANGUAGES = ("it", "es", "de", "nl", "pt", "tr", "tl", "af", "fr", "sv", "pl", "fi", "da", "nb", "hu", "ro", "cs",
                    "sk", "lt", "lv", "hr", "sl", "et", "ca")


def spacy_stop_words(code: str) -> set[str]:
    """The stop words spaCy ships for language ``code``, read from their own module file: importing
    ``spacy.lang.<code>.stop_words`` runs the language package first, whose tokenizer exceptions compile
    large patterns (the eleven languages cost 2.7 CPU seconds, on the first candidate of every run)."""
    import importlib
    import importlib.util

    name = f"spacy.lang.{code}.stop_words"
    loaded = sys.modules.get(name)
    if loaded is None:
        languages = importlib.util.find_spec("spacy.lang")
        path = Path(languages.origin if languages and languages.origin else "").parent / code / "stop_words.py"
        spec = importlib.util.spec_from_file_location(f"_spacy_stop_words_{code}", path)
        if spec is None or spec.loader is None or not path.is_file():  # pragma: no cover - spaCy ships these files
            return set(importlib.import_module(name).STOP_WORDS)
        loaded = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(loaded)  # the file alone: a set of words, no imports
    return set(loaded.STOP_WORDS)


@lru_cache(maxsize=1)
def _foreign_words() -> frozenset[str]:
    from redaction.text.english import is_english_word
    from redaction.text.lexicons import FIRST_NAMES

    words = set(_FOREIGN_WORDS.split())
    for code in _SPACY_LANGUAGES:  # the stop words spaCy ships for each language (already a dependency)
        try:
            stop = spacy_stop_words(code)
        except (ImportError, AttributeError):  # pragma: no cover - spaCy always ships these
            continue
        # A stop word that is also an English word is left to the English reading ("die", "same", "come").
        words |= {w for w in stop if len(w) > 2 and not is_english_word(w)}
    lowered_names = {n.casefold() for n in FIRST_NAMES}
    return frozenset(w for w in words if w not in _PARTICLES and w not in lowered_names)


def _folded(word: str) -> str:
    return word.strip("'’").casefold().replace("\u0307", "")  # "İyi" folds to "i̇yi": the dot goes


@lru_cache(maxsize=16384)
def foreign_ordinary(word: str) -> bool:
    """Whether ``word`` is an ordinary word of another language (never a given name we know, nor a particle)."""
    bare = _folded(word)
    if len(bare) < 2 or bare not in _foreign_words() or _given(word):
        return False
    # Another language's stop words hold names of other peoples ("tayo", "tre"): only the hand-listed words
    # may be a word the gazetteer also lists as a name.
    return bare in _hand_words() or not _any_name(word)


@lru_cache(maxsize=16384)
def foreign_greeting(word: str) -> bool:
    """Whether ``word`` is one of the hand-listed greetings, thanks, days or months of another language ("Ciao",
    "Obrigada", "Martedì"): a word that may be cut from a name's edge. The stop words of other languages are not
    (some are surnames: "Pas", "Bis")."""
    bare = _folded(word)
    return len(bare) > 1 and bare in _hand_words() and not _given(word)


@lru_cache(maxsize=1)
def _hand_words() -> frozenset[str]:
    return frozenset(w for w in _FOREIGN_WORDS.split() if w not in _PARTICLES) & _foreign_words()


@lru_cache(maxsize=16384)
def _given(word: str) -> bool:
    """A given name we know, or one the gazetteer reads mostly as a given name ("Francesca", not "Ciao" or
    "Great", which some people also bear)."""
    from redaction.gazetteer import lookup
    from redaction.text.named_things import _given_name

    if _given_name(word) or _given_name(word.capitalize()):
        return True
    info = lookup(word.capitalize())
    return info is not None and info.first >= _GIVEN_STRENGTH


def _any_name(word: str) -> bool:
    from redaction.gazetteer import lookup

    info = lookup(word.capitalize())
    return info is not None and max(info.first, info.last) >= 0.2


@lru_cache(maxsize=16384)
def _name_reading(word: str) -> bool:
    """A given name, or a word the gazetteer reads mostly as a surname ("Baker", "Eke"; not "Great")."""
    from redaction.gazetteer import lookup

    if _given(word):
        return True
    info = lookup(word.capitalize())
    return info is not None and info.last >= _SURNAME_STRENGTH


def _english_word(word: str) -> bool:
    from redaction.text.english import is_english_word

    return is_english_word(word)


def _dictionary(word: str) -> bool:
    from redaction.text.english import is_common_word

    return is_common_word(word.casefold())


def why_general_thing(text: str, span: Span, *, loose: bool = True) -> str | None:
    """Why a person or place candidate is a general-English look-alike (see the module), or ``None``. ``loose``
    (a candidate below the exact score) also allows the readings a field's value must not get: dictionary
    words and words of another language."""
    if span.type not in ("PERSON", "LOCATION"):
        return None
    before = text[max(0, span.start - 40) : span.start]
    if _TITLE_BEFORE.search(before) is not None or _TITLE_FIRST.match(text, span.start, span.end) is not None:
        return None
    surface = text[span.start : span.end]
    words = [strip_possessive(w) for w in _WORD.findall(surface)]
    if not words:
        return None
    if _in_a_phrase(text, span):
        return "inside a greeting or a closing of another language ('Kia ora', 'Mit freundlichen Grüßen')"
    if surface.casefold().replace("’", "'") in _CONTRACTIONS:
        return "a pronoun's or a verb's contraction ('you're', 'That's'), no name"
    after = _LEGAL_AFTER.match(text, span.end)
    bare = surface.rstrip(".,")
    if ((after is not None and "\n" not in after.group(0)) or _LEGAL_LAST.search(bare) is not None
            or ((_SHORT_LAST.search(bare) is not None or (_SHORT_AFTER.match(text, span.end) is not None
                                                           and not words[-1].isupper()))
                and not any(_given(w) for w in words if w.casefold() not in _PARTICLES))):
        return "an organisation: a company's legal form follows ('Lumenwerk GmbH', 'Harwell Dunmore LLP')"
    if _SHORT_FORM_ALONE.fullmatch(surface) and (firm := _FIRM_BEFORE.search(before)) is not None and not _given(firm[1]):
        return "an organisation's legal form ('Nordhavn Logistik AS')"
    if _AMPERSAND_FIRM.match(surface) and before.endswith(("& ", "&\u00a0")):
        return "an organisation: '& Sons', '& Partners'"
    if span.type == "PERSON" and len(words) == 1 and _ARTICLE_BEFORE.search(before) is not None and (
            _MODIFIED_HEAD_AFTER.match(text, span.end) is not None):
        return "a name as a thing's modifier after an article ('the Victoria line', 'a Victoria sponge')"
    if span.type == "PERSON":
        given = any(_given(w) for w in words[:-1]) if len(words) > 1 else False
        last = words[-1]
        if len(words) > 1 and last in _TRADE_HEADS and not given:
            return "an organisation: a trade's head word ends it and no word is a given name ('Hollins Telecom')"
        if len(words) > 1 and last in _TEAM_HEADS and not given:
            return "a team or a club: a team's head word ends it and no word is a given name ('Aston Villa')"
        if _before_a_model(text, span):
            return "a product's name before its model ('Dyson V11', 'Galaxy S23', 'Lindo 300')"
        if len(words) > 1 and (last in _PLACE_HEADS or (last in _PLACE_HEADS_SURNAMES and (all(
                _english_word(w) and not _given(w) for w in words[:-1]) or _named_after_a_place(words[:-1])))):
            return "a venue, street or building standing alone ('Regent Street', 'Hatherley Manor Hotel')"
        if len(words) == 1 and last in _PLACE_HEADS:
            return "a venue's or a street's head word ('Street', 'Hotel')"
        head = _NEXT_WORD.match(text, span.end)
        if head is not None and "\n" not in head.group(0) and not any(_given(w) for w in words):
            if head.group(1) in _PLACE_HEADS or (head.group(1) in _PLACE_HEADS_SURNAMES and _named_after_a_place(words)):
                return "a venue, street or building standing alone: its head word follows ('Regent Street')"
            if head.group(1) in _TEAM_HEADS or head.group(1) in _TRADE_HEADS:
                return "a team, a club or a firm: its head word follows ('Manchester United', 'Dacosta Supplies')"
            second = head.group(2)  # "Macmillan" before "Cancer Support": the head ends the next two words
            if second is not None and (second in _TEAM_HEADS or second in _TRADE_HEADS) and not _given(head.group(1)):
                return "a team, a club or a firm: its head word follows ('Manchester United', 'Dacosta Supplies')"
        if _VENUE_BEFORE.search(before) is not None or _VENUE_FIRST.match(surface) is not None:
            return "a venue's name after its kind ('Pizzeria Bella Napoli')"
        if _THE_INSIDE.search(before) is not None and not any(_given(w) for w in words):
            return "a named thing after a capitalised 'The' inside a sentence ('at The Red Lion')"
        why = _why_job_title(text, span, words)
        if why is not None:
            return why
    if (span.score < 0.9 and len(words) == 1 and words[0].casefold() in _ABBREVIATIONS
            and (text.startswith(".", span.end) or _NUMBER_AFTER.match(text, span.end) is not None)):
        return "an abbreviation before its full stop ('Para. 12', 'incl.')"
    capitalised = [w for w in words if w[:1].isupper()]
    if capitalised and all(w.casefold() in _CURRENCIES or w in _MORE_LANGUAGES for w in capitalised):
        return "a currency or a language ('Dollars, Euros', 'Afrikaans')"
    if not loose:
        return None
    if any(foreign_ordinary(w) for w in words) and all(foreign_ordinary(w) or w in _PARTICLES for w in words):
        return "ordinary words of another language ('Grazie', 'Buenas tardes', 'Martedì')"
    if (span.type == "PERSON" and len(words) > 1 and words[-1] not in _STREET_HEADS
            and all(w[:1].isupper() and len(w) > 2 for w in words)
            and all(_dictionary(w) and not _name_reading(w) for w in words)):
        return "capitalised dictionary words, no given name: a heading, a label or a title ('Return Policy')"
    return None


def _named_after_a_place(words: list[str]) -> bool:
    """Every word is a place we know and none a given name: a venue named after its town ("Salamanca Market",
    "Windsor Castle"; "Chester Hall" may be a man)."""
    from redaction.places import lookup

    return all(lookup(w) is not None and not _given(w) for w in words)


def _before_a_model(text: str, span: Span) -> bool:
    """Whether the span's words, up to a model code inside it or just after it, name a product: "Kelvana KX-550"
    (the candidate may hold the code, or stop inside it: "Kelvana KX"); never when a given name is among them."""
    ends = [m.start() for m in _SPACE.finditer(text, span.start, span.end)] + [span.end]
    for end in ends:
        model = _MODEL_AFTER.match(text, end)
        if model is None:
            continue
        code = model.group(0).strip()
        words = _WORD.findall(text, span.start, end)
        return bool(words) and not any(_given(w) for w in words) and (not code.isdigit() or int(code) >= 100)
    return False


def _why_job_title(text: str, span: Span, words: list[str]) -> str | None:
    from redaction.text.english import is_english_word
    from redaction.text.lexicons import NOT_NAMES

    following = _NEXT_WORD.match(text, span.end)
    run = list(words)
    if not _job_head(words[-1]) and following is not None and "\n" not in following.group(0):
        tail = [w for w in following.groups() if w]
        if _job_head(tail[-1]):
            run += tail
        elif _job_head(tail[0]):
            run.append(tail[0])
    if not _job_head(run[-1]):
        return None
    if len(run) == 1:  # "the Warehouse Operative": the candidate may be the head alone, widened later
        previous = _PREVIOUS_WORD.search(text, max(0, span.start - 30), span.start)
        if previous is not None and not _given(previous.group(1)) and (
                previous.group(1) in NOT_NAMES or is_english_word(previous.group(1))):
            return "a job title: a role's head word after dictionary words, no given name ('Warehouse Operative')"
        return None
    if all(w in NOT_NAMES or (w.isupper() and len(w) <= 4) or (is_english_word(w) and not _given(w))
           for w in run[:-1]):
        return "a job title: a role's head word after dictionary words, no given name ('Warehouse Operative')"
    return None


# Another number's own label just before the digits; a telephone word in between keeps the number a phone
# ("Order queries: call 0800 ...").
_NUMBER_LABEL = regex.compile(
    r"(?i)\b(?:order|invoice|inv|awb|air[ ]?waybill|waybill|acct|account|a/c|tracking|track|consignment|parcel"
    r"|shipment|po|purchase[ ]order|claim|policy|ticket|serial|membership|booking|reservation|transaction|receipt"
    r"|customer[ ]id|customer[ ](?:no|number)|member[ ](?:no|number)|sku|imei|batch|lot)"
    r"\W{0,3}(?:(?:no|nos|number|num|nr|id|ref|reference|code|#)\b\.?\W{0,3}){0,2}\Z"
)


def why_not_a_phone(text: str, start: int) -> str | None:
    """Why digits at ``start`` shaped like a telephone number are another number: its own label stands just
    before it ("Invoice 0203 5521 88", "Order No. 07812 334 590", "AWB 176-38840215")."""
    before = text[max(0, start - 30) : start]
    if _NUMBER_LABEL.search(before) is not None:
        return "another number's label stands before it (an order, invoice, tracking or account number)"
    return None
