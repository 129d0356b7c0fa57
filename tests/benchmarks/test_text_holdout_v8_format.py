"""The eighth hold-out set parses with the first set's loader, every label passes the same self-checks, and it is
fresh text: no passage, identifier or full name shared with the first, second, fourth, fifth, sixth and seventh sets
or the general-English sets (``pii_general_v2`` to ``_v4``), nor between its two halves. Two authors wrote it in
halves (documents 01-24 and 25-48), neither reading the other's; the counts are per document over the whole set, so
every test but the numbering one also holds for either half alone. The benchmark prints its tables only
(``--summary``; the set is kept back) and refuses to list its misses.

Only its genres are checked here: its other format checks run in ``test_set_formats.py`` over its specification in
``tests/set_specs.py``, the checks every hand-written set shares in ``test_hand_written_sets.py``."""

from __future__ import annotations

from kept_back_sets import set_documents

DOCS = set_documents("text_holdout_v8")


def test_the_genres_of_the_first_half_are_all_there() -> None:
    """None of the sixth or seventh set's genres: a speech and language therapy discharge, an annual review
    invitation with its reply slip, a transport appeal, a hospital school report, a Northern Ireland short breaks
    panel, an EP consultation record, a sensory profile, a parent carer forum survey export, a mediation
    certificate, a college transition plan, a tribunal hearing notice, a seizure-diary export, a text-reminder log, a
    child in need plan, a church youth club incident note, an interpreted home visit, a Welsh tribunal
    acknowledgement, a Scottish child's plan, ClassDojo messages, an OCR'd DLA letter, a Blue Badge application, a
    Zoom webinar transcript, a special care dental referral and a young carer's assessment: each at least once."""
    genres = " ".join(d.genre for d in DOCS)
    for kind in ("salt_discharge", "ar_invitation", "transport_appeal", "hospital_school", "short_breaks_panel",
                 "ep_consultation", "sensory_profile", "pcf_survey", "mediation_certificate", "college_transition",
                 "tribunal_hearing_notice", "seizure_diary", "sms_reminder", "child_in_need", "youth_club",
                 "interpreted_home_visit", "welsh_tribunal", "girfec", "classdojo", "dla_award", "blue_badge",
                 "zoom_webinar", "dental_referral", "young_carer"):
        assert kind in genres, kind


def test_the_genres_of_the_second_half_are_all_there() -> None:
    """The second author's 24, none of the sixth or seventh set's (two, a Scottish child's plan and a special care
    dental referral, are kinds the first half also has, written apart by another hand)."""
    genres = " ".join(d.genre for d in DOCS[24:])
    for kind in ("advice_line_call_note", "draft_plan_covering_letter", "residential_weekend_log",
                 "early_years_senif_request", "health_visitor_review", "physiotherapy_home_programme",
                 "camhs_crisis_line_note", "young_carers_group_signup", "alternative_provision_timetable",
                 "school_trip_risk_assessment", "team_around_family_action_log", "foster_carer_diary",
                 "ni_sendist_appeal_form", "scottish_girfec_childs_plan", "welsh_bilingual_newsletter_piece",
                 "interpreted_meeting_note", "caseworker_slack_chat", "special_care_dental_referral",
                 "childrens_continuing_care_checklist", "youth_club_whatsapp_group",
                 "leisure_library_pass_application_ocr", "police_liaison_missing_found_note",
                 "faith_leader_reference_letter", "charity_wheelchair_grant_application",
                 "special_care_dental_referral_hospital_team"):
        assert kind in genres, kind
