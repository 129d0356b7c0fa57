"""The seventh hold-out set parses with the first set's loader, every label passes the same self-checks, and it is
fresh text: no passage, identifier or full name shared with the first, second, fourth, fifth and sixth sets or the
general-English sets, nor between its two halves. Two authors wrote it in halves (documents 01-24 and 25-48), neither
reading the other's; the counts are per document over the whole set. The benchmark prints its tables only
(``--summary``; the set is kept back) and refuses to list its misses.

Only its genres are checked here: its other format checks run in ``test_set_formats.py`` over its specification in
``tests/set_specs.py``, the checks every hand-written set shares in ``test_hand_written_sets.py``."""

from __future__ import annotations

from kept_back_sets import set_documents

DOCS = set_documents("text_holdout_v7")


def test_the_genres_of_the_first_half_are_all_there() -> None:
    """None of the sixth set's genres: a school-refusal diary, a Teams transcript, a safeguarding chronology, an SEN
    panel spreadsheet, an assess-plan-do-review plan, a provision map, a CAMHS referral, dyslexia, hearing and vision
    reports, an ADOS letter, an audiology letter, a respite handover, a one-page profile, home education, an
    admissions appeal, exclusion panel minutes, a personal budget, a forum post, Instagram DMs, an MP's casework, an
    Ombudsman complaint, a Scottish ASN reference and a looked-after child's PEP: each at least once."""
    genres = " ".join(d.genre for d in DOCS)
    for kind in ("diary", "teams", "chronology", "panel_csv", "apdr", "provision_map", "camhs_referral", "dyslexia",
                 "deaf", "qtvi", "ados", "audiology", "respite", "one_page_profile", "home_education",
                 "admissions_appeal", "exclusion", "personal_budget", "forum", "instagram", "mp_", "lgsco",
                 "asn_tribunal", "pep"):
        assert kind in genres, kind
