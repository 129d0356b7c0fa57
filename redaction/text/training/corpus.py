"""The training and selection data for the domain NER, built deterministically as spaCy ``DocBin`` files.

    python -m redaction.text.training.corpus OUT_DIR      # writes train.spacy, dev.spacy, manifest.json

Sources, each rendered several times with names swapped (:mod:`.substitute`) and a drawn style
(:mod:`.styles`), every draw seeded by the source, document and rendering:

- the project's generator (``benchmarks/text_corpus``), seeds ``GENERATOR_SEEDS`` (never the benchmark's);
- the hand-written training documents in ``documents/`` (this package), but every fourth one, which is
  kept for selection (``selection_documents``);
- the first hold-out set (``benchmarks/text_holdout``: its misses were read long ago, so it measures
  nothing any more), every document;
- the retired hand-labelled sets (``RETIRED_SETS``: the SEND hold-out sets ``text_holdout_v2``, ``_v4`` and
  ``_v5``, and the general-English ``general_dev`` and ``pii_general_v2``; scored many times, they measure
  nothing any more), but every fourth document of each, kept for selection like the hand-written ones, so
  the model is chosen on hand-written text it did not train on. The general-English sets label PERSON
  (taught as PERSON) and LOCATION (taught as GPE); their other identifiers are missing, and what they do
  not label (organisations: companies and brands are negatives there, schools hardly occur) keeps the
  stock model's entities (:func:`.rehearsal.to_doc`), as every source does;
- general English (standard-library docstrings), labelled by the stock model (:mod:`.rehearsal`).

The measuring sets (``text_holdout_v6`` to ``_v8``, ``pii_general_v3`` to ``_v5``, ``*_heldback``) are never
read here.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from redaction.text.training.pool import Pool
from redaction.text.training.segments import Labelled, Segment, from_generated, read_markup_folder
from redaction.text.training.styles import restyle
from redaction.text.training.substitute import substitute_names

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["GENERATOR_SEEDS", "HAND_WRITTEN", "RETIRED_SETS", "Built", "build", "selection_documents", "selection_sources",
           "training_documents", "truecased"]

HERE = Path(__file__).resolve().parent
HAND_WRITTEN = HERE / "documents"
ROOT = HERE.parents[2]
FIRST_HOLDOUT = ROOT / "benchmarks" / "text_holdout" / "documents"
RETIRED_SETS = ("text_holdout_v2", "text_holdout_v4", "text_holdout_v5", "general_dev", "pii_general_v2")
GENERATOR_SEEDS = tuple(range(100, 130))  # bench_text_ner.py uses 7001 and up
GENERATOR_DOCS_PER_SEED = 30
DEV_SEED, DEV_DOCS = 900, 34
HAND_RENDERINGS, HOLDOUT_RENDERINGS, SELECTION_RENDERINGS = 24, 8, 4
GENERAL_CHARS = 250_000


def _rng(*key: object) -> random.Random:
    return random.Random(":".join(map(str, key)))  # str seeds hash with SHA-512: the same on every run


def truecased(doc: Labelled) -> Labelled:
    """``doc`` as the detector's model input truecases it (unknown lower-case words capitalised)."""
    from redaction.text.model_input import model_input

    text = doc.text
    read = model_input(text, [], reach="all")
    chars = list(text)
    for model_start, text_start, length in read.pieces:
        chars[text_start:text_start + length] = read.text[model_start:model_start + length]
    out, at = [], 0
    for segment in doc.segments:
        out.append(Segment("".join(chars[at:at + len(segment.text)]), segment.kind))
        at += len(segment.text)
    return Labelled(doc.id, tuple(out))


def _render(doc: Labelled, pool: Pool, rng: random.Random, *, swap: bool) -> tuple[Labelled, tuple[str, ...]]:
    if swap:
        doc = substitute_names(doc, pool, rng)
    doc, styles = restyle(doc, rng, pool)
    if ("lower" in styles or "no_punctuation" in styles) and rng.random() < 0.5:
        doc, styles = truecased(doc), (*styles, "truecased")
    return doc, styles


def _split(docs: list[Labelled]) -> tuple[list[Labelled], list[Labelled]]:
    """Training and selection documents: every fourth (in name order) is kept for selection."""
    selection = docs[3::4]
    return [d for d in docs if d not in selection], selection


def _hand_written() -> tuple[list[Labelled], list[Labelled]]:
    return _split(read_markup_folder(HAND_WRITTEN))


def _retired(name: str) -> tuple[list[Labelled], list[Labelled]]:
    return _split(read_markup_folder(ROOT / "benchmarks" / name))


