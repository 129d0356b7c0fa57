"""Look-alikes of names and references in UK SEND paperwork that the other negative readers do not know, each
kept with its reason (issue: a candidate is removed unless a specific negative explains why not).

Name candidates (:func:`why_send_thing`):

- **an organisation named after a person** ("Leonard Cheshire", "Sue Ryder", "Claire House", "Betsi Cadwaladr
  University Health Board", "the Percy Hedley School", "John Lewis"): hospices, colleges, charities, health boards
  and shops that carry a founder's or patron's name. The whole name must stand in the text; never after a title
  ("Mrs Cheshire" is somebody);
- **a public figure or a fictional character** the school and clinic papers name ("Chris Packham", "Joe Wicks",
  "Captain Tom", "Miss Honey", "Madame Gazelle", "Doctor Who"): whole names only, none an ordinary given name
  alone;
- **a condition, medicine, assessment or therapy** of paediatric and SEND practice the other lists lack (eponymous
  syndromes written without "syndrome": "Landau-Kleffner", "Phelan-McDermid", "Cornelia de Lange"; medicines by
  brand: "Intuniv", "Slenyto", "Epilim Chrono"; instruments: "ADI-R", "Leiter-3", "Neale Analysis"; therapies:
  "Tac Pac", "Talking Mats", "Lámh");
- **a room or a hall of a building** ("Main Hall", "Sports Hall"), a tribunal's "Scott schedule", early years'
  "Mark making", "per annum", a palsy's distribution ("spastic diplegia"): a word of the phrase, whoever else in
  the text bears the name;
- **parents' forum shorthand** ("DS (9)", "DD2", "DH", "MIL", "OH"): the family's relations in Mumsnet's code,
  counted only where the text writes a second one or an age after it;
- **an endearment, a family word, a greeting or a blessing of a family's message** ("Little Man", "Madam", "Nanna", "Hunny",
  "habibti", "Mashallah", "Jazakallah khair", "Insha'Allah");
- **a label or an ordinary word of a Welsh or Irish form** ("Enw", "Dyddiad geni", "Llofnod y rhiant", "Athrawes",
  "Pennaeth", "Príomhoide", "Blwyddyn 6", "Cynllun Datblygu Unigol", "Siôn Corn"), and Welsh bodies ("Gyrfa
  Cymru", "TGP Cymru", "Welsh Govt");
- **a county's, council's or city's name as a service's area** ("Kent families", "Norfolk's SEMH strategy",
  "the Suffolk model"; a site there, "the Wirral branch", stays a place, as an office does): :func:`why_service_area`;
- **what the text itself explains**: a title in quotation marks beside a word of a work ("\"Matilda\" is the book of
  the half-term"), a word explained as a relation ("Lola = grandmother in Tagalog"), a maker's name for its product
  the text names ("my Perkins" in a text about Braille), an item of a list after a kind of work or character ("your
  favourite character (Paddington, Harry Potter, ...)");
- **a template's placeholder** ("[Child's name]", "{{first_name}}", "<<Parent name>>") and a **field name of an
  export** ("case_ref", ``"primary_need":``): the slot, not its value.

Reference candidates (:func:`why_thing_number`): a code right after a label that numbers a thing, not a person - a
medicine's batch or lot and expiry, an equipment's serial, model or asset tag, a product's SKU, part or catalogue
number, a book's ISBN, a budget or cost code, a diagnosis's ICD, DSM or SNOMED code.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from redaction.spans import Span
from redaction.text.lexicons import EPONYMS
from redaction.text.names import TITLE

__all__ = ["why_send_thing", "why_service_area", "why_thing_number"]

_TITLE_BEFORE = regex.compile(rf"(?i:{TITLE})\.?[ \u00a0]+\Z")

# Organisations that carry a person's name: hospices, residential schools and colleges, charities, health boards,
# shops and brands a case file mentions.
_PERSON_NAMED_ORGANISATIONS = """
Leonard Cheshire|Sue Ryder|Marie Curie|Macmillan nurse|Macmillan nurses|Macmillan Cancer Support|Claire House|Martin House|Julia's House
|Helen & Douglas House|Helen and Douglas House|Ronald McDonald House|Naomi House
|Zoe's Place|Tŷ Hafan|Ty Hafan|Keech Hospice
|Percy Hedley|Percy Hedley School|David Lewis Centre|David Lewis School|Treloar's|Treloar|Dame Hannah Rogers
|Dame Hannah Rogers Trust|Chailey Heritage|Henshaws|St Piers|Seashell Trust|Camphill|Ruskin Mill|Peto Institute
|National Star|National Star College|Derwen College|Portland College|Nash College|Beaumont College|Linkage College
|Betsi Cadwaladr|Betsi Cadwaladr University Health Board|Aneurin Bevan|Aneurin Bevan University Health Board
|Hywel Dda|Hywel Dda University Health Board|Florence Nightingale Foundation|Florence Nightingale Hospice
|Nuffield Trust|Nuffield Health|Nuffield Foundation|Joseph Rowntree Foundation|Paul Hamlyn Foundation
|John Lewis|John Lewis Partnership|Ted Baker|Marks & Spencer|Marks and Spencer|Clarks|Matalan|Primark|
|Morrisons|Dunelm|Hobbycraft|Smyths|WH Smith|Waterstones|Boots|Thorntons|Greggs
|Great North Children's Hospital|Royal Manchester Children's Hospital|Sheffield Children's Hospital
|Birmingham Children's Hospital|Bristol Royal Hospital for Children|Noah's Ark Children's Hospital
|Evelina London|Great Ormond Street Hospital|Alder Hey Children's Hospital|Jessop Wing|Royal Marsden
|Acorns Children's Hospice|Shooting Star Children's Hospices|Rainbows Hospice|Little Havens|Hope House
|Tŷ Gobaith|Ty Gobaith|Children's Hospice South West|Rainbow Trust|Make-A-Wish|Dreams Come True
"""

# Public figures and characters of books and television; whole names, none an ordinary given name alone.
_FIGURES_AND_CHARACTERS = """
Chris Packham|Joe Wicks|Captain Tom|Captain Tom Moore|Sir Captain Tom|Temple Grandin|King Charles|Queen Elizabeth
|Prince William|Prince Harry|Princess of Wales|Prince of Wales|Stephen Hawking|Dr Ranj|Mrs Hinch|Jamie Oliver
|Gordon Ramsay|Tom Daley|Ellie Simmonds|Jonnie Peacock|Tanni Grey-Thompson|Rose Ayling-Ellis|Mo Farah
|Lionel Messi|Cristiano Ronaldo|Harry Kane|Bukayo Saka|Taylor Swift|Ed Sheeran|Dua Lipa|Billie Eilish
|Michael Rosen|Cressida Cowell|Liz Pichon|Jeff Kinney|Dav Pilkey|Rick Riordan|Philip Pullman
|Lewis Hamilton|Emma Raducanu|Serena Williams|Usain Bolt|Elon Musk|Boris Johnson|Rishi Sunak
|Keir Starmer|Miss Honey|Miss Trunchbull|Madame Gazelle|Peppa Pig|George Pig|Daddy Pig|Mummy Pig|Doctor Who
|Paw Patrol|Stick Man|Room on the Broom|Supertato|Biff and Chip|Biff, Chip and Kipper
|Mr Tumble|Tinky Winky|Iggle Piggle|Makka Pakka|Upsy Daisy|Bing Bunny|Hey Duggee|Duggee
|Fireman Sam|Postman Pat|Ben and Holly|Shaun the Sheep|Wallace and Gromit|Wallace & Gromit|Pingu|Thomas the Tank
|Danger Mouse|Scooby-Doo|Scooby Doo|SpongeBob|Mickey Mouse|Minnie Mouse|Buzz Lightyear|Lightning McQueen
|Hermione Granger|Ron Weasley|Harry Potter|Willy Wonka|Charlie Bucket|Fantastic Mr Fox|The BFG|BFG|James and the Giant Peach
|Dog Man|Captain Underpants|Percy Jackson|Greg Heffley|Wimpy Kid|Charlie and Lola|Mr Gum|Katie Morag
|Spot the Dog|Kipper the Dog|Miffy|Gruffalo's Child|Super Mario|Princess Peach|Pikachu|
|Iron Man|Captain America|Black Panther|Wonder Woman|Elsa and Anna|Encanto|Bluey and Bingo
"""

# Conditions, medicines, assessments and therapies of paediatric and SEND practice.
_CLINICAL = """
Landau-Kleffner|Lennox-Gastaut|Osgood-Schlatter|Phelan-McDermid|Pitt-Hopkins|Coffin-Siris|Coffin-Lowry|Sturge-Weber
|Cornelia de Lange|Sotos|Kabuki|DiGeorge|Moebius|Möbius|Wilms tumour|Batten disease|Erb's palsy|Erb's
|Sydenham's chorea|Sydenham's|Legg-Calvé-Perthes|Legg-Calve-Perthes|Tay-Sachs|Niemann-Pick|Beckwith-Wiedemann
|Silver-Russell|Russell-Silver|Smith-Lemli-Opitz|Wolf-Hirschhorn|Cri du Chat|Cri-du-Chat|Kleefstra|Koolen-de Vries
|Rubinstein-Taybi|Dandy-Walker|Arnold-Chiari|Guillain-Barré|Guillain-Barre|Stevens-Johnson|Kawasaki
|Ehlers-Danlos|Klinefelter|Angelman|Prader-Willi|Rett|Dravet|Tourette|Asperger
|Hirschsprung|Perthes|Duchenne|Crohn|Kabuki syndrome|Sotos syndrome
|Atomoxetine|Strattera|Guanfacine|Intuniv|Clonidine|Lamotrigine|Lamictal|Epilim|Epilim Chrono|Sodium valproate
|Baclofen|Botox|Botulinum|Glycopyrronium|Glycopyrrolate|Omeprazole|Esomeprazole|Equasym|Equasym XL|Ritalin
|Medikinet|Concerta|Xaggitin|Delmosart|Elvanse|Lisdexamfetamine|Dexamfetamine|Slenyto|Circadin|Melatonin
|Aripiprazole|Abilify|Risperidone|Risperdal|Quetiapine|Fluoxetine|Prozac|Sertraline|Citalopram|Tegretol
|Carbamazepine|Levetiracetam|Keppra|Topiramate|Topamax|Ethosuximide|Zarontin|Zonisamide|Zonegran|Clobazam
|Frisium|Midazolam|Buccolam|Epistatus|Diazepam|Stesolid|Salbutamol|Ventolin|Clenil|Beclometasone|Montelukast
|Singulair|Cetirizine|Loratadine|Lactulose|Laxido|Movicol|Dioralyte|Gaviscon|Calpol|Nurofen|Ibuprofen
|Paracetamol|Amoxicillin|Trimethoprim|Nitrofurantoin|Folic acid|folic acid|Vigabatrin|Sabril|Stiripentol
|Fenfluramine|Fintepla|Epidyolex|Nusinersen|Spinraza|Kuvan|Creon|Pancreatin|Hydrocortisone|Fludrocortisone
|Desmopressin|DDAVP|Oxybutynin|Propranolol|Chloral|Promethazine|Phenergan|Piriton|Gabapentin|Pregabalin
|Omnipod|Dexcom|FreeStyle Libre|NovoRapid|Humalog|Lantus|Levemir|Tresiba|Fiasp
|ADI-R|ADOS|ADOS-2|DISCO|3di|CCC-2|TROG|TROG-2|Neale Analysis|Neale Analysis of Reading Ability|Schonell
|Raven's|Raven's Progressive Matrices|Leiter-3|Leiter-R|Mullen Scales|PEDI-CAT|PEDI|BRIEF|BRIEF-2
|SRS|SRS-2|DASH|DASH 17+|PhAB|PhAB-2|WRAT|WRAT-5|TEA-Ch|TEA-Ch2|Test of Everyday Attention|ABAS|ABAS-3|GARS|GARS-3
|PPVT|ACE 6-11|Bury Infant Language Test|DST-J|DST-S|LASS|CTOPP|CTOPP-2|TOWRE|TOWRE-2|GORT|YARC|NARA
|WIAT|WIAT-III|WIAT-4|Burt Reading Test|Vernon Graded Word Spelling Test|Young's Parallel Spelling|
|Phonological Assessment Battery|Draw-a-Person|Sensory Profile|Sensory Profile 2|SPM|SPM-2|M-CHAT
|Q-CHAT|AQ-10|SNAP-IV|Vanderbilt|KADDS|ASRS|DAWBA|RCADS|Beck Youth|BYI|PHQ-9|GAD-7
|Tac Pac|TacPac|Sensology|Rebound Therapy|Talking Mats|PODD|Objects of Reference|On Body Signing
|DIR/Floortime|Floortime|It Takes Two to Talk|More Than Words|Hanen|Lámh|Lamh|Hydrotherapy|Conductive Education
|Riding for the Disabled|RDA|Musical Interaction|Bag Books|Sensory Stories|Aided Language|Eyegaze|Eye Gaze
|Smartbox|Jabbla|Grid Pad|Accent 1000|NovaChat|Snap Core First|TD Snap|Blissymbols|Braille
|Attention Autism|Bucket Time|Intensive Interaction|Halliwick|Bobath|Lidcombe|Palin PCI|
|autyzm|autismo|autisme|Autismus|dysleksja|Pivotal Response|Early Start Denver Model|ESDM|PACT|Paediatric Autism Communication Therapy|SCERTS|TEACCH
"""

# Rooms and halls; phrases whose word is a name elsewhere.
_PHRASES = """
Main Hall|Sports Hall|School Hall|Dining Hall|Assembly Hall|Village Hall|Great Hall|Church Hall|Lower Hall
|Upper Hall|Small Hall|Big Hall|Children and Young People|Young People's Service|Named Person|Named Person Service|Scott schedule|Scott Schedule|Mark making|Mark-making|mark making|per annum
|Per annum|spastic diplegia|diplegia|hemiplegia|quadriplegia|triplegia|monoplegia|Letterbox contact|Letterbox
"""

# Endearments, greetings and blessings of families' messages.
_ENDEARMENTS = """
Little Man|Little man|Little Lady|Little lady|Nanna|Nannie|Grampy|Grampa|Gramps|Granda|Grandda|Bampi|Bampy|Madam|Madam's|Bestie|Bubba|Bubs|Hunny|Hunni|Babe|Babes|
|Mama|Mamma|Habibi|habibi|Habibti|habibti|Yalla|yalla|Insha'Allah|Inshallah|InshaAllah|Insha Allah
|Mashallah|MashaAllah|Masha'Allah|Jazakallah|JazakAllah|Jazakallah khair|JazakAllah khair|Alhamdulillah
|Salaam|Salam|Assalamu alaikum|Walaikum salaam|Subhanallah|Bismillah|Ameen|Mazel tov|Shalom|Namaste
|Sat Sri Akal|Waheguru|Dzień dobry|Dziękuję|Przepraszam|Pani|Proszę|Merci|Madame|Bonne journée|Bonjour
"""

# Labels and ordinary words of Welsh and Irish forms and letters, Welsh bodies.
_WELSH_AND_IRISH = """
Enw|Enw llawn|Cyfenw|Dyddiad geni|Dyddiad|Cyfeiriad|Cod post|Llofnod|Llofnod y rhiant|Rhiant|Rhiant/Gofalwr
|Athro|Athrawes|Pennaeth|Dirprwy Bennaeth|Cymorth|Cynorthwyydd|Cynorthwyydd Addysgu|Croeso|Iechyd|Lles
|Meithrin|Cylch Meithrin|Mudiad Meithrin|Blwyddyn|Cynllun Datblygu Unigol|Gynllun Datblygu Unigol
|Cynllun Datblygu|Gwasanaeth|Gwasanaeth Cymorth Ieuenctid|Gyrfa Cymru|TGP Cymru|Welsh Govt|Welsh Government
|Llywodraeth Cymru|Siôn Corn|Sion Corn|Mam-gu|Tad-cu|Mamgu|Tadcu|Dydd Gŵyl Dewi|Dydd Gwyl Dewi|Nodiadau
|Hebryngwr|Gyrrwr|Disgybl|Ysgol Gymraeg|Príomhoide|Priomhoide|Múinteoir|Muinteoir|Leas-Phríomhoide
|Gaelscoil|Gaelscoileanna|Naíscoil|Bunscoil|Tuismitheoir|Gaelic Medium Education|Romanes|Romani|Foghlam tro Mheadhan na Gàidhlig
"""


# A department's or a mailbox's name ("From: Bookings", "Admissions will write"), and the party a form or a tribunal
# names by role ("Applicant's National Insurance number", "the Appellant"): whole candidates only.
_DEPARTMENTS = frozenset("""Bookings Booking Enquiries Admissions Accounts Payroll Reception Helpdesk Estates Facilities
Noreply No-reply Donotreply Safeguarding Transport Finance Procurement Commissioning Brokerage Admin Administration
Applicant Applicants Appellant Appellants Respondent Respondents Claimant Complainant Referrer Requester Signatory
Nominee Tenant Landlord Guarantor Patient Client Resident Candidate Claimants""".split())
# A field's label of a word and "ID", "No" or "Ref" ("App ID", "Member No", "Job Ref").
_LABEL_TAIL = frozenset("ID Id No No. Ref Ref. Number Code".split())
_SUBJECT_BEFORE = regex.compile(r"(?im)^[ \t]*(?:subject|subj|re)[ \t]*:[ \t]*(?:(?:re|fw|fwd)[ \t]*:[ \t]*)*\Z")


def _given_name(word: str) -> bool:
    """A given name of the lexicon, or one the name gazetteer counts as a given name more often than not."""
    from redaction.gazetteer import lookup
    from redaction.text.lexicons import FIRST_NAMES

    info = lookup(word)
    return word in FIRST_NAMES or (info is not None and info.first >= 0.6)


def _department_or_label(text: str, span: Span) -> str | None:
    """A department, a mailbox or a party named by role; a field's label; a common word opening a subject line."""
    from redaction.text.english import is_common_word

    surface = text[span.start : span.end]
    words = surface.split()
    if len(words) == 1 and surface.rstrip("'’s") in _DEPARTMENTS:
        return "a department, a mailbox or a party named by its role ('From: Bookings', 'Applicant's NI number')"
    if (len(words) == 2 and words[1] in _LABEL_TAIL and words[0][:1].isupper()
            and is_common_word(words[0].lower()) and not _given_name(words[0])):
        return "a field's label ('App ID', 'Member No')"
    if (len(words) == 1 and surface.istitle() and is_common_word(surface.lower()) and not _given_name(surface)
            and _SUBJECT_BEFORE.search(text, max(0, span.start - 40), span.start) is not None
            and regex.match(r"[ ]+\p{Ll}", text[span.end : span.end + 3]) is not None):
        return "a common word opening an e-mail's subject ('Subject: New apprentice')"
    return None


