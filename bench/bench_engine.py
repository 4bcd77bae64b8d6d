"""Benchmark: planning every shipped municipality, and the engine against the direct evaluator.

Run: .venv/bin/python bench/bench_engine.py   (results are compared as ratios within one run,
because machines here are shared and noisy; record the output in BENCHMARKS.md)
"""

from __future__ import annotations

import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from planner.planning.api import plan_for  # noqa: E402
from planner.profiles.fields import field_specs  # noqa: E402
from planner.profiles.load import load_all  # noqa: E402
from planner.render import render  # noqa: E402
from planner.rulebook.conditions import Verdict, evaluate  # noqa: E402
from planner.rulebook.engine import Engine  # noqa: E402
from planner.rulebook.library import load_library  # noqa: E402


def best(fn, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    t0 = time.perf_counter()
    lib = load_library(ROOT)
    profiles = load_all(ROOT)
    load_s = time.perf_counter() - t0
    rules = [(r.id, r.when) for r in lib.book.rules]
    engine = Engine(rules)
    rng = random.Random(7)
    specs = field_specs()

    def random_values() -> dict[str, object]:
        out: dict[str, object] = {}
        for f, s in specs.items():
            if rng.random() < 0.3:
                out[f] = None
            elif s.kind == "bool":
                out[f] = rng.random() < 0.5
            elif s.kind == "enum":
                out[f] = rng.choice(s.choices)
            elif s.kind in ("count", "year"):
                out[f] = rng.randint(0, 50) if s.kind == "count" else 2020
            else:
                out[f] = "x"
        return out

    wards = [random_values() for _ in range(2000)]
    t_engine = best(lambda: [engine.fire(f"w{i}", v) for i, v in enumerate(wards)], 3)
    t_eval = best(lambda: [[evaluate(c, v).verdict == Verdict.TRUE for _, c in rules] for v in wards], 3)
    t_plans = best(lambda: [plan_for(lib, lp) for lp in profiles], 3)
    plans = [plan_for(lib, lp) for lp in profiles]
    t_render = best(lambda: [render(p, f, "ja") for p in plans for f in ("table", "md", "json", "html")], 3)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"rules: {len(rules)}; municipalities: {len(profiles)}; python {sys.version.split()[0]}")
    print(f"load rule book + models + 53 profiles (cold, incl. lint): {load_s * 1000:.0f} ms")
    print(
        f"engine (durable C core), 2000 random wards: {t_engine * 1000:.0f} ms "
        f"({t_engine / len(wards) * 1e6:.0f} µs/ward)"
    )
    print(
        f"direct evaluator, same 2000 wards:          {t_eval * 1000:.0f} ms "
        f"({t_eval / len(wards) * 1e6:.0f} µs/ward); engine/evaluator = {t_engine / t_eval:.2f}"
    )
    print(f"plan all 53 municipalities: {t_plans * 1000:.0f} ms ({t_plans / len(profiles) * 1000:.1f} ms each)")
    print(f"render 53 plans x 4 formats: {t_render * 1000:.0f} ms")
    print(f"peak RSS: {rss:.0f} MB")


if __name__ == "__main__":
    main()
