"""Named things that are no one, and places that identify no one here: negatives with their reasons.

Case notes name many things with a capital that a name reader takes for a person or a place. Three kinds of
negative live here, each a general mechanism rather than a rule per sentence:

- **a named thing** (:func:`why_named_thing`): the candidate lies inside a name the lists below know - a SEND
  programme, intervention or assessment tool, a UK charity or national body, a benefit or scheme, an app,
  game, device or brand, a medicine or food product, a festival, or a word for a relative in another language.
  The lists were written for this project from general knowledge of UK SEND practice (the interventions and
  batteries named in EHC plans, EP and therapy reports; the charities and national bodies parents are pointed
  to; the medicines of paediatric clinic letters; the apps and games of children's lives), not from the misses
  of any set. A word of them that is also an English word ("Scope", "Contact", "Sense") counts only with its
  capital and never after a title ("Ms Scope" is somebody);
- **a place inside an organisation's name** (:func:`why_organisation_place`): a person or place candidate
  followed, in the same run of capitalised words, by a word that makes the run an institution ("Sheffield
  Children's Hospital", "the Leeds Autism Diagnostic Service", "Harbour Road Family Hub"): a named hospital,
  clinic or service is neutral text in these papers, and its place word is no family's address;
- **a place that identifies no one here** (:func:`why_not_identifying_place`): a country on its own ("Mum is
  from Nigeria", "went to Pakistan for a wedding") - millions live there - unless it anchors a town ("Kingston,
  Jamaica"); and a town abroad named as the place of a holiday, a family visit, a wedding or funeral, or a
  return trip ("on holiday in Benidorm", "visiting relatives in Kraków", "went back to Vilnius for two weeks"):
  an absence explained, nobody's address. A residence or birth cue ("lives in", "born in", "moved to") keeps
  it, and so does a bare itinerary ("I'm flying to Dubai"): general-English PII sets (``general_dev``) count a
  person's travel destinations as identifying, and this reader cannot tell the two registers apart.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from redaction.spans import Span
from redaction.text.lexicons import KIN_WORDS, NOT_NAMES, TITLES
from redaction.text.names import TITLE, strip_possessive
from redaction.text.peoples import PEOPLES_AND_LANGUAGES
from redaction.text.text_caches import per_text
from redaction.text.title_after import name_before_title

__all__ = ["KIN_WORDS", "NAMED_THINGS", "ROLE_HEADS", "why_class_name", "why_medicine_by_ending", "why_public_figure", "why_not_a_place", "why_numbered_word", "why_role_title", "why_condition", "why_named_thing", "why_not_identifying_place", "why_organisation_place"]

# SEND programmes, interventions, communication systems and assessment tools.
_PROGRAMMES = """
Numicon|Read Write Inc|Read Write Inc.|RWI|Letters and Sounds|Little Wandle|Jolly Phonics|Toe by Toe|Stride Ahead
|Word Wasp|Hornet Literacy|Dancing Bears|Fresh Start|Rapid Phonics|Project X Code|Nessy|Lexia|Lexia Core5|IDL
|Units of Sound|Reading Recovery|Switch-on|Phono-Graphix|Sound Discovery|Precision Teaching|Catch Up Literacy
|Catch Up Numeracy|Success@Arithmetic|1st Class@Number|Number Stacks|Talk Boost|Talking Partners|Language Link
|Speech Link|Wellcomm|WellComm|NELI|Colourful Semantics|Shape Coding|Blank Levels|Blank's Levels|Narrative Therapy
|Attention Autism|Intensive Interaction|TEACCH|PECS|Makaton|Signalong|SCERTS|Son-Rise|Lego therapy|LEGO therapy
|LEGO-based therapy|Lego-based therapy|Zones of Regulation|Social Stories|Social Story|Comic Strip Conversations
|Now and Next|Sensory Circuits|Sensory Diet|Write from the Start|Speed Up|Theraputty|Dough Disco|Write Dance
|Squiggle While You Wiggle|Handwriting Without Tears|Brain Gym|Thrive|Thrive Approach|ELSA|Boxall|Boxall Profile
|Drawing and Talking|Talkabout|Socially Speaking|Circle of Friends|Team Teach|Protective Behaviours
|Solihull Approach|Incredible Years|Triple P|Webster-Stratton|Mellow Parenting|Cygnet|EarlyBird|Early Bird
|Theraplay|Dyadic Developmental Psychotherapy|Emotion Coaching|Restorative Practice|Relax Kids|Forest School
|Rebound therapy|Sherborne Developmental Movement|Widgit|Widgit symbols|Boardmaker|Proloquo2Go|Grid 3|TD Snap
|Tobii|Tobii Dynavox|Lightwriter|Big Mack|BIGmack|GoTalk|LAMP Words for Life|Clicker|Clicker 8|Read&Write
|Immersive Reader|C-Pen|Reader Pen|Perkins Brailler|Braille|Moon|Irlen|Irlen lenses
|WISC|WISC-V|WISC-IV|WPPSI|WPPSI-IV|BAS3|BAS-3|CELF|CELF-5|CELF-4|BPVS|BPVS-3|BPVS3|TROG|TROG-2|Renfrew
|ADOS|ADOS-2|ADI-R|DISCO|SRS-2|Conners|Conners 3|Conners 4|SDQ|RCADS|Vineland|Vineland-3|ABAS|ABAS-3
|Sensory Profile|Sensory Profile 2|Movement ABC|Movement ABC-2|MABC-2|Beery|Beery VMI|DASH|DASH 17+|WIAT
|WIAT-III|WRAT|WRAT5|YARC|NGRT|PiRA|PUMA|Lucid|LASS|CoPS|Dyslexia Portfolio|Reynell|PEP-3|Derbyshire Language Scheme
|CAT4|Phonics Screening Check|B Squared|Engagement Model|PIVATS|P Scales|Routes for Learning|Cherry Garden
|M-CHAT|Q-CHAT|AQ-10|BRIEF-2|DCDQ|Leuven Scales|ASQ-3|Ages and Stages|Accelerated Reader|Bug Club
|Oxford Reading Tree|Times Tables Rock Stars|TTRS|Mathletics|Doodle Maths|Sumdog|IXL|Seesaw|ClassDojo|Class Dojo
|Tapestry|Showbie|Google Classroom|ASDAN|Duke of Edinburgh|DofE|Arts Award|Modern Apprenticeship|Lámh|Nessy Fingers
"""

# UK charities, helplines, national bodies, inspectorates and regulators, and the tribunals' and schemes' names.
_ORGANISATIONS = """
CAMHS|SENDIST|DfE|IPSEA|Contact|Contact a Family|JCQ|Ofsted|Ofqual|Estyn|Education Scotland|Care Inspectorate
|Barnardo's|Barnardos|Mencap|Scope|Kooth|Young Minds|YoungMinds|National Autistic Society|Ambitious about Autism
|Autistica|Sense|Cerebra|Mind|Family Fund|Action for Children|NSPCC|Childline|ChildLine|Carers Trust|Citizens Advice
|Home-Start|Place2Be|Relate|Samaritans|Shelter|StepChange|Turn2us|Gingerbread|Family Lives|Kidscape
|Anti-Bullying Alliance|British Dyslexia Association|Dyslexia Action|Dyspraxia Foundation|ADHD Foundation
|Down's Syndrome Association|Epilepsy Action|Young Epilepsy|Diabetes UK|Whizz-Kidz|Newlife|Rainbow Trust
|Together for Short Lives|Make-A-Wish|Special Needs Jungle|SOS!SEN|Enquire|SNAP Cymru|Children in Wales
|Council for Disabled Children|Local Government and Social Care Ombudsman|LGSCO|Parliamentary and Health Service Ombudsman
|Education and Skills Funding Agency|ESFA|NHS England|NHS Scotland|NHS Wales|UKHSA|Home Office|DWP|HMRC
|Ministry of Justice|HMCTS|Cafcass|CAFCASS|Children's Commissioner|Care Quality Commission|CQC|Youth Justice Board
|Social Work England|Mears|Serco|Clearsprings|Refugee Council|Refugee Action|British Red Cross|Red Cross|Migrant Help
|Women's Aid|Victim Support|Save the Children|UNICEF|Prince's Trust|King's Trust|Girlguiding|Special Olympics
|Young Carers Trust|Papyrus|Winston's Wish|Child Bereavement UK|Grief Encounter|Anna Freud Centre
|Great Ormond Street|Great Ormond Street Hospital|GOSH|Alder Hey|Evelina|Homes for Ukraine
|Universal Credit|Disability Living Allowance|Personal Independence Payment|Child Benefit|Carer's Allowance
|Pupil Premium|Pupil Premium Plus|Education Maintenance Allowance|Motability|Blue Badge|Access to Work
|Early Help|Team Around the Family|Young Carers|YOT|YJS|Youth Offending Team|Youth Justice Service|GIRFEC
|Getting It Right For Every Child
"""

# Apps, games, devices, characters, shops and food and drink brands of children's lives.
_BRANDS = """
iPad|iPads|iPhone|Android|Xbox|PlayStation|PS4|PS5|Nintendo|Nintendo Switch|Wii|Kindle|Roblox|Minecraft|Fortnite
|Among Us|Pokémon|Pokemon|FIFA|Call of Duty|Grand Theft Auto|GTA|Peppa Pig|Bluey|Paw Patrol|Hey Duggee|CBeebies
|YouTube|YouTube Kids|TikTok|Snapchat|Instagram|WhatsApp|Facebook|Messenger|Discord|Twitch|Netflix|Disney+|Spotify
|Duolingo|Lego|LEGO|Duplo|Playmobil|Pringles|Babybel|Weetabix|Cheerios|Coco Pops|Frubes|Petits Filous|Dairylea
|Nutella|Haribo|Skittles|Oreo|Oreos|Quavers|Wotsits|Monster Munch|Greggs|Nando's|McDonald's|KFC|Domino's|Tesco
|Asda|Aldi|Lidl|Sainsbury's|Morrisons|Primark|Costa|Starbucks|Ribena|Fruit Shoot|Lucozade|Red Bull|Capri-Sun
|Cadbury|Kinder|Chewigem|Fitbit|Oculus|Closomat
|Arbor|Class Charts|ClassCharts|Google Meet|Microsoft Teams|Zoom|ParentMail|ParentPay|SchoolComms|Weduc|Bromcom
|Evidence for Learning|Earwig|Edulink|Satchel One|Show My Homework|MyChildAtSchool|Scopay|Family Link
"""

# Brands, shops, couriers, banks and software of general English (e-mails, receipts, bookings, chats, CVs): none of
# them a person's given name or a common surname (so not Ford, Dyson, Hilton, Alexa, Sage); and those of the rest of
# the English-speaking world's reviews and forums (shops, banks, telecoms, apps of Australia, New Zealand, Canada,
# the US, India, South Africa, Kenya, Ireland), none an English word either ("Weber", "Boots", "Harvey Norman" and
# "Target" are left out: a person may bear them, or the word is a word).
_GENERAL_BRANDS = """
Jira|Confluence|Slack|Trello|Zoom|Outlook|Gmail|Hotmail|PowerPoint|OneDrive|SharePoint|Dropbox|GitHub|GitLab
|Salesforce|HubSpot|Xero|QuickBooks|Shopify|Etsy|eBay|Amazon|Airbnb|Booking.com|Expedia|Tripadvisor|Uber|Deliveroo
|Just Eat|Ocado|Waitrose|Argos|Currys|IKEA|Ikea|ASOS|Evri|DPD|DHL|FedEx|Parcelforce|Royal Mail|Yodel|Vodafone
|Netflix|Hulu|Samsung|Huawei|Xiaomi|Nokia|Panasonic|Toyota|Volkswagen|Vauxhall|Hyundai|Peugeot
|Costco|Walmart|Woolworths|Tim Hortons|Infosys|Wipro|Accenture|Deloitte|KPMG|PwC|Barclays|HSBC|NatWest
|Monzo|Revolut|PayPal|Mastercard|Klarna|Ryanair|easyJet|Jet2|Heathrow|Gatwick|Premier Inn|Travelodge|WordPress
|Ubuntu|Microsoft|Canva|Figma|Photoshop|Insta|Ubisoft|Logitech|Lenovo|Dell|Asus|Garmin
|Adidas|Puma|Uniqlo|Decathlon|Halfords|Wickes|Screwfix|Toolstation|B&Q|Homebase|Matalan|Debenhams|Selfridges
|Telstra|Optus|Qantas|Bunnings|Kmart|Lidl|JB Hi-Fi|Officeworks|Westpac|Commonwealth Bank|Pak'nSave|Telus
|Canadian Tire|Loblaws|Shoppers Drug Mart|Flipkart|Paytm|Swiggy|Zomato|Airtel|Pick n Pay|Shoprite|Takealot|Vodacom
|Eircom|Tesco|Sainsbury's|Asda|Spotify|YouTube|TikTok|Instagram|Facebook|WhatsApp|Snapchat|Fitbit|Kenwood
|Thermomix|Nespresso|Heineken|Starbucks|McDonald's|KFC|Nando's|Domino's|Verizon|T-Mobile|Comcast|Xfinity
|Wells Fargo|Citibank|Venmo|Lyft|DoorDash|Grubhub|Instacart|Coldplay|Telkom|Safaricom|M-Pesa|Breville
|Fisher & Paykel|Hisense|Nintendo|PlayStation|Xbox|Bridgerton|Afterpay|Trade Me|Gumtree|Craigslist|Kijiji|Zillow
|Rightmove|Zoopla|Menulog|Chemist Warehouse|Superdrug|Primark|Rebel Sport|Briscoes|Mitre 10|Home Depot|Best Buy
|Walgreens
"""

# Brands, makers, airlines and shops named after people or looking like a name, of writing from anywhere (reviews,
# receipts, chats, listings): whole names a private person hardly bears ("Calvin Klein", "Jack Daniel's", "Mr
# Kipling") and single words no list of names holds as a common given name or surname ("Husqvarna", "Nestlé").
# Left out, as above: names a person may well bear ("Tom Ford", "John Lewis", "Ted Baker", "Fred Perry") and words
# the gazetteer ranks as names ("Saab", "Gucci", "Heinz", "Wendy's", "Sony"): the readers of context take those.
_EPONYMOUS_BRANDS = """
Calvin Klein|Ralph Lauren|Tommy Hilfiger|Jack Daniel's|Johnnie Walker|Ben & Jerry's|Dr. Martens|Dr Martens|Doc Martens
|Mr Kipling|Aunt Bessie's|Burger King|Johnson & Johnson|Marks & Spencer|Morgan Stanley|Goldman Sachs|Ernst & Young
|Procter & Gamble|Dolce & Gabbana|Morphy Richards|Hugo Boss|Louis Vuitton|Yves Saint Laurent|Giorgio Armani
|Estée Lauder|Estee Lauder|Jimmy Choo|Ray-Ban|Kellogg's|Tia Maria|Captain Morgan|Jim Beam|Baskin-Robbins
|Mercedes-Benz|Rolls-Royce|Aston Martin|Alfa Romeo|Harley-Davidson|Lamborghini|Bugatti|Maserati|Husqvarna|Fjällräven
|Arçelik|Ritz-Carlton|Balenciaga|Givenchy|Rolex|Swatch|Tissot|Carlsberg|Tuborg|Smirnoff|Bacardi|Volvo|Scania
|Siemens|Nestlé|Nestle|Unilever|Danone|Citroën|Citroen|Fiat|BMW|Mazda|Subaru|Mitsubishi|Nissan|Lexus|Casio|Nikon
|Netgear|Jacuzzi|Velcro|Kevlar|Etihad|Qatar Airways|KLM|Lufthansa|Turkish Airlines|Ethiopian Airlines|Kenya Airways
|Aer Lingus|Finnair|airBaltic|Avianca|LATAM|Fiji Airways|Air New Zealand|Caribbean Airlines|Dr. Oetker|Dr Oetker
|Uncle Ben's|Aunt Jemima|Ben's Original|Quaker Oats|Colonel Sanders|Ronald McDonald|Papa John's|Little Caesars
|Chick-fil-A|Trader Joe's|Harrods|Fortnum & Mason|Hamleys|Whittard|Thorntons|McVitie's|Mr Muscle|Mr. Muscle|Dr Pepper
|Dr. Pepper|Captain Birds Eye|Birds Eye|Sergio Tacchini|Michael Kors|Kate Spade|Tory Burch|Yves Rocher|L'Oréal
|Max Factor|Elizabeth Arden|Vidal Sassoon|Toni & Guy|Charlotte Tilbury|Molton Brown|Crabtree & Evelyn|Häagen-Dazs
"""

# Medicines (generic and brand names of paediatric letters) and medical products.
_MEDICINES = """
melatonin|Circadin|Slenyto|Calpol|Calprofen|Nurofen|ibuprofen|paracetamol|Movicol|Laxido|lactulose|Senna|Dioralyte
|Gaviscon|Piriton|cetirizine|Zirtek|loratadine|Clarityn|Elvanse|lisdexamfetamine|methylphenidate|Ritalin|Concerta
|Concerta XL|Equasym|Equasym XL|Medikinet|Xaggitin|atomoxetine|Strattera|guanfacine|Intuniv|clonidine|risperidone
|Risperdal|aripiprazole|Abilify|sertraline|fluoxetine|Prozac|Epilim|sodium valproate|Keppra|levetiracetam
|lamotrigine|Lamictal|carbamazepine|Tegretol|Buccolam|midazolam|diazepam|Epipen|EpiPen|Jext|Ventolin|salbutamol
|Clenil|Seretide|Fostair|hydrocortisone|baclofen|Botox|Phenergan|promethazine|Neocate|Nutramigen|PaediaSure
|Fortini|Creon|insulin|NovoRapid|Humalog|Lantus|Omnipod|Dexcom|FreeStyle Libre|Sudocrem|Diprobase|Oilatum|E45
|Epaderm|Cetraben|Dermol|Oramorph|glycopyrronium|omeprazole|Losec|ranitidine|domperidone
"""

# Religions and denominations, and the ethnicity categories and codes of the DfE school census.
_RELIGIONS_AND_ETHNICITIES = """
Roman Catholic|Church of England|Anglican|Methodist|Pentecostal|Jehovah's Witness|Jehovah's Witnesses
|Seventh-day Adventist|Sunni|Shia|Rastafarian|Quaker|Mormon|Greek Orthodox|Coptic|Sikhism|Hinduism|Judaism|Buddhism
|Christianity|White British|White Irish|White and Black Caribbean|White and Black African|White and Asian
|Black Caribbean|Black African|Black British|Asian British|Mixed|Irish Traveller|Gypsy Roma
|WBRI|WIRI|WIRT|WOTH|WROM|MWBC|MWBA|MWAS|MOTH|AIND|APKN|ABAN|AOTH|BCRB|BAFR|BOTH|CHNE|OOTH|REFU|NOBT
"""

# Conditions of children's and parents' health, often written in lower case ("a lone parent with fibromyalgia").
_CONDITIONS = """
fibromyalgia|epilepsy|asthma|eczema|diabetes|scoliosis|hypermobility|migraine|migraines|arthritis|spina bifida
|hydrocephalus|glue ear|tonsillitis|coeliac|coeliac disease|sickle cell|thalassaemia|cystic fibrosis|leukaemia
|PANS|PANDAS|POTS|hEDS|ME/CFS|anorexia|bulimia|ARFID|selective mutism|dyscalculia|dysgraphia|alopecia|psoriasis
"""

# Festivals and holy days.
_FESTIVALS = """
Eid|Eid al-Fitr|Eid al-Adha|Ramadan|Diwali|Holi|Navratri|Vaisakhi|Baisakhi|Purim|Passover|Pesach|Hanukkah|Chanukah
|Rosh Hashanah|Yom Kippur|Shabbat|Sukkot|Nowruz|Chinese New Year|Lunar New Year|Guru Nanak Jayanti|Bonfire Night
"""


# Characters of children's books and television, and the authors, artists, scientists and historical figures that
# school reports and newsletters name ("enjoys Roald Dahl", "learnt about Mary Seacole"): public, nobody of the case.
# Whole names only where the name alone is an ordinary given name ("Matilda", "Elsa" and "Hermione" are not here).
_CHARACTERS_AND_FIGURES = """
Harry Potter|Mr Tumble|Mr Men|Little Miss|Postman Pat|Fireman Sam|Bob the Builder|Thomas the Tank Engine
|Horrid Henry|Tracy Beaker|Spider-Man|Spiderman|Batman|Superman|Super Mario|Sonic the Hedgehog|Paddington
|Paddington Bear|Gruffalo|The Gruffalo|Winnie the Pooh|Peter Rabbit|The Very Hungry Caterpillar|Mr Bean|Ben 10
|Dennis the Menace|Numberblocks|Alphablocks|Blippi|Cocomelon|CoComelon|Hey Bear|Handa's Surprise|Pikachu|Teletubbies|In the Night Garden|Something Special
|Blue Peter|Sesame Street|Roald Dahl|Julia Donaldson|David Walliams|Jacqueline Wilson|Michael Morpurgo|J.K. Rowling
|JK Rowling|Enid Blyton|Beatrix Potter|Ted Hughes|Michael Rosen|Anthony Browne|Judith Kerr|Eric Carle|Dr Seuss
|William Shakespeare|Shakespeare|Charles Dickens|Florence Nightingale|Mary Seacole|Rosa Parks|Martin Luther King
|Nelson Mandela|Mary Anning|Neil Armstrong|Amelia Earhart|Alan Turing|Isaac Newton|Albert Einstein|Charles Darwin
|Queen Victoria|Henry VIII|Walter Tull|Emmeline Pankhurst|Marcus Rashford|Greta Thunberg|David Attenborough
|Vincent van Gogh|Van Gogh|Pablo Picasso|Andy Warhol|L.S. Lowry|LS Lowry|Wassily Kandinsky|Claude Monet|Frida Kahlo
|Vygotsky|Piaget|Maslow|Bowlby|Carol Gray|Winnie Dunn|Susan Ebbels
"""


NAMED_THINGS: frozenset[str] = frozenset(
    w.strip() for block in (_PROGRAMMES, _ORGANISATIONS, _BRANDS, _GENERAL_BRANDS, _EPONYMOUS_BRANDS, _MEDICINES, _RELIGIONS_AND_ETHNICITIES, _CONDITIONS, _FESTIVALS)
    for w in block.replace("\n", "").split("|") if w.strip()
) | KIN_WORDS


@lru_cache(maxsize=1)
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """Two alternations, longest first: the names that are no English word match in any case ("ipad",
    "CALPOL"); those that are ("Scope", "Contact", "Mind", "Thrive") only as written, with their capital."""
    from redaction.text.english import is_english_word

    def words_of(name: str) -> list[str]:
        return _LETTERS.findall(name)

    loose: list[str] = []
    strict: list[str] = []
    for name in sorted(NAMED_THINGS, key=len, reverse=True):
        english = len(words_of(name)) == 1 and is_english_word(name) and not any(c.isdigit() for c in name)
        (strict if english else loose).append(regex.escape(name))
    edge_l, edge_r = r"(?<![\p{L}\p{N}\-])", r"(?![\p{L}\p{N}\-]|['’]?\p{L})"
    return (regex.compile(rf"{edge_l}(?i:{'|'.join(loose)}){edge_r}"),
            regex.compile(rf"{edge_l}(?:{'|'.join(strict)}){edge_r}"))


@lru_cache(maxsize=1)
def _loose_by_letter() -> dict[str, regex.Pattern[str]]:
    """The loose alternation split by the (ASCII) letter or digit its names begin with, each part keeping their
    order, to be tried where a word begins: the whole alternation of several hundred names, tried at every
    position of a text, cost more than every other question about named things. A name beginning with a
    character outside ASCII stands in every part (case-insensitive matching may fold it to an ASCII one)."""
    from redaction.text.english import is_english_word

    loose = [name for name in sorted(NAMED_THINGS, key=len, reverse=True)
             if not (len(_LETTERS.findall(name)) == 1 and is_english_word(name) and not any(c.isdigit() for c in name))]
    edge_r = r"(?![\p{L}\p{N}\-]|['’]?\p{L})"
    firsts = {name[0].lower() for name in loose if name[0].isascii()}
    return {first: regex.compile(rf"(?i:{'|'.join(regex.escape(n) for n in loose if not n[0].isascii() or n[0].lower() == first)}){edge_r}")
            for first in firsts}


_WORD_START = regex.compile(r"(?<![\p{L}\p{N}\-])[\p{L}\p{N}]")  # where a named thing may begin (every one opens with one)


def _loose_matches(text: str) -> Iterator[regex.Match[str]]:
    """The loose pattern's matches in ``text``, as its ``finditer`` gives them."""
    loose, _ = _patterns()
    by_letter = _loose_by_letter()
    last = 0
    for start in _WORD_START.finditer(text):
        at = start.start()
        if at < last:
            continue
        first = text[at]
        if first.isascii():
            pattern = by_letter.get(first.lower())
            if pattern is None:
                continue
            match = pattern.match(text, at)
        else:
            match = loose.match(text, at)
        if match is not None:
            last = match.end()
            yield match


