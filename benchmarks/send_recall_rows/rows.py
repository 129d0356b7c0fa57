"""Hand-written rows for the SEND recall classes of the sendrecall round (benchmarks/bench_send_recall_rows.py).

Written before the detector's output on them was seen. Each class maps to rows of
(text, [identifiers that must be removed], [look-alikes that must stay]).
"""

from __future__ import annotations

Row = tuple[str, list[str], list[str]]

ROWS: dict[str, list[Row]] = {
    "word-name at sentence start": [
        ("Grace Okonkwo arrived after the break and sat with the TA.", ["Grace Okonkwo"], ["TA"]),
        ("Hope Ramsden was calmer this week.", ["Hope Ramsden"], []),
        ("May Lindqvist has been offered a place.", ["May Lindqvist"], []),
        ("Faith Abernethy-Cole sat the assessment on her own.", ["Faith Abernethy-Cole"], []),
        ("Rich Pemberton (stepdad) said he would come next time.", ["Rich Pemberton"], ["stepdad"]),
        ("Will the panel agree to a reassessment? Hope so.", [], ["Will", "Hope"]),
        ("May we ask that the draft plan is amended. Grace period ends Friday.", [], ["May", "Grace period"]),
    ],
    "title + given + word-surname": [
        ("Present: Ms Carol Monday (parent) and the SENCo.", ["Carol Monday"], ["SENCo"]),
        ("I spoke to Mrs Ruth Baker about transport.", ["Ruth Baker"], []),
        ("Letter signed by Dr Helen Marsh, community paediatrician.", ["Helen Marsh"], ["community paediatrician"]),
        ("Mr Peter Church will chair the review.", ["Peter Church"], []),
        ("Miss Abigail Winter covers Year 3 on Fridays.", ["Abigail Winter"], ["Year 3", "Fridays"]),
        ("The review moved to Monday; the baker on Church Street was closed in winter.", [], ["Monday", "winter"]),
    ],
    "lower-case possessive name before kin": [
        ("spoke to tylers mum at pick up, she is worried", ["tylers"], ["mum"]),
        ("kayleighs nan has him on wednesdays", ["kayleighs"], []),
        ("rang jaydens dad back, no answer", ["jaydens"], []),
        ("the boys mum said the other kids dad works nights", [], ["boys", "kids"]),
    ],
    "industrial estate / business park": [
        ("Invoice to: Unit 12, Holbrook Trading Estate, Sheffield S20 3FJ", ["Unit 12, Holbrook Trading Estate"], []),
        ("Dad works at Unit 4B Meadowbank Business Park", ["Unit 4B Meadowbank Business Park"], []),
        ("Deliver to Unit 9, Tanyard Ind Est, Wrexham", ["Unit 9, Tanyard Ind Est"], []),
        ("In Unit 3 of the maths scheme he covered fractions.", [], ["Unit 3"]),
        ("The college runs a unit 2 course in catering.", [], ["unit 2"]),
    ],
    "nicknames in quotes": [
        ('Katherine "Kat" Pryce attended with her advocate.', ["Katherine", "Kat", "Pryce"], ["advocate"]),
        ("He likes to be called 'Zaz' by staff; his name is Zachary Hale.", ["Zaz", "Zachary Hale"], []),
        ('"Tilly" enjoyed the sensory room today.', ["Tilly"], ["sensory room"]),
        ('He calls his outbursts "volcanoes" and uses the "calm corner".', [], ["volcanoes", "calm corner"]),
    ],
    "statutory instrument numbers": [
        ("See regulation 6 of the SEND Regulations 2014 (SI 2014/1530).", [], ["2014/1530"]),
        ("The Equality Act 2010 (Disability) Regulations, SI 2010/2128, apply.", [], ["2010/2128"]),
        ("Our ref: 2023/44817 - please quote it.", ["2023/44817"], []),
    ],
    "staff ids in tables": [
        ("Name | Payroll number\nDenise Clough | 0047712\nSam Rudd | 0051190",
         ["Denise Clough", "0047712", "Sam Rudd", "0051190"], []),
        ("Staff member\tEmployee no.\nAdele Frost\tE-33021\n", ["Adele Frost", "E-33021"], []),
        ("Year group | Pupils\n3 | 28\n4 | 30", [], ["28", "30"]),
    ],
    "minutes attendees and actions": [
        ("Attendees: Lorraine Pike (LP) - SENCo; Dev Mistry (DM) - EP; Mum (Jodie Carr)\n"
         "Actions: LP to request OT report; DM to observe in class.",
         ["Lorraine Pike", "Dev Mistry", "Jodie Carr"], ["SENCo", "EP", "OT"]),
        ("Apologies: Bernadette Walsh, Social Worker", ["Bernadette Walsh"], ["Social Worker"]),
    ],
    "e-mail headers and signatures": [
        ("From: Naomi Fairweather <naomi.fairweather@northtyneside.gov.uk>\nSent: 3 March 2024\nTo: SEN Team",
         ["Naomi Fairweather", "naomi.fairweather@northtyneside.gov.uk"], ["SEN Team"]),
        ("Many thanks,\nOwain\nSEND Caseworker", ["Owain"], ["SEND Caseworker"]),
        ("Kind regards\n\nRoxanne Ibe | Inclusion Lead | Brookfield Academy", ["Roxanne Ibe", "Brookfield Academy"],
         ["Inclusion Lead"]),
    ],
    "names after prepositions and in lists": [
        ("The group includes Mason, Esme, Kit and Rafferty.", ["Mason", "Esme", "Kit", "Rafferty"], []),
        ("A letter went to Ffion and to her gran.", ["Ffion"], ["gran"]),
        ("He plays with Jago at break.", ["Jago"], []),
    ],
    "hyphenated and double-barrelled": [
        ("Jean-Baptiste Okoro joined in Year 9.", ["Jean-Baptiste Okoro"], ["Year 9"]),
        ("Mrs Henrietta Ashby-Fenwick is the grandmother.", ["Henrietta Ashby-Fenwick"], []),
        ("Report by Lucy Vaughan Jones, specialist teacher.", ["Lucy Vaughan Jones"], ["specialist teacher"]),
    ],
    "OCR'd names": [
        ("Name of child: Ja rnes Mcl ntyre", ["Ja rnes Mcl ntyre"], []),
        ("Parent: Mrs Sarnantha Heyes", ["Sarnantha Heyes"], []),
    ],
    "school names": [
        ("She attends Ysgol Gymraeg Pen y Garth.", ["Ysgol Gymraeg Pen y Garth"], []),
        ("Transfer from St Bernadette's RC Primary School", ["St Bernadette's RC Primary School"], []),
        ("He is on roll at Harrowfield Academy.", ["Harrowfield Academy"], []),
        ("The Kestrel Federation of Schools will provide outreach.", ["Kestrel Federation"], []),
        ("a local primary school or an academy with a resourced provision", [],
         ["primary school", "academy", "resourced provision"]),
    ],
    "dates of birth in tables and forms": [
        ("Child's name | Date of birth | School\nRhys Bevan | 14/02/2016 | Ysgol y Graig",
         ["Rhys Bevan", "14/02/2016"], []),
        ("Surname: PATEL\nForename(s): Anaya\nDOB: 7 June 2013\nDate of assessment: 12 May 2024",
         ["PATEL", "Anaya", "7 June 2013"], ["12 May 2024"]),
    ],
    "one-line addresses": [
        ("Home address: 27 Coppice Way, Ashby-de-la-Zouch, LE65 2TB", ["27 Coppice Way", "LE65 2TB"], []),
        ("they moved to flat 3, 118 Lordship Lane, London SE22 8HD in June",
         ["flat 3, 118 Lordship Lane", "SE22 8HD"], ["June"]),
        ("Chapter 3 of the Code, 9.61 and 9.62, covers this.", [], ["9.61", "9.62"]),
    ],
}
