"""The least and greatest value of chosen unknowns under sums and bounds, by linear programming.

A thin layer over SciPy's HiGHS solver. The bounds returned are those of the linear relaxation,
rounded inwards: exact whole-number bounds whenever the sums form a network matrix (as every
table family of this package does), outer bounds otherwise.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import TypeVar

__all__ = ["Infeasible", "value_ranges"]

Key = TypeVar("Key", bound=Hashable)
_SLACK = 1e-6  # HiGHS works in floating point; vertices of these problems are whole numbers


class Infeasible(Exception):
    """No values satisfy every sum and every bound."""


def value_ranges(
    sums: Iterable[tuple[Key, Sequence[Key]]],
    bounds: Mapping[Key, tuple[int, int | None]],
    unknowns: Iterable[Key],
) -> dict[Key, tuple[int, int | None]]:
    """For each unknown, (least, greatest or None if unbounded) subject to ``total = Σ parts``
    for every ``(total, parts)`` in ``sums`` and ``low ≤ value ≤ high`` for every bound."""
    import numpy as np
    from scipy.optimize import linprog

    keys = list(bounds)
    column = {key: position for position, key in enumerate(keys)}
    rules = {
        frozenset({(column[total], -1.0), *((column[part], 1.0) for part in parts)}) for total, parts in sums
    }
    matrix = np.zeros((len(rules), len(keys)))
    for row, rule in enumerate(rules):
        for position, coefficient in rule:
            matrix[row, position] = coefficient
    box = [bounds[key] for key in keys]
    ranges: dict[Key, tuple[int, int | None]] = {}
    for key in unknowns:
        ends: list[float | None] = []
        for sign in (1.0, -1.0):
            objective = np.zeros(len(keys))
            objective[column[key]] = sign
            result = linprog(objective, A_eq=matrix, b_eq=np.zeros(len(rules)), bounds=box, method="highs")
            if result.status == 2:
                raise Infeasible()
            if result.status not in (0, 3):
                raise RuntimeError(f"linear programming failed: {result.message}")
            ends.append(None if result.status == 3 else sign * result.fun)
        low, high = ends
        assert low is not None  # every unknown has a lower bound
        ranges[key] = (math.ceil(low - _SLACK), None if high is None else math.floor(high + _SLACK))
    return ranges
