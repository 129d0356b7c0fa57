"""Re-styling and noise for training documents, applied to segments so every label stays on its text.

Each style is a function ``(Labelled, rng) -> Labelled``; :func:`restyle` draws a recipe per document:
none (a quarter of documents stay as written), or one to three of lower case, ALL CAPS, punctuation
dropped, typos, OCR confusions (0/O, 1/l/I, rn/m, cl/d, 5/S, split and joined words), lines broken at
a page width (with hyphenated breaks), lines flattened into one, and chat-export layouts (WhatsApp
both ways, Teams, SMS). Names get typos and OCR confusions too, at a lower rate: a misspelt name is
still a name, and a reader must still find it.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import regex

from redaction.text.training.pool import Pool
from redaction.text.training.segments import Labelled, Segment

__all__ = ["STYLES", "restyle"]

Style = Callable[[Labelled, random.Random], Labelled]
_PUNCT = regex.compile(r"[.,;:!?\"“”()\[\]]")
_WORD = regex.compile(r"\p{L}{4,}")
_OCR = {"O": "0", "0": "O", "o": "0", "l": "1", "1": "l", "I": "l", "i": "l", "S": "5", "B": "8", "e": "c",
        "a": "o", "h": "b", "n": "ri", "u": "ii"}
_OCR_PAIRS = {"rn": "m", "m": "rn", "cl": "d", "d": "cl", "li": "h", "vv": "w", "w": "vv"}


def _map_text(doc: Labelled, rewrite: Callable[[str, str | None], str]) -> Labelled:
    return Labelled(doc.id, tuple(Segment(rewrite(s.text, s.kind), s.kind) for s in doc.segments))


def lower(doc: Labelled, rng: random.Random) -> Labelled:
    return _map_text(doc, lambda text, kind: text.lower())


def caps(doc: Labelled, rng: random.Random) -> Labelled:
    return _map_text(doc, lambda text, kind: text.upper())


def no_punctuation(doc: Labelled, rng: random.Random) -> Labelled:
    return _map_text(doc, lambda text, kind: text if kind == "MISSING" else _PUNCT.sub("", text))


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randint(1, len(word) - 2)
    return rng.choice([word[:i] + word[i + 1] + word[i] + word[i + 2:], word[:i] + word[i + 1:], word[:i] + word[i] + word[i:]])


def typos(doc: Labelled, rng: random.Random) -> Labelled:
    rate = rng.uniform(0.03, 0.1)

    def rewrite(text: str, kind: str | None) -> str:
        if kind in ("MISSING", "NEG", "NEUTRAL"):
            return text
        chance = rate / 3 if kind == "PERSON" else rate
        return _WORD.sub(lambda m: _typo(m.group(), rng) if rng.random() < chance else m.group(), text)

    return _map_text(doc, rewrite)


def _ocr_text(text: str, rate: float, rng: random.Random) -> str:
    out, i = [], 0
    while i < len(text):
        pair, ch = text[i:i + 2], text[i]
        if pair in _OCR_PAIRS and rng.random() < rate * 3:
            out.append(_OCR_PAIRS[pair])
            i += 2
            continue
        if ch in _OCR and rng.random() < rate:
            out.append(_OCR[ch])
        elif ch == " " and rng.random() < rate / 2:
            pass  # two words run together
        elif ch.isalpha() and rng.random() < rate / 6:
            out.append(ch + " ")  # a word split
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def ocr(doc: Labelled, rng: random.Random) -> Labelled:
    rate = rng.uniform(0.01, 0.05)
    return _map_text(doc, lambda text, kind: _ocr_text(text, rate / 2 if kind == "PERSON" else rate, rng))


def wrapped(doc: Labelled, rng: random.Random) -> Labelled:
    """Lines broken at a page width, as PDF text extraction breaks them; now and then a long word is
    broken with a hyphen."""
    width, column = rng.randint(45, 95), 0
    segments = []
    for segment in doc.segments:
        out = []
        for ch in segment.text:
            column = 0 if ch == "\n" else column + 1
            if ch == " " and column >= width:
                out.append("\n")
                column = 0
            elif ch.isalpha() and column >= width + 4 and out and out[-1].isalpha() and rng.random() < 0.5:
                out.append("-\n" + ch)
                column = 1
            else:
                out.append(ch)
        segments.append(Segment("".join(out), segment.kind))
    return Labelled(doc.id, tuple(segments))


def flattened(doc: Labelled, rng: random.Random) -> Labelled:
    return _map_text(doc, lambda text, kind: regex.sub(r"[ \t]*\n+[ \t]*", " ", text))


_CHAT_LAYOUTS = (
    "[{d}/{m}/{y}, {h}:{mi}:{s}] {who}: ",
    "{d}/{m}/{y}, {h}:{mi} - {who}: ",
    "{who}  {h}:{mi}\n",
    "{who} ({h}:{mi}): ",
    "{d}/{m}/{y} {h}:{mi} {who}: ",
)
_MESSAGE_END = regex.compile(r"(?<=[.!?])[ \t]+|\n+")


def chat(doc: Labelled, rng: random.Random, pool: Pool | None = None) -> Labelled:
    """The document as a chat export: its sentences become messages from two or three writers, each
    message opened by a timestamp and the writer's name (a PERSON), in one of five layouts."""
    layout = rng.choice(_CHAT_LAYOUTS)
    people = [s.text for s in doc.segments if s.kind == "PERSON" and "\n" not in s.text and len(s.text) < 30]
    writers = rng.sample(people, k=min(len(people), rng.randint(2, 3))) if people else []
    if pool is not None:
        group = pool.family(rng)
        writers += [pool.name(rng, "f", group) + (f" {pool.name(rng, 'l', group)}" if rng.random() < 0.4 else "")
                    for _ in range(2)]
    writers = writers or ["Mum"]
    day, month, hour, minute = rng.randint(1, 28), rng.randint(1, 12), rng.randint(7, 22), rng.randint(0, 59)
    year = rng.choice(["2024", "2025", "24", "25"])

    def opener() -> list[Segment]:
        nonlocal minute, hour
        minute += rng.randint(0, 9)
        hour, minute = (hour + minute // 60) % 24, minute % 60
        who = rng.choice(writers)
        fields = {"d": f"{day:02d}", "m": f"{month:02d}", "y": year, "h": f"{hour:02d}", "mi": f"{minute:02d}",
                  "s": f"{rng.randint(0, 59):02d}"}
        before, _, after = layout.partition("{who}")
        if who == "Mum" or (rng.random() < 0.1 and who not in people):
            return [Segment(before.format(**fields) + who + after.format(**fields))]
        return [Segment(before.format(**fields)), Segment(who, "PERSON"), Segment(after.format(**fields))]

    segments: list[Segment] = opener()
    for segment in doc.segments:
        if segment.kind is not None:
            segments.append(segment)
            continue
        at = 0
        for stop in _MESSAGE_END.finditer(segment.text):
            segments.append(Segment(segment.text[at:stop.start()]))
            segments.append(Segment("\n"))
            segments.extend(opener())
            at = stop.end()
        segments.append(Segment(segment.text[at:]))
    return Labelled(doc.id, tuple(s for s in segments if s.text))


STYLES: dict[str, tuple[float, Style]] = {
    "lower": (0.35, lower),
    "caps": (0.07, caps),
    "no_punctuation": (0.18, no_punctuation),
    "typos": (0.3, typos),
    "ocr": (0.15, ocr),
    "wrapped": (0.18, wrapped),
    "flattened": (0.07, flattened),
}
_ORDER = ("wrapped", "flattened", "lower", "caps", "no_punctuation", "typos", "ocr")


def restyle(doc: Labelled, rng: random.Random, pool: Pool) -> tuple[Labelled, tuple[str, ...]]:
    """``doc`` in a style drawn for it, and the names of the styles applied."""
    if rng.random() < 0.25:
        return doc, ()
    chosen = {name for name, (chance, _) in STYLES.items() if rng.random() < chance}
    if "lower" in chosen and "caps" in chosen:
        chosen.discard("caps")
    applied: list[str] = []
    if rng.random() < 0.12:
        doc = chat(doc, rng, pool)
        applied.append("chat")
    for name in _ORDER:
        if name in chosen:
            doc = STYLES[name][1](doc, rng)
            applied.append(name)
    return doc, tuple(applied)
