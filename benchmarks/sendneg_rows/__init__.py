"""Hand-written rows for bench_sendneg_rows.py (sendneg work)."""