# Word patterns compiled once: a pattern given as a string is looked up in the regex module's cache on every call,
# which costs more than the search itself on a candidate's few words.
_LETTERS = regex.compile(r"\p{L}+")
_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’&+.@\-]*")
_HYPHENATED_WORD = regex.compile(r"\p{L}[\p{L}\-]*")
_APOSTROPHE_WORD = regex.compile(r"\p{L}[\p{L}'’]*")
_TITLE_BEFORE = regex.compile(rf"(?i:{TITLE})\.?[ \u00a0]+\Z")
# Words a candidate may carry beside a named thing ("the Boxall", "uses Numicon", "A Modern Apprenticeship").
_EDGE_WORD = regex.compile(r"(?i:the|a|an|and|or|of|for|with|using|uses|use|used|my|his|her|their|our|on|in"
                           r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)")  # "(NGRT, Sept 2023)"


@per_text(maxsize=512)  # more than a chunk of texts: each is read by every candidate of it, pass after pass
def _thing_ranges(text: str) -> tuple[tuple[int, int], ...]:
    _, strict = _patterns()
    ranges = []
    for matches in (_loose_matches(text), strict.finditer(text)):
        for m in matches:
            if (_TITLE_BEFORE.search(text, max(0, m.start() - 12), m.start()) is None
                    and not _given_after_a_surname(text, m.start(), m.end())):
                ranges.append((m.start(), m.end()))
    return tuple(ranges)


