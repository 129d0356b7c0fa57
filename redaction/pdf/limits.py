"""Resource limits that stop hostile input (decompression bombs, deep nesting, endless pages).

A :class:`Limits` is a frozen setting built at the edge; a :class:`Deadline` is the running clock of
one redaction, passed down to every loop that could spin. pypdf's own decoding limits are set from
the same numbers for the duration of a call (``pypdf.apply_configuration``), so a Flate bomb stops in
pypdf's decoder instead of in our memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pypdf

from redaction.pdf.errors import LimitExceededError

__all__ = ["Deadline", "Limits", "pypdf_limits"]


@dataclass(frozen=True, slots=True)
class Limits:
    """Upper bounds for one redaction. The defaults suit case papers (hundreds of pages, scans)."""

    max_input_bytes: int = 200_000_000
    max_pages: int = 2_000
    max_stream_bytes: int = 64_000_000  # decoded size of any one stream
    max_image_pixels: int = 60_000_000  # an image we decode to blank or OCR
    max_operations_per_page: int = 2_000_000
    max_form_depth: int = 16
    max_form_invocations_per_page: int = 5_000
    max_seconds: float = 300.0
    max_ocr_images: int = 200

    def __post_init__(self) -> None:
        for name in self.__slots__:  # type: ignore[attr-defined]
            if getattr(self, name) <= 0:
                raise ValueError(f"Limits.{name} must be positive")


class Deadline:
    """Wall-clock budget of one redaction; ``check`` raises once it is spent."""

    __slots__ = ("_clock", "_ends_at", "_seconds")

    def __init__(self, seconds: float, *, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._seconds = seconds
        self._ends_at = clock() + seconds

    def check(self, doing: str) -> None:
        if self._clock() > self._ends_at:
            raise LimitExceededError(f"time limit of {self._seconds:g} s exceeded while {doing}")


@contextmanager
def pypdf_limits(limits: Limits) -> Iterator[None]:
    """pypdf's decoders stop at our stream size instead of their default 75 MB."""
    size = limits.max_stream_bytes
    with pypdf.apply_configuration(
        zlib_maximum_output_length=size,
        lzw_maximum_output_length=size,
        run_length_maximum_output_length=size,
        array_based_stream_maximum_output_length=size,
        jbig2_maximum_output_length=size,
        brotli_maximum_output_length=size,
        image_maximum_buffer_size=size,
        maximum_declared_stream_length=min(size, limits.max_input_bytes),
        stream_decoding_work_maximum_length=4 * size,
        page_tree_maximum_entries=limits.max_pages * 4 + 16,
    ):
        yield
