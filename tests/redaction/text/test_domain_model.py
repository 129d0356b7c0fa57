"""The shipped domain NER loads offline from the package, finds names in plain sentences, chat and
capitals, and leaves diagnoses, eponyms, roles and legislation alone; a missing model is a clear error."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from redaction.text.domain_model import DOMAIN_MODEL_DIR, load_domain_ner
from redaction.text.errors import ModelUnavailableError
from redaction.text.model import entity_spans
from redaction.text.model_input import model_input

# Sentences written for this test (not in the training documents).
MUST_FIND = [
    ("My name is Aurelija and I am ringing about my son Tautvydas.", ["Aurelija", "Tautvydas"]),
    ("Nkemdirim shouted at the lunchtime supervisor and ran off.", ["Nkemdirim"]),
    ("Ruairí, can I speak to your manager please?", ["Ruairí"]),
    ("spoke to zofia this morning, she says oyelaran will bring the forms", ["zofia", "oyelaran"]),
    ("The tribunal heard from Mr Thorvaldsen and his wife Guðrún.", ["Thorvaldsen", "Guðrún"]),
    ("ATTENDEES: MRS PARVEEN AKHTAR-LOWE, MR DESMOND OKWUOSA", ["PARVEEN AKHTAR-LOWE", "DESMOND OKWUOSA"]),
    pytest.param("[03/04/2025, 18:22:10] Teodora Vlahović: is Ilinca coming on the trip tomorrow",
                 ["Teodora Vlahović", "Ilinca"], marks=pytest.mark.xfail(
                     strict=True, reason="regressed with the retraining of 2026-12-07: the model alone misses 'Ilinca' "
                                         "here (the detector's given-name pattern still finds it)")),
    # A name as the object of a verb mid-sentence: a known miss until the retraining of 2026-12-07.
    ("Nkemdirim shouted at Tomasz in the corridor.", ["Tomasz"]),
    ("Mehrudin shouted at Todd when I arrived.", ["Todd"]),
]
MUST_STAY = [
    "She has Down syndrome and a diagnosis of Tourette's.",
    "The SENCo and the Educational Psychologist will meet the Local Authority.",
    "Under section 42 of the Children and Families Act 2014 the council must secure the provision.",
    "He finds Asperger's assessments stressful and the Wechsler test took an hour.",
]


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_domain_ner()


def _people(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    read = model_input(text, [], reach="all")
    doc = nlp(read.text)
    entities = list(read.entities([(e.label_, e.start_char, e.end_char) for e in doc.ents]))
    return [text[s.start:s.end] for s in entity_spans(text, entities) if s.type == "PERSON"]


@pytest.mark.parametrize(("text", "names"), MUST_FIND)
def test_finds_names(nlp, text: str, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    found = " | ".join(_people(nlp, text))
    for name in names:
        assert all(part in found for part in name.split()), (name, found)


@pytest.mark.parametrize("text", MUST_STAY)
def test_leaves_conditions_roles_and_legislation(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _people(nlp, text) == []


def test_loads_offline_with_ner_only(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    nlp = load_domain_ner()
    assert nlp.pipe_names == ["ner"]
    assert {"PERSON", "ORG", "GPE"} <= set(nlp.get_pipe("ner").labels)  # type: ignore[attr-defined]
    assert nlp.meta["name"] == "send_ner"


def test_ships_inside_the_package_and_stays_small() -> None:
    files = [f for f in DOMAIN_MODEL_DIR.rglob("*") if f.is_file()]
    assert sum(f.stat().st_size for f in files) < 25_000_000
    assert {"config.cfg", "meta.json"} <= {f.name for f in files}


@pytest.mark.parametrize("make", ["absent", "broken"])
def test_a_missing_or_broken_model_is_a_clear_error(tmp_path: Path, make: str) -> None:
    folder = tmp_path / "send_ner"
    if make == "broken":
        (folder / "ner").mkdir(parents=True)
        (folder / "config.cfg").write_text("[nlp]\nlang = \"en\"\npipeline = [\"ner\"]\n")
    with pytest.raises(ModelUnavailableError, match="scripts/train-ner"):
        load_domain_ner(folder)