def _alternation(block: str) -> list[str]:
    return [w.strip() for w in block.replace("\n", "").split("|") if w.strip()]


_EDGE_L = r"(?<![\p{L}\p{N}\-])"
_EDGE_R = r"(?![\p{L}\p{N}\-]|['’]?\p{L})"


@lru_cache(maxsize=1)
def _lists() -> tuple[tuple[regex.Pattern[str], str], ...]:
    """Each list's alternation (longest first, as written: case counts), with its reason."""
    reasons = (
        (_PERSON_NAMED_ORGANISATIONS, "an organisation named after a person ('Leonard Cheshire', 'Claire House')"),
        (_FIGURES_AND_CHARACTERS, "a public figure or a fictional character ('Joe Wicks', 'Miss Honey')"),
        (_CLINICAL, "a condition, medicine, assessment or therapy ('Landau-Kleffner', 'Intuniv', 'Leiter-3')"),
        (_PHRASES, "a word of a room's or a phrase's name ('Main Hall', 'Scott schedule', 'Mark making')"),
        (_ENDEARMENTS, "an endearment, greeting or blessing of a family's message ('Little Man', 'Mashallah')"),
        (_WELSH_AND_IRISH, "a label or word of a Welsh or Irish form ('Enw', 'Dyddiad geni', 'Príomhoide')"),
    )
    out = []
    for block, reason in reasons:
        # a name the eponym lexicon holds is left to its own reader (its reason names it an eponym)
        names = sorted({n for n in _alternation(block) if n not in EPONYMS}, key=len, reverse=True)
        body = "|".join(r"[ \u00a0]+".join(regex.escape(part) for part in n.split(" ")) for n in names)
        out.append((regex.compile(rf"{_EDGE_L}(?:{body})(?:['’]s)?{_EDGE_R}"), reason))
    return tuple(out)


