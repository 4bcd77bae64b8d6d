"""Reading a returned questionnaire: every answer typed by its field, every problem as FILE.xlsx:SHEET!D12, at once."""

from __future__ import annotations

import io
import math
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from planner.dates import DateError, check_date
from planner.errors import InputError, Problem
from planner.intake.layout import (
    ANSWERED,
    CHOICE_WORDS,
    FIRST_ROW,
    FORMAT,
    LETTERS,
    META,
    NO,
    RESPONDENT,
    UNKNOWN,
    YES,
    fingerprint,
)
from planner.messages import Msg, msg
from planner.profiles.fields import FieldSpec, field_specs
from planner.render.safe import CONTROL, one_line, terminal
from planner.rulebook.book import RuleBook
from planner.yamlio import read_bytes

MAX_BYTES = 10_000_000  # a questionnaire is some tens of kilobytes
MAX_UNPACKED = 50_000_000  # a zip that inflates past this is a bomb, not a questionnaire
MAX_ENTRIES = 500
MAX_TEXT = 500  # a name or a short description; a longer text belongs in a cited document
UNKNOWN_WORDS = {"不明", "unknown", "わからない", "分からない", "-", "－", "―"}


@dataclass
class Answer:
    """One answered question: the value (None = unknown), the respondent's note, where it was written."""

    field: str
    value: Any
    note: str | None
    cell: str
    given: bool  # False when left blank or answered 不明


@dataclass
class GroupAnswers:
    """One sheet's answers with who answered and when."""

    group: str
    sheet: str
    respondent: str | None
    answered: str | None
    answers: list[Answer] = field(default_factory=list)


@dataclass
class Returned:
    """A returned questionnaire: its identity (from the hidden sheet) and every group's answers."""

    ward: str
    code: str
    lang: str
    as_of: str
    profile_sha256: str
    groups: list[GroupAnswers]


def _problem(path: Path, where: str, message: Msg, hint: Msg | None = None) -> Problem:
    return Problem(f"{path}:{where}" if where else str(path), None, None, message, hint)


def _open(path: Path) -> Any:
    """The workbook, after checks that a broken, renamed or hostile file cannot pass."""
    from openpyxl import load_workbook

    raw = read_bytes(path, MAX_BYTES)
    if not raw:
        raise InputError([_problem(path, "", msg("xlsx.empty"), msg("xlsx.export_hint"))])
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise InputError([_problem(path, "", msg("xlsx.not_xlsx"), msg("xlsx.export_hint"))]) from None
    if len(infos) > MAX_ENTRIES or sum(i.file_size for i in infos) > MAX_UNPACKED:
        raise InputError([_problem(path, "", msg("xlsx.too_big"), msg("xlsx.export_hint"))])
    if "xl/workbook.xml" not in {i.filename for i in infos}:
        raise InputError([_problem(path, "", msg("xlsx.not_xlsx"), msg("xlsx.export_hint"))])
    try:
        return load_workbook(io.BytesIO(raw), data_only=True)
    except Exception as exc:
        raise InputError(
            [_problem(path, "", msg("xlsx.unreadable", detail=type(exc).__name__), msg("xlsx.export_hint"))]
        ) from None


def read_returned(path: Path, book: RuleBook) -> Returned:
    """Every answer of a returned questionnaire, checked against the questions it was exported with."""
    wb = _open(path)
    if META not in wb.sheetnames:
        raise InputError([_problem(path, "", msg("xlsx.not_questionnaire"), msg("xlsx.export_hint"))])
    meta = {str(r[0]): str(r[1]) for r in wb[META].iter_rows(max_col=2, values_only=True) if r[0] and r[1]}
    if meta.get("format") != FORMAT:
        raise InputError([_problem(path, META, msg("xlsx.not_questionnaire"), msg("xlsx.export_hint"))])
    if meta.get("questions_sha256") != fingerprint(book):
        raise InputError([_problem(path, "", msg("xlsx.questions_changed"), msg("xlsx.export_again"))])
    problems: list[Problem] = []
    groups = []
    for key, value in meta.items():
        if not key.startswith("sheet:") or "|" not in value:
            continue
        name, fields = value.split("|", 1)
        groups.append(_read_sheet(wb, path, key[6:], name, fields.split(","), meta.get("lang", "ja"), problems))
    if problems:
        raise InputError(problems)
    return Returned(
        meta.get("ward", ""),
        meta.get("code", ""),
        meta.get("lang", "ja"),
        meta.get("as_of", ""),
        meta.get("profile_sha256", ""),
        groups,
    )


