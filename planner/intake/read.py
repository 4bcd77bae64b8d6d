"""Reading a returned questionnaire: every answer typed by its field, every problem as FILE.xlsx:SHEET!D12, at once."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from planner.errors import InputError, Problem
from planner.intake.answer_dates import read_date
from planner.intake.budget import checked_bytes
from planner.intake.layout import ANSWERED, COVER, FIRST_ROW, LETTERS, RESPONDENT
from planner.intake.meta import Meta, read_meta
from planner.intake.words import MAX_TEXT, checked_text, parse_answer
from planner.messages import Msg, msg
from planner.profiles.fields import FieldSpec, field_specs
from planner.rulebook.book import RuleBook
from planner.safe import terminal
from planner.xlsx import looks_like_formula

MAX_RESPONDENT = 200  # an organisation and a name: what a profile's source keeps


@dataclass
class Answer:
    """One question on one sheet: the value (None = unknown), the respondent's note, the cell it was written in."""

    field: str
    value: Any
    note: str | None
    cell: str  # FILE.xlsx:SHEET!D12, or for an answer already in the profile, who gave it and when
    given: bool  # False when left blank or answered 不明
    said: bool = False  # anything written in the cell, 不明 included: an office that says 不明 has answered

    @property
    def written(self) -> bool:
        """The respondent wrote something for this question: an answer, 不明, or a note."""
        return self.given or self.said or bool(self.note)


@dataclass
class Reply:
    """One answered sheet: the round (the 基準日), the group, the copy, who answered and when, and the answers."""

    group: str
    sheet: str
    round: str
    respondent: str | None
    answered: str | None
    copy: int | None = None
    file: Path | None = None  # None for a reply already recorded in the profile
    key: str = ""  # its source key in the profile, once chosen
    answers: list[Answer] = field(default_factory=list)
    preferred: set[str] = field(default_factory=set)  # fields where its answer is followed over disagreeing ones

    @property
    def who(self) -> tuple[str, str, int | None, str]:
        """Who answered, whenever: a respondent's later sheet replaces its earlier one in the round's merge."""
        return (self.round, self.group, self.copy, " ".join((self.respondent or "").split()))


@dataclass
class Returned:
    """A returned questionnaire: its identity (from the hidden sheet) and its sheets' replies."""

    path: Path
    meta: Meta
    replies: list[Reply]
    warnings: list[Problem] = field(default_factory=list)


def _at(path: Path, where: str, message: Msg, hint: Msg | None = None) -> Problem:
    return Problem(f"{path}:{where}" if where else str(path), None, None, message, hint)


def _open(path: Path) -> Any:
    """The workbook, after checks that a broken, renamed, oversized or hostile file cannot pass."""
    from openpyxl import load_workbook

    raw = checked_bytes(path)
    try:
        # formulas as written (not their cached values): an answer that is a formula is refused, never read
        return load_workbook(io.BytesIO(raw), data_only=False)
    except Exception as exc:
        raise InputError(
            [_at(path, "", msg("xlsx.unreadable", detail=type(exc).__name__), msg("xlsx.export_hint"))]
        ) from None


def read_returned(path: Path, book: RuleBook, today: date) -> Returned:
    """Every answer of a returned questionnaire, checked against the questions it was exported with."""
    wb = _open(path)
    meta = read_meta(wb, path, book)
    problems: list[Problem] = []
    out = Returned(path, meta, [])
    visible = [terminal(n) for n in wb.sheetnames if wb[n].sheet_state == "visible"]
    expected = {s.name for s in meta.sheets} | set(COVER.values())
    strangers = "、".join(n for n in visible if n not in expected)
    for sheet in meta.sheets:
        if sheet.name not in wb.sheetnames:
            said = (
                msg("xlsx.sheet_renamed", sheet=sheet.name, others=strangers)
                if strangers
                else msg("xlsx.sheet_missing", sheet=sheet.name)
            )
            out.warnings.append(_at(path, sheet.name, said, msg("xlsx.sheet_left")))
            continue
        reply = Reply(sheet.group, sheet.name, meta.as_of, None, None, meta.copy, path)
        _read_sheet(wb[sheet.name], reply, sheet.fields, meta, today, problems, out.warnings)
        out.replies.append(reply)
    if not out.replies:
        wanted = "、".join(s.name for s in meta.sheets)
        found = "、".join(visible) or "—"
        problems.append(_at(path, "", msg("xlsx.no_sheets", expected=wanted, found=found), msg("xlsx.rename_back")))
    if problems:
        raise InputError(problems)
    return out


