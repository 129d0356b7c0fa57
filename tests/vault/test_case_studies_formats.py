"""Case studies of every type: the e-mail that leaked (issue 10) as a regression test through the API,
e-mail drafts and publications, what is checked before a document is read, and the second reader.
Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import importlib.util

import dataclasses
import io
import sys
import zipfile
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import httpx
import pytest
from case_study_world import api_publication, api_study, case_study_consent, drafted
from vault_world import Cast, login_headers

from vault.app import Vault
from vault.errors import Conflict, InvalidRequest
from vault.services import CaseStudyInput, NewDocument

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "redaction" / "formats"))
import formats_builders as build  # noqa: E402
import leakcheck_email  # noqa: E402

# Everything of the family and their professionals the leaked e-mail carried.
SECRETS = ["Leo Whitfield", "Whitfield", "14/03/2014", "14 March 2014", "27 Meadow Lane", "LA9 4QX", "401 023 2153",
           "Jane Okafor", "Okafor", "07700 900789", "Greenbank Academy", "07700 900456", "sarah.whitfield@example.com",
           "jane.okafor@westmorland.gov.uk", "10.14.2.7", "mail.westmorland.gov.uk"]
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def leaked_word_document() -> bytes:
    """The Word attachment: the child's name, date of birth, address and NHS number, and a tracked
    deletion holding the social worker's name and phone."""
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>'
        "<w:p><w:r><w:t>Child: Leo Whitfield</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Date of birth: 14 March 2014</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Address: 27 Meadow Lane, Kendal LA9 4QX</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>NHS number: 401 023 2153</w:t></w:r></w:p>"
        '<w:p><w:del w:id="1" w:author="Editor" w:date="2026-06-01T10:00:00Z"><w:r>'
        "<w:delText>Social worker: Jane Okafor, 07700 900789</w:delText></w:r></w:del></w:p>"
        "</w:body></w:document>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
                         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                         'officedocument.wordprocessingml.document.main+xml"/></Types>')
        package.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                         'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        package.writestr("word/document.xml", document)
    return buffer.getvalue()


def leaked_email() -> bytes:
    """The forwarded e-mail as it was uploaded: text and HTML bodies in quoted-printable with soft line
    breaks inside the school's name and a phone number, the Word attachment, a forwarded message."""
    forwarded = EmailMessage(policy=policy.default)
    forwarded["From"] = "Jane Okafor <jane.okafor@westmorland.gov.uk>"
    forwarded["To"] = "Sarah Whitfield <sarah.whitfield@example.com>"
    forwarded["Subject"] = "Leo Whitfield - transition plan"
    forwarded["Received"] = "from mail.westmorland.gov.uk ([10.14.2.7])"
    forwarded.set_content("Dear Sarah,\nI've attached Leo's plan. Jane Okafor, Social Worker, 07700 900789\n")
    outer = f"""From: Sarah Whitfield <sarah.whitfield@example.com>
To: SENDIASS <advice@sendiass.example.org>
Subject: Fwd: Leo Whitfield - transition plan
Date: Tue, 02 Jun 2026 08:30:00 +0100
Message-ID: <CAF1234@mail.example.com>
X-Originating-IP: [10.14.2.7]
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: multipart/alternative; boundary="alt"

--alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hi, Leo starts at Gree=
nbank Academy in September. The SENCo's number is 07700 =
900456. Plan attached =E2=80=94 Sarah
--alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<p>Hi, Leo starts at <b>Gree</b>=
nbank Academy in September.</p><p title=3D"Leo Whitfield">The SENCo's number is 07700 =
900456.</p><!-- DOB 14/03/2014 -->
--alt--
--outer
Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name="Leo Whitfield plan.docx"
Content-Disposition: attachment; filename="Leo Whitfield plan.docx"
Content-Transfer-Encoding: base64

{__import__("base64").encodebytes(leaked_word_document()).decode()}
--outer
Content-Type: message/rfc822
Content-Disposition: attachment

{forwarded.as_string(policy=policy.default)}
--outer--
"""
    return outer.encode()


def all_secrets_in(data: bytes) -> list[str]:
    return leakcheck_email.leaks(data, SECRETS)


