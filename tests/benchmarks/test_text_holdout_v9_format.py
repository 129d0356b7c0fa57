"""The ninth hold-out set parses with the first set's loader, every label passes the same self-checks, and it is
fresh text: no passage, identifier or full name shared with the first, second, fourth to eighth sets or the
general-English sets (``pii_general_v2`` to ``_v5``), nor between its two halves. Two authors wrote it in
halves (documents 01-24 and 25-48), neither reading the other's; the counts are per document over the whole set, so
every test but the numbering one also holds for either half alone. The benchmark prints its tables only
(``--summary``; the set is kept back) and refuses to list its misses.

The checks every hand-written set shares (labels pass the self-checks, ``--summary`` prints no text, a kept-back set's
misses are refused, halves share nothing) run for this set in ``test_hand_written_sets.py``."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks.text_holdout import LATER_TYPES
from benchmarks.text_holdout import load
from benchmarks.text_holdout.freshness import literal_known, shared_identifiers, shared_passages
from kept_back_sets import SEND_OFFICIAL_WORDING, named_sets
from redaction.spans import SPAN_TYPES

NINTH_SET = REPO / "benchmarks" / "text_holdout_v9"
DOCS = load(NINTH_SET / "documents")
EARLIER = named_sets("text_holdout", "text_holdout_v2", "text_holdout_v4", "text_holdout_v5", "text_holdout_v6",
                     "text_holdout_v7", "text_holdout_v8", "pii_general_v2", "pii_general_v3", "pii_general_v4",
                     "pii_general_v5")
# As in the fourth to eighth sets, the kinds the detector learnt later are labelled as the types the sets already had:
# CASE_REF for other ids, NHS_NUMBER for CHI and H&C numbers, so the figures compare across sets.
IDENTIFIER_TYPES = set(SPAN_TYPES) - {"DATE", "TERM"} - LATER_TYPES
FULL_SET = 48
GENRES_25_48 = (  # the second author's 24, none of the sixth, seventh or eighth set's
    "holiday_activity_and_food_booking_form", "peripatetic_music_tutor_email", "hydrotherapy_pool_induction_checklist",
    "exam_access_arrangements_assessment_form", "young_siblings_support_group_referral",
    "disabled_facilities_grant_approval_letter", "passenger_assistant_handover_texts",
    "orthoptic_clinic_glasses_prescription_letter", "learning_mentor_session_notes",
    "grassroots_football_club_inclusion_form", "community_pharmacy_medicine_query_record",
    "gp_online_consultation_submission", "befriending_scheme_matching_record",
    "family_court_section7_welfare_report_extract", "welsh_youth_camp_medical_and_needs_form",
    "scottish_school_placing_request_form", "relay_uk_text_relay_call_transcript",
    "learning_disability_hospital_passport", "ocr_fax_referral_cover_sheet", "specialist_tutoring_agency_invoice",
    "ni_education_welfare_attendance_letter", "sixth_form_bursary_fund_application",
    "hebrew_supplementary_school_term_report", "family_shared_calendar_ics_export")


def test_documents_are_numbered_from_01_without_gaps_or_repeats() -> None:
    """01-24 by the first author, 25-48 by the second."""
    numbers = [int(d.id.split("-")[0]) for d in DOCS]
    assert numbers == list(range(1, FULL_SET + 1)), numbers


def test_the_set_has_the_size_and_spread_the_brief_asks_for() -> None:
    assert all(1100 <= len(d.text.encode()) <= 2300 for d in DOCS), [
        (d.id, len(d.text.encode())) for d in DOCS if not 1100 <= len(d.text.encode()) <= 2300]
    assert len({d.genre for d in DOCS}) == len(DOCS)  # one genre per document
    types = Counter(g.type for d in DOCS for g in d.gold)
    assert sum(types.values()) * FULL_SET >= 1400 * len(DOCS)  # 1,400 over the 48 documents: about 30 a document
    assert set(types) == IDENTIFIER_TYPES, set(types) ^ IDENTIFIER_TYPES
    assert min(types.values()) >= 3, types
    assert types["PERSON"] < 0.7 * sum(types.values())
    assert types["DATE_OF_BIRTH"] >= len(DOCS)  # plenty of birth dates, full and partial
    assert sum(len(d.negatives) for d in DOCS) >= 12 * len(DOCS)
    with_known = [d for d in DOCS if d.known]
    assert len(with_known) >= 2 * len(DOCS) // 3
    starred = [g for d in with_known for g in d.gold if g.entity is not None]
    assert len(starred) >= 5 * len(DOCS)
    assert {g.type for g in starred} >= {"PERSON", "DATE_OF_BIRTH", "ADDRESS", "POSTCODE", "PHONE", "SCHOOL",
                                        "NHS_NUMBER", "NI_NUMBER", "UPN", "ULN", "CASE_REF"}


def test_the_genres_of_the_first_half_are_all_there() -> None:
    """None of the sixth, seventh or eighth set's genres: an EOTAS package letter, a music therapy report, a Portage
    home visit record, a Disabled Facilities Grant referral, a continence care plan, an OCR'd attendance panel letter,
    a swimming lesson adjustment form, an exam access arrangements record, a Welsh Cylch Meithrin note of concern, a
    Gaelic-medium ASL log, a holiday activities (HAF) booking, a managed move agreement, a Saturday Chinese school
    chat, an orthoptic report, a CEA Card application, a hospital passport, a repeat-prescription e-mail thread, a
    sleep service questionnaire, a resettlement caseworker's e-mail, Universal Credit journal messages, a football
    club welfare e-mail, a uniform grant application, a Northern Ireland equipment loan agreement and a council tax
    disabled band reduction form: each at least once."""
    genres = " ".join(d.genre for d in DOCS)
    for kind in ("eotas_package", "music_therapy", "portage_home_visit", "dfg_adaptation", "continence_care_plan",
                 "attendance_panel_letter_ocr", "swim_lesson", "exam_access_arrangements", "cylch_meithrin",
                 "gaelic_medium", "haf_holiday_club", "managed_move", "chinese_saturday_school", "orthoptic",
                 "cea_card", "hospital_passport", "gp_repeat_prescription", "sleep_service", "resettlement_caseworker",
                 "universal_credit_journal", "football_club_welfare", "uniform_grant", "equipment_loan_agreement",
                 "council_tax_reduction"):
        assert kind in genres, kind


def test_the_genres_of_the_second_half_are_all_there() -> None:
    """The second author's 24, none of the sixth, seventh or eighth set's."""
    genres = " ".join(d.genre for d in DOCS if int(d.id.split("-")[0]) > 24)
    for kind in GENRES_25_48:
        assert kind in genres, kind


def test_partial_birthdays_and_irregular_spans_are_there() -> None:
    """Birth dates without a year ("she'll be 11 on the 3rd of May") and numbers read out in words or garbled."""
    from benchmarks.text_holdout.consistency import parse_date, parse_day_month

    births = [d.text[g.start:g.end] for d in DOCS for g in d.gold if g.type == "DATE_OF_BIRTH" and not g.typo]
    assert sum(parse_date(b) is None and parse_day_month(b) is not None for b in births) * FULL_SET >= 10 * len(DOCS)
    assert sum(g.typo for d in DOCS for g in d.gold) >= 5


def test_known_blocks_are_accepted_and_mostly_spelt_otherwise_in_the_text() -> None:
    from redaction.text import parse_known

    counts = {d.id: (len(parse_known(d.known)), sum(map(len, d.known.values()))) for d in DOCS if d.known}
    assert all(parsed == given for parsed, given in counts.values()), counts
    starred, literal = literal_known(DOCS)  # case, accents, spacing, possessives, initials, other layouts
    assert literal < starred / 2, (literal, starred)




def test_no_passage_identifier_or_person_is_shared_with_the_earlier_sets() -> None:
    """Fresh text: no run of eight words (official wording aside), no identifier value, no full name in common with
    the first, second and fourth to eighth hand-written sets or the general-English sets (``pii_general_v2`` to
    ``_v5``)."""
    assert shared_passages(DOCS, EARLIER, SEND_OFFICIAL_WORDING) == {}
    assert shared_identifiers(DOCS, EARLIER) == set()
