"""The twelfth hold-out set parses with the first set's loader, every label passes the same self-checks, and it is
fresh text: no passage, identifier or full name shared with any earlier hand-written set (every
``benchmarks/text_holdout*`` folder but this one) or general-English set (every ``benchmarks/pii_general*``), nor
between its two halves. Two authors wrote it in halves (documents 01-24 and 25-48), neither reading the other's; the
counts are per document, so every test but the numbering one holds for either half alone; the second half's genres are
checked in ``test_text_holdout_v12_second_half.py``. The benchmark prints its tables only (``--summary``; the set is
kept back) and refuses to list its misses.

Only its genres are checked here: its other format checks run in ``test_set_formats.py`` over its specification in
``tests/set_specs.py``, the checks every hand-written set shares in ``test_hand_written_sets.py``."""

from __future__ import annotations

from kept_back_sets import set_documents

DOCS = set_documents("text_holdout_v12")
HALF = 24  # the last document of the first author's half


def number(doc) -> int:  # type: ignore[no-untyped-def]
    return int(doc.id.split("-")[0])


GENRES_01_24 = (  # the first author's 24, none of an earlier SEND set's
    "madrasa_evening_class_enrolment_form", "polish_saturday_school_term_report",
    "first_holy_communion_preparation_needs_form", "tt_races_accessible_viewing_request_email",
    "childminder_daily_diary_pages", "term_time_leave_of_absence_request_with_reply", "seizure_diary_app_export_csv",
    "young_farmers_club_membership_form", "fire_service_home_fire_safety_visit_referral",
    "police_autism_alert_card_registration", "medication_administration_record_ocr_scan",
    "game_server_moderation_chat_log", "school_meals_payment_system_export_csv",
    "urdd_eisteddfod_competitor_access_form", "nhs_staff_rota_flexibility_request_email",
    "sleep_diary_for_melatonin_review", "translated_overseas_school_report",
    "parent_carer_forum_steering_group_minutes", "housing_register_medical_priority_form",
    "child_trust_fund_maturity_capacity_letter", "manx_medium_primary_transition_note",
    "music_exam_access_arrangements_request", "short_break_foster_carer_weekend_log",
    "class_parents_whatsapp_group_export",
)


def test_the_genres_of_the_first_half_are_all_there() -> None:
    """None of an earlier SEND set's genres: each once, in this order."""
    first = [d.genre for d in DOCS if number(d) <= HALF]
    assert first == list(GENRES_01_24), first