def test_the_leaked_email_uploaded_as_text_is_never_published_with_its_attachment(client: httpx.Client, vault: Vault,
                                                                                    cast: Cast) -> None:
    """Issue 10: the forwarded .eml uploaded as text/plain was drafted, 'verified', accepted and published
    with its Word attachment as base64. Now: nothing of it survives in what is published, or the item is
    refused with its reason (while no Word redactor is installed, refused is the right answer; with one, the
    attachment is published only as the redacted, verified Word document, which the outside checker unzips)."""
    data = leaked_email()
    assert sorted(all_secrets_in(data)) == sorted(SECRETS)  # the checker finds every secret in the original
    sam, cora = login_headers(client, "sam"), login_headers(client, "cora")
    uploaded = client.post(f"/cases/{cast.own}/documents", content=data, headers={
        **sam, "X-Title": "Email from Sarah", "X-Filename": "forwarded.txt", "Content-Type": "text/plain"}).json()
    assert uploaded["declared_type"] == "text/plain" and uploaded["kind"] == "eml"
    note = client.post(f"/cases/{cast.own}/notes", headers=sam, json={"body": "Sarah rang about the move in September."}).json()
    case_study_consent(vault, cast.supporter, cast.own)
    study = api_study(client, vault, client.post(f"/cases/{cast.own}/case-studies", headers=sam, json={
        "title": "Moving to secondary school", "document_ids": [uploaded["id"]], "note_ids": [note["id"]],
        "identifiers": {"SCHOOL": ["Greenbank Academy"]}}), sam)
    mail = study["items"][0]
    if importlib.util.find_spec("redaction.formats.office") is not None:
        assert mail["status"] == "ready", mail  # the Word attachment is redacted in its own format
    if mail["status"] == "failed":
        assert "attachment" in mail["reason"] and "Word document" in mail["reason"]
        assert not any(secret in mail["reason"] for secret in SECRETS)
        refused = client.post(f"/case-studies/{study['id']}/accept", headers=sam)
        assert refused.status_code == 409 and "item(s) 1" in refused.json()["detail"]
        assert client.get(f"/case-studies/{study['id']}/items/1/content", headers=sam).status_code == 400
        study = api_study(client, vault, client.post(f"/case-studies/{study['id']}/revisions", headers=sam,
                                                     json={"exclude": [1]}), sam)
    else:
        assert mail["status"] == "ready" and mail["output_kind"] == "eml"
    assert client.post(f"/case-studies/{study['id']}/accept", headers=sam).status_code == 200
    published = api_publication(client, vault, client.post(f"/case-studies/{study['id']}/publish", headers=cora), cora)
    for part in published["parts"]:
        content = client.get(f"/published/{published['id']}/parts/{part['position']}", headers=cora).content
        assert all_secrets_in(content) == [], part  # every header, body, attachment and unzipped part


def test_an_email_is_drafted_reviewed_and_published_as_a_rebuilt_eml(client: httpx.Client, vault: Vault, cast: Cast) -> None:
    data = build.eml(sender="Sarah Whitfield <sarah.whitfield@example.com>", subject="Leo Whitfield's week",
                     body="Leo had a good week at Greenbank Academy. Ring me on 07700 900456. Sarah",
                     html="<p>Leo had a good week.</p><!-- Leo Whitfield -->",
                     attachments=[("Call log: Sarah Whitfield rang about Leo.".encode(), "text/plain", "call log.txt")])
    sam, cora = login_headers(client, "sam"), login_headers(client, "cora")
    uploaded = client.post(f"/cases/{cast.own}/documents", content=data, headers={
        **sam, "X-Title": "Week", "X-Filename": "week.eml", "Content-Type": "message/rfc822"}).json()
    case_study_consent(vault, cast.supporter, cast.own)
    study = api_study(client, vault, client.post(f"/cases/{cast.own}/case-studies", headers=sam, json={
        "title": "A good week", "document_ids": [uploaded["id"]], "identifiers": {"SCHOOL": ["Greenbank Academy"]}}), sam)
    (item,) = study["items"]
    assert item["status"] == "ready", item["reason"]
    assert item["output_kind"] == "eml" and item["content_type"] == "message/rfc822" and item["counts"]["PERSON"] >= 2
    rendering = client.get(f"/case-studies/{study['id']}/items/1/content", headers=sam)
    assert rendering.headers["content-type"].startswith("message/rfc822")
    assert "case-study-draft-1.eml" in rendering.headers["content-disposition"]
    assert all_secrets_in(rendering.content) == []
    client.post(f"/case-studies/{study['id']}/accept", headers=sam)
    publication = api_publication(client, vault, client.post(f"/case-studies/{study['id']}/publish", headers=cora), cora)
    (part,) = publication["parts"]
    assert part["kind"] == "eml" and part["content_type"] == "message/rfc822"
    content = client.get(f"/published/{publication['id']}/parts/1", headers=cora)
    assert ".eml" in content.headers["content-disposition"] and all_secrets_in(content.content) == []
    message = message_from_bytes(content.content, policy=policy.default)
    assert message["Message-ID"] is None and message["From"].addresses[0].addr_spec.endswith("@example.invalid")


