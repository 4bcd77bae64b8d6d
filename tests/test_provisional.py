"""Provisional verdicts: a rule that would fire on an out-of-date or undated fact raises its action as 暫定・要確認."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.planning.api import load_ward, plan_for
from planner.rulebook.library import load_library

RESPITE = "l3.no-respite-beds"


def with_beds(data: Path, fact: str) -> Path:
    """Koto's profile with a respite-bed fact (the YAML given), in a private copy of the data."""
    path = data / "wards" / "koto.yaml"
    path.write_text(path.read_text("utf-8") + "beds:\n  respite_child: " + fact + "\n", "utf-8")
    return data


def plan(data: Path):  # type: ignore[no-untyped-def]
    return plan_for(load_library(data), load_ward(data, "koto"), as_of="2026-11")


def raised_by(p) -> set[str]:  # type: ignore[no-untyped-def]
    """The rules behind the plan's actions, decided or provisional."""
    return {r.rule for a in p.every_action for r in a.because if r.status in ("fired", "provisional")}


def finding(p, rule: str) -> dict:  # type: ignore[no-untyped-def,type-arg]
    return next(f for f in p.findings if f["rule"] == rule)


STALE = "{value: 0, source: koto-guidebook-2023, as_of: 2019-03}"
FRESH = "{value: 0, source: koto-guidebook-2023, as_of: 2025-03}"
UNDATED = "{value: 0, source: report-2014}"  # the report's source entry carries no publication date to go by
UNDATED_OFFICIAL = "{value: 0, source: koto-guidebook-2023}"  # an official page published 2023-12-13


@pytest.mark.parametrize("fact", [STALE, UNDATED], ids=["stale", "undated"])
def test_an_old_or_undated_fact_raises_the_action_as_provisional_not_decided(data: Path, fact: str) -> None:
    p = plan(with_beds(data, fact))
    assert "respite-beds" in {a.id for a in p.provisional}
    assert "respite-beds" not in {a.id for a in p.actions}
    assert "respite-beds" not in {x.id for x in p.pending}, "provisional, not waiting"
    assert finding(p, RESPITE) == {"rule": RESPITE, "status": "undecided", "provisional": True}
    action = next(a for a in p.provisional if a.id == "respite-beds")
    assert action.status == "provisional"
    reason = next(r for r in action.because if r.rule == RESPITE)
    assert reason.status == "provisional"
    assert [(f.field, f.value, f.status) for f in reason.facts] == [
        ("beds.respite_child", 0, "stale" if fact == STALE else "undated")
    ]
    assert "beds.respite_child" in {g.field for g in p.data_gaps}, "the survey still asks"


def test_a_current_fact_decides_the_rule(data: Path) -> None:
    p = plan(with_beds(data, FRESH))
    assert "respite-beds" in {a.id for a in p.actions}
    assert "respite-beds" not in {a.id for a in p.provisional}
    assert finding(p, RESPITE) == {"rule": RESPITE, "status": "fired"}


def test_an_undated_fact_of_an_official_page_is_as_old_as_the_page(data: Path) -> None:
    p = plan(with_beds(data, UNDATED_OFFICIAL))
    assert finding(p, RESPITE) == {"rule": RESPITE, "status": "fired"}  # 2023-12 is within three years of 2026-11
    fact = next(f for g in p.present for f in g.facts if f.field == "beds.respite_child")
    assert (fact.as_of, fact.dated_by, fact.status) == ("2023-12-13", "published", "current")
    later = plan_for(load_library(data), load_ward(data, "koto"), as_of="2026-12")
    assert finding(later, RESPITE)["status"] == "fired"
    assert finding(plan_for(load_library(data), load_ward(data, "koto"), as_of="2027-01"), RESPITE) == {
        "rule": RESPITE,
        "status": "undecided",
        "provisional": True,
    }, "past three years from its publication it is out of date like any other fact"


def test_a_current_fact_wins_over_an_older_one(data: Path) -> None:
    p = plan(with_beds(data, "{values: [" + STALE + ", {value: 2, source: koto-guidebook-2023, as_of: 2025-03}]}"))
    assert finding(p, RESPITE) == {"rule": RESPITE, "status": "not_fired"}
    assert RESPITE not in raised_by(p)


def test_an_unknown_fact_gives_no_provisional_verdict_only_the_survey(data: Path) -> None:
    p = plan(data)
    assert finding(p, RESPITE) == {"rule": RESPITE, "status": "undecided"}
    assert RESPITE not in raised_by(p)
    assert "in-home-respite" in {x.id for x in p.pending}


def test_provisional_actions_are_ranked_after_the_decided_and_start_after_the_survey(data: Path) -> None:
    p = plan(with_beds(data, STALE))
    assert [a.rank for a in p.every_action] == list(range(1, len(p.every_action) + 1))
    assert all(a.rank > b.rank for a in p.provisional for b in p.actions)
    survey = next(a for a in p.actions if a.survey)
    assert all(a.start > survey.end for a in p.provisional)
    assert all(survey.id in a.after for a in p.provisional)


def test_the_json_plan_lists_provisional_actions_apart_with_their_status(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    out = json.loads(cli("--data", str(with_beds(data, STALE)), "assess", "koto", "--format", "json").out)
    assert {a["status"] for a in out["provisional"]} == {"provisional"}
    assert {a["status"] for a in out["actions"]} == {"decided"}
    assert {"rule": RESPITE, "status": "undecided", "provisional": True} in out["findings"]


def test_the_japanese_plan_marks_them_and_says_what_would_confirm_them(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    md = cli("--data", str(with_beds(data, STALE)), "assess", "koto", "--format", "md").out
    assert "レスパイト（医療型短期入所）の病床を確保する【暫定・要確認】" in md
    assert "医療型短期入所（レスパイト）病床: 0床（平成31年3月、要確認（3年を超える情報））" in md
    assert "医療型短期入所（レスパイト）病床が現在も同じであるかを実態調査で確認する" in md
    assert "暫定とし、確認の結果により実施を判断する" in md


def test_explain_keeps_the_rule_undecided_and_says_it_is_provisional(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    text = cli("--data", str(with_beds(data, STALE)), "explain", "koto", RESPITE).out
    assert f"{RESPITE}: 判定不能（情報不足）（暫定：時点の古い情報のままであれば該当）" in text
    rules = json.loads(cli("--data", str(data), "explain", "koto", RESPITE, "--format", "json").out)["rules"]
    assert rules[0]["status"] == "undecided" and rules[0]["provisional"] is True


def test_diff_does_not_count_a_provisional_action_as_added(cli, data: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before, after = tmp_path / "a.json", tmp_path / "b.json"
    assert cli("--data", str(data), "assess", "koto", "--format", "json", "--out", str(before)).code == 0
    with_beds(data, STALE)
    assert cli("--data", str(data), "assess", "koto", "--format", "json", "--out", str(after)).code == 0
    diff = cli("diff", str(before), str(after))
    assert diff.code == 0 and "レスパイト（医療型短期入所）の病床を確保する" not in diff.out, diff.out