def selection_sources() -> dict[str, list[Labelled]]:
    """Per source (``hand_written`` and each retired set), the documents kept for selection, as written."""
    return {"hand_written": _hand_written()[1], **{name: _retired(name)[1] for name in RETIRED_SETS}}


def selection_documents(pool: Pool, renderings: int = SELECTION_RENDERINGS) -> Iterator[tuple[str, Labelled]]:
    """``("selection/<source>", document)`` for the documents kept for selection: each as written, then
    re-rendered. The hand-written ones keep their draws' old keys (their renderings do not change)."""
    for source, docs in selection_sources().items():
        key = "selection" if source == "hand_written" else f"selection/{source}"
        for doc in docs:
            yield f"selection/{source}", doc
            for k in range(1, renderings):
                yield f"selection/{source}", _render(doc, pool, _rng(key, doc.id, k), swap=True)[0]


def training_documents(pool: Pool) -> Iterator[tuple[str, Labelled]]:
    """``(source, document)`` for every training document, in a fixed order."""
    from benchmarks.text_corpus import generate

    for seed in GENERATOR_SEEDS:
        for generated in generate(GENERATOR_DOCS_PER_SEED, seed=seed, style="mixed"):
            rng = _rng("generator", seed, generated.id)
            yield "generator", _render(from_generated(generated), pool, rng, swap=rng.random() < 0.7)[0]
    hand, _ = _hand_written()
    for doc in hand:
        yield "hand_written", doc
        for k in range(1, HAND_RENDERINGS):
            yield "hand_written", _render(doc, pool, _rng("hand", doc.id, k), swap=True)[0]
    for doc in read_markup_folder(FIRST_HOLDOUT):
        yield "text_holdout", doc
        for k in range(1, HOLDOUT_RENDERINGS):
            yield "text_holdout", _render(doc, pool, _rng("holdout", doc.id, k), swap=True)[0]
    for name in RETIRED_SETS:
        for doc in _retired(name)[0]:
            yield name, doc
            for k in range(1, HOLDOUT_RENDERINGS):
                yield name, _render(doc, pool, _rng(name, doc.id, k), swap=True)[0]


def _dev_documents(pool: Pool) -> Iterator[tuple[str, Labelled]]:
    from benchmarks.text_corpus import generate

    yield from selection_documents(pool)
    for generated in generate(DEV_DOCS, seed=DEV_SEED, style="mixed"):
        rng = _rng("dev", generated.id)
        yield "generator", _render(from_generated(generated), pool, rng, swap=True)[0]


class Built(dict[str, Counter[str]]):
    """Per file and source: documents, characters, PERSON spans."""


def _write(nlp: Language, items: list[tuple[str, Labelled]], general: list[str], path: Path) -> dict[str, Counter[str]]:
    from spacy.tokens import DocBin

    from redaction.text.training.rehearsal import to_doc

    counts: dict[str, Counter[str]] = {}
    out = DocBin(store_user_data=False)
    texts = [doc.text for _, doc in items]
    for (source, labelled), stock in zip(items, nlp.pipe(texts, batch_size=32)):
        out.add(to_doc(labelled, stock))
        tally = counts.setdefault(source, Counter())
        tally.update(documents=1, chars=len(stock.text), person=sum(k == "PERSON" for *_, k in labelled.spans()))
    for stock in nlp.pipe(general, batch_size=64):
        out.add(stock)
        counts.setdefault("general_english", Counter()).update(documents=1, chars=len(stock.text))
    out.to_disk(path)
    return counts


def build(out: Path) -> Built:
    from redaction.text.model import load_ner
    from redaction.text.training.rehearsal import general_texts

    nlp = load_ner()
    pool = Pool()
    out.mkdir(parents=True, exist_ok=True)
    built = Built()
    train = list(training_documents(pool))
    # Modules 0 and 1 of every five for training, 2 for spaCy's dev set, 3 for the benchmark.
    general = [*general_texts(chars=GENERAL_CHARS // 2, part=0), *general_texts(chars=GENERAL_CHARS // 2, part=1)]
    for source, tally in _write(nlp, train, general, out / "train.spacy").items():
        built[f"train/{source}"] = tally
    dev = list(_dev_documents(pool))
    for source, tally in _write(nlp, dev, list(general_texts(chars=30_000, part=2)), out / "dev.spacy").items():
        built[f"dev/{source}"] = tally
    (out / "manifest.json").write_text(json.dumps(built, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return built


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for train.spacy, dev.spacy and manifest.json")
    args = parser.parse_args()
    for name, tally in build(args.out).items():
        print(f"{name:<28} {tally['documents']:>6} documents {tally['chars'] / 1e6:>7.2f} M chars "
              f"{tally['person']:>7} PERSON spans")


if __name__ == "__main__":
    main()
