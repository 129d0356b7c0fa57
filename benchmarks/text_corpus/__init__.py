"""Labelled UK SEND documents for the text-redaction benchmark (see ``generate.py``)."""

from __future__ import annotations

from benchmarks.text_corpus.generate import Document, generate

__all__ = ["Document", "generate"]
