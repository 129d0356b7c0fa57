"""What ``vault redact`` says about the second reader, the same way for ``text``, ``pdf`` and FILE.

Every output is read again by the independent second reader (``redaction.verify``). Per file, one
line on standard error: ``second reader: 2 findings, 5 suspects — see the report``; the full lists go
into ``--report`` (``second_reader``: the findings; ``suspects``). A finding (an identifier the reader
is sure of) makes the status :data:`FINDINGS` unless ``--accept-findings`` is given: the output is
written (a person has to read it to decide), but nothing should pass it on unread. Suspects alone
never change the status.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from redaction.formats import Verdict

__all__ = ["FINDINGS", "add_accept_findings", "run_status", "say", "start_second_reader", "with_verdict"]

FINDINGS = 6  # written and verified against the known identifiers; the second reader found identifiers


def add_accept_findings(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--accept-findings", action="store_true",
                        help="exit 0 even when the second reader still finds identifiers in an output (read the "
                             "report first: it lists them); without it such a run exits 6")


def start_second_reader() -> None:
    """The second reader starts loading now, in a process of its own where there is a second CPU, while
    this one loads the first reader and redacts (``redaction.verify.forked``): the two loads overlap. Both
    start from the compiled patterns of the user's cache (``vault.cli._compiled_patterns``)."""
    from vault.cli._compiled_patterns import use_compiled_patterns

    use_compiled_patterns()  # before the readers' modules compile their patterns
    from redaction.verify import start_second_reader as start

    start()


def say(name: object, verdict: Verdict, *, report: bool) -> None:
    """The one stderr line per file."""
    line = f"vault: {name}: {verdict.summary()}"
    if verdict.findings or verdict.suspects:
        line += " — see the report" if report else " — --report FILE.json lists them"
    print(line, file=sys.stderr)


def with_verdict(report: dict[str, Any], verdict: Verdict) -> dict[str, Any]:
    """A file's report with the second reader's full lists and the verdict."""
    return {**report, "second_reader": list(verdict.findings), "suspects": [s.to_json() for s in verdict.suspects],
            "verdict": str(verdict.status)}


def run_status(worst: int, verdicts: list[Verdict], *, accept_findings: bool) -> int:
    """A refusal's status wins; else :data:`FINDINGS` when a finding was not accepted; else 0."""
    if worst:
        return worst
    return FINDINGS if any(v.findings for v in verdicts) and not accept_findings else 0
