"""Hand-written rows for bench_known3_rows.py (known3 work, December 2026): lines of UK SEND paperwork (EHC plans,
annual reviews, registers, contact logs, referral forms, e-mails, messages, scanned letters, spreadsheets) each with
the case's known block, holding occurrences of the known identifiers as writers change them, which must all be found
with the block passed (issue 9: every occurrence), beside look-alikes that must stay. Written after
known2_rows and not repeating its cases.

Classes: names - initials alone, initial and surname in other layouts, a surname alone in capitals, a first name
or surname with a typo (a letter missing, doubled, swapped or changed), hyphened surnames split, joined or cut,
particles (de, van der, Mac/Mc, O'/Ó) written otherwise, a name in its own script or another transliteration,
English nicknames of the block's given name, names run together in user names, handles and e-mails; addresses -
street words abbreviated, without the house number, the flat or house number moved, in capitals, partial postcodes
(outward code, sector), postcodes spaced oddly; phones - any spacing, +44 and 0044 forms, digits in words, a
local number without its area code, a digit short; numbers - NHS/NI/UPN/ULN in any spacing, case or punctuation,
with OCR slips (O/0, l/1, S/5, B/8), an NI number without its suffix letter; dates of birth in every layout (ISO
without dashes, month abbreviations, two-digit years, weekday before, spaced separators, day and month only);
schools by short names, initials, without "School"/"Academy"; case references with their prefix dropped, spaces
added or leading zeros dropped.

Policy (the product's promise is every occurrence, so removal is preferred): another person who shares only a
known first name is listed under finds (a name is an identifier whoever owns it). Keeps are ordinary words equal to
a nickname or name word, used as words in lower case; dates and numbers that share part of a known one; generic
school and street words.

Each row is (text, known, finds, keeps); a surface is looked up at its first occurrence in the text. Written by hand
before the known3 work, without running the detector on them and without copying any other set's lines; scored
once before and once after the work; their misses are not to be read while tuning.
"""

Known = dict[str, list[str]]
Find = str | tuple[str, str, str]  # a surface, or (surface, "", a longer surface holding it) for a repeated one

_OKAFOR: Known = {"PERSON:child": ["James Okafor"]}

