"""``redact_odt``: the package rebuilt (mimetype first, manifest exact, meta empty), tracked changes and
annotations gone, spans rejoined, frames and objects handled."""

from __future__ import annotations

import io
import zipfile
from types import ModuleType
from typing import Any

from lxml import etree

from redaction.formats import FormatRequest
from redaction.formats.office import ODT_CONTENT_TYPE, redact_odt

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
MANIFEST = "{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}"


def redact(data: bytes, known: dict[str, list[str]]) -> Any:
    return redact_odt(data, FormatRequest(known=known, detect=False))


def test_the_package_is_rebuilt(torture: Any) -> None:
    outcome = redact((torture / "odt_meta.odt").read_bytes(), {"PERSON": ["Ava Kowalczyk", "Niamh Kowalczyk"]})
    assert outcome.content_type == ODT_CONTENT_TYPE and outcome.kind == "odt"
    with zipfile.ZipFile(io.BytesIO(outcome.data)) as archive:
        infos = archive.infolist()
        assert infos[0].filename == "mimetype" and infos[0].compress_type == zipfile.ZIP_STORED
        assert archive.read("mimetype") == ODT_CONTENT_TYPE.encode()
        listed = {entry.get(f"{MANIFEST}full-path") for entry in etree.fromstring(archive.read("META-INF/manifest.xml"))}
        assert listed == {"/", "content.xml", "styles.xml", "meta.xml", "Pictures/image1.png"}
        assert {info.filename for info in infos} == (listed - {"/"}) | {"mimetype", "META-INF/manifest.xml"}
        meta = etree.fromstring(archive.read("meta.xml"))
        assert len(meta[0]) == 0 and not (meta[0].text or "").strip()
        content = archive.read("content.xml")
    assert b"Kowalczyk" not in content and b'draw:name="Person' in content


def test_tracked_changes_and_annotations_are_gone(torture: Any) -> None:
    changes = redact((torture / "odt_tracked_changes.odt").read_bytes(), {"PERSON": ["Callum Brennan"]})
    notes = redact((torture / "odt_annotations.odt").read_bytes(), {"PERSON": ["Saoirse Brennan"]})
    for outcome, expected in ((changes, "Contact: the school office."), (notes, "The plan was agreed at the meeting.")):
        with zipfile.ZipFile(io.BytesIO(outcome.data)) as archive:
            root = etree.fromstring(archive.read("content.xml"))
        paragraphs = ["".join(p.itertext()) for p in root.iter(f"{TEXT}p")]
        assert paragraphs[0] == expected
        assert b"tracked-changes" not in etree.tostring(root) and b"annotation" not in etree.tostring(root)


def test_spans_are_rejoined_and_formatting_kept(kit: ModuleType) -> None:
    body = ('<text:p text:style-name="P1">We met <text:span text:style-name="T1">Ma</text:span>isie<text:s/>'
            '<text:span text:style-name="T2">Fletcher</text:span> and <text:bookmark text:name="Maisie notes"/>Sam.</text:p>'
            '<text:p><text:bookmark-ref text:ref-name="Maisie notes">see</text:bookmark-ref></text:p>')
    outcome = redact(kit.odt(body), {"PERSON": ["Maisie Fletcher"]})
    with zipfile.ZipFile(io.BytesIO(outcome.data)) as archive:
        root = etree.fromstring(archive.read("content.xml"))
    first = next(root.iter(f"{TEXT}p"))
    assert etree.tostring(first, with_tail=False).decode().split(">", 1)[1] == (
        'We met <text:span text:style-name="T1">Person 1</text:span><text:s/><text:span text:style-name="T2"/> and '
        '<text:bookmark text:name="mark1"/>Sam.</text:p>')
    assert next(root.iter(f"{TEXT}bookmark-ref")).get(f"{TEXT}ref-name") == "mark1"


def test_an_ole_object_becomes_a_placeholder_and_charts_stay(kit: ModuleType) -> None:
    body = ('<text:p>See <draw:frame draw:name="Object1" text:anchor-type="as-char"><draw:object-ole xlink:href="./Object 1"/>'
            '<draw:image xlink:href="./ObjectReplacements/Object 1"/></draw:frame> and '
            '<draw:frame draw:name="Chart" text:anchor-type="as-char"><draw:object xlink:href="./Object 2"/>'
            '<draw:image xlink:href="./ObjectReplacements/Object 2"/></draw:frame>.</text:p>')
    chart = (kit.HEAD + f'<office:document-content {kit.ODF_NS}><office:body><office:chart><table:table table:name="t">'
             "<table:table-row><table:table-cell><text:p>Maisie Fletcher</text:p></table:table-cell></table:table-row>"
             "</table:table></office:chart></office:body></office:document-content>")
    data = kit.odt(body, extra={"Object 1": b"\xd0\xcf\x11\xe0 OLE Maisie Fletcher", "Object 2/content.xml": chart,
                                "ObjectReplacements/Object 1": b"metafile", "ObjectReplacements/Object 2": b"metafile"},
                   entries={"Object 2/": "application/vnd.oasis.opendocument.chart"})
    outcome = redact(data, {"PERSON": ["Maisie Fletcher"]})
    with zipfile.ZipFile(io.BytesIO(outcome.data)) as archive:
        assert sorted(archive.namelist()) == ["META-INF/manifest.xml", "Object1/content.xml", "content.xml", "meta.xml",
                                              "mimetype", "styles.xml"]
        content = archive.read("content.xml").decode()
        assert "[embedded object removed]" in content and 'xlink:href="./Object1"' in content
        assert "ObjectReplacements" not in content and b"Person 1" in archive.read("Object1/content.xml")
