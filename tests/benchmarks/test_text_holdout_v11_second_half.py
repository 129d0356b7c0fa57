"""The eleventh SEND set's second half (documents 25-48, written by the second author without reading the first half):
its 24 genres are all there, one document each, in order. Everything else about the set (labels, counts, freshness,
the kept-back rule) is checked by the set's format test and ``test_hand_written_sets.py``, which cover both halves."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks.text_holdout import load

DOCS = load(REPO / "benchmarks" / "text_holdout_v11" / "documents")
GENRES_25_48 = (  # none of them in the genre lists of the first to tenth sets
    "orthotics_clinic_appointment_letter_with_reply_slip", "music_service_instrument_loan_agreement",
    "independent_travel_training_log", "pip_mandatory_reconsideration_letter_from_parent_appointee",
    "supermarket_quiet_hour_volunteer_signup_csv", "gymnastics_club_disability_squad_registration",
    "carers_emergency_card_registration", "energy_priority_services_register_application",
    "gp_learning_disability_health_check_invitation_with_reply", "school_immunisation_consent_form_with_nurse_notes",
    "patient_transport_service_eligibility_booking_call", "barber_sensory_appointment_whatsapp_chat",
    "riding_for_the_disabled_rider_registration", "parent_carer_flexible_working_request_email",
    "disabled_students_allowance_needs_assessment_summary", "adaptive_gig_rowing_club_consent_and_medical_form",
    "court_of_protection_deputyship_witness_statement_extract", "relaxed_theatre_performance_access_booking_email",
    "esol_course_enrolment_with_creche_needs", "discretionary_trust_letter_of_wishes",
    "nurture_group_entry_record_boxall_summary", "airline_special_assistance_request_email",
    "care_farm_placement_referral", "home_school_communication_book_pages")


def test_the_genres_of_the_second_half_are_all_there_once_each() -> None:
    """Documents 25-48 carry the second author's 24 genres, one a document, in this order."""
    second = [d for d in DOCS if int(d.id.split("-")[0]) > 24]
    assert [d.genre for d in second] == list(GENRES_25_48)
