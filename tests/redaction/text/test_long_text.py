"""A long text (a tribunal bundle's text, a PDF's text layer, a long e-mail thread) is read in parts by the
model, with context either side of each cut, and every pass stays near-linear: the detections are the
documents' own, a name across a cut is read whole, and hostile input finishes in bounded memory.
Timings belong in ``benchmarks/bench_long_text.py``; these tests assert behaviour."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from benchmarks.text_corpus import generate
from redaction.text.detector import Detector
from redaction.text.pipeline import model_source
from redaction.text.pipeline.model_source import model_entities, model_parts

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _found(detector: Detector, text: str) -> list[tuple[int, int, str, str]]:
    return [(d.span.start, d.span.end, d.span.type, d.span.source) for d in detector.detect_detailed(text)]


# --- the parts the model reads ---------------------------------------------------------------------------

def test_a_text_that_fits_is_one_part_read_whole() -> None:
    assert [(p.start, p.end, p.read_start, p.read_end) for p in model_parts("a\nb\nc", size=10)] == [(0, 5, 0, 5)]


def test_parts_tile_the_text_cut_at_line_breaks_with_whole_lines_of_context() -> None:
    text = "".join(f"line {i:03d} of the bundle\n" for i in range(200))  # 22 characters a line
    parts = model_parts(text, size=1000, overlap=100)
    assert parts[0].start == 0 and parts[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(parts, parts[1:]))
    assert all(p.end - p.start <= 1000 for p in parts)
    for p in parts:
        assert p.start == 0 or text[p.start - 1] == "\n"  # cut just after a line break
        assert p.read_start <= p.start and p.read_end >= p.end
        assert p.read_start == 0 or text[p.read_start - 1] == "\n"  # context is whole lines
        assert p.read_end == len(text) or text[p.read_end - 1] == "\n"
        assert p.start - p.read_start <= 100 and p.read_end - p.end <= 100


def test_a_line_longer_than_a_part_is_cut_at_a_space_and_a_run_with_none_anywhere() -> None:
    prose = "word " * 1000
    parts = model_parts(prose, size=333, overlap=20)
    assert all(prose[p.start - 1] == " " for p in parts[1:])
    solid = "x" * 1000
    assert [p.end - p.start for p in model_parts(solid, size=300, overlap=20)] == [300, 300, 300, 100]


# --- names across a cut; the long text against its documents --------------------------------------------

def test_a_name_across_a_cut_is_read_whole(detector: Detector, monkeypatch: pytest.MonkeyPatch) -> None:
    opening = "The annual review met at the school and the plan was discussed with everyone present. " * 4
    text = opening + "Afterwards Mehrudin Okonkwo shouted at the teaching assistant in the corridor."
    name_start = text.index("Mehrudin")
    surname_start = text.index("Okonkwo")
    monkeypatch.setattr(model_source, "CHUNK", surname_start + 3)  # the cut falls between the two names
    monkeypatch.setattr(model_source, "OVERLAP", 200)
    parts = model_parts(text)
    assert len(parts) == 2 and parts[1].start == surname_start
    entities = model_entities(detector._nlp, [text], [[]], reach="all")[0]  # type: ignore[arg-type]
    name_end = surname_start + len("Okonkwo")
    assert any(label == "PERSON" and s <= name_start and e >= name_end for label, s, e in entities), entities
    monkeypatch.setattr(model_source, "CHUNK", 10 * len(text))
    assert model_entities(detector._nlp, [text], [[]], reach="all")[0] == entities  # as read in one part
    monkeypatch.setattr(model_source, "CHUNK", surname_start + 3)
    spans = _found(detector, text)
    assert any(s <= name_start and e >= name_end and t == "PERSON" for s, e, t, _ in spans), spans


def test_reading_in_parts_finds_what_reading_whole_finds(detector: Detector, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "\n\n".join(d.text for d in generate(12, seed=3, style="mixed"))
    whole = _found(detector, text)
    monkeypatch.setattr(model_source, "CHUNK", 1500)
    monkeypatch.setattr(model_source, "OVERLAP", 400)
    assert len(model_parts(text)) > 5
    assert _found(detector, text) == whole


# The passes that read a whole text by design: a name found once is a name at its every mention (propagation,
# widening by the names found, a "place" that is a name found for a person). Joined, one document's names reach
# the others; apart, they do not (bench_long_text.py --compare counts those differences).
WHOLE_TEXT_PASSES = frozenset({"widening", "propagation", "final-typing"})


def _joined_and_apart(detector: Detector, docs: list[str]) -> tuple[list[tuple[int, int, str, str]], list[tuple[int, int, str, str]]]:
    long_text = "\n\n".join(docs)
    apart, offset = [], 0
    for text, detections in zip(docs, detector.detect_many_detailed(docs)):
        apart += [(d.span.start + offset, d.span.end + offset, d.span.type, d.span.source) for d in detections]
        offset += len(text) + 2
    return _found(detector, long_text), apart


def test_a_long_texts_detections_are_its_documents(detector: Detector, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(model_source, "CHUNK", 2000)  # the long text is read in parts
    monkeypatch.setattr(model_source, "OVERLAP", 300)
    docs = [d.text for d in generate(10, seed=11, style="mixed")]
    detector.passes_off = WHOLE_TEXT_PASSES
    try:
        joined, apart = _joined_and_apart(detector, docs)
    finally:
        detector.passes_off = ()
    assert joined == apart


def test_joined_documents_lose_nothing_these_documents_redact(detector: Detector, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(model_source, "CHUNK", 2000)
    monkeypatch.setattr(model_source, "OVERLAP", 300)
    docs = [d.text for d in generate(10, seed=11, style="mixed")]
    joined, apart = _joined_and_apart(detector, docs)
    text = "\n\n".join(docs)
    redacted = {i for s, e, _, _ in joined for i in range(s, e)}
    assert [(s, e) for s, e, _, _ in apart if any(text[i].isalnum() and i not in redacted for i in range(s, e))] == []


# --- hostile input: finishes, memory bounded ---------------------------------------------------------------

def hostile(kind: str, size: int) -> str:
    """``size`` characters of hostile input: one line with no line break, one word repeated, punctuation."""
    return {
        "one-line": "Mehrudin Okonkwo met the SENCO at Northfield High School on Tuesday and agreed the plan. " * (size // 80),
        "one-word": "Okonkwo " * (size // 8 + 1),
        "punctuation": "!?.,;:-()[]'\"" * (size // 26 + 1) + "(" * (size // 4) + "." * (size // 4),
    }[kind][:size]


@pytest.mark.parametrize("kind", ["one-line", "one-word", "punctuation"])
def test_hostile_input_is_read_in_bounded_parts(kind: str, detector: Detector, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every call of the model reads at most a part and its context, and a batch at most BATCH_CHARS."""
    calls: list[list[int]] = []
    nlp = detector._nlp
    assert nlp is not None
    real_pipe = nlp.pipe

    def pipe(texts, **kwargs):  # type: ignore[no-untyped-def]
        texts = list(texts)
        calls.append([len(t) for t in texts])
        return real_pipe(texts, **kwargs)

    monkeypatch.setattr(nlp, "pipe", pipe)
    text = hostile(kind, 150_000)
    spans = detector.detect(text)
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    longest = model_source.CHUNK + 2 * model_source.OVERLAP
    assert bool(calls) == (kind != "punctuation")  # punctuation has no word for the model to read
    assert all(n <= longest for batch in calls for n in batch)
    assert all(sum(batch) <= max(model_source.BATCH_CHARS, longest) for batch in calls)


