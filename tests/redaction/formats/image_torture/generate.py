"""Build the image torture corpus: each file hides identifiers in one place a naive redactor misses.

    .venv/bin/python tests/redaction/formats/image_torture/generate.py [--out DIR]

Writes the files and ``manifest.json`` (file -> secrets, the known identifiers a redactor is given,
whether the secrets are in the pixels, and what the file hides) into this folder by default. Needs
Debian's ``libimage-exiftool-perl`` (XMP, IPTC, GPS, thumbnails, ICC) and ``libheif-examples``
(``heif-enc``, for the HEIC file); both are run as programs, only here, never by the product.
Seeded: the same run gives the same letters (the committed files were made with it).
"""

from __future__ import annotations

import argparse
import io
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageCms, ImageDraw, ImageFont, PngImagePlugin

sys.path.insert(0, str(Path(__file__).parent))
from letters import FONTS, Family, family, jpeg_bytes, photograph, render  # noqa: E402

HERE = Path(__file__).parent
CLEAN_LINES = [
    "Learning Support Department",
    "",
    "Dear Parent,",
    "",
    "Thank you for coming to the review meeting last week. We agreed that",
    "the school will provide a quiet space at lunchtime and a visual timetable.",
    "",
    "Yours sincerely,",
    "Special Educational Needs Coordinator",
]


def exiftool(path: Path, *arguments: str) -> None:
    subprocess.run(["exiftool", "-q", "-q", "-overwrite_original", *arguments, str(path)], check=True)


def clean_page(person: Family, rng: random.Random, dpi: int = 150) -> Image.Image:
    """A letter with no identifier in its pixels (the file's secrets are elsewhere)."""
    return render(person, rng, dpi=dpi, lines=CLEAN_LINES).image


def icc_with_description(description: str, copyright_: str) -> bytes:
    """An sRGB profile whose 'desc' and 'cprt' tags name people (tags rewritten, appended at the end)."""
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    count = int.from_bytes(profile[128:132], "big")
    table = bytearray(profile[132 : 132 + 12 * count])
    body = bytearray(profile)
    for signature, text in ((b"desc", description), (b"cprt", copyright_)):
        ascii_ = text.encode("ascii") + b"\0"
        data = (b"desc\0\0\0\0" + len(ascii_).to_bytes(4, "big") + ascii_ + bytes(12) + bytes(67)
                if signature == b"desc" else b"text\0\0\0\0" + ascii_)
        while len(body) % 4:
            body += b"\0"
        offset = len(body)
        body += data
        for index in range(count):
            if table[12 * index : 12 * index + 4] == signature:
                table[12 * index + 4 : 12 * index + 12] = offset.to_bytes(4, "big") + len(data).to_bytes(4, "big")
    body[132 : 132 + 12 * count] = table
    body[0:4] = len(body).to_bytes(4, "big")
    return bytes(body)


def text_image(lines: list[str], size: tuple[int, int], points: int) -> Image.Image:
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    face = ImageFont.truetype(str(FONTS / "DejaVuSans.ttf"), points)
    for row, line in enumerate(lines):
        draw.text((8, 8 + row * points * 1.4), line, font=face, fill=0)
    return image


