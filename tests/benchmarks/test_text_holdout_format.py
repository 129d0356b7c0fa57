"""The hand-labelled hold-out set parses, and every gold span in it is well formed and consistent."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks.text_holdout import LATER_TYPES, HoldoutFormatError, load, parse_document, problems
from benchmarks.text_holdout.checks import (
    is_nhs_number,
    is_ni_number,
    is_postcode,
    is_uln,
    is_upn,
    upn_check_letter,
)
from benchmarks.text_holdout.consistency import parse_date
from redaction.spans import SPAN_TYPES

DOCS = load()
# The kinds the detector learnt later (issue 9 item 2) are labelled in the sets as the types they had then:
# CASE_REF for other ids, NHS_NUMBER for CHI and H&C numbers.
IDENTIFIER_TYPES = set(SPAN_TYPES) - {"DATE", "TERM"} - LATER_TYPES


@pytest.mark.parametrize("doc", DOCS, ids=[d.id for d in DOCS])
def test_document_labels_are_consistent(doc) -> None:  # type: ignore[no-untyped-def]
    assert "[[" not in doc.text and "]]" not in doc.text
    assert problems(doc) == []


def test_the_set_has_the_size_and_spread_the_brief_asks_for() -> None:
    assert 40 <= len(DOCS) <= 60
    assert all(900 <= len(d.text.encode()) <= 4096 for d in DOCS)
    assert len({d.genre for d in DOCS}) >= 12
    types = Counter(g.type for d in DOCS for g in d.gold)
    assert set(types) == IDENTIFIER_TYPES, set(types) ^ IDENTIFIER_TYPES
    assert min(types.values()) >= 5, types
    assert sum(len(d.negatives) for d in DOCS) >= 300
    with_known = [d for d in DOCS if d.known]
    assert len(with_known) >= 15
    assert sum(g.entity is not None for d in with_known for g in d.gold) >= 200


def test_known_blocks_are_accepted_by_the_redaction_api() -> None:
    from redaction.text import parse_known

    for doc in DOCS:
        if doc.known:
            entries = parse_known(doc.known)
            assert len(entries) == sum(len(v) for v in doc.known.values()), doc.id


def test_ids_are_unique_and_offsets_point_at_their_surfaces() -> None:
    assert len({d.id for d in DOCS}) == len(DOCS)
    source = parse_document(Path("x.txt"), "genre: t\n---\nSee [[PERSON|Amara Okafor]] re [[NEG|ADHD]] at\n"
                                          "[[ADDRESS|Flat 3\n22 Wilmslow Road]] [[NEUTRAL|Stockport Council]].\n")
    assert source.text == "See Amara Okafor re ADHD at\nFlat 3\n22 Wilmslow Road Stockport Council.\n"
    (person, address) = source.gold
    assert source.text[person.start:person.end] == "Amara Okafor" and person.entity is None
    assert source.text[address.start:address.end] == "Flat 3\n22 Wilmslow Road"
    assert [source.text[s:e] for s, e in source.negatives] == ["ADHD"]
    assert [source.text[s:e] for s, e in source.neutral] == ["Stockport Council"]


def test_known_block_and_flags() -> None:
    doc = parse_document(Path("k.txt"), "genre: t\nknown PERSON:child = Alfred Hartley-Browne | Alfie\n"
                                       "known PERSON:child = Alf\n---\n[[PERSON*|ALFIE]]'s NHS no "
                                       "[[NHS_NUMBER!|943 476 5918]]\n")
    assert doc.known == {"PERSON:child": ["Alfred Hartley-Browne", "Alfie", "Alf"]}
    alfie, nhs = doc.gold
    assert alfie.entity == "known" and not alfie.typo
    assert nhs.typo and nhs.entity is None
    assert problems(doc) == []


@pytest.mark.parametrize(("source", "message"), [
    ("genre: t\nThe text", "no '---'"),
    ("note: x\n---\ntext", "no 'genre:'"),
    ("genre: t\nauthor: me\n---\ntext", "unknown header line"),
    ("genre: t\nknown FOO = x\n---\ntext", "bad known entry"),
    ("genre: t\nknown PERSON = \n---\ntext", "expected 'known"),
    ("genre: t\n---\nline one\n[[PERSONS|Amara]]", "x.txt:4: unknown label type 'PERSONS'"),
    ("genre: t\n---\n[[PERSON|Amara] and [[NEG|ADHD]]", "nested"),
    ("genre: t\n---\n[[PERSON| Amara]]", "padded"),
    ("genre: t\n---\nAmara]] said", "unbalanced"),
    ("genre: t\n---\n[[NEG*|ADHD]]", "takes no"),
    ("genre: t\n---\n[[PERSON*|Amara]]", "no known block"),
])
def test_malformed_documents_are_refused_with_file_and_line(source: str, message: str) -> None:
    with pytest.raises(HoldoutFormatError, match=message.replace("(", r"\(").replace("*", r"\*")):
        parse_document(Path("x.txt"), source)


@pytest.mark.parametrize(("body", "complaint"), [
    ("NHS [[NHS_NUMBER|943 476 5918]]", "is not a valid NHS_NUMBER"),
    ("NHS [[NHS_NUMBER!|943 476 5919]]", "marked as a typo but is valid"),
    ("[[PERSON|Mrs Okafor]] came", "includes a title"),
    ("[[PERSON|Amara's]] book", "includes a possessive"),
    ("[[PERSON|Amara Okafor]] and later okafor again", "appears unlabelled"),
    ("[[POSTCODE|M14 5TQX]]", "is not a valid POSTCODE"),
    ("[[UPN|A383716717415]]", "is not a valid UPN"),
    ("[[DATE_OF_BIRTH|31/02/2015]]", "is not a valid DATE_OF_BIRTH"),
])
def test_consistency_check_catches_labelling_slips(body: str, complaint: str) -> None:
    doc = parse_document(Path("x.txt"), f"genre: t\n---\n{body}\n")
    assert any(complaint in p for p in problems(doc)), problems(doc)


def test_overlapping_labels_are_reported() -> None:
    doc = parse_document(Path("x.txt"), "genre: t\n---\n[[PERSON|Amara Okafor]]\n")
    shifted = type(doc)(doc.id, doc.genre, doc.text, doc.gold, ((6, 12),), (), {}, "")
    assert any("labels overlap" in p for p in problems(shifted))


def test_known_star_must_match_and_known_values_must_be_starred() -> None:
    head = "genre: t\nknown PERSON:child = Zofia Kowalczyk\nknown DATE_OF_BIRTH = 2016-02-11\n---\n"
    good = parse_document(Path("x.txt"), head + "[[PERSON*|KOWALCZYK, Zofia]] born [[DATE_OF_BIRTH*|11th Feb 2016]]"
                                                 ", [[PERSON*|ZK]]\n")
    assert problems(good) == []
    wrong = parse_document(Path("x.txt"), head + "[[PERSON*|Tomasz]] born [[DATE_OF_BIRTH*|12/02/2016]]\n")
    assert len([p for p in problems(wrong) if "matches no known" in p]) == 2
    bare = parse_document(Path("x.txt"), head + "[[PERSON|Zofia Kowalczyk]] born [[DATE_OF_BIRTH*|11.02.16]]\n")
    assert any("not marked '*'" in p for p in problems(bare))


def test_identifier_rules_on_published_examples() -> None:
    assert is_nhs_number("943 476 5919") and not is_nhs_number("943 476 5918")
    assert is_nhs_number("943-476-5919") and not is_nhs_number("94347659")
    assert upn_check_letter("909102514017") == "N"  # samples/family.json's UPN, made by another hand
    assert is_upn("A383716717414") and not is_upn("B383716717414") and not is_upn("A999716717414")
    assert is_uln("4026128589") and not is_uln("4026128580") and not is_uln("0026128589")
    assert is_ni_number("TB 19 83 21 A") and is_ni_number("ek085564b")
    assert not is_ni_number("QQ123456C") and not is_ni_number("GB123456A") and not is_ni_number("TB198321E")
    assert all(is_postcode(p) for p in ("M14 5TQ", "EC1A 1BB", "W1T4JE", "ol84ne", "GIR 0AA", "CR0 2YR"))
    assert not any(is_postcode(p) for p in ("M14 5TC", "Q1 1AA", "M145", "SW1A 1AAA"))


@pytest.mark.parametrize(("text", "iso"), [
    ("11/02/2016", "2016-02-11"), ("1.9.19", "2019-09-01"), ("08 / 03 / 2012", "2012-03-08"),
    ("2016-04-19", "2016-04-19"), ("5th March 2012", "2012-03-05"), ("08-Dec-2014", "2014-12-08"),
    ("22-DEC-2013", "2013-12-22"), ("March 3rd, 2008", "2008-03-03"), ("3 Nov 2011", "2011-11-03"),
])
def test_dates_of_birth_parse_in_every_layout_used(text: str, iso: str) -> None:
    parsed = parse_date(text)
    assert parsed is not None and parsed.isoformat() == iso