def _read_sheet(
    wb: Any, path: Path, group: str, name: str, fields: list[str], lang: str, problems: list[Problem]
) -> GroupAnswers:
    out = GroupAnswers(group, name, None, None)
    if name not in wb.sheetnames:
        problems.append(_problem(path, name, msg("xlsx.sheet_missing", sheet=name), msg("xlsx.export_again")))
        return out
    ws = wb[name]
    specs = field_specs()
    for i, name_ in enumerate(fields):
        row = FIRST_ROW + i
        where = f"{name}!{LETTERS['field']}{row}"
        if str(ws[f"{LETTERS['field']}{row}"].value or "") != name_:
            problems.append(_problem(path, where, msg("xlsx.row_moved", field=name_), msg("xlsx.restore_rows")))
            continue
        cell = f"{LETTERS['answer']}{row}"
        raw = ws[cell].value
        try:
            value, given = parse_answer(specs[name_], raw, lang)
        except ValueError as exc:
            problems.append(_problem(path, f"{name}!{cell}", exc.args[0], _hint(specs[name_], lang)))
            continue
        note_cell = f"{name}!{LETTERS['note']}{row}"
        out.answers.append(
            Answer(
                name_,
                value,
                _free_text(ws[f"{LETTERS['note']}{row}"].value, path, note_cell, problems),
                f"{name}!{cell}",
                given,
            )
        )
    out.respondent = _free_text(ws[RESPONDENT].value, path, f"{name}!{RESPONDENT}", problems)
    try:
        out.answered = _date(ws[ANSWERED].value)
    except ValueError as exc:
        problems.append(_problem(path, f"{name}!{ANSWERED}", exc.args[0], msg("xlsx.date_hint")))
    if (
        any(a.given for a in out.answers)
        and out.answered is None
        and not any(p.path.endswith(f"{name}!{ANSWERED}") for p in problems)
    ):
        problems.append(_problem(path, f"{name}!{ANSWERED}", msg("xlsx.no_date"), msg("xlsx.date_hint")))
    return out


def _free_text(value: Any, path: Path, where: str, problems: list[Problem]) -> str | None:
    """A note or a respondent's name: one line of plain text, or a located problem."""
    if value in (None, ""):
        return None
    try:
        return _checked_text(str(value)) or None
    except ValueError as exc:
        problems.append(_problem(path, where, exc.args[0], msg("xlsx.text_hint")))
        return None


def _checked_text(raw: str) -> str:
    # Alt+Enter in a cell is a line break a person meant as a space; other controls are not text
    value = one_line(raw).strip()
    if len(value) > MAX_TEXT:
        raise ValueError(msg("xlsx.long_text", length=len(value), limit=MAX_TEXT))
    if (bad := CONTROL.search(value)) is not None:
        raise ValueError(msg("xlsx.control_text", code=terminal(bad.group(0))))
    return value


def _date(value: Any) -> str | None:
    """The answer date as YYYY-MM-DD: an Excel date, or text that names a real date."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip().replace("/", "-")
    try:
        check_date(text)
    except DateError as exc:
        raise ValueError(msg(exc.key, **exc.params)) from None
    if len(text) != 10:
        raise ValueError(msg("xlsx.full_date", value=repr(text)))
    return text


def parse_answer(spec: FieldSpec, raw: Any, lang: str) -> tuple[Any, bool]:
    """(value, given): blank or 不明 is unknown (never zero or no); anything else must fit the field."""
    if raw is None or (isinstance(raw, str) and raw.strip() in UNKNOWN_WORDS | {""}):
        return None, False
    text = raw.strip() if isinstance(raw, str) else raw
    if spec.kind == "bool":
        words = {
            YES["ja"]: True,
            YES["en"]: True,
            NO["ja"]: False,
            NO["en"]: False,
            "はい": True,
            "いいえ": False,
            True: True,
            False: False,
        }
        if isinstance(text, (str, bool)) and text in words:
            return words[text], True
        raise ValueError(msg("xlsx.not_choice", value=repr(text), options=f"{YES[lang]}, {NO[lang]}, {UNKNOWN[lang]}"))
    if spec.kind in ("count", "year"):
        number = _whole(_number_text(text, spec))
        low, high = (1990, 2100) if spec.kind == "year" else (0, spec.maximum or 100_000)
        if number is None:
            raise ValueError(msg("xlsx.not_whole", value=repr(text)))
        if not low <= number <= high:
            raise ValueError(msg("xlsx.out_of_range", value=number, low=low, high=high))
        return number, True
    if spec.kind == "enum":
        back = {w: c for c, w in CHOICE_WORDS[lang].items()} | {c: c for c in spec.choices}
        if isinstance(text, str) and text in back:
            return back[text], True
        raise ValueError(msg("xlsx.not_choice", value=repr(text), options=", ".join(CHOICE_WORDS[lang].values())))
    return _checked_text(str(text)), True


def _number_text(value: Any, spec: FieldSpec) -> Any:
    """Full-width digits, thousands commas and the field's own unit, as people type them in Excel: "１，２００人"."""
    if not isinstance(value, str):
        return value
    text = unicodedata.normalize("NFKC", value).replace(",", "").strip()
    for unit in (spec.unit_ja, "年度" if spec.kind == "year" else None, "年" if spec.kind == "year" else None):
        if unit and text.endswith(unit):
            return text[: -len(unit)].strip()
    return text


def _whole(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 9:
        return int(value)
    return None


def _hint(spec: FieldSpec, lang: str) -> Msg:
    if spec.kind in ("bool", "enum"):
        return msg("xlsx.pick_hint")
    if spec.kind in ("count", "year"):
        return msg("xlsx.whole_hint")
    return msg("xlsx.text_hint")
