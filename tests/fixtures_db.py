"""Fixtures for the metadata database: SQLite (embedded default) and PostgreSQL (127.0.0.1:5432)."""

from __future__ import annotations
