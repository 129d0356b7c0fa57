"""Which cells to hide: small counts (primary), then complements (secondary) until every hidden
cell is protected.

Primary suppression hides every exact count in the control's sensitive range (1–7 by default).
That alone is not enough: a row total minus the row's shown cells gives a lone hidden cell back.
Secondary suppression hides further cells until, for every hidden cell, the range of values
consistent with everything shown is at least ``control.protection`` wide.

This is checked with shown figures taken as *exact* (as if a reader knew them unrounded), which
is stronger than what rounding leaves a reader with, so rounding can only widen the ranges.

On the circulation of :mod:`vault.statistics.network`, a hidden edge is pinned exactly when no
cycle of hidden edges runs through it (it is a bridge). A cycle is necessary but not sufficient:
lower bounds can still pin a cell on a cycle (two hidden 1s making up a shown 2 cannot move), so
the width is measured as max flow, never guessed from the cycle structure. When a cell is short
of room, the cheapest set of shown cells that opens a new path for flow round it is hidden
(successive cheapest paths on the residual network, after Kelly, Golden and Assad's network-flow
heuristic). Hiding more never narrows any range, so the loop ends, and it always can: with every
non-zero cell hidden each hidden cell lies on a cycle that can rise without limit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from vault.statistics._flow import ShiftNetwork, Slack
from vault.statistics.control import DisclosureControl
from vault.statistics.network import CountNetwork
from vault.statistics.tables import Quantity

__all__ = ["hidden_ranges", "information_loss", "suppression_pattern"]


def information_loss(network: CountNetwork, shown_in: Mapping[Quantity, int]) -> list[float]:
    """What hiding each edge costs: ``(1 + count) × tables showing it``.

    Larger counts and figures repeated across tables cost more; the grand total costs more than
    every other cell together, so it is hidden only when nothing else would do.
    """
    costs = [
        float((1 + count) * max(shown_in.get(quantity, 0), 1))
        for quantity, count in zip(network.quantities, network.counts, strict=True)
    ]
    costs[network.grand_total] = 1.0 + sum(costs)
    return costs


def _movable(network: CountNetwork, hidden: set[int] | frozenset[int], lower: int) -> dict[int, Slack]:
    return {index: Slack(down=network.counts[index] - lower) for index in hidden}


def _room(
    network: CountNetwork, hidden: set[int] | frozenset[int], index: int, lower: int, limit: int | None
) -> tuple[int, int | None]:
    """How far hidden edge ``index`` can fall and rise (None: without limit), capped at ``limit``."""
    edge, movable = network.edges[index], _movable(network, hidden, lower)
    rise = ShiftNetwork(network.edges, movable, fixed=index).push(edge.head, edge.tail, limit=limit)
    fall = ShiftNetwork(network.edges, movable, fixed=index).push(edge.tail, edge.head, limit=limit)
    own = network.counts[index] - lower
    return (own if fall is None else min(fall, own)), rise


def hidden_ranges(
    network: CountNetwork, hidden: frozenset[int], *, lower: int
) -> dict[int, tuple[int, int | None]]:
    """For each hidden edge, every value it could take with the shown counts known exactly."""
    ranges: dict[int, tuple[int, int | None]] = {}
    for index in sorted(hidden):
        fall, rise = _room(network, hidden, index, lower, None)
        count = network.counts[index]
        ranges[index] = (count - fall, None if rise is None else count + rise)
    return ranges


def _is_protected(network: CountNetwork, hidden: set[int], index: int, control: DisclosureControl) -> bool:
    need = control.required_width
    fall, rise = _room(network, hidden, index, control.min_count, need)
    return rise is None or fall + rise >= need


def _complement(
    network: CountNetwork, hidden: set[int], index: int, lower: int, costs: Sequence[float]
) -> list[int]:
    """Shown edges to hide so that hidden edge ``index`` gains room (rising first)."""
    edge, movable = network.edges[index], _movable(network, hidden, lower)
    candidates = {
        other: (Slack(down=count - lower), costs[other])
        for other, count in enumerate(network.counts)
        if other not in hidden and count >= lower
    }
    for source, sink in ((edge.head, edge.tail), (edge.tail, edge.head)):
        shifts = ShiftNetwork(network.edges, movable, fixed=index)
        pushed = shifts.push(source, sink)
        falling = source == edge.tail
        if falling and (pushed is None or pushed >= network.counts[index] - lower):
            continue  # already falls as far as its lower bound allows
        opening = shifts.cheapest_opening(source, sink, candidates)
        if opening:
            return opening
    raise RuntimeError(f"no complement can protect {network.quantities[index]}")  # see module doc


def suppression_pattern(
    network: CountNetwork, control: DisclosureControl, *, costs: Sequence[float]
) -> frozenset[int]:
    """The edges to hide: every sensitive count, plus complements until all hidden are protected."""
    hidden = {index for index, count in enumerate(network.counts) if control.is_sensitive(count)}
    settled = False
    while not settled:
        settled = True
        for index in sorted(hidden):
            while not _is_protected(network, hidden, index, control):
                hidden.update(_complement(network, hidden, index, control.min_count, costs))
                settled = False
    return frozenset(hidden)
