"""Deciding what goes: boxes from matches, OCR and reviewer areas; the glyphs under them.

Every string a detector flags becomes a target for the whole document (a name NER finds once is
removed wherever it appears), and the detectors and the targets are run again on the text the output
would show (removal can join what is left into a new match), until they find nothing new: the
verifier searches the output the same way, and must find nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from redaction.pdf.analysis import ImageText, PageAnalysis
from redaction.pdf.content import PageContent
from redaction.pdf.errors import UnsupportedContentError
from redaction.pdf.geometry import Quad
from redaction.pdf.matcher import Hit, Matcher, Target
from redaction.pdf.pagetext import PageText, build_page_text

__all__ = ["PagePlan", "RedactionBox", "plan_document", "removal"]

MAX_DETECTION_ROUNDS = 10
OCR_PAD = 2.0


@dataclass(frozen=True, slots=True)
class RedactionBox:
    """An opaque box on a page (1-based), in unrotated page user space, and why it is there."""

    page: int
    quad: Quad
    type: str
    source: str  # "term", "known", "detector", "ocr", "area"

    def to_json(self) -> dict[str, object]:
        return {"page": self.page, "quad": [list(p) for p in self.quad.points], "type": self.type, "source": self.source}


@dataclass(slots=True)
class PagePlan:
    boxes: list[RedactionBox] = field(default_factory=list)
    removed: dict[int, set[int]] = field(default_factory=dict)
    residual: PageText | None = None


def boxes_for_hit(text: PageText, hit: Hit, page_number: int, source: str | None = None) -> list[RedactionBox]:
    refs = sorted(text.glyphs_of(hit.start, hit.end))
    boxes: list[RedactionBox] = []
    index = 0
    while index < len(refs):
        run_index, first = refs[index]
        last = first
        while index + 1 < len(refs) and refs[index + 1] == (run_index, last + 1):
            index += 1
            last += 1
        quad = text.runs[run_index].quad(first, last)
        boxes.append(RedactionBox(page_number, quad, hit.type, source or hit.source))
        index += 1
    return boxes


def removal(content: PageContent, quads: Sequence[Quad]) -> dict[int, set[int]]:
    """Glyphs to remove: every glyph whose centre lies in a box (any stream, any render mode), and
    every glyph of optional content that is off."""
    removed: dict[int, set[int]] = {}
    bounds = [quad.bounds for quad in quads]
    for run_index, run in enumerate(content.runs):
        if run.hidden:
            removed[run_index] = set(range(len(run.glyphs)))
            continue
        if not quads:
            continue
        rx0, ry0, rx1, ry1 = run.bounds()
        candidates = [q for q, (x0, y0, x1, y1) in zip(quads, bounds, strict=True)
                      if x0 <= rx1 and rx0 <= x1 and y0 <= ry1 and ry0 <= y1]
        if not candidates:
            continue
        gone = set()
        for glyph_index in range(len(run.glyphs)):
            x, y = run.centre(glyph_index)
            if any(quad.contains(x, y) for quad in candidates):
                gone.add(glyph_index)
        if gone:
            removed[run_index] = gone
    return removed


def _ocr_boxes(image: ImageText, hits: list[Hit], page_number: int) -> list[RedactionBox]:
    boxes = []
    for hit in hits:
        words = sorted({w for w in image.owners[hit.start : hit.end] if w is not None})
        by_line: dict[tuple[int, int, int], list[int]] = {}
        for word in words:
            by_line.setdefault(image.words[word].line, []).append(word)
        for line_words in by_line.values():
            boxes.append(RedactionBox(page_number, image.word_quad(line_words, OCR_PAD), hit.type, "ocr"))
    return boxes


def _plan_image(image: ImageText, matcher: Matcher, page_number: int) -> tuple[list[RedactionBox], list[Target]]:
    """Boxes for an image's text: targets and detectors, then the detectors again on what the
    blanked image would still show, until they find nothing new (the verifier reads it again)."""
    hits = matcher.find_targets(image.text, ocr=True)
    found = [t for t in (Target.of(image.text[h.start : h.end], h.type, "ocr") for h in hits) if t]
    boxes = _ocr_boxes(image, hits, page_number)
    residual = image
    for _round in range(MAX_DETECTION_ROUNDS):
        detected = matcher.detect(residual.text)
        if not detected:
            return boxes, found
        found += _detected_targets(residual.text, detected)
        boxes += _ocr_boxes(residual, detected, page_number)
        residual = image.without([box.quad for box in boxes])
    raise UnsupportedContentError("the detectors kept finding new identifiers in an image's text")


def _detected_targets(text: str, hits: list[Hit]) -> list[Target]:
    found = [Target.of(text[hit.start : hit.end], hit.type, hit.source) for hit in hits]
    return [target for target in found if target is not None and len(target.key) >= 2]


def plan_document(analyses: Sequence[PageAnalysis], matcher: Matcher,
                  areas: dict[int, list[RedactionBox]]) -> tuple[list[PagePlan], Matcher]:
    """Plans for every page, and the final matcher (initial targets plus everything detected)."""
    fixed: dict[int, list[RedactionBox]] = {a.index: list(areas.get(a.index, [])) for a in analyses}
    new_targets: list[Target] = []
    for analysis in analyses:
        for image in analysis.images_text:
            boxes, found = _plan_image(image, matcher, analysis.index + 1)
            fixed[analysis.index] += boxes
            new_targets += found
    to_check: dict[int, PageText] = {a.index: a.text for a in analyses}
    plans: dict[int, PagePlan] = {}
    for round_number in range(MAX_DETECTION_ROUNDS):
        for analysis in analyses:
            text = to_check.get(analysis.index)
            if text is None:
                continue
            hits = matcher.detect(text.text, unwrapped=text.unwrapped, wraps=text.wraps)
            new_targets += _detected_targets(text.text, hits)
            if round_number:  # removal can join what is left into a target ("Be[...]trag")
                hits += matcher.find_targets(text.text)
            for hit in hits:
                fixed[analysis.index] += boxes_for_hit(text, hit, analysis.index + 1)
        matcher = matcher.with_targets(new_targets)
        new_targets = []
        to_check = {}
        for analysis in analyses:
            plan = _plan_page(analysis, matcher, fixed[analysis.index])
            previous = plans.get(analysis.index)
            if plan.removed and (previous is None or previous.removed != plan.removed):
                to_check[analysis.index] = plan.residual  # type: ignore[assignment]
            plans[analysis.index] = plan
        if not to_check:
            return [plans[a.index] for a in analyses], matcher
    raise UnsupportedContentError("the detectors kept finding new identifiers in the redacted text")


def _unique(boxes: list[RedactionBox]) -> list[RedactionBox]:
    """One box per place: a known identifier found both as a term and by its variants is one box."""
    seen: dict[tuple[tuple[float, float], ...], RedactionBox] = {}
    for box in boxes:
        seen.setdefault(tuple((round(x, 1), round(y, 1)) for x, y in box.quad.points), box)
    return list(seen.values())


def _plan_page(analysis: PageAnalysis, matcher: Matcher, fixed: list[RedactionBox]) -> PagePlan:
    page_number = analysis.index + 1
    boxes = list(fixed)
    for hit in matcher.find_targets(analysis.text.text):
        boxes += boxes_for_hit(analysis.text, hit, page_number)
    boxes = _unique(boxes)
    removed = removal(analysis.content, [box.quad for box in boxes])
    residual = (build_page_text(analysis.content.runs, removed, order=analysis.text.order) if removed
                else analysis.text)
    return PagePlan(boxes, removed, residual)
