"""What each hand-written measuring set's brief asked for, one specification a set: the shared format checks in
``tests/benchmarks/test_set_formats.py`` run over these, so a set's own format test keeps only what is its own (its
genres, its layouts). Where the sets' briefs differ (sizes, densities, how a count scales, what a set was written fresh
against, which official wording it may share), the specification carries the difference: no set is checked more
loosely than its brief asked."""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from kept_back_sets import SEND_OFFICIAL_TITLES, SEND_OFFICIAL_WORDING

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
    "|".join(t for t in SEND_OFFICIAL_TITLES if "2018" not in t), re.IGNORECASE)

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
    SendSet("text_holdout_v12", earlier=None,
            found_by_folder=frozenset({"text_holdout", "text_holdout_v11", "pii_general_v8"}),
            first_half_alone=True, negatives_each=True, typos=10, typos_scale=True),
    SendSet("text_holdout_v13", earlier=None,
            found_by_folder=frozenset({"text_holdout", "text_holdout_v12", "pii_general_v9"}),
            first_half_alone=True, negatives_each=True, typos=10, typos_scale=True),
)


def share(n: int, part: Fraction) -> int:
    """``part`` of ``n`` documents, rounded down as the briefs' ``N // 4`` and ``N * 9 // 10`` were."""
    return n * part.numerator // part.denominator


ONE = Fraction(1)
# the two ways the general sets' briefs counted country codes in international form
CODES_WITH_00 = re.compile(r"(?:\+|00)(1|2\d\d?|3\d\d?|4\d\d?|5\d\d?|6\d\d?|8\d\d?|9\d\d?)\D")
CODES_WITH_PLUS = re.compile(r"\+(1|7|2\d\d?|3\d\d?|4\d\d?|5\d\d?|6\d\d?|8\d\d?|9\d\d?) ")
# version numbers among the hard negatives: bare ("v2.3.1", v4 to v6), or after a product's name ("Firmware v4.2")
BARE_VERSIONS = re.compile(r"\Av?\d+\.\d+(\.\d+)?$")
NAMED_VERSIONS = re.compile(r"[A-Za-z] v?\d+\.\d+$")


@dataclass(frozen=True)
class GeneralSet:
    """A general-English PII set written in two halves of twenty documents (``g<k>-01`` to ``-20``, ``-21`` to
    ``-40``). Counts written ``Fraction`` are shares of the number of documents present, rounded down."""

    name: str  # its folder under ``benchmarks/``
    prefix: str  # its documents' ids: ``g8-07-genre``
    earlier: tuple[str, ...] | None  # as ``SendSet.earlier``
    found_by_folder: frozenset[str] = frozenset()
    first_half_alone: bool = False  # the numbering check accepts g<k>-01 to -20 alone
    genres: Fraction = ONE  # documents with a genre of their own
    postcodes: Fraction = Fraction(0)  # POSTCODE spans (UK addresses keep their postcode apart)
    # name forms
    surname_first: Fraction = Fraction(1, 4)  # "Surname, First"
    initials: Fraction = Fraction(1, 4)
    beyond_ascii: re.Pattern[str] = re.compile(r"[à-žÀ-Ž]")  # letters of the names' languages beyond ASCII ...
    beyond_ascii_share: Fraction = ONE  # ... in this share of names
    in_capitals: Fraction = Fraction(0)  # a surname (or a whole name) in capitals
    # user names built from names: over the whole set in this share, or (``halves``) a count in the first half
    user_names: Fraction = Fraction(1, 10)
    first_half_user_names: int = 0
    distinct_user_names: bool = False
    halves: bool = False  # names that are words counted in each half (where each author put them), not in the whole
    # phones
    country_codes: re.Pattern[str] = CODES_WITH_00
    country_codes_at_most: int = 25  # min(this, share of N) country codes in international form
    country_codes_share: Fraction = ONE
    # hard negatives
    digit_lookalikes: Fraction = ONE  # negatives of seven digits or more, shaped like phones
    versions: re.Pattern[str] = BARE_VERSIONS
    prices: re.Pattern[str] = re.compile(r"[$£€]")