@lru_cache(maxsize=1)
def _list_words() -> frozenset[str]:
    """Every word of every listed name, folded: a candidate none of whose words is one is in no listed name."""
    blocks = (_PERSON_NAMED_ORGANISATIONS, _FIGURES_AND_CHARACTERS, _CLINICAL, _PHRASES, _ENDEARMENTS, _WELSH_AND_IRISH)
    return frozenset(w.casefold() for block in blocks for name in _alternation(block) for w in _GATE_WORD.findall(name))


_GATE_WORD = regex.compile(r"[\p{L}\p{N}]+")


def _may_be_listed(surface: str) -> bool:
    words = _list_words()
    return any(w.casefold() in words for w in _GATE_WORD.findall(surface))


_WINDOW = 60
# "Blwyddyn 6": a year group's number after the Welsh word.
_WELSH_YEAR = regex.compile(r"Blwyddyn[ \u00a0]+\d{1,2}\b")
# "P5", "S2": a Scottish or Northern Irish year group, read by a name reader as an initial.
_YEAR_GROUP = regex.compile(r"(?<![\p{L}\p{N}])[PS][1-7](?![\p{L}\p{N}])")
# Parents' forum shorthand: darling son/daughter/husband/wife/partner, other half, in-laws, step-children.
_FORUM = regex.compile(r"(?<![\p{L}\p{N}])(?:DS|DD|DH|DW|DP|OH|MIL|FIL|SIL|BIL|DSS|DSD|DGC)(?:\d)?(?![\p{L}])")
_FORUM_AGE_AFTER = regex.compile(r"[ \u00a0]*\((?:\d{1,2}|\d{1,2}[ ]?(?:yo|y|yrs?|months?|m))\)|\d\b")
# A template's slot: [Child's name], {{first_name}}, <<Parent name>>, [date]; an export's field name.
_PLACEHOLDER = regex.compile(r"\{\{[^{}\n]{1,40}\}\}|<<[^<>\n]{1,40}>>|\[[^\[\]\n]{1,40}\]")
_SLOT_WORD = regex.compile(
    r"(?i)name|forename|surname|child|parent|carer|date|dob|address|school|insert|enter|pupil|young[ ]person"
    r"|first|last|redacted|signature|ref|number|postcode|phone|email")