def upload(vault: Vault, cast: Cast, data: bytes, name: str) -> str:
    return vault.documents.upload(cast.supporter, cast.own, io.BytesIO(data), NewDocument(title=name, filename=name)).id


class CountingStore:
    """The vault's byte store, counting every byte read from it (issue 12 item 4's test)."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.read = inner, 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def open(self, name: str) -> Any:
        stream, counter = self.inner.open(name), self

        class Counted(io.RawIOBase):
            def readable(self) -> bool:
                return True

            def read(self, size: int = -1) -> bytes:
                data: bytes = stream.read(size)
                counter.read += len(data)
                return data

            def readinto(self, buffer: Any) -> int:
                data = self.read(len(buffer))
                buffer[: len(data)] = data
                return len(data)

            def close(self) -> None:
                stream.close()
                super().close()

        return Counted()


def counting(vault: Vault) -> CountingStore:
    store = CountingStore(vault.core.backend)
    object.__setattr__(vault.core, "backend", store)
    return store


def test_type_and_size_are_checked_before_a_document_is_read(vault: Vault, cast: Cast) -> None:
    """Issue 12 item 4: each document's type and size are checked from its row before a byte is read;
    those refused are never read (the store counts what is read), the rest one at a time, bounded."""
    case_study_consent(vault, cast.supporter, cast.own)
    small = upload(vault, cast, b"Sarah rang about Leo.", "call.txt")
    large = upload(vault, cast, b"Leo " * 5000, "long.txt")
    archive = upload(vault, cast, build.plain_zip(), "papers.zip")
    outlook = upload(vault, cast, build.ole(build.MSG_STREAMS), "mail.msg")
    second = upload(vault, cast, b"Sarah rang again about Leo.", "again.txt")
    rules = dataclasses.replace(vault.core.rules, case_study_max_document_bytes=10_000, case_study_max_source_bytes=40)
    object.__setattr__(vault.core, "rules", rules)
    store = counting(vault)
    draft = drafted(vault, cast.supporter, cast.own, CaseStudyInput(
        title="Several papers", document_ids=(small, large, archive, outlook, second)))
    reasons = {item.position: item.reason or "" for item in draft.items}
    assert draft.items[0].status == "ready"
    assert "20000 bytes; at most 10000" in reasons[2]
    assert "ZIP archive" in reasons[3] and "unpack" in reasons[3]
    assert ".msg" in reasons[4]
    assert "more than 40 bytes together" in reasons[5]  # the first one used the budget
    assert 21 <= store.read < 400  # the small one's ciphertext (and the draft's own reading back), nothing else


def test_the_texts_held_together_are_bounded_before_they_are_read(vault: Vault, cast: Cast) -> None:
    """Text documents and notes are redacted together, so all of them are held at once: their sizes
    count against the case study's limit of text (4 bytes a character at most) before any is read."""
    case_study_consent(vault, cast.supporter, cast.own)
    short = upload(vault, cast, b"Sarah rang about the annual review of Leo's plan. " * 3, "short.txt")
    long = upload(vault, cast, b"The school wrote again about the transport. " * 8, "long.txt")
    rules = dataclasses.replace(vault.core.rules, case_study_max_text_chars=100)
    object.__setattr__(vault.core, "rules", rules)
    store = counting(vault)
    draft = drafted(vault, cast.supporter, cast.own, CaseStudyInput(title="Two texts", document_ids=(short, long)))
    first, second = draft.items
    assert first.status == "failed" and "characters; at most 100 are redacted" in (first.reason or "")  # read, refused
    assert second.status == "failed" and "more than 100 characters together" in (second.reason or "")  # never read
    assert store.read < 300  # the first one's ciphertext only


