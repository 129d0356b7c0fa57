"""Fixtures for the real S3 server (Ceph RADOS Gateway started by scripts/ceph-rgw)."""

from __future__ import annotations
