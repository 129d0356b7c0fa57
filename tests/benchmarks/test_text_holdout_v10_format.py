"""The tenth hold-out set parses with the first set's loader, every label passes the same self-checks, and it is
fresh text: no passage, identifier or full name shared with any earlier hand-written set (every
``benchmarks/text_holdout*`` folder but this one) or general-English set (every ``benchmarks/pii_general*``), nor
between its two halves. Two authors wrote it in halves (documents 01-24 and 25-48), neither reading the other's; the
counts are per document, so every test but the numbering one holds for either half alone; the second half's genres are
checked in ``test_text_holdout_v10_second_half.py``. The benchmark prints its tables only (``--summary``; the set is
kept back) and refuses to list its misses.

The checks every hand-written set shares (labels pass the self-checks, ``--summary`` prints no text, a kept-back set's
misses are refused, halves share nothing) run for this set in ``test_hand_written_sets.py``."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks.text_holdout import LATER_TYPES, load
from benchmarks.text_holdout.freshness import shared_identifiers, shared_passages
from kept_back_sets import (SEND_OFFICIAL_WORDING, assert_gold_spread, assert_known_blocks_spread, documents_of,
                            hand_written_sets, partial_birthdays_and_typos)
from redaction.spans import SPAN_TYPES

TENTH_SET = REPO / "benchmarks" / "text_holdout_v10"
DOCS = load(TENTH_SET / "documents")
HALF, FULL_SET = 24, 48
# Every earlier set found by folder, so that a set written later is compared too (the first set keeps its documents
# in benchmarks/text_holdout/documents like the rest).
EARLIER_FOLDERS = [f for f in hand_written_sets() if f != TENTH_SET]
EARLIER = documents_of(EARLIER_FOLDERS)
# As in the fourth to ninth sets, the kinds the detector learnt later are labelled as the types the sets already had:
# CASE_REF for other ids, NHS_NUMBER for CHI and H&C numbers, so the figures compare across sets.
IDENTIFIER_TYPES = set(SPAN_TYPES) - {"DATE", "TERM"} - LATER_TYPES
STARRED_TYPES = {"PERSON", "DATE_OF_BIRTH", "ADDRESS", "POSTCODE", "PHONE", "SCHOOL", "NHS_NUMBER", "NI_NUMBER", "UPN",
                 "ULN", "CASE_REF"}  # every type a known block can carry appears starred somewhere
GENRES_01_24 = (  # the first author's 24, none of an earlier SEND set's
    "duke_of_edinburgh_participant_needs_form", "childrens_hospice_short_break_plan",
    "pupil_referral_unit_daily_report", "assistance_dog_school_agreement", "sensory_room_booking_email_thread",
    "social_prescribing_referral", "service_pupil_premium_declaration", "irish_medium_naiscoil_bilingual_letter",
    "bikur_cholim_volunteer_rota", "surf_therapy_session_register", "community_interpreter_timesheet",
    "school_kitchen_allergen_card", "foodbank_voucher_referral", "stammering_therapy_group_registration",
    "cochlear_implant_processor_email", "first_aid_head_bump_slip_with_reply", "child_bereavement_charity_referral",
    "makaton_sign_of_the_week_home_log", "church_choir_residential_consent_form", "brownies_unit_inclusion_plan",
    "ocr_child_measurement_programme_letter", "youth_worker_direct_messages", "personal_emergency_evacuation_plan",
    "driving_theory_test_adjustments_request")


def number(doc) -> int:  # type: ignore[no-untyped-def]
    return int(doc.id.split("-")[0])


def test_the_earlier_sets_are_found_by_folder() -> None:
    names = {f.name for f in EARLIER_FOLDERS}
    assert {"text_holdout", "text_holdout_v9", "pii_general_v6"} <= names and "text_holdout_v10" not in names


def test_documents_are_numbered_from_01_without_gaps_or_repeats() -> None:
    """01-24 by the first author, 25-48 by the second."""
    numbers = [number(d) for d in DOCS]
    assert numbers == list(range(1, FULL_SET + 1)), numbers


def test_the_set_has_the_size_and_spread_the_brief_asks_for() -> None:
    sizes = {d.id: len(d.text.encode()) for d in DOCS}
    assert {k: v for k, v in sizes.items() if not 1100 <= v <= 2300} == {}
    assert len({d.genre for d in DOCS}) == len(DOCS)  # one genre per document
    assert_gold_spread(DOCS, IDENTIFIER_TYPES, spans=1400, set_size=FULL_SET)  # about 30 a document
    assert sum(g.type == "DATE_OF_BIRTH" for d in DOCS for g in d.gold) >= len(DOCS)  # plenty of birth dates, full and partial
    assert all(len(d.negatives) >= 12 for d in DOCS), {d.id: len(d.negatives) for d in DOCS if len(d.negatives) < 12}


def test_the_genres_of_the_first_half_are_all_there() -> None:
    """None of an earlier SEND set's genres: a Duke of Edinburgh needs form, a hospice short-break plan, a PRU daily
    report, an assistance dog agreement, a sensory room booking thread, a social prescribing referral, a service pupil
    premium declaration, a bilingual Irish-medium naíscoil letter, a bikur cholim volunteer rota, a surf therapy
    register, an interpreter's timesheet, a school kitchen allergen card, a foodbank voucher referral, a stammering
    group registration, a cochlear implant processor e-mail, a first-aid slip with its reply, a bereavement charity
    referral, a Makaton home log, a choir residential consent form, a Brownies inclusion plan, an OCR'd child
    measurement letter, a youth worker's direct messages, a personal emergency evacuation plan and a driving theory
    test adjustments request: each once."""
    genres = " ".join(d.genre for d in DOCS if number(d) <= HALF)
    for kind in GENRES_01_24:
        assert kind in genres, kind


def test_partial_birthdays_and_irregular_spans_are_there() -> None:
    """Birth dates without a year ("she'll be 11 on the 3rd of May") and numbers, names or dates garbled (``!``):
    ten of each over the 48 documents."""
    partial, typos = partial_birthdays_and_typos(DOCS)
    assert partial * FULL_SET >= 10 * len(DOCS) and typos * FULL_SET >= 10 * len(DOCS), (partial, typos)


def test_known_blocks_are_spread_accepted_and_mostly_spelt_otherwise_in_the_text() -> None:
    assert_known_blocks_spread(DOCS, STARRED_TYPES)


def test_no_passage_identifier_or_person_is_shared_with_the_earlier_sets() -> None:
    """Fresh text: no run of eight words (official wording aside), no identifier value, no full name in common with
    any earlier hand-written or general-English set."""
    shared = shared_passages(DOCS, EARLIER, SEND_OFFICIAL_WORDING), shared_identifiers(DOCS, EARLIER)
    assert shared == ({}, set()), shared  # only the colliding runs and values are printed, never earlier text