# "Lindström, Elsa": a surname and a comma before the thing's word (a list of people written family name first).
_SURNAME_COMMA_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{M}'’\-]+),[ \u00a0]+\Z")


def _given_after_a_surname(text: str, start: int, end: int) -> bool:
    """The thing's name is one given name written after a surname and a comma ("Achebe, Chinua; Lindström, Elsa"):
    a person named family name first, not the character or the brand of the same name."""
    before = _SURNAME_COMMA_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    from redaction.gazetteer import lookup

    given, surname = lookup(text[start:end]), lookup(before.group(1))
    return (given is not None and given.first >= 0.5 and surname is not None and surname.last >= 0.3
            and not _given_name(before.group(1)))


def why_named_thing(text: str, span: Span) -> str | None:
    """Why a name candidate is a named thing (a programme, tool, organisation, brand, medicine, festival or a
    relative's word), or ``None``: every word of it lies inside such a name, or is a function word beside one."""
    ranges = _thing_ranges(text)
    if not ranges:
        return None
    inside = False
    for m in _TOKEN.finditer(text[span.start : span.end]):
        start, end = span.start + m.start(), span.start + m.end()
        word = strip_possessive(m.group(0))
        if any(s <= start and start + len(word.rstrip(".")) <= e for s, e in ranges):
            inside = True
        elif _EDGE_WORD.fullmatch(word) is None and word not in NOT_NAMES and not _lower_common(word):
            return None  # a label or role word beside it ("Ethnicity WBRI") does not make it a name
    return "a named programme, tool, organisation, brand, medicine, festival or relative's word" if inside else None


