"""The domain NER beside the stock small model, as a candidate source reading every line, same run.

    .venv/bin/python benchmarks/bench_text_ner.py [--model DIR] [--seeds 7001,7002] [--docs 34]
        [--set DIR ...] [--totals-only] [--misses N] [--repeat 2] [--no-truecase]

Both models read what the detector's model pass gives them with every line in reach
(``model_input(text, [], reach="all")``: lines with a letter, unknown lower-case words capitalised; with
``--no-truecase`` the lines as written), and their entities are judged as the detector judges them
(``redaction.text.model.entity_spans``). Sets:

- ``generator/<style>``: unseen generator seeds (``--seeds``; training uses 100-129 and 900) in every
  style: as generated (clean and the generator's own noisy style, names from its held-out pool), and
  re-styled with pool names swapped in (lower case, ALL CAPS, no punctuation, typos, OCR confusions,
  broken wraps, flattened lines, chat-export layouts);
- ``selection/<source>``: the documents kept apart for choosing a model (every fourth of the hand-written
  training documents and of each retired set, as written and re-rendered), then their totals: ``selection/send``
  (hand-written and SEND sets), ``selection/general`` (general English) and ``selection`` (all);
- each ``--set DIR``: a hand-labelled set in the hold-out markup (``benchmarks/text_dev``,
  ``benchmarks/general_dev``...). A set whose path names one of ``MEASURING`` (``text_holdout_v6`` to ``_v13``,
  ``pii_general_v3`` to ``_v10``) is a measuring set: only its whole figures are printed, never a miss
  (``--misses`` is refused with it), and ``--totals-only`` does the same for every set. The retired sets
  (``text_holdout_v2``, ``_v4``, ``_v5``, ``general_dev``, ``pii_general_v2``) train the model: score only their
  selection slices (below), never the whole set.

Per set and model: PERSON recall (a gold PERSON span is found when every letter and digit of it lies
inside some candidate the source yields, of any type: redaction removes it either way), precision of
the PERSON candidates (right when overlapping any gold identifier; those wholly inside neutral text are
not counted) and of all candidates. Then speed (KB/s of ``nlp.pipe`` over the same inputs, CPU time of
this process, best of ``--repeat``), load time (``spacy.load`` in a fresh process, median of three,
alternating), size on disk, and agreement with the stock model on general English (standard-library
docstrings kept out of training): the share of the stock model's entities the domain model reproduces
exactly, per label. Every figure of the domain model is also given as a ratio to the stock model's.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from redaction.text.training.segments import Labelled, read_markup_folder  # noqa: E402

MEASURING = ("text_holdout_v6", "text_holdout_v7", "text_holdout_v8", "text_holdout_v9", "text_holdout_v10",
             "text_holdout_v11", "text_holdout_v12", "text_holdout_v13", "pii_general_v3", "pii_general_v4", "pii_general_v5",
             "pii_general_v6", "pii_general_v7", "pii_general_v8", "pii_general_v9",
             "pii_general_v10")
RESTYLES = ("lower", "caps", "no_punctuation", "typos", "ocr", "wrapped", "flattened", "chat")
Candidate = tuple[int, int, str]


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    person_made: int = 0
    person_right: int = 0
    made: int = 0
    right: int = 0
    missed: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("gold", "found", "person_made", "person_right", "made", "right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def covered(start: int, end: int, spans: Sequence[Candidate], text: str) -> bool:
    return all(any(s <= i < e for s, e, _ in spans) for i in range(start, end) if text[i].isalnum())


def score(doc: Labelled, candidates: Sequence[Candidate]) -> Tally:
    text, tally = doc.text, Tally()
    spans = doc.spans()
    gold = [(s, e) for s, e, k in spans if k not in ("NEG", "NEUTRAL")]
    neutral = [(s, e) for s, e, k in spans if k == "NEUTRAL"]
    for start, end, kind in spans:
        if kind == "PERSON":
            tally.gold += 1
            if covered(start, end, candidates, text):
                tally.found += 1
            else:
                tally.missed.append((doc.id, text[start:end], text[max(0, start - 40):end + 40].replace("\n", " ⏎ ")))
    for s, e, kind in candidates:
        if any(ns <= s and e <= ne for ns, ne in neutral):
            continue
        right = any(gs < e and s < ge for gs, ge in gold)
        tally.made += 1
        tally.right += right
        if kind == "PERSON":
            tally.person_made += 1
            tally.person_right += right
    return tally


class Reader:
    """One model as a candidate source over the model pass's input."""

    def __init__(self, name: str, path: str, *, truecase: bool) -> None:
        from redaction.text.model import load_ner

        self.name, self.path, self.truecase = name, path, truecase
        self.nlp = load_ner(path)

    def inputs(self, texts: Sequence[str]) -> list[object]:
        from redaction.text.model_input import model_input

        return [model_input(t, [], reach="all", truecase=self.truecase) for t in texts]

    def candidates(self, texts: Sequence[str]) -> list[list[Candidate]]:
        from redaction.text.model import entity_spans

        inputs = self.inputs(texts)
        docs = self.nlp.pipe([m.text for m in inputs], batch_size=32)  # type: ignore[attr-defined]
        out = []
        for text, read, doc in zip(texts, inputs, docs):
            entities = list(read.entities([(e.label_, e.start_char, e.end_char) for e in doc.ents]))  # type: ignore[attr-defined]
            out.append([(s.start, s.end, s.type) for s in entity_spans(text, entities)])
        return out

    def cpu_seconds(self, texts: Sequence[str], repeat: int) -> float:
        model_texts = [m.text for m in self.inputs(texts)]  # type: ignore[attr-defined]
        best = float("inf")
        for _ in range(repeat):
            started = time.process_time()
            for _ in self.nlp.pipe(model_texts, batch_size=32):
                pass
            best = min(best, time.process_time() - started)
        return best


