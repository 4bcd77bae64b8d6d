"""Runs every Gherkin scenario in features/ (English and Japanese) under pytest-bdd.

Scenarios are tagged with the report's lessons (@L1…@L17) and task categories (@T1…@T6); each tag is a
pytest marker, so `pytest -m L4 tests/test_bdd.py` runs one lesson's scenarios. Steps: tests/bdd_steps.py.
The data folder is $PLANNER_DATA when set, else the repository root.
"""

from __future__ import annotations

import os
from pathlib import Path

from bdd_plan_steps import *  # noqa: F403  (steps about the plan as read)
from bdd_respondent_steps import *  # noqa: F403  (several respondents, merged)
from bdd_steps import *  # noqa: F403  (step definitions and the `world` fixture)
from bdd_survey_steps import *  # noqa: F403  (the questionnaire round trip)
from pytest_bdd import scenarios

# $PLANNER_FEATURES: another features folder (tests/test_analysts_guide.py runs the guide's scenario from one)
FEATURES = Path(os.environ.get("PLANNER_FEATURES") or Path(__file__).resolve().parent.parent / "features")

scenarios(str(FEATURES))


def test_no_scenario_name_starts_with_a_digit_so_its_test_name_keeps_every_word() -> None:
    """pytest-bdd drops leading digits from a test's name; a scenario starting with one could not be found by
    grepping its FAILED line (docs/analysts.md, 'Read a failure')."""
    import re

    names = [
        (path, line.split(":", 1)[1].strip())
        for path in sorted(FEATURES.rglob("*.feature"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if re.match(r"\s*(シナリオ|Scenario|シナリオアウトライン|Scenario Outline):", line)
    ]
    assert names and not [n for n in names if n[1][:1].isdigit()], [n for n in names if n[1][:1].isdigit()]
