"""The table reader: every serialisation of a table or a form record, cells typed by their column's name."""

from __future__ import annotations

import pytest

from redaction.text import TextRedactor
from redaction.text.table_vocabulary import header_kind, qualifier_of
from redaction.text.tables import read_tables


def cells(text: str) -> list[tuple[str, str]]:
    return [(text[c.start : c.end], c.kind) for c in read_tables(text).cells]


@pytest.mark.parametrize(
    ("header", "kind"),
    [("Surname", "SURNAME"), ("LAST NAME", "SURNAME"), ("family_name", "SURNAME"), ("lastName", "SURNAME"),
     ("Forename(s)", "FORENAME"), ("firstName", "FORENAME"), ("Child's first name", "FORENAME"),
     ("D.O.B.", "DATE_OF_BIRTH"), ("DoB", "DATE_OF_BIRTH"), ("dateOfBirth", "DATE_OF_BIRTH"),
     ("Date of birth (dd/mm/yyyy)", "DATE_OF_BIRTH"), ("Pupil DOB", "DATE_OF_BIRTH"),
     ("Young person", "PERSON"), ("Parent/carer name", "PERSON"), ("Name of child", "PERSON"),
     ("NINO", "NI_NUMBER"), ("NHS No.", "NHS_NUMBER"), ("UPN", "UPN"), ("ULN", "ULN"), ("Post code", "POSTCODE"),
     ("Setting", "SCHOOL"), ("e-mail", "EMAIL"), ("Mobile", "PHONE"), ("Ref", "CASE_REF"), ("Town", "LOCATION"),
     ("Review date", "OTHER"), ("Year group", "OTHER"), ("Start", None), ("Please describe your needs", None),
     # an export's camel case with capitals run in, and its own reference columns
     ("NINumber", "NI_NUMBER"), ("DateOfBirth", "DATE_OF_BIRTH"), ("LearnRefNumber", "CASE_REF"),
     ("Mosaic ID", "CASE_REF"), ("Claim ref", "CASE_REF"), ("FundingLA", None), ("Room number", None)],
)
def test_header_names_are_typed(header: str, kind: str | None) -> None:
    assert header_kind(header) == kind


