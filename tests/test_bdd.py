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
