"""Suite-wide fixtures: the real S3 server (fixtures_s3) and the metadata databases (fixtures_db)."""

from __future__ import annotations

pytest_plugins = ["fixtures_s3", "fixtures_db"]
