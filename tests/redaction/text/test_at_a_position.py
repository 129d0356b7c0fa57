"""Patterns asked at a position of a long text (:mod:`redaction.text.at_a_position`) match exactly as before."""

from __future__ import annotations

import functools
import importlib
import pkgutil
from pathlib import Path

import regex

import redaction.text
from redaction.text.at_a_position import at_a_position

ROOT = Path(__file__).resolve().parents[3]


@functools.cache
def _wrapped_patterns() -> dict[str, regex.Pattern[str]]:
    """Every module-level pattern of the text detector made by :func:`at_a_position`, by its module and name."""
    found = {}
    for info in pkgutil.walk_packages(redaction.text.__path__, "redaction.text."):
        if ".training" in info.name:  # the NER's training tools: no detection there
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, regex.Pattern) and isinstance(value.pattern, str) and value.pattern.endswith("|(?!)"):
                found[f"{info.name}.{name}"] = value
    return found


def _texts() -> list[str]:
    from benchmarks.text_corpus import generate

    texts = [d.text for d in generate(4, seed=3, style="mixed")]
    texts.append((ROOT / "samples" / "call-note.txt").read_text())
    texts += [
        "Niamh O'Flaherty (NOF) rang. Dr Bello (GP) and Sam Hill (SH) : agreed. Mon: ok\nTue: fine\n",
        "Social Stories (after Carol Gray, 1991) and Raven's (Jo Smith and Al Roe) — born 3 May 2015 (03/05/2015).",
        "Subject: Re: marcs mum, tylers dad; which is her date of admission 02/07/2014 Amir (12/01/2016) Ali",
        "Okonkwo " * 40, "!?.,;:-()[]'\"" * 20, "x" * 300,
    ]
    return texts


def test_the_detectors_patterns_asked_at_a_position_are_made_so() -> None:
    """The patterns the candidates' questions ask at a position (each of them read the rest of a long text per call
    before) are made by at_a_position: a pattern dropped from this list would bring the cost back unnoticed."""
    names = set(_wrapped_patterns())
    assert {
        "redaction.text.absorb._RIGHT", "redaction.text.absorb._LABEL_AFTER", "redaction.text.joining._LIST_GOES_ON",
        "redaction.text.negatives._CREDIT_CLOSE", "redaction.text.negatives._DAY_LOG_LINE_AT",
        "redaction.text.propagate._INITIALS_AFTER", "redaction.text.recognizers.birth_context._SUBJECT",
        "redaction.text.recognizers.birth_cue._TOLD_OTHERWISE", "redaction.text.recognizers.date_of_birth._ANOTHER_PAIR",
        "redaction.text.recognizers.date_of_birth._BRACKETED_DATE",
        "redaction.text.recognizers.lowercase_cued_name._BARE_POSSESSIVE_AT",
    } <= names


def test_every_wrapped_pattern_matches_as_its_plain_self_at_every_position() -> None:
    texts = _texts()
    for name, wrapped in _wrapped_patterns().items():
        inner = wrapped.pattern[len("(?:"): -len(")|(?!)")].strip("\n")
        plain = regex.compile(inner, wrapped.flags)
        for text in texts:
            for pos in range(0, len(text), 3):
                a, b = plain.match(text, pos), wrapped.match(text, pos)
                assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (name, text[pos:pos + 40])


def test_flags_groups_and_verbose_comments_survive_the_wrapping() -> None:
    verbose = at_a_position(regex.compile(r"""
        (?P<word>\p{Lu}\p{Ll}+)   # a capitalised word
        [ ]*:                     # before a colon""", regex.VERBOSE))
    assert verbose.match("x Name : y", 2)["word"] == "Name"
    assert verbose.match("x name : y", 2) is None
    caseless = at_a_position(regex.compile(r"(?i)[ ]*re[ ]*:"))
    assert caseless.match("Subject RE: x", 7) is not None and caseless.fullmatch(" re:") is not None
    assert caseless.match("Subject RX: x", 7) is None
    assert at_a_position(regex.compile(r"[ ]*\((?P<i>\p{Lu}+)\)")).match("Ann (AB)", 3).group("i") == "AB"
