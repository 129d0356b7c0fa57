"""The kinds of job: each a name, the body that does the work, and how it is retried.

Bodies register themselves with :func:`job_kind` in :mod:`vault.jobs.bodies`; the engine and the
runner know jobs only by kind name and id, so a worker on another machine runs exactly the code the
server would have run inline.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from vault.jobs.context import JobContext, JobOutcome

__all__ = ["JobKind", "job_kind", "kind_named", "kinds"]

Body = Callable[[JobContext], JobOutcome]


@dataclass(frozen=True)
class JobKind:
    name: str
    body: Body
    queue: str = "default"  # "redaction" for model and OCR work, so workers may specialise
    max_attempts: int = 3  # runs in all, counting those a dead worker left behind


_KINDS: dict[str, JobKind] = {}


def job_kind(name: str, *, queue: str = "default", max_attempts: int = 3) -> Callable[[Body], Body]:
    def register(body: Body) -> Body:
        if name in _KINDS and _KINDS[name].body is not body:
            raise ValueError(f"two job kinds named {name!r}")
        _KINDS[name] = JobKind(name, body, queue, max_attempts)
        return body

    return register


def kind_named(name: str) -> JobKind:
    _load_bodies()
    try:
        return _KINDS[name]
    except KeyError:
        raise KeyError(f"no job kind {name!r}") from None


def kinds() -> dict[str, JobKind]:
    _load_bodies()
    return dict(_KINDS)


def _load_bodies() -> None:
    import vault.jobs.bodies  # noqa: F401 - registers every kind