def generator_sets(seeds: Sequence[int], docs: int) -> dict[str, list[Labelled]]:
    from benchmarks.text_corpus import generate
    from redaction.text.training.corpus import _rng
    from redaction.text.training.pool import Pool
    from redaction.text.training.segments import from_generated
    from redaction.text.training.styles import STYLES, chat
    from redaction.text.training.substitute import substitute_names

    pool = Pool()
    sets: dict[str, list[Labelled]] = {"generator/clean": [], "generator/noisy": []}
    for seed in seeds:
        sets["generator/clean"] += [from_generated(d) for d in generate(docs, seed=seed, style="clean")]
        sets["generator/noisy"] += [from_generated(d) for d in generate(docs, seed=seed, style="noisy")]
    for style in RESTYLES:
        out: list[Labelled] = []
        for doc in sets["generator/clean"]:
            rng = _rng("bench", style, doc.id, len(out))
            swapped = substitute_names(doc, pool, rng)
            out.append(chat(swapped, rng, pool) if style == "chat" else STYLES[style][1](swapped, rng))
        sets[f"generator/{style}"] = out
    return sets


GENERAL_SOURCES = ("general_dev", "pii_general_v2")


def selection_sets() -> dict[str, list[Labelled]]:
    from redaction.text.training.corpus import selection_documents
    from redaction.text.training.pool import Pool

    out: dict[str, list[Labelled]] = {}
    for source, doc in selection_documents(Pool()):
        out.setdefault(source, []).append(doc)
    return out


def selection_totals(names: Sequence[str]) -> dict[str, list[str]]:
    """The total rows over the selection slices: SEND, general English, all."""
    parts = [n for n in names if n.startswith("selection/")]
    general = [n for n in parts if n.removeprefix("selection/") in GENERAL_SOURCES]
    return {"selection/send": [n for n in parts if n not in general], "selection/general": general,
            "selection": parts}


