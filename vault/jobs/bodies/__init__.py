"""The bodies of the jobs the vault runs: each module registers its kinds with ``job_kind``."""

from __future__ import annotations

from vault.jobs.bodies import digest, reports, subject_access, training

__all__ = ["digest", "reports", "subject_access", "training"]
