"""Street lines of many countries and the parts an address runs on with, before and after its street.

One grammar of an address's parts, read the same way wherever the address comes from:

- street lines the UK grammar does not read (:data:`STREET_PARTS`): the street named first and numbered after,
  in the languages that write it so ("Via Roma 12", "Calle de Alcalá 45", "Rua Augusta 112", "ul. Marszałkowska
  84/92", "Contrada Fontanelle 12", "Jalan Ampang 78"), German, Dutch, Nordic and Hungarian names whose type
  ends the word or follows it ("Keizersgracht 123-2", "Schlesische Straße 27", "Váci utca 19", "Hauptstr. 5"),
  the type first after the number ("14 rue des Lilas", "5 Bóthar na Mara", "14 Heol y Felin"), US/Canadian
  abbreviations and directions ("5500 Wayzata Blvd", "88 W 34th St", "40 Eglinton Ave E"), Colombia's "Calle 85
  #11-53", a PO box, a rural route ("RR 2 Box 118"), a Singapore block ("Blk 123 Ang Mo Kio Ave 3"); the street-type
  words of Iceland, the Baltic states, Central Europe, the Balkans and Turkey ("Laugavegur 26", "Gedimino pr. 9-14",
  "Brīvības iela 55", "Narva mnt 7", "Slovenska cesta 15", "Piac u. 20", "Bağdat Cad. No: 123"), Rwanda's coded
  streets ("KG 7 Ave 14"), and these countries' streets in lower case as chat writes them ("storgatan 12",
  "rua augusta 1500"), a lower-case town after them only when it is no English or chat word;
- a unit or building before a street (:func:`extend`): "Flat 12, ", "Unit 9, The Sorting Office, ", "The Old
  Forge, ", "Tŷ Capel, ", "Plot No. 17, ", "Apartment 6, The Maltings, ", "House 23, Street 7, ";
- after it, the parts an address ends with: a unit ("Apt 5B", "#05-67", "Piso 5", "app. 3", "12/F"), a
  locality of a few capitalised words ("Andheri (W)", "Dublin 8", "Victoria Island"), a state or province code,
  a postal code of any country's shape ("62704", "H2X 1Z4", "D08 X2Y7", "1015 CJ", "00-514", "S(560123)",
  "01310-200", "- 560038"), a country; over a line break only when the whole next line is such parts.

A part before the street is taken only when it is a unit or names a building; a sentence's words ("send it to",
"Contact: Síle Ó Conghaile") stay. Everything is compiled patterns over the text or a few characters around a
found street line; no loop over the text's words.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.text.english import is_english_word
from redaction.text.recognizers.address_grammar import STREET_TYPES, WORLD_STREET_TYPES

__all__ = ["STREET_PARTS", "UNIT", "extend", "extend_back", "street_parts"]

_CAPW = r"(?:\p{Lu}\p{Ll}{0,3}\.|\p{Lu}[\p{L}'’\-]*+)"  # "Dr.", "St.", "Co." end in a full stop; "Exeter." does not
_JOIN = (r"(?:de|del|della|dei|degli|di|da|do|dos|das|du|des|la|las|los|le|les|el|y|yr|na|an|ar|van|von|der|den|zu"
         r"|am|im|of|the|e|i|al|es)")
_NUM = r"\d+[A-Za-z]?(?:[\-/]\d+[A-Za-z]?){0,2}(?:/[A-Z](?![\p{L}\d]))?"
_ORDINAL = r"\d+(?:st|nd|rd|th)"
_ABBREVIATIONS = ("Blvd Hwy Pkwy Pky Expy Fwy Cir Trl Ter Xing Hts Cres Pde Tce Terr Ave Av St Rd Ln Dr Ct Pl Sq Cl "
                  "Gr Way Pt Ctr").split()
# longest first; alike in length, alphabetical: the same pattern in every process (a set's order is not), so its
# compiled form is found in redaction.pattern_cache
_TYPES = sorted({*STREET_TYPES, *WORLD_STREET_TYPES, *_ABBREVIATIONS}, key=lambda t: (-len(t), t))
_TYPE = "(?:" + "|".join(_TYPES) + "|" + "|".join(t.upper() for t in _TYPES) + r")\.?"
_LOWER_TYPE = (r"(?:street|st|road|rd|avenue|ave|av|lane|ln|drive|dr|boulevard|blvd|highway|hwy|crescent|cres|terrace"
               r"|court|ct|place|pl|way|parkway|pkwy)\.?")
_COMPASS = r"(?:[NSEW]|NE|NW|SE|SW|N\.|S\.|E\.|W\.)"
_AFTER_COMPASS = (r"(?:[ ](?:[NSEW]|NE|NW|SE|SW|Ouest|Est|Nord|Sud|North|South|East|West|Central|Extension|Ext\.)"
                  r"(?![\p{L}\d]))")
# Street words written before the name, in the languages that do so (and "Jalan", Welsh, Irish).
_NAME_FIRST = (r"(?:Via|Viale|Vicolo|Piazza|Piazzale|Corso|Largo|Contrada|Località|Calle|Carrer|Avenida|Avda\.|Av\.|Paseo"
               r"|Plaza|Camino|Carretera|Rua|Travessa|Praça|Alameda|Rodovia|Estrada|Rue|Avenue|Boulevard|Bd|Chemin|Allée"
               r"|Impasse|Quai|Route|ul\.|Ul\.|ulica|Ulica|al\.|Aleja|Strada|Calea|Bulevardul|Şoseaua|Jalan|Jln\.?|Jl\."
               r"|Lorong|Odos|Rruga|Str\.|Bóthar|Sráid|Ascaill|Heol|Ffordd|Stryd|Lôn|Cnoc|Bulevar|Avinguda|Passeig|Jr\.|Jirón|Pasaje"
               r"|Psje\.|Calzada|Calz\.|Soi|Boul\.|boul\.|C/|Cll\.|Cra\.|Carrera|Sokak|Sok\.|Caddesi|Cad\.)")
_TYPE_AFTER_NUMBER = (r"(?:rue|Rue|RUE|avenue|boulevard|bd|boul\.|chemin|ch\.|allée|impasse|quai|place|route|cours|rang"
                      r"|Heol|Ffordd|Stryd|Lôn|Bóthar|Sráid|Jalan|Jln\.?|Calle|Via|via|Rua|rua|Soi)")
_SUFFIX = (r"(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|gracht|straat|laan|plein|kade|dreef"
           r"|singel|steeg|gatan|gata|vägen|väg|gränd|torget|gade|gaden|vej|vejen|stræde|veien|vegen|gaten|katu|tie|kuja"
           r"|vegur|stræti|stígur|braut)")
_SEPARATE_TYPE = (r"(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Gasse|Ring|Damm|Ufer|utca|út|tér|körút|sétány|ulice|třída"
                  r"|gate|gata|gatan|vei|veien|vej|väg|vägen|allé|plass|torg|Caddesi|Cad\.|Cd\.|Sokak|Sok\.|Sk\.|Bulvarı|Blv\."
                  r"|iela|gatvė|g\.|pr\.|prospektas|tänav|tn|maantee|mnt|puiestee|pst|cesta|ulica|trg|náměstí|nábřeží"
                  r"|u\.|krt\.)")
_LOWER_SUFFIX = (r"(?:gatan|gata|vägen|gade|gaden|vej|vejen|veien|vegen|gaten|katu|vegur|stræti|straße|strasse|straat"
                 r"|gracht|laan)")
_LOWER_SEPARATE_TYPE = r"(?:utca|ut|út|cad\.?|caddesi|sok\.?|sokak|iela|gatvė|cesta|ulica|bulvarı)"
_LOWER_NAME_FIRST = r"(?:calle|carrera|rua|avenida|avda\.|av\.|ul\.|jalan|jl\.|strada|bulevardul)"
_NAME = rf"(?:{_CAPW}|{_ORDINAL}|{_JOIN}|\d{{1,2}}(?=[ ]de[ ]))"
_STAIR = r"(?:[ ][A-H](?:[ ]\d{1,3})?(?![\p{L}\d]))?"  # Finland's staircase and flat: "Mannerheimintie 12 B 7"
# "Chapter 5, Main Street Blues", "Year 4  Crowcroft Park": a number of a chapter, a year group, a page is no house
_NOT_A_HOUSE = (r"(?<!(?i:chapter|section|part|page|step|year|level|room|box|week|day|grade|stage|class|table|figure"
                r"|item|question|unit|track|episode|verse|psalm|rule|article|clause|paragraph|para|p|pp)\.?[ ,]+)")

# Parts that need a unit or building before them to be a street: "Adeola Odeku Street" after "Plot 5, ",
# "Street 7" after "House 23, ", "Road No. 12", "Sector 15", "3rd Cross", "6th Main".
_WEAK_STREET = (
    rf"(?:{_CAPW}[ ]){{1,3}}{_TYPE}{_AFTER_COMPASS}?|(?<![\p{{L}}\d]){_NAME_FIRST}[ ]+(?:{_NAME}[ ]+){{0,3}}{_CAPW}"
    rf"|(?:Street|Road|Lane|Sector|Block|Soi|Phase|Avenue)[ ](?:No\.?[ ]?)?\d+[A-Z]?|{_ORDINAL}[ ](?:Cross|Main|Block|Stage|Phase|Avenue|Street|Road)(?:[ ]Road)?")

# A division of a town or a district, named by its kind before or after its name: Vietnam's phường, quận, the
# Philippines' barangay, Mexico's colonia, Brazil's bairro, Indonesia's kelurahan, Thailand's khwaeng and khet,
# Korea's -gu and -dong, Japan's -ku, China's and Taiwan's District.
_DIVISION = (r"(?:(?:Phường|Quận|Huyện|Xã|Thị[ ]xã|Brgy\.|Barangay|Bgy\.|Col\.|Colonia|Bairro|Barrio|Urb\.|Urbanización"
             r"|Kel\.|Kelurahan|Kec\.|Kecamatan|Khwaeng|Khet|Tambon|Amphoe|Mahallesi|Mah\.|Sector)[ ]\p{Lu}?"
             r"|\p{Lu}[\p{Ll}]+-(?:gu|dong|ku|shi|si|eup|myeon)(?![\p{L}])"
             r"|(?:\p{Lu}[\p{L}'’\-]+[ ]){1,2}(?:District|Subdistrict|Township)(?![\p{L}]))")
# A unit, a box or a house number: "Flat 12B", "Apt 5B", "Unit 3/45", "Suite 210", "Level 8", "Plot No. 17",
# "H.No. 8-2-293/82", "No. 45", "#05-67", "12/F", "12th Floor", "Piso 5", "3º izq.", "2. th.", "m. 12", "app. 3",
# "C-24", "TC 15/1123", "F-8/3".
_UNIT = (
    r"(?:(?i:flat|fflat|apartment|apt|unit|suite|ste|level|floor|fl|plot(?:[ ]no)?|stand|villa|house(?:[ ]no)?|hse(?:[ ]no)?"
    r"|h\.[ ]?no|door[ ]no|casa|godown(?:[ ]no)?|blk|block|lot|shop|no|number|room|rm|bldg|building|tower|piso|app|apto"
    r"|depto|dpto|dept|site|comp|box|m|lokal|whg|top|stiege|portal|lgh|daire|kat|imm|bl|ap|sc)[.:]?[ ]*\#?[ ]?[A-Z]?\d+[A-Za-z]?(?:[\-/]\d+[A-Za-z]?)*"
    # Turkey's door "D: 4", Denmark's ground floor "st. tv."
    r"|D:[ ]?\d+[A-Za-z]?|(?:st|kl)\.[ ]?(?:tv|th|mf)\.?"
    r"|(?i:flat|apartment|apt|unit|suite|block|tower|depto|dpto|apto|puerta|bureau|bloque|torre)\.?[ ]+[A-H](?![\p{L}\d])"
    # an office, a bureau, a Taiwanese lane, alley, section, a floor written "5F", a German storey "3. OG"
    r"|(?:Of\.|of\.|Oficina|oficina|Bureau|bureau|Lane|Alley|Section|Sec\.|Int\.|Interior|Dpto\.|Local)[ ]?\d+[A-Za-z]?"
    r"|\d{1,2}F(?![\p{L}\d])|\d{1,2}\.[ ]?(?:OG|UG|EG|DG|Stock|Etage|étage)(?![\p{L}\d])"
    r"|\#[ ]?\d+(?:-\d+)?|\d+(?:st|nd|rd|th)[ ]+(?i:floor)|\d+/F|\d+[º°ª][ ]?(?:\p{L}+\.?)?|\d+\.[ ]?(?:th|tv|mf|sal)\.?"
    r"|[A-Z]{1,3}-?[ ]?\d+(?:[\-/]\d+)+|[A-Z]-\d+)"
)
_BUILDING_WORDS = (r"(?:House|Lodge|Office|Centre|Center|Campus|Building|Bldg|Forge|Farm|Cottage|Cottages|Barn|Mill|Court"
                   r"|Hall|Tower|Towers|Residency|Residence|Apartments|Mansions|Chambers|Plaza|Complex|Villa|Estate|Heights"
                   r"|Maltings|Granary|Enclave|Arcade|Mall|Manor|Rectory|Vicarage|Grange|Works|Buildings|Point|Wharf|Yard"
                   r"|Annexe|Block|Wing|Park|Gardens|Flats)")
_BUILDING = (rf"(?:(?:The|Tŷ|Ty|Masseria|Palazzo|Villa|Cascina|Quinta|Hacienda|Finca|Casa)[ ]{_CAPW}(?:[ ](?:{_CAPW}|{_JOIN})){{0,3}}"
             rf"|(?:{_CAPW}[ ]){{1,3}}(?:for[ ](?:{_CAPW}[ ]?){{1,2}}[ ])?{_BUILDING_WORDS}(?:[ ]for[ ]{_CAPW}(?:[ ]{_CAPW})?)?)")
# a building named by its kind ("The Lodge", "Thekkedath House"), not "The Beatles": its last word a building word
_NAMED_BUILDING = (rf"(?:\p{{Lu}}[\p{{L}}'’\-]*+(?:[ ]\p{{Lu}}[\p{{L}}'’\-]*+){{1,3}}(?<=[ ]{_BUILDING_WORDS}))")  # one pass a word
_UNIT_ANCHOR = (r"(?:(?i:flat|fflat|apartment|apt|unit|suite|plot(?:[ ]no)?|stand|villa|house(?:[ ]no)?|hse(?:[ ]no)?|h\.[ ]?no"
                r"|door[ ]no|casa|godown(?:[ ]no)?|no|lot|shop)\.?[ ]*\d+[A-Za-z]?(?:[\-/]\d+[A-Za-z]?)*)")
STREET_PARTS = (
    # the street named first, then its number: "Via Roma 12", "Calle de Alcalá 45", "Av. Paulista, 1578"
    rf"(?P<name_first>(?<![\p{{L}}\d])(?=[\p{{Lu}}ua]){_NAME_FIRST}[ ](?:{_NAME}[ ]){{0,4}}{_CAPW},?[ ](?:n[º°or]\.?[ ]?)?{_NUM}(?![\p{{L}}\d]))"
    # one word ending in its type, then the number: "Keizersgracht 123-2", "Hauptstr. 5"
    rf"|(?P<suffixed>(?<![\p{{L}}\-])\p{{Lu}}[\p{{L}}\-]*+\.?(?<=(?i:{_SUFFIX}))[ ]{_NUM}{_STAIR}(?![\p{{L}}\d]))"
    # a name, its type as a word, the number: "Schlesische Straße 27", "Váci utca 19"
    rf"|(?P<separate>(?<![\p{{L}}\-])(?:\p{{Lu}}[\p{{L}}\-]*+[ ]){{1,2}}{_SEPARATE_TYPE}[ ](?:No[:.]?[ ]?)?{_NUM}(?![\p{{L}}\d]))"
    # the number, then the type, then the name: "14 rue des Lilas", "5 Bóthar na Mara", "4521, rue Saint-Denis"
    rf"|(?P<type_after_number>{_NUM}(?:[ ]?(?:bis|ter))?,?[ ]{_TYPE_AFTER_NUMBER}[ \-]+(?:{_NAME}[ \-]+){{0,3}}{_CAPW}(?:[ ]\d{{1,3}}(?=,))?)"
    # the number, a direction, names or an ordinal, a type of any English-speaking country, a direction:
    # "5500 Wayzata Blvd", "88 W 34th St", "40 Eglinton Ave E", "91-1001 Keaunui Dr", "3/45 Smith Rd"
    rf"|(?P<number_first>(?<![\d.,:£$€]){_NOT_A_HOUSE}(?:{_NUM},?[ ])(?:{_COMPASS}[ ])?(?:{_CAPW}|{_ORDINAL})(?:[ ](?:{_NAME})){{0,3}}"
    rf"[ ]{_TYPE}(?![\p{{L}}\d'’\-]){_AFTER_COMPASS}?(?:[ ]\d{{1,3}}(?=,))?)"
    rf"|(?P<lower>(?<![\d.,:£$€]){_NOT_A_HOUSE}\d+[a-z]?(?:/\d+)?[ ](?:[nsew][ ])?(?!(?:and|a|the|of|to|in|on|at|for|with|or|by|from|along|down|up|minutes?|mins?|hours?|miles?|days?|weeks?|years?)\b)"
    rf"\p{{Ll}}[\p{{Ll}}'’\-]+(?:[ ]\p{{Ll}}[\p{{Ll}}'’\-]+)?[ ]{_LOWER_TYPE}(?![\p{{L}}\d'’\-]))"
    # a street of a country that names it first or types it in its own word, in lower case as chat writes it:
    # "storgatan 12", "laugavegur 26", "andrassy ut 45", "bagdat cad no 123", "rua augusta 1500", "calle 93 #11-26"
    rf"|(?P<lower_local>(?<![\p{{L}}\d\-])(?:\p{{Ll}}[\p{{Ll}}\-]*+(?<={_LOWER_SUFFIX})|\p{{Ll}}{{3,}}[ ]{_LOWER_SEPARATE_TYPE}"
    rf"|{_LOWER_NAME_FIRST}(?:[ ]\p{{Ll}}[\p{{Ll}}\-]*+){{1,3}})[ ](?:no[:.]?[ ]?)?\d+[a-z]?(?:[\-/]\d+)?(?![\p{{L}}\d])"
    rf"|(?<![\p{{L}}\d])(?:calle|carrera|cra\.|avenida|av\.|diagonal|transversal)[ ]\d+[a-z]?[ ]*(?:\#|no\.?)[ ]?\d+[a-z]?-\d+)"
    # Colombia: "Calle 85 #11-53", "Carrera 7 # 32-16"
    rf"|(?P<grid>(?<![\p{{L}}\d])(?:Calle|Carrera|Cra\.|Avenida|Av\.|Transversal|Diagonal)[ ]\d+[A-Z]?[ ]*(?:\#|No\.?)[ ]?\d+[A-Z]?(?:[ ](?:Sur|Este|Bis))?-\d+"
    # Rwanda: "KG 7 Ave 14", "KN 3 Rd 12" (the district's letters, the street's number, its type, the house)
    rf"|(?<![\p{{L}}\d])K[GNK][ ]\d+[ ](?:Ave|St|Rd)[ ]\d+(?![\p{{L}}\d]))"
    # PO boxes: "P.O. Box 4417", "PO Box 30197-00100", "GPO Box 12", "Private Bag 3"
    rf"|(?P<box>(?<![\p{{L}}])(?:(?:G\.?)?P\.?[ ]?O\.?[ ]?Box|Post[ ]Office[ ]Box|Private[ ]Bag|Locked[ ]Bag|B\.?P\.?|Boîte[ ]postale"
    rf"|Caixa[ ]Postal|Apartado(?:[ ]Postal)?|Casilla(?:[ ]de[ ]Correo)?|Postfach|Skrytka[ ]pocztowa)[ ](?:[A-Z]{{1,2}}-)?\d+(?:-\d{{5}})?"
    rf"(?=,?[ ]*\d{{4,5}}[ ]\p{{Lu}}|,[ ]\p{{Lu}})|(?:(?:G\.?)?P\.?[ ]?O\.?[ ]?Box|Post[ ]Office[ ]Box|Private[ ]Bag|Locked[ ]Bag)[ ](?:[A-Z]{{1,2}}-)?\d+(?:-\d{{5}})?)"
    # rural routes: "RR 2 Box 118", "RR 4, Site 12, Comp 7", "Rural Route 3"
    rf"|(?P<route>(?<![\p{{L}}])(?:(?:RR|R\.R\.|Rural[ ]Route)[ ]?\d+|(?:HC|Star[ ]Route)[ ]?\d+(?=,?[ ]Box))(?:,?[ ](?:Box|Site|Comp)[ ]\d+)*)"
    # Japan, romanised: "2-21-1 Shibuya, Shibuya-ku", "5 Chome-2-1 Ginza"
    rf"|(?P<japan>(?<![\p{{L}}\d\-])(?:\d{{1,2}}-\d{{1,2}}-\d{{1,4}},?[ ](?:{_CAPW}[ ]?){{1,2}},[ ]\p{{Lu}}\p{{Ll}}+-(?:ku|shi|cho|machi|gun)"
    rf"|\d{{1,2}}[ ]?Chome-\d{{1,2}}(?:-\d{{1,4}})?[ ]{_CAPW}))"
    # a flat alone: "Flat A", "Apartment 39"
    rf"|(?P<flat>(?<![\p{{L}}\d])(?:Flat|Fflat|Apartment|Apt\.)[ ](?:\d+[A-Za-z]?(?![\p{{L}}\d\-/]|[.,][ ]?\d)"
    # a flat by its letter after "at", or ending its part: "Mrs Sharma at Flat A, says"; not "Flat B is the answer"
    rf"|(?:(?<=(?i:\b(?:at|in|to|from|of))[ ]Flat[ ])|(?<=(?:Flat|Apartment)[ ]))[A-H](?=[ ]*(?:[,;\n]|$))"
    rf"|(?<=(?i:\b(?:at|in|to|from|of))[ ](?:Flat|Apartment)[ ])[A-H](?![\p{{L}}\d])))"
    # a house number in words: "nine Sculcoates Lane"
    rf"|(?P<spelled>(?<![\p{{L}}])(?=[OoTtFfSsEeNn])(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    rf"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)[ ](?:{_CAPW}[ ]){{1,2}}(?:Road|Street|Lane|Avenue|Close|Drive"
    rf"|Crescent|Grove|Terrace|Gardens|Mews|Square|Place)(?![\p{{L}}\d]))"
    # a building or a unit, then an unnumbered street: "The Lodge, Shere Lane", "Plot 5, Adeola Odeku Street",
    # "House 23, Street 7", "Casa 14, Calle Los Pinos", "No. 45, 3rd Cross"
    rf"|(?P<building_street>(?<![\p{{L}}\d])(?=\p{{Lu}}|[fasplvhdcgn])(?:{_NAMED_BUILDING}|{_UNIT_ANCHOR})(?:,[ ]{_UNIT}){{0,3}},[ ](?:{_WEAK_STREET})"
    rf"(?:,?[ ](?:n[º°o]\.?[ ]?)?{_NUM}(?![\p{{L}}\d]))?)"
    # Korea, romanised: "123 Sejong-daero", "55 Haeundaehaebyeon-ro", "12 Teheran-ro 20-gil"
    rf"|(?P<korea>(?=\d)(?<![\p{{L}}\d\-.,:£$€]){_NOT_A_HOUSE}\d+(?:-\d+)?,?[ ]\p{{Lu}}\p{{Ll}}{{3,}}[\p{{Ll}}\d]*-?(?:ro|gil|daero)(?:[ ]\d+(?:beon)?-?gil)?(?![\p{{L}}\d\-]))"
    # a numbered name before an administrative division of its town: "45 Nguyễn Huệ, Phường Bến Nghé",
    # "12 Mabini, Brgy. San Roque", "7 Las Flores, Col. Centro", "33 Rua Nova, Bairro Centro", "9 Melati, Kel. Menteng"
    rf"|(?P<before_division>(?=\d)(?<![\p{{L}}\d\-.,:£$€#]){_NOT_A_HOUSE}{_NUM}[ ](?:{_NAME}[ ]){{0,3}}{_CAPW}(?=,[ ]+{_DIVISION}))"
    # a plot, a stand or a numbered house, then its area and town: "Stand 1234, Borrowdale West, Harare",
    # "Erf 512, Kleinmond, Overberg", "House No. 9, Adabraka, Accra"
    rf"|(?P<plot_places>(?<![\p{{L}}\d])(?:Stand|Erf|Lot|Plot(?:[ ]No\.?)?|House[ ]No\.?|Hse\.?[ ]No\.?|H\.[ ]?No\.?|Door[ ]No\.?)[ ]?\d+[A-Za-z]?(?:[\-/]\d+)*"
    rf",[ ]{_CAPW}(?:[ ]{_CAPW}){{0,2}}(?=,[ ]\p{{Lu}}))"
    # Singapore blocks: "Blk 123 Ang Mo Kio Ave 3", "Blk 456 Jurong West St 41"
    rf"|(?P<block>(?<![\p{{L}}])(?:Blk|Block)[ ]\d+[A-Z]?[ ](?:{_CAPW}[ ]){{1,4}}{_TYPE}(?:[ ]\d+)?(?![\p{{L}}\d]))"
)
# each shape compiled alone: one alternation of them all is twice as slow as the shapes one after another
_STREET_PARTS = tuple((regex.search(r"\(\?P<(\w+)>", shape).group(1), regex.compile(shape))  # type: ignore[union-attr]
                      for shape in regex.split(r"\|(?=\(\?P<)", STREET_PARTS))
UNIT = regex.compile(_UNIT)
_BEFORE = regex.compile(rf"(?<![\p{{L}}\d\-'’])(?:{_UNIT}|{_BUILDING}|{_WEAK_STREET})[ \t]*\Z")
_UNITS_JUST_BEFORE = regex.compile(
    r"(?<![\p{L}\d\-'’])(?:(?:(?i:blk|block|bldg|building|tower|phase|lot|unit|flat)\.?[ ]?\d+[A-Z]?|\#\d{1,3}-\d{1,5})[ ]+){1,2}\Z")
_UNIT_OPENING = regex.compile(r"(?i:blk|block|lot|bldg|building|unit|flat|tower)\b")
_PART_SEPARATOR_BEFORE = regex.compile(r"(?r)(?:,[ ]*\n?|\n)[ \t]*\Z")
_NOT_BEFORE = regex.compile(r"(?i:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Dear|Re|Tel|Email|Phone|Fax|Contact|Attn|FAO)\b)")
# "number 47 Nunhead Grove", "no. 14 Awolowo Road", "Flat 12, Queen Street": a house or flat number right before
_NUMBER_WORD_BEFORE = regex.compile(
    r"(?<![\p{L}])(?i:number|no\.?|nr\.?|flat|fflat|apartment|apt\.?|unit|suite|plot|stand|villa|house|hse\.?|lot"
    r"|building|bldg\.?|imm\.)[ ]*\Z")
# "Heol y ⟦Gaer⟧", "Ffordd y ⟦Llan⟧": a street's first words before a town-like word taken alone
_STREET_WORD_BEFORE = regex.compile(rf"(?<![\p{{L}}\d])(?:\d+[a-z]?[ ]+)?{_NAME_FIRST}(?:[ ](?:{_JOIN}|{_CAPW})){{0,3}}[ ]+\Z")

_STATES = ("(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND"
           "|OH|OK|OR|PA|PR|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT|NSW|VIC|QLD|TAS"
           "|ACT|SP|RJ|MG|BA|RS|PR|SC|DF|CDMX|[A-Z]{2}(?=[ ,]+\\d))")
_POSTAL = (r"(?:(?:[A-Z]{1,2}-)?(?:\d{5}-\d{3,4}|\d{4}-\d{3}|\d{3}-\d{4}|\d{2}-\d{3}|\d{3}[ ]\d{2}|\d{3}[ ]?\d{3}|\d{7}|\d{3,5})"
           r"|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|[AC-FHKNPRTV-Y]\d[\dW][ ]?[AC-FHKNPRTV-Y\d]{4}|\d{4}[ ]?[A-Z]{2}(?![\p{L}])"
           r"|S\(\d{6}\)|[A-Z]\d{4}[A-Z]{0,3}|[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2})(?![\p{L}\d])")
_STOP = (r"(?!(?:Tel|Phone|Mob|Mobile|Email|E-mail|Fax|Dear|Re|Date|Ref|Contact|Thanks|Thank|Regards|Best|Kind|Cheers"
         r"|Mum|Mom|Dad|Please|I|We|He|She|They|It|You|This|That|Then|But|And|Also|Call|Ring|Text|Monday|Tuesday|Wednesday"
         r"|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October"
         r"|November|December|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Name|Hi|Hello|Yours|Sincerely|Signed|Note|Notes"
         r"|Items?|Order|Invoice|Total|Subject|From|To|Cc|Sent|Attn|Parent|Child|Father|Mother|School|Year|Ask|Section|Part"
         r"|Page|Step|Stage|Room|Class|Group|Table|Figure|Appendix|Chapter|Key|Level|Grade|Ward|Court|Box|Unit|Week|Day)\b)")
_PLACE = (rf"{_STOP}(?:\p{{Lu}}\p{{Ll}}{{0,3}}\.|\p{{Lu}}[\p{{Ll}}'’\-][\p{{L}}'’\-]*|\p{{Lu}}{{3,}}(?![\p{{L}}]))(?:[ ](?:{_CAPW}|{_JOIN}|\(\p{{L}}+\.?\)|\d{{1,2}}(?![\d\-/]))"
          rf"|[ ]?/[ ]?\p{{Lu}}[\p{{L}}'’\-]+){{0,3}}")  # a district and its city: "Kadıköy/İstanbul"
_LOWER_PLACE = (r"(?!(?:and|the|then|till|until|for|from|with|if|so|but|lol|come|call|ring|near|by|at|in|on|to)\b)"
                r"\p{Ll}[\p{Ll}'’\-]+(?:[ ](?!(?:and|the|then|till|until|for|from|with|if|so|but|lol|come|call|ring"
                r"|near|by|at|in|on|to)\b)\p{Ll}[\p{Ll}'’\-]+)?")
_AFTER_PART = regex.compile(
    rf"(?:{_UNIT}|{_WEAK_STREET}"
    rf"|(?:[-–][ ]*)?(?:C\.?P\.?[ ]?)?{_POSTAL}(?:[ ]+{_PLACE})?|{_STATES}(?:,?[ ]+{_POSTAL})?"
    rf"|{_PLACE}(?:,?[ ]+{_STATES})?(?:[ ]*[-–]?[ ]*{_POSTAL})?)"
    rf"(?=[ ]*(?:[,;:.)\]|\n]|$|[ ][-–—][ ])|[ ]+(?:\p{{Ll}}|\d|\(|\#|S\(\d|\p{{Lu}}[\p{{L}}'’\-]+[ ]?/[ ]?\p{{Lu}}))"
)
_LOWER_AFTER_PART = regex.compile(
    rf"(?:{_UNIT}|{_LOWER_PLACE}(?:[ ]+[a-z]{{2}})?(?:[ ]+\d{{4,6}})?)(?=[ ]*(?:[,;:.)\n]|$)|[ ]+\p{{Ll}})")
_AFTER_SEPARATOR = regex.compile(r",?[ ]*\n[ \t]*|,[ ]*|[ ]+[-–/][ ]+|[ ]+(?=\#|S\(\d|[-–]?[ ]*\d|(?i:apt|unit|suite|ste|flat|piso|app|apto"
                              r"|depto|dpto|m\.[ ]?\d|of\.[ ]?\d|bureau|lgh|daire|kat)\b|D:[ ]?\d)"
                              # a district and its city joined by a slash: "No: 123 D: 4 Kadıköy/İstanbul"
                              r"|[ ]+(?=\p{Lu}[\p{L}'’\-]+[ ]?/[ ]?\p{Lu})|[ ]*\n[ \t]*")
_LINE_AFTER = regex.compile(r"[^\n]*")
# A UK postcode ending a part (the address stops before it): "…, Kendal LA9 4QX"
_UK_POSTCODE_END = regex.compile(r"[ ,]*(?:[-–][ ]*)?(?<![\p{L}\d])[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}[ .]*\Z")
_MAX_PARTS = 6


def street_parts(text: str) -> Iterator[tuple[int, int, str]]:
    """The street lines of many countries in ``text``: (start, end, kind)."""
    found: list[tuple[int, int, str]] = []
    for kind, shape in _STREET_PARTS:
        for match in shape.finditer(text):
            surface = match.group()
            if kind in ("suffixed", "separate", "lower_local") and is_english_word(surface.split()[0].rstrip(".")):
                continue  # "Spring 2025", "Offspring 3": an English word, not a street
            found.append((match.start(), match.end(), kind))
    found.sort(key=lambda f: (f[0], -f[1]))
    end = -1
    for part in found:
        if part[1] > end:  # one inside another is read once
            yield part
            end = part[1]


def extend_back(text: str, start: int) -> int:
    """Where the address whose street or town starts at ``start`` begins, over the units and buildings before."""
    return _extend_back(text, start)[0]


def extend(text: str, start: int, end: int) -> tuple[int, int, int]:
    """The address around the street line ``text[start:end]``: back over the units and buildings before it, on
    over the units, localities, codes and country after it. Returns (start, end, parts) with the count of parts
    taken besides the street line."""
    parts = 0
    start, taken = _extend_back(text, start)
    parts += taken
    end, taken = _extend_on(text, end, lower=text[start:end].islower())
    return start, end, parts + taken


def _extend_back(text: str, start: int) -> tuple[int, int]:
    taken = 0
    street_word = _STREET_WORD_BEFORE.search(text, max(0, start - 40), start)
    if street_word is not None:  # "Heol y ⟦Gaer, Llandysul⟧": the street's first words
        start, taken = street_word.start(), 1
    if start < len(text) and text[start].isdigit():
        word = _NUMBER_WORD_BEFORE.search(text, max(0, start - 12), start)
        if word is not None:
            start, taken = word.start(), 1
    if _UNIT_OPENING.match(text, start):
        units = _UNITS_JUST_BEFORE.search(text, max(0, start - 30), start)
        if units is not None:
            start, taken = units.start(), taken + 1
    for _ in range(3):
        head = text[max(0, start - 80) : start]
        separator = _PART_SEPARATOR_BEFORE.search(head)
        if separator is None:
            break
        part_end = start - (len(head) - separator.start())
        line_break = "\n" in separator.group()
        part_start = max(text.rfind(",", 0, part_end), text.rfind("\n", 0, part_end), text.rfind(":", 0, part_end)) + 1
        part = text[part_start:part_end]
        found = _BEFORE.search(part)
        if found is None or _NOT_BEFORE.match(found.group()):
            break
        if line_break and part[: found.start()].strip():
            break  # the line above must be the unit or building alone
        start, taken = part_start + found.start(), taken + 1
        if part[: found.start()].strip():
            break  # sentence words before it: they stay
    return start, taken


def _extend_on(text: str, end: int, *, lower: bool) -> tuple[int, int]:
    pattern = _LOWER_AFTER_PART if lower else _AFTER_PART
    taken = 0
    while taken < _MAX_PARTS:
        separator = _AFTER_SEPARATOR.match(text, end) or (_SPACE.match(text, end) if lower else None)
        if separator is None:
            break
        if "\n" in separator.group():
            line = _LINE_AFTER.match(text, separator.end()).group()
            line_end = _whole_line(pattern, text, separator.end(), separator.end() + len(line))
            if line_end is None:
                break
            part_end, stop = _before_a_uk_postcode(text, separator.end(), line_end)
            if part_end > separator.end():
                end, taken = part_end, taken + 1
            if stop:
                break
            continue
        part = pattern.match(text, separator.end())
        if lower and separator.group().isspace() and not UNIT.match(text, separator.end()):
            town = _lower_town(text, separator.end())  # "laugavegur 26 reykjavik", "rua augusta 1500 sao paulo"
            if town is None:
                break
            end, taken = town, taken + 1
            continue
        if part is None or not part.group().strip() or (lower and _english(part.group())):
            break
        part_end, stop = _before_a_uk_postcode(text, separator.end(), separator.end() + len(part.group().rstrip(" .")))
        if part_end > separator.end():
            end, taken = part_end, taken + 1
        if stop:
            break
        if not lower and text[end : end + 2].startswith(" ") and text[end + 1 : end + 2].islower():
            break  # the sentence goes on: "…, Tauranga for a week"
    return end, taken


def _before_a_uk_postcode(text: str, start: int, end: int) -> tuple[int, bool]:
    """Where the part ``text[start:end]`` ends for the address, and whether the address stops there: a UK postcode
    ending the part is its own span (POSTCODE, found by its recognizer), so the address ends before it."""
    uk_postcode = _UK_POSTCODE_END.search(text, start, end)
    if uk_postcode is None:
        return end, False
    return (uk_postcode.start() if text[start : uk_postcode.start()].strip(" ,") else start), True


_SPACE = regex.compile(r"[ ]+(?=\p{Ll})")
_LOWER_WORD = regex.compile(r"\p{Ll}[\p{Ll}'’\-]+(?![\p{L}\d])")


# words of a chat that end a sentence or go on with it, not a town: "budapest pls", "bogota this week"
_CHAT_WORDS = frozenset("pls plz please lol innit tho thx ta xx x ok okay now then this that these tonight today tomorrow "
                        "tmrw yesterday asap btw".split())


def _lower_town(text: str, start: int) -> int | None:
    """The end of a lower-case town of one or two words at ``start``, or ``None``: no chat word, and one of its
    words no English word ("reykjavik, flat on the top floor", "sao paulo", "bogota this week"; not "now, come")."""
    words: list[regex.Match[str]] = []
    while len(words) < 2:
        word = _LOWER_WORD.match(text, start)
        if word is None or word.group() in _CHAT_WORDS:
            break
        words.append(word)
        start = word.end() + 1
        if not text.startswith(" ", word.end()):
            break
    if all(is_english_word(w.group()) for w in words):
        return None  # none taken, or "now, come round"
    if len(words) == 2 and is_english_word(words[1].group()):
        words.pop()  # "kadikoy near": the town is the first word
    return words[-1].end()


def _english(part: str) -> bool:
    """A lower-case part of English words only ("think", "come round") is the sentence, not a town."""
    return UNIT.fullmatch(part.strip()) is None and all(is_english_word(w) for w in part.split() if not w.isdigit())


def _whole_line(pattern: regex.Pattern[str], text: str, start: int, line_end: int) -> int | None:
    """The end of the line starting at ``start`` when it is address parts from end to end, else ``None``."""
    position = start
    for _ in range(4):
        part = pattern.match(text, position, line_end)
        if part is None or not part.group().strip():
            return None
        position = part.end()
        rest = text[position:line_end]
        if not rest.strip(" ,."):
            return position
        separator = _AFTER_SEPARATOR.match(text, position, line_end)
        if separator is None:
            return None
        position = separator.end()
    return None
