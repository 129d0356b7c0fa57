"""The eleventh hold-out set parses with the first set's loader, every label passes the same self-checks, and it is
fresh text: no passage, identifier or full name shared with any earlier hand-written set (every
``benchmarks/text_holdout*`` folder but this one) or general-English set (every ``benchmarks/pii_general*``), nor
between its two halves. Two authors wrote it in halves (documents 01-24 and 25-48), neither reading the other's; the
counts are per document, so every test but the numbering one holds for either half alone; the second half's genres are
checked in ``test_text_holdout_v11_second_half.py``. The benchmark prints its tables only (``--summary``; the set is
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

ELEVENTH_SET = REPO / "benchmarks" / "text_holdout_v11"
DOCS = load(ELEVENTH_SET / "documents")
HALF, FULL_SET = 24, 48
# Every earlier set found by folder, so that a set written later is compared too (the first set keeps its documents
# in benchmarks/text_holdout/documents like the rest).
EARLIER_FOLDERS = [f for f in hand_written_sets() if f != ELEVENTH_SET]
EARLIER = documents_of(EARLIER_FOLDERS)
# As in the fourth to tenth sets, the kinds the detector learnt later are labelled as the types the sets already had:
# CASE_REF for other ids, NHS_NUMBER for CHI and H&C numbers, so the figures compare across sets.
IDENTIFIER_TYPES = set(SPAN_TYPES) - {"DATE", "TERM"} - LATER_TYPES
STARRED_TYPES = {"PERSON", "DATE_OF_BIRTH", "ADDRESS", "POSTCODE", "PHONE", "SCHOOL", "NHS_NUMBER", "NI_NUMBER", "UPN",
                 "ULN", "CASE_REF"}  # every type a known block can carry appears starred somewhere
GENRES_01_24 = (  # the first author's 24, none of an earlier SEND set's
    "dental_hospital_general_anaesthetic_preassessment_letter", "wheelchair_service_repair_job_sheet",
    "short_breaks_direct_payment_monitoring_return", "school_nurse_drop_in_log",
    "school_immunisation_consent_form_with_reply", "looked_after_child_initial_health_assessment_extract",
    "barber_autism_friendly_booking_card", "family_vlog_comment_thread", "parent_typed_discharge_summary_whatsapp",
    "feis_traditional_music_workshop_access_form", "in_year_admission_form_scribed_by_phone",
    "rail_passenger_assist_booking_email", "gp_new_patient_registration_form", "housing_disrepair_complaint_email",
    "esol_class_creche_registration", "mental_health_support_team_triage_note", "ferry_concession_travel_application",
    "stadium_sensory_room_ticket_application", "parents_evening_booking_export_csv", "family_fund_grant_application",
    "passport_photo_exemption_gp_letter", "ramadan_fasting_diabetes_plan", "was_not_brought_letter_with_reply",
    "beach_wheelchair_loan_form")


def number(doc) -> int:  # type: ignore[no-untyped-def]
    return int(doc.id.split("-")[0])


def test_the_earlier_sets_are_found_by_folder() -> None:
    names = {f.name for f in EARLIER_FOLDERS}
    assert {"text_holdout", "text_holdout_v10", "pii_general_v7"} <= names and "text_holdout_v11" not in names


def test_documents_are_numbered_from_01_without_gaps_or_repeats() -> None:
    """01-24 by the first author, 25-48 by the second: the first half alone until the second is merged."""
    numbers = [number(d) for d in DOCS]
    assert numbers in (list(range(1, HALF + 1)), list(range(1, FULL_SET + 1))), numbers


def test_the_set_has_the_size_and_spread_the_brief_asks_for() -> None:
    sizes = {d.id: len(d.text.encode()) for d in DOCS}
    assert {k: v for k, v in sizes.items() if not 1100 <= v <= 2300} == {}
    assert len({d.genre for d in DOCS}) == len(DOCS)  # one genre per document
    assert_gold_spread(DOCS, IDENTIFIER_TYPES, spans=1400, set_size=FULL_SET)  # about 30 a document
    assert sum(g.type == "DATE_OF_BIRTH" for d in DOCS for g in d.gold) >= len(DOCS)  # plenty of birth dates, full and partial
    assert all(len(d.negatives) >= 12 for d in DOCS), {d.id: len(d.negatives) for d in DOCS if len(d.negatives) < 12}


def test_the_genres_of_the_first_half_are_all_there() -> None:
    """None of an earlier SEND set's genres: a dental hospital general-anaesthetic pre-assessment letter, a wheelchair
    repair job sheet, a short breaks direct payment monitoring return, a school nurse drop-in log, an immunisation
    consent form with its reply, a looked-after child's initial health assessment, a barber's autism-friendly booking
    card, a family vlog's comment thread, a discharge summary typed by a parent into WhatsApp, a Fèis workshop access
    form, an in-year admission form scribed by phone, a rail Passenger Assist booking e-mail, a GP new patient
    registration form, a housing disrepair complaint e-mail, an ESOL class crèche registration, a mental health support
    team triage note, a ferry concession application, a stadium sensory room ticket application, a parents' evening
    booking export, a Family Fund grant application, a GP's passport photo exemption letter, a Ramadan fasting plan for
    a diabetic pupil, a "was not brought" letter with its reply and a beach wheelchair loan form: each once, in this
    order."""
    first = [d.genre for d in DOCS if number(d) <= HALF]
    assert first == list(GENRES_01_24), first


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