ROWS: list[tuple[str, Known, list[Find], list[str]]] = [
    # --- names: initials alone, initial and surname ---
    ("Actions: J.O. to bring the signed consent form to the next TAC meeting.",
     _OKAFOR, ["J.O."], ["consent form", "TAC meeting"]),
    ("Pupil J.Okafor (Yr 5) - reading age 7y2m, spelling age 6y9m.",
     _OKAFOR, ["J.Okafor"], ["reading age", "spelling age"]),
    ("Okafor J (5W) - late 4 times this half term.",
     _OKAFOR, ["Okafor J"], ["late 4 times"]),
    ("The attached report from OKAFOR, JAMES was received on Friday.",
     _OKAFOR, ["OKAFOR, JAMES"], ["Friday"]),
    ("cc: Mrs P. Adeyemi-Okafor (mum)",
     {"PERSON:mother": ["Precious Adeyemi-Okafor"]}, ["P. Adeyemi-Okafor"], ["mum"]),
    ("Summary of need for RIYA PATEL; PATEL has a diagnosis of ASD.",
     {"PERSON:child": ["Riya Patel"]}, ["RIYA PATEL", ("PATEL", "", "PATEL has")], ["ASD"]),
    # --- names: typos ---
    ("Jmaes has settled well into Year 5 and enjoys science.",
     _OKAFOR, ["Jmaes"], ["science"]),
    ("Jame's mum phoned to say he will be late on Monday.",
     _OKAFOR, ["Jame"], ["Monday"]),
    ("Siobahn Kavanagh attended with her aunt.",
     {"PERSON:child": ["Siobhan Kavanagh"]}, ["Siobahn Kavanagh"], ["aunt"]),
    ("Report on Caitlyn Brennan from the educational psychologist.",
     {"PERSON:child": ["Caitlin Brennan"]}, ["Caitlyn Brennan"], ["educational psychologist"]),
    ("Mr Okafour attended the meeting and signed the plan.",
     _OKAFOR, ["Okafour"], ["meeting"]),
    ("Annual review for Przemyslaw Wojcik: mum (Mrs Wojick) agreed the outcomes.",
     {"PERSON:child": ["Przemysław Wójcik"], "PERSON:mother": ["Ewa Wójcik"]},
     ["Przemyslaw Wojcik", "Wojick"], ["outcomes"]),
    ("Thomass has been using the calm box at break.",
     {"PERSON:child": ["Thomas Greenhalgh"]}, ["Thomass"], ["calm box"]),
    ("Letter sent to Mrs Greenhalg about the transport review.",
     {"PERSON:mother": ["Joanne Greenhalgh"]}, ["Greenhalg"], ["transport review"]),
    # --- names: hyphened surnames ---
    ("Ms Hughes Lloyd asked for the report in Welsh.",
     {"PERSON:mother": ["Sian Hughes-Lloyd"]}, ["Hughes Lloyd"], ["Welsh"]),
    ("Record: HUGHESLLOYD S (parent)",
     {"PERSON:mother": ["Sian Hughes-Lloyd"]}, ["HUGHESLLOYD S"], ["parent"]),
    ("Ms Lloyd said the taxi was late again.",
     {"PERSON:mother": ["Sian Hughes-Lloyd"]}, ["Lloyd"], ["taxi"]),
    ("Ellie Mae Thornton-Price joined the nurture group.",
     {"PERSON:child": ["Ellie-Mae Thornton-Price"]}, ["Ellie Mae Thornton-Price"], ["nurture group"]),
    # --- names: particles ---
    ("Gabriel De Souza and his father met the SENCo; Mr deSouza asked about speech therapy.",
     {"PERSON:child": ["Gabriel de Souza"], "PERSON:father": ["Paulo de Souza"]},
     ["Gabriel De Souza", "deSouza"], ["SENCo", "speech therapy"]),
    ("Pieter Van Der Berg (Year 8) - Section F to be redrafted.",
     {"PERSON:child": ["Pieter van der Berg"]}, ["Pieter Van Der Berg"], ["Section F"]),
    ("Ruaridh Mackenzie settled quickly; Mrs MacKenzie thanked staff.",
     {"PERSON:child": ["Ruaridh McKenzie"], "PERSON:mother": ["Fiona McKenzie"]},
     ["Ruaridh Mackenzie", "MacKenzie"], ["staff"]),
    ("Ciara ONeill and Mrs O Neill both attended.",
     {"PERSON:child": ["Ciara O'Neill"], "PERSON:mother": ["Bronagh O'Neill"]}, ["Ciara ONeill", "O Neill"], []),
    ("Nuala O'Neil has a new keyworker this term.",
     {"PERSON:child": ["Nuala O'Neill"]}, ["Nuala O'Neil"], ["keyworker"]),
    ("Mr Mc Donagh agreed to the home visit.",
     {"PERSON:father": ["Declan McDonagh"]}, ["Mc Donagh"], ["home visit"]),
    # --- names: other scripts and transliterations ---
    ("Підпис (signature): Олександра Коваленко; Oleksandra Kovalenko (mum) signed the form.",
     {"PERSON:mother": ["Oleksandra Kovalenko"]}, ["Олександра Коваленко", "Oleksandra Kovalenko"], ["signature", "form"]),
    ("Ayesha Rahman (Year 3) uses a visual timetable.",
     {"PERSON:child": ["Aisha Rahman"]}, ["Ayesha Rahman"], ["visual timetable"]),
    ("Mr Ahmad said Zaynab was unsettled after the move.",
     {"PERSON:father": ["Ahmed Khan"], "PERSON:child": ["Zainab Khan"]}, ["Ahmad", "Zaynab"], ["move"]),
    ("Giorgos Papadopoulos is now in the resource base.",
     {"PERSON:child": ["Georgios Papadopoulos"]}, ["Giorgos Papadopoulos"], ["resource base"]),
    ("Abdul Rahman Hassan has an interpreter booked for the review.",
     {"PERSON:child": ["Abdulrahman Hassan"]}, ["Abdul Rahman Hassan"], ["interpreter"]),
    ("Wei Zhang (dad) works shifts; ZHANG Wei on the admission form.",
     {"PERSON:father": ["Zhang Wei"]}, ["Wei Zhang", "ZHANG Wei"], ["shifts"]),
    # --- names: English nicknames of the block's given name ---
    ("Jamie loved the trip; Jim (grandad calls him that) told us all about it.",
     _OKAFOR, ["Jamie", "Jim"], ["trip", "grandad"]),
    ("Lizzie and her mum came to the coffee morning.",
     {"PERSON:child": ["Elizabeth Carter"]}, ["Lizzie"], ["coffee morning"]),
    ("Freddie needs a movement break every 20 minutes.",
     {"PERSON:child": ["Frederick Walsh"]}, ["Freddie"], ["movement break"]),
    ("Ollie and Izzy are twins in the same class.",
     {"PERSON:child": ["Oliver Bates"], "PERSON:sibling": ["Isabella Bates"]}, ["Ollie", "Izzy"], ["twins"]),
    ("Millie uses Makaton at home.",
     {"PERSON:child": ["Amelia Stone"]}, ["Millie"], ["Makaton"]),
    # --- names run together: user names, handles, e-mails ---
    ("Shared with jamesokafor on Teams; okafor.j can view the folder.",
     _OKAFOR, ["jamesokafor", "okafor.j"], ["Teams", "folder"]),
    ("Login: jokafor14  Password reset requested by mum.",
     _OKAFOR, ["jokafor14"], ["Password reset"]),
    ("Message from @riyapatel_mum on the class app.",
     {"PERSON:child": ["Riya Patel"]}, ["riyapatel"], ["class app"]),
    ("Please write to s.hugheslloyd@outlook.com about the appeal.",
     {"PERSON:mother": ["Sian Hughes-Lloyd"]}, ["s.hugheslloyd@outlook.com"], ["appeal"]),
    ("Folder: Okafor_James_EHCP_2025.docx",
     _OKAFOR, ["Okafor_James"], []),
    # --- another person sharing a first name: removed too (policy above) ---
    ("James Whitworth (Year 6) and James both go to the lunch club.",
     _OKAFOR, ["James Whitworth", ("James", "", "James both")], ["lunch club"]),
    # --- addresses ---
    ("Home address: 47 Hawthorn Cres, Armley.",
     {"ADDRESS": ["47 Hawthorn Crescent, Armley, Leeds"]}, ["47 Hawthorn Cres", "Armley"], []),
    ("The family have lived on Hawthorn Crescent since 2019.",
     {"ADDRESS": ["47 Hawthorn Crescent, Armley, Leeds"]}, ["Hawthorn Crescent"], ["since 2019"]),
    ("Address: 47, HAWTHORN CRESCENT, ARMLEY",
     {"ADDRESS": ["47 Hawthorn Crescent, Armley, Leeds"]}, ["47, HAWTHORN CRESCENT", "ARMLEY"], []),
    ("Moved to 18 Mill St (Flat 2) in the summer.",
     {"ADDRESS": ["Flat 2, 18 Mill Street, Bolton"]}, ["18 Mill St (Flat 2)"], ["summer"]),
    ("Taxi collects from 2/18 Mill Street at 8.10.",
     {"ADDRESS": ["Flat 2, 18 Mill Street, Bolton"]}, ["2/18 Mill Street"], ["8.10"]),
    ("Post returned from 9 Kingfisher Gdns; new address to follow.",
     {"ADDRESS": ["9 Kingfisher Gardens, Hull"]}, ["9 Kingfisher Gdns"], ["new address"]),
    ("Lives at 3 Orchard Cl., near the park.",
     {"ADDRESS": ["3 Orchard Close, Frome"]}, ["3 Orchard Cl."], ["park"]),
    ("Family live in the LS12 area, near the clinic.",
     {"POSTCODE": ["LS12 3QT"]}, ["LS12"], ["clinic"]),
    ("Postcode: ls12 3qt / LS 12 3QT on the old form.",
     {"POSTCODE": ["LS12 3QT"]}, ["ls12 3qt", "LS 12 3QT"], ["old form"]),
    ("Sector LS12 3 is outside the catchment.",
     {"POSTCODE": ["LS12 3QT"]}, ["LS12 3"], ["catchment"]),
    # --- phones ---
    ("Mum's mobile: 077 009 001 23.",
     {"PHONE": ["07700 900123"]}, ["077 009 001 23"], []),
    ("Call +44 (0) 7700 900123 or 0044 7700 900123 if abroad.",
     {"PHONE": ["07700 900123"]}, ["+44 (0) 7700 900123", "0044 7700 900123"], ["abroad"]),
    ("Text on +447700900123 only.",
     {"PHONE": ["07700 900123"]}, ["+447700900123"], []),
    ("Her number is oh seven seven double oh nine double oh one two three.",
     {"PHONE": ["07700 900123"]}, ["oh seven seven double oh nine double oh one two three"], []),
    ("Home phone 496 0123 (Leeds), work (0113) 4960999.",
     {"PHONE": ["0113 496 0123"]}, ["496 0123"], ["work"]),
    ("Dad's mob 07700 90012 (one digit missing on the form).",
     {"PHONE": ["07700 900123"]}, ["07700 90012"], ["one digit missing"]),
    # --- NHS, NI, UPN, ULN ---
    ("NHS no. 943-476-5919; hospital no. on file.",
     {"NHS_NUMBER": ["943 476 5919"]}, ["943-476-5919"], ["hospital no."]),
    ("NHS: 943 476 59l9 (scanned)",
     {"NHS_NUMBER": ["9434765919"]}, ["943 476 59l9"], ["scanned"]),
    ("NHS 94347659I9 on the referral.",
     {"NHS_NUMBER": ["9434765919"]}, ["94347659I9"], ["referral"]),
    ("NI: QQ 123456 C; on payroll as QQ123456.",
     {"NI_NUMBER": ["QQ123456C"]}, ["QQ 123456 C", "QQ123456"], ["payroll"]),
    ("NINO Q Q 1 2 3 4 5 6 C",
     {"NI_NUMBER": ["QQ123456C"]}, ["Q Q 1 2 3 4 5 6 C"], []),
    ("UPN: 8820200123456 (from the scanned CTF)",
     {"UPN": ["B820200123456"]}, ["8820200123456"], ["CTF"]),
    ("UPN B82O2OO12345G on the old file.",
     {"UPN": ["B820200123456"]}, ["B82O2OO12345G"], ["old file"]),
    ("ULN 123 456 7890; ULN:1234-567-890.",
     {"ULN": ["1234567890"]}, ["123 456 7890", "1234-567-890"], []),
    ("uln: 12345b7890 (typed from the certificate)",
     {"ULN": ["1234567890"]}, ["12345b7890"], ["certificate"]),
    # --- dates of birth ---
    ("DOB 20110314 (from MIS export)",
     {"DATE_OF_BIRTH": ["14/03/2011"]}, ["20110314"], ["MIS export"]),
    ("Date of birth: 14-Mar-11",
     {"DATE_OF_BIRTH": ["14/03/2011"]}, ["14-Mar-11"], []),
    ("born Monday 14th March 2011 at St James's",
     {"DATE_OF_BIRTH": ["14/03/2011"]}, ["Monday 14th March 2011"[7:]], []),
    ("D.O.B.: 14 / 03 / 2011",
     {"DATE_OF_BIRTH": ["14/03/2011"]}, ["14 / 03 / 2011"], []),
    ("DOB Mar 14, 2011; age 13.",
     {"DATE_OF_BIRTH": ["2011-03-14"]}, ["Mar 14, 2011"], ["age 13"]),
    ("birthday on the 14th of March - cake in class",
     {"DATE_OF_BIRTH": ["14/03/2011"]}, ["14th of March"], ["cake"]),
    ("d.o.b. 14th Mar '11",
     {"DATE_OF_BIRTH": ["14/03/2011"]}, ["14th Mar '11"], []),
    ("Review 14/03/2024 and again 15/03/2025; the plan was dated 2011 originally.",
     {"DATE_OF_BIRTH": ["14/03/2011"]}, [], ["14/03/2024", "15/03/2025"]),
    # --- schools ---
    ("He moved from Oakfield Primary in Year 3.",
     {"SCHOOL": ["Oakfield Primary School"]}, ["Oakfield Primary"], ["Year 3"]),
    ("Transition to Harrowgate Hill in September.",
     {"SCHOOL": ["Harrowgate Hill Primary Academy"]}, ["Harrowgate Hill"], ["September"]),
    ("Placement at TTS was refused; the family appealed.",
     {"SCHOOL": ["Thomas Telford School"]}, ["TTS"], ["appealed"]),
    ("Cardinal Newman's SENCo attended.",
     {"SCHOOL": ["Cardinal Newman Catholic High School"]}, ["Cardinal Newman"], ["SENCo"]),
    ("At St Marys RC the class sizes are smaller.",
     {"SCHOOL": ["St Mary's Roman Catholic Primary School"]}, ["St Marys RC"], ["class sizes"]),
    ("Named school: the Grange (Section I).",
     {"SCHOOL": ["The Grange School"]}, ["Grange"], ["Section I"]),
    ("Other primary schools and academies in the trust were consulted.",
     {"SCHOOL": ["Oakfield Primary School"]}, [], ["primary schools", "academies", "trust"]),
    # --- case references ---
    ("Please quote 2025/00417 on all letters.",
     {"CASE_REF": ["EHC/2025/00417"]}, ["2025/00417"], []),
    ("Ref: EHC 2025 00417",
     {"CASE_REF": ["EHC/2025/00417"]}, ["EHC 2025 00417"], []),
    ("Our ref EHC/2025/417 (as typed by the caseworker)",
     {"CASE_REF": ["EHC/2025/00417"]}, ["EHC/2025/417"], ["caseworker"]),
    ("Case SEN-48213, also written SEN 48213 and sen48213.",
     {"CASE_REF": ["SEN48213"]}, ["SEN-48213", "SEN 48213", "sen48213"], []),
    # --- look-alikes that must stay ---
    ("The staff will check the bus will arrive; Will is in Year 4.",
     {"PERSON:child": ["William Price", "Will"]}, ["Will"], ["will check", "will arrive"]),
    ("Please mark the register; Mark Bennett was absent.",
     {"PERSON:child": ["Mark Bennett"]}, ["Mark Bennett"], ["mark the"]),
    ("Art lessons are his favourite; Art (Arthur) paints every day.",
     {"PERSON:child": ["Arthur Dale"]}, [("Art", "", "Art (Arthur)"), "Arthur"], ["Art lessons"]),
    ("We will pat the dough flat in cookery; Pat came too.",
     {"PERSON:mother": ["Patricia Holt"]}, ["Pat"], ["pat the dough"]),
    ("Max 20 minutes of screen time; the max is set by mum.",
     {"PERSON:child": ["Maximilian Berg"]}, [], ["Max 20", "max is"]),
    ("Jack the car up before you change the tyre; jack it slowly.",
     {"PERSON:child": ["Jack Hall"]}, [], ["jack it"]),
    ("Dot the i's; dot every line in the worksheet.",
     {"PERSON:grandmother": ["Dorothy Simms"]}, [], ["dot every"]),
    ("Room 943 and extension 4765 are on the same floor as the NHS office.",
     {"NHS_NUMBER": ["9434765919"]}, [], ["Room 943", "extension 4765"]),
    ("Mill Street car park and the High Street will be closed.",
     {"ADDRESS": ["Flat 2, 18 Mill Street, Bolton"]}, ["Mill Street"], ["High Street"]),
]

FIND_AND_KEEP: list[tuple[str, list[Find], list[str]]] = [(text, finds, keeps) for text, _, finds, keeps in ROWS]
KNOWN: list[Known] = [known for _, known, _, _ in ROWS]
