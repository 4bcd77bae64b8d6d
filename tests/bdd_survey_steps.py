"""Steps about the questionnaire round trip: export a workbook, answer it, import it, start a profile.

Each scenario works on its own copy of wards/, rules/ and models/ (the World's data folder), so an
import changes only that copy and the plan steps of bdd_steps.py then read the changed profile.

Phrases (日本語 | English):

  前提 区 "{ward}" の調査票を作成する                       | Given the questionnaire of "{ward}" is exported
  ならば 調査票のシートは "{names}" である（「、」区切り）    | Then the questionnaire's sheets are "{names}"
  ならば シート "{sheet}" で最初に尋ねる項目は "{label}" である | Then sheet "{sheet}" asks "{label}" first
  ならば 調査票に "{text}" が含まれない                       | Then the questionnaire does not contain "{text}"
  もし シート "{sheet}" の "{label}" に "{value}" と回答する   | When sheet "{sheet}" answers "{label}" with "{value}"
  もし シート "{sheet}" の回答者を "{who}"、回答日を {date} とする（{date} は「今日」でも）
                                                      | When sheet "{sheet}" is answered by "{who}" on {date} (or today)
  もし 調査票を取り込む                                       | When the questionnaire is imported
  ならば 取り込みは成功する                                   | Then the import succeeds
  ならば 取り込みはセル "{cell}" の誤りとして拒まれる           | Then the import is refused at cell "{cell}"
  ならば プロファイルは変わっていない                         | Then the profile is unchanged
  ならば プロファイルの "{label}" は "{value}" である           | Then the profile's "{label}" is "{value}"
  ならば プロファイルの "{label}" は不明のままである            | Then the profile's "{label}" stays unknown
  ならば "{label}" の出典は "{who}" の回答である                | Then "{label}" is sourced to the answer of "{who}"
  もし "{ward}" のプロファイルのひな形を作成する: + | 項目 | 値 | | When a profile for "{ward}" is started: + table
  ならば ひな形は検証を通る                                   | Then the new profile validates
"""

from __future__ import annotations

import hashlib
import io
import shutil
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from bdd_steps import P, World, field_path, table_rows
from openpyxl import load_workbook
from pytest_bdd import given, then, when

from planner.cli import main
from planner.planning.api import load_ward
from planner.render.view import label_of, value_of

FIELD_COLUMN, ANSWER_COLUMN = "J", "D"


@dataclass
class Intake:
    """The scenario's questionnaire: its file, the answers written into it, the last command's result."""

    book: Path | None = None
    answers: dict[tuple[str, str], object] = field(default_factory=dict)
    signed: dict[str, tuple[str, datetime]] = field(default_factory=dict)
    code: int | None = None
    err: str = ""
    before: str = ""


