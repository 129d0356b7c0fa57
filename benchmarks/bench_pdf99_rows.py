"""The pdf99 rows (benchmarks/pdf99_rows/rows.py): small PDFs in the layout classes where a PDF's text differs from
what a writer typed (two columns, tables, wrapped and hyphenated names, spaced letters, positioned glyphs and words,
rotated stamps, form fields, ligatures, repeated headers), each redacted by ``redact_pdf(detect=True)`` with no
known identifiers. Scored as ``bench_pdf_detection`` scores a document (its ``readable``: the value's words, or
digits, in pdftotext's or pypdf's text of the output), and also letters only (a value of eight letters or more whose
letters run on in the output's letters, so a letter-spaced name still counts as readable). Beside it, the text path
on the same rows' text. Written before the PDF path's output on them was seen; `--misses` is for whoever takes the
rows over as development material (not while tuning on them).

    PYTHONPATH=$PWD python benchmarks/bench_pdf99_rows.py [--misses]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "redaction" / "pdf"))

from pypdf.generic import ArrayObject, DictionaryObject, NameObject  # noqa: E402

from benchmarks.bench_pdf_detection import READERS, Reading, readable, words  # noqa: E402
from benchmarks.pdf99_rows.layouts import Page, literal  # noqa: E402
from benchmarks.pdf99_rows.rows import ROWS, Row  # noqa: E402
from benchmarks.text_holdout.markup import HoldoutDocument, parse_document  # noqa: E402

_LABEL = re.compile(r"\[\[[A-Z_]+[*!]*\|(.*?)\]\]", re.DOTALL)
LETTERS_AT_LEAST = 8


def document(row: Row) -> HoldoutDocument:
    return parse_document(Path(f"{row.id}.txt"), "genre: pdf99\n---\n" + "\n".join(row.parts))


def plain(part: str) -> str:
    return _LABEL.sub(r"\1", part)


def _widget(rect: tuple[float, float, float, float], value: str, subtype: str = "/Widget") -> DictionaryObject:
    """A form field (or, with ``subtype``, another annotation such as a FreeText comment) drawn by its appearance."""
    from pdf_builders import helvetica, obj, stream

    x0, y0, x1, y1 = rect
    appearance = stream(b"/Tx BMC q BT /Helv 10 Tf 2 6 Td " + literal(value) + b" Tj ET Q EMC\n",
                        Type=NameObject("/XObject"), Subtype=NameObject("/Form"),
                        BBox=obj([0.0, 0.0, float(x1 - x0), float(y1 - y0)]),
                        Resources=DictionaryObject({NameObject("/Font"): DictionaryObject(
                            {NameObject("/Helv"): helvetica()})}))
    entries = {"/Type": "/Annot", "/Subtype": subtype, "/Rect": [float(v) for v in rect], "/F": 4}
    entries.update({"/FT": "/Tx", "/T": "field", "/V": value} if subtype == "/Widget" else {"/Contents": value})
    annotation = obj(entries)
    # set after obj(), which would copy the appearance stream into a plain dictionary (no appearance: nothing drawn)
    annotation[NameObject("/AP")] = DictionaryObject({NameObject("/N"): appearance})
    return annotation


def build(row: Row) -> bytes:
    from pdf_builders import build_pdf, helvetica

    page: Page = row.draw([plain(part) for part in row.parts])
    fonts = {}
    for name in page.fonts:  # Helvetica in its built-in (standard) encoding: the ligature codes
        font = helvetica()
        del font[NameObject("/Encoding")]
        fonts[name] = font
    extra = {}
    if page.annotations:
        extra["page"] = {"/Annots": ArrayObject(_widget(*annotation) for annotation in page.annotations[0])}
    return build_pdf(b"", per_page=page.pages, fonts=fonts, **extra)


def letters(text: str) -> str:
    return "".join(words(text))


def still_readable(doc: HoldoutDocument, spans: list[tuple[int, int]], outputs: list[str]) -> list[bool]:
    """Per span: readable by ``bench_pdf_detection.readable`` in any output, or (eight letters or more) as a run of
    letters in an output's letters."""
    result = [False] * len(spans)
    for output in outputs:
        stream = letters(output)
        for index, alive in enumerate(readable(doc, spans, Reading.of(output))):
            value = letters(doc.text[spans[index][0]:spans[index][1]])
            result[index] |= alive or (len(value) >= LETTERS_AT_LEAST and value in stream)
    return result


