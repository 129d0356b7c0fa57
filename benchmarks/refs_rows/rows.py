"""Hand-written rows for the refs round (benchmarks/bench_refs_rows.py): a case's own reference numbers (LA and EHC
case numbers, tribunal appeal numbers, Mosaic/LCS/EHM ids, hospital, NHS, CHI and H&C numbers, DBS certificate
numbers, housing and benefit claim references, a parent's customer number with a service, UPNs, ULNs) after unusual
cues, written with spaces or slashes, split over a line, in a CSV column headed ref/id, in an e-mail subject line;
beside numbers that are no family's identifier (a service's extension, form numbers and versions, legislation
sections and regulations, charity and company numbers, ISBNs, medicine batches, rooms and beds, bus routes, course
codes, a school's URN/DfE number, a postcode district as an area, times, prices, pages and paragraphs, Ofsted report
numbers, template ids, an organisation's policy number).

Written by hand from how UK SEND paperwork writes these things, before the detector's output on them was seen and
before the development sets' misses were read; scored once before and once after the refs work (figures only). Each
class maps to rows of (text, [identifiers that must be removed], [look-alikes that must stay]); an item is a
surface, or (surface, n) for its n-th occurrence (0-based) in the text.
"""

from __future__ import annotations

Item = str | tuple[str, int]
Row = tuple[str, list[Item], list[Item]]

