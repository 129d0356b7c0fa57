"""Hand-written rows for the pdf5 work: the layout classes where the PDF path's own reading of a page loses a
secret the text path removes, or removes a look-alike the text path keeps --
a first name that is also an ordinary word ("Grace", "Hope", "Joy") whose lower-case uses nearby must stay
("good grace", "we hope"); a cue, its removed value and the next field on one line; tables typed with bars or
tab stops, a word processor wrapping their long rows (a name or a date broken between two lines of one row);
short lines in a narrow newspaper column (a list of people, a signature block) that reach the column's edge by
chance; a signature whose name is removed above a job title and an organisation. Each row in the
``benchmarks/pdf99_rows`` markup (``[[TYPE|value]]`` a secret, ``[[NEG|value]]`` a look-alike that must stay) and
scored as ``bench_pdf99_rows`` scores its rows. Written from how such papers are set, before the PDF path's output
on them was seen."""

from __future__ import annotations

from collections.abc import Sequence

from benchmarks.pdf99_rows import layouts as L
from benchmarks.pdf99_rows.rows import Row

COLUMN = 215.0  # a newspaper column's measure on A4 with two columns
GUTTER = 25.0


def _one(stream: bytes) -> L.Page:
    return L.Page([stream])


def _paragraphs(parts: Sequence[str], measure: float = 450) -> L.Page:
    """One paragraph per part, each wrapped to ``measure`` as a word processor does."""
    return _one(L.lines(list(parts), measure=measure))


def _flow(parts: Sequence[str], *, measure: float = COLUMN, rows: int = 40) -> L.Page:
    """Paragraphs flowed down a column of ``rows`` lines and on to the next column to its right (newspaper
    columns), one line a paragraph's line, no space between paragraphs (typed lines, as in the renders)."""
    out = b""
    x, line = L.LEFT, 0
    for part in parts:
        for text in (L.wrap(part, measure) if part else [""]):
            if line == rows:
                x, line = x + measure + GUTTER, 0
            if text:
                out += L.show(x, L.TOP - line * L.LEADING, text)
            line += 1
    return _one(out)


