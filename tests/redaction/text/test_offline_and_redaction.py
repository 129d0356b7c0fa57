"""The model loads and detects with the network cut off; redaction labels are consistent; the CLI works;
the benchmark corpus never shares a name with the detector's lexicons."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from redaction.text import RedactionSettings, TextRedactor
from redaction.text import lexicons as lx

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def redactor() -> TextRedactor:
    return TextRedactor(settings=RedactionSettings(dob="year"))


def test_loading_and_detecting_never_touch_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    fresh = TextRedactor()
    spans = fresh.detect("Dear Mrs Okafor, Tadhg (DOB 14/03/2015) e-mail t.okafor@kingsmead.sch.uk")
    assert {s.type for s in spans} >= {"PERSON", "DATE_OF_BIRTH", "EMAIL"}


def test_pseudonyms_are_consistent_and_carry_roles(redactor: TextRedactor) -> None:
    text = ("Ella Hughes (DOB 14/03/2015) attends Kingsmead Primary School. Her mum, Mark Hughes, "
            "says Ella's ADHD is worse. Kingsmead Primary School agreed. ELLA likes art.")
    result = redactor.redact(text, known={"PERSON:child": ["Ella Hughes"], "PERSON:parent": ["Mark Hughes"]})
    assert result.redacted.count("Child 1") == 3 and "Parent A" in result.redacted
    assert result.redacted.count("[School 1]") == 2 and "(DOB 2015)" in result.redacted
    assert "ADHD" in result.redacted and "Ella" not in result.redacted and "ELLA" not in result.redacted
    assert all(text[r["start"] : r["end"]] for r in result.report)  # offsets into the input


def test_dates_shift_by_one_offset_per_output(redactor: TextRedactor) -> None:
    import random

    shifting = TextRedactor(settings=RedactionSettings(shift_dates=True, max_shift_days=10))
    result = shifting.redact("Meeting 01/03/2024; review 08/03/2024.", rng=random.Random(1))
    assert "01/03/2024" not in result.redacted and "08/03/2024" not in result.redacted


def test_corpus_pools_share_no_name_with_the_detector_lexicons() -> None:
    sys.path.insert(0, str(REPO))
    from benchmarks.text_corpus import pools

    names = pools.FEMALE + pools.MALE + pools.SURNAMES + pools.MIDDLE + pools.EXTRA_FIRST + pools.EXTRA_SURNAMES
    words = {w for name in names for w in name.replace("-", " ").split()}
    nicknames = {n for forms in lx.NICKNAMES.values() for n in forms} | {k.title() for k in lx.NICKNAMES}
    shared = words & (lx.FIRST_NAMES | nicknames | lx.COMMON_CAPITALISED | lx.ROLE_WORDS | lx.ORG_WORDS)
    shared |= {w for w in words if w.casefold() in lx.ENGLISH_WORD_NAMES}
    assert shared <= {"de", "Van", "der"}, shared


@pytest.mark.slow
def test_cli_jsonl_and_text(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": 7, "text": "Call Zainab Okafor on 07700 900123.",
                                  "known": {"PERSON": ["Zainab Okafor"]}}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    vault = str(REPO / ".venv" / "bin" / "vault")
    subprocess.run([vault, "redact", "jsonl", str(source), str(out)], check=True, capture_output=True)
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["id"] == 7 and "Zainab" not in record["redacted"] and "07700" not in record["redacted"]
    assert {s["type"] for s in record["spans"]} == {"PERSON", "PHONE"}
    text = subprocess.run([vault, "redact", "text"], input="Dear Mrs Okafor,", text=True, capture_output=True, check=True)
    assert "Okafor" not in text.stdout
    pooled = tmp_path / "pooled.jsonl"
    subprocess.run([vault, "redact", "jsonl", "--processes", "2", str(source), str(pooled)], check=True, capture_output=True)
    assert json.loads(pooled.read_text(encoding="utf-8")) == record
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": 3}\n', encoding="utf-8")
    failed = subprocess.run([vault, "redact", "jsonl", str(bad), str(tmp_path / "x.jsonl")], capture_output=True, text=True)
    assert failed.returncode == 1 and "bad.jsonl:1" in failed.stderr and not (tmp_path / "x.jsonl").exists()


@pytest.mark.slow
def test_worker_pool_gives_the_single_process_results_in_order(redactor: TextRedactor) -> None:
    texts = [f"Dear Mrs Quennell-{i},\nTadhg (DOB 14/03/2015) rang on 07700 900{i:03d}." for i in range(40)]
    known = [{"PERSON:child": ["Tadhg Quennell"]} if i % 3 == 0 else None for i in range(40)]
    single = list(redactor.redact_many(texts, known=known))
    with TextRedactor.pool(processes=2, settings=RedactionSettings(dob="year")) as pool:
        assert pool.processes == 2
        pooled = list(pool.map_redact(zip(texts, known), batch_size=7))
    assert [r.redacted for r in pooled] == [r.redacted for r in single]
    assert [r.spans for r in pooled] == [r.spans for r in single] and pooled[0].report == single[0].report
