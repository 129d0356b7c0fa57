"""The thirteenth SEND set's second half (documents 25-48, written by the second author without reading the first
half): its 24 genres are all there, one document each, in order. Everything else about the set (labels, counts,
freshness, the kept-back rule) is checked by the set's format test, ``test_set_formats.py`` over its specification and
``test_hand_written_sets.py``, which cover both halves."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks.text_holdout import load

DOCS = load(REPO / "benchmarks" / "text_holdout_v13" / "documents")
GENRES_25_48 = (  # none of them in the genre tuples of the first to twelfth sets' format and second-half tests
    "swimming_lessons_sen_waiting_list_email", "blue_badge_application_for_child",
    "dentist_special_care_referral_form", "portage_home_visit_record", "school_uniform_grant_application",
    "cinema_carer_card_application", "church_toddler_group_signup_sheet_ocr",
    "home_adaptation_request_to_housing_association", "send_caseworker_sms_thread_export",
    "irish_dancing_school_registration", "cylch_meithrin_registration_form", "mp_constituency_casework_email",
    "carnival_mas_band_costume_booking_form", "tamil_school_exam_entry_form", "salt_triage_phone_call_notes",
    "hospital_parking_permit_application", "autism_assessment_parent_questionnaire_ocr",
    "credit_union_junior_saver_account_form", "school_admissions_appeal_hearing_minutes",
    "youth_club_incident_log_csv", "council_tax_disability_reduction_application", "young_carer_assessment_summary",
    "post16_college_open_day_registration_csv", "gp_repeat_prescription_request_email")


def test_the_genres_of_the_second_half_are_all_there_once_each() -> None:
    """Documents 25-48 carry the second author's 24 genres, one a document, in this order."""
    second = [d for d in DOCS if int(d.id.split("-")[0]) > 24]
    assert [d.genre for d in second] == list(GENRES_25_48)