# Endings of generic medicine names (the WHO's INN stems, the common ones of children's letters): a word of eight
# letters or more ending in one ("deflazacort", "rufinamide", "flucloxacillin", "levetiracetam") is a medicine.
_MEDICINE_STEM = regex.compile(
    r"\p{L}{3,}(?i:cillin|mycin|micin|cycline|oxacin|conazole|prazole|nidazole|tidine|pril|sartan|olol|dipine"
    r"|statin|parin|xaban|gatran|ximab|zumab|umab|tinib|ciclovir|clovir|azepam|azolam|oxetine|triptyline|pramine"
    r"|peridol|apine|peridone|cort|olone|metasone|sonide|profen|fenac|coxib|tropium|terol|lukast|trigine|racetam"
    r"|iramate|phenidate|fetamine|triptan|setron|gliptin|formin|semide|thiazide|dronate|glutide|inamide|valproate"
    r"|gabatrin|barbital|toin)")
_ROUTE_WORDS = frozenset("IV IM SC PO PR NG oral Oral OD BD TDS QDS PRN ON mg".split())


def why_medicine_by_ending(text: str, span: Span) -> str | None:
    """Why a candidate is a generic medicine: one word ending in a medicine stem (:data:`_MEDICINE_STEM`), with only a
    route or dose word beside it ("IV flucloxacillin"), that no list of names knows."""
    from redaction.gazetteer import lookup
    from redaction.text.given_names import is_given_name
    from redaction.text.lexicons import FIRST_NAMES
    from redaction.text.surnames import is_surname

    words = _TOKEN.findall(text[span.start : span.end])
    stems = [w for w in words if w not in _ROUTE_WORDS and not w[:1].isdigit()]
    if len(stems) != 1 or len(stems[0]) < 8 or _MEDICINE_STEM.fullmatch(stems[0]) is None:
        return None
    word = stems[0].capitalize()
    info = lookup(word)
    if word in FIRST_NAMES or is_given_name(word) or is_surname(word) or (
            info is not None and max(info.first, info.last) >= 0.1):
        return None
    return "a generic medicine: a word ending in a medicine's stem ('deflazacort', 'flucloxacillin')"