_CHILD = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from redaction.text.detector import Detector

    def rss(field):
        return next(int(l.split()[1]) for l in Path("/proc/self/status").read_text().splitlines() if l.startswith(field))

    detector = Detector()
    detector.detect("Warm-up: Sarah Jones rang on 07700 900123.")
    sys.path.insert(0, str(Path.cwd() / "tests" / "redaction" / "text"))
    from test_long_text import hostile

    for kind in sys.argv[1:]:
        text = hostile(kind, 600_000)
        loaded = rss("VmRSS")
        Path("/proc/self/clear_refs").write_text("5")  # the peak (VmHWM) starts again from here
        spans = detector.detect(text)
        print(json.dumps({"kind": kind, "chars": len(text), "spans": len(spans), "extra_kb": rss("VmHWM") - loaded}))
        del text, spans
""")


@pytest.mark.slow  # a minute or two on a busy machine
def test_hostile_input_finishes_in_bounded_memory() -> None:
    """600,000 characters of each hostile kind, one after another in one process (one model load): read whole by
    spaCy such a text took well over a gigabyte; in parts the model's share is a constant, the rest linear."""
    if not Path("/proc/self/clear_refs").exists():
        pytest.skip("needs Linux's /proc to measure peak memory")
    kinds = ["one-line", "one-word", "punctuation"]
    result = subprocess.run([sys.executable, "-c", _CHILD, *kinds], capture_output=True, text=True, cwd=ROOT,
                            env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, timeout=900, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    reports = [json.loads(line) for line in result.stdout.strip().splitlines() if line.startswith("{")]
    assert [r["kind"] for r in reports] == kinds
    for report in reports:
        assert report["chars"] >= 599_000
        assert report["extra_kb"] < 600 * 1024, report


# --- a text longer than the detector reads: a clear error before anything is read -------------------------

def test_a_text_over_the_limit_is_refused_before_any_is_read() -> None:
    from redaction.text import MAX_TEXT_CHARS, TextRedactionError, TextTooLongError

    small = Detector(load_model=False, max_chars=1000)
    with pytest.raises(TextTooLongError, match="1,001 characters; at most 1,000"):
        small.detect("x" * 1001)
    with pytest.raises(TextTooLongError, match="text 2 of 2"):
        list(small.detect_many(["Sarah Jones rang.", "y" * 1001]))
    assert issubclass(TextTooLongError, TextRedactionError) and issubclass(TextTooLongError, ValueError)
    assert small.detect("Ring 07700 900123.")  # at the limit or under, read as ever
    assert Detector(load_model=False).max_chars == MAX_TEXT_CHARS