def build(out: Path) -> dict[str, dict[str, object]]:
    rng = random.Random(20261206)
    people = [family(rng) for _ in range(12)]
    manifest: dict[str, dict[str, object]] = {}

    def entry(name: str, person: Family, secrets: list[str], pixels: bool, notes: str) -> None:
        manifest[name] = {"secrets": secrets, "known": person.known(), "pixels": pixels, "notes": notes}

    def names(person: Family) -> list[str]:
        return [person.parent, person.child, person.professional, person.child.split()[0],
                person.parent.split()[-1], person.professional.split()[-1]]

    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)

        person = people[0]
        photo = photograph(render(person, rng, dpi=200), rng, rotation=4.0, perspective=0.04, shadow=0.45, quality=70)
        (out / "photo_letter.jpg").write_bytes(jpeg_bytes(photo.image, 70))
        entry("photo_letter.jpg", person, names(person) + [person.address, person.postcode, person.phone, person.dob,
                                                           person.nhs], True,
              "phone photo of a letter at 200 dpi: 4 degree turn, perspective, shadow, blur, JPEG quality 70")

        person = people[1]
        scan = render(person, rng, dpi=150, size_pt=10)
        buffer = io.BytesIO()
        scan.image.save(buffer, format="PNG")
        (out / "scan_150dpi.png").write_bytes(buffer.getvalue())
        entry("scan_150dpi.png", person, names(person) + [person.phone, person.nhs, person.dob], True,
              "clean 150 dpi scan, 10 pt text (small letters: needs upscaling)")

        person = people[2]
        path = out / "exif_fields.jpg"
        path.write_bytes(jpeg_bytes(clean_page(person, rng), 85))
        exiftool(path, f"-ImageDescription=Letter about {person.child}", f"-Artist={person.parent}",
                 f"-UserComment={person.address}", "-GPSLatitude=53.800812", "-GPSLatitudeRef=N",
                 "-GPSLongitude=1.549134", "-GPSLongitudeRef=W", f"-Exif:OwnerName={person.professional}")
        entry("exif_fields.jpg", person, names(person)[:3] + [person.address, "53.800812", "1.549134"], False,
              "EXIF ImageDescription, Artist, UserComment, OwnerName, GPS position (pixels clean)")

        person = people[3]
        path = out / "xmp_iptc.jpg"
        path.write_bytes(jpeg_bytes(clean_page(person, rng), 85))
        exiftool(path, f"-XMP-dc:Creator={person.parent}", f"-XMP-dc:Description=About {person.child}",
                 f"-XMP-photoshop:City={person.address}", f"-IPTC:By-line={person.professional}",
                 f"-IPTC:Caption-Abstract={person.school}", f"-IPTC:Contact={person.phone}")
        entry("xmp_iptc.jpg", person, names(person)[:3] + [person.address, person.school, person.phone], False,
              "XMP dc:creator, dc:description, photoshop:City; IPTC By-line, Caption, Contact (pixels clean)")

        person = people[4]
        path = out / "thumbnail.jpg"
        path.write_bytes(jpeg_bytes(clean_page(person, rng), 85))
        thumb = work / "thumb.jpg"
        thumb.write_bytes(jpeg_bytes(text_image([person.child, person.nhs], (300, 110), 26).convert("RGB"), 90))
        exiftool(path, f"-ThumbnailImage<={thumb}")
        entry("thumbnail.jpg", person, [person.child, person.nhs], False,
              "EXIF thumbnail showing different content from the image (the main pixels are clean)")

        person = people[5]
        path = out / "png_chunks.png"
        info = PngImagePlugin.PngInfo()
        info.add_text("Author", person.parent)
        info.add_itxt("Description", f"Scan of {person.child}'s plan", zip=True)
        info.add_text("Comment", person.address, zip=True)
        exif = Image.Exif()
        exif[0x013B] = person.professional  # Artist, in an eXIf chunk
        clean_page(person, rng).save(path, format="PNG", pnginfo=info, exif=exif.tobytes())
        entry("png_chunks.png", person, [person.parent, person.child, person.address, person.professional], False,
              "PNG tEXt Author, compressed iTXt Description, zTXt Comment, eXIf Artist (pixels clean)")

        person = people[6]
        path = out / "icc_profile.jpg"
        clean_page(person, rng).convert("RGB").save(
            path, format="JPEG", quality=85,
            icc_profile=icc_with_description(f"Scanned for {person.parent}", f"Copyright {person.professional}"))
        entry("icc_profile.jpg", person, [person.parent, person.professional], False,
              "ICC profile whose description and copyright tags name people (pixels clean)")

        person = people[7]
        path = out / "multipage.tif"
        first = clean_page(person, rng)
        second = render(person, rng, dpi=150).image
        first.save(path, format="TIFF", compression="tiff_deflate", save_all=True, append_images=[second])
        exiftool(path, f"-IFD0:DocumentName=Plan for {person.child}", f"-IFD1:ImageDescription={person.parent}")
        entry("multipage.tif", person, names(person) + [person.phone, person.nhs, person.address], True,
              "two-page TIFF: page 1 clean, page 2 a letter with identifiers; DocumentName on page 1, "
              "ImageDescription on page 2")

        person = people[8]
        source = work / "heic.jpg"
        photo = photograph(render(person, rng, dpi=150), rng, rotation=-3.0, perspective=0.03, shadow=0.3, quality=85)
        source.write_bytes(jpeg_bytes(photo.image, 90))
        exiftool(source, f"-Artist={person.professional}", f"-XMP-dc:Creator={person.parent}")
        if shutil.which("heif-enc") is None:
            raise SystemExit("heif-enc is needed (apt-get install libheif-examples)")
        subprocess.run(["heif-enc", "-q", "75", "-t", "200", str(source), "-o", str(out / "photo.heic")], check=True,
                       capture_output=True)
        entry("photo.heic", person, names(person) + [person.phone, person.nhs], True,
              "iPhone-style HEIC photo of a letter, EXIF Artist and XMP creator, a HEIF thumbnail")

        person = people[9]
        path = out / "webp_meta.webp"
        exif = Image.Exif()
        exif[0x013B] = person.parent
        page = render(person, rng, dpi=150).image.convert("RGB")
        xmp = (f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
               f'<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>{person.professional}'
               f"</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>")
        page.save(path, format="WEBP", quality=85, exif=exif.tobytes(), xmp=xmp.encode())
        entry("webp_meta.webp", person, names(person) + [person.phone], True,
              "WebP letter with identifiers in pixels, EXIF Artist and XMP creator")

        person = people[10]
        path = out / "alpha_hidden.png"
        visible = clean_page(person, rng).convert("RGBA")
        hidden = text_image([person.parent, person.phone], visible.size, 40).convert("RGBA")
        alpha = Image.new("L", visible.size, 255)
        ImageDraw.Draw(alpha).rectangle((0, 0, visible.size[0], 150), fill=0)  # transparent strip
        pixels = Image.composite(hidden, visible, Image.eval(alpha, lambda v: 255 - v))
        pixels.putalpha(alpha)
        pixels.save(path, format="PNG")
        entry("alpha_hidden.png", person, [person.parent, person.phone], True,
              "identifiers drawn in RGB under fully transparent alpha (invisible in a viewer)")

        person = people[11]
        path = out / "rotated_exif.jpg"
        upright = render(person, rng, dpi=150).image.convert("RGB")
        stored = upright.transpose(Image.Transpose.ROTATE_90)
        exif = Image.Exif()
        exif[0x0112] = 6  # rotate 90 clockwise to display
        stored.save(path, format="JPEG", quality=85, exif=exif.tobytes(), comment=f"for {person.parent}".encode())
        entry("rotated_exif.jpg", person, names(person) + [person.phone, person.nhs], True,
              "pixels stored sideways, EXIF Orientation 6 turns them upright; JPEG COM segment with a name")

        person = people[0]
        path = out / "animated.gif"
        frames = [render(person, rng, dpi=100, size_pt=14).image.convert("P"),
                  text_image([f"Second frame: {person.professional}"], (827, 300), 30).convert("P")]
        frames[0].save(path, format="GIF", save_all=True, append_images=frames[1:], duration=500, loop=0,
                       comment=f"sent by {person.parent}".encode())
        entry("animated.gif", person, [person.parent, person.child, person.professional, person.phone], True,
              "animated GIF: a letter, then a second frame naming the professional; GIF comment")

        person = people[1]
        path = out / "envelope.jpg"
        letter = render(person, rng, dpi=150).image
        envelope = text_image(["Private and confidential", person.parent, person.address, person.postcode],
                              (620, 260), 24)
        composed = Image.new("L", (letter.size[0] + 700, letter.size[1] + 120), 90)
        composed.paste(letter, (40, 60))
        composed.paste(envelope, (letter.size[0] + 60, 300))
        (out / "envelope.jpg").write_bytes(jpeg_bytes(composed.convert("RGB"), 80))
        entry("envelope.jpg", person, [person.parent, person.address, person.postcode, person.child, person.phone],
              True, "a letter photographed beside its envelope: the address is on the envelope, outside the page")

        person = people[2]
        path = out / "jpeg_segments.jpg"
        data = jpeg_bytes(clean_page(person, rng), 85)
        segment = f"Ducky note: {person.parent}".encode()
        app12 = b"\xff\xec" + (len(segment) + 2).to_bytes(2, "big") + segment
        app15 = b"\xff\xef" + (len(person.nhs) + 2).to_bytes(2, "big") + person.nhs.encode()
        path.write_bytes(data[:2] + app12 + app15 + data[2:])
        entry("jpeg_segments.jpg", person, [person.parent, person.nhs], False,
              "private APP12 and APP15 segments naming the parent and the NHS number (pixels clean)")

        person = people[3]
        photo = photograph(render(person, rng, dpi=150, size_pt=10), rng, rotation=-5.0, perspective=0.05,
                           shadow=0.6, blur=1.3, quality=70)
        (out / "hard_photo.jpg").write_bytes(jpeg_bytes(photo.image, 70))
        entry("hard_photo.jpg", person, names(person) + [person.phone, person.nhs, person.dob], True,
              "phone photo at 150 dpi, 10 pt: 5 degree turn, strong perspective and shadow, blur 1.3, quality 70")

        person = people[4]
        path = out / "upside_down.png"
        render(person, rng, dpi=150).image.rotate(180).save(path, format="PNG")
        entry("upside_down.png", person, names(person) + [person.phone, person.nhs, person.address], True,
              "a scan fed upside down, with no orientation tag to say so")
    return manifest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    if shutil.which("exiftool") is None:
        raise SystemExit("exiftool is needed (apt-get install libimage-exiftool-perl)")
    args.out.mkdir(parents=True, exist_ok=True)
    manifest = build(args.out)
    (args.out / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(manifest)} files in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
