"""Deciding what gets a box: targets and detectors on every reading, to a fixed point.

Each reading (every variant of every frame) is searched for the targets (terms, known identifiers,
with OCR's look-alike letters folded and, for known identifiers, a few edits allowed), then the
detectors run on what the reading would still show once those words are covered (and again with
look-alike letters read as digits: :mod:`~redaction.formats.image.lookalikes`), until they find
nothing new. Anything the detectors find becomes a target for every reading of every frame (a
name found once is removed everywhere, as the text and PDF redactors do). Every word of a hit gets
a box: the words of one line together, padded, mapped back onto the original frame.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from redaction.formats.image.fuzzy import fuzzy_hits
from redaction.formats.image.lookalikes import lookalike_hits
from redaction.formats.image.reading import Box, Reading
from redaction.pdf.matcher import Hit, Matcher, Target

__all__ = ["PAD_SHARE", "Plan", "boxes_for", "fuzzy_targets", "plan", "search"]

PAD_SHARE = 0.2  # of the line's height, on every side
MIN_PAD_ORIGINAL = 2.0  # pixels of the original, whatever the scale
MAX_DETECTION_ROUNDS = 4


class Plan:
    def __init__(self, boxes: list[Box], matcher: Matcher) -> None:
        self.boxes = boxes
        self.matcher = matcher  # the request's targets plus everything detected


def _covered(reading: Reading, index: int, boxes: Sequence[Box]) -> bool:
    x, y = reading.centre(index)
    return any(box.frame == reading.frame and box.contains(x, y) for box in boxes)


def boxes_for(reading: Reading, hits: Iterable[Hit], *, skip: Sequence[Box] = ()) -> list[Box]:
    """A padded box over each run of neighbouring hit words on a line (words under ``skip`` left
    out; a word two hits share is boxed once, with the first hit's type)."""
    chosen: dict[int, Hit] = {}
    for hit in hits:
        for index in {i for i in reading.owners[hit.start : hit.end] if i is not None}:
            if index not in chosen and not _covered(reading, index, skip):
                chosen[index] = hit
    runs: list[list[int]] = []
    for index in sorted(chosen):
        previous = runs[-1][-1] if runs else None
        if (previous == index - 1 and reading.words[previous].line == reading.words[index].line
                and chosen[previous].type == chosen[index].type):
            runs[-1].append(index)
        else:
            runs.append([index])
    boxes = []
    for run in runs:
        height = max(reading.words[i].rect[3] - reading.words[i].rect[1] for i in run)
        pad = max(PAD_SHARE * height, MIN_PAD_ORIGINAL * reading.geometry.scale)
        hit = chosen[run[0]]
        boxes.append(Box(reading.frame, reading.quad(run, pad=pad), hit.type, hit.source))
    return boxes


def _targets_of(text: str, hits: Iterable[Hit]) -> list[Target]:
    found = [Target.of(text[hit.start : hit.end], hit.type, "detector") for hit in hits]
    return [target for target in found if target is not None and len(target.key) >= 2]


def name_parts(targets: Iterable[Target], *, source: str) -> list[Target]:
    """Each person's names on their own (a surname alone: "Mrs Thornbury", or misread "Thornbwy"),
    except names that are ordinary words ("Rose", "Baker") and names under five letters."""
    from redaction.text.english import is_common_word

    parts: dict[str, Target] = {}
    for target in targets:
        if target.type.split(":")[0] != "PERSON":
            continue
        for word in target.text.replace(",", " ").split():
            part = Target.of(word, target.type, source)
            if part is not None and len(part.key) >= 5 and not is_common_word(word.lower()):
                parts.setdefault(part.key, part)
    return list(parts.values())


def fuzzy_targets(matcher: Matcher) -> list[Target]:
    """What is matched approximately: the terms and known identifiers, and the known people's names."""
    chosen = [target for target in matcher.targets if target.source in ("known", "term")]
    keys = {target.key for target in chosen}
    return chosen + [part for part in name_parts(chosen, source="known") if part.key not in keys]


def search(reading: Reading, matcher: Matcher, *, skip: Sequence[Box] = ()) -> tuple[list[Box], list[Target]]:
    """Boxes for one reading, and the targets the detectors found in it."""
    hits = matcher.find_targets(reading.text, ocr=True) + fuzzy_hits(reading.text, fuzzy_targets(matcher))
    boxes = boxes_for(reading, hits, skip=skip)
    found: list[Target] = []
    residual = reading.without([*skip, *boxes])
    detectors = any(source == "detector" for source, _ in matcher.finders)
    for _round in range(MAX_DETECTION_ROUNDS):
        detected = [*matcher.detect(residual.text), *(lookalike_hits(residual.text, matcher) if detectors else ())]
        new = boxes_for(residual, detected, skip=[*skip, *boxes])
        found += _targets_of(residual.text, detected)
        if not new:
            return boxes, found
        boxes += new
        residual = reading.without([*skip, *boxes])
    return boxes, found  # still finding more: the verification reading checks what is left


def plan(readings: Sequence[Reading], matcher: Matcher, *, fixed: Sequence[Box] = ()) -> Plan:
    """Boxes for every reading: targets and detectors, then everything detected matched everywhere."""
    boxes = list(fixed)
    found: list[Target] = []
    for reading in readings:
        new, detected = search(reading, matcher, skip=boxes)
        boxes += new
        found += detected
    final = matcher.with_targets([*found, *name_parts(found, source="detector")])
    if final is not matcher:
        for reading in readings:
            boxes += boxes_for(reading, final.find_targets(reading.text, ocr=True), skip=boxes)
    return Plan(boxes, final)
