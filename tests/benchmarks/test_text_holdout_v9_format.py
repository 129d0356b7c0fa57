"""The ninth hold-out set parses with the first set's loader, every label passes the same self-checks, and it is
fresh text: no passage, identifier or full name shared with the first, second, fourth to eighth sets or the
general-English sets (``pii_general_v2`` to ``_v5``), nor between its two halves. Two authors wrote it in
halves (documents 01-24 and 25-48), neither reading the other's; the counts are per document over the whole set, so
every test but the numbering one also holds for either half alone. The benchmark prints its tables only
(``--summary``; the set is kept back) and refuses to list its misses.

Only its genres are checked here: its other format checks run in ``test_set_formats.py`` over its specification in
``tests/set_specs.py``, the checks every hand-written set shares in ``test_hand_written_sets.py``."""

from __future__ import annotations

from kept_back_sets import set_documents

DOCS = set_documents("text_holdout_v9")


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
