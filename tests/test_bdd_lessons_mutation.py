"""Each lesson's scenarios must depend on that lesson's rules.

For every lesson L1–L17: copy wards/, rules/ and models/ to a temporary folder, delete from the copied
rule packs every rule that lists the lesson, and run the scenarios tagged with it
(`pytest -m L<n> tests/test_bdd.py`) in a subprocess with PLANNER_DATA pointing at the copy. They must
fail — on their plan assertions, not by crashing or at collection — and none of them may still pass:
a scenario tagged @L<n> that passes without the L<n> rules does not test the lesson. The same scenarios
must pass against the unmodified data (one run of all of them, which also writes and checks a Cucumber
JSON report).

The runs are independent, so they go in parallel (a few at a time); each takes a few seconds.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from ruamel.yaml import YAML

# every case starts processes (hash seeds, locales, lesson mutations): the full check runs them, `make test` not
pytestmark = pytest.mark.full

ROOT = Path(__file__).resolve().parent.parent
LESSONS = [f"L{n}" for n in range(1, 18)]
BASELINE = "unmodified"
WORKERS = max(1, min(4, os.cpu_count() or 1))


@dataclass
class Run:
    code: int
    out: str
    removed: list[str]
    counts: dict[str, int]


def copy_data(dest: Path) -> Path:
    for name in ("wards", "rules", "models"):
        shutil.copytree(ROOT / name, dest / name)
    return dest


def drop_lesson(rules_dir: Path, lesson: str) -> list[str]:
    """Delete every rule listing `lesson` from each rule pack (a YAML file with `rules:`); return their ids."""
    yaml = YAML()  # round trip: comments, quotes and folded text stay as they were
    yaml.width = 4096
    removed: list[str] = []
    for path in sorted(rules_dir.glob("*.yaml")):
        data = yaml.load(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
            continue
        rules = data["rules"]
        doomed = [i for i, rule in enumerate(rules) if lesson in (rule.get("lessons") or [])]
        for i in reversed(doomed):
            removed.append(str(rules[i]["id"]))
            del rules[i]
        if doomed and not rules:
            path.unlink()  # a pack has at least one rule: a pack about this lesson alone goes as a whole
        elif doomed:
            with path.open("w", encoding="utf-8") as fh:
                yaml.dump(data, fh)
    return sorted(removed)


def summary_counts(out: str) -> dict[str, int]:
    """'3 failed, 2 passed, 40 deselected in 1.2s' -> {'failed': 3, 'passed': 2, 'deselected': 40}."""
    lines = [ln for ln in out.strip().splitlines() if re.search(r"\d+ (passed|failed|deselected|error)", ln)]
    assert lines, f"no pytest summary line in:\n{out[-3000:]}"
    return {word: int(n) for n, word in re.findall(r"\b(\d+) (\w+)", lines[-1])}


def run_scenarios(workdir: Path, lesson: str) -> Run:
    """Run one lesson's scenarios (all of them for the baseline) against a copy of the data."""
    data = copy_data(workdir / "data")
    removed = [] if lesson == BASELINE else drop_lesson(data / "rules", lesson)
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-rfEp",
        "tests/test_bdd.py",
        "-p",
        "no:cacheprovider",
        "-p",
        "no:hypothesispytest",
        f"--basetemp={workdir / 'tmp'}",
    ]
    if lesson == BASELINE:
        cmd.append(f"--cucumberjson={workdir / 'cucumber.json'}")
    else:
        cmd += ["-m", lesson]
    env = {k: v for k, v in os.environ.items() if k != "PYTEST_ADDOPTS"}
    env.update(PLANNER_DATA=str(data), COLUMNS="400")
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    out = proc.stdout + proc.stderr
    return Run(proc.returncode, out, removed, summary_counts(out))


@pytest.fixture(scope="module")
def runs(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Run]:
    """Only the runs the selected tests need, in parallel."""
    wanted = []
    for item in request.session.items:
        spec = getattr(item, "callspec", None)
        if item.module is request.module and spec is not None:
            wanted.append(spec.params["lesson"])
        elif item.module is request.module:
            wanted.append(BASELINE)
    wanted = sorted(set(wanted), key=lambda x: (x != BASELINE, int(x[1:]) if x != BASELINE else 0))
    with ThreadPoolExecutor(WORKERS) as pool:
        futures = {x: pool.submit(run_scenarios, tmp_path_factory.mktemp(x), x) for x in wanted}
        return {x: f.result() for x, f in futures.items()}


def test_lesson_scenarios_pass_on_the_unmodified_data(
    runs: dict[str, Run], tmp_path_factory: pytest.TempPathFactory
) -> None:
    run = runs[BASELINE]
    assert run.code == 0, f"the scenarios fail on the unmodified data:\n{run.out[-6000:]}"
    assert run.counts.get("passed", 0) > 0 and not run.counts.get("failed") and not run.counts.get("error")
    report = next(tmp_path_factory.getbasetemp().glob(f"{BASELINE}*/cucumber.json"))
    features = json.loads(report.read_text(encoding="utf-8"))
    scenarios = [el for feature in features for el in feature["elements"]]
    assert len(scenarios) == run.counts["passed"], "the Cucumber JSON report misses scenarios"
    tags = {tag["name"] for el in scenarios for tag in el.get("tags", [])}
    assert {f"L{n}" for n in range(1, 18)} <= {t.lstrip("@") for t in tags}, f"lesson tags in report: {sorted(tags)}"


@pytest.mark.parametrize("lesson", LESSONS)
def test_lesson_scenarios_fail_without_its_rules(runs: dict[str, Run], lesson: str) -> None:
    run = runs[lesson]
    assert run.removed, f"no rule lists {lesson}: nothing to remove"
    # The mutated rule book must still load, so the failures are the scenarios' own.
    assert "InputError" not in run.out and "planner.errors" not in run.out, run.out[-6000:]
    assert run.code == 1, (
        f"without {lesson}'s rules {run.removed} the {lesson} scenarios exit "
        f"{run.code} (1 = tests failed):\n{run.out[-6000:]}"
    )
    assert run.counts.get("failed", 0) > 0, run.out[-6000:]
    assert not run.counts.get("error") and not run.counts.get("errors"), f"errors, not failures:\n{run.out[-6000:]}"
    still_passing = re.findall(r"^PASSED (\S+)", run.out, re.M)
    assert run.counts.get("passed", 0) == 0, (
        f"{run.counts.get('passed')} {lesson} scenario(s) pass without the rules {run.removed}, so they do not "
        f"test the lesson {still_passing}:\n{run.out[-6000:]}"
    )
    failed = re.findall(r"^FAILED (\S+)(.*)$", run.out, re.M)
    assert len(failed) == run.counts["failed"], run.out[-6000:]
    not_assertions = [node for node, reason in failed if "AssertionError" not in reason]
    assert not not_assertions, f"scenarios crashed instead of failing an assertion: {not_assertions}\n{run.out[-6000:]}"
