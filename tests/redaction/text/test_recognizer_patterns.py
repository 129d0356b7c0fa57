"""Our recognizers' patterns are compiled once, with their recognizer's flags, and still checked.

``redaction.text.recognizers._base.Pattern`` is Presidio's ``Pattern`` without the compile its constructor
does only to validate the regex; the recognizer's own compile is the check, so every recognizer must be
built (and every pattern belong to one).
"""

from __future__ import annotations

from typing import ClassVar

import presidio_analyzer
import pytest

import redaction.text.recognizers as recognizers
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer


def _subclasses(cls: type[UkPatternRecognizer]) -> list[type[UkPatternRecognizer]]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found


# Concrete ones: an abstract base (no ENTITY) lends its patterns to the recognizers built on it.
RECOGNIZERS = sorted({cls for cls in _subclasses(UkPatternRecognizer)
                      if cls.__module__.startswith(recognizers.__name__) and hasattr(cls, "ENTITY")},
                     key=lambda cls: cls.__name__)


def test_there_are_recognizers_to_check() -> None:
    assert len(RECOGNIZERS) >= 30
    assert {type(r) for r in recognizers.identifier_recognizers()} <= set(RECOGNIZERS)


@pytest.mark.parametrize("cls", RECOGNIZERS, ids=lambda cls: cls.__name__)
def test_every_recognizer_builds_and_compiles_each_of_its_patterns_with_its_flags(cls: type[UkPatternRecognizer]) -> None:
    recognizer = cls()
    assert [pattern for pattern, _ in recognizer._compiled] == list(cls.PATTERNS)
    for pattern, compiled in recognizer._compiled:
        assert isinstance(pattern, Pattern), f"{cls.__name__}: {pattern.name} is Presidio's Pattern, compiled twice"
        assert compiled.pattern == pattern.regex and compiled.flags & cls.FLAGS == cls.FLAGS


def test_our_pattern_holds_what_presidio_s_holds() -> None:
    ours, theirs = Pattern("cue", r"\bRef\b", 0.6), presidio_analyzer.Pattern("cue", r"\bRef\b", 0.6)
    assert vars(ours) == vars(theirs)  # a Presidio upgrade that adds state shows here
    assert ours.to_dict() == theirs.to_dict() and isinstance(ours, presidio_analyzer.Pattern)


def test_a_malformed_regex_fails_when_its_recognizer_is_built_and_a_bad_score_at_once() -> None:
    class Broken(UkPatternRecognizer):
        ENTITY = "CASE_REF"
        PATTERNS: ClassVar[list[Pattern]] = [Pattern("unclosed", r"Ref (\d+", 0.5)]

    with pytest.raises(Exception, match="missing \\)|unbalanced|unterminated"):
        Broken()
    with pytest.raises(ValueError, match="Invalid score"):
        Pattern("score", r"\d+", 1.5)
