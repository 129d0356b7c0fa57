"""Training data and recipe for the domain NER (``redaction/text/models/send_ner``); not shipped in the wheel.

``scripts/train-ner`` is the one command: it rebuilds the training and selection data deterministically
(:mod:`.corpus`) and runs ``spacy train`` on ``scratch.cfg`` (the shipped recipe; ``slim.cfg``, a narrower
tok2vec for speed, and ``finetune.cfg``, the stock weights fine-tuned, are there for comparison) with fixed
seeds, then installs the result with :mod:`.package`. The data: the generator, the hand-written documents of
``documents/``, the first hold-out set and the retired hand-labelled sets (``text_holdout_v2``, ``_v4``,
``_v5``, ``general_dev``, ``pii_general_v2``), every fourth hand-written and retired-set document kept out for
choosing the model; the measuring sets are never read. The pieces:

- :mod:`.pool`: a broad pool of given names and surnames of many origins, grouped by origin, drawn from
  the names gazetteer (``redaction/gazetteer``, Apache-2.0 names-dataset + hand lists) and a hand list of
  spellings with diacritics;
- :mod:`.segments`: a labelled document as a list of segments, from the generator or the hold-out markup
  (PERSON taught as PERSON, LOCATION as GPE, a named SCHOOL as ORG, other identifiers missing);
- :mod:`.substitute`: every person's name swapped for pool names, consistently within a document, so the
  model learns the contexts names stand in, not a list of names;
- :mod:`.styles`: re-styling and noise (lower case, ALL CAPS, no punctuation, typos, OCR confusions,
  broken line wraps, chat-export layouts);
- :mod:`.rehearsal`: the stock model's own entities (other than PERSON) kept as labels, so fine-tuning
  does not make it forget them;
- :mod:`.corpus`: the mix, written as spaCy ``DocBin`` files;
- :mod:`.package`: the trained pipeline installed as ``redaction/text/models/send_ner``.
"""

from __future__ import annotations

__all__: list[str] = []
