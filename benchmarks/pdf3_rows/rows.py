"""Hand-written rows for the pdf3 work: small PDFs in the layout classes where the text read from a PDF differs
from what the writer typed -- a name or address wrapped over lines, a label cut from its value by a vertical gap,
letter-spaced text, a word hyphenated at a line end, a table read in an order that separates a label from its
value, two columns, running headers and footers, form fields, rotated text, text in an annotation, initials --
and look-alikes (``[[NEG|...]]``) that must stay. Same markup and scoring as ``benchmarks/pdf99_rows``.
Written before the PDF path's output on them was seen."""

from __future__ import annotations

from benchmarks.pdf3_rows import layouts as M
from benchmarks.pdf99_rows import layouts as L
from benchmarks.pdf99_rows.rows import Row


def _one(stream: bytes) -> L.Page:
    return L.Page([stream])


def _pairs(parts: list[str]) -> list[tuple[str, str]]:
    return [tuple(part.split("\t", 1)) for part in parts]  # type: ignore[misc]


ROWS: tuple[Row, ...] = (
    # ---------------------------------------------------------------- line wrap: a name or address over two lines
    Row("wrap-address", "line wrap", (
        "The family moved in the summer and the new address we hold for them is [[ADDRESS|Flat 3, 118 Coldharbour "
        "Lane, Brixton, London]] [[POSTCODE|SW9 8PL]], where the council has agreed to fit a ramp.",),
        lambda p: _one(L.lines(p, measure=280))),
    Row("wrap-name-title", "line wrap", (
        "The report was written by the educational psychologist, Dr [[PERSON|Oluwaseun Adebayo-Williams]], after "
        "two visits to the classroom and a meeting with [[PERSON|Précieuse Mukendi]], the child's mother.",),
        lambda p: _one(L.lines(p, measure=250))),
    Row("wrap-phone-email", "line wrap", (
        "If you have questions please ring the family liaison officer, [[PERSON|Hamish Drummond]], on "
        "[[PHONE|0131 496 0832]] or write to [[EMAIL|hamish.drummond@edinburghsend.example.org]] before Friday.",),
        lambda p: _one(L.lines(p, measure=230))),
    Row("wrap-dob-cue", "line wrap", (
        "We are writing about the pupil named above, who joined the school in Reception and whose date of birth "
        "is [[DATE_OF_BIRTH|9 October 2015]]. His NHS number is [[NHS_NUMBER|485 777 3456]].",),
        lambda p: _one(L.lines(p, measure=300))),
    Row("wrap-lowercase-name", "line wrap", (
        "At the review meeting the class teacher said that [[PERSON|Zainab]] had settled well and that her older "
        "brother [[PERSON|Yusuf Rahimi]] walks her to the gate each morning with their grandmother "
        "[[PERSON|Parveen Rahimi]].",),
        lambda p: _one(L.lines(p, measure=210))),
    Row("wrap-postcode-end", "line wrap", (
        "Please send all correspondence to the child's grandparents at [[ADDRESS|Rose Cottage, Mill Lane, "
        "Little Snoring, Norfolk]] [[POSTCODE|NR21 0HY]] until further notice.",),
        lambda p: _one(L.lines(p, measure=260))),
    # ---------------------------------------------------------------- vertical gaps: label cut from its value
    Row("gap-label-value", "vertical gap", (
        "Name of child:", "[[PERSON|Ffion Haf Llewellyn]]", "Date of birth:", "[[DATE_OF_BIRTH|21/04/2017]]"),
        lambda p: _one(M.gapped(p, [0, 2, 3, 2]))),
    Row("gap-signature", "vertical gap", (
        "Signed on behalf of the local authority", "[[PERSON|Grainne O'Sullivan]]",
        "SEND Case Officer", "Telephone: [[PHONE|01632 960 220]]"),
        lambda p: _one(M.gapped(p, [0, 4, 0, 2]))),
    Row("gap-address-block", "vertical gap", (
        "Private and confidential", "[[PERSON|Mr Kwabena Asante]]", "[[ADDRESS|42 Bramble Way]]",
        "[[ADDRESS|Oldham]]", "[[POSTCODE|OL4 2QS]]", "Dear Mr [[PERSON|Asante]],"),
        lambda p: _one(M.gapped(p, [0, 3, 0, 0, 0, 3]))),
    Row("gap-heading-name", "vertical gap", (
        "Section A: the views, interests and aspirations of", "[[PERSON|Leilani Kealoha-Brown]]",
        "Leilani likes drawing, horses and the [[NEG|Forest School]] sessions on Thursdays."),
        lambda p: _one(M.gapped(p, [0, 2, 2]))),
    Row("gap-nhs", "vertical gap", (
        "NHS number", "[[NHS_NUMBER|602 431 7385]]", "GP practice", "[[NEG|Parkview Medical Centre]] (registered)"),
        lambda p: _one(M.gapped(p, [0, 2, 2, 2]))),
    # ---------------------------------------------------------------- letter spacing
    Row("tc-name-line", "spaced letters", (
        "Pupil: [[PERSON|Benedikt Sauerbrunn]]", "This plan was reviewed in the autumn term."),
        lambda p: _one(L.letter_spaced(72, 740, p[0], 2.5, size=12) + L.show(72, 715, p[1]))),
    Row("tc-heading-caps", "spaced letters", (
        "EDUCATION HEALTH AND CARE PLAN: [[PERSON|AMARA OKONKWO-HAYES]]", "Amara is in Year 2."),
        lambda p: _one(M.spaced_lines(p[:1], 4.0, size=13) + L.show(72, 700, p[1]))),
    Row("tc-front-sheet", "spaced letters", (
        "Name  [[PERSON|Caoimhe Fitzgerald]]", "D.O.B.  [[DATE_OF_BIRTH|03/03/2014]]",
        "Diagnosis  [[NEG|Developmental Coordination Disorder]]"),
        lambda p: _one(M.spaced_lines(p, 1.8))),
    Row("spaces-typed-name", "spaced letters", (
        "N A M E :   [[PERSON|J O S E P H   M B E K I]]", "Joseph has a peanut allergy (EpiPen in the office)."),
        lambda p: _one(L.show(72, 740, p[0], size=12) + L.show(72, 715, p[1]))),
    Row("glyphs-spaced-dob", "spaced letters", (
        "DOB [[DATE_OF_BIRTH|11 / 12 / 2013]]   Child [[PERSON|Esme Whitlock]]",
        "Review date 12 March 2025"),
        lambda p: _one(L.glyph_by_glyph(72, 740, p[0], tracking=2.0) + L.show(72, 715, p[1]))),
    # ---------------------------------------------------------------- hyphenation at line ends
    Row("hyphen-surname-1", "hyphenation", (
        "The assessment was completed by [[PERSON|Magdalena Przybyszewska]] with the support of the class "
        "teacher and the school's [[NEG|Emotional Literacy Support Assistant]].",),
        lambda p: _one(L.paragraph(p[0], 72, 740, 218, hyphenate={"Przybyszewska": "Przyby-|szewska"})[0])),
    Row("hyphen-first-name", "hyphenation", (
        "Present at the meeting: the headteacher, the SENCo, and the child's foster carer [[PERSON|Bartholomew "
        "Ashdown]], who raised the bus arrangements.",),
        lambda p: _one(L.paragraph(p[0], 72, 740, 246, hyphenate={"Bartholomew": "Bartho-|lomew"})[0])),
    Row("hyphen-street", "hyphenation", (
        "The child now lives with her aunt at [[ADDRESS|27 Westmorland Avenue, Kendal]] [[POSTCODE|LA9 4HE]] "
        "and will attend the nearer school from September.",),
        lambda p: _one(L.paragraph(p[0], 72, 740, 200, hyphenate={"Westmorland": "Westmor-|land"})[0])),
    Row("hyphen-double-barrel", "hyphenation", (
        "Observations were shared with the child's father, [[PERSON|Sebastian Montgomery-Fairclough]], at the "
        "meeting on Tuesday.",),
        lambda p: _one(L.paragraph(p[0], 72, 740, 258)[0])),
    # ---------------------------------------------------------------- tables
    Row("grid-by-columns", "table", (
        "Child's name\t[[PERSON|Tobiah Greenhalgh]]", "Date of birth\t[[DATE_OF_BIRTH|16/02/2015]]",
        "NHS number\t[[NHS_NUMBER|721 450 9983]]", "Home address\t[[ADDRESS|9 Ferndale Road, Rochdale]] "
        "[[POSTCODE|OL11 3RT]]", "Primary need\t[[NEG|Moderate Learning Difficulties]]"),
        lambda p: _one(M.label_value(_pairs(p), by_columns=True))),
    Row("grid-by-rows", "table", (
        "Parent or carer\t[[PERSON|Rukhsana Begum]]", "Relationship\tMother",
        "Phone\t[[PHONE|07700 900 318]]", "Email\t[[EMAIL|rukhsana.begum@example.com]]",
        "Interpreter\t[[NEG|Sylheti]] needed"),
        lambda p: _one(M.label_value(_pairs(p)))),
    Row("table-pupils-cols", "table", (
        "Name\tDOB\tUPN\tNeed",
        "[[PERSON|Milo Farquharson]]\t[[DATE_OF_BIRTH|04/07/2016]]\t[[UPN|H801200001012]]\t[[NEG|Autism]]",
        "[[PERSON|Aisling Brennan]]\t[[DATE_OF_BIRTH|28/12/2015]]\t[[UPN|H801200001034]]\t[[NEG|SEMH]]"),
        lambda p: _one(L.table([line.split("\t") for line in p], [60, 190, 270, 390], by_columns=True))),
    Row("table-contacts", "table", (
        "Role\tName\tTelephone",
        "Social worker\t[[PERSON|Imogen Thackeray]]\t[[PHONE|0161 496 0175]]",
        "Health visitor\t[[PERSON|Sunita Varghese]]\t[[PHONE|0161 496 0392]]",
        "Paediatrician\tDr [[PERSON|Lars Henriksen]]\t[[PHONE|0161 496 0840]]"),
        lambda p: _one(L.table([line.split("\t") for line in p], [60, 180, 330]))),
    Row("table-wrapped-cell", "table", (
        "Attendees\t[[PERSON|Henrietta Blackwood-Sinclair]] (mother), [[PERSON|Jonas Eberhardt]] (SENCo)",
        "Apologies\t[[NEG|Educational Psychology Service]]"),
        lambda p: _one(M.label_value(_pairs(p), value_x=180, step=30))),
    Row("grid-dates", "table", (
        "Date of birth\t[[DATE_OF_BIRTH|7 January 2016]]", "Date of plan\t14 November 2024",
        "Date of review\t14 November 2025"),
        lambda p: _one(M.label_value(_pairs(p), by_columns=True))),
    # ---------------------------------------------------------------- two columns
    Row("cols-name-across", "two columns", (
        "The child lives with both parents and two younger sisters. Her father works nights. The family's first "
        "language is Portuguese and the child's mother, Mrs",
        "[[PERSON|Conceição Barbosa]], prefers letters in Portuguese. Her phone is [[PHONE|07700 900 654]]. "
        "The child's [[NEG|Global Developmental Delay]] was diagnosed at three."),
        lambda p: _one(L.two_columns(p[0], p[1]))),
    Row("cols-by-rows-address", "two columns", (
        "Home visit notes. The house is clean and warm. The child's bedroom is shared with a sibling. The family "
        "live at [[ADDRESS|16 Harebell Gardens, Ipswich]] [[POSTCODE|IP3 9BX]].",
        "Next steps: the key worker [[PERSON|Priyanka Venkataraman]] will chase the occupational therapy referral "
        "and the [[NEG|Sensory Processing]] assessment."),
        lambda p: _one(L.two_columns(p[0], p[1], by_rows=True))),
    Row("cols-hyphen", "two columns", (
        "Notes from the transition meeting with [[PERSON|Wojciech Brzeczyszczykiewicz]] and his mother. "
        "He is anxious about the larger school.",
        "His mother [[PERSON|Agnieszka]] asked for a visit before September with the [[NEG|Year 7]] tutor."),
        lambda p: _one(L.two_columns(p[0], p[1], hyphenate={"Brzeczyszczykiewicz": "Brzęczyszczy-|kiewicz"}))),
    # ---------------------------------------------------------------- running headers and footers
    Row("running-head-name", "headers", (
        "[[PERSON|Tallulah Pemberton]] EHC plan - OFFICIAL SENSITIVE",
        "Tallulah communicates with a mix of words and Makaton signs.",
        "Tallulah's outcomes are reviewed each term with her mother.",
        "Ref [[CASE_REF|EHC/2024/00731]] page # of 2"),
        lambda p: M.with_running_heads(p[0], p[3], [p[1], p[2]])),
    Row("running-foot-dob", "headers", (
        "Bolton Council Children's Services",
        "The plan was agreed at the meeting in June with the family and the school.",
        "The next review is in the spring term.",
        "[[PERSON|Reuben Oyelaran]] DOB [[DATE_OF_BIRTH|30.05.2013]] - page #"),
        lambda p: M.with_running_heads(p[0], p[3], [p[1], p[2]])),
    # ---------------------------------------------------------------- form fields
    Row("form-contact", "form fields", (
        "Name of young person:", "[[PERSON|Kofi Mensah-Boateng]]",
        "Telephone:", "[[PHONE|07700 900 771]]",
        "Email:", "[[EMAIL|kofi.mb@example.co.uk]]",
        "Preferred language:", "[[NEG|British Sign Language]]"),
        lambda p: L.Page([b"".join(L.show(72, 740 - 30 * i, label) for i, label in enumerate(p[0::2]))],
                         annotations=[[((230, 732 - 30 * i, 520, 752 - 30 * i), value)
                                       for i, value in enumerate(p[1::2])]])),
    Row("form-address", "form fields", (
        "Address:", "[[ADDRESS|14 Kingfisher Drive, Tewkesbury]]",
        "Postcode:", "[[POSTCODE|GL20 5XA]]",
        "School:", "[[SCHOOL|Ashchurch Primary School]]"),
        lambda p: L.Page([b"".join(L.show(72, 740 - 30 * i, label) for i, label in enumerate(p[0::2]))],
                         annotations=[[((160, 732 - 30 * i, 520, 752 - 30 * i), value)
                                       for i, value in enumerate(p[1::2])]])),
    # ---------------------------------------------------------------- rotated text
    Row("rotated-margin-name", "rotated text", (
        "Minutes of the annual review held on 6 March.",
        "Copy to [[PERSON|Eilidh MacLeod]] and file",),
        lambda p: _one(L.show(72, 740, p[0]) + L.rotated(560, 200, p[1], 90))),
    Row("rotated-upside-down", "rotated text", (
        "Parent's copy.", "Return slip: [[PERSON|Dominika Kowalska]] [[PHONE|07700 900 445]]"),
        lambda p: _one(L.show(72, 740, p[0]) + L.rotated(500, 100, p[1], 180))),
    Row("rotated-diagonal", "rotated text", (
        "Draft plan for comment.", "DRAFT - [[PERSON|Theodore Vasquez]] - not for circulation"),
        lambda p: _one(L.show(72, 740, p[0]) + L.rotated(120, 250, p[1], 45, size=20))),
    # ---------------------------------------------------------------- annotations
    Row("freetext-comment", "annotations", (
        "Draft annual review report.", "Check spelling with [[PERSON|Anwen Prosser]] before sending"),
        lambda p: L.Page([L.show(72, 740, p[0])], annotations=[[((300, 700, 560, 720), p[1], "/FreeText")]])),
    Row("freetext-phone", "annotations", (
        "Transport request.", "Mum's mobile [[PHONE|07700 900 982]]"),
        lambda p: L.Page([L.show(72, 740, p[0])], annotations=[[((300, 650, 560, 670), p[1], "/FreeText")]])),
    # ---------------------------------------------------------------- initials
    Row("initials-pair", "initials", (
        "Present: [[PERSON|J. K.]] (parent), [[PERSON|R. T.]] (class teacher) and the SENCo.",
        "[[PERSON|J. K.]] said the homework diary helps."),
        lambda p: _one(L.lines(p))),
    Row("initials-surname", "initials", (
        "Assessment by [[PERSON|A. B. Chaudhry]] (Educational Psychologist), supervised by "
        "[[PERSON|Dr M. O'Rourke]].",),
        lambda p: _one(L.lines(p, measure=240))),
    Row("initials-child", "initials", (
        "Child: [[PERSON|T.M.]]   Year 5   School: [[SCHOOL|Holy Trinity C of E Primary]]",
        "[[PERSON|T.M.]] uses a writing slope and a pencil grip."),
        lambda p: _one(L.lines(p))),
    # ---------------------------------------------------------------- look-alikes in PDF layouts
    Row("neg-eponyms-wrap", "look-alikes", (
        "The letter mentions [[NEG|Asperger]]'s profile, [[NEG|Tourette]] syndrome, [[NEG|Down syndrome]] and "
        "[[NEG|Duchenne]] muscular dystrophy as examples only; none applies to [[PERSON|Harriet]].",),
        lambda p: _one(L.lines(p, measure=230))),
    Row("neg-assessments-table", "look-alikes", (
        "Assessment\tScore\tDate",
        "[[NEG|WISC-V]]\t85\tMarch 2024",
        "[[NEG|BPVS-3]]\t92\tApril 2024",
        "[[NEG|Boxall Profile]]\tcompleted\tMay 2024"),
        lambda p: _one(L.table([line.split("\t") for line in p], [60, 220, 320]))),
    Row("neg-services-grid", "look-alikes", (
        "Service\t[[NEG|Child and Adolescent Mental Health Service]]", "Team\t[[NEG|Sensory Support Team]]",
        "Legislation\t[[NEG|Children and Families Act 2014]]", "Guidance\t[[NEG|SEND Code of Practice]]"),
        lambda p: _one(M.label_value(_pairs(p), value_x=160, by_columns=True))),
    Row("neg-spaced-heading", "look-alikes", (
        "[[NEG|ANNUAL REVIEW]] [[NEG|REPORT]]", "Section [[NEG|B]]: special educational needs"),
        lambda p: _one(L.letter_spaced(72, 740, p[0], 4.0, size=14) + L.show(72, 710, p[1]))),
    Row("neg-header-org", "look-alikes", (
        "[[NEG|Lancashire County Council]] - [[NEG|SEND Assessment Team]]",
        "The plan names the provision in Section F.",
        "Speech therapy is provided by the [[NEG|NHS]] trust.",
        "Page # of 2"),
        lambda p: M.with_running_heads(p[0], p[3], [p[1], p[2]])),
    Row("neg-gap-labels", "look-alikes", (
        "Key Stage", "[[NEG|Key Stage 2]]", "Year group", "[[NEG|Year 6]]", "Reading age", "[[NEG|8 years 4 months]]"),
        lambda p: _one(M.gapped(p, [0, 2, 2, 2, 2, 2]))),
    Row("neg-hyphen-words", "look-alikes", (
        "The occupational therapist recommended a [[NEG|wobble cushion]], a [[NEG|weighted blanket]] and regular "
        "movement breaks; [[NEG|Attention Deficit Hyperactivity Disorder]] was ruled out by the clinic.",),
        lambda p: _one(L.paragraph(p[0], 72, 740, 240, hyphenate={"Hyperactivity": "Hyper-|activity",
                                                                   "occupational": "occupa-|tional"})[0])),
)