_SNAKE = regex.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+")
_JSON_KEY_AFTER = regex.compile(r"[\"'][ \t]*:")
# Words of a field's name in an export ("child_id", "primary_need", "review_date").
_FIELD_PARTS = frozenset("""id ref reference name names first last forename forenames surname given family dob date
birth need needs type status code number no num address postcode email phone tel mobile school year band officer
primary secondary child parent carer case review upn uln nhs gender sex ethnicity language created updated""".split())


def _covering(pattern: regex.Pattern[str], text: str, span: Span) -> bool:
    lo = max(0, span.start - _WINDOW)
    for match in pattern.finditer(text, lo, min(len(text), span.end + _WINDOW)):
        if match.start() <= span.start and span.end <= match.end():
            return True
        if match.start() >= span.end:
            break
    return False


_INITIALISMS_AFTER = regex.compile(r"(?:[ \u00a0]+\p{Lu}{2,5})+\Z")


def _opens_a_listed_name(text: str, span: Span) -> bool:
    """A listed name opens the candidate and only initialisms follow it inside ("Welsh Govt ALN")."""
    surface = text[span.start : span.end]
    for pattern, _ in _lists():
        match = pattern.match(surface)
        if match is not None and match.end() < len(surface) and _INITIALISMS_AFTER.fullmatch(surface, match.end()):
            return True
    return False


