"""The Japanese plan is a council paper: agenda Japanese in である調, no tool words in its body, sections in order."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from planner.planning.api import plan_ward
from planner.render import render
from tests.conftest import ROOT

WARDS = sorted(p.stem for p in (ROOT / "wards").glob("*.yaml"))
TOOL_WORDS = ["planner ", "rules/", ".yaml", "JSON", "explain", "sha256", "区分 T", "分析者", "プロファイル"]
TOOL_WORDS += [f"（L{i}" for i in range(1, 18)]
POLITE = re.compile(r"です|ます|ません|でした|ましょう")
QUOTED = re.compile(r"「[^「」]*(?:「[^「」]*」[^「」]*)*」")  # what a source says, in its own words


@cache
def paper(ward: str, fmt: str = "md", as_of: str | None = None) -> str:
    return render(plan_ward(ROOT, ward, as_of=as_of), fmt, "ja")


def body(text: str) -> str:
    """The paper before its appendix (別紙), which alone may name files, rules and hashes."""
    return text.split("\n## 別紙", 1)[0]


@pytest.mark.parametrize("ward", WARDS)
def test_the_body_of_every_japanese_plan_holds_no_tool_language(ward: str) -> None:
    text = body(paper(ward))
    assert not [w for w in TOOL_WORDS if w in text], [w for w in TOOL_WORDS if w in text]


@pytest.mark.parametrize("ward", WARDS)
def test_every_japanese_plan_is_written_in_de_aru_style_outside_quotations(ward: str) -> None:
    text = QUOTED.sub("", body(paper(ward)))
    found = sorted({m.group() for m in POLITE.finditer(text)})
    assert not found, (found, [line for line in text.splitlines() if POLITE.search(line)][:3])


def test_the_paper_has_its_sections_in_the_order_an_agenda_paper_has_them() -> None:
    text = paper("koto")
    heads = [line for line in text.splitlines() if line.startswith("## ")]
    assert text.startswith(
        "資料第　　号\n\n# 江東区における医療的ケア児とその家族への支援の取組（令和9年度アプローチプラン）"
    )
    assert heads[0] == "## 1. 趣旨" and heads[1] == "## 2. 現状と課題" and heads[2] == "## 3. 令和9年度の取組案"
    assert heads[-2].endswith("協議事項") and heads[-1].startswith("## 別紙")
    assert "法令で策定が義務付けられたものではない" in text


def test_the_appendix_holds_the_sources_scores_rules_command_and_stamp() -> None:
    appendix = paper("koto").split("\n## 別紙", 1)[1]
    for words in ("### 1. 出典", "### 2. 優先度の算定", "l7.no-home-visit-development", "planner survey export koto"):
        assert words in appendix, words
    assert "profile sha256" in appendix


def test_priority_is_said_in_words_in_the_body_and_counted_only_in_the_appendix() -> None:
    text = body(paper("okutama"))
    assert "【最優先】" in text and "優先度＝" not in text and "重大度30" not in text


def test_every_source_mark_in_the_body_is_listed_in_the_appendix() -> None:
    text = paper("chofu")
    marks = set(re.findall(r"※(\d+)", body(text)))
    listed = set(re.findall(r"^\| ※(\d+) \|", text.split("\n## 別紙", 1)[1], re.M))
    assert marks and marks == listed


def test_the_html_paper_has_the_same_sections_and_keeps_the_figure_with_its_heading() -> None:
    html = paper("okutama", "html")
    assert html.index("趣旨") < html.index("現状と課題") < html.index("協議事項") < html.index("別紙")
    assert '<section class="figure">\n<h2>' in html


def test_a_plan_before_the_law_does_not_say_it_was_written_against_the_law() -> None:
    old = body(paper("koto", as_of="2014-03"))
    assert "医療的ケア児及びその家族に対する支援に関する法律" not in old and "同報告の教訓に照らして作成した" in old
    proposals = old.split("\n## 3. ", 1)[1].split("\n## 4. ", 1)[0]
    assert "地域コーディネーター" in old and "医療的ケア児等コーディネーター" not in QUOTED.sub("", proposals)


def test_a_ward_outside_the_models_home_area_does_not_get_another_areas_name_for_it() -> None:
    assert "区東部モデル" not in body(paper("setagaya"))
    assert "区東部モデル" in body(paper("koto"))


def test_the_survey_line_counts_agree_with_the_questionnaire(tmp_path: Path) -> None:
    from planner.rulebook.library import load_library

    survey = load_library(ROOT).book.survey
    office = sum(1 for q in survey.questions.values() if q.group == "office")
    assert f"**障害福祉主管課（庁内照会）**（調査票{office}問のうち" in paper("koto")


def test_the_scoring_note_states_the_numbers_planning_yaml_holds(data: Path) -> None:
    """An analyst who raises 最優先's threshold sees the paper say the new number, never the old one."""
    planning = data / "rules" / "planning.yaml"
    text = planning.read_text(encoding="utf-8")
    assert "  top: 55" in text
    planning.write_text(text.replace("  top: 55", "  top: 60"), encoding="utf-8")
    note = render(plan_ward(data, "koto"), "md", "ja").split("\n## 別紙", 1)[1]
    assert "60点以上を「最優先」" in note and "55点以上" not in note
    english = render(plan_ward(data, "koto"), "md", "en")
    assert "60 or more is top priority" in english
