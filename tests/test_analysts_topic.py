"""docs/analysts.md §9, followed block by block: a new topic added as data only lints, validates, plans and passes
its scenarios in a copy of the data, and lint names what is missing when a step is left out."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

GUIDE = (ROOT / "docs" / "analysts.md").read_text(encoding="utf-8")
SECTION = GUIDE[GUIDE.index("## 9. 新しい話題を加える") :]
STEP = re.compile(r"<!-- topic: (append|create|replace) (\S+)(?: \"([^\"]+)\")? -->\n```\w*\n(.*?)```", re.S)
PYTHON = sorted(p.relative_to(ROOT) for p in (ROOT / "planner").rglob("*.py"))


def steps() -> list[tuple[str, str, str | None, str]]:
    found = [(m.group(1), m.group(2), m.group(3), m.group(4)) for m in STEP.finditer(SECTION)]
    assert len(found) == 8, [f[:2] for f in found]
    return found


def apply(data: Path, features: Path, leave_out: str | None = None) -> None:
    """Every block of §9 applied as the guide says, to a data folder and a features folder."""
    for how, name, old, text in steps():
        if name == leave_out:
            continue
        path = (features.parent if name.startswith("features/") else data) / name
        if how == "create":
            assert not path.exists(), f"{name} already exists: the example would overwrite it"
            path.write_text(text, encoding="utf-8")
        elif how == "append":
            body = path.read_text(encoding="utf-8")
            path.write_text(body.rstrip("\n") + "\n" + text, encoding="utf-8")
        else:
            body = path.read_text(encoding="utf-8")
            assert old is not None and body.count(old) == 1, f"{old!r} is not once in {name}"
            path.write_text(body.replace(old, text.strip()), encoding="utf-8")


@pytest.fixture
def copy(tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    data, features = tmp_path / "data", tmp_path / "features"
    for name in ("wards", "rules", "models"):
        shutil.copytree(ROOT / name, data / name)
    shutil.copytree(ROOT / "features", features)
    env = {**os.environ, "PLANNER_DATA": str(data), "PLANNER_FEATURES": str(features), "PLANNER_CACHE": "off"}
    return data, features, env


def planner(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planner", "--data", env["PLANNER_DATA"], *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.full
def test_the_guides_topic_lints_validates_plans_and_passes_its_scenarios(copy) -> None:  # type: ignore[no-untyped-def]
    data, features, env = copy
    before = {p: p.read_bytes() for p in (ROOT / "planner").rglob("*.py")}
    apply(data, features)
    for args in (["rules", "lint"], ["validate"]):
        result = planner(env, *args)
        assert result.returncode == 0, (args, result.stdout[-2000:], result.stderr[-2000:])
    fields = planner(env, "fields")
    assert "school_travel.support" in fields.stdout and "school_travel.parent_escorted" in fields.stdout
    schema = planner(env, "schema", "profile")
    assert '"school_travel"' in schema.stdout and "保護者の付添いで通学している医療的ケア児" in schema.stdout
    fired = planner(env, "assess", "koto", "--set", "school_travel.support=false", "--format", "json")
    assert fired.returncode == 0, fired.stderr
    assert "school-travel-support" in [a["id"] for a in json.loads(fired.stdout)["actions"]]
    paper = planner(env, "assess", "koto", "--set", "school_travel.support=false", "--format", "md").stdout
    assert "医療的ケア児の通学支援（送迎・付添い）を整える" in paper and "移動支援・通学支援の事業所" in paper
    unknown = json.loads(planner(env, "assess", "koto", "--format", "json").stdout)
    assert "school-travel-support" not in [a["id"] for a in unknown["actions"]]
    assert "school-travel-support" in [a["id"] for a in unknown["pending"]]  # undecided: waits for the survey
    book = planner(env, "survey", "export", "koto", "--out", str(data.parent / "koto.xlsx"))
    assert book.returncode == 0, book.stderr
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/test_bdd.py", "-q", "-m", "L9", "-rA", "-p", "no:randomly"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout[-3000:]
    passed = re.findall(r"PASSED tests/test_bdd.py::(\S+)", run.stdout)
    assert any("通学支援のない区" in p for p in passed) and any("getting_to_school" in p for p in passed), passed
    assert {p: p.read_bytes() for p in (ROOT / "planner").rglob("*.py")} == before, "the guide touched no Python"


@pytest.mark.full
@pytest.mark.parametrize(
    ("left_out", "said"),
    [("rules/survey.yaml", "school_travel.support"), ("models/roles.yaml", "mobility-support")],
)
def test_lint_names_what_is_missing_when_a_step_is_left_out(copy, left_out: str, said: str) -> None:  # type: ignore[no-untyped-def]
    data, features, env = copy
    apply(data, features, leave_out=left_out)
    result = planner(env, "rules", "lint")
    assert result.returncode != 0 and said in result.stderr + result.stdout, (result.stdout, result.stderr)
