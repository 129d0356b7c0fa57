"""Hand-written rows of the dob3 round (see rows.py)."""
