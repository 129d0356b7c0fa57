"""The model's matrix products through numpy's OpenBLAS on one thread, not thinc's default BLIS.

The NER's network is a few matrix products per token (its tok2vec: a hashed embedding and four maxout
layers). thinc computes them with BLIS; numpy's own OpenBLAS, held to one thread, computes the same
products in about 60% of the CPU time (the model pass on 240 generated documents: 3.2 -> 2.0 s CPU,
entities identical). Held to one thread because OpenBLAS's worker threads spin while they wait: left
free, they spent more CPU than BLIS (4.7 s), and a worker of the two-process pool must not take the
other's core. The limit is the calling thread's own and is lifted when the model has read its batch,
so nothing else in the process (nor stock Presidio's pipeline beside ours in a benchmark) changes.

Either step falls back to doing nothing where it cannot be taken (another BLAS, an older OpenBLAS,
another ops backend): the model then reads as before.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["numpy_products", "one_blas_thread"]


def numpy_products(nlp: Language) -> Language:
    """``nlp`` with every layer of its components' models computing matrix products with numpy
    (``NumpyOps(use_blis=False)``); a model on another backend (a GPU's) is left as it is."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:
                node.ops = ops
    return nlp


@lru_cache(maxsize=1)
def _set_local_threads() -> Any:
    """OpenBLAS's ``openblas_set_num_threads_local`` of the library numpy loaded, or ``None``."""
    import numpy

    folder = Path(numpy.__file__).resolve().parent.parent / "numpy.libs"
    for path in sorted(folder.glob("lib*openblas*.so*")):
        try:
            library = ctypes.CDLL(str(path))
            function = library.openblas_set_num_threads_local
        except (OSError, AttributeError):
            continue
        function.argtypes = [ctypes.c_int]
        function.restype = ctypes.c_int
        return function
    return None


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """numpy's OpenBLAS on the calling thread alone while the block runs; the earlier count after it."""
    set_threads = _set_local_threads()
    if set_threads is None:
        yield
        return
    before = set_threads(1)
    try:
        yield
    finally:
        set_threads(before)
