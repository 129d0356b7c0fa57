"""``redact_eml``: an e-mail from its bytes to a rebuilt, verified .eml (or, on request, a verified PDF
bundle made from that .eml: :mod:`redaction.formats.email.bundle`).

    parse (limits; every part decoded, every leaf sniffed) -> refuse encoded blocks left in text
    -> every text of the message redacted together, in rounds (one pseudonym per person throughout)
    -> attachments through ``redaction.formats.redact`` (refused, or dropped on request, when no
       redactor handles them) -> a new message written -> read back independently (``reread``) and
       checked: a known identifier or an encoded block found is a ``VerificationError``; what the
       second reader finds is reported (``second_reader``), its suspects returned for the reviewer.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from email import errors as email_errors
from typing import Any

from redaction.formats._joint import JointResult
from redaction.formats._reread import Placed, ReadCache, Reread, reread
from redaction.formats._rounds import redact_in_rounds
from redaction.formats.email.build import Attached, build_message
from redaction.formats.email.html import read_html
from redaction.formats.email.limits import Budget
from redaction.formats.email.parse import parse_message
from redaction.formats.email.reread import read_back
from redaction.formats.email.sites import (
    LINK_LABEL,
    PLACEHOLDER_DOMAIN,
    Sites,
    leaves,
    messages,
)
from redaction.formats.email.tree import (
    BinaryLeaf,
    HtmlLeaf,
    MessageNode,
    TextField,
    TextLeaf,
)
from redaction.formats.errors import (
    FormatError,
    InvalidRequestError,
    MalformedFileError,
    VerificationError,
)
from redaction.formats.plaintext import refuse_non_prose
from redaction.formats.request import FormatOutcome, FormatRequest
from redaction.verify import Finding

__all__ = ["CONTENT_TYPE", "redact_eml"]

CONTENT_TYPE = "message/rfc822"
PDF_CONTENT_TYPE = "application/pdf"
_EXTENSIONS = {"application/pdf": "pdf", "text/plain": "txt", "image/png": "png", "image/jpeg": "jpg",
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
               "application/vnd.oasis.opendocument.text": "odt"}


def redact_eml(data: bytes, request: FormatRequest) -> FormatOutcome:
    if request.areas:
        raise InvalidRequestError("areas mark PDF pages; an e-mail has none", kind="eml")
    limits = replace(request.email_limits, max_bytes=min(request.email_limits.max_bytes, request.max_bytes))
    budget = Budget(limits, seconds=request.max_seconds)
    tree = parse_message(data, budget)
    _refuse_encoded(tree)
    sites = Sites(tree)
    redactor = request.redactor()
    known = _merged(request.known, sites.known())
    terms = [*request.terms, *sites.terms()]
    placeholders = {*sites.addresses.values(), f"unknown@{PLACEHOLDER_DOMAIN}", LINK_LABEL}
    cache = ReadCache()  # the bodies read in the rounds are read again from the written message
    rounds = redact_in_rounds(sites.joint, redactor=redactor, known=known, terms=terms, detect=request.detect,
                              texts_of=lambda result: _texts(sites, result), labels=placeholders, cache=cache)
    budget.check("redacting the text")
    attachment_terms = [*terms, *rounds.added, *rounds.result.surfaces]
    attached, attachments, child = _attachments(tree, request, known, attachment_terms, budget)
    try:
        output = build_message(tree, sites, rounds.result, attached)
    except (ValueError, TypeError, LookupError, email_errors.MessageError) as error:
        raise MalformedFileError(f"the redacted e-mail could not be written ({type(error).__name__}: {error})",
                                 kind="eml") from error
    budget.check("writing the message")
    labels = rounds.result.labels | placeholders
    reading, unread = _verify(output, rounds.known, labels, cache)
    if request.output == "pdf":
        bundle, contents, rendered = _bundle(output, rounds.known, labels, budget, request.max_bytes)
        rendered.extend(child)
        report = _report(tree, sites, rounds.result, attachments, rendered, rounds=rounds.rounds, added=rounds.added,
                         unread=unread)
        report["pdf"] = {"contents": contents, "checks": ["made from the verified .eml", "objects and metadata (literal)",
                                                          "pypdf text (literal)", "second reader (page text)"]}
        return FormatOutcome(bundle, PDF_CONTENT_TYPE, "eml", report, list(rendered.suspects))
    reading.extend(child)
    report = _report(tree, sites, rounds.result, attachments, reading, rounds=rounds.rounds, added=rounds.added,
                     unread=unread)
    return FormatOutcome(output, CONTENT_TYPE, "eml", report, list(reading.suspects))


def _bundle(output: bytes, known: dict[str, list[str]], labels: set[str], budget: Budget,
            max_bytes: int) -> tuple[bytes, list[dict[str, Any]], Reread]:
    """The PDF bundle of the written, verified message (never of the original), verified in its turn."""
    from redaction.formats.email.bundle import render_bundle, verify_bundle

    bundle, contents = render_bundle(output, budget=budget, max_bytes=max_bytes)
    budget.check("verifying the PDF bundle")
    return bundle, contents, verify_bundle(bundle, known=known, labels=labels)


def _merged(known: Any, found: dict[str, list[str]]) -> dict[str, list[str]]:
    merged = {key: list(values) for key, values in (known or {}).items()}
    for key, values in found.items():
        merged[key] = list(dict.fromkeys([*merged.get(key, []), *values]))
    return merged


def _refuse_encoded(tree: MessageNode) -> None:
    """Text the parser decoded that still holds encoded blocks was never readable prose: refused."""
    for message in messages(tree):
        for field in message.fields:
            if isinstance(field, TextField):
                refuse_non_prose(field.value, f"{message.where}: header {field.name}", kind="eml")
    for leaf in leaves(tree):
        if isinstance(leaf, TextLeaf):
            refuse_non_prose(leaf.text, leaf.where, kind="eml")
        elif isinstance(leaf, HtmlLeaf):
            refuse_non_prose("".join(read_html(leaf.html).texts), leaf.where, kind="eml")


def _texts(sites: Sites, result: JointResult) -> list[tuple[str, str]]:
    """The redacted texts as a reader meets them: each slot, an HTML body's text nodes joined."""
    html = {slot for slots in sites.html_slots.values() for slot in slots}
    found = [("a header, body or file name", text) for slot, text in enumerate(result.texts) if slot not in html]
    found += [("an HTML body", "".join(result.texts[slot] for slot in slots)) for slots in sites.html_slots.values()]
    return found


