"""The text a written PDF shows, page by page, with every character's place on the page.

For the second reader of an output: it reads each page's text (as our interpreter lays it out, the
same page text verification searches), and what it still finds or suspects is placed on its page
with a box a reviewer can look at. Reading only: nothing here decides what is an identifier.
"""

from __future__ import annotations

import io
import time
from dataclasses import dataclass

from pypdf import PdfReader

from redaction.pdf.errors import LimitExceededError, MalformedPdfError, PdfRedactionError
from redaction.pdf.interpreter import Interpreter
from redaction.pdf.limits import Deadline, Limits, pypdf_limits
from redaction.pdf.optional_content import OptionalContent
from redaction.pdf.pagetext import PageText, build_page_text
from redaction.pdf.resources import FontCache, page_content_bytes

__all__ = ["LocatedPage", "located_pages"]


@dataclass(frozen=True, slots=True)
class LocatedPage:
    number: int  # from 1
    text: str
    _page: PageText

    def box(self, start: int, end: int) -> tuple[float, float, float, float] | None:
        """The bounds (x0, y0, x1, y1, PDF points of the unrotated page) of ``text[start:end]``'s glyphs."""
        quads = [self._page.runs[run].quad(glyph, glyph).bounds for run, glyph in self._page.glyphs_of(start, end)]
        if not quads:
            return None
        return (min(q[0] for q in quads), min(q[1] for q in quads), max(q[2] for q in quads), max(q[3] for q in quads))


def located_pages(data: bytes, *, limits: Limits | None = None) -> list[LocatedPage]:
    """Every page's text with its glyphs' places; a PDF that cannot be read so is a ``PdfRedactionError``."""
    limits = limits or Limits()
    deadline = Deadline(limits.max_seconds, clock=time.monotonic)
    try:
        with pypdf_limits(limits):
            reader = PdfReader(io.BytesIO(data), strict=False)
            pages = list(reader.pages)
            if len(pages) > limits.max_pages:
                raise LimitExceededError(f"the PDF has more than {limits.max_pages} pages")
            interpreter = Interpreter(fonts=FontCache(), optional=OptionalContent(reader.trailer["/Root"].get_object()),
                                      limits=limits, deadline=deadline)
            located = []
            for number, page in enumerate(pages, start=1):
                deadline.check("reading the output's page text")
                content = interpreter.page(number - 1, [page_content_bytes(page, limits)], page.get("/Resources"))
                text = build_page_text(content.runs)
                located.append(LocatedPage(number, text.text, text))
            return located
    except PdfRedactionError:
        raise
    except Exception as error:  # pypdf raises many kinds for a file it cannot read
        raise MalformedPdfError(f"the PDF's page text cannot be read ({type(error).__name__})") from error
