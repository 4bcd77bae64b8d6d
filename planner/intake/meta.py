"""The hidden sheet: who the questionnaire is for and what it asked, written once and read by one parser."""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.worksheet.worksheet import Worksheet

from planner.dates import DateError, check_date
from planner.errors import InputError, Problem
from planner.intake.layout import FORMAT, META, Sheet, fingerprint
from planner.messages import Msg, msg
from planner.profiles.fields import get_fact
from planner.profiles.load import LoadedProfile
from planner.rulebook.book import RuleBook
from planner.safe import terminal
from planner.xlsx import put

_ID = re.compile(r"[a-z][a-z0-9-]{1,40}")  # a profile id: never a path
_CODE = re.compile(r"13[0-9]{3}")
_DIGEST = re.compile(r"[0-9a-f]{16}")
MAX_ROWS = 400  # the hidden sheet of a questionnaire has some eighty rows


@dataclass
class Meta:
    """What the hidden sheet says: the municipality, the survey round (its 基準日), the date made, the sheets."""

    ward: str = ""
    code: str = ""
    lang: str = "ja"
    as_of: str = ""  # the 基準日: answers of one 基準日 are one round, merged together
    made: str = ""  # the day the questionnaire was made: no answer is dated before it
    copy: int | None = None
    respondent: str | None = None
    sheets: list[Sheet] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)  # field -> digest of the record when it was made


def record_digest(lp: LoadedProfile, name: str, round_keys: set[str]) -> str:
    """What the profile recorded for a field, leaving out this round's own answers: a later import of the same
    round is not a change, anything else is."""
    fact = get_fact(lp.profile, name)
    obs = [] if fact is None else [o.model_dump(mode="json") for o in fact.values if o.source not in round_keys]
    return hashlib.sha256(json.dumps(obs, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:16]


def round_keys(lp: LoadedProfile, as_of: str) -> set[str]:
    """The sources holding the answers of the round with this 基準日."""
    return {k for k, s in lp.profile.sources.items() if s.reply is not None and s.reply.round == as_of[:7]}


def write_meta(ws: Worksheet, book: RuleBook, lp: LoadedProfile, meta: Meta) -> None:
    """The hidden sheet: one key and value a row (veryHidden: Excel's menus do not show it)."""
    rows: list[tuple[str, Any]] = [
        ("format", FORMAT),
        ("ward", meta.ward),
        ("code", meta.code),
        ("lang", meta.lang),
        ("as_of", meta.as_of),
        ("made", meta.made),
        ("questions_sha256", fingerprint(book)),
    ]
    if meta.copy is not None:
        rows.append(("copy", meta.copy))
    if meta.respondent:
        rows.append(("respondent", meta.respondent))
    rows += [(f"sheet:{s.group}", f"{s.name}|{','.join(s.fields)}") for s in meta.sheets]
    rows += [(f"fact:{f}", meta.facts[f]) for s in meta.sheets for f in s.fields]
    for i, (k, v) in enumerate(rows, 1):
        put(ws, f"A{i}", k)
        put(ws, f"B{i}", v)
    ws.sheet_state = "veryHidden"


def read_meta(wb: Any, path: Path, book: RuleBook) -> Meta:
    """The hidden sheet checked row by row: every problem at its cell, none read as a path or a formula."""
    if META not in wb.sheetnames:
        raise InputError([_at(path, "", msg("xlsx.not_questionnaire"), msg("xlsx.export_hint"))])
    ws = wb[META]
    if ws.max_row > MAX_ROWS:
        raise InputError([_at(path, META, msg("xlsx.meta_rows", limit=MAX_ROWS), msg("xlsx.export_again"))])
    rows: dict[str, tuple[int, str]] = {}
    refused: set[str] = set()
    problems: list[Problem] = []
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=2):
        key, value = row[0], row[1]
        if key.value in (None, ""):
            continue
        bad_key = key.data_type != "s" or str(key.value) in rows
        if bad_key or value.data_type not in ("s", "n"):  # a formula, an error value, a date or a repeated key
            cell = key if bad_key else value
            problems.append(_at(path, f"{META}!{cell.coordinate}", msg("xlsx.meta_row"), msg("xlsx.export_again")))
            refused.add(str(key.value))  # said once: not again as a bad or missing entry
            continue
        rows[str(key.value)] = (key.row, "" if value.value is None else str(value.value))
    if rows.get("format", (0, ""))[1] != FORMAT:
        where = f"{META}!B{rows['format'][0]}" if "format" in rows else META
        hint = msg("xlsx.old_format") if "format" in rows else msg("xlsx.export_hint")
        raise InputError([_at(path, where, msg("xlsx.not_questionnaire"), hint)])
    if rows.get("questions_sha256", (0, ""))[1] != fingerprint(book):
        raise InputError([_at(path, "", msg("xlsx.questions_changed"), msg("xlsx.export_again"))])
    meta = _parse(rows, path, book, problems, refused)
    if problems:
        raise InputError(problems)
    return meta