_FIGURES = regex.compile(
    r"(?<![\p{L}\p{N}\-])(?:"
    + "|".join(regex.escape(n.strip()) for n in sorted(_CHARACTERS_AND_FIGURES.replace("\n", "").split("|"), key=len, reverse=True)
               if n.strip())
    + r")(?:['’]s)?(?![\p{L}\p{N}\-])")
_CAPITALISED_AFTER = regex.compile(r"[ \u00a0]+\p{Lu}")


def why_public_figure(text: str, span: Span) -> str | None:
    """Why a person candidate is a character of children's books or television, or an author, artist or historical
    figure (:data:`_CHARACTERS_AND_FIGURES`): the whole candidate is such a name, and no capitalised word follows
    ("Nelson Mandela School", "Roald Dahl Primary" name a school, read by the school rules)."""
    if span.type != "PERSON":
        return None
    window = max(0, span.start - 40), min(len(text), span.end + 40)  # the candidate may be a part ("Julia")
    match = next((m for m in _FIGURES.finditer(text, *window) if m.start() <= span.start and span.end <= m.end()), None)
    if match is None or _CAPITALISED_AFTER.match(text, match.end()) is not None:
        return None
    return "a character of children's books or television, or a public figure ('Roald Dahl', 'Mary Seacole')"


# Head nouns of conditions: a phrase ending in one names a condition ("Foetal Alcohol Spectrum Disorder",
# "anorexia nervosa", "Sensory Processing Disorder"), however its first words read.
_CONDITION_HEAD = regex.compile(
    r"(?i:syndrome|disorder|disease|dystrophy|palsy|nervosa|stenosis|atresia|dysplasia|sclerosis|anaemia|anemia"
    r"|deficiency|impairment|difficulties|condition|spectrum)"
)


