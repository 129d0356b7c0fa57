"""An HTML body read with the standard library's ``html.parser`` and rebuilt as minimal, safe HTML.

Kept: the visible text (redacted by the caller) inside a small set of structural tags, written with no
attributes at all. Dropped, but read as context for the detectors (so a name there is known when it
appears in the visible text): every attribute value (title, alt, href and its mailto:, data-*),
comments (Outlook's conditional ones included), and hidden elements — ``hidden``, ``display:none``,
``visibility:hidden``, zero font size or opacity, ``mso-hide:all`` — with script, style, head,
template, svg and embedded objects. Nothing of those reaches the output.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser

from redaction.formats._joint import Context
from redaction.formats.errors import LimitExceededError

__all__ = ["HtmlDocument", "read_html", "write_html"]

KEPT = frozenset({"p", "br", "div", "span", "b", "strong", "i", "em", "u", "s", "sub", "sup", "small", "code", "pre",
                  "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td",
                  "th", "caption", "h1", "h2", "h3", "h4", "h5", "h6", "hr"})
BLOCKS = frozenset({"p", "br", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
                    "table", "ul", "ol", "dl", "dt", "dd", "hr", "caption", "address", "section", "article", "header",
                    "footer", "center"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                  "track", "wbr"})
SKIPPED = frozenset({"script", "style", "head", "title", "template", "noscript", "object", "iframe", "svg", "math",
                     "applet", "embed", "frameset", "xml"})
_HIDDEN_STYLE = re.compile(r"display:none|visibility:hidden|mso-hide:all|font-size:0(?:\.0*)?(?:px|pt|em|rem|%)?(?:;|$)"
                           r"|opacity:0(?:\.0*)?(?:;|$)|(?:max-)?height:0(?:px)?;.*overflow:hidden")
MAX_EVENTS = 200_000


@dataclass
class HtmlDocument:
    events: list[tuple[str, str | int]] = field(default_factory=list)  # (open|close|void, tag) or (text, index)
    texts: list[str] = field(default_factory=list)
    blocks: set[int] = field(default_factory=set)  # text indices a block boundary comes before
    context: list[str] = field(default_factory=list)
    dropped: Counter[str] = field(default_factory=Counter)

    def pieces(self, texts: list[str]) -> list[str | Context]:
        """The visible text as the browser lays it out, ready for ``JointText.group``."""
        out: list[str | Context] = []
        for index, text in enumerate(texts):
            if index in self.blocks:
                out.append(Context("\n"))
            out.append(text)
        return out


class _Reader(HTMLParser):
    def __init__(self, document: HtmlDocument) -> None:
        super().__init__(convert_charrefs=True)
        self.doc = document
        self.skip_tag: str | None = None
        self.skip_depth = 0
        self.pre = 0
        self.boundary = False

    def _event(self, kind: str, value: str | int) -> None:
        if len(self.doc.events) >= MAX_EVENTS:
            raise LimitExceededError(f"an HTML body has more than {MAX_EVENTS} elements", kind="eml")
        self.doc.events.append((kind, value))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value and name != "style" and any(c.isalpha() for c in value):
                self.doc.context.append(value.removeprefix("mailto:"))
                self.doc.dropped["attributes"] += 1
        if self.skip_tag is not None:
            self.skip_depth += tag == self.skip_tag and tag not in VOID
            return
        if tag not in VOID and (tag in SKIPPED or _hidden(attrs)):
            self.skip_tag, self.skip_depth = tag, 1
            self.doc.dropped["hidden or script elements" if tag not in ("head", "title") else "head"] += 1
            return
        if tag == "img":
            self.doc.dropped["images"] += 1
        if tag in BLOCKS:
            self.boundary = True
        if tag == "pre":
            self.pre += 1
        if tag in KEPT:
            self._event("void" if tag in VOID else "open", tag)

    def handle_endtag(self, tag: str) -> None:
        if self.skip_tag is not None:
            if tag == self.skip_tag:
                self.skip_depth -= 1
                if self.skip_depth == 0:
                    self.skip_tag = None
            return
        if tag in BLOCKS:
            self.boundary = True
        if tag == "pre" and self.pre:
            self.pre -= 1
        if tag in KEPT and tag not in VOID:
            self._event("close", tag)

    def handle_data(self, data: str) -> None:
        if self.skip_tag is not None:
            self.doc.context.append(data)
            return
        text = data if self.pre else re.sub(r"\s+", " ", data)
        if not text:
            return
        if self.boundary:
            self.doc.blocks.add(len(self.doc.texts))
            self.boundary = False
        self._event("text", len(self.doc.texts))
        self.doc.texts.append(text)

    def handle_comment(self, data: str) -> None:
        self.doc.context.append(data)
        self.doc.dropped["comments"] += 1

    def unknown_decl(self, data: str) -> None:
        self.doc.context.append(data)  # <![CDATA[...]]> and the like


def _hidden(attrs: list[tuple[str, str | None]]) -> bool:
    for name, value in attrs:
        if name == "hidden":
            return True
        if name == "style" and value and _HIDDEN_STYLE.search(re.sub(r"\s+", "", value.lower())):
            return True
    return False


def read_html(markup: str) -> HtmlDocument:
    document = HtmlDocument()
    reader = _Reader(document)
    reader.feed(markup)
    reader.close()
    return document


def write_html(document: HtmlDocument, texts: list[str]) -> str:
    out = ['<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n']
    for kind, value in document.events:
        if kind == "text":
            out.append(html.escape(texts[int(value)], quote=False))
        elif kind == "close":
            out.append(f"</{value}>")
        else:
            out.append(f"<{value}>")
    out.append("\n</body></html>\n")
    return "".join(out)
