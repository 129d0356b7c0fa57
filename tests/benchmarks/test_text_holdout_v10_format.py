"""The tenth hold-out set parses with the first set's loader, every label passes the same self-checks, and it is
fresh text: no passage, identifier or full name shared with any earlier hand-written set (every
``benchmarks/text_holdout*`` folder but this one) or general-English set (every ``benchmarks/pii_general*``), nor
between its two halves. Two authors wrote it in halves (documents 01-24 and 25-48), neither reading the other's; the
counts are per document, so every test but the numbering one holds for either half alone; the second half's genres are
checked in ``test_text_holdout_v10_second_half.py``. The benchmark prints its tables only (``--summary``; the set is
kept back) and refuses to list its misses.

Only its genres are checked here: its other format checks run in ``test_set_formats.py`` over its specification in
``tests/set_specs.py``, the checks every hand-written set shares in ``test_hand_written_sets.py``."""

from __future__ import annotations

from kept_back_sets import set_documents

DOCS = set_documents("text_holdout_v10")
HALF = 24  # the last document of the first author's half


def number(doc) -> int:  # type: ignore[no-untyped-def]
    return int(doc.id.split("-")[0])


GENRES_01_24 = (  # the first author's 24, none of an earlier SEND set's
    "duke_of_edinburgh_participant_needs_form", "childrens_hospice_short_break_plan",
    "pupil_referral_unit_daily_report", "assistance_dog_school_agreement", "sensory_room_booking_email_thread",
    "social_prescribing_referral", "service_pupil_premium_declaration", "irish_medium_naiscoil_bilingual_letter",
    "bikur_cholim_volunteer_rota", "surf_therapy_session_register", "community_interpreter_timesheet",
    "school_kitchen_allergen_card", "foodbank_voucher_referral", "stammering_therapy_group_registration",
    "cochlear_implant_processor_email", "first_aid_head_bump_slip_with_reply", "child_bereavement_charity_referral",
    "makaton_sign_of_the_week_home_log", "church_choir_residential_consent_form", "brownies_unit_inclusion_plan",
    "ocr_child_measurement_programme_letter", "youth_worker_direct_messages", "personal_emergency_evacuation_plan",
    "driving_theory_test_adjustments_request")


def test_the_genres_of_the_first_half_are_all_there() -> None:
    """None of an earlier SEND set's genres: a Duke of Edinburgh needs form, a hospice short-break plan, a PRU daily
    report, an assistance dog agreement, a sensory room booking thread, a social prescribing referral, a service pupil
    premium declaration, a bilingual Irish-medium naíscoil letter, a bikur cholim volunteer rota, a surf therapy
    register, an interpreter's timesheet, a school kitchen allergen card, a foodbank voucher referral, a stammering
    group registration, a cochlear implant processor e-mail, a first-aid slip with its reply, a bereavement charity
    referral, a Makaton home log, a choir residential consent form, a Brownies inclusion plan, an OCR'd child
    measurement letter, a youth worker's direct messages, a personal emergency evacuation plan and a driving theory
    test adjustments request: each once."""
    genres = " ".join(d.genre for d in DOCS if number(d) <= HALF)
    for kind in GENRES_01_24:
        assert kind in genres, kind
