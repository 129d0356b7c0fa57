"""Hand-written rows for bench_known2_rows.py (known2 work, December 2026): lines in the registers of UK SEND
paperwork (EHC plans, annual reviews, registers, helpline and casework notes, clinic letters, parents' e-mails and
messages, scanned letters) each with the case's known block, holding occurrences of the known identifiers written
otherwise than in the block, which must all be found with the block passed (issue 9: "with the case's known
identifiers: still every occurrence"), beside look-alikes that must stay.

Classes: case; accents dropped or added; initials and partial names ("Mrs K-S", "A.K.", a listed nickname, a
surname alone in capitals); other orders ("KACZMARCZYK Szymon", "Surname, First"); diminutives of other languages;
transliterations; hyphenated and double-barrelled surnames split, joined or cut to one half; possessives and
plurals; OCR'd variants (0/O, 1/l, rn/m); numbers in any spacing and with a group broken over a line; dates of
birth in any layout, partial (day and month), in words, in Welsh or Polish; addresses abbreviated or in part;
postcodes without the space or in lower case; schools by a short name; e-mails split by a line break.

Look-alikes that must stay: an ordinary word equal to a listed nickname or a name that is also a word, used as a
word; a date with the birthday's day and month in another year (a review date); numbers that share a few digits
with a known number. Another person sharing a known first name ("Szymon Nowak, another pupil") is NOT a keep: a
name is an identifier whoever owns it, so it must be redacted anyway (its anonymiser label may be wrong, its removal
is right); such rows list it under finds.

Each row is (text, known, finds, keeps); a surface is looked up at its first occurrence in the text. Written by
hand before the known2 work, without running the detector on them and without copying any other set's lines;
scored once before and once after the work, and their misses are not to be read while tuning.
"""

Known = dict[str, list[str]]

