from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vault.statistics import DisclosureControl, InvalidControl
from vault.statistics.rounding import round_to_base, rounding_interval


def test_defaults_are_nhs_digital_rule() -> None:
    control = DisclosureControl()
    assert (control.min_count, control.max_suppressed, control.rounding_base) == (1, 7, 5)
    assert control.protection == 7  # a hidden figure can always be 8 or more as far as a reader knows
    assert [n for n in range(20) if control.is_sensitive(n)] == [1, 2, 3, 4, 5, 6, 7]
    assert [control.round(n) for n in (0, 8, 10, 12, 13, 17, 18)] == [0, 10, 10, 10, 15, 15, 20]


def test_ons_threshold_and_ico_ranges() -> None:
    ons = DisclosureControl.with_threshold(10)
    assert (ons.max_suppressed, ons.protection) == (9, 9)
    assert not ons.is_sensitive(10) and ons.is_sensitive(9)
    assert DisclosureControl(max_suppressed=5, rounding_base=1).protection == 5


def test_zeros_can_be_suppressed_too() -> None:
    control = DisclosureControl(min_count=0)
    assert control.is_sensitive(0) and control.protection == 8


@pytest.mark.parametrize(
    "settings, message",
    [
        ({"min_count": 2}, "min_count must be 0"),
        ({"min_count": -1}, "at least 0"),
        ({"max_suppressed": 0}, "at least 1"),
        ({"rounding_base": 0}, "at least 1"),
        ({"max_suppressed": 3, "rounding_base": 10}, "show a count of 4 as 0"),
        ({"max_suppressed": 1, "rounding_base": 5}, "show a count of 2 as 0"),
        ({"max_suppressed": 5, "rounding_base": 5}, "show a count of 6 as 5"),
        ({"protection": 0}, "at least 1"),
        ({"max_suppressed": 7.0}, "whole number"),
        ({"rounding_base": True}, "whole number"),
    ],
)
def test_settings_that_would_not_protect_are_refused(settings: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidControl, match=message):
        DisclosureControl(**settings)  # type: ignore[arg-type]


def test_control_is_frozen_and_hashable() -> None:
    control = DisclosureControl()
    with pytest.raises(AttributeError):
        control.max_suppressed = 3  # type: ignore[misc]
    assert control == DisclosureControl(protection=7)
    assert len({control, DisclosureControl()}) == 1


@pytest.mark.parametrize(
    "published, expected",
    [(0, (0, 0)), (10, (8, 12)), (15, (13, 17)), (100, (98, 102))],
)
def test_what_a_reader_infers_from_a_figure(published: int, expected: tuple[int, int]) -> None:
    assert DisclosureControl().possible_counts(published) == expected


def test_ons_figure_ten_means_ten_to_twelve() -> None:
    assert DisclosureControl.with_threshold(10).possible_counts(10) == (10, 12)


@given(st.integers(0, 10_000), st.sampled_from([1, 2, 3, 5, 10, 20]))
def test_rounding_interval_is_exactly_the_counts_that_round_to_a_figure(count: int, base: int) -> None:
    published = round_to_base(count, base)
    assert published % base == 0 and abs(published - count) <= base / 2
    low, high = rounding_interval(published, base)
    assert low <= count <= high
    assert low == 0 or round_to_base(low - 1, base) != published
    assert round_to_base(high + 1, base) != published
    assert all(round_to_base(n, base) == published for n in range(low, high + 1))


@given(st.integers(0, 1), st.integers(1, 30), st.sampled_from([1, 2, 3, 5, 10]), st.integers(0, 500))
def test_a_shown_figure_is_never_a_small_count(low: int, high: int, base: int, count: int) -> None:
    try:
        control = DisclosureControl(min_count=low, max_suppressed=high, rounding_base=base)
    except InvalidControl:
        return
    if not control.is_sensitive(count):
        shown = control.round(count)
        assert not control.is_sensitive(shown)
        first, last = control.possible_counts(shown)
        assert first <= count <= last
