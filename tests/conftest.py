"""Suite-wide fixtures: the real S3 server (fixtures_s3) and the metadata databases (fixtures_db)."""

from __future__ import annotations

import os
import tempfile

# 'vault redact' keeps compiled patterns in the user's cache (redaction.pattern_cache): under test, in a folder of
# the run's own, never the home directory's
os.environ.setdefault("VAULT_PATTERN_CACHE", os.path.join(tempfile.mkdtemp(prefix="vault-test-patterns-"), "patterns"))

pytest_plugins = ["fixtures_s3", "fixtures_db"]