def test_a_huge_document_is_refused_without_being_read_or_held(vault: Vault, cast: Cast) -> None:
    """A document far beyond the limit: refused with its size and the limit, its bytes never read from the
    store, and the job's memory stays a small fraction of it (traced allocations while the job runs)."""
    import tracemalloc

    case_study_consent(vault, cast.supporter, cast.own)
    size = 24 * 1024 * 1024
    huge = vault.documents.upload(cast.supporter, cast.own, io.BytesIO(b"%PDF-1.7\n" + b"0" * (size - 9)),
                                  NewDocument(title="scan", filename="scan.pdf"), length=size).id
    note = vault.notes.add(cast.supporter, cast.own, "Sarah rang about the scan.").id
    rules = dataclasses.replace(vault.core.rules, case_study_max_document_bytes=1024 * 1024)
    object.__setattr__(vault.core, "rules", rules)
    store = counting(vault)
    from vault.services.case_studies.identifiers import Identifiers

    vault.redactor.find("A scan", Identifiers({}, ()))  # the model loads first: it is not the job's to count
    tracemalloc.start()
    try:
        draft = drafted(vault, cast.supporter, cast.own, CaseStudyInput(title="A scan", document_ids=(huge,), note_ids=(note,)))
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    (scan, call) = draft.items
    assert scan.status == "failed" and f"{size} bytes; at most {1024 * 1024}" in (scan.reason or "")
    assert call.status == "ready"
    assert store.read < 64 * 1024  # only the note's rendering read back: nothing of the document
    assert peak < size // 4, peak


def test_the_documents_of_a_draft_are_read_one_at_a_time(vault: Vault, cast: Cast) -> None:
    """Eight documents of 6 MiB each, every one within the limits (password-protected PDFs: each is read,
    then refused quickly): they are read when the redaction reaches each, so the job holds about one of
    them at a time, not all 48 MiB together (traced allocations)."""
    import os
    import tracemalloc

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.add_attachment("scan.bin", os.urandom(6 * 1024 * 1024))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    locked = buffer.getvalue()
    case_study_consent(vault, cast.supporter, cast.own)
    documents = tuple(upload(vault, cast, locked, f"scan-{n}.pdf") for n in range(8))
    note = vault.notes.add(cast.supporter, cast.own, "Sarah rang about the scans.").id
    drafted(vault, cast.supporter, cast.own, CaseStudyInput(title="A call", note_ids=(note,)))  # every model loaded

    def peak_of(chosen: tuple[str, ...]) -> tuple[int, Any]:
        tracemalloc.start()
        try:
            draft = drafted(vault, cast.supporter, cast.own, CaseStudyInput(title="Scans", document_ids=chosen))
            return tracemalloc.get_traced_memory()[1], draft
        finally:
            tracemalloc.stop()

    one, _draft = peak_of(documents[:1])
    eight, draft = peak_of(documents)
    assert all(item.status == "failed" and "password" in (item.reason or "") for item in draft.items)
    # Eight take about what one takes (all eight held together would add 42 MiB).
    assert eight < one + 2 * len(locked), f"one: {one / 2**20:.1f} MiB, eight: {eight / 2**20:.1f} MiB at the peak"


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise AssertionError(f"no {field} in /proc/self/status")


