"""Reading what content streams draw with: decoded stream data, resources, font models.

Every stream the redactor reads goes through :func:`decode_stream`, which turns pypdf's decoding
failures into ours and enforces the decoded-size limit; :class:`FontCache` builds one font model per
font dictionary for the whole document.
"""

from __future__ import annotations

from typing import Any

from pypdf.errors import LimitReachedError, PdfReadError, PdfStreamError
from pypdf.generic import ArrayObject, DictionaryObject, StreamObject

from redaction.pdf.errors import (
    LimitExceededError,
    UnsupportedContentError,
    UnsupportedFontError,
)
from redaction.pdf.fonts import FontModel, load_font
from redaction.pdf.limits import Limits

__all__ = ["FontCache", "decode_stream", "lookup_resource", "object_key", "page_content_bytes"]


def object_key(obj: Any) -> Any:
    reference = getattr(obj, "indirect_reference", None)
    if reference is not None:
        return (id(reference.pdf), reference.idnum, reference.generation)
    return id(obj)


def decode_stream(stream: StreamObject, limits: Limits, what: str) -> bytes:
    """Decoded data of a stream, with pypdf's errors turned into ours."""
    try:
        data = stream.get_data()
    except LimitReachedError as error:
        raise LimitExceededError(f"{what}: {error}") from error
    except (PdfReadError, PdfStreamError, NotImplementedError, ValueError, OSError) as error:
        raise UnsupportedContentError(f"{what} cannot be decoded ({error})") from error
    if isinstance(data, str):
        data = data.encode("latin-1", "replace")
    if len(data) > limits.max_stream_bytes:
        raise LimitExceededError(f"{what} decodes to more than {limits.max_stream_bytes} bytes")
    return data


def page_content_bytes(page: Any, limits: Limits) -> bytes:
    """The page's content streams joined (a ``/Contents`` array is one stream split at tokens)."""
    contents = page.get("/Contents")
    contents = contents.get_object() if contents is not None else None
    streams = list(contents) if isinstance(contents, ArrayObject) else [contents]
    parts = []
    for item in streams:
        stream = item.get_object() if item is not None else None
        if isinstance(stream, StreamObject):
            parts.append(decode_stream(stream, limits, "a page content stream"))
    data = b"\n".join(parts)
    if len(data) > limits.max_stream_bytes:
        raise LimitExceededError(f"page content decodes to more than {limits.max_stream_bytes} bytes")
    return data


def lookup_resource(resources: Any, category: str, name: Any) -> Any:
    resources = resources.get_object() if resources is not None else None
    if not isinstance(resources, DictionaryObject):
        return None
    table = resources.get(category)
    table = table.get_object() if table is not None else None
    if not isinstance(table, DictionaryObject) or not isinstance(name, str):
        return None
    value = table.get(name)
    return value.get_object() if value is not None else None


class FontCache:
    """One :class:`FontModel` per font dictionary for the whole document."""

    def __init__(self) -> None:
        self._models: dict[Any, FontModel] = {}

    def model(self, font: Any) -> FontModel:
        key = object_key(font)
        model = self._models.get(key)
        if model is None:
            try:
                model = load_font(font)
            except UnsupportedFontError:
                raise
            except (LimitReachedError, PdfReadError, ValueError, TypeError, KeyError, IndexError) as error:
                raise UnsupportedFontError(f"a font cannot be read ({type(error).__name__}: {error})") from error
            self._models[key] = model
        return model
