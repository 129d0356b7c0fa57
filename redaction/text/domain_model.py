"""The domain NER: the small English model's NER fine-tuned on UK SEND case text, shipped in the package.

It reads what the stock model misses most in case notes: names in plain sentences with no title or
label ("My name is Siiri", "Mehrudin shouted at Todd"), lower-case names in chat messages, names of
many origins, OCR'd and re-wrapped text. It keeps the stock model's labels (PERSON, ORG, GPE, FAC,
DATE...) so :func:`redaction.text.model.entity_spans` judges its entities unchanged; it is a drop-in
candidate source for the model pass. The weights live in ``models/send_ner`` (rebuilt by
``scripts/train-ner``; ``benchmarks/bench_text_ner.py`` measures it against the stock model).
Nothing is downloaded: a missing folder is an error.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from redaction.text.errors import ModelUnavailableError
from redaction.text.model import UNUSED_COMPONENTS
from redaction.text.model_blas import numpy_products

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["DOMAIN_MODEL_DIR", "load_domain_ner"]

DOMAIN_MODEL_DIR = Path(__file__).resolve().parent / "models" / "send_ner"


def load_domain_ner(path: Path = DOMAIN_MODEL_DIR) -> Language:
    """Load the domain NER (``ner`` only) from ``path``; never downloads."""
    if not (path / "config.cfg").is_file() or not (path / "ner").is_dir():
        raise ModelUnavailableError(
            f"the domain NER is not installed at {path}: it ships inside the package "
            "(redaction/text/models/send_ner); in a checkout without it, rebuild it with scripts/train-ner"
        )
    import spacy

    try:
        nlp = spacy.load(path, exclude=list(UNUSED_COMPONENTS))
    except (OSError, ValueError) as error:  # a truncated or foreign folder
        raise ModelUnavailableError(f"the domain NER at {path} cannot be loaded ({error}); "
                                    "rebuild it with scripts/train-ner") from error
    return numpy_products(nlp)  # numpy's OpenBLAS for its matrix products: the same entities for less CPU (model_blas)