@pytest.mark.integration
def test_the_process_memory_stays_flat_while_a_huge_document_is_refused(vault: Vault, cast: Cast) -> None:
    """The resident set size of this process (the worker that runs the job), its peak reset just before:
    drafting from a 64 MiB document, far over the limit, adds a small fraction of it."""
    clear_refs = Path("/proc/self/clear_refs")
    if not clear_refs.exists():
        pytest.skip("needs Linux's /proc/self/clear_refs to reset the peak")
    case_study_consent(vault, cast.supporter, cast.own)
    size = 64 * 1024 * 1024
    huge = vault.documents.upload(cast.supporter, cast.own, io.BytesIO(b"%PDF-1.7\n" + b"0" * (size - 9)),
                                  NewDocument(title="scan", filename="scan.pdf"), length=size).id
    note = vault.notes.add(cast.supporter, cast.own, "Sarah rang about the scan.").id
    object.__setattr__(vault.core, "rules", dataclasses.replace(vault.core.rules, case_study_max_document_bytes=1024 * 1024))
    drafted(vault, cast.supporter, cast.own, CaseStudyInput(title="A call", note_ids=(note,)))  # every model loaded
    try:
        clear_refs.write_text("5")  # the peak (VmHWM) starts again from what is resident now
    except OSError:
        pytest.skip("the peak resident set size cannot be reset here")
    before = _status_kib("VmRSS")
    draft = drafted(vault, cast.supporter, cast.own, CaseStudyInput(title="A scan", document_ids=(huge,), note_ids=(note,)))
    grown = _status_kib("VmHWM") - before
    assert draft.items[0].status == "failed" and draft.items[1].status == "ready"
    assert grown * 1024 < size // 4, f"the peak grew by {grown} KiB"


def test_what_the_second_reader_finds_waits_for_a_decision(vault: Vault, cast: Cast, monkeypatch: pytest.MonkeyPatch) -> None:
    """A format's verified outcome with a second-reader finding: the item is ready, the finding listed with
    an id and where it was read; acceptance waits until the supporter removes it or dismisses it, and a
    finding is dismissed only with a reason."""
    import types

    from redaction.formats import FormatOutcome

    def redact_docx(data: bytes, request: Any) -> FormatOutcome:
        return FormatOutcome(build.docx(["Child 1 plan"]),
                             "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
                             {"counts": {"PERSON": 1}, "second_reader": [
                                 {"where": "word/document.xml: paragraph", "type": "PERSON", "start": 0, "end": 8,
                                  "text": "Mx Brook", "reader": "gazetteer+ner", "score": 0.8}]})

    office = types.ModuleType("redaction.formats.office")
    office.redact_docx = redact_docx  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, office.__name__, office)
    case_study_consent(vault, cast.supporter, cast.own)
    plan = upload(vault, cast, build.docx(["Leo Whitfield's plan"]), "plan.docx")
    draft = drafted(vault, cast.supporter, cast.own, CaseStudyInput(title="A plan", document_ids=(plan,)))
    (item,) = draft.items
    assert item.status == "ready" and item.report is not None and item.report["second_reader"] == {"findings": 1, "suspects": 0}
    (finding,) = draft.suspects
    assert (finding.kind, finding.text, finding.type, finding.location) == ("finding", "Mx Brook", "PERSON",
                                                                            "word/document.xml: paragraph")
    assert item.report["findings"][0]["id"] == finding.id and finding.supporter is None
    with pytest.raises(Conflict, match="1 finding undecided"):
        vault.case_studies.accept(cast.supporter, draft.id)
    with pytest.raises(InvalidRequest, match="say why it may stay"):
        vault.case_studies.dismiss(cast.supporter, draft.id, finding.id)
    dismissed = vault.case_studies.dismiss(cast.supporter, draft.id, finding.id, reason="a pseudonym of the service")
    assert dismissed.supporter is not None and dismissed.supporter["reason"] == "a pseudonym of the service"
    assert vault.case_studies.accept(cast.supporter, draft.id).state == "accepted"


def test_text_that_is_not_prose_fails_with_where_and_what(vault: Vault, cast: Cast) -> None:
    case_study_consent(vault, cast.supporter, cast.own)
    pasted = upload(vault, cast, b"Notes from the call\nLeo starts at Gree=\nnbank Academy.\n", "notes.txt")
    note = vault.notes.add(cast.supporter, cast.own, "Pasted: It=E2=80=99s Leo=E2=80=99s plan.").id
    draft = drafted(vault, cast.supporter, cast.own, CaseStudyInput(title="Notes", document_ids=(pasted,),
                                                                              note_ids=(note,)))
    for item in draft.items:
        assert item.status == "failed" and "quoted-printable block" in (item.reason or "")