ROWS: dict[str, list[Row]] = {
    "unusual cues": [
        ("Our ref: EHCNA/4471/JB - please quote this on any reply.", ["EHCNA/4471/JB"], []),
        ("Your ref: 20240817-SM. Our ref: SENDIASS/1192.", ["20240817-SM", "SENDIASS/1192"], []),
        ("Please quote 7731 0042 19 when you ring the council tax team.", ["7731 0042 19"], []),
        ("Claim no. HB/556231 was suspended in March.", ["HB/556231"], []),
        ("Mosaic ID 2298145 (child), mum is 2298146.", ["2298145", "2298146"], []),
        ("LCS: 41203987 - allocated to the disabled children's team.", ["41203987"], []),
        ("case # 88213 reopened after the school's referral", ["88213"], []),
        ("Her file 2023/0457 was closed in error.", ["2023/0457"], []),
        ("EHM ref 00731862 - early help assessment started 3 June.", ["00731862"], []),
        ("The tribunal appeal number is EH881/24/00312.", ["EH881/24/00312"], []),
        ("Quote reference SEN-24-1108 on the appeal form.", ["SEN-24-1108"], ["appeal form"]),
        ("My customer number with Severn Trent is 6610 2241 887.", ["6610 2241 887"], []),
        ("DBS certificate no. 001687524370 issued to Mr Akhtar.", ["001687524370"], []),
        ("Housing register number HR0093321 - band B.", ["HR0093321"], ["band B"]),
        ("Universal Credit claim ref: UC 8812 4401", ["UC 8812 4401"], []),
        ("Hosp no. K0427716 at the Royal Free.", ["K0427716"], []),
        ("CHI 0703125582 - seen by the community paediatrician.", ["0703125582"], []),
        ("H&C number 332 114 5567 on the Belfast Trust letter.", ["332 114 5567"], []),
        ("NHS no 485 777 3456, GP Dr Lowe.", ["485 777 3456"], []),
        ("PIP ref: MN 12 34 56 C / claim 77814", ["77814"], []),
        ("EHC case number: 118834", ["118834"], []),
        ("The LA ref on the draft plan is SEN/7712/KH.", ["SEN/7712/KH"], []),
    ],
    "spaces, slashes, line splits": [
        ("Ref EHC / 2024 / 0113 for Amira.", ["EHC / 2024 / 0113"], []),
        ("Our reference: 2024/EHC/0987/SW", ["2024/EHC/0987/SW"], []),
        ("Please use case reference 4471 2290\n18 in all letters.", ["4471 2290\n18"], []),
        ("Hospital number:\nRJ1 224 6618", ["RJ1 224 6618"], []),
        ("UPN: H801 2003 1400 2 (from the CTF).", ["H801 2003 1400 2"], ["CTF"]),
        ("ULN 4412 8870 31 on the college enrolment.", ["4412 8870 31"], []),
        ("appeal ref\n24/11 872", ["24/11 872"], []),
        ("Mosaic: 22 981 45", ["22 981 45"], []),
    ],
    "CSV columns and subject lines": [
        ("ref,name,school\nEHC-0092,Amira Khan,Brook Primary", ["EHC-0092"], ["Brook Primary"]),
        ("id,forename,status\n55120,Josh,open\n55121,Tia,closed", ["55120", "55121"], []),
        ("case_id;child;phase\n2024-0417;Leo;KS2", ["2024-0417"], ["KS2"]),
        ("Mosaic Id,First Name,Team\n1193002,Ellie,CWD", ["1193002"], ["CWD"]),
        ("Subject: RE: EHC/2024/0113 - Amira", ["EHC/2024/0113"], []),
        ("Subject: FW: Appeal 24-00871 bundle", ["24-00871"], []),
        ("RE: your ref 6631/AK - annual review", ["6631/AK"], []),
        ("Subject: Tribunal EH888/25/00041 - working document", ["EH888/25/00041"], []),
        ("Re: Complaint C-118273 (Stage 2)", ["C-118273"], ["Stage 2"]),
        ("nhs_number,name\n943 476 5919,Ruby", ["943 476 5919"], []),
    ],
    "service extensions and phones": [
        ("Ring the SEN team on 01632 960 111 ext. 4412 and ask for Jo; our case ref is 33091.",
         ["33091"], ["4412"]),
        ("Switchboard extension 2251, case number 771203.", ["771203"], ["2251"]),
        ("The duty line (x3390) is open 9-5.", [], ["3390"]),
        ("Call 0300 123 4567 option 3.", [], ["option 3"]),
    ],
    "forms, versions, templates": [
        ("Please fill in Form SEN2 v3.1 and EHC1 before the meeting; ref 44712.", ["44712"], ["SEN2 v3.1", "EHC1"]),
        ("The request uses template T-104 (version 2.3).", [], ["T-104", "2.3"]),
        ("Form DLA1A Child, page 14.", [], ["DLA1A", "14"]),
        ("Template id 3382 for the annual review letter.", [], ["3382"]),
        ("Use appendix B3 of the EHCP template.", [], ["B3"]),
        ("Complete form SEN-REQ-02 and return it.", [], ["SEN-REQ-02"]),
    ],
    "legislation, regulations, paragraphs": [
        ("Under reg. 12(4) of the SEND Regulations 2014 the LA must respond.", [], ["12(4)", "2014"]),
        ("Section 42(2) of the Children and Families Act 2014 applies.", [], ["42(2)", "2014"]),
        ("See paragraph 9.76 of the Code of Practice, page 168.", [], ["9.76", "168"]),
        ("s.20 Children Act 1989 accommodation", [], ["20", "1989"]),
        ("Regulation 44(2)(e) allows the tribunal to order it.", [], ["44(2)(e)"]),
        ("SI 2014/1530 sets the time limits.", [], ["2014/1530"]),
        ("Article 8 ECHR and para 4.2 of the guidance.", [], ["8", "4.2"]),
        ("Case [2021] UKUT 219 (AAC) was cited; our appeal ref is EH330/24/01121.",
         ["EH330/24/01121"], ["219"]),
    ],
    "organisations' numbers": [
        ("Registered charity number 1123456; company no. 06543210.", [], ["1123456", "06543210"]),
        ("IPSEA is a registered charity (no. 327691).", [], ["327691"]),
        ("Brook Primary (URN 123456, DfE 873/2045) named in section I.", [], ["123456", "873/2045"]),
        ("School URN: 140221. Pupil UPN: A123456789012.", ["A123456789012"], ["140221"]),
        ("Ofsted report number 10298844 rates the school good.", [], ["10298844"]),
        ("The council's insurance policy number POL/8812/LA covers the minibus.", [], ["POL/8812/LA"]),
        ("VAT reg. 123 4567 89", [], ["123 4567 89"]),
        ("DfE number 330/4012, establishment type: special.", [], ["330/4012"]),
        ("UKPRN 10004112 is the college's provider number.", [], ["10004112"]),
        ("ICO registration Z1234567 for the support service.", [], ["Z1234567"]),
    ],
    "books, medicines, rooms, routes, courses": [
        ("Read 'The Explosive Child', ISBN 978-0-06-227072-5.", [], ["978-0-06-227072-5"]),
        ("Melatonin batch 4K220B, expiry 09/26.", [], ["4K220B", "09/26"]),
        ("Methylphenidate lot no. 21B117; his hospital number is R0092214.", ["R0092214"], ["21B117"]),
        ("Meeting in room 2.14, then ward 7 bed 12.", [], ["2.14", "7", "12"]),
        ("He takes the 38 bus, or route X5 to college.", [], ["38", "X5"]),
        ("She's enrolled on course EL1-204 (Entry Level Life Skills); ULN 5016284710.",
         ["5016284710"], ["EL1-204"]),
        ("BTEC code 603/0471/2 qualification", [], ["603/0471/2"]),
        ("Bed 4 on Starlight ward; NHS number 401 023 2137.", ["401 023 2137"], ["4"]),
    ],
    "areas, times, prices, pages": [
        ("Families in the LS9 area can use the drop-in.", [], ["LS9"]),
        ("Appointment at 14:30 on 12/03; case ref 44719.", ["44719"], ["14:30"]),
        ("The assessment cost £1,250.00 and the report is 42 pages.", [], ["1,250.00", "42"]),
        ("See page 7, paragraph 3.", [], ["7", "3"]),
        ("Transport budget £12 450 for 2024/25.", [], ["12 450", "2024/25"]),
        ("Year 9, set 3, group 9B2.", [], ["9B2"]),
        ("We are open 0930-1530 weekdays.", [], ["0930-1530"]),
        ("The M62 was shut so we arrived at 10.45.", [], ["M62", "10.45"]),
    ],
    "organisation vs family beside each other": [
        ("Charity no. 1098765 supports Ellie; her LA ref is 55-8812.", ["55-8812"], ["1098765"]),
        ("URN 118822 (school) - Sam's UPN T801200214006.", ["T801200214006"], ["118822"]),
        ("Our Ofsted URN is 145566 and the child's EHM id is 7781223.", ["7781223"], ["145566"]),
        ("Form EHC2, our ref 2024/331/PH", ["2024/331/PH"], ["EHC2"]),
        ("Policy number 88120 (the trust's complaints policy); complaint ref CMP-77120.",
         ["CMP-77120"], ["88120"]),
        ("Extension 4471; her benefit claim reference is BC7761230.", ["BC7761230"], ["4471"]),
        ("Room 12, DBS no. 001234567890 checked.", ["001234567890"], ["12"]),
        ("Ofsted report 2145567; mum's customer number with the council is 90087611.",
         ["90087611"], ["2145567"]),
    ],
    "more cues and look-alikes": [
        ("Your reference: JK/EHC/0042 (Jayden King).", ["JK/EHC/0042"], []),
        ("Council tax account 5001 2334 8 - mum's name.", ["5001 2334 8"], []),
        ("Blue Badge no. 2231 8876 4 expires 2026.", ["2231 8876 4"], []),
        ("School transport application TA-24-00981 for Callum.", ["TA-24-00981"], []),
        ("SENDIST appeal 25/00412 - hearing listed.", ["25/00412"], []),
        ("Ombudsman ref 23 008 114 upheld the complaint.", ["23 008 114"], []),
        ("Room B204 is booked from 10:00 to 12:00.", [], ["B204", "10:00", "12:00"]),
        ("Ring 0114 273 4567 (ext 2201).", [], ["2201"]),
        ("Section F, item 3.4 of the plan.", [], ["3.4"]),
        ("Company registered in England no. 11223344.", [], ["11223344"]),
        ("Reg 6(1)(a) SEND Regulations; Schedule 2 para 5.", [], ["6(1)(a)", "5"]),
        ("Price £49.99 per session, invoice terms 30 days.", [], ["49.99", "30"]),
        ("Route 7A picks up at 8.05.", [], ["7A", "8.05"]),
    ],
}

HELD_BACK: dict[str, list[Row]] = {}
