"""The plan as the council's PDCA record, carried from one fiscal year to the next."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from planner.planning.api import plan_ward
from planner.render import render

WARD = "hinohara"  # four actions at 2026-11: respite, home-visit, nursery-visit support, the survey
# The next year's plan, made while the registry's counts (2024-03, 2025-03) are still within three years
LATER = "2027-03"


def record(data: Path) -> Path:
    return data / "wards" / "progress" / f"{WARD}.yaml"


def fill(data: Path, entries: dict[str, dict[str, object]]) -> None:
    """Write the council's decisions and results into the record, as a clerk would in an editor."""
    yaml = YAML(typ="rt")
    path = record(data)
    doc = yaml.load(path.read_text("utf-8"))
    for aid, values in entries.items():
        for key, value in values.items():
            doc["years"][0]["actions"][aid][key] = value
    with path.open("w", encoding="utf-8") as fh:
        yaml.dump(doc, fh)


YEAR_ONE = {
    "home-visit-development": {
        "decision": "adopted",
        "done": "近隣の事業所と利用の手続を定めた",
        "actual": 1,
        "evaluation": "met",
    },
    "respite-beds": {
        "decision": "adopted",
        "done": "近隣の病院と協議を開始した",
        "actual": 0,
        "evaluation": "partly",
        "note": "病床の協定は次年度に締結する見込み",
    },
    "nursery-visit-support": {"decision": "declined", "reason": "保育所の受入れ状況を確認してから検討する"},
}


@pytest.fixture
def year_one(cli, data: Path) -> Path:  # type: ignore[no-untyped-def]
    """The FY2027 plan (made 2026-11), its record started and then filled with the council's year."""
    result = cli("--data", str(data), "review", WARD, "--as-of", "2026-11")
    assert result.code == 0 and "2027年度の記録を作成しました（取組5件）" in result.out, result.out + result.err
    fill(data, YEAR_ONE)
    return data


def test_review_starts_a_record_listing_every_action_with_decisions_and_results_blank(year_one: Path) -> None:
    text = record(year_one).read_text("utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../schema/progress.schema.json")
    assert "fiscal_year: 2027" in text and "baseline-survey:" in text and "decision:  # adopted（採択）" in text


def test_review_again_keeps_what_the_council_wrote_and_adds_only_new_actions(cli, year_one: Path) -> None:  # type: ignore[no-untyped-def]
    before = record(year_one).read_text("utf-8")
    again = cli("--data", str(year_one), "review", WARD, "--as-of", "2026-11")
    assert again.code == 0 and "全取組が既にあります" in again.out
    assert record(year_one).read_text("utf-8") == before


def test_next_years_plan_drops_the_met_action_carries_the_unfinished_and_keeps_the_reason(year_one: Path) -> None:
    plan = plan_ward(year_one, WARD, as_of=LATER, start="2028-04")
    assert plan.fiscal_year == 2028 and plan.review_year == 2027
    ids = {a.id for a in plan.every_action}
    assert "home-visit-development" not in ids, "met last year: no longer planned"
    review = {r.id: r for r in plan.review}
    assert review["home-visit-development"].outcome == "achieved"
    respite = next(a for a in plan.every_action if a.id == "respite-beds")
    assert respite.previous is not None and respite.previous.outcome == "carried"
    assert respite.previous.done == "近隣の病院と協議を開始した" and respite.previous.actual == 0
    nursery = next(a for a in plan.every_action if a.id == "nursery-visit-support")
    assert nursery.previous is not None and nursery.previous.reason == "保育所の受入れ状況を確認してから検討する"


def test_the_paper_looks_back_on_last_year_and_shows_each_actions_record(year_one: Path) -> None:
    md = render(plan_ward(year_one, WARD, as_of=LATER, start="2028-04"), "md", "ja")
    back = md.split("### (4) 令和9年度の振返り", 1)[1].split("\n### ", 1)[0]
    met = "| 採択 | 近隣の事業所と利用の手続を定めた | 1／1か所 | 達成 | 達成により終了 |"
    assert f"| 居宅訪問型児童発達支援を近隣の事業所と連携して確保する {met}" in back
    assert "一部達成（病床の協定は次年度に締結する見込み） | 今年度も継続 |" in back
    assert (
        "見送り（理由: 保育所の受入れ状況を確認してから検討する）。今年度も課題に該当するため、改めて提案する" in back
    )
    assert "**前年度の記録**: 令和9年度: 採択、実績: 近隣の病院と協議を開始した、活動指標 0／1床、一部達成" in md


