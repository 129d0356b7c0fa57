"""The tamper-evident audit log: append inside the action's transaction; verify the whole chain."""

from __future__ import annotations

from vault.audit.chain import GENESIS, EventContent, canonical_detail, chain_hash
from vault.audit.events import AuditAction
from vault.audit.log import append_event
from vault.audit.verify import ChainBreak, VerifyReport, verify_chain

__all__ = [
    "GENESIS",
    "AuditAction",
    "ChainBreak",
    "EventContent",
    "VerifyReport",
    "append_event",
    "canonical_detail",
    "chain_hash",
    "verify_chain",
]
