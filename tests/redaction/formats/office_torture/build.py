"""Builds the Office torture corpus: one small .docx/.odt per place a naive redactor misses, each XML part
written by hand (zipfile, no python-docx) so every hiding place is exact; the .doc and .rtf are made from a
.docx by LibreOffice. Writes the files and manifest.json (each file's secrets, the case's known identifiers
and what the file hides) next to this script.

    python tests/redaction/formats/office_torture/build.py            # rebuild everything
    python tests/redaction/formats/office_torture/build.py --no-legacy  # without LibreOffice

Every identifier here is invented. Zip entries carry a fixed timestamp, so the build is reproducible.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
EPOCH = (1980, 1, 1, 0, 0, 0)

NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
      'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
      'xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
      'mc:Ignorable="w14 w15"')
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
OD = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
SECT = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
STYLES = (HEAD + f'<w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans"/>'
          '<w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
          '<w:name w:val="Normal"/></w:style></w:styles>')
SETTINGS = HEAD + f'<w:settings {NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/></w:settings>'
FILLER = "The review meeting agreed the support plan and the next steps for the coming term."


def r(text: str, props: str = "") -> str:
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f"<w:r>{'<w:rPr>' + props + '</w:rPr>' if props else ''}<w:t{space}>{text}</w:t></w:r>"


def p(*runs: str, props: str = "") -> str:
    return f"<w:p>{'<w:pPr>' + props + '</w:pPr>' if props else ''}{''.join(runs)}</w:p>"


def document(*paragraphs: str, sect: str = SECT) -> str:
    return HEAD + f"<w:document {NS}><w:body>{''.join(paragraphs)}{sect}</w:body></w:document>"


def rels(*entries: tuple[str, str, str] | tuple[str, str, str, bool]) -> str:
    out = []
    for entry in entries:
        rel_id, kind, target = entry[:3]
        uri = kind if kind.startswith("http") else OD + kind
        mode = ' TargetMode="External"' if len(entry) > 3 and entry[3] else ""
        out.append(f'<Relationship Id="{rel_id}" Type="{uri}" Target="{target}"{mode}/>')
    return HEAD + ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   + "".join(out) + "</Relationships>")


def docx(body: str, *, doc_rels: list[Any] = (), parts: dict[str, str | bytes] | None = None,
         overrides: dict[str, str] | None = None, core: str = "", app: str = "", package_rels: list[Any] = (),
         main_type: str = WML + "document.main+xml") -> bytes:
    """A .docx: the body, its relationships (styles and settings always), extra parts and content types."""
    files: dict[str, str | bytes] = {
        "word/document.xml": body,
        "word/styles.xml": STYLES,
        "word/settings.xml": SETTINGS,
        "word/_rels/document.xml.rels": rels(("rIdS1", "styles", "styles.xml"), ("rIdS2", "settings", "settings.xml"),
                                             *doc_rels),
        "docProps/core.xml": HEAD + ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                                     'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">'
                                     f"{core}</cp:coreProperties>"),
        "docProps/app.xml": HEAD + ('<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
                                    f"<Application>Microsoft Office Word</Application>{app}</Properties>"),
        "_rels/.rels": rels(("rId1", "officeDocument", "word/document.xml"),
                            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                             "docProps/core.xml"),
                            ("rId3", "extended-properties", "docProps/app.xml"), *package_rels),
        **(parts or {}),
    }
    types = {"/word/document.xml": main_type, "/word/styles.xml": WML + "styles+xml",
             "/word/settings.xml": WML + "settings+xml",
             "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
             "/docProps/app.xml": "application/vnd.openxmlformats-officedocument.extended-properties+xml",
             **(overrides or {})}
    content_types = HEAD + ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                            '<Default Extension="xml" ContentType="application/xml"/>'
                            '<Default Extension="png" ContentType="image/png"/><Default Extension="jpeg" ContentType="image/jpeg"/>'
                            '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.oleObject"/>'
                            + "".join(f'<Override PartName="{name}" ContentType="{kind}"/>' for name, kind in types.items())
                            + "</Types>")
    return zipped({"[Content_Types].xml": content_types, **files})


def zipped(files: dict[str, str | bytes], *, stored_first: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=EPOCH)
            info.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            archive.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buffer.getvalue()


def png(size: tuple[int, int] = (16, 16), colour: tuple[int, int, int] = (90, 140, 200), text: str = "") -> bytes:
    image = Image.new("RGB", size, colour)
    if text:
        draw = ImageDraw.Draw(image)
        font = ImageFont.truetype(FONT, 40)
        draw.text((30, 40), text, fill=(0, 0, 0), font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def drawing(rel_id: str, *, descr: str = "", title: str = "", name: str = "Picture 1", cnv_name: str = "image.png") -> str:
    """An inline DrawingML picture (1 x 1 inch) pointing at ``rel_id``."""
    return (f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="914400" cy="914400"/>'
            f'<wp:docPr id="1" name="{name}" descr="{descr}" title="{title}"/>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            f'<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="{cnv_name}" descr="{descr}"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rel_id}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="914400" cy="914400"/></a:xfrm><a:prstGeom prst="rect"/></pic:spPr>'
            "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>")


Case = tuple[bytes, list[str], dict[str, list[str]], str]
CASES: dict[str, Callable[[], Case]] = {}


def case(name: str) -> Callable[[Callable[[], Case]], Callable[[], Case]]:
    def register(function: Callable[[], Case]) -> Callable[[], Case]:
        CASES[name] = function
        return function
    return register


@case("split_runs.docx")
def split_runs() -> Case:
    body = document(
        p(r("Dear parent,")),
        p(r("We met "), r("Ma"), r("isie Fle", "<w:b/>"), r("tcher", "<w:i/>"), r(" at school on Monday.")),
        p(r("Her phone: 07700 "), r("900", "<w:u w:val=\"single\"/>"), r("456.")),
        p(r(FILLER)),
    )
    return docx(body), ["Maisie Fletcher", "07700 900456"], {"PERSON": ["Maisie Fletcher"], "PHONE": ["07700 900456"]}, \
        "a name and a phone number split over runs with different formatting"


@case("tracked_deletion.docx")
def tracked_deletion() -> Case:
    body = document(
        p(r("The social worker is "),
          '<w:del w:id="1" w:author="Oliver Brampton" w:date="2026-01-05T10:00:00Z"><w:r><w:delText>Oliver Brampton on 07700 900457</w:delText></w:r></w:del>',
          '<w:ins w:id="2" w:author="Editor" w:date="2026-01-05T10:01:00Z"><w:r><w:t>to be confirmed</w:t></w:r></w:ins>',
          r(".")),
        p('<w:r><w:rPr><w:b/><w:rPrChange w:id="3" w:author="Oliver Brampton" w:date="2026-01-05T10:02:00Z"><w:rPr/></w:rPrChange></w:rPr><w:t>Reviewed.</w:t></w:r>'),
        p(r(FILLER)),
    )
    return docx(body), ["Oliver Brampton", "07700 900457"], {"PERSON": ["Oliver Brampton"], "PHONE": ["07700 900457"]}, \
        "a tracked deletion (w:del/w:delText) with a name and phone; authors on revisions and a formatting change"


@case("move_from.docx")
def move_from() -> Case:
    body = document(
        '<w:p><w:moveFromRangeStart w:id="1" w:name="move1" w:author="A"/><w:moveFrom w:id="2" w:author="A">'
        '<w:r><w:t>Address: Flat 3, 27 Orchard Mews</w:t></w:r></w:moveFrom><w:moveFromRangeEnd w:id="1"/></w:p>',
        p(r(FILLER)),
        '<w:p><w:moveToRangeStart w:id="3" w:name="move1" w:author="A"/><w:moveTo w:id="4" w:author="A">'
        '<w:r><w:t>Address: Flat 3, 27 Orchard Mews</w:t></w:r></w:moveTo><w:moveToRangeEnd w:id="3"/></w:p>',
    )
    return docx(body), ["27 Orchard Mews"], {"ADDRESS": ["Flat 3, 27 Orchard Mews"]}, \
        "moved text: the moveFrom copy (gone) and the moveTo copy (kept, redacted)"


@case("hidden_text.docx")
def hidden_text() -> Case:
    body = document(
        p(r("Visible summary. "), r("NHS number 943 476 5919", "<w:vanish/>")),
        p(r("Child: "), r("Poppy Vasquez", "<w:specVanish/>")),
        p(r(FILLER)),
    )
    return docx(body), ["943 476 5919", "Poppy Vasquez"], {"NHS_NUMBER": ["943 476 5919"], "PERSON": ["Poppy Vasquez"]}, \
        "hidden text: w:vanish and w:specVanish runs"


@case("comment.docx")
def comment() -> Case:
    body = document(
        p('<w:commentRangeStart w:id="0"/>', r("The plan was agreed."), '<w:commentRangeEnd w:id="0"/>',
          '<w:r><w:commentReference w:id="0"/></w:r>'),
        p(r(FILLER)),
    )
    comments = (HEAD + f'<w:comments {NS}><w:comment w:id="0" w:author="Harriet Okafor" w:initials="HO">'
                + p(r("Check with Dr Harriet Okafor first.")) + "</w:comment></w:comments>")
    return docx(body, doc_rels=[("rIdC", "comments", "comments.xml")], parts={"word/comments.xml": comments},
                overrides={"/word/comments.xml": WML + "comments+xml"}), \
        ["Harriet Okafor"], {"PERSON": ["Harriet Okafor"]}, "a comment (text and author) and its anchors"


@case("header_footer.docx")
def header_footer() -> Case:
    header1 = HEAD + f"<w:hdr {NS}>" + p(r("Case of Tobias Wren")) + "</w:hdr>"
    footer1 = HEAD + f"<w:ftr {NS}>" + p(r("Call 07700 900458")) + "</w:ftr>"
    header2 = HEAD + f"<w:hdr {NS}>" + p(r("The Wren family, 5 Beacon Row")) + "</w:hdr>"
    first_sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/><w:footerReference w:type="default" r:id="rIdF1"/>'
                  '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" '
                  'w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
    last_sect = SECT.replace("<w:sectPr>", '<w:sectPr><w:headerReference w:type="default" r:id="rIdH2"/>')
    body = document(p(r(FILLER), props=first_sect), p(r(FILLER)), sect=last_sect)
    return docx(body, doc_rels=[("rIdH1", "header", "header1.xml"), ("rIdF1", "footer", "footer1.xml"),
                                ("rIdH2", "header", "header2.xml")],
                parts={"word/header1.xml": header1, "word/footer1.xml": footer1, "word/header2.xml": header2},
                overrides={"/word/header1.xml": WML + "header+xml", "/word/footer1.xml": WML + "footer+xml",
                           "/word/header2.xml": WML + "header+xml"}), \
        ["Tobias Wren", "07700 900458", "5 Beacon Row"], \
        {"PERSON": ["Tobias Wren"], "PHONE": ["07700 900458"], "ADDRESS": ["5 Beacon Row"]}, \
        "headers and footers of two sections"


def _notes(kind: str, text: str) -> str:
    tag = "footnote" if kind == "footnotes" else "endnote"
    return (HEAD + f"<w:{kind} {NS}>"
            f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
            f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>'
            f'<w:{tag} w:id="1">' + p(r(text)) + f"</w:{tag}></w:{kind}>")


@case("footnote.docx")
def footnote() -> Case:
    body = document(p(r("As the school reported"), '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'),
                    p(r(FILLER)))
    return docx(body, doc_rels=[("rIdN", "footnotes", "footnotes.xml")],
                parts={"word/footnotes.xml": _notes("footnotes", "Letter from Greenbank Academy, head teacher Mr Desmond Pryce.")},
                overrides={"/word/footnotes.xml": WML + "footnotes+xml"}), \
        ["Greenbank Academy", "Desmond Pryce"], {"SCHOOL": ["Greenbank Academy"], "PERSON": ["Desmond Pryce"]}, "a footnote"


@case("endnote.docx")
def endnote() -> Case:
    body = document(p(r("See the referral"), '<w:r><w:endnoteReference w:id="1"/></w:r>'), p(r(FILLER)))
    return docx(body, doc_rels=[("rIdE", "endnotes", "endnotes.xml")],
                parts={"word/endnotes.xml": _notes("endnotes", "Referral by Imogen Saltmarsh, 9 Kestrel Lane, LS7 4PB.")},
                overrides={"/word/endnotes.xml": WML + "endnotes+xml"}), \
        ["Imogen Saltmarsh", "9 Kestrel Lane", "LS7 4PB"], \
        {"PERSON": ["Imogen Saltmarsh"], "ADDRESS": ["9 Kestrel Lane"], "POSTCODE": ["LS7 4PB"]}, "an endnote"


@case("textbox_vml.docx")
def textbox_vml() -> Case:
    box = ('<w:r><w:pict><v:shape id="tb1" type="#_x0000_t202" style="width:200pt;height:60pt" alt="Note about Lily-Rose Atherton">'
           "<v:textbox><w:txbxContent>" + p(r("Lily-Rose Atherton, Year 4")) + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>")
    return docx(document(p(r("See the note: "), box), p(r(FILLER)))), \
        ["Lily-Rose Atherton"], {"PERSON": ["Lily-Rose Atherton"]}, "a VML text box (v:textbox) and its alt text"


@case("textbox_drawingml.docx")
def textbox_drawingml() -> Case:
    inner = "<w:txbxContent>" + p(r("Key worker: "), r("Rohan Mistry", "<w:b/>")) + "</w:txbxContent>"
    shape = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" '
             'simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
             '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
             '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
             '<wp:extent cx="2540000" cy="762000"/><wp:wrapSquare wrapText="bothSides"/>'
             '<wp:docPr id="2" name="Text Box 2"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
             '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2540000" cy="762000"/></a:xfrm>'
             '<a:prstGeom prst="rect"/></wps:spPr><wps:txbx>' + inner + '</wps:txbx><wps:bodyPr/></wps:wsp>'
             "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
             '<mc:Fallback><w:pict><v:shape id="tb2" type="#_x0000_t202" style="width:200pt;height:60pt"><v:textbox>'
             + inner + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>")
    return docx(document(p(r("Contacts. "), shape), p(r(FILLER)))), \
        ["Rohan Mistry"], {"PERSON": ["Rohan Mistry"]}, "a DrawingML text box (wps:txbx) with its VML fallback copy"


@case("field_code.docx")
def field_code() -> Case:
    body = document(
        p(r("Write to "),
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
          '<w:r><w:instrText xml:space="preserve"> HYPERLINK "mailto:kacper.</w:instrText></w:r>',
          '<w:r><w:instrText xml:space="preserve">nowak@example.org" </w:instrText></w:r>',
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', r("Kacper Nowak"),
          '<w:r><w:fldChar w:fldCharType="end"/></w:r>', r(".")),
        p(r("Parent: "), '<w:fldSimple w:instr=" MERGEFIELD Parent_Kacper_Nowak \\* MERGEFORMAT "><w:r><w:t>«Parent»</w:t></w:r></w:fldSimple>'),
        p(r(FILLER)),
    )
    return docx(body), ["Kacper Nowak", "kacper.nowak@example.org"], \
        {"PERSON": ["Kacper Nowak"], "EMAIL": ["kacper.nowak@example.org"]}, \
        "a complex field (HYPERLINK instruction split over runs, cached result) and a simple field's instruction"


@case("hyperlink.docx")
def hyperlink() -> Case:
    body = document(
        p('<w:hyperlink r:id="rIdL1" w:tooltip="Profile of Amara Osei"><w:r><w:t>her profile</w:t></w:r></w:hyperlink>',
          r(" and "), '<w:hyperlink w:anchor="Amara_Osei_notes"><w:r><w:t>the notes</w:t></w:r></w:hyperlink>'),
        p('<w:bookmarkStart w:id="7" w:name="Amara_Osei_notes"/>', r(FILLER), '<w:bookmarkEnd w:id="7"/>'),
    )
    return docx(body, doc_rels=[("rIdL1", "hyperlink", "https://social.example.com/profiles/amara-osei", True)]), \
        ["Amara Osei"], {"PERSON": ["Amara Osei"]}, "an external hyperlink target, its tooltip, a bookmark name and anchor"


@case("image_alt.docx")
def image_alt() -> Case:
    body = document(p(r("Photo:")), p(drawing("rIdI1", descr="Ruby Castellano at home", title="Ruby Castellano",
                                              name="Ruby Castellano photo", cnv_name="ruby_castellano.png")), p(r(FILLER)))
    return docx(body, doc_rels=[("rIdI1", "image", "media/ruby_castellano.png")], parts={"word/media/ruby_castellano.png": png()}), \
        ["Ruby Castellano"], {"PERSON": ["Ruby Castellano"]}, "a picture's alt text, title and names (wp:docPr, pic:cNvPr, part name)"


@case("image_text.docx")
def image_text() -> Case:
    picture = png((900, 140), (255, 255, 255), "Jayden Okonkwo")
    body = document(p(r("Scan of the letter:")), p(drawing("rIdI1")), p(r(FILLER)))
    return docx(body, doc_rels=[("rIdI1", "image", "media/image1.png")], parts={"word/media/image1.png": picture}), \
        ["Jayden Okonkwo"], {"PERSON": ["Jayden Okonkwo"]}, "a name only in a picture's pixels (needs OCR)"


@case("image_exif.docx")
def image_exif() -> Case:
    image = Image.new("RGB", (16, 16), (200, 120, 80))
    exif = Image.Exif()
    exif[0x013B] = "Freya Lindqvist"  # Artist
    exif[0x010E] = "Freya Lindqvist at 12 Heron Quay"  # ImageDescription
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif.tobytes())
    body = document(p(r("Photo:")), p(drawing("rIdI1")), p(r(FILLER)))
    return docx(body, doc_rels=[("rIdI1", "image", "media/image1.jpeg")], parts={"word/media/image1.jpeg": buffer.getvalue()}), \
        ["Freya Lindqvist", "12 Heron Quay"], {"PERSON": ["Freya Lindqvist"], "ADDRESS": ["12 Heron Quay"]}, \
        "a picture's EXIF (Artist, ImageDescription)"


@case("chart.docx")
def chart() -> Case:
    graphic = ('<w:r><w:drawing><wp:inline><wp:extent cx="4572000" cy="2743200"/><wp:docPr id="3" name="Chart 1"/>'
               '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
               '<c:chart r:id="rIdCh"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
    chart_xml = (HEAD + f'<c:chartSpace {NS}><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Attendance of Harvey Quinlan</a:t></a:r></a:p>'
                 '</c:rich></c:tx></c:title><c:plotArea><c:barChart><c:barDir w:val="col" xmlns:w="http://schemas.openxmlformats.org/drawingml/2006/chart"/>'
                 '<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache><c:ptCount val="1"/>'
                 '<c:pt idx="0"><c:v>Harvey Quinlan</c:v></c:pt></c:strCache></c:strRef></c:tx>'
                 '<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$3</c:f><c:strCache><c:ptCount val="2"/><c:pt idx="0"><c:v>Autumn</c:v></c:pt>'
                 '<c:pt idx="1"><c:v>Spring (DOB 11/02/2015)</c:v></c:pt></c:strCache></c:strRef></c:cat>'
                 '<c:val><c:numRef><c:f>Sheet1!$B$2:$B$3</c:f><c:numCache><c:ptCount val="2"/><c:pt idx="0"><c:v>91</c:v></c:pt>'
                 '<c:pt idx="1"><c:v>87</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart>'
                 '<c:externalData r:id="rIdX"/></c:chartSpace>')
    workbook = zipped({"xl/sharedStrings.xml": "<sst><si><t>Harvey Quinlan</t></si></sst>"})
    return docx(document(p(graphic), p(r(FILLER))), doc_rels=[("rIdCh", "chart", "charts/chart1.xml")],
                parts={"word/charts/chart1.xml": chart_xml,
                       "word/charts/_rels/chart1.xml.rels": rels(("rIdX", "package", "../embeddings/Microsoft_Excel_Worksheet.xlsx")),
                       "word/embeddings/Microsoft_Excel_Worksheet.xlsx": workbook},
                overrides={"/word/charts/chart1.xml": "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
                           "/word/embeddings/Microsoft_Excel_Worksheet.xlsx":
                               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}), \
        ["Harvey Quinlan", "11/02/2015"], {"PERSON": ["Harvey Quinlan"], "DATE_OF_BIRTH": ["11/02/2015"]}, \
        "a chart: title, cached series name and categories, and its embedded workbook"


@case("smartart.docx")
def smartart() -> Case:
    graphic = ('<w:r><w:drawing><wp:inline><wp:extent cx="4572000" cy="2743200"/><wp:docPr id="4" name="Diagram 1"/>'
               '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram">'
               '<dgm:relIds r:dm="rIdD1" r:lo="rIdD2" r:qs="rIdD3" r:cs="rIdD4"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
    data = (HEAD + f'<dgm:dataModel {NS}><dgm:ptLst><dgm:pt modelId="{{1}}" type="doc"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p><a:r><a:t>Team</a:t></a:r></a:p></dgm:t></dgm:pt>'
            '<dgm:pt modelId="{2}"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p><a:r><a:t>Isla Mc</a:t></a:r><a:r><a:rPr b="1"/><a:t>Allister</a:t></a:r></a:p></dgm:t></dgm:pt>'
            '</dgm:ptLst><dgm:cxnLst/></dgm:dataModel>')
    drawn = (HEAD + '<dsp:drawing xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" '
             'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dsp:spTree><dsp:sp modelId="{3}"><dsp:txBody><a:bodyPr/>'
             '<a:p><a:r><a:t>Isla McAllister</a:t></a:r></a:p></dsp:txBody></dsp:sp></dsp:spTree></dsp:drawing>')
    simple = HEAD + '<dgm:layoutDef xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram"/>'
    dml = "application/vnd.openxmlformats-officedocument.drawingml."
    data_rels = rels(("rIdDD", "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing", "drawing1.xml"))
    return docx(document(p(graphic), p(r(FILLER))),
                doc_rels=[("rIdD1", "diagramData", "diagrams/data1.xml"), ("rIdD2", "diagramLayout", "diagrams/layout1.xml"),
                          ("rIdD3", "diagramQuickStyle", "diagrams/quickStyle1.xml"), ("rIdD4", "diagramColors", "diagrams/colors1.xml")],
                parts={"word/diagrams/data1.xml": data, "word/diagrams/_rels/data1.xml.rels": data_rels,
                       "word/diagrams/drawing1.xml": drawn, "word/diagrams/layout1.xml": simple,
                       "word/diagrams/quickStyle1.xml": simple.replace("layoutDef", "styleDef"),
                       "word/diagrams/colors1.xml": simple.replace("layoutDef", "colorsDef")},
                overrides={"/word/diagrams/data1.xml": dml + "diagramData+xml", "/word/diagrams/layout1.xml": dml + "diagramLayout+xml",
                           "/word/diagrams/quickStyle1.xml": dml + "diagramStyle+xml", "/word/diagrams/colors1.xml": dml + "diagramColors+xml",
                           "/word/diagrams/drawing1.xml": "application/vnd.ms-office.drawingml.diagramDrawing+xml"}), \
        ["Isla McAllister"], {"PERSON": ["Isla McAllister"]}, "SmartArt: the data model (split runs) and its drawing copy"


@case("custom_xml.docx")
def custom_xml() -> Case:
    item = '<?xml version="1.0"?><case xmlns="urn:example:case"><child>Noah Pemberton</child><ref>LA-2026-00417</ref></case>'
    props = (HEAD + '<ds:datastoreItem ds:itemID="{11111111-2222-3333-4444-555555555555}" '
             'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>')
    body = document(p('<w:sdt><w:sdtPr><w:alias w:val="Child"/><w:tag w:val="child"/><w:dataBinding w:xpath="/case/child" '
                      'w:storeItemID="{11111111-2222-3333-4444-555555555555}"/></w:sdtPr><w:sdtContent><w:r><w:t>the child</w:t></w:r>'
                      "</w:sdtContent></w:sdt>"), p(r(FILLER)))
    return docx(body, doc_rels=[("rIdX1", "customXml", "../customXml/item1.xml")],
                parts={"customXml/item1.xml": item, "customXml/itemProps1.xml": props,
                       "customXml/_rels/item1.xml.rels": rels(("rId1", "customXmlProps", "itemProps1.xml"))},
                overrides={"/customXml/itemProps1.xml": "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"}), \
        ["Noah Pemberton", "LA-2026-00417"], {"PERSON": ["Noah Pemberton"], "CASE_REF": ["LA-2026-00417"]}, \
        "a custom XML data store bound to a content control"


@case("custom_properties.docx")
def custom_properties() -> Case:
    custom = (HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="ChildName"><vt:lpwstr>Evie Marchetti</vt:lpwstr></property>'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Evie Marchetti file"><vt:lpwstr>x</vt:lpwstr></property>'
              "</Properties>")
    return docx(document(p(r(FILLER))), parts={"docProps/custom.xml": custom},
                package_rels=[("rId4", "custom-properties", "docProps/custom.xml")],
                overrides={"/docProps/custom.xml": "application/vnd.openxmlformats-officedocument.custom-properties+xml"}), \
        ["Evie Marchetti"], {"PERSON": ["Evie Marchetti"]}, "custom document properties (value and name)"


@case("core_properties.docx")
def core_properties() -> Case:
    core = ("<dc:title>Assessment of Reggie Whitfield</dc:title><dc:creator>Grace Whitfield</dc:creator>"
            "<cp:lastModifiedBy>Grace Whitfield</cp:lastModifiedBy><cp:keywords>Whitfield EHCP</cp:keywords>"
            "<cp:revision>7</cp:revision>")
    app = "<Company>Whitfield Family Support</Company><Manager>Grace Whitfield</Manager><Template>Normal.dotm</Template>"
    return docx(document(p(r(FILLER))), core=core, app=app), \
        ["Reggie Whitfield", "Grace Whitfield", "Whitfield"], {"PERSON": ["Reggie Whitfield", "Grace Whitfield"]}, \
        "core properties (title, author, last modified by, keywords) and app properties (company, manager)"


@case("glossary.docx")
def glossary() -> Case:
    glossary_doc = (HEAD + f'<w:glossaryDocument {NS}><w:docParts><w:docPart><w:docPartPr><w:name w:val="Sign-off"/></w:docPartPr>'
                    "<w:docPartBody>" + p(r("Yours sincerely, Beatrix Holloway")) + "</w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>")
    return docx(document(p(r(FILLER))), doc_rels=[("rIdG", "glossaryDocument", "glossary/document.xml")],
                parts={"word/glossary/document.xml": glossary_doc},
                overrides={"/word/glossary/document.xml": WML + "document.glossary+xml"}), \
        ["Beatrix Holloway"], {"PERSON": ["Beatrix Holloway"]}, "a glossary document (building blocks)"


@case("rsids.docx")
def rsids() -> Case:
    settings = (HEAD + f'<w:settings {NS}><w:zoom w:percent="100"/><w:rsids><w:rsidRoot w:val="00A7C3D1"/><w:rsid w:val="00A7C3D1"/>'
                '<w:rsid w:val="00F19E42"/></w:rsids><w:docVars><w:docVar w:name="client" w:val="Stanley Okoro"/></w:docVars>'
                "<w:mailMerge><w:mainDocumentType w:val=\"formLetters\"/><w:query w:val=\"SELECT * FROM Stanley_Okoro_family\"/></w:mailMerge>"
                '<w:attachedTemplate r:id="rIdT"/></w:settings>')
    body = document('<w:p w:rsidR="00A7C3D1" w:rsidRDefault="00F19E42"><w:r w:rsidRPr="00F19E42"><w:t>' + FILLER + "</w:t></w:r></w:p>")
    return docx(body, parts={"word/settings.xml": settings,
                             "word/_rels/settings.xml.rels": rels(("rIdT", "attachedTemplate",
                                                                   "file:///C:/Users/stanley.okoro/Templates/Normal.dotm", True))}), \
        ["00A7C3D1", "00F19E42", "Stanley Okoro"], {"PERSON": ["Stanley Okoro"]}, \
        "revision ids (w:rsid attributes and table), a document variable, a mail-merge query, the attached template's path"


@case("people.docx")
def people() -> Case:
    people_xml = (HEAD + f'<w15:people {NS}><w15:person w15:author="Dominic Ashworth"><w15:presenceInfo w15:providerId="AD" '
                  'w15:userId="dominic.ashworth@example.org"/></w15:person></w15:people>')
    body = document(p(r("Agreed: "), '<w:ins w:id="1" w:author="Dominic Ashworth" w:date="2026-02-01T09:00:00Z"><w:r><w:t>yes</w:t></w:r></w:ins>'),
                    p(r(FILLER)))
    return docx(body, doc_rels=[("rIdP", "http://schemas.microsoft.com/office/2011/relationships/people", "people.xml")],
                parts={"word/people.xml": people_xml}, overrides={"/word/people.xml": WML + "people+xml"}), \
        ["Dominic Ashworth", "dominic.ashworth@example.org"], \
        {"PERSON": ["Dominic Ashworth"], "EMAIL": ["dominic.ashworth@example.org"]}, "people.xml and an insertion's author"


@case("ole_object.docx")
def ole_object() -> Case:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64 + "Clara Devereux, 33 Linden Walk".encode("utf-16-le")
    obj = ('<w:r><w:object w:dxaOrig="1440" w:dyaOrig="1440"><v:shape id="ole1" style="width:72pt;height:72pt" o:ole="">'
           '<v:imagedata r:id="rIdOP" o:title="Clara Devereux"/></v:shape>'
           '<o:OLEObject Type="Embed" ProgID="Word.Document.12" ShapeID="ole1" DrawAspect="Icon" ObjectID="_1" r:id="rIdO"/></w:object></w:r>')
    return docx(document(p(r("Attached: "), obj), p(r(FILLER))),
                doc_rels=[("rIdO", "oleObject", "embeddings/oleObject1.bin"), ("rIdOP", "image", "media/image1.png")],
                parts={"word/embeddings/oleObject1.bin": ole, "word/media/image1.png": png()}), \
        ["Clara Devereux", "33 Linden Walk"], {"PERSON": ["Clara Devereux"], "ADDRESS": ["33 Linden Walk"]}, \
        "an embedded OLE object (its data and its preview's title)"


@case("vba_macro.docx")
def vba_macro() -> Case:
    vba = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 32 + b'MsgBox "Sebastian Achterberg"'
    return docx(document(p(r(FILLER))), doc_rels=[("rIdV", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin")],
                parts={"word/vbaProject.bin": vba}, main_type="application/vnd.ms-word.document.macroEnabled.main+xml",
                overrides={"/word/vbaProject.bin": "application/vnd.ms-office.vbaProject"}), \
        ["Sebastian Achterberg"], {"PERSON": ["Sebastian Achterberg"]}, "a macro project (vbaProject.bin) in a .docm"


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"')
ODT_TYPE = "application/vnd.oasis.opendocument.text"


def odt(text_body: str, *, meta: str = "", extra: dict[str, str | bytes] | None = None,
        entries: dict[str, str] | None = None) -> bytes:
    """An .odt: the text body, meta, extra files, and extra manifest entries (path -> media type)."""
    content = (HEAD + f"<office:document-content {ODF_NS}><office:automatic-styles/><office:body><office:text>"
               f"{text_body}</office:text></office:body></office:document-content>")
    styles = (HEAD + f"<office:document-styles {ODF_NS}><office:styles/><office:master-styles>"
              '<style:master-page style:name="Standard"/></office:master-styles></office:document-styles>')
    meta_xml = HEAD + f"<office:document-meta {ODF_NS}><office:meta>{meta}</office:meta></office:document-meta>"
    files: dict[str, str | bytes] = {"mimetype": ODT_TYPE, "content.xml": content, "styles.xml": styles,
                                     "meta.xml": meta_xml, **(extra or {})}
    listed = "".join(f'<manifest:file-entry manifest:full-path="{name}" manifest:media-type="{"text/xml" if name.endswith(".xml") else ""}"/>'
                     for name in files if name != "mimetype")
    listed += "".join(f'<manifest:file-entry manifest:full-path="{name}" manifest:media-type="{kind}"/>'
                      for name, kind in (entries or {}).items())
    manifest = (HEAD + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{ODT_TYPE}"/>{listed}</manifest:manifest>')
    return zipped({**files, "META-INF/manifest.xml": manifest}, stored_first="mimetype")


ODT_FILLER = f"<text:p>{FILLER}</text:p>"


@case("odt_annotations.odt")
def odt_annotations() -> Case:
    body = ('<text:p>The plan was agreed<office:annotation office:name="c1"><dc:creator>Saoirse Brennan</dc:creator>'
            "<dc:date>2026-03-01T10:00:00</dc:date><text:p>Call Saoirse Brennan on 07700 900459</text:p></office:annotation>"
            ' at the meeting<office:annotation-end office:name="c1"/>.</text:p>' + ODT_FILLER)
    return odt(body), ["Saoirse Brennan", "07700 900459"], {"PERSON": ["Saoirse Brennan"], "PHONE": ["07700 900459"]}, \
        "an ODT annotation (author, date, text)"


@case("odt_tracked_changes.odt")
def odt_tracked_changes() -> Case:
    body = ('<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info>'
            "<dc:creator>Callum Brennan</dc:creator><dc:date>2026-03-02T11:00:00</dc:date></office:change-info>"
            "<text:p>Callum Brennan, 41 Fenwick Street</text:p></text:deletion></text:changed-region>"
            '<text:changed-region text:id="ct2"><text:insertion><office:change-info><dc:creator>Callum Brennan</dc:creator>'
            "<dc:date>2026-03-02T11:01:00</dc:date></office:change-info></text:insertion></text:changed-region>"
            "</text:tracked-changes>"
            '<text:p>Contact: <text:change text:change-id="ct1"/><text:change-start text:change-id="ct2"/>the school office'
            '<text:change-end text:change-id="ct2"/>.</text:p>' + ODT_FILLER)
    return odt(body), ["Callum Brennan", "41 Fenwick Street"], {"PERSON": ["Callum Brennan"], "ADDRESS": ["41 Fenwick Street"]}, \
        "ODT tracked changes: a deletion with its text, authors and dates"


@case("odt_meta.odt")
def odt_meta() -> Case:
    meta = ("<dc:title>Support plan for Ava Kowalczyk</dc:title><meta:initial-creator>Niamh Kowalczyk</meta:initial-creator>"
            "<dc:creator>Niamh Kowalczyk</dc:creator><meta:keyword>Kowalczyk</meta:keyword>"
            '<meta:user-defined meta:name="Child">Ava Kowalczyk</meta:user-defined>')
    settings = (HEAD + '<office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"><office:settings>'
                '<config:config-item-set config:name="ooo:configuration-settings"><config:config-item config:name="PrinterName" '
                'config:type="string">Niamh Kowalczyk printer</config:config-item></config:config-item-set></office:settings>'
                "</office:document-settings>")
    body = ('<text:p>Written by <text:initial-creator>Niamh Kowalczyk</text:initial-creator>.</text:p>'
            '<text:p><draw:frame draw:name="Ava Kowalczyk photo" text:anchor-type="as-char" svg:width="1in" svg:height="1in">'
            '<draw:image xlink:href="Pictures/ava.png" xlink:type="simple"/><svg:title>Ava Kowalczyk</svg:title>'
            "<svg:desc>Ava Kowalczyk at the park</svg:desc></draw:frame></text:p>" + ODT_FILLER)
    return odt(body, meta=meta, extra={"settings.xml": settings, "Pictures/ava.png": png(),
                                        "Thumbnails/thumbnail.png": png((32, 32)),
                                        "Configurations2/accelerator/current.xml": "<x>Niamh Kowalczyk</x>"}), \
        ["Ava Kowalczyk", "Niamh Kowalczyk", "Kowalczyk"], {"PERSON": ["Ava Kowalczyk", "Niamh Kowalczyk"]}, \
        "ODT meta.xml (title, creators, user-defined), settings.xml, Configurations2/, a frame's name, title and description, an author field"




def _legacy_docx() -> bytes:
    body = document(
        p(r("Case notes for "), r("Theo", "<w:b/>"), r("dore Vance, 18 Willow Court.")),
        p(r("Deleted: "), '<w:del w:id="1" w:author="Marnie Vance" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>Marnie Vance</w:delText></w:r></w:del>'),
        p(r(FILLER)),
    )
    return docx(body)


def _libreoffice(source: bytes, target: str) -> bytes:
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit("LibreOffice is needed to build the .doc and .rtf files (or pass --no-legacy)")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "legacy.docx"
        path.write_bytes(source)
        subprocess.run([soffice, f"-env:UserInstallation=file://{folder}/profile", "--headless", "--convert-to", target,
                        "--outdir", folder, str(path)], check=True, capture_output=True, timeout=180)
        return (Path(folder) / f"legacy.{target.split(':')[0]}").read_bytes()


LEGACY_SECRETS = (["Theodore Vance", "18 Willow Court", "Marnie Vance"],
                  {"PERSON": ["Theodore Vance", "Marnie Vance"], "ADDRESS": ["18 Willow Court"]})


def legacy(kind: str) -> Case:
    data = _libreoffice(_legacy_docx(), "doc:MS Word 97" if kind == "doc" else "rtf")
    return data, *LEGACY_SECRETS, f"a .{kind} made by LibreOffice: a name split over runs, a tracked deletion"  # type: ignore[return-value]


def main(argv: list[str]) -> int:
    manifest: dict[str, Any] = {}
    names = list(CASES)
    for name in names:
        data, secrets, known, notes = CASES[name]()
        (HERE / name).write_bytes(data)
        manifest[name] = {"secrets": secrets, "known": known, "notes": notes}
    if "--no-legacy" not in argv:
        for kind in ("doc", "rtf"):
            data, secrets, known, notes = legacy(kind)
            (HERE / f"legacy.{kind}").write_bytes(data)
            manifest[f"legacy.{kind}"] = {"secrets": secrets, "known": known, "notes": notes}
    else:
        old = json.loads((HERE / "manifest.json").read_text()) if (HERE / "manifest.json").exists() else {}
        manifest.update({k: v for k, v in old.items() if k.startswith("legacy.")})
    (HERE / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n")
    print(f"built {len(manifest)} files in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
