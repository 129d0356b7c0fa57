"""``redact_docx`` on small hand-made documents: what is kept, what is removed, what is rewritten and how."""

from __future__ import annotations

import io
import zipfile
from types import ModuleType
from typing import Any

import pytest
from lxml import etree

from redaction.formats import FormatRequest, VerificationError
from redaction.formats.office import DOCX_CONTENT_TYPE, redact_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
KNOWN = {"PERSON": ["Maisie Fletcher"], "PHONE": ["07700 900456"]}


def redact(data: bytes, **options: Any) -> Any:
    options.setdefault("known", KNOWN)
    options.setdefault("detect", False)
    return redact_docx(data, FormatRequest(**options))


def part(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return etree.fromstring(archive.read(name))


def names(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.namelist()


def paragraphs(root: etree._Element) -> list[etree._Element]:
    return list(root.iter(f"{W}p"))


def run_rows(paragraph: etree._Element) -> list[tuple[str, bytes]]:
    rows = []
    for run in paragraph.iter(f"{W}r"):
        props = run.find(f"{W}rPr")
        rows.append(("".join(t.text or "" for t in run.iter(f"{W}t")),
                     etree.tostring(props) if props is not None else b""))
    return rows


def test_a_split_name_goes_whole_and_untouched_runs_keep_their_formatting(kit: ModuleType) -> None:
    r, p = kit.r, kit.p
    original = kit.docx(kit.document(
        p(r("Title", "<w:b/><w:sz w:val=\"32\"/>")),
        p(r("We met "), r("Ma", "<w:color w:val=\"FF0000\"/>"), r("isie Fle", "<w:b/>"), r("tcher and Sam.", "<w:i/>")),
        p(r("Untouched ", "<w:u w:val=\"single\"/>"), r("text.")),
    ))
    outcome = redact(original)
    assert outcome.content_type == DOCX_CONTENT_TYPE and outcome.kind == "docx"
    before, after = paragraphs(part(original, "word/document.xml")), paragraphs(part(outcome.data, "word/document.xml"))
    assert len(after) == len(before)
    assert run_rows(after[0]) == run_rows(before[0]) and run_rows(after[2]) == run_rows(before[2])
    rows = run_rows(after[1])
    assert [text for text, _ in rows] == ["We met ", "Person 1", "", " and Sam."]
    assert [props for _, props in rows] == [props for _, props in run_rows(before[1])]
    assert outcome.report["counts"] == {"PERSON": 1}


def test_one_pseudonym_per_person_across_body_headers_and_notes(kit: ModuleType) -> None:
    r, p = kit.r, kit.p
    header = kit.HEAD + f"<w:hdr {kit.NS}>" + p(r("About Maisie Fletcher")) + "</w:hdr>"
    sect = kit.SECT.replace("<w:sectPr>", '<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/>')
    data = kit.docx(kit.document(p(r("Jonah Price met Maisie Fletcher.")), sect=sect),
                    doc_rels=[("rIdH", "header", "header1.xml")], parts={"word/header1.xml": header},
                    overrides={"/word/header1.xml": kit.WML + "header+xml"})
    outcome = redact(data, known={"PERSON": ["Jonah Price", "Maisie Fletcher"]})
    body = "".join(part(outcome.data, "word/document.xml").itertext())
    head = "".join(part(outcome.data, "word/header1.xml").itertext())
    label = head.replace("About ", "")
    assert label.startswith("Person ") and body == f"Person 1 met {label}." and label == "Person 2"


def test_tracked_changes_are_accepted(kit: ModuleType) -> None:
    r, p = kit.r, kit.p
    data = kit.docx(kit.document(
        p(r("Keep "), '<w:del w:id="1" w:author="A"><w:r><w:delText>old words</w:delText></w:r></w:del>',
          '<w:ins w:id="2" w:author="A"><w:r><w:t>new words</w:t></w:r></w:ins>'),
        p('<w:pPr><w:rPr><w:del w:id="3" w:author="A"/></w:rPr></w:pPr>',
          '<w:del w:id="4" w:author="A"><w:r><w:delText>a deleted paragraph</w:delText></w:r></w:del>'),
        '<w:tbl><w:tr><w:trPr><w:del w:id="5" w:author="A"/></w:trPr><w:tc><w:p><w:r><w:t>deleted row</w:t></w:r></w:p></w:tc></w:tr>'
        '<w:tr><w:tc><w:p><w:r><w:t>kept row</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
        p(r("end")),
    ))
    root = part(redact(data).data, "word/document.xml")
    text = [("".join(paragraph.itertext())) for paragraph in paragraphs(root)]
    assert text == ["Keep new words", "kept row", "end"]
    xml = etree.tostring(root)
    for tag in (b"w:del ", b"w:delText", b"w:ins ", b'w:author'):
        assert tag not in xml


def test_hidden_runs_lose_their_text(kit: ModuleType) -> None:
    r, p = kit.r, kit.p
    data = kit.docx(kit.document(p(r("Shown. "), r("secret note", "<w:vanish/>"), r(" not hidden", "<w:vanish w:val=\"0\"/>"))))
    outcome = redact(data)
    assert "".join(part(outcome.data, "word/document.xml").itertext()) == "Shown.  not hidden"
    assert outcome.report["cleaning"]["hidden runs removed"] == 1


def test_the_package_is_rebuilt_from_the_allowlist(torture: Any, kit: ModuleType) -> None:
    outcome = redact((torture / "comment.docx").read_bytes(), known={"PERSON": ["Harriet Okafor"]})
    assert sorted(names(outcome.data)) == ["[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml",
                                           "word/_rels/document.xml.rels", "word/document.xml", "word/settings.xml",
                                           "word/styles.xml"]
    assert len(part(outcome.data, "docProps/core.xml")) == 0 and len(part(outcome.data, "docProps/app.xml")) == 0
    assert "comments" in outcome.report["dropped"]
    settings = part((redact((torture / "rsids.docx").read_bytes(), known={"PERSON": ["Stanley Okoro"]})).data,
                    "word/settings.xml")
    assert [etree.QName(child).localname for child in settings] == ["zoom", "removePersonalInformation", "removeDateAndTime"]
    assert b"rsid" not in etree.tostring(settings)


def test_parts_get_fresh_names_and_pictures_lose_their_metadata(torture: Any) -> None:
    outcome = redact((torture / "image_alt.docx").read_bytes(), known={"PERSON": ["Ruby Castellano"]})
    assert "word/media/image1.png" in names(outcome.data)
    root = part(outcome.data, "word/document.xml")
    doc_pr = next(root.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"))
    assert doc_pr.get("descr") == "Person 1 at home" and doc_pr.get("title") == "Person 1"
    exif = redact((torture / "image_exif.docx").read_bytes(), known={"PERSON": ["Freya Lindqvist"]})
    from PIL import Image

    with zipfile.ZipFile(io.BytesIO(exif.data)) as archive, Image.open(io.BytesIO(archive.read("word/media/image1.jpeg"))) as image:
        assert len(image.getexif()) == 0 and "exif" not in image.info


def test_links_bookmarks_and_fields(torture: Any) -> None:
    outcome = redact((torture / "hyperlink.docx").read_bytes(), known={"PERSON": ["Amara Osei"]})
    rels = part(outcome.data, "word/_rels/document.xml.rels")
    links = [rel for rel in rels if rel.get("TargetMode") == "External"]
    assert [rel.get("Target") for rel in links] == ["about:blank"]
    root = part(outcome.data, "word/document.xml")
    anchors = [link.get(f"{W}anchor") for link in root.iter(f"{W}hyperlink") if link.get(f"{W}anchor")]
    marks = [mark.get(f"{W}name") for mark in root.iter(f"{W}bookmarkStart")]
    assert anchors == marks == ["bookmark1"]
    fields = redact((torture / "field_code.docx").read_bytes(),
                    known={"PERSON": ["Kacper Nowak"], "EMAIL": ["kacper.nowak@example.org"]})
    body = part(fields.data, "word/document.xml")
    instructions = "".join(t.text or "" for t in body.iter(f"{W}instrText"))
    assert "HYPERLINK" in instructions and "nowak" not in instructions.lower()
    simple = next(body.iter(f"{W}fldSimple")).get(f"{W}instr")
    assert "MERGEFIELD" in simple and "nowak" not in simple.lower()


def test_an_identifier_where_no_redaction_reaches_fails_verification(kit: ModuleType) -> None:
    """A style named after the child cannot be rewritten without breaking the document: refused, not released."""
    styles = kit.STYLES.replace("</w:styles>", '<w:style w:type="paragraph" w:styleId="X"><w:name w:val="Maisie Fletcher notes"/>'
                                               "</w:style></w:styles>")
    data = kit.docx(kit.document(kit.p(kit.r("Nothing here."))), parts={"word/styles.xml": styles})
    with pytest.raises(VerificationError, match="PERSON identifier is still in the output .word/styles.xml"):
        redact(data)


def test_detection_finds_what_the_case_does_not_know(kit: ModuleType, redactor: Any) -> None:
    data = kit.docx(kit.document(kit.p(kit.r("Please ring Mrs Jennifer Oduya on "), kit.r("07700 "), kit.r("900871", "<w:b/>"),
                                       kit.r(" about the EHCP."))))
    outcome = redact_docx(data, FormatRequest(text_redactor=redactor))
    text = "".join(part(outcome.data, "word/document.xml").itertext())
    assert "Oduya" not in text and "900871" not in text and "[PHONE]" in text
    assert outcome.report["verification"]["checks"] == ["literal (every string)", "non-prose", "second reader (prose)"]


def test_embedded_objects_become_a_visible_placeholder(torture: Any) -> None:
    outcome = redact((torture / "ole_object.docx").read_bytes(), known={"PERSON": ["Clara Devereux"]})
    assert "[embedded object removed]" in "".join(part(outcome.data, "word/document.xml").itertext())
    assert not any(name.startswith("word/embeddings") or name.startswith("word/media") for name in names(outcome.data))


def test_a_macro_enabled_document_comes_out_as_a_plain_docx(torture: Any) -> None:
    outcome = redact((torture / "vba_macro.docx").read_bytes(), known={"PERSON": ["Sebastian Achterberg"]})
    types = etree.tostring(part(outcome.data, "[Content_Types].xml"))
    assert b"macroEnabled" not in types and b"vbaProject" not in types
    assert "vbaProject" in outcome.report["dropped"]
