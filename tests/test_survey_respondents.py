"""The survey as a ward office runs it: a workbook per respondent, several offices, imports in any order."""

from __future__ import annotations

import fcntl
import hashlib
import itertools
import os
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from ruamel.yaml import YAML

from tests.conftest import ROOT

TODAY = datetime.combine(date.today(), datetime.min.time())
ISO_TODAY = date.today().isoformat()
FIVE = ("office", "secretariat", "office-a", "office-b", "medical")


def export_all(cli, data: Path) -> Path:  # type: ignore[no-untyped-def]
    out = data.parent / "sent"
    out.mkdir()
    result = cli(
        "--data", str(data), "survey", "export", "koto", "--per-respondent", "--copies", "2", "--out", str(out)
    )
    assert result.code == 0, result.err
    return out


def fill(book: Path, out: Path, who: str, answers: dict[str, object], notes: dict[str, str] | None = None) -> Path:
    """Answer the one group sheet of a workbook as its respondent would."""
    wb = load_workbook(book)
    ws = next(ws for ws in wb.worksheets if ws.sheet_state == "visible" and ws.title[0].isdigit())
    rows = {ws[f"J{r}"].value: r for r in range(7, ws.max_row + 1) if ws[f"J{r}"].value}
    for field, value in answers.items():
        ws[f"D{rows[field]}"] = value
    for field, note in (notes or {}).items():
        ws[f"I{rows[field]}"] = note
    ws["D3"], ws["D4"] = who, TODAY
    wb.save(out)
    return out


def five_respondents(sent: Path, into: Path) -> dict[str, Path]:
    """The office, the secretariat, two consultation offices and the medical association answer their copies."""
    into.mkdir(exist_ok=True)
    return {
        "office": fill(
            sent / "koto-1_庁内.xlsx",
            into / "office.xlsx",
            "障害福祉課 調整係",
            {"children.medical_care": "85名", "beds.in_home_respite": "有り", "information.family_desk": "不明"},
            {"information.family_desk": "令和9年度に設置を検討中"},
        ),
        "secretariat": fill(
            sent / "koto-2_協議会事務局.xlsx",
            into / "secretariat.xlsx",
            "自立支援協議会事務局",
            {"council.meetings_per_year": "年2回", "consultation_body.established_fy": "令和6年度"},
        ),
        "office-a": fill(
            sent / "koto-3_相談支援事業所-01.xlsx",
            into / "office-a.xlsx",
            "A相談支援事業所",
            {"specialists.total": 3, "coordinators.placed": "なし", "specialists.functioning": "一部"},
            {"specialists.total": "うち1名は休職中"},
        ),
        "office-b": fill(
            sent / "koto-3_相談支援事業所-02.xlsx",
            into / "office-b.xlsx",
            "B相談支援事業所",
            {"specialists.total": 5, "coordinators.placed": "あり", "specialists.functioning": "担当できている"},
        ),
        "medical": fill(sent / "koto-4_医療機関.xlsx", into / "medical.xlsx", "区医師会", {"beds.respite_child": 4}),
    }


def profile_bytes(data: Path) -> bytes:
    return (data / "wards" / "koto.yaml").read_bytes()


