"""An organisation's registration number (a charity's, a company's, VAT, a school's URN) is no family's: the negative
names it, and a family's own number after an organisation's name is not taken for it. Rows written for these tests."""

from __future__ import annotations

import pytest

from redaction.text.organisation_numbers import why_organisation_number


def _why(text: str, number: str) -> str | None:
    start = text.index(number)
    return why_organisation_number(text, start, start + len(number))


@pytest.mark.parametrize(("text", "number"), [
    ("Helpline run by Family Link, a registered charity (no. 1049912).", "1049912"),
    ("Registered charity number: 1074338. Company limited by guarantee no. 03671122.", "1074338"),
    ("Registered charity number: 1074338. Company limited by guarantee no. 03671122.", "03671122"),
    ("Parent Partnership (Charity Reg No 1100234)", "1100234"),
    ("Scottish Charity SC045521", "SC045521"),
    ("VAT reg no. 331 2290 18", "331 2290 18"),
    ("Elusen gofrestredig rhif 1180042", "1180042"),
    ("School URN: 100234", "100234"),
    ("Registered in England & Wales No. 07712345", "07712345"),
    ("4412093 (registered charity)", "4412093"),
])
def test_an_organisations_number_is_named(text: str, number: str) -> None:
    assert _why(text, number) is not None


@pytest.mark.parametrize(("text", "number"), [
    ("Family Fund application no. 55120", "55120"),  # the family's application, not the charity
    ("Our ref: 22917", "22917"),
    ("Company: Acme Ltd, your account 44512 is overdue", "44512"),
    ("Mum's mobile 07700 900123", "07700 900123"),
    ("Registered charity no. 1128844\nClient number 448812", "448812"),  # the next line's cue is a client's
])
def test_a_familys_number_is_not_named(text: str, number: str) -> None:
    assert _why(text, number) is None