def _columns(parts: Sequence[str]) -> L.Page:
    """The parts flowed in two columns, the break between them half way down (by lines)."""
    count = sum(len(L.wrap(part, COLUMN)) if part else 1 for part in parts)
    return _flow(parts, rows=(count + 1) // 2)


def _cell_lines(rows: Sequence[Sequence[str]], edges: Sequence[float], *, size: float = 10.0) -> L.Page:
    """A ruled table whose cells wrap within their width, drawn line by line across the row (as a producer that
    writes each baseline of a row in turn): the first lines of all cells, then their second lines."""
    out = b""
    y = L.TOP
    widths = [b - a - 6 for a, b in zip(edges, edges[1:])]
    for row in rows:
        wrapped = [L.wrap(cell, width, size=size) or [""] for cell, width in zip(row, widths, strict=True)]
        depth = max(len(cell) for cell in wrapped)
        for index in range(depth):
            for column, cell in enumerate(wrapped):
                if index < len(cell) and cell[index]:
                    out += L.show(edges[column] + 3, y - index * 12, cell[index], size=size)
        out += f"{edges[0]:.1f} {y + 11:.1f} m {edges[-1]:.1f} {y + 11:.1f} l S\n".encode()
        y -= depth * 12 + 6
    return _one(out)


def _cells_by_cell(rows: Sequence[Sequence[str]], edges: Sequence[float], *, size: float = 10.0) -> L.Page:
    """The same table drawn cell by cell (a word processor's real table: each cell's lines together)."""
    out = b""
    y = L.TOP
    widths = [b - a - 6 for a, b in zip(edges, edges[1:])]
    for row in rows:
        wrapped = [L.wrap(cell, width, size=size) or [""] for cell, width in zip(row, widths, strict=True)]
        for column, cell in enumerate(wrapped):
            for index, text in enumerate(cell):
                if text:
                    out += L.show(edges[column] + 3, y - index * 12, text, size=size)
        y -= max(len(cell) for cell in wrapped) * 12 + 6
    return _one(out)


def _cells(parts: Sequence[str]) -> list[list[str]]:
    return [part.split("\t") for part in parts]


ROWS: tuple[Row, ...] = (
    # ------------------------------------------------- a first name that is also a word; its ordinary uses stay
    Row("word-names-workshop", "name also a word", (
        "Parent workshop on annual reviews. Facilitator: [[PERSON|Hope Ashdown-Reilly]]. Helpers: "
        "[[PERSON|Joy Pemberton]] and [[PERSON|Grace Okonjo]].",
        "[[PERSON|Grace]] asked about transport. Everyone left with real [[NEG|hope]] that the plans will improve, "
        "and it was a [[NEG|joy]] to see so many dads. We gave the late forms a week's [[NEG|grace]].",
        "[[PERSON|Hope]] will send the slides."),
        _paragraphs),
    Row("word-names-minutes", "name also a word", (
        "Present: [[PERSON|Will Ferreira]] (SENCo), [[PERSON|Rose Tennant]] (class teacher), [[PERSON|Mark "
        "Delaney]] (parent).",
        "Attendance [[NEG|rose]] to 94% this term. [[PERSON|Will]] said the school [[NEG|will]] [[NEG|mark]] the "
        "reading book each night. [[PERSON|Rose]] to share the plan."),
        _paragraphs),
    Row("word-names-summer", "name also a word", (
        "Dear Mrs [[PERSON|Summer Lindqvist]],",
        "Thank you for meeting us before the [[NEG|summer]] holidays. [[PERSON|Summer]]'s son will join the "
        "nurture group in the autumn. We keep [[NEG|faith]] with the plan agreed with [[PERSON|Faith Adeyinka]], "
        "the educational psychologist, and we will review it in the [[NEG|spring]]."),
        _paragraphs),
    Row("word-names-columns", "name also a word", (
        "Notes of the coffee morning for parents and carers of children with SEND, held in the school hall.",
        "[[PERSON|Patience Mbeki]] chaired. She reminded everyone that [[NEG|patience]] is needed while the local "
        "authority clears its backlog. [[PERSON|Sunny Dhillon]] said that on a [[NEG|sunny]] day the playground is "
        "too loud for his daughter. [[PERSON|Patience]] will raise it with the head.",
        "[[PERSON|Dawn Ferris]] arrived at [[NEG|dawn]] for the early bus and asked about the taxi contract."),
        _columns),
    Row("word-names-lower-chat", "name also a word", (
        "[[PERSON|Siobhan Kilbride]]: hiya, running late, can you tell the office",
        "Reply: no worries [[PERSON|siobhan]], I'll let them know. The [[NEG|rain]] is awful today",
        "[[PERSON|Rain Ashworth]] (class rep): we'll start without you"),
        _paragraphs),
    # ------------------------------------------------- a removed value, then another field on the same line
    Row("ref-date-same-line", "after a removal", (
        "Our ref: [[CASE_REF|EHC/2025/0318]]        Date: [[NEG|12 March 2025]]",
        "Dear Ms [[PERSON|Ravenscroft]],",
        "Please find enclosed the final plan."),
        lambda p: _one(b"".join(L.show(L.LEFT, L.TOP - i * L.LEADING, t) for i, t in enumerate(p)))),
    Row("case-no-hearing-date", "after a removal", (
        "Appeal number: [[CASE_REF|EH873/25/00412]]      Hearing date: [[NEG|9 July 2025]]      Venue: "
        "[[NEG|remote]]",
        "Child: [[PERSON|Tobias Lindgren-Moss]]      DOB: [[DATE_OF_BIRTH|04.10.2013]]      Year: [[NEG|Year 7]]"),
        lambda p: _one(b"".join(L.show(L.LEFT, L.TOP - i * L.LEADING, t, size=9) for i, t in enumerate(p)))),
    Row("upn-then-date", "after a removal", (
        "UPN [[UPN|K802114395017]]    Admitted [[NEG|2 September 2024]]    Tutor group [[NEG|8RJ]]",
        "Pupil: [[PERSON|Eilidh Carmichael]]"),
        lambda p: _one(b"".join(L.show(L.LEFT, L.TOP - i * L.LEADING, t) for i, t in enumerate(p)))),
    # ------------------------------------------------- tables typed with bars or tab stops, long rows wrapped
    Row("bar-table-wrapped", "typed table", (
        "| # | name | child's school | phone | contact? |",
        "| 1 | [[PERSON|Bernadette Oyelaran-Fitzgerald]] | [[SCHOOL|St Wilfrid's RC Primary]] | "
        "[[PHONE|07700 900 418]] | Y |",
        "| 2 | [[PERSON|Krzysztof Wróblewski]] | [[SCHOOL|Haddon Park Academy]] | [[PHONE|0161 496 0733]] | N |",
        "| 3 | [[PERSON|Ngozi Abernethy]] | home educated | [[PHONE|+44 7700 900 902]] | Y |"),
        lambda p: _paragraphs(p, measure=300)),
    Row("bar-table-columns", "typed table", (
        "Meeting attendance",
        "| name | role | organisation |",
        "| [[PERSON|Anjali Raghavan-Price]] | [[NEG|Educational Psychologist]] | [[NEG|Educational Psychology "
        "Service]] |",
        "| [[PERSON|Cormac Ó Súilleabháin]] | parent | - |",
        "| [[PERSON|Yetunde Salako]] | [[NEG|Speech and Language Therapist]] | [[NEG|Solent NHS Trust]] |",
        "The meeting closed at 4pm."),
        _columns),
    Row("cells-wrapped-across", "cell wraps", (
        "Name\tDate of birth\tSchool\tNeed",
        "[[PERSON|Maximilian Oduya-Fairbrother]]\t[[DATE_OF_BIRTH|14 September 2014]]\t"
        "[[SCHOOL|Northfield Community Primary School]]\t[[NEG|Autism Spectrum Condition]]",
        "[[PERSON|Temperance Achterberg]]\t[[DATE_OF_BIRTH|2 February 2015]]\t[[SCHOOL|Saint Bartholomew's "
        "Church of England Academy]]\t[[NEG|Moderate Learning Difficulties]]"),
        lambda p: _cell_lines(_cells(p), [60, 170, 260, 390, 520])),
    Row("cells-wrapped-by-cell", "cell wraps", (
        "Contact\tRelationship\tTelephone",
        "[[PERSON|Henrietta Szczepanska-Lowe]]\t[[NEG|Maternal grandmother]]\t[[PHONE|01632 960 512]]",
        "[[PERSON|Bartholomew Okonkwo-Reid]]\t[[NEG|Foster carer]]\t[[PHONE|07700 900 661]]"),
        lambda p: _cells_by_cell(_cells(p), [60, 165, 290, 420])),
    # ------------------------------------------------- short lines in a narrow column
    Row("narrow-attendee-list", "narrow column", (
        "Those present at the review meeting were listed in the minutes as follows, with their roles in the "
        "team around the family.",
        "Attendees:",
        "[[PERSON|Aoife Brannigan]], SENCo at the school",
        "[[PERSON|Leszek Dabrowski]], the child's father",
        "[[PERSON|Imogen Fairclough-Hart]], case officer",
        "Apologies:",
        "[[PERSON|Tendai Mupfumira]], speech therapist",
        "Minutes by [[PERSON|Rowena Aske]]."),
        _columns),
    Row("narrow-signature", "narrow column", (
        "We will write again once the panel has met. If you have any questions in the meantime please contact "
        "me on the number above or by e-mail.",
        "Yours sincerely,",
        "",
        "[[PERSON|Magdalena Kowalewska-Frost]]",
        "[[NEG|Senior SEN Case Officer]]",
        "[[NEG|Special Educational Needs and Disabilities Service]]",
        "cc [[PERSON|Dr Olumide Fashola]], [[NEG|Community Paediatrician]]"),
        _columns),
    Row("narrow-cue-at-line-end", "narrow column", (
        "At the meeting the school reported that attendance had improved since the spring and that the new "
        "timetable was working well for the child, whose key adult is",
        "[[PERSON|Marisa]] in the resource base. The family's social worker is [[PERSON|Obinna Chukwuemeka]] and "
        "the child's date of birth is [[DATE_OF_BIRTH|17/06/2012]].",
        "Next review: [[NEG|June 2026]]."),
        _columns),
    # ------------------------------------------------- a signature removed above a job title
    Row("signature-title", "signature", (
        "Thank you for your patience while we completed the assessment.",
        "Kind regards",
        "[[PERSON|Esperanza Villalobos]]",
        "[[NEG|Specialist Teacher, Sensory Support Service]]",
        "Tel: [[PHONE|01632 960 377]]"),
        lambda p: _one(L.lines(p, measure=450))),
    Row("signature-name-title-line", "signature", (
        "Yours sincerely",
        "[[PERSON|Dr Feargal Mac Giolla Bhríde]], [[NEG|Consultant Community Paediatrician]]",
        "[[NEG|Child Development Centre]], [[NEG|Royal Infirmary]]"),
        lambda p: _one(L.lines(p, measure=450))),
)
