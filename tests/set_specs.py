"""What each hand-written measuring set's brief asked for, one specification a set: the shared format checks in
``tests/benchmarks/test_set_formats.py`` run over these, so a set's own format test keeps only what is its own (its
genres, its layouts). Where the sets' briefs differ (sizes, densities, how a count scales, what a set was written fresh
against, which official wording it may share), the specification carries the difference: no set is checked more
loosely than its brief asked."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kept_back_sets import SEND_OFFICIAL_WORDING

# Wording the sixth SEND set may share because the real paperwork does (its own freshness test's list, before the
# later sets added the 1996 Education Act, the Scottish tribunal's title, the NI order's articles and the Ombudsman).
SIXTH_SET_OFFICIAL_WORDING = re.compile(
    r"(section \d+\w*(\(\d+\))? of )?the (children and families|children) act (2014|1989)"
    r"|first-tier tribunal \(health, education and social care chamber\)\s+special educational needs and disability"
    r"|(the )?special educational needs and disability regulations( 2014)?"
    r"|(the )?education \(additional support for learning\) \(scotland\) act 2004(, section \d+)?"
    r"|(the )?education \(northern ireland\) order 1996"
    r"|(the )?additional learning needs and education tribunal \(wales\) act 2018"
    r"|(request for )?(an? )?education, health and care (needs assessment|plan)"
    r"|(section a: )?the views, interests and aspirations of the child and (her|his|their) parents",
    re.IGNORECASE)
# The seventh set's: as ``SEND_OFFICIAL_WORDING`` but without the Welsh ALN Act in either language.
SEVENTH_SET_OFFICIAL_WORDING = re.compile(
    r"(section \d+\w*(\(\d+\))? of )?the (children and families|children|education) act (2014|1989|1996)"
    r"|first-tier tribunal \(health, education and social care chamber\)\s+special educational needs and disability"
    r"|(the )?special educational needs and disability regulations( 2014)?"
    r"|(the )?education \(additional support for learning\) \(scotland\) act 2004(, section \d+)?"
    r"|(the )?additional support needs tribunals? for scotland"
    r"|((under )?article \d+ of )?(the )?education \(northern ireland\) order 1996"
    r"|(the )?local government and social care ombudsman"
    r"|(request for )?(an? )?education, health and care (needs assessment|plan)"
    r"|(section a: )?the views, interests and aspirations of the child and (her|his|their) parents",
    re.IGNORECASE)

# every type a known block can carry, each starred somewhere in a SEND set
SEND_STARRED_TYPES = frozenset({"PERSON", "DATE_OF_BIRTH", "ADDRESS", "POSTCODE", "PHONE", "SCHOOL", "NHS_NUMBER",
                                "NI_NUMBER", "UPN", "ULN", "CASE_REF"})


@dataclass(frozen=True)
class SendSet:
    """A SEND hold-out set written in two halves (01 to ``half`` by one author, the rest by the other)."""

    name: str  # its folder under ``benchmarks/``
    # the sets it was written fresh against, by folder name; ``None``: every other hand-written set, found by folder
    earlier: tuple[str, ...] | None
    # with ``earlier=None``: sets the folder search must find (so a broken search cannot pass as "fresh")
    found_by_folder: frozenset[str] = frozenset()
    official_wording: re.Pattern[str] = SEND_OFFICIAL_WORDING  # wording it may share with the earlier sets
    full: int = 48  # documents in the whole set
    half: int = 24  # the last document of the first half
    first_half_alone: bool = False  # the numbering check accepts 01 to ``half`` alone (before the second is merged)
    whole_set_only: bool = False  # the set must hold exactly ``full`` documents
    size_bytes: tuple[int, int] = (1100, 2300)  # every document's size in UTF-8 bytes
    spans: int = 1400  # gold spans over the whole set (in proportion for part of it)
    spans_per_document: int = 0  # and at least this many a document on average
    negatives: int = 12  # hard negatives a document
    negatives_each: bool = False  # ``negatives`` in every document (otherwise on average)
    partial_birthdays: int = 10  # birth dates without a year over the whole set (in proportion)
    typos: int = 5  # spans marked ``!``: this many in all, or ...
    typos_scale: bool = False  # ... in proportion over the whole set
    starred_types: frozenset[str] = SEND_STARRED_TYPES


SEND_SETS = (
    SendSet("text_holdout_v6", earlier=("text_holdout", "text_holdout_v2", "text_holdout_v4", "text_holdout_v5",
                                        "pii_general_v2", "pii_general_v3"),
            official_wording=SIXTH_SET_OFFICIAL_WORDING, whole_set_only=True, spans_per_document=25),
    SendSet("text_holdout_v7", earlier=("text_holdout", "text_holdout_v2", "text_holdout_v4", "text_holdout_v5",
                                        "text_holdout_v6", "pii_general_v2", "pii_general_v3"),
            official_wording=SEVENTH_SET_OFFICIAL_WORDING),
    SendSet("text_holdout_v8", earlier=("text_holdout", "text_holdout_v2", "text_holdout_v4", "text_holdout_v5",
                                        "text_holdout_v6", "text_holdout_v7", "pii_general_v2", "pii_general_v3",
                                        "pii_general_v4")),
    SendSet("text_holdout_v9", earlier=("text_holdout", "text_holdout_v2", "text_holdout_v4", "text_holdout_v5",
                                        "text_holdout_v6", "text_holdout_v7", "text_holdout_v8", "pii_general_v2",
                                        "pii_general_v3", "pii_general_v4", "pii_general_v5")),
    SendSet("text_holdout_v10", earlier=None,
            found_by_folder=frozenset({"text_holdout", "text_holdout_v9", "pii_general_v6"}),
            negatives_each=True, typos=10, typos_scale=True),
    SendSet("text_holdout_v11", earlier=None,
            found_by_folder=frozenset({"text_holdout", "text_holdout_v10", "pii_general_v7"}),
            first_half_alone=True, negatives_each=True, typos=10, typos_scale=True),
)
