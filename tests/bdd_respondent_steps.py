"""Steps about a survey with several respondents: a workbook each, answered, imported together or one by one.

Phrases (日本語 | English):

  前提 区 "{ward}" の調査票を回答者ごとに作成する（相談支援事業所は{n}部）
                                    | Given the questionnaires of "{ward}" are exported per respondent ({n} offices)
  もし 調査票 "{name}" に "{who}" が回答する: + | 項目 | 回答 | 備考 |
                                          | When "{who}" answers the questionnaire "{name}": + table
  もし 回答された調査票をまとめて取り込む     | When the answered questionnaires are imported together
  もし 回答された調査票を1件ずつ取り込む       | When the answered questionnaires are imported one by one
  ならば 取り込みは調査票 "{name}" のセル "{cell}" で拒まれる
                                          | Then the import is refused at cell "{cell}" of "{name}"
  ならば "{label}" の備考に "{text}" が含まれる | Then the note of "{label}" holds "{text}"

{name} is the workbook's name without the municipality and .xlsx: 1_庁内, 3_相談支援事業所-02.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from bdd_steps import P, World, field_path
from bdd_survey_steps import _observation, intake_of, private_data, profile_file, rows_of, run
from openpyxl import load_workbook
from pytest_bdd import given, then, when


def _export(world: World, ward: str, copies: str) -> None:
    data = private_data(world)
    world.ward = ward
    sent = world.folder / "sent"
    sent.mkdir(exist_ok=True)
    args = ("survey", "export", ward, "--per-respondent", "--copies", copies, "--out", str(sent))
    code, err = run("--data", str(data), *args)
    assert code == 0, err
    world.answered = []  # type: ignore[attr-defined]


def _answer(world: World, name: str, who: str, table: list[list[str]]) -> None:
    ward = str(world.ward)
    wb = load_workbook(world.folder / "sent" / f"{ward}-{name}.xlsx")
    ws = wb[name.split("-")[0]]
    where = rows_of(ws)
    for label, value, *note in table[1:]:
        row = where[field_path(label)]
        ws[f"D{row}"] = int(value) if value.isdigit() else value or None
        ws[f"I{row}"] = note[0] if note and note[0] else None
    ws["D3"], ws["D4"] = who, datetime.combine(datetime.now().date(), datetime.min.time())
    out = world.folder / f"{name}-{len(world.answered)}.xlsx"  # type: ignore[attr-defined]
    wb.save(out)
    world.answered.append((name, out))  # type: ignore[attr-defined]


def _import(world: World, together: bool) -> None:
    intake = intake_of(world)
    intake.before = hashlib.sha256(profile_file(world).read_bytes()).hexdigest()
    books = [str(p) for _, p in world.answered]  # type: ignore[attr-defined]
    batches = [books] if together else [[b] for b in books]
    for batch in batches:
        intake.code, intake.err = run("--data", str(world.data), "survey", "import", *batch)
        if intake.code != 0:
            return


def _refused_at(world: World, name: str, cell: str) -> None:
    intake = intake_of(world)
    paths = [p for n, p in world.answered if n == name]  # type: ignore[attr-defined]
    assert intake.code == 3 and paths, (intake.code, intake.err)
    for path in paths:  # every workbook of that name: a disagreement is shown at both cells
        assert f"{path}:{cell}:" in intake.err, intake.err


def _note_holds(world: World, label: str, text: str) -> None:
    _, obs = _observation(world, label)
    assert obs is not None and text in (obs.note or ""), obs


@given(P('区 "{ward}" の調査票を回答者ごとに作成する（相談支援事業所は{copies}部）'))
def _ja_export(world: World, ward: str, copies: str) -> None:
    _export(world, ward, copies)


@when(P('調査票 "{name}" に "{who}" が回答する:'))
def _ja_answer(world: World, name: str, who: str, datatable: list[list[str]]) -> None:
    _answer(world, name, who, datatable)


@when(P("回答された調査票をまとめて取り込む"))
def _ja_together(world: World) -> None:
    _import(world, True)


@when(P("回答された調査票を1件ずつ取り込む"))
def _ja_one_by_one(world: World) -> None:
    _import(world, False)


@then(P('取り込みは調査票 "{name}" のセル "{cell}" で拒まれる'))
def _ja_refused(world: World, name: str, cell: str) -> None:
    _refused_at(world, name, cell)


@then(P('"{label}" の備考に "{text}" が含まれる'))
def _ja_note(world: World, label: str, text: str) -> None:
    _note_holds(world, label, text)


@given(P('the questionnaires of "{ward}" are exported per respondent ({copies} offices)'))
def _en_export(world: World, ward: str, copies: str) -> None:
    _export(world, ward, copies)


@when(P('"{who}" answers the questionnaire "{name}":'))
def _en_answer(world: World, name: str, who: str, datatable: list[list[str]]) -> None:
    _answer(world, name, who, datatable)


@when(P("the answered questionnaires are imported together"))
def _en_together(world: World) -> None:
    _import(world, True)


@when(P("the answered questionnaires are imported one by one"))
def _en_one_by_one(world: World) -> None:
    _import(world, False)


@then(P('the import is refused at cell "{cell}" of "{name}"'))
def _en_refused(world: World, name: str, cell: str) -> None:
    _refused_at(world, name, cell)


@then(P('the note of "{label}" holds "{text}"'))
def _en_note(world: World, label: str, text: str) -> None:
    _note_holds(world, label, text)