def imported(cli, data: Path, *books: Path, extra: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    return cli("--data", str(data), "survey", "import", *map(str, books), *extra)


def test_per_respondent_export_makes_a_workbook_per_group_and_one_per_consultation_office(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    sent = export_all(cli, data)
    assert sorted(p.name for p in sent.iterdir()) == [
        "koto-1_庁内.xlsx",
        "koto-2_協議会事務局.xlsx",
        "koto-3_相談支援事業所-01.xlsx",
        "koto-3_相談支援事業所-02.xlsx",
        "koto-4_医療機関.xlsx",
        "koto-5_教育・保育.xlsx",
    ]
    wb = load_workbook(sent / "koto-3_相談支援事業所-02.xlsx")
    assert [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"] == ["表紙", "3_相談支援事業所"]
    named = data.parent / "named"
    named.mkdir()
    args = ("--group", "consultation", "--respondent", "A相談支援事業所", "--respondent", "B相談支援事業所")
    assert cli("--data", str(data), "survey", "export", "koto", *args, "--out", str(named)).code == 0
    b = load_workbook(named / "koto-3_相談支援事業所-02.xlsx")
    assert b["3_相談支援事業所"]["D3"].value == "B相談支援事業所", "the office's name is written in beforehand"
    assert any("B相談支援事業所" in str(c.value) for row in b["表紙"].iter_rows() for c in row)


def test_five_respondents_imported_in_any_order_or_together_give_the_same_profile(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    """Issue 20's test: summed counts, each office's figure in its source, nothing lost, any order, together."""
    original = profile_bytes(data)
    books = five_respondents(export_all(cli, data), data.parent / "back")
    together = imported(cli, data, *books.values())
    assert together.code == 0, together.err
    expected = profile_bytes(data)
    orders = [list(FIVE)[::-1], ["office-b", "medical", "office", "office-a", "secretariat"]]
    for order in orders:
        (data / "wards" / "koto.yaml").write_bytes(original)
        for name in order:
            one = imported(cli, data, books[name])
            assert one.code == 0, (name, one.err)
        assert profile_bytes(data) == expected, f"imported one by one in the order {order}"
    (data / "wards" / "koto.yaml").write_bytes(original)
    assert imported(cli, data, data.parent / "back").code == 0, "a folder stands for its workbooks"
    assert profile_bytes(data) == expected
    again = imported(cli, data, *books.values())
    assert again.code == 0 and profile_bytes(data) == expected, "importing the same answers again changes nothing"
    doc = YAML(typ="safe").load(expected.decode())
    total = doc["specialists"]["total"]
    assert total["value"] == 8, "3 + 5: the consultation offices' figures are added up"
    assert "A相談支援事業所 3人" in total["note"] and "B相談支援事業所 5人" in total["note"]
    assert "うち1名は休職中" in total["note"]
    offices = {s["respondent"]: s["reply"] for s in doc["sources"].values() if "reply" in s}
    assert offices["A相談支援事業所"]["answers"]["specialists.total"] == 3
    assert offices["B相談支援事業所"]["answers"]["specialists.total"] == 5, "each office's own figure, in its source"
    assert doc["coordinators"]["placed"]["value"] is True, "one office has a coordinator: the ward has one"
    assert doc["specialists"]["functioning"]["value"] == "few", "one carries the cases, one partly: 一部のみ"
    assert doc["children"]["medical_care"]["values"][-1]["value"] == 85
    assert doc["council"]["meetings_per_year"]["value"] == 2
    assert doc["consultation_body"]["established_fy"]["value"] == 2024
    desk = doc["information"]["family_desk"]
    assert desk["value"] is None and desk["note"] == "令和9年度に設置を検討中", "a note beside 不明 is kept"
    assert cli("--data", str(data), "validate", str(data / "wards" / "koto.yaml")).code == 0


def test_a_note_beside_an_unknown_answer_reaches_the_plans_present_state(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    books = five_respondents(export_all(cli, data), data.parent / "back")
    assert imported(cli, data, books["office"]).code == 0
    paper = cli("--data", str(data), "assess", "koto", "--format", "md").out
    row = next(line for line in paper.splitlines() if line.startswith("| 家族の相談窓口 |"))
    assert "| 不明 |" in row and "令和9年度に設置を検討中" in row


def test_an_office_that_leaves_a_summed_count_unknown_leaves_the_sum_unknown(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    sent = export_all(cli, data)
    a = fill(
        sent / "koto-3_相談支援事業所-01.xlsx", data.parent / "a.xlsx", "A相談支援事業所", {"coordinators.count": 1}
    )
    b = fill(
        sent / "koto-3_相談支援事業所-02.xlsx",
        data.parent / "b.xlsx",
        "B相談支援事業所",
        {"coordinators.count": "不明"},
    )
    assert imported(cli, data, a, b).code == 0
    count = YAML(typ="safe").load(profile_bytes(data).decode())["coordinators"]["count"]
    assert count["value"] is None, "unknown is never zero: 1 + 不明 is not 1"
    assert "A相談支援事業所 1人" in count["note"] and "B相談支援事業所 不明" in count["note"]


def test_disagreeing_answers_are_refused_at_both_cells_unless_one_workbook_is_preferred(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    sent = export_all(cli, data)
    first = fill(sent / "koto-1_庁内.xlsx", data.parent / "first.xlsx", "障害福祉課", {"children.medical_care": 85})
    other = fill(sent / "koto-1_庁内.xlsx", data.parent / "other.xlsx", "保健予防課", {"children.medical_care": 90})
    before = profile_bytes(data)
    both = imported(cli, data, first, other)
    assert both.code == 3, both.err
    assert f"{first}:1_庁内!D7:" in both.err and f"{other}:1_庁内!D7:" in both.err, "located at both cells"
    assert "90人" in both.err and "85人" in both.err and "--prefer" in both.err
    assert profile_bytes(data) == before
    assert imported(cli, data, first).code == 0
    later = imported(cli, data, other)
    assert later.code == 3 and f"{other}:1_庁内!D7:" in later.err and "取り込み済みの調査票（障害福祉課" in later.err
    chosen = imported(cli, data, other, extra=("--prefer", str(other)))
    assert chosen.code == 0, chosen.err
    doc = YAML(typ="safe").load(profile_bytes(data).decode())
    latest = doc["children"]["medical_care"]["values"][-1]
    assert latest["value"] == 90 and "ほかの回答: 85人（障害福祉課）" in latest["note"], "the answer not followed stays"
    kept = [s["reply"]["answers"] for s in doc["sources"].values() if s.get("respondent") == "障害福祉課"]
    assert kept == [{"children.medical_care": 85}], "and its sheet stays in its source: nothing is lost"


def test_a_respondent_sending_other_figures_the_same_day_corrects_them(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    sent = export_all(cli, data)
    book = sent / "koto-4_医療機関.xlsx"
    assert imported(cli, data, fill(book, data.parent / "m1.xlsx", "区医師会", {"beds.respite_child": 4})).code == 0
    again = imported(cli, data, fill(book, data.parent / "m2.xlsx", "区医師会", {"beds.respite_child": 6}))
    assert again.code == 0 and "訂正" in again.out, again.out
    doc = YAML(typ="safe").load(profile_bytes(data).decode())
    assert doc["beds"]["respite_child"]["value"] == 6


def test_an_answer_date_after_today_or_before_the_export_is_refused_at_its_cell(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    sent = export_all(cli, data)
    before = profile_bytes(data)
    for written, words in (("2031-01-01", "今日"), ("令和6年4月", "作成日"), (datetime(2031, 1, 1), "今日")):
        book = fill(sent / "koto-4_医療機関.xlsx", data.parent / "d.xlsx", "区医師会", {"beds.respite_child": 4})
        wb = load_workbook(book)
        wb["4_医療機関"]["D4"] = written
        wb.save(book)
        result = imported(cli, data, book)
        assert result.code == 3 and f"{book}:4_医療機関!D4:" in result.err and words in result.err, result.err
        assert "koto.yaml" not in result.err, "the cell is blamed, never the profile"
    assert profile_bytes(data) == before


def test_a_note_without_an_answer_is_kept_and_named_in_a_warning(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    sent = export_all(cli, data)
    book = fill(sent / "koto-4_医療機関.xlsx", data.parent / "n.xlsx", "区医師会", {}, {"beds.respite_child": "4床"})
    result = imported(cli, data, book)
    assert result.code == 0 and f"{book}:4_医療機関!I7:" in result.err and "D7" in result.err, result.err
    assert YAML(typ="safe").load(profile_bytes(data).decode())["beds"]["respite_child"]["note"] == "4床"


def _import_process(data: Path, book: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PLANNER_CACHE": "off", "PLANNER_LANG": "ja"}
    return subprocess.Popen(
        [sys.executable, "-m", "planner", "--data", str(data), "survey", "import", str(book)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_second_import_waits_for_the_first_and_both_keep_their_answers(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    books = five_respondents(export_all(cli, data), data.parent / "back")
    profile = data / "wards" / "koto.yaml"
    with open(profile, "r+b") as held:  # an import under way holds the profile
        fcntl.flock(held, fcntl.LOCK_EX)
        waiting = _import_process(data, books["medical"])
        time.sleep(1.5)
        assert waiting.poll() is None, "the second import waits while the profile is held"
        assert hashlib.sha256(profile.read_bytes()).digest() == hashlib.sha256(held.read()).digest()
    _, err = waiting.communicate(timeout=120)
    assert waiting.returncode == 0 and "待っています" in err, err
    runs = [_import_process(data, books[name]) for name in ("office", "office-a", "office-b", "secretariat")]
    for run in runs:
        assert run.wait(timeout=120) == 0, run.communicate()[1]
    doc = YAML(typ="safe").load(profile.read_text(encoding="utf-8"))
    assert doc["beds"]["respite_child"]["value"] == 4 and doc["council"]["meetings_per_year"]["value"] == 2
    assert doc["specialists"]["total"]["value"] == 8 and doc["children"]["medical_care"]["values"][-1]["value"] == 85


@pytest.mark.parametrize("pair", list(itertools.combinations(["--copies", "--respondent"], 2)))
def test_copies_are_for_the_group_answered_office_by_office_and_go_into_a_folder(cli, data: Path, pair) -> None:  # type: ignore[no-untyped-def]
    out = data.parent / "one.xlsx"
    base = ("--data", str(data), "survey", "export", "koto")
    assert cli(*base, "--group", "office", "--copies", "2", "--out", str(out)).code == 2
    assert cli(*base, "--group", "nurses", "--out", str(out)).code == 2
    assert cli(*base, "--copies", "2", "--respondent", "A", "--out", str(out)).code == 2
    many = cli(*base, "--group", "consultation", "--copies", "3", "--out", str(out))
    assert many.code == 2 and "フォルダ" in many.err and not out.exists()
    assert cli(*base, "--copies", "0", "--out", str(data.parent)).code == 2
    assert cli(*base, "--respondent", "A\x1b[2J", "--out", str(data.parent)).code == 2
    assert (
        cli(*base, "--contact", "a", "--contact", "b", "--contact", "c", "--contact", "d", "--out", str(out)).code == 2
    )
    assert cli(*base, "--reply-by", "2000-01-01", "--out", str(out)).code == 2
    assert not out.exists()


def test_offices_answering_one_unnumbered_copy_give_the_same_profile_in_either_order(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    out = data.parent / "one"
    out.mkdir()
    assert cli("--data", str(data), "survey", "export", "koto", "--group", "consultation", "--out", str(out)).code == 0
    sent = out / "koto-3_相談支援事業所.xlsx"
    a = fill(sent, data.parent / "a.xlsx", "A相談支援事業所", {"specialists.total": 3})
    b = fill(sent, data.parent / "b.xlsx", "B相談支援事業所", {"specialists.total": 5})
    original = profile_bytes(data)
    results = []
    for order in ((a, b), (b, a)):
        (data / "wards" / "koto.yaml").write_bytes(original)
        for book in order:
            assert imported(cli, data, book).code == 0
        results.append(profile_bytes(data))
    assert results[0] == results[1], "the sources' keys come from the round, not from the order of import"
    doc = YAML(typ="safe").load(results[0].decode())
    assert {k: s["respondent"] for k, s in doc["sources"].items() if "reply" in s} == {
        f"survey-consultation-{ISO_TODAY}": "A相談支援事業所",
        f"survey-consultation-{ISO_TODAY}-2": "B相談支援事業所",
    }
    assert doc["specialists"]["total"]["value"] == 8


def test_an_answer_withdrawn_by_its_respondent_leaves_the_field_as_it_was_before(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    sent = export_all(cli, data)
    book = sent / "koto-4_医療機関.xlsx"
    assert imported(cli, data, fill(book, data.parent / "m1.xlsx", "区医師会", {"beds.respite_child": 4})).code == 0
    again = imported(cli, data, fill(book, data.parent / "m2.xlsx", "区医師会", {"beds.respite_child": "不明"}))
    assert again.code == 0 and "不明のまま" in again.out, again.out
    doc = YAML(typ="safe").load(profile_bytes(data).decode())
    assert "respite_child" not in (doc.get("beds") or {}) or doc["beds"]["respite_child"] is None
    assert [s["reply"]["answers"] for s in doc["sources"].values() if s.get("respondent") == "区医師会"] == [
        {"beds.respite_child": None}
    ], "the respondent's 不明 is what the source keeps"


def test_a_disagreement_settled_with_prefer_stays_settled_by_later_imports_of_the_round(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    sent = export_all(cli, data)
    health = fill(sent / "koto-1_庁内.xlsx", data.parent / "health.xlsx", "保健所", {"children.medical_care": 80})
    welfare = fill(sent / "koto-1_庁内.xlsx", data.parent / "welfare.xlsx", "障害福祉課", {"children.medical_care": 85})
    office = fill(
        sent / "koto-3_相談支援事業所-01.xlsx", data.parent / "a.xlsx", "A相談支援事業所", {"specialists.total": 3}
    )
    original = profile_bytes(data)
    assert imported(cli, data, health).code == 0
    assert imported(cli, data, welfare, extra=("--prefer", str(welfare))).code == 0
    later = imported(cli, data, office)
    assert later.code == 0, later.err
    one_by_one = profile_bytes(data)
    doc = YAML(typ="safe").load(one_by_one.decode())
    assert doc["children"]["medical_care"]["values"][-1]["value"] == 85, "the choice made with --prefer is kept"
    (data / "wards" / "koto.yaml").write_bytes(original)
    assert imported(cli, data, health, welfare, office, extra=("--prefer", str(welfare))).code == 0
    assert profile_bytes(data) == one_by_one, "the same profile, one by one or together"


def test_a_numbered_copy_signed_by_another_name_is_refused_rather_than_summed_as_a_second_office(
    cli, data: Path
) -> None:  # type: ignore[no-untyped-def]
    sent = export_all(cli, data)
    copy = sent / "koto-3_相談支援事業所-01.xlsx"
    first = fill(copy, data.parent / "a.xlsx", "A相談支援事業所", {"specialists.total": 3})
    assert imported(cli, data, first).code == 0
    before = profile_bytes(data)
    renamed = fill(copy, data.parent / "a2.xlsx", "A事業所", {"specialists.total": 4})
    result = imported(cli, data, renamed)
    assert result.code == 3, result.err
    assert "a2.xlsx:3_相談支援事業所!D3: 1部目は「A相談支援事業所」の回答として取り込み済みですが" in result.err, (
        result.err
    )
    assert profile_bytes(data) == before
    # signed as before, the same copy is the office's correction: 4 replaces 3, nothing is added up twice
    corrected = fill(copy, data.parent / "a3.xlsx", "A相談支援事業所", {"specialists.total": 4})
    assert imported(cli, data, corrected).code == 0
    doc = YAML(typ="safe").load(profile_bytes(data).decode())
    assert doc["specialists"]["total"]["value"] == 4
