"""XML namespaces of WordprocessingML, DrawingML, VML and OpenDocument, and a Clark-name helper."""

from __future__ import annotations

__all__ = ["A", "C", "DGM", "NS", "O", "OFFICE", "PIC", "R", "REL", "TEXT", "V", "W", "WP", "q"]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
R_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
V = "urn:schemas-microsoft-com:vml"
O = "urn:schemas-microsoft-com:office:office"
M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
ASVG = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
XLINK = "http://www.w3.org/1999/xlink"
MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
XML = "http://www.w3.org/XML/1998/namespace"

NS = {"w": W, "w14": W14, "r": R, "rel": REL, "ct": CT, "a": A, "c": C, "dgm": DGM, "pic": PIC, "wp": WP,
      "v": V, "o": O, "m": M, "asvg": ASVG, "office": OFFICE, "text": TEXT, "draw": DRAW, "xlink": XLINK,
      "manifest": MANIFEST, "meta": META, "table": TABLE}


def q(prefixed: str) -> str:
    """``"w:t"`` -> ``"{http://...}t"``."""
    prefix, _, local = prefixed.partition(":")
    return f"{{{NS[prefix]}}}{local}"
