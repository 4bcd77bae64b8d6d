"""Measures what durable-rules can take, to set the rule book's limits in lint (planner/rulebook/lint.py).

Each case compiles a synthetic rule book in a fresh child process (durable's C core holds the GIL and cannot be
interrupted, so a case that runs away is killed after --timeout seconds) and then decides 20 wards with it.
Cases: N simple rules; rules whose condition is an `in` list of K values or an `all` of K comparisons (each
compiles to K alternatives in one of its two forms); numbers near the limits; the shipped book for reference.

Run: .venv/bin/python bench/limits.py [--timeout 60] [--json]
Record the output in BENCHMARKS.md ("Rule-book limits"). Times are whole seconds of one run on a shared machine:
compare them with each other, not with another machine.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, sys, time
sys.path.insert(0, {root!r})
from pydantic import TypeAdapter
from planner.rulebook.conditions import Condition
from planner.rulebook.engine import Engine, EngineError
from planner.profiles.fields import field_specs

case = json.loads(sys.argv[1])
adapter = TypeAdapter(Condition)
counts = [p for p, s in field_specs().items() if s.kind == "count"]
flags = [p for p, s in field_specs().items() if s.kind == "bool"]

def condition(i):
    kind, k = case["kind"], case["k"]
    field = counts[i % len(counts)]
    if kind == "simple":
        return {{"field": field, "lt": i % 7 + 1}}
    if kind == "in":
        return {{"field": field, "in": list(range(i, i + k))}}
    if kind == "all":
        return {{"all": [{{"field": counts[(i + j) % len(counts)], "ge": j + 1}} for j in range(k)]}}
    if kind == "any":
        return {{"any": [{{"field": counts[(i + j) % len(counts)], "ge": j + 1}} for j in range(k)]}}
    if kind == "number":
        return {{"field": field, "lt": k}}
    raise SystemExit("unknown kind")

if case["kind"] == "shipped":
    from planner.rulebook.library import load_library
    rules = [(r.id, r.when) for r in load_library(__import__("pathlib").Path({root!r})).book.rules]
else:
    rules = [(f"r{{i}}", adapter.validate_python(condition(i))) for i in range(case["n"])]
t = time.perf_counter()
try:
    engine = Engine(rules)
except EngineError as exc:
    print(json.dumps({{"error": str(exc.problems[0].message)}}))
    raise SystemExit(0)
compile_s = time.perf_counter() - t
t = time.perf_counter()
for w in range(20):
    values = {{f: (w * 3 + j) % 11 for j, f in enumerate(counts)}}
    values.update({{f: bool((w + j) % 2) for j, f in enumerate(flags)}})
    engine.decide(f"w{{w}}", values)
print(json.dumps({{"compile_s": compile_s, "decide_20_s": time.perf_counter() - t, "rules": len(rules)}}))
"""

CASES = (
    [{"kind": "shipped", "n": 0, "k": 0}]
    + [{"kind": "simple", "n": n, "k": 1} for n in (100, 400, 1600, 6400)]
    + [{"kind": "in", "n": 20, "k": k} for k in (10, 20, 39, 40)]
    + [{"kind": "in", "n": n, "k": 39} for n in (100, 400)]
    + [{"kind": "all", "n": 20, "k": k} for k in (8, 16, 38, 39)]
    + [{"kind": "all", "n": n, "k": 8} for n in (400, 1600)]
    + [{"kind": "any", "n": 400, "k": 8}]
    + [{"kind": "number", "n": 10, "k": k} for k in (10**9, 2**53, 10**18)]
)


def run(case: dict[str, object], timeout: float) -> dict[str, object]:
    t = time.perf_counter()
    try:
        proc = subprocess.run(
            [sys.executable, "-c", CHILD.format(root=str(ROOT)), json.dumps(case)],
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return {**case, "result": f"killed after {timeout:.0f} s (still compiling)"}
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        return {**case, "result": f"exit {proc.returncode}: {proc.stderr.strip().splitlines()[-1][:120]}"}
    return {**case, **json.loads(proc.stdout.strip().splitlines()[-1]), "process_s": round(wall, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    for case in CASES:
        out = run(case, args.timeout)
        if args.json:
            print(json.dumps(out), flush=True)
        else:
            shown = {k: (round(v, 3) if isinstance(v, float) else v) for k, v in out.items()}
            print(shown, flush=True)


if __name__ == "__main__":
    main()
