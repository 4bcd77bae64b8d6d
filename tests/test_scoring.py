"""The priority score, the order and the phases of a small plan, worked out by hand in the test itself.

A private rule book of four rules and four actions; every number below is computed in the comments
from rules/planning.yaml's formula, so a change to the formula (or to the shipped weights) fails here.
"""

from __future__ import annotations

import shutil

import pytest

from planner.planning.api import load_ward, plan_for
from planner.rulebook.library import load_library
from tests.conftest import ROOT

PLANNING = """description: scoring fixture
scoring: {severity: 10, lessons: 5, gap_max: 20, survey_severity: 5, survey_base: 5, reasoning: fixture}
lane_capacity: 1
lead_capacity: 2
priority: {top: 55, high: 35, reasoning: fixture}
freshness: {years: 3, reasoning: fixture}
small_municipality: {population_below: 30000, reasoning: fixture}
evidence_per_action: 3
deadlines: {overdue: 10, reasoning: fixture}
"""
ACTIONS = """description: scoring fixture
actions:
  - {id: a-first, title: {ja: 甲, en: A}, description: {ja: 甲, en: A}, task: T1, lead: municipal-office, months: 2,
     target: {ja: 甲, en: A}, basis: {ja: 甲, en: A},
     kpi: {indicator: {ja: 甲, en: A}, value: 1, unit: {ja: 件, en: item}}}
  - {id: b-second, title: {ja: 乙, en: B}, description: {ja: 乙, en: B}, task: T1, lead: municipal-office, months: 3,
     after: [a-first], target: {ja: 乙, en: B}, basis: {ja: 乙, en: B},
     kpi: {indicator: {ja: 乙, en: B}, value: 1, unit: {ja: 件, en: item}}}
  - {id: c-other, title: {ja: 丙, en: C}, description: {ja: 丙, en: C}, task: T4, lead: municipal-office, months: 1,
     target: {ja: 丙, en: C}, basis: {ja: 丙, en: C},
     kpi: {indicator: {ja: 丙, en: C}, value: 1, unit: {ja: 件, en: item}}}
  - {id: survey-all, title: {ja: 調査, en: Survey}, description: {ja: 調査, en: Survey}, task: T2, lead: municipal-office,
     months: 2, target: {ja: 調査, en: Survey}, basis: {ja: 調査, en: Survey},
     kpi: {indicator: {ja: 調査, en: Survey}, value: 1, unit: {ja: 件, en: item}},
     survey: [council., consultation_body., specialists., coordinators., programmes., beds., services., providers., welfare.,
              information., system., children., preparedness., schools., transition.]}
"""
PACK = """pack: fixture
title: {ja: 試験, en: Fixture}
version: "1"
description: scoring fixture
sources:
  s: {title: fixture, url: "https://example.org/", kind: official}
rules:
  - {id: r1, title: {ja: 一, en: one}, lessons: [L4], evidence: [{quote: q1, where: w, source: s}], severity: 5,
     when: {field: coordinators.placed, eq: false}, actions: [a-first]}
  - {id: r2, title: {ja: 二, en: two}, lessons: [L3, L7], evidence: [{quote: q2, where: w, source: s}], severity: 3,
     when: {field: beds.respite_child, lt: 3}, gap: {field: beds.respite_child, target: 4}, actions: [b-second]}
  - {id: r3, title: {ja: 三, en: three}, lessons: [L13], evidence: [{quote: q3, where: w, source: s}], severity: 1,
     when: {field: council.exists, eq: false}, actions: [c-other]}
  - {id: r4, title: {ja: 四, en: four}, lessons: [L14], evidence: [{quote: q4, where: w, source: s}], severity: 4,
     when: {field: information.family_desk, eq: false}, actions: [c-other]}
"""
WARD = """id: handward
code: "13999"
name: {ja: 試験区, en: Handward}
kind: ward
area: ku-tobu
describes: 2026-11
coordinators: {placed: {value: false, as_of: 2026-10}}
beds: {respite_child: {value: 1, as_of: 2026-10}}
council: {exists: {value: false, as_of: 2026-10}}
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    data = tmp_path_factory.mktemp("scoring")
    (data / "rules").mkdir()
    for name in ("lessons.yaml", "report-2014.txt", "wording.yaml", "survey.yaml", "frame.yaml"):
        shutil.copy(ROOT / "rules" / name, data / "rules")
    shutil.copytree(ROOT / "models", data / "models")
    (data / "rules" / "planning.yaml").write_text(PLANNING, encoding="utf-8")
    (data / "rules" / "actions.yaml").write_text(ACTIONS, encoding="utf-8")
    frame = (data / "rules" / "frame.yaml").read_text(encoding="utf-8")  # its programmes serve the shipped actions
    (data / "rules" / "frame.yaml").write_text(frame[: frame.index("\nprogrammes:")] + "\nprogrammes: []\n", "utf-8")
    (data / "rules" / "fixture.yaml").write_text(PACK, encoding="utf-8")
    (data / "wards").mkdir()
    (data / "wards" / "handward.yaml").write_text(WARD, encoding="utf-8")
    return plan_for(load_library(data), load_ward(data, "handward"))


def test_each_score_is_the_hand_computed_sum_of_its_parts(plan) -> None:  # type: ignore[no-untyped-def]
    scores = {a.id: (a.score, a.score_parts.model_dump()) for a in plan.actions}
    # a-first: r1 severity 5 × 10 = 50; one lesson (L4) × 5 = 5; no gap; L4's weight in lessons.yaml = 15 → 70
    assert scores["a-first"] == (70, {"severity": 50, "lessons": 5, "gap": 0, "weight": 15, "overdue": 0})
    # b-second: r2 severity 3 × 10 = 30; L3 and L7 × 5 = 10; respite 1 against target 4 falls 3/4 short,
    # 20 × 3/4 = 15; neither lesson has a weight → 55
    assert scores["b-second"] == (55, {"severity": 30, "lessons": 10, "gap": 15, "weight": 0, "overdue": 0})
    # survey-all: r4 is undecided (family_desk unknown): severity 4 × 5 = 20, plus 5 (L10 alone) → 25
    assert scores["survey-all"] == (25, {"severity": 20, "lessons": 5, "gap": 0, "weight": 0, "overdue": 0})
    # c-other: only r3 fired (r4 is undecided): severity 1 × 10 = 10; L13 × 5 = 5 → 15
    assert scores["c-other"] == (15, {"severity": 10, "lessons": 5, "gap": 0, "weight": 0, "overdue": 0})


def test_order_follows_the_score_and_never_puts_an_action_before_its_prerequisite(plan) -> None:  # type: ignore[no-untyped-def]
    assert [a.id for a in plan.actions] == ["a-first", "b-second", "survey-all", "c-other"]
    assert [a.rank for a in plan.actions] == [1, 2, 3, 4]


def test_phases_follow_prerequisites_the_lane_capacity_and_the_leads_load(plan) -> None:  # type: ignore[no-untyped-def]
    when = {a.id: (a.start, a.end) for a in plan.actions}
    # The plan year is the April after 2026-11. The survey (T2) is placed first and starts at once; a-first
    # (T1, 2 months) starts at once; b-second waits for it to end (and the T1 lane holds one action at a
    # time). All four are led by the office, which runs two at once (lead_capacity 2): c-other (T4, one
    # month) finds April and May taken by the survey and a-first, and starts in June beside b-second.
    assert when == {
        "a-first": ("2027-04", "2027-05"),
        "b-second": ("2027-06", "2027-08"),
        "survey-all": ("2027-04", "2027-05"),
        "c-other": ("2027-06", "2027-06"),
    }


def test_priority_is_said_in_words_from_the_score(plan) -> None:  # type: ignore[no-untyped-def]
    # 70 and 55 reach `top` (55); 25 and 15 are below `high` (35), and no action of this plan waits for them
    assert {a.id: a.priority for a in plan.actions} == {
        "a-first": "top",
        "b-second": "top",
        "survey-all": "consider",
        "c-other": "consider",
    }


def test_the_shipped_weights_are_the_ones_the_readme_states() -> None:
    planning = load_library(ROOT).book.planning
    assert planning.scoring.model_dump(exclude={"reasoning"}) == {
        "severity": 10,
        "lessons": 5,
        "gap_max": 20,
        "survey_severity": 5,
        "survey_base": 5,
    }
    assert planning.lane_capacity == 2 and planning.deadlines.overdue == 10
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "10 × (highest severity" in readme and "5 × (number of lessons" in readme and "gap: 0–20" in readme
