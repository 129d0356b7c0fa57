"""The sixth hold-out set parses with the first set's loader, every label passes the same self-checks, and it is fresh
text: no passage, identifier or full name shared with the first, second, fourth and fifth sets or the general-English
sets. Two authors wrote it in halves (documents 01-24 and 25-48), neither reading the other's. The benchmark prints its
tables only (``--summary``; the set is kept back) and refuses to list its misses.

Only its genres are checked here: its other format checks run in ``test_set_formats.py`` over its specification in
``tests/set_specs.py``, the checks every hand-written set shares in ``test_hand_written_sets.py``."""

from __future__ import annotations

from kept_back_sets import set_documents

DOCS = set_documents("text_holdout_v6")


def test_the_genres_the_brief_names_are_all_there() -> None:
    """E-mails, chats, call notes, plans, minutes, tribunal papers, clinic letters, reports, registers, case notes,
    Scottish, Northern Irish and Welsh papers, scans, voicemails, forms, transport and bullying logs, a letter from
    abroad: each at least once."""
    genres = " ".join(d.genre for d in DOCS)
    for kind in ("email", "whatsapp", "sms", "call_note", "ehc_plan", "annual_review", "tribunal", "clinic_letter",
                 "salt", "ep_report", "school_report", "nursery", "register", "social_care", "scottish", "ni_ea",
                 "welsh", "ocr", "voicemail", "direct_payment", "transport", "bullying", "abroad"):
        assert kind in genres, kind
