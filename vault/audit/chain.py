"""The hash chain: each event's hash covers its canonical content and the previous event's hash.

Sequence numbers are inside the hashed content, so moving an event changes what its hash must be;
the previous hash is inside too, so removing or inserting one breaks the link after it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

__all__ = ["GENESIS", "EventContent", "canonical_detail", "chain_hash"]

GENESIS = "0" * 64


@dataclass(frozen=True)
class EventContent:
    seq: int
    at: datetime
    actor_id: str | None
    actor_role: str
    action: str
    operation: str
    target_kind: str
    target_id: str | None
    case_id: str | None
    override_id: str | None
    detail: str  # already canonical JSON

    def canonical(self) -> bytes:
        fields: dict[str, Any] = asdict(self)
        fields["at"] = self.at.astimezone(UTC).isoformat(timespec="microseconds")
        return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def canonical_detail(detail: Mapping[str, Any] | None) -> str:
    return json.dumps(dict(detail or {}), sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def chain_hash(prev_hash: str, content: EventContent) -> str:
    digest = hashlib.sha256()
    digest.update(prev_hash.encode("ascii"))
    digest.update(b"\n")
    digest.update(content.canonical())
    return digest.hexdigest()