def _parse(
    rows: dict[str, tuple[int, str]], path: Path, book: RuleBook, problems: list[Problem], refused: set[str]
) -> Meta:
    meta = Meta()

    def bad(key: str, what: Msg) -> None:
        problems.append(_at(path, f"{META}!B{rows[key][0]}", what, msg("xlsx.export_again")))

    checks: dict[str, Callable[[str], object]] = {
        "ward": _ID.fullmatch,
        "code": _CODE.fullmatch,
        "as_of": _month,
        "made": _day,
    }
    for key, (row, value) in rows.items():
        if key in ("format", "questions_sha256"):
            continue
        if key in checks:
            if not checks[key](value):
                bad(key, msg("xlsx.meta_value", key=key, value=_show(value)))
            setattr(meta, key, value)
        elif key == "lang":
            if value not in ("ja", "en"):
                bad(key, msg("xlsx.meta_lang", value=_show(value)))
            meta.lang = value
        elif key == "copy":
            meta.copy = int(value) if value.isascii() and value.isdigit() and 0 < int(value) < 1000 else None
            if meta.copy is None:
                bad(key, msg("xlsx.meta_value", key=key, value=_show(value)))
        elif key == "respondent":
            meta.respondent = value
        elif key.startswith("sheet:"):
            _sheet(meta, key, value, book, functools.partial(bad, key))
        elif key.startswith("fact:"):
            if not _DIGEST.fullmatch(value):
                bad(key, msg("xlsx.meta_value", key=key, value=_show(value)))
            meta.facts[key[5:]] = value
        else:
            problems.append(_at(path, f"{META}!A{row}", msg("xlsx.meta_key", key=_show(key)), msg("xlsx.export_again")))
    for key in ("ward", "code", "as_of", "made"):
        if key not in rows and key not in refused:
            problems.append(_at(path, META, msg("xlsx.meta_missing", key=key), msg("xlsx.export_again")))
    if not any(k.startswith("sheet:") for k in [*rows, *refused]):  # a sheet row refused is not missing too
        problems.append(_at(path, META, msg("xlsx.meta_missing", key="sheet:"), msg("xlsx.export_again")))
    for s in meta.sheets:
        for f in s.fields:
            if f not in meta.facts and f"fact:{f}" not in refused and f"fact:{f}" not in rows:
                problems.append(_at(path, META, msg("xlsx.meta_missing", key=f"fact:{f}"), msg("xlsx.export_again")))
    return meta


def _sheet(meta: Meta, key: str, value: str, book: RuleBook, bad: Callable[[Msg], None]) -> None:
    """sheet:<group> = <sheet name>|<field>,<field>…: a group of these questions, asking its own fields."""
    group = key[6:]
    name, _, fields = value.partition("|")
    if group not in {g.id for g in book.survey.groups}:
        bad(msg("xlsx.meta_group", group=_show(group)))
        return
    asked = tuple(f for f, q in book.survey.questions.items() if q.group == group)
    listed = tuple(fields.split(",")) if fields else ()
    if listed != asked:
        unknown = next((f for f in listed if f not in asked), None)
        bad(msg("xlsx.meta_field", field=_show(unknown)) if unknown else msg("xlsx.meta_value", key=key, value="…"))
        return
    meta.sheets.append(Sheet(group, name, listed))


def _month(value: str) -> bool:
    return len(value) == 7 and _real(value)


def _day(value: str) -> bool:
    return len(value) == 10 and _real(value)


def _real(value: str) -> bool:
    try:
        check_date(value)
    except DateError:
        return False
    return True


def _show(value: str | None) -> str:
    """A value from the file in a message: quoted, short, its control characters shown as codes."""
    text = terminal(str(value))
    return repr(text if len(text) <= 60 else text[:57] + "...")


def _at(path: Path, where: str, message: Msg, hint: Msg | None = None) -> Problem:
    return Problem(f"{path}:{where}" if where else str(path), None, None, message, hint)
