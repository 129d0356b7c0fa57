"""Hand-written rows with a case's known identifiers for bench_known3_rows.py (see rows.py)."""
