"""The pipeline runner: passes in order over a batch, timed by name, optional ones switched off by name."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from redaction.spans import Span
from redaction.text.pipeline import BatchPass, Pass, Pipeline, Reading


class Mark(Pass):
    """Adds a one-letter span at ``at`` and logs its name."""

    def __init__(self, name: str, at: int, optional: bool = True) -> None:
        self.name = name  # type: ignore[misc]
        self.optional = optional  # type: ignore[misc]
        self.at = at

    def run(self, reading: Reading) -> None:
        reading.add([Span(self.at, self.at + 1, "PERSON", 0.9, "pattern")], by=self.name)


class CountBatch(BatchPass):
    name = "batch"

    def __init__(self) -> None:
        self.batches: list[int] = []

    def run_many(self, readings: Sequence[Reading], *, batch_size: int = 32) -> None:
        self.batches.append(len(readings))


def test_passes_run_in_order_and_are_timed_by_name() -> None:
    pipeline = Pipeline([Mark("a", 0), Mark("b", 2), Mark("a", 4)])
    reading = Reading("x y z")
    pipeline.run([reading])
    assert [(f.by, f.span.start) for f in reading.found] == [("a", 0), ("b", 2), ("a", 4)]
    assert pipeline.names == ("a", "b")
    assert set(pipeline.seconds) == {"a", "b"}


def test_a_name_switched_off_is_off_wherever_it_stands() -> None:
    pipeline = Pipeline([Mark("a", 0), Mark("b", 2), Mark("a", 4)])
    reading = Reading("x y z")
    pipeline.run([reading], off={"a"})
    assert [f.by for f in reading.found] == ["b"]
    assert reading.off == frozenset({"a"})


def test_a_batch_pass_reads_the_whole_batch_at_once() -> None:
    batch = CountBatch()
    Pipeline([batch]).run([Reading("a"), Reading("b"), Reading("c")])
    assert batch.batches == [3]


@pytest.mark.parametrize("names, message", [
    ({"nope"}, "no pass named nope"),
    ({"fixed"}, "fixed cannot be switched off"),
])
def test_switching_off_an_unknown_or_required_pass_is_refused(names: set[str], message: str) -> None:
    pipeline = Pipeline([Mark("a", 0), Mark("fixed", 1, optional=False)])
    with pytest.raises(ValueError, match=message):
        pipeline.check_off(names)
    assert pipeline.check_off({"a"}) == frozenset({"a"})


def test_a_pipeline_is_made_of_named_passes() -> None:
    with pytest.raises(ValueError):
        Pipeline([])
    with pytest.raises(TypeError):
        Pipeline([object()])  # type: ignore[list-item]


def test_negatives_see_only_detected_candidates_and_the_case_record_stays_first() -> None:
    reading = Reading("Ann Lee")
    known = Span(0, 3, "PERSON", 1.0, "known")
    guess = Span(4, 7, "PERSON", 0.6, "model")
    reading.add([guess], by="model")
    reading.spans.insert(0, known)
    assert reading.detected == [guess]
    reading.keep_detected([])
    assert reading.spans == [known]
