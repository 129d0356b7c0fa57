"""Hidden carriers: everything a PDF holds besides what the page draws, removed.

The output is built from the pages only (a fresh catalog: no Info, XMP, outlines, named
destinations, page labels, attachments, JavaScript, open actions, AcroForm, structure tree, output
intents). Pages keep only the keys that affect drawing (:data:`PAGE_KEYS`), so thumbnails,
PieceInfo, additional actions, web-capture ids and struct parents go. Then every object the
output reaches is walked once (:func:`deep_clean`): :data:`DENIED_KEYS` are deleted wherever they
appear, optional-content groups lose their names and usage dictionaries, and JPEG images lose
their EXIF/XMP/IPTC/comment segments (losslessly). Unused resources are pruned by
:func:`prune_resources`, so an original Form XObject that was replaced by a redacted copy does not
travel along unreferenced.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    EncodedStreamObject,
    IndirectObject,
    NameObject,
    StreamObject,
    TextStringObject,
)

from redaction.pdf import _pypdf_private as private
from redaction.pdf.images import strip_jpeg_metadata

__all__ = [
    "DENIED_KEYS", "PAGE_KEYS", "RESOURCE_CATEGORIES", "CleanReport", "clean_page", "deep_clean", "denied_keys",
    "prune_resources", "walk_dictionaries",
]

PAGE_KEYS = frozenset({
    "/Type", "/Parent", "/Resources", "/MediaBox", "/CropBox", "/BleedBox", "/TrimBox", "/ArtBox",
    "/Rotate", "/Contents", "/UserUnit", "/Group",
})
DENIED_KEYS = frozenset({
    "/Metadata", "/PieceInfo", "/AF", "/StructParent", "/StructParents", "/Alternates", "/OPI",
    "/Thumb", "/AA", "/LastModified", "/Ref", "/ActualText", "/Alt", "/SpiderInfo", "/Threads",
    "/Perms", "/DSS", "/Collection", "/Names", "/Dests", "/Outlines", "/OpenAction", "/AcroForm",
    "/StructTreeRoot", "/MarkInfo", "/PageLabels", "/Annots", "/JS", "/JavaScript", "/EmbeddedFiles",
    "/URI", "/Legal", "/OutputIntents", "/CharSet",
})
DENIED_PREFIXES = ("/PTEX.",)  # pdfTeX's notes on included files: file names, their Info dictionaries
RESOURCE_CATEGORIES = ("/Font", "/XObject", "/ExtGState", "/Pattern", "/Shading", "/Properties", "/ColorSpace")
_DCT = ("/DCTDecode", "/DCT")


@dataclass(slots=True)
class CleanReport:
    removed: dict[str, int] = field(default_factory=dict)
    layers_renamed: int = 0
    jpeg_metadata_stripped: int = 0

    def count(self, key: str) -> None:
        self.removed[key] = self.removed.get(key, 0) + 1


def clean_page(page: DictionaryObject, report: CleanReport) -> None:
    for key in list(page.keys()):
        if key not in PAGE_KEYS:
            del page[key]
            report.count(key)


def walk_dictionaries(root: Any, seen: set[Any] | None = None) -> Iterator[DictionaryObject]:
    """Every dictionary (and stream) reachable from ``root``, each once, depth-first.

    Children are read after the dictionary is yielded, so what a caller deletes from it is not
    walked into (it is no longer reachable).
    """
    seen = set() if seen is None else seen  # pass one set to walk several roots without repeats
    stack: list[Any] = [root]
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            key = (id(item.pdf), item.idnum)
            if key in seen:
                continue
            seen.add(key)
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            yield item
            stack.extend(item.values())
        elif isinstance(item, ArrayObject):
            stack.extend(item)


def denied_keys(dictionary: DictionaryObject) -> list[str]:
    found = DENIED_KEYS.intersection(dictionary.keys())
    return sorted(found | {key for key in dictionary if key.startswith(DENIED_PREFIXES)})


def deep_clean(root: Any, report: CleanReport, seen: set[Any] | None = None) -> None:
    """Remove carriers in place from every object reachable from ``root``.

    Run it *before* the objects are copied into the writer: pypdf's writer keeps every object it
    copied, so a dictionary dropped afterwards would still be written, unreferenced.
    """
    for item in walk_dictionaries(root, seen):
        for denied in denied_keys(item):
            del item[denied]
            report.count(denied)
        if item.get("/Type") == "/OCG":
            report.layers_renamed += 1
            item[NameObject("/Name")] = TextStringObject(f"Layer {report.layers_renamed}")
            if "/Usage" in item:
                del item["/Usage"]
        if isinstance(item, StreamObject) and item.get("/Subtype") == "/Image":
            _strip_jpeg(item, report)


def _strip_jpeg(image: StreamObject, report: CleanReport) -> None:
    filters = image.get("/Filter")
    filters = filters.get_object() if filters is not None else None
    if not isinstance(image, EncodedStreamObject):
        return
    if filters in _DCT or (isinstance(filters, ArrayObject) and len(filters) == 1 and filters[0] in _DCT):
        try:
            stripped = strip_jpeg_metadata(image.get_data())
        except Exception:  # noqa: BLE001 - an unreadable JPEG is left as it is; its pixels were not our business
            return
        if stripped is not None:
            private.replace_encoded_data(image, stripped)
            report.jpeg_metadata_stripped += 1


def prune_resources(resources: DictionaryObject, used: Iterable[str]) -> int:
    """Drop resource entries whose names no stream using ``resources`` mentions. Returns the count."""
    names = set(used)
    dropped = 0
    for category in RESOURCE_CATEGORIES:
        table = resources.get(category)
        table = table.get_object() if table is not None else None
        if not isinstance(table, DictionaryObject):
            continue
        for name in [n for n in table if n not in names]:
            del table[name]
            dropped += 1
    return dropped
