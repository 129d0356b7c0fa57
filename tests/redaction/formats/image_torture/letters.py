"""Letters of fictional families rendered as images, then degraded like phone photos and scans.

Shared by the image torture corpus (``generate.py``) and ``benchmarks/bench_formats_image.py``. Every
identifier word's ink box is recorded on the page, and carried through every geometric degradation
(rotation, perspective), so a benchmark knows where each identifier word lies in the final photo.
Everything is seeded: the same seed gives the same letter and the same photo.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from redaction.text.recognizers.nhs_number import nhs_check_digit

FONTS = Path("/usr/share/fonts/truetype/dejavu")
A4_INCHES = (8.27, 11.69)

FIRST = ["Margaret", "Oliver", "Priya", "Tomasz", "Aisling", "Kwame", "Bethan", "Hamish", "Niamh", "Declan",
         "Rosalind", "Idris", "Agnieszka", "Callum", "Farah", "Eilidh", "Rhodri", "Sunita", "Lorcan", "Imogen"]
SURNAME = ["Thornbury", "Pennington", "Okonkwo", "Kowalczyk", "Fairweather", "Ashdown", "Mbeki", "Rowntree",
           "Castellano", "Hargreaves", "Lindqvist", "Abernethy", "Quennell", "Sowerby", "Drummond", "Featherstone"]
STREET = ["Wellington Crescent", "Mulberry Close", "Harrowgate Road", "Kingfisher Way", "Ashburton Grove",
          "Tanners Lane", "Fernhill Drive", "Chapel Row"]
TOWN = [("Leeds", "LS6 2QT"), ("Kendal", "LA9 4QX"), ("Harrogate", "HG1 5PL"), ("Bradford", "BD7 1DP"),
        ("Lancaster", "LA1 3EH"), ("Wakefield", "WF2 8NL")]
SCHOOL = ["Greenbank Academy", "Fellside Primary School", "St Aidan's C of E Primary", "Moorcroft High School",
          "Riverside Community School"]


@dataclass
class Family:
    parent: str
    child: str
    professional: str
    address: str
    postcode: str
    phone: str
    dob: str
    nhs: str
    school: str

    def known(self) -> dict[str, list[str]]:
        return {"PERSON": [self.parent, self.child, self.professional], "ADDRESS": [self.address],
                "POSTCODE": [self.postcode], "PHONE": [self.phone], "DATE_OF_BIRTH": [self.dob],
                "NHS_NUMBER": [self.nhs], "SCHOOL": [self.school]}

    def secrets(self) -> list[str]:
        return [value for values in self.known().values() for value in values]


def family(rng: random.Random) -> Family:
    first = rng.sample(FIRST, 3)
    last = rng.sample(SURNAME, 2)
    town, postcode = rng.choice(TOWN)
    nine = "".join(str(rng.randrange(10)) for _ in range(9))
    while nhs_check_digit(nine) is None:
        nine = "".join(str(rng.randrange(10)) for _ in range(9))
    nhs = f"{nine}{nhs_check_digit(nine)}"
    return Family(
        parent=f"{first[0]} {last[0]}", child=f"{first[1]} {last[0]}", professional=f"{first[2]} {last[1]}",
        address=f"{rng.randrange(2, 98)} {rng.choice(STREET)}, {town}", postcode=postcode,
        phone=f"07700 900{rng.randrange(100, 999)}", dob=f"{rng.randrange(1, 28):02d}/{rng.randrange(1, 12):02d}/20{rng.randrange(10, 19)}",
        nhs=f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}", school=rng.choice(SCHOOL),
    )


def letter_lines(person: Family, rng: random.Random) -> list[str]:
    """A letter as lines; identifiers appear as the family's exact strings (the manifest's secrets)."""
    child_first = person.child.split()[0]
    return [
        person.school,
        "Learning Support Department",
        "",
        f"{person.parent}",
        f"{person.address}",
        f"{person.postcode}",
        "",
        "Dear Parent,",
        "",
        f"Re: {person.child}, date of birth {person.dob}",
        f"NHS number {person.nhs}",
        "",
        f"Thank you for meeting us last week about {child_first}'s support plan. We agreed that",
        "the school will provide a quiet space at lunchtime and a visual timetable, and that the",
        "speech and language therapy sessions will continue twice a week this term.",
        "",
        f"{person.professional} will review progress at the end of the half term. If anything",
        f"changes before then, please call me on {person.phone} or reply to this letter.",
        "",
        "Yours sincerely,",
        "",
        f"{person.professional}",
        "Special Educational Needs Coordinator",
    ]


def clinic_lines(person: Family, rng: random.Random) -> list[str]:
    """A paediatric clinic letter (the benchmark's second genre: none of its outputs were studied
    while the redactor was built)."""
    child_first = person.child.split()[0]
    return [
        "Child Development Centre",
        "Community Paediatrics",
        "",
        f"Patient: {person.child}    DOB: {person.dob}",
        f"NHS No: {person.nhs}",
        f"Address: {person.address} {person.postcode}",
        "",
        f"Dear {person.parent},",
        "",
        f"I saw {child_first} in clinic today with you. {child_first} has made good progress with",
        "the sensory strategies we discussed and is sleeping better. I would like to see",
        "him again in six months, and I have copied this letter to his school so that the",
        f"staff at {person.school} are aware of the plan.",
        "",
        f"If you have any questions please telephone the clinic on {person.phone}.",
        "",
        "Yours sincerely,",
        "",
        f"Dr {person.professional}",
        "Consultant Community Paediatrician",
    ]


@dataclass
class Page:
    image: Image.Image
    dpi: int
    words: list[tuple[str, str, tuple[float, float, float, float]]] = field(default_factory=list)
    # (identifier value, word, ink box x0, y0, x1, y1 in page pixels) for every identifier word


def render(person: Family, rng: random.Random, *, dpi: int = 200, size_pt: float = 11.0,
           font: str = "DejaVuSans.ttf", lines: list[str] | None = None) -> Page:
    width, height = round(A4_INCHES[0] * dpi), round(A4_INCHES[1] * dpi)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    face = ImageFont.truetype(str(FONTS / font), round(size_pt * dpi / 72))
    page = Page(image, dpi)
    secrets = sorted(person.secrets(), key=len, reverse=True)
    x, y = round(dpi * 0.9), round(dpi * 1.0)
    step = round(size_pt * dpi / 72 * 1.6)
    for line in lines if lines is not None else letter_lines(person, rng):
        draw.text((x, y), line, font=face, fill=rng.randrange(0, 40))
        searched = line  # secrets found are blanked here, so a shorter one inside is not counted twice
        for secret in secrets:
            start = searched.find(secret)
            while start >= 0:
                offset = start
                for word in secret.split():
                    position = line.index(word, offset)
                    left = x + draw.textlength(line[:position], font=face)
                    box = face.getbbox(word)
                    page.words.append((secret, word, (left + box[0], y + box[1], left + box[2], y + box[3])))
                    offset = position + len(word)
                searched = searched[:start] + "\0" * len(secret) + searched[start + len(secret):]
                start = searched.find(secret)
        y += step
    return page


@dataclass
class Photo:
    image: Image.Image  # RGB
    words: list[tuple[str, str, list[tuple[float, float]]]]  # identifier, word, quad in photo pixels
    corners: list[tuple[float, float]]  # the page's corners in the photo (top-left, clockwise)


def _homography(source: np.ndarray, target: np.ndarray) -> np.ndarray:
    rows = []
    for (x, y), (u, v) in zip(source, target):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y, -u])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y, -v])
    _, _, vt = np.linalg.svd(np.array(rows, dtype=float))
    matrix = vt[-1].reshape(3, 3)
    return matrix / matrix[2, 2]


def _apply(matrix: np.ndarray, x: float, y: float) -> tuple[float, float]:
    u, v, w = matrix @ np.array([x, y, 1.0])
    return float(u / w), float(v / w)


def photograph(page: Page, rng: random.Random, *, rotation: float = 3.0, perspective: float = 0.04,
               shadow: float = 0.45, blur: float = 1.0, quality: int = 70, margin: float = 0.08) -> Photo:
    """The page as a phone photo: on a darker textured table, turned by ``rotation`` degrees, each
    corner moved by up to ``perspective`` of the page size, a shadow darkening one side by up to
    ``shadow``, blurred by ``blur`` pixels, saved as JPEG at ``quality``."""
    width, height = page.image.size
    canvas = (round(width * (1 + 2 * margin)), round(height * (1 + 2 * margin)))
    angle = np.radians(rotation)
    centre = np.array([canvas[0] / 2, canvas[1] / 2])
    corners = np.array([[0, 0], [width, 0], [width, height], [0, height]], dtype=float)
    placed = []
    for cx, cy in corners - np.array([width / 2, height / 2]):
        jitter = np.array([rng.uniform(-1, 1) * perspective * width, rng.uniform(-1, 1) * perspective * height])
        rotated = np.array([cx * np.cos(angle) - cy * np.sin(angle), cx * np.sin(angle) + cy * np.cos(angle)])
        placed.append(centre + rotated + jitter)
    forward = _homography(corners, np.array(placed))
    inverse = np.linalg.inv(forward)
    coefficients = (inverse / inverse[2, 2]).flatten()[:8]
    table = Image.effect_noise(canvas, 18).point(lambda v: 70 + v // 3).convert("RGB")
    warped = page.image.convert("RGB").transform(canvas, Image.Transform.PERSPECTIVE, tuple(coefficients),
                                                 Image.Resampling.BICUBIC, fillcolor=None)
    mask = Image.new("L", page.image.size, 255).transform(canvas, Image.Transform.PERSPECTIVE, tuple(coefficients),
                                                          Image.Resampling.BILINEAR)
    photo = Image.composite(warped, table, mask)
    pixels = np.asarray(photo, dtype=np.float32)
    xs = np.linspace(0, 1, canvas[0])[None, :, None]
    ys = np.linspace(0, 1, canvas[1])[:, None, None]
    light = 1 - shadow * np.clip(1.2 * xs * 0.6 + ys * 0.5 - 0.2, 0, 1)  # darker towards one corner
    tint = np.array([1.0, 0.97, 0.9])[None, None, :]  # warm indoor light
    pixels = np.clip(pixels * light * tint + rng.uniform(-6, 6), 0, 255).astype(np.uint8)
    photo = Image.fromarray(pixels, "RGB")
    if blur:
        photo = photo.filter(ImageFilter.GaussianBlur(blur))
    buffer = io.BytesIO()
    photo.save(buffer, format="JPEG", quality=quality)
    words = [(secret, word, [_apply(forward, px, py) for px, py in ((x0, y0), (x1, y0), (x1, y1), (x0, y1))])
             for secret, word, (x0, y0, x1, y1) in page.words]
    return Photo(Image.open(io.BytesIO(buffer.getvalue())), words, [(float(x), float(y)) for x, y in placed])


def jpeg_bytes(image: Image.Image, quality: int = 85) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=quality)
    return buffer.getvalue()