def why_condition(text: str, span: Span) -> str | None:
    """Why a name candidate is a condition: its last word is a condition's head noun."""
    words = _LETTERS.findall(text[span.start : span.end])
    if len(words) >= 1 and _CONDITION_HEAD.fullmatch(words[-1]) is not None:
        return "a condition: its last word is a condition's head noun (syndrome, disorder, nervosa ...)"
    after = _WORD_AFTER.match(text, span.end)  # "supravalvular aortic | stenosis"
    if after is not None and _MEDICAL_HEAD.fullmatch(after.group(1)) is not None:
        return "a condition: a condition's head noun follows (stenosis, nervosa ...)"
    return None


_WORD_AFTER = regex.compile(r"[ \u00a0]+(\p{L}+)")
# After a candidate only the medical head nouns count: "Noah difficulties" or "Amir condition" is a name.
_MEDICAL_HEAD = regex.compile(r"(?i:syndrome|disorder|disease|dystrophy|palsy|nervosa|stenosis|atresia|dysplasia|sclerosis)")


# Head words of job titles and roles: "Designated Safeguarding Lead", "Diabetes Specialist", "Haematology CNS".
ROLE_HEADS = frozenset("""
Lead Specialist Nurse CNS Officer Manager Coordinator Co-ordinator Worker Adviser Advisor Director Convener Convenor
Member Liaison Colleague Practitioner Therapist Consultant Supervisor Assistant Chair Chairperson Interpreter Escort
Police Inspector Trustee Mentor Counsellor Psychologist Psychiatrist Paediatrician Registrar
Physiotherapist Audiologist Dietitian Orthoptist Caseworker Administrator Receptionist Secretary Principal
Headteacher Lecturer Volunteer Advocate Navigator Champion Clinician Commissioner Ombudsman Coach Tutor
Head Teacher Visitor Assessor Governor Instructor Keyworker
""".split())

_NAME_LIKE_HEADS = frozenset({"Head"})


def why_role_title(text: str, span: Span) -> str | None:
    """Why a person candidate is a job title: it ends in a role's head word ("Lead", "Specialist", "CNS") and its
    other words are dictionary words, no given name ("Designated Safeguarding Lead"); never after a title."""
    from redaction.text.english import is_english_word
    from redaction.text.lexicons import ENGLISH_WORD_NAMES, FIRST_NAMES

    words = _HYPHENATED_WORD.findall(text[span.start : span.end])
    if words and words[0].casefold() in WELSH_ROLE_HEADS:
        return _why_welsh_role(text, span, words)
    # A head word that is also a name ("Head", as Mr Head) is a role's only after dictionary words (checked below):
    # "Virtual School Head", "Deputy Head"; a given name or a title before it makes it somebody.
    if not words or words[-1] not in ROLE_HEADS or (words[-1].casefold() in ENGLISH_WORD_NAMES
                                                   and (words[-1] not in _NAME_LIKE_HEADS or len(words) < 2)):
        return None
    if _TITLE_BEFORE.search(text, max(0, span.start - 12), span.start) is not None:
        return None
    for word in words[:-1]:
        if word in FIRST_NAMES or _given_name(word) or _gazetteer_given(word) or not (
                word in NOT_NAMES or word.isupper() or word in PEOPLES_AND_LANGUAGES or is_english_word(word)):
            return None
    return "a job title: a role's head word after dictionary words, no name"


# Welsh job titles open on their head word ("Cydlynydd ADY", "Therapydd Galwedigaethol", "Seicolegydd Addysg",
# "Swyddog Cynhwysiant"), radical and soft-mutated ("ein Gydlynydd"): written for this project from general Welsh.
WELSH_ROLE_HEADS = frozenset("""
cydlynydd gydlynydd therapydd dherapydd ffisiotherapydd seicolegydd swyddog pennaeth bennaeth dirprwy ddirprwy
athro athrawes cynorthwyydd gynorthwyydd gweithiwr weithiwr nyrs meddyg feddyg ymwelydd cadeirydd gadeirydd
rheolwr reolwr ymgynghorydd eiriolwr cynghorydd gynghorydd arweinydd arbenigwr
""".split())


def _why_welsh_role(text: str, span: Span, words: list[str]) -> str | None:
    """A Welsh job title: its head word first, then words that are no given name (Welsh words, an acronym)."""
    from redaction.text.language import welsh_given_names
    from redaction.text.lexicons import FIRST_NAMES

    if _TITLE_BEFORE.search(text, max(0, span.start - 12), span.start) is not None:
        return None
    for word in words[1:]:
        if not word.isupper() and (word in FIRST_NAMES or word in welsh_given_names() or _given_name(word)
                                   or _gazetteer_given(word)):
            return None
    return "a Welsh job title: a role's head word first ('Cydlynydd ADY', 'Therapydd Galwedigaethol')"


def _gazetteer_given(word: str) -> bool:
    from redaction.gazetteer import lookup

    info = lookup(word)
    return info is not None and info.first >= 0.3 and word not in NOT_NAMES


_NUMBER_AFTER = regex.compile(r"[ \u00a0]*\d")


def why_numbered_word(text: str, span: Span) -> str | None:
    """Why a candidate is a numbered thing: words of case papers that are no name, before a number ("Year 9",
    "Section 4", "Key Stage 2")."""
    words = _LETTERS.findall(text[span.start : span.end])
    if words and all(w in NOT_NAMES for w in words) and _NUMBER_AFTER.match(text, span.end) is not None:
        return "words of case papers before a number ('Year 9', 'Section 4'): a year group or a section"
    return None


def why_not_a_place(text: str, span: Span) -> str | None:
    """Why a place candidate written in lower case is no place: dictionary words no gazetteer lists ("the picking
    season", "on the seafront"); a lower-case place the gazetteer knows ("cardiff") stays."""
    from redaction.places import lookup
    from redaction.text.english import is_common_word

    surface = text[span.start : span.end]
    words = _LETTERS.findall(surface)
    if span.type != "LOCATION" or not words or not all(w.islower() and is_common_word(w) for w in words):
        return None
    return None if lookup(surface) is not None else "lower-case dictionary words that name no place"


def _lower_common(word: str) -> bool:
    from redaction.text.english import is_common_word

    return word.islower() and is_common_word(word)  # "Contact helpline", "Numicon sessions"


