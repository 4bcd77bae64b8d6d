"""Japanese plans read as an agenda paper: labels not field paths, the municipality's own words, 和暦, 「、」."""

from __future__ import annotations

import json
import re

import pytest
from markupsafe import escape

from planner.dates import date_label_ja, fy_label_ja, month_label_ja
from planner.planning.api import plan_for
from planner.profiles.fields import field_specs
from planner.profiles.load import load_all
from planner.render import render
from planner.rulebook.library import load_library
from planner.safe import md
from tests.conftest import ROOT

LIB = load_library(ROOT)
PROFILES = load_all(ROOT)
FIELD_PATH = re.compile("|".join(re.escape(p) for p in sorted(field_specs(), key=len, reverse=True)))
GLOSSARY = (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8")
NEVER = ["兄弟支援", "令和-", "令和0年度", "東京都（福祉局）"]  # each is in the glossary's 使わない表記 column
WARD_WORDS = ["区役所", "区内", "区独自"]


@pytest.mark.parametrize(
    "year, label",
    [
        (2014, "平成26年度"),
        (2018, "平成30年度"),
        (2019, "令和元年度"),
        (2020, "令和2年度"),
        (2027, "令和9年度"),
        (1989, "平成元年度"),
    ],
)
def test_fiscal_years_carry_the_right_era(year: int, label: str) -> None:
    assert fy_label_ja(year) == label


@pytest.mark.parametrize(
    "text, label",
    [
        ("2019-04", "平成31年4月"),
        ("2019-05", "令和元年5月"),
        ("2014-03-06", "平成26年3月6日"),
        ("2023", "令和5年"),
        ("1989-01-08", "平成元年1月8日"),
        ("1989-01-07", "昭和64年1月7日"),
    ],
)
def test_dates_carry_the_right_era(text: str, label: str) -> None:
    assert date_label_ja(text) == label
    if len(text) == 7:
        assert month_label_ja(text) == label


def test_the_glossary_lists_every_form_plans_must_not_use() -> None:
    column = [row.split("|")[3] for row in GLOSSARY.splitlines() if row.startswith("| ") and row.count("|") >= 5]
    for form in NEVER:
        assert any(form in cell for cell in column), form


def without_sources(text: str, lp) -> str:  # type: ignore[no-untyped-def]
    """The plan without the profile's own source titles (the publishers' words, quoted as they are)."""
    for source in lp.profile.sources.values():
        for form in (source.title, md(source.title), str(escape(source.title))):
            text = text.replace(form, "")
    return text


@pytest.mark.parametrize("lp", PROFILES, ids=[lp.profile.id for lp in PROFILES])
def test_japanese_output_uses_labels_dates_and_words_of_the_municipality(lp) -> None:  # type: ignore[no-untyped-def]
    overrides = {"coordinators.placed": False, "consultation_body.exists": False, "services.nurseries_accepting": 0}
    for plan in (plan_for(LIB, lp), plan_for(LIB, lp, overrides=overrides)):
        for fmt in ("table", "md", "html"):
            text = without_sources(render(plan, fmt, "ja"), lp)
            body = text.split("## ", 1)[-1] if fmt == "md" else text  # the heading block is checked too below
            found = FIELD_PATH.search(text.replace("planner survey export", ""))
            assert found is None, f"{lp.profile.id} {fmt}: field path {found.group(0) if found else ''}"
            assert not re.search(r"[\u3040-\u30ff\u4e00-\u9fff], [\u3040-\u30ff\u4e00-\u9fff]", body), (
                f"{lp.profile.id} {fmt}: an ASCII comma in a Japanese list"
            )
            assert not re.search(r"\b(true|false)\b", re.sub(r"<[^>]+>", "", text)), f"{lp.profile.id} {fmt}"
            assert not re.search(r"\b20\d\d-\d\d\b", re.sub(r"(https?://|sha256 )\S+|<[^>]+>", "", text)), (
                f"{lp.profile.id} {fmt}: a YYYY-MM date in Japanese text"
            )
            for form in NEVER:
                assert form not in text, f"{lp.profile.id} {fmt}: {form}"
            if lp.profile.kind != "ward":
                for word in WARD_WORDS:
                    assert word not in text, f"{lp.profile.id} ({lp.profile.kind}) {fmt}: {word}"


def test_plans_differ_where_the_municipality_differs() -> None:
    texts = {lp.profile.id: render(plan_for(LIB, lp), "md", "ja") for lp in PROFILES}
    assert len(set(texts.values())) == len(texts), "two municipalities got the very same plan"
    by_kind = {lp.profile.kind: render(plan_for(LIB, lp), "md", "ja") for lp in PROFILES}
    assert "区役所" in by_kind["ward"] and "市役所" in by_kind["city"] and "町役場" in by_kind["town"]
    assert "村役場" in by_kind["village"]


def test_an_action_that_runs_past_march_says_so_in_japanese_as_in_english(cli) -> None:  # type: ignore[no-untyped-def]
    sets = [
        x
        for f in (
            "coordinators.placed=false",
            "council.exists=false",
            "consultation_body.exists=false",
            "beds.respite_child=0",
            "information.family_desk=false",
            "specialists.functioning=none",
            "system.case_aggregation=false",
            "information.resource_map=false",
        )
        for x in ("--set", f)
    ]
    plan = json.loads(cli("assess", "koto", "--format", "json", *sets).out)
    beyond = [a["id"] for a in plan["actions"] if a["beyond_year"]]
    assert beyond, "the sets above must give at least one action that runs past March"
    for fmt in ("md", "html"):  # the terminal table shows the months only
        ja = cli("assess", "koto", "--format", fmt, *sets).out
        en = cli("assess", "koto", "--format", fmt, "--lang", "en", *sets).out
        assert ja.count("翌年度以降も継続") == en.count("continues into the next fiscal year") >= 1, fmt
