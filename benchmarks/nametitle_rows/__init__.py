"""Hand-written rows for bench_nametitle_rows.py (nametitle work, December 2026): a person's name directly followed
by their role or job title in UK SEND paperwork (attendee lists, minutes' present/apologies lines, signature lines,
report authors, e-mail sign-offs, registers with a surname column), where the title's head word ("Lead", "Class",
"Programme", "Assessment", "Officer", "Worker") must stay and the name must be found whole.

Each row is (text, finds, keeps); a surface is looked up at its first occurrence in the text. Written by hand before
the nametitle work, without running the detector on them and without copying any other set's lines; scored once
before and once after the work, and their misses are not to be read while tuning.
"""
