"""User names built from a person's name are that person (:mod:`redaction.text.handle_names`, read by the
final-typing pass); other handles stay handles; chat logs' speakers written as user names are found
(:mod:`redaction.text.recognizers.social_handle`)."""

from __future__ import annotations

import pytest

from redaction.text.detector import Detector
from redaction.text.handle_names import handle_names_a_person, handle_parts


@pytest.mark.parametrize("handle", [
    "@kev_oconnor", "maria.gonzalez", "jsmith88", "priyasharma_92", "@AishaK", "Fatima_R", "gardenguy_dale",
    "@sarahb", "dkowalski", "hoang.minh.duc", "mike_obrien77", "@ffion", "tombrown1985", "@Tyrone_Washington",
])
def test_handles_built_from_names(handle: str) -> None:
    assert handle_names_a_person(handle)


@pytest.mark.parametrize("handle", [
    "@BBCBreaking", "@tech_support", "@channel", "@everyone", "@here", "@NHSEngland", "@home_bargains",
    "@gamer_boy99", "@the_real_deal", "@coffee.lover", "@bookworm22", "tx_fence_pro",
])
def test_handles_that_name_no_one(handle: str) -> None:
    assert not handle_names_a_person(handle)


def test_parts_cut_at_separators_digits_and_case() -> None:
    assert handle_parts("@ArohaTeWhata_77#1234") == ["Aroha", "Te", "Whata"]
    assert handle_parts("BBCBreaking") == ["BBC", "Breaking"]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _typed(detector: Detector, text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start:s.end]) for s in detector.detect(text)]


@pytest.mark.parametrize("text, name", [
    ("@kev_oconnor can you check the bins pls", "kev_oconnor"),
    ("Posted by mike_obrien77: the app keeps crashing.", "mike_obrien77"),
    ("@anna.kowalczyk replied: thanks!", "anna.kowalczyk"),
    ("user: kate_morrison_22 joined the group", "kate_morrison_22"),
    ("[10:42] kate.m: on my way", "kate.m"),
    ("<rsingh> anyone got the code", "rsingh"),
    ("[09:12] <priya> hi all", "priya"),
])
def test_user_names_of_people_are_persons(detector: Detector, text: str, name: str) -> None:
    assert ("PERSON", name) in _typed(detector, text)


@pytest.mark.parametrize("text, kept", [
    ("Saw it on @BBCBreaking this morning.", [("SOCIAL_HANDLE", "@BBCBreaking")]),
    ("<div> hello", []),
    ("<admin> server restarting", []),
    ("At 10:30 note: fine", []),
])
def test_other_handles_and_tags_stay(detector: Detector, text: str, kept: list[tuple[str, str]]) -> None:
    assert _typed(detector, text) == kept


@pytest.mark.parametrize("text, handle", [
    ("follow @lily_xo", "@lily_xo"),
    ("her insta is maisie_2012", "maisie_2012"),
])
def test_accounts_on_a_platform_stay_handles(detector: Detector, text: str, handle: str) -> None:
    assert ("SOCIAL_HANDLE", handle) in _typed(detector, text)
