"""Plain text through the formats entry: UTF-8 or UTF-16 prose, redacted by ``redaction.text``.

Before any prose redaction, non-prose is looked for (``redaction.verify.non_prose``): a base64, quoted-printable or
uuencoded block, MIME structure, a long hexadecimal run. Such text is refused with where and what:
its words are not readable as written, so no detector could vouch for them. (A whole e-mail saved as
text is sniffed as ``eml`` and redacted part by part instead.) The output is read back (the
known identifiers in every written form, non-prose, the second reader; in rounds) and refused if a
known identifier survives; what the second reader still finds is reported for the caller.
"""

from __future__ import annotations

from collections import Counter

from redaction.formats._joint import JointText
from redaction.formats._rounds import redact_in_rounds
from redaction.formats._textkind import decode_text
from redaction.formats.request import FormatOutcome, FormatRequest
from redaction.text.language import language_of
from redaction.verify.encoded import describe, non_prose
from redaction.formats.errors import UnsupportedFormatError, VerificationError

__all__ = ["prose_of", "redact_text", "refuse_non_prose"]

CONTENT_TYPE = "text/plain; charset=utf-8"


def refuse_non_prose(text: str, where: str, *, kind: str) -> None:
    blocks = non_prose(text)
    if not blocks:
        return
    more = f" (and {len(blocks) - 1} more)" if len(blocks) > 1 else ""
    raise UnsupportedFormatError(
        f"{where} holds {describe(text, blocks[0])}{more}: encoded content is not prose and is not redacted as if it "
        "were; if this is an e-mail saved as text, use the .eml file itself", kind=kind)


def prose_of(data: bytes) -> str:
    """The text of ``data`` (UTF-8, or UTF-16 with its BOM), if it is prose; else UnsupportedFormatError."""
    decoded = decode_text(data, whole=True)
    if decoded is None:
        raise UnsupportedFormatError("the text is not UTF-8: save it as UTF-8 text and upload it again", kind="text")
    refuse_non_prose(decoded[0], "the text", kind="text")
    return decoded[0]


def redact_text(data: bytes, request: FormatRequest) -> FormatOutcome:
    if request.output == "pdf":
        raise UnsupportedFormatError("a text is written as text; use the PDF redactor on a PDF", kind="text")
    text = prose_of(data)
    joint = JointText()
    joint.slot(text)
    rounds = redact_in_rounds(joint, redactor=request.redactor(), known=request.known, terms=request.terms,
                              detect=request.detect, texts_of=lambda result: [("", result.texts[0])])
    reading = rounds.reading
    if reading.refused:
        kinds = ", ".join(sorted({finding.type for finding in reading.refused}))
        raise VerificationError(f"verification failed: {kinds} still in the redacted text after {rounds.rounds} "
                                "rounds; add them as terms and run again", kind="text", where="the text", what=kinds)
    result = rounds.result
    report = {
        "kind": "text",
        "counts": dict(Counter(span["type"] for span in result.spans)),
        "spans": [{key: value for key, value in span.items() if key != "slot"} for span in result.spans],
        "pseudonyms": result.pseudonyms,
        "verification": {"rounds": rounds.rounds, "terms_added": rounds.added,
                         "checks": ["known identifiers (literal)", "non-prose", "second reader"]},
        "second_reader": [finding.to_json() for finding in reading.findings],
    }
    language = language_of(text)
    if language.not_guaranteed:  # a text in another language: what the detector does not promise
        report.update(language=language.code, not_guaranteed=list(language.not_guaranteed))
    return FormatOutcome(result.texts[0].encode("utf-8"), CONTENT_TYPE, "text", report, list(reading.suspects))