def _forum_shorthand(text: str, span: Span) -> bool:
    surface = text[span.start : span.end]
    if _FORUM.fullmatch(surface) is None:
        return False
    if _FORUM_AGE_AFTER.match(text, span.end) is not None or surface[-1].isdigit():
        return True
    return len({m.group() for m in _FORUM.finditer(text)}) >= 2


def _placeholder(text: str, span: Span) -> bool:
    lo = max(0, span.start - 45)
    for match in _PLACEHOLDER.finditer(text, lo, min(len(text), span.end + 45)):
        if match.start() <= span.start and span.end <= match.end():
            return _SLOT_WORD.search(match.group()) is not None
    return False


def _field_name(text: str, span: Span) -> bool:
    surface = text[span.start : span.end]
    if _SNAKE.fullmatch(surface) is not None and any(part in _FIELD_PARTS for part in surface.split("_")):
        return True  # "first_name", "case_ref"; a handle ("gardenguy_dale") is somebody's
    return (span.start > 0 and text[span.start - 1] in "\"'" and _JSON_KEY_AFTER.match(text, span.end) is not None
            and surface == surface.lower())


# Councils whose name the place table lacks or holds as a small town or a place abroad (metropolitan boroughs,
# unitary councils, London boroughs, Welsh principal areas).
_COUNCIL_AREAS = frozenset(fold for fold in """
wirral|sefton|knowsley|st helens|halton|tameside|trafford|kirklees|calderdale|wigan|oldham|salford|sandwell
|dudley|walsall|solihull|medway|torbay|thurrock|rutland|cheshire east|cheshire west|cheshire west and chester
|bath and north east somerset|north tyneside|south tyneside|gateshead|redcar and cleveland|stockton-on-tees
|hartlepool|darlington|east riding|north lincolnshire|north east lincolnshire|telford and wrekin|bracknell forest
|west berkshire|windsor and maidenhead|wokingham|central bedfordshire|milton keynes|tower hamlets|hackney|lambeth
|southwark|camden|islington|haringey|barnet|enfield|waltham forest|newham|redbridge|havering|barking and dagenham
|bexley|bromley|croydon|sutton|merton|hounslow|hillingdon|ealing|brent|harrow|wandsworth|hammersmith and fulham
|kensington and chelsea|lewisham|greenwich|gwynedd|conwy|denbighshire|flintshire|wrexham|powys|ceredigion
|pembrokeshire|carmarthenshire|neath port talbot|bridgend|vale of glamorgan|rhondda cynon taf|merthyr tydfil
|caerphilly|blaenau gwent|torfaen|monmouthshire|anglesey|ynys môn|bolton and bury|devon and cornwall
""".replace("\n", "").split("|") if fold)
# What a county's or a city's name qualifies when it names a service's area or the people of a whole area.
_AREA_NOUN_AFTER = regex.compile(
    r"(?:[ \u00a0]+(?:and|&)[ \u00a0]+\p{Lu}\p{Ll}+)?"  # "Bolton and Bury families"
    r"(?:['’]s)?(?:[ \u00a0]+(?:\p{Lu}{2,6}|\p{Lu}\p{Ll}+)){0,2}[ \u00a0]+(?i:families|parents|carers|schools|children"
    r"|pupils|residents|model|strategy|policy|policies|banding|bands|approach|framework|pathway"
    r"|panel|protocol|guidance|criteria|thresholds?|funding|commissioning|figures|audit|average|local[ ]offer)\b"
    r"|-wide\b"
)


