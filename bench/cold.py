"""Cold start: whole-process runs of single-ward commands against the import floor, interleaved, medians.

The floor is a process that only imports what every command needs (typer, pydantic, ruamel.yaml, durable's
core, tabulate). Runs alternate between the cases so that a noisy neighbour slows them all alike; the result
is each case's median and its ratio to the floor's median, as one line of JSON. planner's bytecode is written
first, as `make setup` does: where PYTHONDONTWRITEBYTECODE is set, a run would otherwise compile every module.

    .venv/bin/python bench/cold.py [--runs 9]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOOR = "import typer, pydantic, ruamel.yaml, durable_rules_engine, tabulate"
# `import pydantic` loads almost nothing (its names load on first use); any command that parses an option with
# typer or declares a model loads these too. The second floor shows what planner adds on top of its stack.
STACK = FLOOR + "; import typer._adapters; from pydantic import BaseModel"
CASES = {
    "floor": [sys.executable, "-c", FLOOR],
    "stack floor": [sys.executable, "-c", STACK],
    "assess koto --format json": [sys.executable, "-m", "planner", "assess", "koto", "--format", "json"],
    "assess 江東区 --format json": [sys.executable, "-m", "planner", "assess", "江東区", "--format", "json"],
    "assess 13108 --format json": [sys.executable, "-m", "planner", "assess", "13108", "--format", "json"],
    "assess koto (table)": [sys.executable, "-m", "planner", "assess", "koto"],
    "--version": [sys.executable, "-m", "planner", "--version"],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "planner")], check=True)
    times: dict[str, list[float]] = {name: [] for name in CASES}
    for _ in range(args.runs):
        for name, cmd in CASES.items():
            t = time.perf_counter()
            subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            times[name].append(time.perf_counter() - t)
    floor = statistics.median(times["floor"])
    stack = statistics.median(times["stack floor"])
    out = {
        name: {
            "median_s": round(statistics.median(ts), 3),
            "ratio_to_floor": round(statistics.median(ts) / floor, 2),
            "ratio_to_stack_floor": round(statistics.median(ts) / stack, 2),
        }
        for name, ts in times.items()
    }
    print(json.dumps({"runs": args.runs, **out}, ensure_ascii=False))


if __name__ == "__main__":
    main()
