"""``vault redact text`` and ``vault redact jsonl``: the text redactor on the command line.

- ``vault redact text [--known FILE] < in.txt`` prints the redacted text once the second reader has
  read it (a known identifier or an encoded block left: nothing is printed, status 5; what it finds
  and suspects: a line on stderr, status 6 for findings unless ``--accept-findings``); ``--report
  FILE`` writes ``{"spans", "second_reader", "suspects", "verdict"}``;
- ``vault redact jsonl IN.jsonl OUT.jsonl``: each input line ``{"id", "text", "known"?}`` becomes
  ``{"id", "redacted", "spans": [{"start", "end", "type", "score", "source"}]}`` with offsets into the
  input text. A bad line stops the run with its line number before anything is redacted; OUT is written
  atomically, so nothing half-written is left behind. The file is read twice, a line at a time (once to check
  every record, once to redact them a batch at a time): memory is bounded by a batch, not by the file.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from collections.abc import Iterator
from typing import Any

from vault.cli import CommandError
from vault.cli._compiled_patterns import use_compiled_patterns
from vault.cli._verdicts import add_accept_findings, run_status, say, start_second_reader, with_verdict


def register_text(kinds: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    text = kinds.add_parser("text", help="redact text read from standard input; print the result")
    text.add_argument("--known", type=Path, help="JSON file: {TYPE: [strings]} known identifiers of the case")
    text.add_argument("--report", type=Path, help="write the JSON report (spans, the second reader's findings and "
                                                  "suspects) to this file")
    add_accept_findings(text)
    text.add_argument("--dob", choices=("year", "age_band", "remove"), default="year")
    text.add_argument("stray", nargs="*", help=argparse.SUPPRESS)  # 'vault redact text OUT': see _run_text
    text.set_defaults(func=_run_text)

    jsonl = kinds.add_parser("jsonl", help="redact a JSON Lines file of {id, text, known?} records")
    jsonl.add_argument("input", type=Path, metavar="IN.jsonl")
    jsonl.add_argument("output", type=Path, metavar="OUT.jsonl")
    jsonl.add_argument("--dob", choices=("year", "age_band", "remove"), default="year")
    jsonl.add_argument("--batch-size", type=int, default=32)
    jsonl.add_argument("--processes", type=int, default=1,
                       help="worker processes (0: one per available CPU); each loads the model once")
    jsonl.set_defaults(func=_run_jsonl)


def _redactor_settings(dob: str):  # type: ignore[no-untyped-def]
    import datetime as dt

    from redaction.text import RedactionSettings, TextRedactionError

    try:
        reference = dt.date.today() if dob == "age_band" else None  # the CLI is the edge: time is read here
        return RedactionSettings(dob=dob, reference_date=reference)  # type: ignore[arg-type]
    except TextRedactionError as error:
        raise CommandError(str(error)) from error


def _redactor(dob: str):  # type: ignore[no-untyped-def]
    from redaction.text import TextRedactionError, TextRedactor

    try:
        return TextRedactor(settings=_redactor_settings(dob))
    except TextRedactionError as error:
        raise CommandError(str(error)) from error


def _load_known(path: Path | None) -> Any:
    if path is None:
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise CommandError(f"cannot read known identifiers from {path}: {error}") from error


def _run_text(args: argparse.Namespace) -> int:
    from redaction.text import TextRedactionError

    if args.stray:
        raise CommandError("'vault redact text' reads standard input and takes no files; to redact a file named "
                           "'text', write it as ./text (or after --)", exit_code=2)
    known = _load_known(args.known)
    from redaction.text import MAX_TEXT_CHARS

    text = sys.stdin.read(MAX_TEXT_CHARS + 1)  # no more than the detector reads: a hostile stream stays bounded
    if len(text) > MAX_TEXT_CHARS:
        raise CommandError(f"standard input holds more than {MAX_TEXT_CHARS:,} characters, the most redacted in one "
                           "text: split it (by document, chapter or message); nothing was written", exit_code=3)
    start_second_reader()
    try:
        result = _redactor(args.dob).redact(text, known=known)
    except TextRedactionError as error:
        raise CommandError(str(error)) from error
    from redaction.formats import LimitExceededError
    from redaction.formats.verdict import verify_text

    verdict = verify_text(result.redacted, known=known, replacements=[r for r in result.replacements if r])
    if verdict.refused:
        raise CommandError(verdict.reason or "verification failed",
                           exit_code=3 if isinstance(verdict.error, LimitExceededError) else 5)
    sys.stdout.write(result.redacted)
    for caveat in result.not_guaranteed:
        print(f"vault: standard input: not guaranteed: {caveat}", file=sys.stderr)
    if args.report is not None:
        document = with_verdict({"spans": result.report, "language": result.language,
                                 "not_guaranteed": list(result.not_guaranteed)}, verdict)
        args.report.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    say("standard input", verdict, report=args.report is not None)
    return run_status(0, [verdict], accept_findings=args.accept_findings)


# Records redacted together, then written out and let go: memory stays bounded by one batch, not the file.
_RECORDS_AT_ONCE = 256

Record = tuple[object, str, Any]


def _records(path: Path) -> Iterator[Record]:
    """The file's records, one line at a time (never the whole file in memory); a bad line stops the run. The
    longest line read is a record of the longest text redacted in one piece with every character written as a
    JSON escape ("\\ud83d\\ude00" is 12 characters for one), plus room for its known block; a longer one is
    refused, unread."""
    from redaction.text import MAX_TEXT_CHARS

    longest = 12 * MAX_TEXT_CHARS + 1_000_000
    try:
        handle = path.open(encoding="utf-8")
    except OSError as error:
        raise CommandError(f"cannot read {path}: {error}") from error
    with handle:
        number = 0
        while True:
            try:
                line = handle.readline(longest + 1)
            except (OSError, UnicodeDecodeError) as error:
                raise CommandError(f"cannot read {path}: {error}") from error
            if not line:
                return
            number += 1
            if len(line) > longest:
                raise CommandError(f"{path}:{number}: the line is longer than {longest:,} characters, more "
                                   "than any record the redactor reads; nothing was written", exit_code=3)
            if line.strip():
                yield _record(path, number, line)


def _record(path: Path, number: int, line: str) -> Record:
    try:
        record = json.loads(line)
    except ValueError as error:
        raise CommandError(f"{path}:{number}: not JSON ({error})") from error
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise CommandError(f"{path}:{number}: each line must be an object with a string \"text\"")
    known = record.get("known")
    if known is not None and not isinstance(known, dict):
        raise CommandError(f"{path}:{number}: \"known\" must be an object of lists")
    return record.get("id"), record["text"], known


def _check(path: Path) -> int:
    """Every record read and checked before anything is redacted (a bad record stops the run before any work),
    keeping none of them: the number of records."""
    from redaction.text import MAX_TEXT_CHARS, TextRedactionError, parse_known

    count = 0
    for count, (_, text, known) in enumerate(_records(path), 1):
        if len(text) > MAX_TEXT_CHARS:
            raise CommandError(f"{path}: record {count}: the text is {len(text):,} characters; at most "
                               f"{MAX_TEXT_CHARS:,} are redacted in one text (split it); nothing was written", exit_code=3)
        try:
            parse_known(known)
        except TextRedactionError as error:
            raise CommandError(f"{path}: record {count}: {error}") from error
    return count


def _batches(records: Iterator[Record]) -> Iterator[list[Record]]:
    batch: list[Record] = []
    for record in records:
        batch.append(record)
        if len(batch) == _RECORDS_AT_ONCE:
            yield batch
            batch = []
    if batch:
        yield batch


def _results(path: Path, args: argparse.Namespace) -> Iterator[tuple[object, Any]]:
    """Each record's id and result, in input order, a batch at a time: in this process, or spread over
    worker processes."""
    if args.processes == 1:
        redactor = _redactor(args.dob)
        for batch in _batches(_records(path)):
            results = redactor.redact_many([t for _, t, _ in batch], known=[k for _, _, k in batch],
                                           batch_size=args.batch_size)
            yield from zip((i for i, _, _ in batch), results)
        return
    from redaction.text import TextRedactor

    settings = _redactor_settings(args.dob)
    with TextRedactor.pool(processes=args.processes or None, settings=settings) as pool:
        for batch in _batches(_records(path)):
            yield from zip((i for i, _, _ in batch), pool.map_redact([(t, k) for _, t, k in batch]))


def _run_jsonl(args: argparse.Namespace) -> int:
    if args.processes < 0 or args.batch_size < 1:
        raise CommandError("--processes must be 0 or more and --batch-size at least 1")
    use_compiled_patterns()
    count = _check(args.input)
    directory = args.output.resolve().parent
    if not directory.is_dir():
        raise CommandError(f"output folder {directory} does not exist")
    handle = tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=directory, delete=False, suffix=".part")
    try:
        with handle:
            for record_id, result in _results(args.input, args):
                spans = [span.to_json() for span in result.spans]
                row: dict[str, object] = {"id": record_id, "redacted": result.redacted, "spans": spans}
                if result.not_guaranteed:  # a text in another language: what the detector does not promise
                    row.update(language=result.language, not_guaranteed=list(result.not_guaranteed))
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        os.replace(handle.name, args.output)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
    print(f"redacted {count} records -> {args.output}", file=sys.stderr)
    return 0