_JOINED_BEFORE = regex.compile(r"(\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+)?)[ \u00a0]+(?:and|&)[ \u00a0]+\Z")


def _area_of_many(surface: str) -> bool:
    """A UK county or region, a council's area, or a UK place of 100,000 people or more."""
    from redaction.places import lookup

    if surface.casefold() in _COUNCIL_AREAS:
        return True
    place = lookup(surface)
    return place is not None and place.country in ("GB", "IE") and (
        place.kind == "region" or (place.kind == "local" and place.population_order >= 5))


# A title of a work in quotation marks: "Matilda" is the book of the half-term; reading "Holes"; "Wonder" by R.J. Palacio.
_QUOTE_OPEN = "\"“‘'"
_QUOTE_CLOSE = "\"”’'"
_WORK_BEFORE = regex.compile(
    r"(?i:\b(?:reading|read|reads|watched|watching|watch|book|books|film|films|novel|story|stories|play|song|songs"
    r"|sang|sing|singing|musical|poem|poems|show|series|episode|performing|performed|class[ ]text|topic))\b"
    r"[^.!?\n\"“”]{0,25}\Z")
_WORK_AFTER = regex.compile(
    r"[ ]*(?:(?i:is|was|are|were)[ ]+)?(?:(?i:the|a|an|our|their|this|this[ ]term['’]s)[ ]+)?"
    r"(?i:book|film|novel|story|play|song|musical|poem|show|series|class[ ]text|text|topic)\b|[ ]+by[ ]+\p{Lu}")