# Words that make a run of capitalised words an institution: its place or name word belongs to it.
_INSTITUTION = (
    r"Hospital|Hospitals|Infirmary|Clinic|Centre|Center|Surgery|Service|Services|Trust|Foundation|Hub|Foodbank"
    r"|Society|Charity|Association|Club|FC|Partnership|Network|Forum|Alliance|Federation|Carers|Approach|Programme"
)
_ORG_RUN = regex.compile(
    rf"(?:['’]s)?(?:[ \u00a0]+(?:of|for|and|&|\p{{Lu}}[\p{{L}}'’\-]*)){{0,5}}?[ \u00a0]+(?:{_INSTITUTION})\b"
)
# The rest of a law's title: "(Pupil Exclusions and Reviews) (England) Regulations 2012", "and Families Act".
_LAW_WORD = r"(?:of|for|and|to|\p{Lu}[\p{L}'’\-]*\)?)"
_LAW_WORD_OR_BRACKET = r"(?:of|for|and|to|\(?\p{Lu}[\p{L}'’\-]*\)?)"
_LAW_RUN = regex.compile(
    # Inside a bracket of the title ("Exclusions and Reviews) (England) Regulations") any word may follow; else
    # the first word after the candidate opens no bracket: "for Bernie (Care Act 2014)" names Bernie beside a law.
    rf"(?:\)(?:,?[ \u00a0]+{_LAW_WORD_OR_BRACKET}){{0,8}}?"
    rf"|(?:[ \u00a0]+{_LAW_WORD}(?:,?[ \u00a0]+{_LAW_WORD_OR_BRACKET}){{0,7}}?)?)"
    r"[ \u00a0]+(?:Act|Regulations|Rules)(?:[ \u00a0]+(?:19|20)\d\d)?\b"
)


def why_organisation_place(text: str, span: Span) -> str | None:
    """Why a person or place candidate is a word of an institution's name ("Sheffield Children's Hospital"),
    or ``None``. Never after a title ("Dr Alder's Clinic" is still Dr Alder)."""
    if span.type not in ("PERSON", "LOCATION"):
        return None
    if _TITLE_BEFORE.search(text, max(0, span.start - 12), span.start) is not None:
        return None
    law = _LAW_RUN.match(text, span.end)
    if law is not None and "\n" not in law.group(0):
        return "a word of a law's title (an Act, Regulations or Rules)"
    if _place_of_a_service(text, span):
        return "a place before a local service's initialism ('Wirral SENDIASS', 'Bolton EPS'): the service, no one"
    run = _ORG_RUN.match(text, span.end)
    if run is None or "\n" in run.group(0) or name_before_title(text, span):  # "Harriet Cole Programme Lead"
        return _why_place_service(text, span)
    return "a word of an institution's name (a hospital, clinic, service, trust, charity or club)"


# After a town's or county's name, the words that make it a local service's name ("Derby SENDIASS", "the Milton
# Keynes EP service", "Wolverhampton Outreach team", "Plymouth Information Advice and Support"): a council's or
# a health body's service is named by its area, and the area is nobody's address there.
_PLACE_SERVICE = regex.compile(
    r"(?:[ \u00a0]+(?:and|&|\p{Lu}[\p{L}'’\-]*)){0,4}?[ \u00a0]+"
    r"(?:SENDIASS|SENDIAS|IASS|CAMHS|CYPMHS|ICB|CCG|Council|Outreach|Local[ ]Offer|EPS?|SEN|SEND|SENCOs?|Information"
    r"|Inclusion|Autism|Portage|Virtual[ ]School|YOS|YJS|Youth[ ](?:Offending|Justice)|Social[ ]Care|Early[ ]Help"
    r"|Parent[ ]Carer|Education|Educational|Children['’]s|Adult[ ]Social|Safeguarding|Transport|Admissions)\b"
    r"|[ \u00a0]+(?:and|&)[ \u00a0]+\p{Lu}[\p{L}'’\-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’\-]*)?[ \u00a0]+(?:" + _INSTITUTION
    + r")\b"
)
_WORD_RUN = regex.compile(r"[\p{L}'’\-]+")


def _why_place_service(text: str, span: Span) -> str | None:
    """Why a candidate opened by a known town or county is a local service's name, or ``None``."""
    from redaction.places import lookup

    words = list(_WORD_RUN.finditer(text, span.start, span.end))
    for k in range(min(len(words), 3), 0, -1):
        end = words[k - 1].end()
        place = lookup(text[span.start : end])
        if place is None or place.kind == "country":
            continue
        run = _PLACE_SERVICE.match(text, end)
        if run is not None and "\n" not in run.group(0):
            return "a town's or county's name opening a local service's name (\"Derby SENDIASS\")"
    return None


# Initialisms of a council's or the NHS's local services, written after the place they serve.
_SERVICE_INITIALISMS = (r"SENDIASS|SENDIAS|IASS|EPS|CWD|PCF|SEND|SEN|CAMHS|CYPS|MASH|YOT|YOS|YJS|ICB|CCG|EHA|CDC|CSC"
                        r"|SENAR|CLDT|EWS|LA|LEA")
_SERVICE_AFTER = regex.compile(rf"[ \u00a0]+(?:{_SERVICE_INITIALISMS})\b")
_SERVICE_AT_END = regex.compile(rf"^(?P<place>.+?)(?:[ \u00a0]+(?:{_SERVICE_INITIALISMS}))+$")


def _place_of_a_service(text: str, span: Span) -> bool:
    """A place the gazetteer knows, followed by a local service's initialism inside or right after the candidate:
    "Wirral SENDIASS", "Bolton EPS", "Derby City PCF"."""
    from redaction.places import lookup

    surface = text[span.start : span.end]
    inside = _SERVICE_AT_END.match(surface)
    if inside is not None:
        place = inside["place"]
    elif _SERVICE_AFTER.match(text, span.end) is not None:
        place = surface
    else:
        return False
    words = place.split()
    while words and words[0] in _DETERMINERS:
        words = words[1:]  # "Our Bolton EPS"
    place = " ".join(words)
    if not words or lookup(place) is not None or lookup(place.removesuffix(" City")) is not None:
        return bool(words)
    # A council the place list lacks ("Wirral", "Kirklees", "Herts"): capitalised words, none a name of any list
    # ("Price SALT" in a list of those present is Ms Price).
    return all(w[:1].isupper() and w.isalpha() and not _given_name(w) and not _a_listed_name(w) for w in words)


_DETERMINERS = frozenset("The Our Your Their My His Her".split())


def _a_listed_name(word: str) -> bool:
    from redaction.gazetteer import lookup
    from redaction.text.given_names import is_given_name
    from redaction.text.surnames import is_surname

    return lookup(word) is not None or is_given_name(word) or is_surname(word)


