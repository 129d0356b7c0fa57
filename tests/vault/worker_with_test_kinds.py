"""``python worker_with_test_kinds.py worker --data DIR``: ``vault`` with the test job kinds loaded."""

from __future__ import annotations

import sys

import jobs_for_tests  # noqa: F401 - registers the test kinds

from vault.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
