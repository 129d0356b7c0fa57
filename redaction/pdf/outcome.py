"""What a redaction returns: the verified bytes, the boxes, and a report of what was done.

The report never repeats identifiers: it counts boxes by span type and source, and names only the
explicit terms that were *not* found (the caller typed them, and needs to know).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from redaction.pdf.analysis import PageAnalysis
from redaction.pdf.apply import PageEdit
from redaction.pdf.carriers import CleanReport
from redaction.pdf.planning import PagePlan, RedactionBox
from redaction.pdf.verify import VerificationReport

__all__ = ["RedactionOutcome", "RedactionReport"]


@dataclass(frozen=True, slots=True)
class RedactionReport:
    pages: int
    boxes_by_type: dict[str, int]
    boxes_by_source: dict[str, int]
    glyphs_removed: int
    hidden_glyphs_removed: int
    images_blanked: int
    forms_copied: int
    annotations_flattened: int
    annotations_dropped: int
    ocr_images: int
    undecodable_glyphs: int
    carriers_removed: dict[str, int]
    layers_renamed: int
    jpeg_metadata_stripped: int
    resources_pruned: int
    repairs: tuple[str, ...]
    encrypted_input: bool
    detectors: bool
    retypeset: bool
    not_found: tuple[str, ...]
    verification: VerificationReport
    notes: tuple[str, ...] = field(default=())

    @classmethod
    def build(cls, *, analyses: Sequence[PageAnalysis], plans: Sequence[PagePlan], edits: Sequence[PageEdit],
              cleaning: CleanReport, pruned: int, repairs: Sequence[str], encrypted: bool,
              verification: VerificationReport, detectors: bool, retypeset: bool,
              not_found: tuple[str, ...]) -> RedactionReport:
        boxes = [box for plan in plans for box in plan.boxes]
        notes = []
        if encrypted:
            notes.append("the input was encrypted; the output is not (it holds nothing left to protect)")
        return cls(
            pages=len(analyses),
            boxes_by_type=dict(Counter(box.type for box in boxes)),
            boxes_by_source=dict(Counter(box.source for box in boxes)),
            glyphs_removed=sum(edit.glyphs_removed for edit in edits),
            hidden_glyphs_removed=sum(edit.hidden_removed for edit in edits),
            images_blanked=sum(edit.images_blanked for edit in edits),
            forms_copied=sum(edit.forms_copied for edit in edits),
            annotations_flattened=sum(a.annotations.flattened for a in analyses),
            annotations_dropped=sum(a.annotations.dropped for a in analyses),
            ocr_images=sum(len(a.images_text) for a in analyses),
            undecodable_glyphs=sum(a.content.undecodable_glyphs for a in analyses),
            carriers_removed=dict(cleaning.removed),
            layers_renamed=cleaning.layers_renamed,
            jpeg_metadata_stripped=cleaning.jpeg_metadata_stripped,
            resources_pruned=pruned,
            repairs=tuple(repairs),
            encrypted_input=encrypted,
            detectors=detectors,
            retypeset=retypeset,
            not_found=not_found,
            verification=verification,
            notes=tuple(notes),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "pages": self.pages,
            "boxes_by_type": self.boxes_by_type,
            "boxes_by_source": self.boxes_by_source,
            "glyphs_removed": self.glyphs_removed,
            "hidden_glyphs_removed": self.hidden_glyphs_removed,
            "images_blanked": self.images_blanked,
            "forms_copied": self.forms_copied,
            "annotations_flattened": self.annotations_flattened,
            "annotations_dropped": self.annotations_dropped,
            "ocr_images": self.ocr_images,
            "undecodable_glyphs": self.undecodable_glyphs,
            "carriers_removed": self.carriers_removed,
            "layers_renamed": self.layers_renamed,
            "jpeg_metadata_stripped": self.jpeg_metadata_stripped,
            "resources_pruned": self.resources_pruned,
            "repairs": list(self.repairs),
            "encrypted_input": self.encrypted_input,
            "detectors": self.detectors,
            "retypeset": self.retypeset,
            "not_found": list(self.not_found),
            "verification": {
                "pages": self.verification.pages,
                "channels": list(self.verification.channels),
                "objects": self.verification.objects,
                "streams": self.verification.streams,
                "ocr_images": self.verification.ocr_images,
            },
            "notes": list(self.notes),
        }


@dataclass(frozen=True, slots=True)
class RedactionOutcome:
    """A verified output. ``boxes`` are where the layout-preserving output was blacked out."""

    pdf_bytes: bytes
    boxes: tuple[RedactionBox, ...]
    report: RedactionReport
