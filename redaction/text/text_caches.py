"""Caches of what one text says, kept while the detector reads it and emptied when it has read its texts.

A text is asked the same question by every candidate in it and by pass after pass (its tables, the named things
in it, whether a word follows a given name there): each answer is worth keeping while the text is being read.
Kept after that, the caches would hold the texts of earlier requests in memory (a family's letters in a
long-running server's worker) and grow with the texts' size. :func:`per_text` makes such a cache;
:func:`forget_texts` empties every one of them, and the pipeline calls it when a run over its texts ends.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

__all__ = ["forget_texts", "per_text"]

F = TypeVar("F", bound=Callable[..., Any])

_CACHES: list[Any] = []


def per_text(maxsize: int) -> Callable[[F], F]:
    """An LRU cache of at most ``maxsize`` answers (keep it above the texts read together, so a text's answer
    outlives the passes between its questions), emptied by :func:`forget_texts`."""

    def wrap(function: F) -> F:
        cached = lru_cache(maxsize=maxsize)(function)
        _CACHES.append(cached)
        return cached  # type: ignore[return-value]

    return wrap


def forget_texts() -> None:
    for cache in _CACHES:
        cache.cache_clear()
