"""The model's matrix products through numpy on one OpenBLAS thread: the same entities as thinc's BLIS, the
thread limit lifted after the model has read, and the domain model loaded that way."""

from __future__ import annotations

import pytest
from thinc.api import NumpyOps

from redaction.text.domain_model import load_domain_ner
from redaction.text.model_blas import _set_local_threads, numpy_products, one_blas_thread

# Sentences written for this test.
TEXTS = [
    "Spoke to Aurelija Petrauskienė on Tuesday about Tautvydas and his move to Kingsmead Primary School.",
    "spoke to zofia this morning, she says oyelaran will bring the forms to the office in Leeds",
    "ATTENDEES: MRS PARVEEN AKHTAR-LOWE, MR DESMOND OKWUOSA, Ms Hughes (SENCo)",
    "The tribunal heard from Mr Thorvaldsen and his wife Guðrún, who live near Kendal.",
]


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_domain_ner()


def _entities(nlp) -> list[list[tuple[str, int, int]]]:  # type: ignore[no-untyped-def]
    with one_blas_thread():
        return [[(e.label_, e.start_char, e.end_char) for e in doc.ents] for doc in nlp.pipe(TEXTS)]


def test_the_domain_model_multiplies_with_numpy(nlp) -> None:  # type: ignore[no-untyped-def]
    layers = list(nlp.get_pipe("ner").model.walk())
    assert layers and all(isinstance(n.ops, NumpyOps) and not n.ops.use_blis for n in layers)


def test_numpy_and_blis_find_the_same_entities(nlp) -> None:  # type: ignore[no-untyped-def]
    with_numpy = _entities(nlp)
    model = nlp.get_pipe("ner").model
    blis = NumpyOps()
    for node in model.walk():
        node.ops = blis
    try:
        assert _entities(nlp) == with_numpy
    finally:
        numpy_products(nlp)
    assert any(with_numpy)


def test_the_thread_limit_is_lifted_after_the_block() -> None:
    set_threads = _set_local_threads()
    if set_threads is None:
        pytest.skip("numpy here has no OpenBLAS with a thread-local limit")
    before = set_threads(3)
    try:
        with one_blas_thread():
            assert set_threads(1) == 1  # inside: one thread
        assert set_threads(3) == 3  # after: the count before the block
    finally:
        set_threads(before)
