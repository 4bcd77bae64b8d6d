"""docs/analysts.md, followed word for word: its example rule and its scenario change a plan and pass."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

GUIDE = (ROOT / "docs" / "analysts.md").read_text(encoding="utf-8")
SCENARIO = "test_日中一時預かりもきょうだい支援もない区はきょうだい支援を整える"


def block(section: str, lang: str) -> str:
    """The first fenced block of a language in a section of the guide."""
    start = GUIDE.index(section)
    found = re.search(rf"```{lang}\n(.*?)```", GUIDE[start:], re.S)
    assert found, f"no {lang} block in {section}"
    return found.group(1)


@pytest.mark.full
def test_the_guides_rule_and_scenario_change_a_plan_and_pass(tmp_path: Path) -> None:
    data, features = tmp_path / "data", tmp_path / "features"
    for name in ("wards", "rules", "models"):
        shutil.copytree(ROOT / name, data / name)
    shutil.copytree(ROOT / "features", features)
    rule = block("## 4. ルールを加える", "yaml")
    pack = data / "rules" / "report-2014.yaml"
    pack.write_text(pack.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + rule, encoding="utf-8")
    (features / "families" / "guide.ja.feature").write_text(
        block("## 5. シナリオを加える", "gherkin"), encoding="utf-8"
    )
    env = {**os.environ, "PLANNER_DATA": str(data), "PLANNER_FEATURES": str(features)}
    lint = subprocess.run(
        [sys.executable, "-m", "planner", "--data", str(data), "rules", "lint"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert lint.returncode == 0, lint.stderr
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/test_bdd.py", "-q", "-m", "L9", "-rA", "-p", "no:randomly"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout[-3000:]
    assert f"PASSED tests/test_bdd.py::{SCENARIO}" in run.stdout, run.stdout[-3000:]
    # without the new rule, the same scenario fails: it is the rule that changed the plan
    pack.write_text(pack.read_text(encoding="utf-8").replace(rule, ""), encoding="utf-8")
    without = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/test_bdd.py", "-q", "-m", "L9", "-rA", "-p", "no:randomly"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert f"FAILED tests/test_bdd.py::{SCENARIO}" in without.stdout
