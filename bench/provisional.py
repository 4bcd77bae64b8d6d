"""Benchmark: what provisional verdicts cost — the engine deciding a second time on out-of-date facts.

Run: .venv/bin/python bench/provisional.py [--rounds 15]
Each round plans every shipped municipality twice, interleaved: as shipped, and with provisional verdicts switched
off (no second decision). Ratios within one run are what to compare (machines here are shared and noisy).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from planner.planning import assess as assess_module  # noqa: E402
from planner.planning.api import plan_for  # noqa: E402
from planner.planning.state import present_state  # noqa: E402
from planner.profiles.load import load_all  # noqa: E402
from planner.rulebook.library import load_library  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    lib = load_library(ROOT)
    profiles = load_all(ROOT)
    as_of = profiles[0].profile.describes
    with_old = sum(
        1
        for lp in profiles
        if assess_module.provisional_values(present_state(lp, as_of, lib.book.planning.freshness, str(lp.path), None))
        is not None
    )

    def batch() -> float:
        t = time.perf_counter()
        for lp in profiles:
            plan_for(lib, lp, as_of=as_of)
        return time.perf_counter() - t

    batch()  # warm: engines compiled, models built
    shipped, without = [], []
    for _ in range(args.rounds):
        shipped.append(batch())
        with mock.patch.object(assess_module, "provisional_values", lambda state: None):
            without.append(batch())
    a, b = statistics.median(shipped), statistics.median(without)
    n = len(profiles)
    print(f"municipalities: {n}; with out-of-date or undated facts: {with_old}; rounds: {args.rounds}")
    print(f"plan every municipality, as shipped:               {a * 1000 / n:.2f} ms each (median)")
    print(f"plan every municipality, no provisional verdicts:  {b * 1000 / n:.2f} ms each (median)")
    print(f"ratio: {a / b:.3f}")


if __name__ == "__main__":
    main()