def _attachments(tree: MessageNode, request: FormatRequest, known: dict[str, list[str]], terms: list[str],
                 budget: Budget) -> tuple[dict[int, Attached | None], list[dict[str, Any]], Reread]:
    """Each attachment through its own redactor (which verified it); what their second readers found
    and suspect comes back placed under the attachment, for this message's report."""
    from redaction.formats.api import (
        redact,  # the dispatcher, which imports this module when first needed
    )

    attached: dict[int, Attached | None] = {}
    report: list[dict[str, Any]] = []
    found = Reread()
    for leaf in leaves(tree):
        if not isinstance(leaf, BinaryLeaf):
            continue
        assert leaf.file_type is not None
        budget.check(f"redacting {leaf.where}")
        child = request.with_(known=known, terms=list(dict.fromkeys(terms)), areas=(), retypeset=False, output="native",
                              max_seconds=max(budget.left(), 0.001))
        entry: dict[str, Any] = {"where": leaf.where, "kind": leaf.file_type.kind, "detail": leaf.file_type.detail}
        try:
            outcome = redact(leaf.data, child, kind=leaf.file_type.kind)
        except VerificationError as error:
            raise VerificationError(f"{leaf.where}: {error}", kind="eml", where=leaf.where, what=error.what) from error
        except FormatError as error:
            if request.attachments != "drop":
                raise type(error)(f"{leaf.where} ({leaf.file_type.detail}): {error}; the e-mail is refused rather "
                                  "than written with it", kind="eml") from error
            attached[id(leaf)] = None
            report.append({**entry, "status": "dropped", "reason": str(error)})
            continue
        extension = None if outcome.kind == leaf.file_type.kind else _EXTENSIONS.get(outcome.content_type.split(";")[0])
        attached[id(leaf)] = Attached(outcome.data, outcome.content_type, extension)
        report.append({**entry, "status": "redacted", "output": outcome.kind, "counts": outcome.report.get("counts")
                       or outcome.report.get("boxes_by_type", {})})
        found.findings += [_placed_in(leaf.where, row) for row in outcome.report.get("second_reader", [])]
        found.suspects += [replace(s, location=f"{leaf.where}: {s.location}" if s.location else leaf.where)
                           for s in outcome.suspects]
    return attached, report, found


def _placed_in(where: str, row: dict[str, Any]) -> Placed:
    """An attachment's second-reader finding (its report row), placed under the attachment."""
    finding = Finding(str(row.get("type")), int(row.get("start", 0)), int(row.get("end", 0)), str(row.get("text", "")),
                      str(row.get("reader", "second reader")), float(row.get("score", 1.0)))
    inner = str(row.get("where") or "")
    return Placed(f"{where}: {inner}" if inner else where, finding, finding.text)


def _verify(output: bytes, known: dict[str, list[str]], labels: set[str], cache: ReadCache) -> tuple[Reread, list[str]]:
    try:
        back = read_back(output)
    except (ValueError, TypeError, LookupError, email_errors.MessageError) as error:
        raise VerificationError(f"the written e-mail could not be read back to check it ({type(error).__name__})",
                                kind="eml", where="the written e-mail") from error
    reading = reread(back.prose, known=known, labels=labels, cache=cache)
    reading.extend(reread(back.extracted, known=known, labels=labels, read=False, encoded=False))
    if reading.refused:
        raise reading.refusal("the written e-mail", kind="eml")
    return reading, back.unread


def _report(tree: MessageNode, sites: Sites, result: JointResult, attachments: list[dict[str, Any]],
            reading: Reread, *, rounds: int, added: list[str], unread: list[str]) -> dict[str, Any]:
    dropped: Counter[str] = Counter()
    unreadable = []
    for message in messages(tree):
        dropped.update(message.dropped)
        unreadable += [f"{message.where}: {name}" for name in message.unreadable]
    html: Counter[str] = Counter()
    for document in sites.html.values():
        html.update(document.dropped)
    parts = Counter(type(leaf).__name__ for leaf in leaves(tree))
    return {
        "kind": "eml",
        "counts": result.counts(),
        "parts": {"text": parts["TextLeaf"], "html": parts["HtmlLeaf"], "files": parts["BinaryLeaf"],
                  "messages": sum(1 for _ in messages(tree))},
        "headers_dropped": dict(sorted(dropped.items())),
        "unreadable_headers": unreadable,
        "html_dropped": dict(sorted(html.items())),
        "links_removed": sites.links,
        "addresses_replaced": len(sites.addresses),
        "attachments": attachments,
        "pseudonyms": result.pseudonyms,
        "verification": {"rounds": rounds, "terms_added": added, "unread": unread,
                         "checks": ["fresh parse (compat32)", "headers decoded", "bodies and attachments decoded",
                                    "known identifiers (literal)", "non-prose", "second reader"]},
        "second_reader": [finding.to_json() for finding in reading.findings],
    }

