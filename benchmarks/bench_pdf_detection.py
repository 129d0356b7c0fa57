"""Unseen documents as PDFs, detection only: the share of their secrets gone after ``redact_pdf``.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_pdf_detection.py [--set DIR] [--summary] [--columns N]

Each hand-labelled document of a set in the ``text_holdout`` format (``--set``, default ``benchmarks/text_holdout``)
is rendered to a PDF by LibreOffice headless (the product's own converter, ``redaction.formats.office.convert``) from
its plain text, via an RTF file written here: one paragraph per line, Liberation Serif 11 pt on A4, as a word
processor would print it; with ``--columns N`` every N-th document is set in two newspaper columns instead (a second
layout: text flows down one column and on to the next, lines wrap at half the width). Each PDF is redacted by the
product's PDF path with detection on and no known identifiers (``redaction.pdf.redact_pdf(pdf, detect=True)``), and
the output's text is read independently by pdftotext (poppler) and by pypdf.

A gold span is *still readable* when its value can be read in the output: the value and the text are compared as
sequences of words (NFKC, case-folded, punctuation and whitespace ignored, so a value split over lines or at a
hyphen still counts), and a value that is mostly digits (a phone, an NHS number, a date) as its digits only. A value
that occurs more often in the document than it is labelled (a name also used as an ordinary word elsewhere, "we
hope" beside Hope) counts as readable only for the occurrences beyond those unlabelled ones. Secrets gone =
1 - still readable / gold spans, per type and overall, with either reader (the union). Also: the same count on the
unredacted PDF (what the rendering itself loses: should be nothing), NEG negatives still readable (the complement is
over-redaction), wall time per page, and the same documents through the text path (``TextRedactor.redact`` on the
document's text, the same readability count on its output) so that the PDF path's loss can be told from the
detector's. ``partly`` counts spans of which at least one word (three letters or more) or digit group (four digits
or more) is still readable (the text path keeps a birth date's year by default, so its dates of birth count there).

A set named in ``bench_text_holdout.KEPT_BACK`` is refused without ``--summary``, which prints whole figures only (no
span, no context). Without it, on a development set, every secret the PDF path left readable is listed with its
document, context, and whether the text path removed it (the PDF path's own losses), and every look-alike (NEG)
the PDF path removed but the text path kept (its own over-redaction).
"""

from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_text_holdout import KEPT_BACK, context, documents_folder
from benchmarks.text_holdout import DOCUMENTS, HoldoutDocument, load

TARGET = "secrets gone >= 99% (issue 9: unseen PDFs, detection only)"
_WORD = re.compile(r"[^\W_]+")
_HYPHEN_BREAK = re.compile(r"(\w)[-\u00ad\u2010]\s*\n\s*(\w)")


# ----------------------------------------------------------------------------------------------------------- render

def _rtf_escape(text: str) -> str:
    out = []
    for char in text:
        code = ord(char)
        if char in "\\{}":
            out.append("\\" + char)
        elif char == "\t":
            out.append("\\tab ")
        elif code < 128:
            out.append(char)
        else:
            data = char.encode("utf-16-le")  # a character beyond the BMP is two UTF-16 units
            for index in range(0, len(data), 2):
                value = int.from_bytes(data[index:index + 2], "little")
                out.append(f"\\u{value - 65536 if value > 32767 else value}?")
    return "".join(out)


def rtf_of(text: str, *, columns: int = 1) -> bytes:
    """``text`` as an RTF document: one paragraph per line (an empty line stays an empty paragraph)."""
    head = (r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Liberation Serif;}}"
            r"\paperw11906\paperh16838\margl1134\margr1134\margt1134\margb1134")
    section = rf"\sectd\cols{columns}\colsx567 " if columns > 1 else r"\sectd "
    body = "".join(r"\pard\plain\f0\fs22 " + _rtf_escape(line) + r"\par" + "\n" for line in text.split("\n"))
    return (head + section + "\n" + body + "}").encode("ascii")


def render_pdf(text: str, *, columns: int = 1) -> bytes:
    """The document printed to PDF by LibreOffice (the product's converter) from an RTF of its plain text."""
    from redaction.formats.office.convert import convert_to_pdf

    return convert_to_pdf(rtf_of(text, columns=columns), "rtf")


# ------------------------------------------------------------------------------------------------------------- read