_NAMING_BEFORE = regex.compile(r"(?i:known[ ]as|called|calls[ ]\p{L}+(?:self)?|named|nickname[d]?|prefers|aka)[ ]*\Z")


def _quoted_title(text: str, span: Span) -> bool:
    """The candidate fills a pair of quotation marks and a word of a book, film, song or show stands beside it."""
    if span.start == 0 or span.end >= len(text):
        return False
    if text[span.start - 1] not in _QUOTE_OPEN or text[span.end] not in _QUOTE_CLOSE:
        return False
    before = text[max(0, span.start - 40) : span.start - 1]
    if _NAMING_BEFORE.search(before) is not None:
        return False  # known as "JP": a name
    return _WORK_BEFORE.search(before) is not None or _WORK_AFTER.match(text, span.end + 1) is not None

# A word the text itself explains as a relation ("Lola = grandmother in Tagalog", "Nain (grandmother)").
_KIN_EXPLAINED_AFTER = regex.compile(
    r"[ ]*(?:=|means|is[ ]+the[ ]+word[ ]+for|is[ ]+\p{Lu}\p{Ll}+[ ]+for|\(=)[ ]*(?:a[ ]+|an[ ]+|the[ ]+)?"
    r"(?i:grandmother|grandfather|grandma|grandad|granny|grandparent|mother|father|mum|dad|aunt|auntie|aunty|uncle"
    r"|sister|brother|older[ ]sister|older[ ]brother|cousin|godmother|godfather)\b")
# A maker's name that is a thing where the text names the thing: "my Perkins" beside Braille.
_MAKER_WITH_THING = {"Perkins": regex.compile(r"(?i)braill"), "Phonak": regex.compile(r"(?i)hearing[ ]aid")}
_DETERMINER_BEFORE = regex.compile(r"(?i:\b(?:my|his|her|their|your|our|the|a|new|old))[ ]+\Z")


# Items listed after a kind of work or character: "come as your favourite character (Paddington, Harry Potter, ...)",
# "loves films like Frozen, Encanto and Cars".
_KIND_LIST_BEFORE = regex.compile(
    r"(?i:\b(?:characters?|authors?|books?|films?|movies?|games?|shows?|programmes?|cartoons?|superheroes?|bands?"
    r"|singers?|footballers?|football[ ]teams?|youtubers?))[ ]*(?:\(|,?[ ]+(?:such[ ]as|like|e\.g\.,?|including))[ ]*"
    r"(?:(?:the[ ]+)?\p{Lu}[\p{L}'’\-]*(?:[ ]+\p{Lu}[\p{L}'’\-]*)*[ ]*,[ ]*)*(?:the[ ]+)?\Z")


def _explained_here(text: str, span: Span) -> str | None:
    """A title in quotes beside a word of a work; a word the text explains as a relation; a maker's name that is the
    thing the text names ("my Perkins" in a text about Braille)."""
    if _KIND_LIST_BEFORE.search(text, max(0, span.start - 120), span.start) is not None:
        return "an item of a list of characters, books, films or games ('favourite character (Paddington, ...)')"
    if _quoted_title(text, span):
        return "a title of a book, film or song in quotation marks ('\"Matilda\" is the book of the half-term')"
    if _KIN_EXPLAINED_AFTER.match(text, span.end) is not None and " " not in text[span.start : span.end].strip():
        return "a word the text explains as a relation ('Lola = grandmother in Tagalog')"
    maker = _MAKER_WITH_THING.get(text[span.start : span.end])
    if (maker is not None and _DETERMINER_BEFORE.search(text, max(0, span.start - 8), span.start) is not None
            and maker.search(text) is not None):
        return "a maker's name for its product, which the text names ('my Perkins', beside Braille)"
    return None