ROWS: list[tuple[str, Known, list[str], list[str]]] = [
    # --- case and accents ---
    ("PUPIL: SZYMON KACZMARCZYK  YEAR 4  CLASS: WILLOW",
     {"PERSON:child": ["Szymon Kaczmarczyk"]}, ["SZYMON KACZMARCZYK"], ["YEAR 4", "WILLOW"]),
    ("rang mum re szymon kaczmarczyk, transport still not sorted, will ring back thurs",
     {"PERSON:child": ["Szymon Kaczmarczyk"]}, ["szymon kaczmarczyk"], ["transport", "thurs"]),
    ("Zoe O Suilleabhain attended with her father; Zoe was settled throughout.",
     {"PERSON:child": ["Zoë Ó Súilleabháin"]}, ["Zoe O Suilleabhain", "Zoe was"[:3]], ["father"]),
    ("Łukasz Wiśniewski (dad) asked for the minutes in Polish.",
     {"PERSON:father": ["Lukasz Wisniewski"]}, ["Łukasz Wiśniewski"], ["dad", "Polish"]),
    ("Mum: Mrs S. GUNES. Child: Elif GÜNEŞ, Reception.",
     {"PERSON:mother": ["Sevgi Güneş"], "PERSON:child": ["Elif Güneş"]}, ["GUNES", "Elif GÜNEŞ"], ["Reception"]),
    ("Attendance concerns for Renée Lefèvre: mum says Renee has had tonsillitis since half term.",
     {"PERSON:child": ["Renee Lefevre"]}, ["Renée Lefèvre", "Renee has"[:5]], ["tonsillitis", "half term"]),
    # --- initials and partial names ---
    ("Present: Mrs K-S (mum), HT, SENCo. Mrs K-S asked about the transport appeal.",
     {"PERSON:mother": ["Harpreet Kaur-Sandhu"], "PERSON:child": ["Jasleen Kaur-Sandhu"]}, ["K-S"], ["HT", "SENCo"]),
    ("Actions: A.K. to send the consent form back; school to chase CAMHS.",
     {"PERSON:mother": ["Agnieszka Kaczmarczyk", "Aga"]}, ["A.K."], ["CAMHS", "consent form"]),
    ("Aga phoned at 9.15, upset that the taxi did not come again.",
     {"PERSON:mother": ["Agnieszka Kaczmarczyk", "Aga"]}, ["Aga"], ["taxi"]),
    ("Email from KACZMARCZYK re draft plan; she wants Section F reworded.",
     {"PERSON:mother": ["Agnieszka Kaczmarczyk"]}, ["KACZMARCZYK"], ["Section F"]),
    ("TN to observe in class (TN = Tendai Nyathi's key worker) - TN will feed back.",
     {"PERSON:child": ["Tendai Nyathi"]}, ["TN", "Tendai Nyathi"], ["key worker"]),
    ("Minutes taken by DO'C. Parent (Ms O'Connell-Byrne) agreed the outcomes.",
     {"PERSON:mother": ["Deirdre O'Connell-Byrne"]}, ["DO'C", "O'Connell-Byrne"], ["outcomes"]),
    ("Seen with Mr M. for the second visit; Mr M. says Bilal sleeps about five hours.",
     {"PERSON:father": ["Imran Mahmood"], "PERSON:child": ["Bilal Mahmood"]}, ["M.", "Bilal"], ["five hours"]),
    # --- other orders ---
    ("KACZMARCZYK Szymon  DOB 14/03/2011  UPN B820200123456",
     {"PERSON:child": ["Szymon Kaczmarczyk"], "DATE_OF_BIRTH": ["2011-03-14"], "UPN": ["B820200123456"]},
     ["KACZMARCZYK Szymon", "14/03/2011", "B820200123456"], []),
    ("Nguyen, Thi Lan (Year 9) - access arrangements approved.",
     {"PERSON:child": ["Lan Nguyen"]}, ["Nguyen, Thi Lan"], ["Year 9", "access arrangements"]),
    ("Register entry: Adeyemi-Cole, Oluwatobi J. (pupil premium)",
     {"PERSON:child": ["Oluwatobi Adeyemi-Cole"]}, ["Adeyemi-Cole, Oluwatobi J."], ["pupil premium"]),
    ("Surname: Ó Briain   Forename(s): Caoimhe Áine",
     {"PERSON:child": ["Caoimhe Ó Briain"]}, ["Ó Briain", "Caoimhe Áine"], ["Surname", "Forename(s)"]),
    # --- diminutives of other languages ---
    ("Szymek loves Lego; mama says Szymek is calmer since Easter.",
     {"PERSON:child": ["Szymon Kaczmarczyk"]}, ["Szymek"], ["Lego", "Easter"]),
    ("Gosia (mum) will bring the interpreter; Gosia prefers calls after 4.",
     {"PERSON:mother": ["Małgorzata Zielińska"]}, ["Gosia"], ["interpreter"]),
    ("Kasia found the visit helpful and wants Kuba to start in September.",
     {"PERSON:mother": ["Katarzyna Lewandowska"], "PERSON:child": ["Jakub Lewandowski"]}, ["Kasia", "Kuba"], ["September"]),
    ("Sasha's speech is coming on; dad (Dima) practises the cards at home.",
     {"PERSON:child": ["Aleksandr Petrov"], "PERSON:father": ["Dmitri Petrov"]}, ["Sasha", "Dima"], ["cards"]),
    ("Seun enjoyed forest school, and Tobi his brother came to collect him.",
     {"PERSON:child": ["Oluwaseun Adebayo"], "PERSON:sibling": ["Oluwatobi Adebayo"]}, ["Seun", "Tobi"], ["forest school"]),
    ("Emeka was dysregulated after lunch; Mr Okafor collected him at 1.30.",
     {"PERSON:child": ["Chukwuemeka Okafor"]}, ["Emeka", "Okafor"], ["lunch"]),
    ("Pepe and his sister Lupe both use the breakfast club.",
     {"PERSON:child": ["José Fernández"], "PERSON:sibling": ["Guadalupe Fernández"]}, ["Pepe", "Lupe"], ["breakfast club"]),
    ("Dai (grandad) is the main carer on weekdays.",
     {"PERSON:grandfather": ["Dafydd Pritchard"]}, ["Dai"], ["grandad", "weekdays"]),
    # --- transliterations ---
    ("Muhammad Hussein joined Year 2 from Birmingham in January.",
     {"PERSON:child": ["Mohammed Hussain"]}, ["Muhammad Hussein"], ["Year 2", "January"]),
    ("Dad (Mohamed) works nights, so mum (Fatimah) does the school run.",
     {"PERSON:father": ["Mohammed Ali"], "PERSON:mother": ["Fatima Ali"]}, ["Mohamed", "Fatimah"], ["nights"]),
    ("Oleksandr Kovalenko arrived from Kharkiv in April; Alexander has little English yet.",
     {"PERSON:child": ["Aleksandr Kovalenko"]}, ["Oleksandr Kovalenko", "Alexander"], ["Kharkiv", "April"]),
    ("Report written for Youssef Chaudhary by the outreach teacher.",
     {"PERSON:child": ["Yusuf Chaudhry"]}, ["Youssef Chaudhary"], ["outreach teacher"]),
    # --- hyphenated and double-barrelled ---
    ("Jasleen Kaur Sandhu uses a writing slope; KaurSandhu on the register is the same child.",
     {"PERSON:child": ["Jasleen Kaur-Sandhu"]}, ["Jasleen Kaur Sandhu", "KaurSandhu"], ["writing slope"]),
    ("Letter to Mr Forbes regarding Isla's placement at the resource base.",
     {"PERSON:father": ["Alasdair Forbes-Mackenzie"], "PERSON:child": ["Isla Forbes-Mackenzie"]}, ["Forbes", "Isla"], ["resource base"]),
    ("Akosua MensahBonsu, Year 6 - SATs access arrangements agreed.",
     {"PERSON:child": ["Akosua Mensah Bonsu"]}, ["Akosua MensahBonsu"], ["SATs"]),
    # --- possessives and plurals ---
    ("The Kaczmarczyks have moved; the Kaczmarczyks' new flat is nearer school.",
     {"PERSON:child": ["Szymon Kaczmarczyk"]}, ["Kaczmarczyks", "Kaczmarczyks'"], ["flat"]),
    ("Lefevres' neighbour rang the office.",
     {"PERSON:child": ["Renee Lefevre"]}, ["Lefevres'"], ["neighbour"]),
    ("Szymons mum says he is not sleeping.",
     {"PERSON:child": ["Szymon Kaczmarczyk"]}, ["Szymons"], ["not sleeping"]),
    # --- OCR'd variants ---
    ("Re: Szyrnon Kaczrnarczyk  D.O.B. 14/O3/2O11",
     {"PERSON:child": ["Szymon Kaczmarczyk"], "DATE_OF_BIRTH": ["2011-03-14"]},
     ["Szyrnon Kaczrnarczyk", "14/O3/2O11"], []),
    ("Dear Mrs WiIliams, thank you for attending the review of 0liwia.",
     {"PERSON:mother": ["Karen Williams"], "PERSON:child": ["Oliwia Williams"]}, ["WiIliams", "0liwia"], ["review"]),
    ("NHS No: 4B5 777 3456 (from the scan)",
     {"NHS_NUMBER": ["4857773456"]}, ["4B5 777 3456"], ["scan"]),
    # --- numbers in any spacing, broken over a line ---
    ("NHS number 485 777\n3456; GP Dr Haque.",
     {"NHS_NUMBER": ["4857773456"]}, ["485 777\n3456"], ["GP"]),
    ("NHS: 4857 7734\n56 (as on the red book)",
     {"NHS_NUMBER": ["485 777 3456"]}, ["4857 7734\n56"], ["red book"]),
    ("mum's mob 07700-900-123 or 0 7 7 0 0 9 0 0 1 2 3 if no answer",
     {"PHONE": ["07700 900123"]}, ["07700-900-123", "0 7 7 0 0 9 0 0 1 2 3"], []),
    ("Call back on +44 7700\n900123 after school.",
     {"PHONE": ["07700 900123"]}, ["+44 7700\n900123"], []),
    ("NI no. qq 12 34 56 c, ULN 12345\n67890",
     {"NI_NUMBER": ["QQ123456C"], "ULN": ["1234567890"]}, ["qq 12 34 56 c", "12345\n67890"], []),
    ("Our ref: EHC/2025/\n00417. Please quote EHC-2025-00417 on replies.",
     {"CASE_REF": ["EHC/2025/00417"]}, ["EHC/2025/\n00417", "EHC-2025-00417"], []),
    ("UPN b820 2001 2345 6 on the transfer file.",
     {"UPN": ["B820200123456"]}, ["b820 2001 2345 6"], ["transfer file"]),
    # --- dates of birth in any layout ---
    ("DOB 14.3.11, Year 10, EAL.",
     {"DATE_OF_BIRTH": ["14/03/2011"]}, ["14.3.11"], ["Year 10", "EAL"]),
    ("Her birthday is March 14th so the party falls in the Easter holidays.",
     {"DATE_OF_BIRTH": ["14/03/2011"]}, ["March 14th"], ["Easter holidays"]),
    ("Born on the fourteenth of March two thousand and eleven in Wrexham.",
     {"DATE_OF_BIRTH": ["14/03/2011"]}, ["fourteenth of March two thousand and eleven"], []),
    ("Dyddiad geni: 14 Mawrth 2011. Ysgol: Ysgol Bryn Teg.",
     {"DATE_OF_BIRTH": ["14/03/2011"], "SCHOOL": ["Ysgol Bryn Teg"]}, ["14 Mawrth 2011", "Ysgol Bryn Teg"], []),
    ("Data urodzenia: 14 marca 2011 r., Kraków.",
     {"DATE_OF_BIRTH": ["14/03/2011"]}, ["14 marca 2011"], []),
    ("d.o.b 2011-03-14 (US form on the old file: 03/14/2011)",
     {"DATE_OF_BIRTH": ["14 March 2011"]}, ["2011-03-14", "03/14/2011"], []),
    ("Annual review held 14/03/2025, on his birthday; next review 14 March 2026.",
     {"DATE_OF_BIRTH": ["14/03/2011"]}, [], ["14/03/2025", "14 March 2026"]),
    ("birthday 14/3 - mum asked for no fuss in class",
     {"DATE_OF_BIRTH": ["14/03/2011"]}, ["14/3"], ["no fuss"]),
    # --- addresses and postcodes ---
    ("Home visit at 12 Acacia Ave, Chapeltown; then to the clinic on Acacia Avenue Road.",
     {"ADDRESS": ["12 Acacia Avenue, Chapeltown, Leeds"]}, ["12 Acacia Ave", "Chapeltown"], ["clinic"]),
    ("Address: Flat 3, 27 Bridge St., LEEDS ls7 4qp",
     {"ADDRESS": ["Flat 3, 27 Bridge Street, Leeds"], "POSTCODE": ["LS7 4QP"]}, ["Flat 3, 27 Bridge St.", "LEEDS", "ls7 4qp"], []),
    ("Taxi to pick up from LS74QP at 8.05.",
     {"POSTCODE": ["LS7 4QP"]}, ["LS74QP"], ["8.05"]),
    ("Family now at Rose Cott., Mill Ln, Hebden Bridge.",
     {"ADDRESS": ["Rose Cottage, Mill Lane, Hebden Bridge"]}, ["Rose Cott.", "Mill Ln", "Hebden Bridge"], []),
    # --- schools by short name ---
    ("Transition visit to St Bede's on Tuesday; St. Bede's SENCo to attend the review.",
     {"SCHOOL": ["St Bede's Catholic Primary School"]}, ["St Bede's", "St. Bede's"], ["Tuesday", "SENCo"]),
    ("He went to Bishop Vesey's before moving to the resource base.",
     {"SCHOOL": ["Bishop Vesey's Grammar School"]}, ["Bishop Vesey's"], ["resource base"]),
    ("Placement named: QEGS (sixth form) from September.",
     {"SCHOOL": ["Queen Elizabeth's Grammar School"]}, ["QEGS"], ["sixth form", "September"]),
    ("Now at Bro Morgannwg; the Welsh-medium unit there has space.",
     {"SCHOOL": ["Ysgol Gymraeg Bro Morgannwg"]}, ["Bro Morgannwg"], ["Welsh-medium unit"]),
    ("Other Catholic primary schools in the area were considered.",
     {"SCHOOL": ["St Bede's Catholic Primary School"]}, [], ["Catholic primary schools"]),
    # --- e-mails ---
    ("Please reply to aga.kaczmarczyk@\ngmail.com or to the school office.",
     {"EMAIL": ["aga.kaczmarczyk@gmail.com"]}, ["aga.kaczmarczyk@\ngmail.com"], ["school office"]),
    ("From: AGA.KACZ\nMARCZYK@GMAIL.COM\nSent: Monday",
     {"EMAIL": ["aga.kaczmarczyk@gmail.com"]}, ["AGA.KACZ\nMARCZYK@GMAIL.COM"], ["Monday"]),
    # --- look-alikes that must stay, and a shared first name that must go ---
    ("Bill was upset; Dad paid the bill for the taxi and will sort the bus pass.",
     {"PERSON:child": ["William Hartley", "Bill"]}, ["Bill"], ["bill for", "will sort"]),
    ("We hope Grace can join in; she said grace before lunch with the group.",
     {"PERSON:child": ["Grace Hope"]}, ["Grace"], ["hope", "grace before"]),
    ("May Chen may be eligible for a personal budget; it may take a term.",
     {"PERSON:child": ["May Chen"]}, ["May Chen"], ["may be", "may take"]),
    ("Szymon Nowak (another pupil in Willow) and Szymon K. sit together.",
     {"PERSON:child": ["Szymon Kaczmarczyk"]}, ["Szymon Nowak", "Szymon K."], ["Willow"]),
    ("OK, mum agreed. Oliwia to start the reduced timetable Monday.",
     {"PERSON:child": ["Oliwia Kaczmarczyk"]}, ["Oliwia"], ["OK", "reduced timetable"]),
    ("Roseanne rose to the challenge at sports day.",
     {"PERSON:child": ["Roseanne Doyle", "Rose"]}, ["Roseanne"], ["rose to"]),
    ("Meeting room 123, extension 9001; parent's mobile 07700 900123.",
     {"PHONE": ["07700 900123"]}, ["07700 900123"], ["room 123", "extension 9001"]),
]

FIND_AND_KEEP: list[tuple[str, list[str], list[str]]] = [(text, finds, keeps) for text, _, finds, keeps in ROWS]
KNOWN: list[Known] = [known for _, known, _, _ in ROWS]
