"""The eleventh hold-out set parses with the first set's loader, every label passes the same self-checks, and it is
fresh text: no passage, identifier or full name shared with any earlier hand-written set (every
``benchmarks/text_holdout*`` folder but this one) or general-English set (every ``benchmarks/pii_general*``), nor
between its two halves. Two authors wrote it in halves (documents 01-24 and 25-48), neither reading the other's; the
counts are per document, so every test but the numbering one holds for either half alone; the second half's genres are
checked in ``test_text_holdout_v11_second_half.py``. The benchmark prints its tables only (``--summary``; the set is
kept back) and refuses to list its misses.

Only its genres are checked here: its other format checks run in ``test_set_formats.py`` over its specification in
``tests/set_specs.py``, the checks every hand-written set shares in ``test_hand_written_sets.py``."""

from __future__ import annotations

from kept_back_sets import set_documents

DOCS = set_documents("text_holdout_v11")
HALF = 24  # the last document of the first author's half


def number(doc) -> int:  # type: ignore[no-untyped-def]
    return int(doc.id.split("-")[0])


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
