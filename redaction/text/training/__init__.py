"""Training data and recipe for the domain NER (``redaction/text/models/send_ner``); not shipped in the wheel.

``scripts/train-ner`` is the one command: it rebuilds the training and selection data deterministically
(:mod:`.corpus`) and runs ``spacy train`` on ``config.cfg`` with fixed seeds. The pieces:

- :mod:`.pool`: a broad pool of given names and surnames of many origins, grouped by origin, drawn from
  the names gazetteer (``redaction/gazetteer``, Apache-2.0 names-dataset + hand lists) and a hand list of
  spellings with diacritics;
- :mod:`.segments`: a labelled document as a list of segments, from the generator or the hold-out markup;
- :mod:`.substitute`: every person's name swapped for pool names, consistently within a document, so the
  model learns the contexts names stand in, not a list of names;
- :mod:`.styles`: re-styling and noise (lower case, ALL CAPS, no punctuation, typos, OCR confusions,
  broken line wraps, chat-export layouts);
- :mod:`.rehearsal`: the stock model's own entities (other than PERSON) kept as labels, so fine-tuning
  does not make it forget them;
- :mod:`.corpus`: the mix, written as spaCy ``DocBin`` files.
"""

from __future__ import annotations

__all__: list[str] = []