def pdftotext(pdf: bytes) -> str:
    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as folder:
        path = Path(folder) / "in.pdf"
        path.write_bytes(pdf)
        done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, timeout=120,
                              check=False)
    return done.stdout.decode("utf-8", "replace")


def pypdf_text(pdf: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


READERS: dict[str, Callable[[bytes], str]] = {"pdftotext": pdftotext, "pypdf": pypdf_text}


# ----------------------------------------------------------------------------------------------------------- count

def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def digits_of(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", text) if c.isdigit())


def numeric(value: str) -> bool:
    """Mostly digits (four or more, at least half the letters and digits): compared as digits only."""
    alnum = [c for c in value if c.isalnum()]
    digits = sum(c.isdigit() for c in alnum)
    return digits >= 4 and digits * 2 >= len(alnum)


def _count_words(haystack: Sequence[str], needle: Sequence[str]) -> int:
    n, count = len(needle), 0
    if not n:
        return 0
    first = needle[0]
    for index, word in enumerate(haystack):
        if word == first and list(haystack[index:index + n]) == list(needle):
            count += 1
    return count


@dataclass
class Reading:
    """A text read for values: its words and its digit stream."""

    words: list[str]
    digits: str
    vocabulary: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.vocabulary = set(self.words) | set(self.joined)

    joined: list[str] = field(default_factory=list)  # the words with a hyphenated line break joined

    @classmethod
    def of(cls, text: str) -> Reading:
        return cls(words(text), digits_of(text), joined=words(_HYPHEN_BREAK.sub(r"\1\2", text)))

    def count(self, value: str) -> int:
        if numeric(value):
            needle = digits_of(value)
            return self.digits.count(needle) if needle else 0
        return max(_count_words(self.words, words(value)), _count_words(self.joined, words(value)))

    def partly(self, value: str) -> bool:
        if numeric(value):
            groups = re.findall(r"\d+", unicodedata.normalize("NFKC", value))
            return any(len(g) >= 4 and g in self.digits for g in groups)
        return any(len(w) >= 3 and w in self.vocabulary for w in words(value))


def readable(doc: HoldoutDocument, spans: Sequence[tuple[int, int]], output: Reading) -> list[bool]:
    """Per span of ``doc`` (gold or NEG): is its value still readable in ``output``? A value occurring in the
    document more often than among ``spans`` counts as readable only beyond those other occurrences."""
    source = Reading.of(doc.text)
    by_value: dict[str, list[int]] = {}
    for index, (start, end) in enumerate(spans):
        value = doc.text[start:end]
        key = digits_of(value) if numeric(value) else " ".join(words(value))
        by_value.setdefault(("#" if numeric(value) else "w") + key, []).append(index)
    result = [False] * len(spans)
    for indices in by_value.values():
        value = doc.text[spans[indices[0]][0]:spans[indices[0]][1]]
        others = max(0, source.count(value) - len(indices))
        left = min(len(indices), max(0, output.count(value) - others))
        for index in indices[:left]:
            result[index] = True
    return result


@dataclass
class Tally:
    """Gold spans, those still readable (whole value / partly), and NEG negatives still readable."""

    total: Counter[str] = field(default_factory=Counter)
    whole: Counter[str] = field(default_factory=Counter)
    partly: Counter[str] = field(default_factory=Counter)
    negatives: int = 0
    negatives_readable: int = 0
    survivors: list[tuple[HoldoutDocument, int, int, str]] = field(default_factory=list)

    def add(self, doc: HoldoutDocument, *texts: str) -> list[bool]:
        """Count ``doc`` against its output, read by one reader or several (readable by any of them)."""
        readings = [Reading.of(text) for text in texts] or [Reading.of("")]
        gold = [(g.start, g.end) for g in doc.gold]
        still = [any(column) for column in zip(*(readable(doc, gold, r) for r in readings), strict=True)]
        for g, alive in zip(doc.gold, still, strict=True):
            self.total[g.type] += 1
            value = doc.text[g.start:g.end]
            if alive:
                self.whole[g.type] += 1
                self.survivors.append((doc, g.start, g.end, g.type))
            if alive or any(r.partly(value) for r in readings):
                self.partly[g.type] += 1
        negs = [any(column) for column in zip(*(readable(doc, list(doc.negatives), r) for r in readings))]
        self.negatives += len(doc.negatives)
        self.negatives_readable += sum(negs)
        return still

    def gone(self, kind: str | None = None) -> float:
        total = sum(self.total.values()) if kind is None else self.total[kind]
        whole = sum(self.whole.values()) if kind is None else self.whole[kind]
        return 1 - whole / total if total else float("nan")


# -------------------------------------------------------------------------------------------------------------- run

@dataclass
class DocumentRun:
    doc: HoldoutDocument
    layout: str
    pages: int = 0
    seconds: float = 0.0
    refused: str | None = None
    outputs: dict[str, str] = field(default_factory=dict)  # reader -> text of the redacted PDF
    sources: dict[str, str] = field(default_factory=dict)  # reader -> text of the unredacted PDF


def run_pdf(doc: HoldoutDocument, layout: str, redact: Callable[[bytes], bytes]) -> DocumentRun:
    from pypdf import PdfReader

    from redaction.pdf import PdfRedactionError

    result = DocumentRun(doc, layout)
    pdf = render_pdf(doc.text, columns=2 if layout == "columns" else 1)
    result.pages = len(PdfReader(io.BytesIO(pdf)).pages)
    result.sources = {name: read(pdf) for name, read in READERS.items()}
    started = time.perf_counter()
    try:
        output = redact(pdf)
    except PdfRedactionError as error:
        result.seconds = time.perf_counter() - started
        result.refused = f"{type(error).__name__}: {error}"
        return result
    result.seconds = time.perf_counter() - started
    result.outputs = {name: read(output) for name, read in READERS.items()}
    return result


def product_redact(pdf: bytes) -> bytes:
    from redaction.pdf import redact_pdf

    return redact_pdf(pdf, detect=True).pdf_bytes


def _pct(value: float) -> str:
    return "   -  " if value != value else f"{value:6.1%}"


def print_report(folder: Path, runs: Sequence[DocumentRun], text_outputs: Sequence[str], text_seconds: float) -> dict:
    tallies = {name: Tally() for name in ("source", *READERS, "pdf", "text")}
    pdf_alive: list[list[bool]] = []
    for run, text_output in zip(runs, text_outputs, strict=True):
        doc = run.doc
        tallies["source"].add(doc, *run.sources.values())
        tallies["text"].add(doc, text_output)
        if run.refused:  # nothing released: every secret is gone (counted, and said below)
            for name in (*READERS, "pdf"):
                tallies[name].add(doc, "")
            pdf_alive.append([False] * len(doc.gold))
            continue
        for name in READERS:
            tallies[name].add(doc, run.outputs[name])
        pdf_alive.append(tallies["pdf"].add(doc, *run.outputs.values()))
    pages = sum(r.pages for r in runs)
    seconds = sum(r.seconds for r in runs)
    layouts = Counter(r.layout for r in runs)
    pdf, text = tallies["pdf"], tallies["text"]
    print(f"set: {folder}")
    print(f"{len(runs)} documents ({', '.join(f'{n} {k}' for k, n in sorted(layouts.items()))}), {pages} pages, "
          f"{sum(pdf.total.values())} gold spans, {pdf.negatives} NEG negatives; rendered by LibreOffice, redacted "
          "by redact_pdf(detect=True), no known identifiers")
    print(f"{'type':<16}{'gold':>6} | {'PDF gone':>9}{'partly':>8}{'pdftotext':>10}{'pypdf':>8} | {'text gone':>10}"
          f"{'partly':>8} | {'unredacted PDF readable':>24}")
    for kind in sorted(pdf.total):
        source = tallies["source"]
        print(f"{kind:<16}{pdf.total[kind]:>6} | {_pct(pdf.gone(kind)):>9}{pdf.partly[kind]:>8}"
              f"{_pct(tallies['pdftotext'].gone(kind)):>10}{_pct(tallies['pypdf'].gone(kind)):>8} | "
              f"{_pct(text.gone(kind)):>10}{text.partly[kind]:>8} | {source.whole[kind]:>17}/{source.total[kind]}")
    total = sum(pdf.total.values())
    print(f"{'overall':<16}{total:>6} | {_pct(pdf.gone()):>9}{sum(pdf.partly.values()):>8}"
          f"{_pct(tallies['pdftotext'].gone()):>10}{_pct(tallies['pypdf'].gone()):>8} | {_pct(text.gone()):>10}"
          f"{sum(text.partly.values()):>8} | {sum(tallies['source'].whole.values()):>17}/{total}")
    text_survivors = {(doc.id, start) for doc, start, _, _ in text.survivors}
    lost = sum(1 for doc, start, _, _ in pdf.survivors if (doc.id, start) not in text_survivors)
    print(f"PDF path: secrets gone {pdf.gone():.2%} ({sum(pdf.whole.values())} of {total} still readable, "
          f"{sum(pdf.partly.values())} at least partly); text path on the same documents: {text.gone():.2%} "
          f"({sum(text.whole.values())} still readable); readable after the PDF path but removed by the text "
          f"path: {lost}")
    print(f"NEG negatives still readable: PDF path {pdf.negatives_readable}/{pdf.negatives} "
          f"({pdf.negatives_readable / max(1, pdf.negatives):.1%}), text path {text.negatives_readable}/"
          f"{text.negatives} ({text.negatives_readable / max(1, text.negatives):.1%})")
    refused = [r for r in runs if r.refused]
    print(f"time: PDF path {seconds:.1f} s wall for {pages} pages ({seconds / max(1, pages):.2f} s per page, "
          f"detection and verification included); text path {text_seconds:.1f} s; refused: {len(refused)}")
    print(f"target: {TARGET}")
    return {"tallies": tallies, "pdf_alive": pdf_alive, "refused": refused}


def main(argv: Sequence[str] | None = None, *, redact: Callable[[bytes], bytes] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", dest="folder", type=Path, default=DOCUMENTS.parent, metavar="DIR",
                        help="a set in the text_holdout format: a folder holding documents/ (default: %(default)s)")
    parser.add_argument("--summary", action="store_true",
                        help="whole figures only: no span, no context (required for a kept-back set)")
    parser.add_argument("--columns", type=int, default=4, metavar="N",
                        help="set every N-th document in two columns (0: none; default %(default)s)")
    parser.add_argument("--limit", type=int, default=0, metavar="N", help="only the first N documents")
    args = parser.parse_args(argv)
    folder = documents_folder(args.folder)
    if not args.summary and any(name in str(folder.resolve()) for name in KEPT_BACK):
        raise SystemExit(f"--set {args.folder}: a kept-back measuring set; score it with --summary (figures only)")
    docs = load(folder)
    if args.limit:
        docs = docs[:args.limit]

    from redaction.text import default_redactor

    redactor = default_redactor()
    started = time.perf_counter()
    text_outputs = [redactor.redact(doc.text).redacted for doc in docs]
    text_seconds = time.perf_counter() - started
    redact = redact or product_redact
    runs = [run_pdf(doc, "columns" if args.columns and index % args.columns == args.columns - 1 else "plain", redact)
            for index, doc in enumerate(docs)]
    result = print_report(folder, runs, text_outputs, text_seconds)
    if args.summary:
        return result
    text_survivors = {(doc.id, start) for doc, start, _, _ in result["tallies"]["text"].survivors}
    pdf_survivors = result["tallies"]["pdf"].survivors
    print(f"\nsecrets still readable after the PDF path: {len(pdf_survivors)} "
          "('PDF only' = the text path removed it)")
    for doc, start, end, kind in pdf_survivors:
        run = next(r for r in runs if r.doc is doc)
        flag = "" if (doc.id, start) in text_survivors else "PDF only"
        print(f"  {flag:<8} {doc.id} [{run.layout}]  {kind:<14} {doc.text[start:end]!r}\n      "
              f"{context(doc, start, end)}")
    for run in result["refused"]:
        print(f"  refused: {run.doc.id} [{run.layout}]: {run.refused}")
    over = [(run, start, end) for run, text_output in zip(runs, text_outputs, strict=True) if not run.refused
            for start, end in _removed_by_pdf_only(run, text_output)]
    print(f"\nNEG negatives removed by the PDF path but kept by the text path: {len(over)}")
    for run, start, end in over:
        print(f"  {run.doc.id} [{run.layout}]  {run.doc.text[start:end]!r}\n      {context(run.doc, start, end)}")
    return result


def _removed_by_pdf_only(run: DocumentRun, text_output: str) -> list[tuple[int, int]]:
    """The look-alikes (NEG) the text path leaves readable and no reader of the PDF output can read."""
    negatives = list(run.doc.negatives)
    if not negatives:
        return []
    kept_text = readable(run.doc, negatives, Reading.of(text_output))
    kept_pdf = [any(column) for column in zip(*(readable(run.doc, negatives, Reading.of(text))
                                                for text in run.outputs.values()), strict=True)]
    return [span for span, text, pdf in zip(negatives, kept_text, kept_pdf, strict=True) if text and not pdf]


if __name__ == "__main__":
    main()