def why_service_area(text: str, span: Span) -> str | None:
    """Why a place candidate names a service's area or the people of a whole area ("Kent families", "Bolton and Bury
    families", "Norfolk's SEMH strategy", "the Suffolk model", "county-wide"), or ``None``: the place is a
    county, a council's area or a city of 100,000 or more, and such a noun follows it. A town's "area" ("moved to the
    Harrogate area") is not one: it says where a family lives; nor is a site there ("the Wirral branch", "the Plymouth
    hub", "our Leeds office"): like an office, a branch, hub or depot is a place someone goes to, and stays a place."""
    if span.type not in ("LOCATION", "PERSON"):
        return None
    surface = text[span.start : span.end]
    if _AREA_NOUN_AFTER.match(text, span.end) is None:
        return None
    if not _area_of_many(surface):
        joined = _JOINED_BEFORE.search(text, max(0, span.start - 40), span.start)
        if joined is None or not _area_of_many(joined.group(1)):
            return None
    return "a county's, council's or city's name as a service's area ('Kent families', 'the Suffolk model')"


def why_send_thing(text: str, span: Span) -> str | None:
    """Why a name candidate is one of this module's look-alikes (see the module's notes), or ``None``."""
    if span.type not in ("PERSON", "LOCATION", "SCHOOL", "ADDRESS"):
        return None
    if _TITLE_BEFORE.search(text, max(0, span.start - 12), span.start) is not None:
        return None  # "Mrs Cheshire", "Mr Moon", "Dr Bliss": a person of the case
    if _placeholder(text, span):
        return "a template's placeholder ('[Child's name]', '{{first_name}}'): the slot, not its value"
    if _field_name(text, span):
        return "an export's field name ('case_ref', '\"primary_need\":'): a column, not its value"
    if span.type not in ("PERSON", "LOCATION"):
        return None  # a school is a school, whoever it is named after ("the Percy Hedley School")
    if _forum_shorthand(text, span):
        return "parents' forum shorthand for a relation ('DS (9)', 'DH', 'MIL')"
    if _covering(_WELSH_YEAR, text, span) or _covering(_YEAR_GROUP, text, span):
        return "a year group ('Blwyddyn 6', 'P5', 'S2')"
    if (why := why_service_area(text, span)) is not None:
        return why
    if (why := _department_or_label(text, span)) is not None:
        return why
    if (why := _explained_here(text, span)) is not None:
        return why
    if _may_be_listed(text[span.start : span.end]) and _opens_a_listed_name(text, span):
        return "a listed name with an initialism after it ('Welsh Govt ALN Code')"
    if not _may_be_listed(text[span.start : span.end]):
        return None
    for pattern, reason in _lists():
        if _covering(pattern, text, span):
            return reason
    return None


# Labels that number a thing: a medicine's batch and expiry, equipment, products, books, budgets, diagnoses.
_THING_LABEL = regex.compile(
    r"(?i)(?<![\p{L}\p{N}])(?:batch|lot|exp(?:iry)?|expires|use[ ]by|serial|s/n|model|sku|product[ ]code|part"
    r"|cat(?:alogue)?|asset(?:[ ]tag)?|isbn(?:-1[03])?|issn|budget[ ]code|cost[ ]code|cost[ ]centre|gl[ ]code"
    r"|snomed(?:[ ]ct)?|icd-?1[01]|dsm-?(?:5|iv|5-tr)|read[ ]code|barcode|ean|upc|version|firmware)"
    r"(?:[ ]+(?:no|number|num|code|tag|id|ref))?\.?[ \t]*[:#]?[ \t]*\Z"
)


def why_thing_number(text: str, start: int, end: int) -> str | None:
    """Why a reference candidate ``text[start:end]`` numbers a thing, not a person: a label of a batch, a model, a
    serial, a product, a book, a budget or a diagnosis's code stands right before it ("Batch 4471B", "serial
    ZR-3390217", "SKU TT-2204", "ISBN 978-...", "Budget code SEN-TRANS-01", "SNOMED 35919005"), or ``None``."""
    if _THING_LABEL.search(text, max(0, start - 30), start) is not None:
        return "a thing's number after its label (a batch, model, serial, product, ISBN, budget or diagnosis code)"
    return None
