"""The thirteenth hold-out set parses with the first set's loader, every label passes the same self-checks, and it is
fresh text: no passage, identifier or full name shared with any earlier hand-written set (every
``benchmarks/text_holdout*`` folder but this one) or general-English set (every ``benchmarks/pii_general*``), nor
between its two halves. Two authors wrote it in halves (documents 01-24 and 25-48), neither reading the other's; the
counts are per document, so every test but the numbering one holds for either half alone; the second half's genres are
checked in ``test_text_holdout_v13_second_half.py``. The benchmark prints its tables only (``--summary``; the set is
kept back) and refuses to list its misses.

Only its genres are checked here: its other format checks run in ``test_set_formats.py`` over its specification in
``tests/set_specs.py``, the checks every hand-written set shares in ``test_hand_written_sets.py``."""

from __future__ import annotations

from kept_back_sets import set_documents

DOCS = set_documents("text_holdout_v13")
HALF = 24  # the last document of the first author's half


def number(doc) -> int:  # type: ignore[no-untyped-def]
    return int(doc.id.split("-")[0])


GENRES_01_24 = (  # the first author's 24, none of an earlier SEND set's
    "companion_bus_pass_renewal_form", "holiday_cottage_accessible_booking_email_thread",
    "island_patient_travel_expenses_claim", "boxing_club_junior_membership_medical_form",
    "bno_family_in_year_school_place_email_thread", "eritrean_church_sunday_school_register_csv",
    "hearing_aid_battery_and_repair_postal_form", "kurdish_homework_club_sign_in_sheet_ocr",
    "cricket_club_junior_section_whatsapp_export", "uniform_swap_shop_messenger_chat",
    "community_association_hardship_grant_application", "school_hostel_weekly_boarding_agreement",
    "korean_saturday_school_kakaotalk_chat", "translated_chilean_hospital_discharge_summary",
    "school_admissions_helpline_call_log_csv", "surf_life_saving_nippers_registration_form",
    "cornish_language_family_club_registration", "parent_carer_fit_note_and_hr_email_thread",
    "welfare_rights_drop_in_case_notes", "gaelic_playgroup_snack_rota_and_allergy_list",
    "junior_up_helly_aa_squad_consent_form", "summer_reading_challenge_signup_export_csv",
    "enuresis_clinic_referral_with_bladder_diary", "tenancy_deposit_dispute_email_thread",
)


def test_the_genres_of_the_first_half_are_all_there() -> None:
    """None of an earlier SEND set's genres: each once, in this order."""
    first = [d.genre for d in DOCS if number(d) <= HALF]
    assert first == list(GENRES_01_24), first
