"""Max flow and cheapest opening paths on a network whose edges are counts.

A family of linked tables is a circulation: each count is an edge and each "parts add up to
their total" rule is flow conservation at a node (see :mod:`vault.statistics.network`). Changing
hidden counts while every shown figure and every total stays right is exactly pushing flow round
cycles of hidden edges. So how far a hidden edge ``e = u→v`` can rise is the max flow from ``v``
back to ``u`` through the other hidden edges (a hidden edge can rise without limit and fall to
its lower bound); how far it can fall is the max flow from ``u`` to ``v``. Capacities are whole
numbers, so the bounds are attained by whole counts.
"""

from __future__ import annotations

import heapq
from collections import defaultdict, deque
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

__all__ = ["Edge", "ShiftNetwork", "Slack"]


@dataclass(frozen=True, slots=True)
class Edge:
    tail: int
    head: int


@dataclass(frozen=True, slots=True)
class Slack:
    """How far an edge may move from its true value: down by ``down``, up by ``up`` (None: no limit)."""

    down: int
    up: int | None = None


# A step of a path: (edge index, +1 to raise it / -1 to lower it, node reached, capacity or None).
_Step = tuple[int, int, int, "int | None"]


class ShiftNetwork:
    """The movable (hidden) edges of a network and how far they have been moved so far."""

    def __init__(self, edges: Sequence[Edge], movable: Mapping[int, Slack], *, fixed: int) -> None:
        self._edges = edges
        self._fixed = fixed
        self._slack = {index: slack for index, slack in movable.items() if index != fixed}
        self._moved = dict.fromkeys(self._slack, 0)
        self._incident: dict[int, list[int]] = defaultdict(list)
        for index in self._slack:
            self._incident[edges[index].tail].append(index)
            self._incident[edges[index].head].append(index)

    def _steps(self, node: int, slack: Mapping[int, Slack], edges: Sequence[int]) -> Iterator[_Step]:
        for index in edges:
            edge, limits, moved = self._edges[index], slack[index], self._moved.get(index, 0)
            if edge.tail == node:
                room = None if limits.up is None else limits.up - moved
                if room is None or room > 0:
                    yield index, +1, edge.head, room
            if edge.head == node:
                room = limits.down + moved
                if room > 0:
                    yield index, -1, edge.tail, room

    def _augmenting_path(self, source: int, sink: int) -> list[_Step] | None:
        came_by: dict[int, _Step | None] = {source: None}
        queue = deque([source])
        while queue:
            node = queue.popleft()
            for step in self._steps(node, self._slack, self._incident[node]):
                if step[2] not in came_by:
                    came_by[step[2]] = step
                    if step[2] == sink:
                        return _trace(came_by, sink, self._edges)
                    queue.append(step[2])
        return None

    def push(self, source: int, sink: int, *, limit: int | None = None) -> int | None:
        """Push as much as possible from ``source`` to ``sink`` (stopping at ``limit``).

        Returns the amount pushed, or ``None`` when it is unbounded. The moves stay applied, so
        :meth:`cheapest_opening` afterwards looks for room beyond the maximum.
        """
        total = 0
        while limit is None or total < limit:
            path = self._augmenting_path(source, sink)
            if path is None:
                return total
            rooms = [room for *_, room in path if room is not None]
            if not rooms:
                return None
            amount = min(rooms) if limit is None else min(*rooms, limit - total)
            for index, direction, _, _ in path:
                self._moved[index] += direction * amount
            total += amount
        return total

    def cheapest_opening(
        self, source: int, sink: int, candidates: Mapping[int, tuple[Slack, float]]
    ) -> list[int] | None:
        """The cheapest set of candidate edges that, made movable, opens a new source→sink path.

        Movable edges with room left cost nothing; a candidate costs its weight. Returns the
        candidate edges on the cheapest path (Dijkstra), or ``None`` if no path exists at all.
        """
        offered = {i: s for i, (s, _) in candidates.items() if i != self._fixed}
        slack = {**offered, **self._slack}
        incident: dict[int, list[int]] = defaultdict(list)
        for index in slack:
            incident[self._edges[index].tail].append(index)
            incident[self._edges[index].head].append(index)
        best: dict[int, float] = {source: 0.0}
        came_by: dict[int, _Step | None] = {source: None}
        heap: list[tuple[float, int]] = [(0.0, source)]
        while heap:
            cost, node = heapq.heappop(heap)
            if node == sink:
                path = _trace(came_by, sink, self._edges)
                return [index for index, *_ in path if index not in self._slack]
            if cost > best[node]:
                continue
            for step in self._steps(node, slack, incident[node]):
                index, reached = step[0], step[2]
                price = cost + (0.0 if index in self._slack else candidates[index][1])
                if price < best.get(reached, float("inf")):
                    best[reached], came_by[reached] = price, step
                    heapq.heappush(heap, (price, reached))
        return None


def _trace(came_by: Mapping[int, _Step | None], sink: int, edges: Sequence[Edge]) -> list[_Step]:
    path: list[_Step] = []
    node = sink
    while (step := came_by[node]) is not None:
        path.append(step)
        edge = edges[step[0]]
        node = edge.tail if step[1] > 0 else edge.head
    path.reverse()
    return path
