"""The domain NER's training data: labels stay on their text through name swaps and every style, names
are swapped consistently, negatives are taught as not names, and the build is deterministic."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from redaction.text.training.corpus import HAND_WRITTEN, _rng, truecased
from redaction.text.training.pool import Pool, display_form
from redaction.text.training.segments import Labelled, Segment, parse_markup, read_markup_folder
from redaction.text.training.styles import STYLES, chat, restyle
from redaction.text.training.substitute import substitute_names

REPO = Path(__file__).resolve().parents[3]
DOC = parse_markup("t", "genre: note\n---\nMrs [[PERSON|Okafor]] rang. [[PERSON|Kerry Okafor]] said "
                        "[[PERSON|KERRY]] has [[NEG|Down syndrome]]; call [[PHONE|07700 900123]]. "
                        "[[PERSON|kerry]] likes [[SCHOOL|Hill Top School]] ([[SCHOOL|123-4567]]).")


@pytest.fixture(scope="module")
def pool() -> Pool:
    return Pool()


def test_markup_becomes_segments_with_kinds() -> None:
    kinds = [(DOC.text[s:e], k) for s, e, k in DOC.spans()]
    assert kinds[:4] == [("Okafor", "PERSON"), ("Kerry Okafor", "PERSON"), ("KERRY", "PERSON"), ("Down syndrome", "NEG")]
    assert ("07700 900123", "MISSING") in kinds and ("Hill Top School", "ORG") in kinds
    assert ("123-4567", "MISSING") in kinds  # a DfE number is not taught as an organisation
    with pytest.raises(ValueError, match="no '---'"):
        parse_markup("bad", "genre: note\n[[PERSON|x]]")


def test_names_are_swapped_consistently_in_the_case_written(pool: Pool) -> None:
    swapped = substitute_names(DOC, pool, random.Random(3))
    people = [swapped.text[s:e] for s, e, k in swapped.spans() if k == "PERSON"]
    surname, full, caps, lower = people
    assert full.endswith(" " + surname) and "Okafor" not in swapped.text and "Kerry" not in swapped.text
    first = full.split(" ")[0]
    assert caps == first.upper() and lower == first.lower()
    assert "Down syndrome" in swapped.text and swapped.text.startswith("Mrs ")


@pytest.mark.parametrize("style", sorted(STYLES) + ["chat"])
def test_every_style_keeps_labels_on_their_text(style: str, pool: Pool) -> None:
    rng = random.Random(7)
    out = chat(DOC, rng, pool) if style == "chat" else STYLES[style][1](DOC, rng)
    text = out.text
    assert text == "".join(s.text for s in out.segments)
    people = [text[s:e] for s, e, k in out.spans() if k == "PERSON"]
    assert len(people) >= 4 and all(p.strip() for p in people)
    if style == "caps":
        assert text.isupper() or not any(ch.islower() for ch in text)


def test_restyle_and_truecase_are_deterministic(pool: Pool) -> None:
    lower = Labelled("l", (Segment("spoke to "), Segment("siiri", "PERSON"), Segment(" about the plan")))
    assert truecased(lower).text == "spoke to Siiri about the plan"
    assert truecased(lower).spans() == lower.spans()
    first = restyle(DOC, _rng("x", 1), pool)
    again = restyle(DOC, _rng("x", 1), pool)
    assert first == again


def test_pool_draws_names_of_many_origins(pool: Pool) -> None:
    rng = random.Random(0)
    groups = {pool.family(rng) for _ in range(300)}
    assert len(groups) >= 10
    assert display_form("mcdonald") == "McDonald" and display_form("al-hashimi") == "Al-Hashimi"


def test_hand_written_documents_parse_and_label_people() -> None:
    docs = read_markup_folder(HAND_WRITTEN)
    assert len(docs) >= 20
    assert all(any(k == "PERSON" for *_, k in d.spans()) for d in docs)


def test_training_doc_teaches_gold_and_keeps_stock_entities_off_negatives() -> None:
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import Span

    from redaction.text.training.rehearsal import to_doc

    nlp = spacy.blank("en")
    doc = parse_markup("r", "genre: x\n---\n[[PERSON|Siiri]] met Down in [[NEG|Down syndrome]] clinic, "
                            "[[PHONE|07700 900123]], in Leeds today.")
    stock = nlp(doc.text)
    stock.ents = [Span(stock, 2, 3, label="PERSON"), Span(stock, 4, 5, label="PERSON"),
                  Span(stock, 12, 13, label="GPE")]  # "Down" twice, "Leeds"
    made = to_doc(doc, stock)
    assert [(e.text, e.label_) for e in made.ents] == [("Siiri", "PERSON"), ("Leeds", "GPE")]
    assert made[2].ent_iob_ == "O" and made[4].ent_iob_ == "O"  # stock's false person taught as outside
    phone = [t for t in made if t.text in ("07700", "900123")]
    assert phone and all(t.ent_iob == 0 for t in phone)  # another identifier: missing, not outside


def test_retired_sets_train_but_every_fourth_document_is_kept_for_selection() -> None:
    from benchmarks.bench_text_holdout import KEPT_BACK
    from benchmarks.bench_text_ner import MEASURING
    from redaction.text.training.corpus import RETIRED_SETS, _retired, selection_sources

    assert not any(kept in name for name in RETIRED_SETS for kept in (*KEPT_BACK, *MEASURING))
    selection = selection_sources()
    assert set(selection) == {"hand_written", *RETIRED_SETS}
    for name in RETIRED_SETS:
        train, kept = _retired(name)
        assert kept == selection[name] and kept
        assert not {d.id for d in train} & {d.id for d in kept}
        assert len(train) + len(kept) == len(read_markup_folder(REPO / "benchmarks" / name))


def test_general_english_labels_become_person_gpe_or_missing() -> None:
    """The general-English sets label people and places (taught) and other identifiers (missing); no school there."""
    from redaction.text.training.corpus import _retired

    kinds = {k for name in ("general_dev", "pii_general_v2") for part in _retired(name) for d in part
             for *_, k in d.spans()}
    assert kinds == {"PERSON", "GPE", "MISSING", "NEG", "NEUTRAL"}