def run(*args: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    assert "Traceback" not in err.getvalue(), err.getvalue()
    return code, err.getvalue()


def private_data(world: World) -> Path:
    """The scenario's own copy of the data folder, made once."""
    own = world.folder / "data"
    if world.data != own:
        for name in ("wards", "rules", "models"):
            shutil.copytree(world.data / name, own / name)
        world.data = own
    return own


def intake_of(world: World) -> Intake:
    if not hasattr(world, "intake"):
        world.intake = Intake()  # type: ignore[attr-defined]
    return world.intake  # type: ignore[attr-defined, no-any-return]


def profile_file(world: World) -> Path:
    return load_ward(world.data, str(world.ward)).path


def rows_of(ws) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {
        str(ws[f"{FIELD_COLUMN}{r}"].value): r
        for r in range(1, ws.max_row + 1)
        if "." in str(ws[f"{FIELD_COLUMN}{r}"].value or "")
    }


# --- helpers ----------------------------------------------------------------------------------------------


def export_questionnaire(world: World, ward: str) -> None:
    data = private_data(world)
    world.ward = ward
    book = world.folder / f"{ward}.xlsx"
    code, err = run("--data", str(data), "survey", "export", ward, "--out", str(book))
    assert code == 0, err
    intake_of(world).book = book


def sheets_are(world: World, names: str) -> None:
    wb = load_workbook(intake_of(world).book)
    visible = [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"]
    assert visible == names.split("、"), visible


def asks_first(world: World, sheet: str, label: str) -> None:
    ws = load_workbook(intake_of(world).book)[sheet]
    where = rows_of(ws)
    first = min(where, key=lambda k: where[k])
    assert first == field_path(label), f"sheet {sheet} asks {label_of(first, 'ja')} first"


def book_lacks(world: World, text: str) -> None:
    wb = load_workbook(intake_of(world).book)
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        for row in ws.iter_rows():
            for cell in row:
                assert text not in str(cell.value or ""), f"{ws.title}!{cell.coordinate}: {cell.value}"


def give_answer(world: World, sheet: str, label: str, value: str) -> None:
    intake_of(world).answers[(sheet, field_path(label))] = int(value) if value.isdigit() else value


def sign(world: World, sheet: str, who: str, date: str) -> None:
    # an answer is dated between the day the questionnaire was made and today: scenarios answer "today"
    day = datetime.combine(datetime.now().date(), datetime.min.time()) if date in ("今日", "today") else None
    intake_of(world).signed[sheet] = (who, day or datetime.fromisoformat(date))


def import_questionnaire(world: World) -> None:
    intake = intake_of(world)
    assert intake.book is not None, 'no questionnaire: start with 区 "…" の調査票を作成する'
    wb = load_workbook(intake.book)
    for (sheet, path), value in intake.answers.items():
        ws = wb[sheet]
        ws[f"{ANSWER_COLUMN}{rows_of(ws)[path]}"] = value
    for sheet, (who, when_) in intake.signed.items():
        wb[sheet]["D3"], wb[sheet]["D4"] = who, when_
    answered = world.folder / "answered.xlsx"
    wb.save(answered)
    intake.before = hashlib.sha256(profile_file(world).read_bytes()).hexdigest()
    intake.code, intake.err = run("--data", str(world.data), "survey", "import", str(answered))


def import_succeeds(world: World) -> None:
    assert intake_of(world).code == 0, intake_of(world).err


def refused_at(world: World, cell: str) -> None:
    intake = intake_of(world)
    assert intake.code == 3, (intake.code, intake.err)
    assert f"answered.xlsx:{cell}:" in intake.err or f"answered.xlsx:{cell} " in intake.err, intake.err


def profile_unchanged(world: World) -> None:
    assert hashlib.sha256(profile_file(world).read_bytes()).hexdigest() == intake_of(world).before


def _observation(world: World, label: str):  # type: ignore[no-untyped-def]
    path = field_path(label)
    section, name = path.split(".")
    fact = getattr(getattr(load_ward(world.data, str(world.ward)).profile, section), name)
    return path, (fact.at() if fact is not None else None)


def profile_value(world: World, label: str, value: str) -> None:
    path, obs = _observation(world, label)
    assert obs is not None and obs.value is not None, f"{label} is unknown"
    assert value_of(path, obs.value, "ja") == value, value_of(path, obs.value, "ja")


def profile_unknown(world: World, label: str) -> None:
    _, obs = _observation(world, label)
    assert obs is None or obs.value is None, f"{label} became {obs.value!r}"


def sourced_to(world: World, label: str, who: str) -> None:
    _, obs = _observation(world, label)
    assert obs is not None and obs.source, f"{label} has no source"
    source = load_ward(world.data, str(world.ward)).profile.sources[obs.source]
    assert source.respondent == who, (obs.source, source.respondent)


def start_profile(world: World, ward: str, rows: list[tuple[str, str]]) -> None:
    data = private_data(world)
    options = [x for key, value in rows for x in (f"--{key}", value)]
    code, err = run("--data", str(data), "init", ward, *options)
    assert code == 0, err
    world.ward = ward


def new_profile_validates(world: World) -> None:
    code, err = run("--data", str(world.data), "validate", str(profile_file(world)))
    assert code == 0, err


# --- Japanese phrases ---------------------------------------------------------------------------------------


@given(P('区 "{ward}" の調査票を作成する'))
def _ja_export(world: World, ward: str) -> None:
    export_questionnaire(world, ward)


@then(P('調査票のシートは "{names}" である'))
def _ja_sheets(world: World, names: str) -> None:
    sheets_are(world, names)


@then(P('シート "{sheet}" で最初に尋ねる項目は "{label}" である'))
def _ja_first(world: World, sheet: str, label: str) -> None:
    asks_first(world, sheet, label)


@then(P('調査票に "{text}" が含まれない'))
def _ja_book_lacks(world: World, text: str) -> None:
    book_lacks(world, text)


@when(P('シート "{sheet}" の "{label}" に "{value}" と回答する'))
def _ja_answer(world: World, sheet: str, label: str, value: str) -> None:
    give_answer(world, sheet, label, value)


@when(P('シート "{sheet}" の回答者を "{who}"、回答日を {date} とする'))
def _ja_sign(world: World, sheet: str, who: str, date: str) -> None:
    sign(world, sheet, who, date)


@when(P("調査票を取り込む"))
def _ja_import(world: World) -> None:
    import_questionnaire(world)


@then(P("取り込みは成功する"))
def _ja_ok(world: World) -> None:
    import_succeeds(world)


@then(P('取り込みはセル "{cell}" の誤りとして拒まれる'))
def _ja_refused(world: World, cell: str) -> None:
    refused_at(world, cell)


@then(P("プロファイルは変わっていない"))
def _ja_unchanged(world: World) -> None:
    profile_unchanged(world)


@then(P('プロファイルの "{label}" は "{value}" である'))
def _ja_value(world: World, label: str, value: str) -> None:
    profile_value(world, label, value)


@then(P('プロファイルの "{label}" は不明のままである'))
def _ja_unknown(world: World, label: str) -> None:
    profile_unknown(world, label)


@then(P('"{label}" の出典は "{who}" の回答である'))
def _ja_sourced(world: World, label: str, who: str) -> None:
    sourced_to(world, label, who)


@when(P('"{ward}" のプロファイルのひな形を作成する:'))
def _ja_init(world: World, ward: str, datatable: list[list[str]]) -> None:
    start_profile(world, ward, table_rows(datatable))


@then(P("ひな形は検証を通る"))
def _ja_validates(world: World) -> None:
    new_profile_validates(world)


# --- English phrases ----------------------------------------------------------------------------------------


@given(P('the questionnaire of "{ward}" is exported'))
def _en_export(world: World, ward: str) -> None:
    export_questionnaire(world, ward)


@when(P('sheet "{sheet}" answers "{label}" with "{value}"'))
def _en_answer(world: World, sheet: str, label: str, value: str) -> None:
    give_answer(world, sheet, label, value)


@when(P('sheet "{sheet}" is answered by "{who}" on {date}'))
def _en_sign(world: World, sheet: str, who: str, date: str) -> None:
    sign(world, sheet, who, date)


@when(P("the questionnaire is imported"))
def _en_import(world: World) -> None:
    import_questionnaire(world)


@then(P("the import succeeds"))
def _en_ok(world: World) -> None:
    import_succeeds(world)


@then(P('the import is refused at cell "{cell}"'))
def _en_refused(world: World, cell: str) -> None:
    refused_at(world, cell)


@then(P("the profile is unchanged"))
def _en_unchanged(world: World) -> None:
    profile_unchanged(world)


@then(P('the profile\'s "{label}" is "{value}"'))
def _en_value(world: World, label: str, value: str) -> None:
    profile_value(world, label, value)


@then(P('the profile\'s "{label}" stays unknown'))
def _en_unknown(world: World, label: str) -> None:
    profile_unknown(world, label)


@then(P('the questionnaire\'s sheets are "{names}"'))
def _en_sheets(world: World, names: str) -> None:
    sheets_are(world, names.replace(", ", "、"))


@then(P('sheet "{sheet}" asks "{label}" first'))
def _en_first(world: World, sheet: str, label: str) -> None:
    asks_first(world, sheet, label)


@then(P('the questionnaire does not contain "{text}"'))
def _en_book_lacks(world: World, text: str) -> None:
    book_lacks(world, text)


@then(P('"{label}" is sourced to the answer of "{who}"'))
def _en_sourced(world: World, label: str, who: str) -> None:
    sourced_to(world, label, who)


@when(P('a profile for "{ward}" is started:'))
def _en_init(world: World, ward: str, datatable: list[list[str]]) -> None:
    start_profile(world, ward, table_rows(datatable))


@then(P("the new profile validates"))
def _en_validates(world: World) -> None:
    new_profile_validates(world)