def test_a_qualified_label_says_whose_value_it_is() -> None:
    assert qualifier_of("Child's surname") == "child" and qualifier_of("Parent surname") == "parent"
    assert qualifier_of("Surname") == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Markdown: pipes, a separator row of dashes; a name and a date typed by the header.
        ("| Name | DOB | Phone |\n|---|---|---|\n| WARDAK, Abdul | 01/01/1981 | 413 241 2415 |\n"
         "| Kim SMITH-GRANGER | 2016-02-29 | 07700 900123 |\n",
         [("WARDAK, Abdul", "PERSON"), ("01/01/1981", "DATE_OF_BIRTH"), ("413 241 2415", "PHONE"),
          ("Kim SMITH-GRANGER", "PERSON"), ("2016-02-29", "DATE_OF_BIRTH"), ("07700 900123", "PHONE")]),
        # CSV with a lower-case header row.
        ("ref,uln,surname,forename,dob,sex,postcode,nino\nLA-0042,1234567890,SMITH-GRANGER,Kim,2016-02-29,F,LA9 6NN,QQ123456C\n",
         [("LA-0042", "CASE_REF"), ("1234567890", "ULN"), ("SMITH-GRANGER", "SURNAME"), ("Kim", "FORENAME"),
          ("2016-02-29", "DATE_OF_BIRTH"), ("LA9 6NN", "POSTCODE"), ("QQ123456C", "NI_NUMBER")]),
        # CSV: a quoted "SURNAME, Forename" and an unquoted one in the name column.
        ('Name,DOB,School\n"WARDAK, Abdul",01/01/1981,Fellview Primary\nOKAFOR, Chidi,02/02/2012,Oakfield\n',
         [("WARDAK, Abdul", "PERSON"), ("01/01/1981", "DATE_OF_BIRTH"), ("Fellview Primary", "SCHOOL"),
          ("OKAFOR, Chidi", "PERSON"), ("02/02/2012", "DATE_OF_BIRTH"), ("Oakfield", "SCHOOL")]),
        # Tabs; a review date is no date of birth.
        ("Surname\tForename\tDate of birth\tReview date\nSMITH\tKim\t2016-02-29\t2024-05-01\n",
         [("SMITH", "SURNAME"), ("Kim", "FORENAME"), ("2016-02-29", "DATE_OF_BIRTH")]),
        # Aligned columns, one cell empty.
        ("Surname        Forename    DOB          Year\nSMITH-GRANGER  Kim         29/02/2016   4\n"
         "OKAFOR                     08.03.2012   6\n",
         [("SMITH-GRANGER", "SURNAME"), ("Kim", "FORENAME"), ("29/02/2016", "DATE_OF_BIRTH"), ("OKAFOR", "SURNAME"),
          ("08.03.2012", "DATE_OF_BIRTH")]),
        # A form export with dotted leaders.
        ("Date of birth.........: 2016-02-29\nForename..............: Kim\nSurname...............: SMITH-GRANGER\n"
         "Postcode..............: LA9 6NN\nNHS No = 943 476 5919\n",
         [("2016-02-29", "DATE_OF_BIRTH"), ("Kim", "FORENAME"), ("SMITH-GRANGER", "SURNAME"), ("LA9 6NN", "POSTCODE"),
          ("943 476 5919", "NHS_NUMBER")]),
        # A column we cannot type: its date is a date of birth when the row names a person.
        ("Pupil | Start | Notes\nKim Smith | 2016-02-29 | fine\n", [("Kim Smith", "PERSON"), ("2016-02-29", "DATE_OF_BIRTH")]),
        ("Name | Meeting date\nKim Smith | 2024-02-29\n", [("Kim Smith", "PERSON")]),
        # Rows go on after one blank line in a delimited table, and stop at a line without the separator.
        ("Name | DOB\nKim Smith | 2016-02-29\n\nAbdul Wardak | 2015-01-01\nWill you check these?\n",
         [("Kim Smith", "PERSON"), ("2016-02-29", "DATE_OF_BIRTH"), ("Abdul Wardak", "PERSON"),
          ("2015-01-01", "DATE_OF_BIRTH")]),
        # No header: a register row with a name cell and a date cell; prose dates stay.
        ("Register\n| WARDAK, Abdul | 01/01/1981 | 413 241 2415 |\nThe meeting on 01/01/2024 was fine.\n",
         [("WARDAK, Abdul", "PERSON"), ("01/01/1981", "DATE_OF_BIRTH")]),
        ("Annual Review | 01/01/2024 | Room 4\n", []),
        # Flattened and typed in lower case: "learner pupil no" is two columns, not a learner's pupil.
        ("learner pupil no dob post code\nbrennan-lowe, haruka F940690910926 thursday 5th january 2017 PE10 8WQ\n",
         [("brennan-lowe, haruka", "PERSON"), ("F940690910926", "UPN"), ("thursday 5th january 2017", "DATE_OF_BIRTH"),
          ("PE10 8WQ", "POSTCODE")]),
        ("The name, the school and the year were all wrong.\n", []),
        # Empty cells keep every other cell under its own column (no NI number typed on the next column's "1").
        ("ULN,FamilyName,GivenNames,DateOfBirth,Sex,Postcode,NINumber,LLDDHealthProb\n"
         "8001912875,HAMID,Yusra,2007-09-01,F,DN33 1HU,,1\n",
         [("8001912875", "ULN"), ("HAMID", "SURNAME"), ("Yusra", "FORENAME"), ("2007-09-01", "DATE_OF_BIRTH"),
          ("DN33 1HU", "POSTCODE")]),
        ("| Name | DOB | Phone |\n|---|---|---|\n| Kim Smith |  | 07700 900123 |\n",
         [("Kim Smith", "PERSON"), ("07700 900123", "PHONE")]),
        # An export's camel-case header with columns we do not know: its own reference and identifying columns
        # still make it a header.
        ("LearnRefNumber,ULN,FamilyName,GivenNames,DateOfBirth,Sex,NINumber,LLDDHealthProb,PrimaryLLDD,FundingLA,Campus\n"
         "GI2201873,4882338466,BRUMPTON,Ellis,2006-11-03,M,TM897385C,1,4,812,Nuns Corner\n",
         [("GI2201873", "CASE_REF"), ("4882338466", "ULN"), ("BRUMPTON", "SURNAME"), ("Ellis", "FORENAME"),
          ("2006-11-03", "DATE_OF_BIRTH"), ("TM897385C", "NI_NUMBER")]),
        # An export's own column codes with underscores ("SEN_Stage") beside columns we know.
        ("UPN,Surname,Forename,DOB,NCY,SEN_Stage,Primary_Need\nJ373379714627,ABUBAKAR,Maryam,2013-05-19,8,E,SLCN\n",
         [("J373379714627", "UPN"), ("ABUBAKAR", "SURNAME"), ("Maryam", "FORENAME"), ("2013-05-19", "DATE_OF_BIRTH")]),
        # An export's comment line after its rows is no row ("# Key workers: ..., ..., E = EHC plan").
        ("UPN,Surname,Forename,DOB,NCY,SEN_Stage,Primary_Need,Key_Worker\nJ373379714627,ABUBAKAR,Maryam,2013-05-19,8,E,SLCN,R Toft\n"
         "# Key workers: Rebecca Toft (SENCo), Jaspreet Kaur. NCY = National Curriculum Year. E = EHC plan\n",
         [("J373379714627", "UPN"), ("ABUBAKAR", "SURNAME"), ("Maryam", "FORENAME"), ("2013-05-19", "DATE_OF_BIRTH"),
          ("R Toft", "PERSON")]),
        # A European locale's CSV: semicolons, every cell quoted, an empty cell kept in its column.
        ('"Surname";"Forename";"DOB";"Year";"ULN"\n"Dimitrov";"Yoana";"2007-06-30";"13";""\n'
         '"Kovacs";"Bence";"2007-12-01";"13";"1681623284"\n',
         [("Dimitrov", "SURNAME"), ("Yoana", "FORENAME"), ("2007-06-30", "DATE_OF_BIRTH"), ("Kovacs", "SURNAME"),
          ("Bence", "FORENAME"), ("2007-12-01", "DATE_OF_BIRTH"), ("1681623284", "ULN")]),
        # A sign-in sheet: a row-number column ("#") and a question for a column name beside columns we know.
        ("| # | name | child's school | phone | happy to be contacted? |\n| 1 | Sunny Kapoor | Bridge Hall | 07700900085 | Y |\n",
         [("Sunny Kapoor", "PERSON"), ("Bridge Hall", "SCHOOL"), ("07700900085", "PHONE")]),
        # A school column saying the child has none holds no school's name.
        ("| name | school | phone |\n| Ann Lee | home educated | 07700900086 |\n",
         [("Ann Lee", "PERSON"), ("07700900086", "PHONE")]),
        # Prose with semicolons is no table.
        ("Name; date of birth; address; we need all three before the panel; then we can go on.\n", []),
    ],
)
def test_every_serialisation_is_read_by_its_header(text: str, expected: list[tuple[str, str]]) -> None:
    assert cells(text) == expected


