"""The twelfth SEND set's second half (documents 25-48, written by the second author without reading the first half):
its 24 genres are all there, one document each, in order. Everything else about the set (labels, counts, freshness,
the kept-back rule) is checked by the set's format test, ``test_set_formats.py`` over its specification and
``test_hand_written_sets.py``, which cover both halves."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks.text_holdout import load

DOCS = load(REPO / "benchmarks" / "text_holdout_v12" / "documents")
GENRES_25_48 = (  # none of them in the genre lists of the first to eleventh sets
    "wraparound_childcare_booking_form_with_one_to_one_request", "school_photographer_order_envelope_ocr",
    "gurdwara_punjabi_class_enrolment_form", "motability_vehicle_adaptation_quote_email",
    "free_school_meals_special_diet_request", "gaa_club_underage_membership_and_medical_form",
    "kinship_carer_allowance_review_form", "bilingual_dari_quran_class_enrolment_form",
    "trampoline_park_sen_session_booking_waiver", "clinical_genetics_results_letter",
    "habilitation_specialist_home_visit_note", "sensory_toy_library_loan_register_csv",
    "accessible_taxi_account_application", "school_counselling_service_referral_form",
    "paediatric_dietitian_food_diary_review", "first_holy_communion_class_registration",
    "school_bus_pass_replacement_email", "summer_playscheme_one_to_one_support_request",
    "residential_short_break_booking_confirmation", "traveller_education_distance_learning_pack_return",
    "college_learning_support_agreement", "driving_instructor_lesson_adjustments_email",
    "childminder_contract_additional_needs_addendum", "changing_places_toilet_key_registration")


def test_the_genres_of_the_second_half_are_all_there_once_each() -> None:
    """Documents 25-48 carry the second author's 24 genres, one a document, in this order."""
    second = [d for d in DOCS if int(d.id.split("-")[0]) > 24]
    assert [d.genre for d in second] == list(GENRES_25_48)