def test_diff_lists_progress_between_the_years(cli, year_one: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first, second = tmp_path / "fy2027.json", tmp_path / "fy2028.json"
    assert cli("--data", str(year_one), "assess", WARD, "--as-of", "2026-11", "-f", "json", "-o", str(first)).code == 0
    args = ["assess", WARD, "--as-of", LATER, "--start", "2028-04", "-f", "json", "-o", str(second)]
    assert cli("--data", str(year_one), *args).code == 0
    out = cli("diff", str(first), str(second), "--format", "json").out
    kinds = {c["id"]: c["kind"] for c in json.loads(out)["actions"]}
    assert kinds["home-visit-development"] == "achieved"
    assert kinds["respite-beds"] == "carried" and kinds["nursery-visit-support"] == "declined"
    table = cli("diff", str(first), str(second)).out
    assert "達成により終了" in table and "未完了のため継続" in table


def test_a_record_of_another_municipality_is_refused_at_its_line(cli, year_one: Path) -> None:  # type: ignore[no-untyped-def]
    path = record(year_one)
    path.write_text(path.read_text("utf-8").replace(f"ward: {WARD}", "ward: okutama"), "utf-8")
    result = cli("--data", str(year_one), "assess", WARD)
    assert result.code == 3 and f"{path}:" in result.err and "'okutama' の記録です" in result.err


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"nursery-visit-support": {"reason": None}}, "見送りとした取組には理由"),
        ({"respite-beds": {"evaluation": "done"}}, "evaluation"),
        ({"respite-beds": {"actual": -1}}, "actual"),
        ({"respite-beds": {"as_of": "2027-13"}}, "as_of"),
    ],
)
def test_a_record_that_does_not_hold_together_is_refused_with_a_located_error(
    cli, year_one: Path, change: dict[str, dict[str, object]], words: str
) -> None:  # type: ignore[no-untyped-def]
    fill(year_one, change)
    result = cli("--data", str(year_one), "assess", WARD, "--as-of", LATER, "--start", "2028-04")
    assert result.code == 3 and f"{record(year_one)}:" in result.err and words in result.err, result.err


def test_review_refuses_a_year_that_is_not_the_plans(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("--data", str(data), "review", WARD, "--as-of", "2026-11", "--year", "2030")
    assert result.code == 3 and "2030年度の記録が求められていますが、計画は2027年度" in result.err
    assert not record(data).exists()


def test_the_plan_holds_no_action_starting_after_its_year_outside_the_later_years_section(data: Path) -> None:
    for ward in ("hinohara", "koto", "okutama"):
        plan = plan_ward(data, ward)
        assert all(a.start < f"{plan.fiscal_year + 1}-04" for a in [*plan.actions, *plan.provisional])
        assert all(a.start >= f"{plan.fiscal_year + 1}-04" for a in plan.next_years)


def test_a_start_in_the_middle_of_a_year_plans_the_rest_of_it(data: Path) -> None:
    plan = plan_ward(data, WARD, as_of="2026-11", start="2026-12")
    assert plan.fiscal_year == 2026 and all(a.start >= "2026-12" for a in plan.every_action)
    assert "令和8年度の残りの期間（令和8年12月～令和9年3月）" in render(plan, "md", "ja")


def test_the_pdca_sheet_holds_no_formula_and_is_set_for_a4_landscape(cli, year_one: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "pdca.xlsx"
    fill(year_one, {"respite-beds": {"done": '=HYPERLINK("http://x")'}})
    assert cli("--data", str(year_one), "review", WARD, "--as-of", "2026-11", "--sheet", "--out", str(out)).code == 0
    with zipfile.ZipFile(out) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
        workbook = z.read("xl/workbook.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet, "no formula, not even from a record's text"
    assert 'orientation="landscape"' in sheet and 'paperSize="9"' in sheet
    assert 'fullCalcOnLoad="1"' not in workbook
    again = tmp_path / "again.xlsx"
    assert cli("--data", str(year_one), "review", WARD, "--as-of", "2026-11", "--sheet", "--out", str(again)).code == 0
    assert again.read_bytes() == out.read_bytes(), "the same record gives the same bytes"


@pytest.mark.office
def test_the_pdca_sheet_opens_in_libreoffice_and_prints_on_one_a4_landscape_page(
    cli, year_one: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    soffice = shutil.which("soffice")
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice is not installed; .ci/run installs libreoffice-calc-nogui")
        pytest.skip("LibreOffice not installed")
    out = tmp_path / "pdca.xlsx"
    assert cli("--data", str(year_one), "review", WARD, "--as-of", "2026-11", "--sheet", "--out", str(out)).code == 0
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(out),
        ],
        capture_output=True,
        timeout=180,
        check=False,
    )
    info = subprocess.run(["pdfinfo", str(tmp_path / "pdca.pdf")], capture_output=True, text=True, check=True).stdout
    assert "Pages:           1" in info and "841.89 x 595.3" in info, info  # A4 landscape, in points