def test_name_parts_of_one_row_or_record_are_one_person() -> None:
    text = "Surname\tForename\tDOB\nSMITH\tKim\t2016-02-29\nOKAFOR\tChidi\t2012-03-08\n"
    assert sorted(read_tables(text).groups.values()) == ["Chidi OKAFOR", "Kim SMITH"]
    record = "Child's surname: OKAFOR\nChild's forename: Chidi\nParent surname: BAJWA\nParent forename: Noor\n"
    assert sorted(read_tables(record).groups.values()) == ["Chidi OKAFOR", "Noor BAJWA"]


def test_a_header_line_is_kept_and_its_rows_redacted() -> None:
    text = "| Surname | Forename | DOB |\n|---|---|---|\n| SMITH-GRANGER | Kim | 2016-02-29 |\n"
    redacted = TextRedactor().redact(text).redacted
    assert redacted.startswith("| Surname | Forename | DOB |\n|---|---|---|\n"), redacted
    assert "SMITH" not in redacted and "Kim" not in redacted and "02-29" not in redacted, redacted


@pytest.mark.parametrize(
    ("text", "school"),
    [("School: Rosehill Junior (Year 4)      Date: 5 December 2023", "Rosehill Junior"),
     ("School: Inverurie Academy (S5)     Careers adviser: Fraser Duguid", "Inverurie Academy"),
     ("School: Gurnard Bay Primary (Year 1)\nAssessed: 10 April 2024", "Gurnard Bay Primary"),
     ("School: Hillside Infants (Reception)\nDate: 3 May 2024", "Hillside Infants"),
     ("School: St Mary (RC) Primary\nDate: 3 May 2024", "St Mary (RC) Primary")],  # brackets of the name stay
)
def test_a_year_group_in_brackets_after_a_school_is_no_part_of_it(text: str, school: str) -> None:
    assert (school, "SCHOOL") in cells(text)
    assert not any("Year" in value or "(S5)" in value or "Reception" in value for value, _ in cells(text))
