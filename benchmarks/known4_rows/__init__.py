"""Hand-written rows with a case's known identifiers for bench_known4_rows.py (see rows.py)."""
