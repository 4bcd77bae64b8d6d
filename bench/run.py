"""Benchmark of the whole pipeline over N synthetic municipalities; prints one line of JSON.

The N profiles are made from a seed: each takes the shape of a shipped profile (its kind, area and a random
subset of its facts, each fact kept or dropped at random, so some profiles know much and some nothing) under a
new id. Everything runs in this one process: load the rule book and the profiles, plan each municipality (the
engine's share is timed apart), time the direct evaluator on the same rules and values as a reference, render
every plan. With --cli the same folder is planned end to end by `planner assess --all --out-dir` in a child
process instead (wall time and the child's peak memory), which is what a user runs.

    .venv/bin/python bench/run.py --municipalities 1741 [--seed 7] [--format md] [--json] [--cli [--rounds R]]
                                  [--keep DIR]

Fields: municipalities, seconds_total, seconds_load, engine_seconds, reference_seconds, seconds_render,
peak_rss_mb (in-process); with --cli: seconds_total (the batch, median of the rounds), single_ward_seconds (a
cold `assess WARD --format json` of the same folder, three per round, median), batch_in_single_runs (the
ratio), the children's peak memory, and files written.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ruamel.yaml import YAML  # noqa: E402

SECTIONS = (
    "council",
    "consultation_body",
    "specialists",
    "coordinators",
    "programmes",
    "beds",
    "services",
    "welfare",
    "information",
    "system",
    "children",
)


def make_folder(n: int, seed: int, dest: Path) -> Path:
    """A data folder with the shipped rules/ and models/ and n synthetic profiles in wards/."""
    rng = random.Random(seed)
    yaml = YAML(typ="safe", pure=False)
    shapes = [yaml.load(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "wards").glob("*.yaml"))]
    for name in ("rules", "models"):
        shutil.copytree(ROOT / name, dest / name)
    wards = dest / "wards"
    wards.mkdir()
    out = YAML(typ="safe", pure=False)
    out.default_flow_style = False
    keep = rng.choice
    for i in range(n):
        base = shapes[rng.randrange(len(shapes))]
        doc = {k: base[k] for k in ("kind", "area", "describes", "sources") if k in base}
        # codes 13500-13999 are no municipality's (Tokyo's run to 13421): a real code with a made-up name is refused
        doc.update(id=f"m{i:05d}", code=f"13{500 + i % 500:03d}", name={"ja": f"試験{i}市", "en": f"Test {i}"})
        share = keep((0.0, 0.3, 0.7, 1.0))
        for section in SECTIONS:
            facts = {k: v for k, v in (base.get(section) or {}).items() if rng.random() < share}
            if facts:
                doc[section] = facts
        with (wards / f"m{i:05d}.yaml").open("w", encoding="utf-8") as f:
            out.dump(doc, f)
    return dest


def in_process(folder: Path, fmt: str) -> dict[str, object]:
    from planner.planning.api import plan_for
    from planner.planning.assess import assess
    from planner.profiles.load import load_profile, ward_files
    from planner.render import render
    from planner.rulebook import engine as engine_module
    from planner.rulebook.conditions import evaluate
    from planner.rulebook.library import load_library

    engine_time = [0.0]
    decide = engine_module.Engine.decide

    def timed(self, ward_id, values):  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        try:
            return decide(self, ward_id, values)
        finally:
            engine_time[0] += time.perf_counter() - t

    engine_module.Engine.decide = timed  # type: ignore[method-assign]
    t0 = time.perf_counter()
    lib = load_library(folder)
    profiles = [load_profile(p) for p in ward_files(folder)]
    load_s = time.perf_counter() - t0
    rules = [(r.id, r.when) for r in lib.book.rules]
    render_s = reference_s = 0.0
    for lp in profiles:
        plan = plan_for(lib, lp)
        values = assess(lib, lp).state.values
        t = time.perf_counter()
        for _, cond in rules:
            evaluate(cond, values)
        reference_s += time.perf_counter() - t
        t = time.perf_counter()
        render(plan, fmt, "ja")
        render_s += time.perf_counter() - t
    total = time.perf_counter() - t0
    return {
        "municipalities": len(profiles),
        "seconds_total": round(total, 3),
        "seconds_load": round(load_s, 3),
        # assess runs twice per ward here (the plan, then the values for the reference): halve the engine time
        "engine_seconds": round(engine_time[0] / 2, 3),
        "reference_seconds": round(reference_s, 3),
        "seconds_render": round(render_s, 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def _planner(folder: Path, *args: str) -> float:
    """Seconds one planner process took with this data folder (it must succeed)."""
    t = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "planner", "--data", str(folder), *args], capture_output=True, text=True, cwd=ROOT
    )
    took = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit(proc.stderr[-2000:])
    return took


def end_to_end(folder: Path, fmt: str, rounds: int) -> dict[str, object]:
    """The batch against cold single-ward runs of the same folder, interleaved (a noisy machine slows both)."""
    out = folder / "out"
    first = sorted((folder / "wards").glob("*.yaml"))[0].stem
    batches, singles = [], []
    for _ in range(rounds):
        shutil.rmtree(out, ignore_errors=True)
        batches.append(_planner(folder, "assess", "--all", "--out-dir", str(out), "--format", fmt))
        singles += [_planner(folder, "assess", first, "--format", "json") for _ in range(3)]
    batch, single = statistics.median(batches), statistics.median(singles)
    return {
        "municipalities": len(list((folder / "wards").glob("*.yaml"))),
        "seconds_total": round(batch, 3),
        "single_ward_seconds": round(single, 3),
        "batch_in_single_runs": round(batch / single, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
        "files": len(list(out.iterdir())),
        "mode": "cli",
        "rounds": rounds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--municipalities", type=int, default=53)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--format", default="md", choices=("table", "md", "json", "html"))
    parser.add_argument("--json", action="store_true", help="one line of JSON only (the default prints it too)")
    parser.add_argument("--cli", action="store_true", help="plan through `planner assess --all` in a child process")
    parser.add_argument("--keep", type=Path, help="make the synthetic folder here and keep it")
    parser.add_argument("--rounds", type=int, default=1, help="with --cli: batches (each with 3 single runs); medians")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="planner-bench-"))
    try:
        if not (work / "wards").is_dir():
            make_folder(args.municipalities, args.seed, work)
        result = end_to_end(work, args.format, args.rounds) if args.cli else in_process(work, args.format)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(result, sort_keys=True))


if __name__ == "__main__":
    main()