# A room's, ward's or hall's head word: after dictionary words that are no name ("Sports Hall", "Main Hall", "Puffin
# Ward") the words name a room; after a name ("Kate Ward", "Jenny Hall") they stay a person.
_ROOM_HEADS = frozenset("Hall Ward Studio Suite Library Lounge Gym".split())


def _plain_word(word: str) -> bool:
    from redaction.text.english import is_english_word
    from redaction.text.lexicons import FIRST_NAMES

    from redaction.text.given_names import is_given_name

    return (word[:1].isupper() and is_english_word(word) and word not in FIRST_NAMES
            and not is_given_name(word) and not _given_name(word))


_WELSH_GROUP_BEFORE = regex.compile(r"\b(?i:dosbarth|nosbarth|ddosbarth|ystafell)[ \u00a0]+\Z")
_GROUP_WORD = regex.compile(r"(?i:class|group|room|base)")
_GROUP_AFTER = regex.compile(r"[ ](?i:class|group|room|base)\b(?![ ]*:)")  # "Okeke   Class: Year 2" is a label


def why_class_name(text: str, span: Span) -> str | None:
    """Why a candidate names a class, group or room ("Willow Class", "Hazel group", "the Ivy Room"): it ends in
    such a word or one follows it; never after a title or with a possessive ("Mrs Hazel's class" is a person)."""
    if span.type not in ("PERSON", "LOCATION"):
        return None
    words = _APOSTROPHE_WORD.findall(text[span.start : span.end])
    if not words or words[0] in TITLES or _TITLE_BEFORE.search(text, max(0, span.start - 12), span.start) is not None:
        return None
    if any(w.endswith(("'s", "’s")) for w in words):
        return None
    if len(words) >= 2 and _GROUP_WORD.fullmatch(words[-1]) is not None:
        return "a class, group or room name"
    if len(words) >= 2 and words[-1] in _ROOM_HEADS and all(_plain_word(w) for w in words[:-1]):
        return "a room or ward: a room's head word after dictionary words, no name ('Main Hall', 'Puffin Ward')"
    if (len(words) <= 2 and _WELSH_GROUP_BEFORE.search(text, max(0, span.start - 12), span.start) is not None) or (
            len(words) >= 2 and _WELSH_GROUP_BEFORE.search(words[0] + " ") is not None
            and all(w.islower() for w in words[2:])):  # "Dosbarth Coch eleni": the class, then Welsh words
        return "a class or room name after Welsh 'dosbarth' or 'ystafell' ('Dosbarth Glas', 'ystafell Enfys')"
    if _GROUP_AFTER.match(text, span.end) is not None and not name_before_title(text, span):  # "... Class Teacher"
        return "a class, group or room name (the word after it says so)"
    return None


# A travel word, then (within the clause) the preposition right before the place.
_TRAVEL_BEFORE = regex.compile(
    r"(?i:\b(?:holidays?|holidaying|visit(?:s|ed|ing)?"
    r"|(?:went|go|goes|going|gone|been)[ ]back|back[ ]from|returned[ ]from|returning[ ]from|wedding|funeral"
    r"|spent[ ](?:the[ ])?(?:summer|holidays?|half[ ]term|christmas|easter|eid|a[ ](?:week|month|fortnight)|two[ ]weeks|three[ ]weeks))\b"
    r"[^.;:!?\n]{0,30}?\b(?:to|in|from|at)[ ]+|\bvisit(?:s|ed|ing)?[ ]+)\Z"
)
# A residence or origin cue right before the place: the place says where somebody lives or comes from.
_RESIDENCE_BEFORE = regex.compile(
    r"(?i:\b(?:lives?|living|lived|born|moved|moving|move|settled|resident|based|address|stays?|staying|grew[ ]up"
    r"|house|home|school|works?|working)\b[^.;:!?\n]{0,12}?\b(?:to|in|from|at)[ ]+)\Z"
)
# Words right before a country that make it the place: "in", "from", "left", "fled".
_COUNTRY_CUE = regex.compile(
    r"(?i:\b(?:in|from|to|of|into|across|around|throughout|visit|visits|visiting|visited|left|leave|leaving|fled"
    r"|flee|fleeing)[ ]+)\Z"
)
_ANCHORING = regex.compile(r"\p{Lu}[\p{L}'’\-]*,[ ]*\Z")  # "Kingston, Jamaica": the country of a town
_UNITED_KINGDOM = frozenset({"GB", "IE", "IM", "JE", "GG", ""})


def why_not_identifying_place(text: str, span: Span) -> str | None:
    """Why a place candidate identifies no one here (a country alone; a town abroad with a travel word and no
    residence cue), or ``None``."""
    if span.type not in ("LOCATION", "PERSON", "SCHOOL"):
        return None
    from redaction.places import lookup

    surface = text[span.start : span.end]
    place = lookup(surface)
    if place is None or place.country in _UNITED_KINGDOM:
        return None
    before = text[max(0, span.start - 60) : span.start]
    if _RESIDENCE_BEFORE.search(before) is not None:
        return None
    if place.kind == "country":
        if _ANCHORING.search(before) is not None:
            return None
        cued = _COUNTRY_CUE.search(before) is not None
        if span.type == "PERSON" and not _given_name(surface.split()[0]) and (
                " " in surface.strip() or (before.endswith("(") and text.startswith(")", span.end))):
            # "Burkina Faso" read as a person's two words; "Ouedraogo Aminata (Mali)": a country in brackets after
            # a name is where the person is from
            return "a country: where millions live, no one's address"
        if not cued and (span.type != "LOCATION" or _given_name(surface)):
            return None  # "Mali has an IDP", "Jordan is in Year 5": read as a name, and no place word says otherwise
        return "a country: where millions live, no one's address"
    if place.kind in ("city", "region") and _TRAVEL_BEFORE.search(before) is not None:
        return "a town abroad with a travel word and no residence cue: a trip, no one's address"
    return None


# Countries that are also given names in the UK ("India Smith", "Jordan is in Year 5"). The name gazetteer is no
# help here: it lists most country names as given names of its sources.
_COUNTRY_NAMES_GIVEN = frozenset("India Kenya Jordan Chad Georgia Israel America Eritrea Asia Jamaica Cuba Chile Ireland".split())


def _given_name(word: str) -> bool:
    from redaction.text.language import welsh_given_names
    from redaction.text.lexicons import FIRST_NAMES

    return word in FIRST_NAMES or word in _COUNTRY_NAMES_GIVEN or word in welsh_given_names()
