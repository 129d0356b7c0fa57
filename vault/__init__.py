"""The vault service: cases, people, documents, consent, access policy, audit and parents' rights."""

from __future__ import annotations

__all__: list[str] = []