def main(rows: Sequence[Row] = ROWS, description: str | None = None) -> None:
    parser = argparse.ArgumentParser(description=description or __doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print what is still readable (not while tuning)")
    args = parser.parse_args()
    from redaction.pdf import PdfRedactionError, redact_pdf
    from redaction.text import default_redactor

    redactor = default_redactor()
    tallies = {key: Counter() for key in ("gold", "pdf", "text", "source", "neg", "neg_pdf", "neg_text")}
    by_layout: dict[str, Counter[str]] = {}
    for row in rows:
        doc = document(row)
        pdf = build(row)
        gold = [(g.start, g.end) for g in doc.gold]
        source = still_readable(doc, gold, [read(pdf) for read in READERS.values()])
        try:
            outputs = [read(redact_pdf(pdf, detect=True).pdf_bytes) for read in READERS.values()]
        except PdfRedactionError as error:
            print(f"  refused: {row.id}: {error}")
            outputs = [""]
        text_output = redactor.redact(doc.text).redacted
        alive = still_readable(doc, gold, outputs)
        alive_text = still_readable(doc, gold, [text_output])
        negatives = list(doc.negatives)
        kept = still_readable(doc, negatives, outputs)
        kept_text = still_readable(doc, negatives, [text_output])
        counts = by_layout.setdefault(row.layout, Counter())
        counts.update(gold=len(gold), pdf=len(gold) - sum(alive), text=len(gold) - sum(alive_text),
                      source=sum(source), neg=len(negatives), neg_pdf=sum(kept), neg_text=sum(kept_text))
        if args.misses:
            for (start, end), pdf_alive, text_alive in zip(gold, alive, alive_text, strict=True):
                if pdf_alive:
                    print(f"    READABLE {row.id}: {doc.text[start:end]!r}{'' if text_alive else ' (text path removed it)'}")
            for (start, end), stays in zip(negatives, kept, strict=True):
                if not stays:
                    print(f"    OVER {row.id}: {doc.text[start:end]!r}")
    print(f"{'layout class':<20}{'gold':>6}{'PDF gone':>10}{'text gone':>11}{'NEG kept PDF':>14}{'text':>6}"
          f"{'readable unredacted':>21}")
    for layout, counts in by_layout.items():
        tallies_row = counts
        for key, value in tallies_row.items():
            tallies[key][0] += value
        print(f"{layout:<20}{counts['gold']:>6}{counts['pdf']:>6}/{counts['gold']:<3}{counts['text']:>7}/"
              f"{counts['gold']:<3}{counts['neg_pdf']:>10}/{counts['neg']:<3}{counts['neg_text']:>3}/{counts['neg']:<3}"
              f"{counts['source']:>14}/{counts['gold']}")
    total = {key: value[0] for key, value in tallies.items()}
    print(f"{'overall':<20}{total['gold']:>6}{total['pdf']:>6}/{total['gold']:<3}{total['text']:>7}/"
          f"{total['gold']:<3}{total['neg_pdf']:>10}/{total['neg']:<3}{total['neg_text']:>3}/{total['neg']:<3}"
          f"{total['source']:>14}/{total['gold']}")
    print(f"PDF path: secrets gone {total['pdf'] / total['gold']:.1%}; text path {total['text'] / total['gold']:.1%}; "
          f"look-alikes kept PDF {total['neg_pdf']}/{total['neg']}, text {total['neg_text']}/{total['neg']}")


if __name__ == "__main__":
    main()
