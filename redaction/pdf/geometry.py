"""Affine matrices and quadrilaterals in PDF user space (row-vector convention, as the spec)."""

from __future__ import annotations

import math
from dataclasses import dataclass

__all__ = ["IDENTITY", "Matrix", "Quad", "invert", "multiply", "transform"]

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def multiply(first: Matrix, second: Matrix) -> Matrix:
    """``first × second``: apply ``first``, then ``second``."""
    a, b, c, d, e, f = first
    A, B, C, D, E, F = second
    return (
        a * A + b * C,
        a * B + b * D,
        c * A + d * C,
        c * B + d * D,
        e * A + f * C + E,
        e * B + f * D + F,
    )


def transform(matrix: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = matrix
    return x * a + y * c + e, x * b + y * d + f


def invert(matrix: Matrix) -> Matrix | None:
    a, b, c, d, e, f = matrix
    det = a * d - b * c
    if abs(det) < 1e-12:
        return None
    ia, ib, ic, id_ = d / det, -b / det, -c / det, a / det
    return (ia, ib, ic, id_, -(e * ia + f * ic), -(e * ib + f * id_))


@dataclass(frozen=True, slots=True)
class Quad:
    """Four corners in order around the edge (a rectangle in some rotated frame)."""

    points: tuple[tuple[float, float], tuple[float, float], tuple[float, float], tuple[float, float]]

    @classmethod
    def from_rect(cls, x0: float, y0: float, x1: float, y1: float) -> Quad:
        x0, x1 = min(x0, x1), max(x0, x1)
        y0, y1 = min(y0, y1), max(y0, y1)
        return cls(((x0, y0), (x1, y0), (x1, y1), (x0, y1)))

    @classmethod
    def from_frame(cls, matrix: Matrix, x0: float, y0: float, x1: float, y1: float) -> Quad:
        """The rectangle ``[x0, x1] × [y0, y1]`` of a frame, mapped by ``matrix`` to user space."""
        return cls((transform(matrix, x0, y0), transform(matrix, x1, y0), transform(matrix, x1, y1),
                    transform(matrix, x0, y1)))

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        xs = [p[0] for p in self.points]
        ys = [p[1] for p in self.points]
        return min(xs), min(ys), max(xs), max(ys)

    def contains(self, x: float, y: float) -> bool:
        """Point strictly inside the convex quadrilateral (a zero-width glyph sitting on a box's edge,
        like the space after a removed word, is outside)."""
        sign = 0.0
        points = self.points
        for index in range(4):
            x0, y0 = points[index]
            x1, y1 = points[(index + 1) % 4]
            cross = (x1 - x0) * (y - y0) - (y1 - y0) * (x - x0)
            if abs(cross) < 1e-9:
                return False
            if sign == 0.0:
                sign = cross
            elif (cross > 0) != (sign > 0):
                return False
        return True

    def padded(self, amount: float) -> Quad:
        """Grown outwards by ``amount`` along both of its own axes."""
        (x0, y0), (x1, y1), _, (x3, y3) = self.points
        ux, uy = x1 - x0, y1 - y0
        vx, vy = x3 - x0, y3 - y0
        lu, lv = math.hypot(ux, uy), math.hypot(vx, vy)
        if lu < 1e-9 or lv < 1e-9:
            bx0, by0, bx1, by1 = self.bounds
            return Quad.from_rect(bx0 - amount, by0 - amount, bx1 + amount, by1 + amount)
        ux, uy, vx, vy = ux / lu * amount, uy / lu * amount, vx / lv * amount, vy / lv * amount
        p0 = (x0 - ux - vx, y0 - uy - vy)
        p1 = (x1 + ux - vx, y1 + uy - vy)
        p2 = (self.points[2][0] + ux + vx, self.points[2][1] + uy + vy)
        p3 = (x3 - ux + vx, y3 - uy + vy)
        return Quad((p0, p1, p2, p3))

    def intersects_rect(self, x0: float, y0: float, x1: float, y1: float) -> bool:
        bx0, by0, bx1, by1 = self.bounds
        return bx0 <= x1 and x0 <= bx1 and by0 <= y1 and y0 <= by1
