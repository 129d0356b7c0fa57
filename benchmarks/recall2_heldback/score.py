"""Score the held-back rows once: ``PYTHONPATH=$PWD python -m benchmarks.recall2_heldback.score``."""

from __future__ import annotations

from benchmarks.recall2_heldback.rows import FIND_AND_KEEP
from redaction.text.detector import Detector



def main() -> None:
    detector = Detector()
    found = wanted = kept = keep = 0
    for text, finds, keeps in FIND_AND_KEEP:
        spans = [(s.start, s.end) for s in detector.detect(text)]
        for surface in finds:
            start = text.index(surface)
            wanted += 1
            hit = all(any(s <= i < e for s, e in spans) for i in range(start, start + len(surface)) if text[i].isalnum())
            found += hit
            if not hit:
                print("MISS", repr(surface), "in", repr(text))
        for surface in keeps:
            start = text.index(surface)
            keep += 1
            touched = any(s < start + len(surface) and start < e for s, e in spans)
            kept += not touched
            if touched:
                print("OVER", repr(surface), "in", repr(text))
    print(f"found {found}/{wanted} = {found / wanted:.3f}; kept {kept}/{keep} = {kept / keep:.3f}")


if __name__ == "__main__":
    main()
