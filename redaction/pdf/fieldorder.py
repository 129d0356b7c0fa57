"""Where a flattened annotation's text is read: beside the page text it belongs to, not after all of it.

A form field's value and a FreeText comment are drawn by their appearances, which flattening adds after the page's
own content; read in content order, every value comes after every label ("Date of birth:\\nParent or carer:\\n...
05/11/2015\\nMorag McAllister"), and a detector that needs the label to read a date as a birth date, or a name as
a person, sees neither. So each annotation's text is read right after the page text nearest before it on the page:
on its own line, the text ending closest to its left; else the line just above it (a label over its box). Only the
order of reading changes: the glyphs, and what each character of the text points at, do not.
"""

from __future__ import annotations

from redaction.pdf.content import Context, PageContent, TextRun

__all__ = ["annotation_order"]

SAME_ROW = 0.5  # baselines within this many text heights are one row
ABOVE = 3.0  # a label at most this many text heights above the annotation's first line


def _root(context: Context) -> tuple[Context, Context]:
    """The root (page part) a run's context belongs to, and its ancestor directly under that root."""
    child = context
    while context.parent is not None:
        child, context = context, context.parent
    return context, child


def _horizontal(run: TextRun) -> bool:
    a, b = run.matrix[0], run.matrix[1]
    return a > 0 and abs(b) <= 1e-3 * abs(a)


def _anchor(first: TextRun, page_runs: list[tuple[int, TextRun]]) -> int | None:
    x0, _, _, _ = first.bounds()
    y = first.centre(0)[1]
    height = max(first.height, 1e-6)
    left = [(run.bounds()[2], index) for index, run in page_runs
            if abs(run.centre(0)[1] - y) <= SAME_ROW * height and run.bounds()[2] <= x0 + SAME_ROW * height]
    if left:
        return max(left)[1]
    above = [(run.centre(0)[1], index) for index, run in page_runs
             if 0 < run.centre(0)[1] - y <= ABOVE * height and run.bounds()[0] <= x0 + ABOVE * height]
    if above:
        lowest = min(row for row, _ in above)
        return max(index for row, index in above if row - lowest <= SAME_ROW * height)
    return None


def annotation_order(content: PageContent) -> tuple[int, ...] | None:
    """The order to read ``content.runs`` in, or None when content order is that order (no flattened
    annotation text, or none with page text to sit beside)."""
    if len(content.roots) < 2 or not content.runs:
        return None
    page = content.roots[0]
    page_runs: list[tuple[int, TextRun]] = []
    groups: dict[int, list[int]] = {}  # one per annotation (the form drawn under the annotations' root)
    firsts: dict[int, int] = {}
    for index, run in enumerate(content.runs):
        root, child = _root(run.context)
        if root is page:
            if _horizontal(run) and run.glyphs:
                page_runs.append((index, run))
            continue
        groups.setdefault(id(child), []).append(index)
        firsts.setdefault(id(child), index)
    after: dict[int, list[int]] = {}
    for key, members in groups.items():
        first = content.runs[firsts[key]]
        anchor = _anchor(first, page_runs) if _horizontal(first) and first.glyphs else None
        if anchor is not None:
            after.setdefault(anchor, []).extend(members)
    if not after:
        return None
    placed = {index for members in after.values() for index in members}
    order: list[int] = []
    for index in range(len(content.runs)):
        if index in placed:
            continue
        order.append(index)
        order.extend(after.get(index, ()))
    return tuple(order)
