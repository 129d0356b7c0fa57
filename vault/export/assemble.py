"""The export's last step: the records of every case into one data file (JSON Lines or Parquet), a
datasheet saying what is in it and what is not guaranteed, and a manifest of every file's SHA-256
(whose own hash goes into the audit log, so a copy of the export can be checked against the vault).

The data file is built on disk, case file by case file, so memory stays flat whatever the export's size.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from vault.export.datasheet import datasheet
from vault.export.sink import ExportSink
from vault.export.training import case_file

__all__ = ["FORMATS", "assemble"]

FORMATS = ("jsonl", "parquet")
_COLUMNS = ("record", "case", "source", "kind", "text", "removed", "dates_shifted")


def assemble(sink: ExportSink, *, tokens: Sequence[str], export_id: str, fmt: str, since: str | None,
             finished_at: datetime) -> dict[str, Any]:
    """Write ``data.<fmt>``, ``datasheet.md`` and ``manifest.json``; returns the manifest (with its hash)."""
    totals: dict[str, Any] = {"cases": 0, "cases_skipped": 0, "records": 0, "characters": 0, "dates_shifted": 0}
    removed: Counter[str] = Counter()
    left_out: Counter[str] = Counter()
    files = [case_file(token) for token in sorted(tokens)]
    for name in files:
        summary = _summary(sink.read(name))
        totals["cases"] += 1
        totals["cases_skipped"] += summary["skipped"] is not None
        totals["records"] += summary["records"]
        totals["characters"] += summary["characters"]
        totals["dates_shifted"] += summary["dates_shifted"]
        removed.update(summary["removed"])
        left_out.update(summary["left_out"])
    data_name = f"data.{fmt}"
    with tempfile.TemporaryDirectory(prefix="vault-export-") as scratch:
        path = Path(scratch) / data_name
        (_write_parquet if fmt == "parquet" else _write_jsonl)(path, _records(sink, files))
        sink.write_file(data_name, path)
    sheet = datasheet(totals=totals, removed=removed, left_out=left_out, fmt=fmt, since=since, finished_at=finished_at)
    sink.write("datasheet.md", sheet.encode("utf-8"))
    listed = [data_name, "datasheet.md", *files]
    manifest = {
        "export": export_id, "format": fmt, "since": since, "finished_at": finished_at.isoformat(),
        "totals": totals, "removed": dict(removed), "left_out": dict(left_out),
        "files": [{"name": name, **_digest(sink.read(name))} for name in listed],
    }
    encoded = json.dumps(manifest, indent=2, sort_keys=True).encode()
    sink.write("manifest.json", encoded)
    return {**manifest, "manifest_sha256": hashlib.sha256(encoded).hexdigest()}


def _summary(data: bytes) -> dict[str, Any]:
    summary: dict[str, Any] = json.loads(data.rstrip(b"\n").rsplit(b"\n", 1)[-1])["summary"]
    return summary


def _records(sink: ExportSink, files: Sequence[str]) -> Iterator[dict[str, Any]]:
    for name in files:
        for line in sink.read(name).splitlines():
            record = json.loads(line)
            if "text" in record:
                yield record


def _write_jsonl(path: Path, records: Iterator[dict[str, Any]]) -> None:
    with path.open("wb") as out:
        for record in records:
            row = {column: record.get(column) for column in _COLUMNS}
            row["record"] = record["item"]
            out.write(json.dumps(row, ensure_ascii=False, sort_keys=True).encode() + b"\n")


def _write_parquet(path: Path, records: Iterator[dict[str, Any]]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([("record", pa.string()), ("case", pa.string()), ("source", pa.string()), ("kind", pa.string()),
                        ("text", pa.string()), ("removed", pa.string()), ("dates_shifted", pa.int32())])
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict[str, Any]] = []
        for record in records:
            batch.append({"record": record["item"], "case": record["case"], "source": record["source"],
                          "kind": record.get("kind"), "text": record["text"],
                          "removed": json.dumps(record.get("removed", {}), sort_keys=True),
                          "dates_shifted": record.get("dates_shifted", 0)})
            if len(batch) >= 512:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))


def _digest(data: bytes) -> dict[str, Any]:
    return {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
