"""``after-name``: a person span ends at the name, not on the ordinary word that opens what follows it
(:mod:`redaction.text.after_name`). Runs after widening and propagation, which may have grown or copied a name
over that word; a span joined to the heading line above its name is cut at the line break
(:func:`redaction.text.layout_words.cut_heading_line`). The case record's matches are left as they are."""

from __future__ import annotations

from redaction.text.after_name import cut_word_after_name
from redaction.text.layout_words import cut_heading_line
from redaction.text.negatives import why_not_a_person
from redaction.text.pipeline.contract import Pass
from redaction.text.pipeline.reading import Reading

__all__ = ["AfterName"]


class AfterName(Pass):
    name = "after-name"

    def run(self, reading: Reading) -> None:
        if not reading.language.english or reading.language.welsh:  # a dictionary of English words says nothing there
            return
        vet = "not-a-person" not in reading.off
        out = []
        for span in reading.spans:
            if span.type == "PERSON" and span.source != "known":
                was = span
                cut = cut_word_after_name(reading.text, span)
                if cut != span:
                    reading.reject(span, self.name, "ran on into the ordinary word after the name: cut at the name")
                    span = cut
                cut = cut_heading_line(reading.text, span)
                if cut != span:
                    reading.reject(span, self.name, "joined to the heading line above the name: cut at the line break")
                    span = cut
                # The cut is a new candidate, vetted as every candidate was: "Bradford Teaching Hospitals" cut to
                # "Bradford" is the place of a hospital's name.
                if span != was and vet and (why := why_not_a_person(reading.text, span)) is not None:
                    reading.reject(span, self.name, f"cut, then: {why}")
                    continue
            out.append(span)
        reading.spans = out
