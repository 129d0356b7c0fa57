"""The tenth SEND set's second half (documents 25-48, written by the second author without reading the first half):
its 24 genres are all there, one document each. Everything else about the set (labels, counts, freshness, the
kept-back rule) is checked by the set's format test, which covers both halves."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks.text_holdout import load

DOCS = load(REPO / "benchmarks" / "text_holdout_v10" / "documents")
GENRES_25_48 = (  # none of them in the sixth to ninth sets (nor the earlier sets' genre lists)
    "personal_assistant_timesheet_with_shift_notes", "camhs_crisis_and_safety_plan",
    "elective_home_education_la_visit_report", "audiology_helpdesk_ticket_csv_export",
    "parent_voice_note_transcribed_by_phone", "dari_english_bilingual_school_transport_letter",
    "public_library_accessible_membership_form", "apprenticeship_provider_reasonable_adjustments_form",
    "scottish_childrens_reporter_hearing_notification", "urdd_eisteddfod_competitor_access_request",
    "romany_gypsy_family_travel_absence_letter", "housing_association_medical_priority_transfer_letter_ocr",
    "hospital_pals_concern_email_thread", "homes_for_ukraine_host_email_to_sponsor_team",
    "crowdfunding_appeal_page_with_donor_comments", "school_mis_data_collection_sheet_with_parent_corrections",
    "easy_read_supported_living_tenancy_summary", "hospital_play_specialist_preparation_notes",
    "scout_group_joining_and_additional_needs_form", "private_hire_operator_school_contract_booking_log",
    "la_personal_travel_budget_agreement", "dwp_youth_hub_disability_employment_adviser_referral",
    "adoption_letterbox_contact_letter_with_service_redaction_note",
    "school_breakfast_club_booking_app_message_thread")


def test_the_genres_of_the_second_half_are_all_there_once_each() -> None:
    """Documents 25-48 carry the second author's 24 genres, one a document, in this order."""
    second = [d for d in DOCS if int(d.id.split("-")[0]) > 24]
    assert [d.genre for d in second] == list(GENRES_25_48)