def load_seconds(path: str) -> float:
    code = ("import time, spacy; started = time.perf_counter(); "
            f"spacy.load({path!r}, exclude={list(_unused())!r}); print(time.perf_counter() - started)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(done.stdout.strip().splitlines()[-1])


def _unused() -> tuple[str, ...]:
    from redaction.text.model import UNUSED_COMPONENTS

    return UNUSED_COMPONENTS


def size_on_disk(nlp: object) -> tuple[int, int]:
    """Bytes of what a ner-only load reads (ner, vocab, tokenizer, meta, config) and of the whole folder."""
    import spacy.util

    folder = Path(nlp.path) if getattr(nlp, "path", None) else None  # type: ignore[attr-defined]
    if folder is None:
        folder = spacy.util.get_package_path(nlp.meta["lang"] + "_" + nlp.meta["name"])  # type: ignore[attr-defined]
    def total(paths: Iterable[Path]) -> int:
        return sum(f.stat().st_size for p in paths for f in ([p] if p.is_file() else p.rglob("*")) if f.is_file())
    read = [folder / n for n in ("ner", "vocab", "tokenizer", "meta.json", "config.cfg") if (folder / n).exists()]
    return total(read), total([folder])


def general_agreement(stock: Reader, domain: Reader) -> dict[str, tuple[int, int]]:
    """Per label: the stock model's entities on held-out general English, and how many the domain
    model reproduces exactly."""
    from redaction.text.training.rehearsal import general_texts

    texts = list(general_texts(chars=60_000, part=3))
    out: dict[str, tuple[int, int]] = {}
    for ref, got in zip(stock.nlp.pipe(texts), domain.nlp.pipe(texts)):
        mine = {(e.start_char, e.end_char, e.label_) for e in got.ents}
        for e in ref.ents:
            n, same = out.get(e.label_, (0, 0))
            out[e.label_] = (n + 1, same + ((e.start_char, e.end_char, e.label_) in mine))
    return out


def _ratio(a: int, b: int) -> float:
    return a / b if b else float("nan")


def _row(name: str, docs: int, kb: float, row: Sequence[Tally]) -> str:
    cells = " | ".join(f"{_ratio(t.found, t.gold):>9.3f}{_ratio(t.person_right, t.person_made):>7.3f}"
                       f"{_ratio(t.right, t.made):>7.3f}" for t in row)
    ratio = _ratio(row[1].found, row[1].gold) / max(1e-9, _ratio(row[0].found, row[0].gold))
    return f"{name:<26}{docs:>5}{kb:>6.0f}{row[0].gold:>7} | {cells} | {ratio:.3f}"


def print_quality(sets: dict[str, list[Labelled]], readers: Sequence[Reader], totals_only: Callable[[str], bool],
                  misses: int, totals: dict[str, list[str]] | None = None) -> None:
    print(f"{'set':<26}{'docs':>5}{'KB':>6}{'PERSON':>7} | " + " | ".join(
        f"{r.name + ' R':>9}{'P(PER)':>7}{'P(all)':>7}" for r in readers) + " | domain/stock R")
    overall = {r.name: Tally() for r in readers}
    rows: dict[str, tuple[int, float, list[Tally]]] = {}
    for name, docs in sets.items():
        texts = [d.text for d in docs]
        row = []
        for reader in readers:
            tally = Tally()
            for doc, cands in zip(docs, reader.candidates(texts)):
                tally.add(one := score(doc, cands))
                tally.missed += one.missed
            overall[reader.name].add(tally)
            row.append(tally)
            if misses and not totals_only(name) and reader is readers[1]:
                for doc_id, surface, context in tally.missed[:misses]:
                    print(f"      miss {reader.name} {doc_id}: {surface!r}  …{context}…")
        kb = sum(len(t.encode()) for t in texts) / 1000
        rows[name] = (len(docs), kb, row)
        print(_row(name, len(docs), kb, row))
    for name, parts in (totals or {}).items():
        if not parts:
            continue
        total = [Tally() for _ in readers]
        for part in parts:
            for tally, one in zip(total, rows[part][2]):
                tally.add(one)
        print(_row(name, sum(rows[p][0] for p in parts), sum(rows[p][1] for p in parts), total))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", action="append", default=[], metavar="DIR",
                        help="the domain model folder (default: the shipped one); repeat to compare several "
                             "(the first is 'domain', the others 'alt1', 'alt2'...)")
    parser.add_argument("--seeds", default="7001,7002", help="unseen generator seeds (comma-separated)")
    parser.add_argument("--docs", type=int, default=34, help="documents per seed and style")
    parser.add_argument("--set", dest="sets", type=Path, action="append", default=[], metavar="DIR",
                        help="a hand-labelled set (folder holding documents/ or the documents themselves)")
    parser.add_argument("--no-selection", action="store_true", help="skip the selection slices")
    parser.add_argument("--no-generator", action="store_true", help="skip the generator sets")
    parser.add_argument("--totals-only", action="store_true", help="print whole figures only, never a miss")
    parser.add_argument("--misses", type=int, default=0, help="list up to N misses of the domain model per set")
    parser.add_argument("--repeat", type=int, default=2, help="timed runs for speed (best is kept)")
    parser.add_argument("--no-truecase", action="store_true", help="both models read the lines as written")
    parser.add_argument("--no-speed", action="store_true", help="skip speed, load time and general English")
    args = parser.parse_args()
    measuring = [s for s in args.sets if any(m in str(s.resolve()) for m in MEASURING)]
    if args.misses and measuring:
        parser.error(f"--misses is refused with a measuring set ({', '.join(map(str, measuring))}): "
                     "its misses are never read")

    from redaction.text.model import MODEL_NAME

    sets: dict[str, list[Labelled]] = {}
    if not args.no_generator:
        sets.update(generator_sets([int(s) for s in args.seeds.split(",")], args.docs))
    if not args.no_selection:
        sets.update(selection_sets())
    labels: dict[str, bool] = {}
    for folder in args.sets:
        key = folder.resolve().name if folder.name != "documents" else folder.resolve().parent.name
        sets[key] = read_markup_folder(folder)
        labels[key] = folder in measuring
    models = args.model or [str(ROOT / "redaction/text/models/send_ner")]
    stock = Reader("stock", MODEL_NAME, truecase=not args.no_truecase)
    domain = Reader("domain", models[0], truecase=not args.no_truecase)
    readers = (stock, domain, *(Reader(f"alt{i}", m, truecase=not args.no_truecase) for i, m in enumerate(models[1:], 1)))
    print(f"stock: {MODEL_NAME} (ner only); " + "; ".join(f"{r.name}: {r.path}" for r in readers[1:])
          + f"; input: every line{'' if args.no_truecase else ', truecased'}")
    print_quality(sets, readers, lambda name: args.totals_only or labels.get(name, False), args.misses,
                  selection_totals(list(sets)))
    if args.no_speed:
        return
    texts = [d.text for docs in sets.values() for d in docs]
    kb = sum(len(t.encode()) for t in texts) / 1000
    speeds = {r.name: kb / r.cpu_seconds(texts, args.repeat) for r in readers}
    loads: dict[str, list[float]] = {r.name: [] for r in readers}
    for _ in range(3):
        for r in readers:
            loads[r.name].append(load_seconds(r.path))
    sizes = {r.name: size_on_disk(r.nlp) for r in readers}
    print(f"\nspeed over all sets ({kb:.0f} KB, CPU time, best of {args.repeat}); load = spacy.load in a fresh process, median of 3")
    for r in readers:
        load = statistics.median(loads[r.name])
        read, whole = sizes[r.name]
        print(f"  {r.name:<7} {speeds[r.name]:>7.1f} KB/s   load {load:.2f} s   read {read / 1e6:.1f} MB (folder {whole / 1e6:.1f} MB)")
    for r in readers[1:]:
        print(f"  {r.name}/stock: speed {speeds[r.name] / speeds['stock']:.2f}x, load "
              f"{statistics.median(loads[r.name]) / statistics.median(loads['stock']):.2f}x, "
              f"size read {sizes[r.name][0] / sizes['stock'][0]:.2f}x")
    print("\ngeneral English (held-out standard-library docstrings): share of the stock model's entities reproduced")
    for r in readers[1:]:
        agreement = general_agreement(stock, r)
        n = sum(v[0] for v in agreement.values())
        same = sum(v[1] for v in agreement.values())
        print(f"  {r.name}: {same}/{n} ({_ratio(same, n):.3f}); "
              + ", ".join(f"{k} {v[1]}/{v[0]}" for k, v in sorted(agreement.items(), key=lambda kv: -kv[1][0])[:8]))


if __name__ == "__main__":
    main()