def _read_sheet(
    ws: Any,
    reply: Reply,
    fields: tuple[str, ...],
    meta: Meta,
    today: date,
    problems: list[Problem],
    warnings: list[Problem],
) -> None:
    path, name, specs = reply.file, reply.sheet, field_specs()
    assert path is not None
    for i, field_name in enumerate(fields):
        row = FIRST_ROW + i
        where = f"{name}!{LETTERS['field']}{row}"
        if str(ws[f"{LETTERS['field']}{row}"].value or "") != field_name:
            problems.append(_at(path, where, msg("xlsx.row_moved", field=field_name), msg("xlsx.restore_rows")))
            continue
        cell, note_cell = f"{name}!{LETTERS['answer']}{row}", f"{name}!{LETTERS['note']}{row}"
        try:
            value, given = parse_answer(specs[field_name], _cell_value(ws[cell.split("!")[1]]), meta.lang)
        except ValueError as exc:
            problems.append(
                _at(path, cell, exc.args[0], exc.args[1] if len(exc.args) > 1 else _hint(specs[field_name]))
            )
            continue
        note = _free_text(ws[note_cell.split("!")[1]], path, note_cell, problems)
        if note and not given and ws[cell.split("!")[1]].value in (None, ""):
            warnings.append(_at(path, note_cell, msg("xlsx.note_without_answer", cell=cell), msg("xlsx.note_hint")))
        said = ws[cell.split("!")[1]].value not in (None, "")
        reply.answers.append(Answer(field_name, value, note, f"{path}:{cell}", given, said))
    reply.respondent = _free_text(ws[RESPONDENT], path, f"{name}!{RESPONDENT}", problems, MAX_RESPONDENT)
    _answer_date(ws, reply, meta, today, problems)
    wrote = any(a.written for a in reply.answers)
    if wrote and not reply.respondent and not _has(problems, path, f"{name}!{RESPONDENT}"):
        problems.append(_at(path, f"{name}!{RESPONDENT}", msg("xlsx.no_respondent"), msg("xlsx.respondent_hint")))


def _answer_date(ws: Any, reply: Reply, meta: Meta, today: date, problems: list[Problem]) -> None:
    """The answer date: a real date, not before the questionnaire was made, not after today."""
    path, where = reply.file, f"{reply.sheet}!{ANSWERED}"
    assert path is not None
    # the hint names the days a date may be: an example date would go out of date itself
    hint = msg("xlsx.date_window", made=meta.made, today=today.isoformat())
    try:
        raw = _cell_value(ws[ANSWERED])
        reply.answered = None if raw in (None, "") else read_date(raw)
    except ValueError as exc:
        problems.append(_at(path, where, exc.args[0], hint))
        return
    answered = reply.answered
    if answered is None:
        if any(a.written for a in reply.answers):
            problems.append(_at(path, where, msg("xlsx.no_date"), hint))
    elif answered > today.isoformat()[: len(answered)]:
        problems.append(_at(path, where, msg("xlsx.date_future", value=answered, today=today.isoformat()), hint))
    elif answered < meta.made[: len(answered)]:
        problems.append(_at(path, where, msg("xlsx.date_before", value=answered, made=meta.made), hint))


def _cell_value(cell: Any) -> Any:
    """A cell's value, unless it is a formula, an Excel error (#N/A) or text that would be read as a formula."""
    if cell.data_type == "f" or type(cell.value).__name__ in ("ArrayFormula", "DataTableFormula"):
        raise ValueError(msg("xlsx.formula"), msg("xlsx.formula_hint"))
    if cell.data_type == "e":
        raise ValueError(msg("xlsx.error_value", value=terminal(str(cell.value))), msg("xlsx.error_hint"))
    if isinstance(cell.value, str) and looks_like_formula(cell.value):
        raise ValueError(msg("xlsx.formula_text"), msg("xlsx.formula_hint"))
    return cell.value


def _free_text(cell: Any, path: Path, where: str, problems: list[Problem], limit: int = MAX_TEXT) -> str | None:
    """A note or a respondent's name: one line of plain text, or a located problem."""
    try:
        value = _cell_value(cell)
        if value in (None, ""):
            return None
        text = checked_text(str(value))
        if len(text) > limit:
            raise ValueError(msg("xlsx.long_text", length=len(text), limit=limit))
        return text or None
    except ValueError as exc:
        problems.append(_at(path, where, exc.args[0], exc.args[1] if len(exc.args) > 1 else msg("xlsx.text_hint")))
        return None


def _has(problems: list[Problem], path: Path, where: str) -> bool:
    return any(p.path == f"{path}:{where}" for p in problems)


def _hint(spec: FieldSpec) -> Msg:
    if spec.kind in ("bool", "enum"):
        return msg("xlsx.pick_hint")
    if spec.kind in ("count", "year"):
        return msg("xlsx.whole_hint")
    return msg("xlsx.text_hint")