_PRICES_V4 = re.compile(r"\A(?:[£$€₹₦¥₱]|S\$|R ?\d|Rs|KSh|KES|AED|J\$|CA\$|A\$|NZ\$|PHP|USD)")
GENERAL_SETS = (
    GeneralSet("pii_general_v4", "g4", earlier=("text_holdout", "text_holdout_v2", "text_holdout_v4",
                                                 "text_holdout_v5", "text_holdout_v6", "pii_general_v2",
                                                 "pii_general_v3"),
               genres=Fraction(9, 10), postcodes=Fraction(1, 5), prices=_PRICES_V4),
    GeneralSet("pii_general_v5", "g5", earlier=None, first_half_alone=True,
               found_by_folder=frozenset({"text_holdout", "text_holdout_v2", "text_holdout_v4", "text_holdout_v5",
                                          "text_holdout_v6", "text_holdout_v7", "pii_general_v2", "pii_general_v3",
                                          "pii_general_v4"}),
               genres=Fraction(9, 10), postcodes=Fraction(1, 5), prices=_PRICES_V4),
    GeneralSet("pii_general_v6", "g6", earlier=None,
               found_by_folder=frozenset({"text_holdout", "text_holdout_v2", "text_holdout_v4", "text_holdout_v5",
                                          "text_holdout_v6", "text_holdout_v7", "pii_general_v2", "pii_general_v3",
                                          "pii_general_v4", "pii_general_v5"}),
               genres=Fraction(9, 10), user_names=Fraction(0), first_half_user_names=2, halves=True,
               prices=re.compile(  # the first half's currencies, then the second's
                   r"\A(?:(?:[£$€₹₦¥₱]|S\$|R\$|R ?\d|Rs|KSh|KES|AED|J\$|CA\$|A\$|NZ\$|FJ\$|PHP|USD|ARS|CLP|COP|MXN))"
                   r"|(?:[£$€₹₦¥₱₩]|\b(?:Rs|RM|KSh|AED|EGP|USD|kr|zł|R)\.? ?\d|\d ?€)")),
    GeneralSet("pii_general_v7", "g7", earlier=None,
               found_by_folder=frozenset({"text_holdout", "text_holdout_v2", "text_holdout_v4", "text_holdout_v5",
                                          "text_holdout_v6", "text_holdout_v7", "text_holdout_v8", "text_holdout_v9",
                                          "pii_general_v2", "pii_general_v3", "pii_general_v4", "pii_general_v5",
                                          "pii_general_v6"}),
               initials=Fraction(1, 2), beyond_ascii=re.compile(r"[à-žÀ-Žα-ωΑ-Ωа-яА-ЯёЁђЂјЈћЋџЏ]"),  # Greek, Cyrillic
               beyond_ascii_share=Fraction(2), in_capitals=Fraction(1, 2), user_names=Fraction(0),
               first_half_user_names=2, halves=True, country_codes=CODES_WITH_PLUS, digit_lookalikes=Fraction(2),
               versions=NAMED_VERSIONS,
               prices=re.compile(  # the first half's currencies, then the second's
                   r"[£$€₸]|\b(?:HUF|GEL|USD|ISK|zł|Kč|din|so'm)\b|\d ?(?:zł|Kč|din|GEL|so'm)\b")),
    GeneralSet("pii_general_v8", "g8", earlier=None, first_half_alone=True,
               found_by_folder=frozenset({"text_holdout", "text_holdout_v2", "text_holdout_v4", "text_holdout_v5",
                                          "text_holdout_v6", "text_holdout_v7", "text_holdout_v8", "text_holdout_v9",
                                          "text_holdout_v10", "pii_general_v2", "pii_general_v3", "pii_general_v4",
                                          "pii_general_v5", "pii_general_v6", "pii_general_v7"}),
               surname_first=Fraction(1, 2), initials=ONE,
               beyond_ascii=re.compile(r"[à-žÀ-Žα-ωΑ-Ωа-яА-ЯёЁ]"),  # Québécois, Spanish, Portuguese, Vietnamese
               beyond_ascii_share=Fraction(1, 2), in_capitals=Fraction(1, 2), user_names=Fraction(0),
               first_half_user_names=5, distinct_user_names=True, halves=True, country_codes=CODES_WITH_PLUS,
               country_codes_at_most=12, country_codes_share=Fraction(1, 2), digit_lookalikes=Fraction(2),
               versions=NAMED_VERSIONS),
    GeneralSet("pii_general_v9", "g9", earlier=None, first_half_alone=True,
               found_by_folder=frozenset({"text_holdout", "text_holdout_v2", "text_holdout_v4", "text_holdout_v5",
                                          "text_holdout_v6", "text_holdout_v7", "text_holdout_v8", "text_holdout_v9",
                                          "text_holdout_v10", "text_holdout_v11", "pii_general_v2", "pii_general_v3",
                                          "pii_general_v4", "pii_general_v5", "pii_general_v6", "pii_general_v7",
                                          "pii_general_v8"}),
               surname_first=Fraction(1, 2), initials=ONE,
               beyond_ascii=re.compile(r"[À-ɏ\u1e00-\u1eff]"),  # Latin with diacritics: Irish, Maltese, Polish ...
               beyond_ascii_share=Fraction(1, 2), in_capitals=Fraction(1, 2), user_names=Fraction(0),
               first_half_user_names=5, distinct_user_names=True, halves=True, country_codes=CODES_WITH_PLUS,
               country_codes_at_most=12, country_codes_share=Fraction(1, 2), digit_lookalikes=Fraction(2),
               versions=NAMED_VERSIONS,
               prices=re.compile(  # the first half's currencies (Europe and Africa), then the second's
                   r"[$£€₦₵₹¥₱₩]|\b(?:GH₵|KSh|Ksh|UGX|USh|ZMW|PLN|zł|MXN|BRL|R\$|COP|ARS|CLP|PHP|RM|Rp|S\$|NZ\$|A\$)"
                   r"|\d ?(?:zł|KSh|UGX|ZMW)\b|\bK ?\d")),
    GeneralSet("pii_general_v10", "g10", earlier=None, first_half_alone=True,
               found_by_folder=frozenset({"text_holdout", "text_holdout_v2", "text_holdout_v4", "text_holdout_v5",
                                          "text_holdout_v6", "text_holdout_v7", "text_holdout_v8", "text_holdout_v9",
                                          "text_holdout_v10", "text_holdout_v11", "text_holdout_v12",
                                          "pii_general_v2", "pii_general_v3", "pii_general_v4", "pii_general_v5",
                                          "pii_general_v6", "pii_general_v7", "pii_general_v8", "pii_general_v9"}),
               surname_first=Fraction(1, 2), initials=ONE,
               beyond_ascii=re.compile(r"[À-ɏ\u1e00-\u1eff]"),  # Latin with diacritics: Nordic, Baltic, Czech ...
               beyond_ascii_share=Fraction(1, 2), in_capitals=Fraction(1, 2), user_names=Fraction(0),
               first_half_user_names=5, distinct_user_names=True, halves=True, country_codes=CODES_WITH_PLUS,
               country_codes_at_most=12, country_codes_share=Fraction(1, 2), digit_lookalikes=Fraction(2),
               versions=NAMED_VERSIONS,
               prices=re.compile(  # the first half's currencies (northern, central and eastern Europe, Turkey), then
                   # the second's (the Middle East, North and East Africa, the Caribbean and Latin America)
                   r"[$£€₺₪₹¥]|\b(?:kr|DKK|SEK|NOK|ISK|Kč|CZK|Ft|HUF|lei|RON|zł|PLN|TL|TRY|UAH|₴|GEL|EGP|E£|JOD|JD|LBP"
                   r"|AED|Dhs?|ILS|NIS|SAR|QAR|KWD|BHD|OMR|MAD|ETB|Birr|TSh|TZS|RWF|FRw|KSh|BBD|Bds\$|TT\$|JMD|J\$"
                   r"|MXN|COP|CLP|PEN|S/|ARS|BRL|R\$|USD|EUR|GBP)"
                   r"|\d ?(?:kr|Kč|Ft|lei|zł|TL|€)")),
)
