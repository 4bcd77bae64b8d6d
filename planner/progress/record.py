"""The progress record (wards/progress/<id>.yaml): per fiscal year, each action's decision, result and evaluation."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from planner.dates import valid_date
from planner.errors import InputError, Problem
from planner.messages import msg
from planner.problems import read_model
from planner.rulebook.basics import Id
from planner.strict import STRICT
from planner.yamlio import Located, decode, load_text, read_bytes

FOLDER = "progress"  # inside wards/: beside the profiles, never read as one (profiles are wards/*.yaml)
Decision = Literal["adopted", "declined", "continued"]  # 採択 / 見送り / 継続
Evaluation = Literal["met", "partly", "not_met"]  # 達成 / 一部 / 未達


class ActionRecord(BaseModel):
    """One action of one year: what the council decided, what was done, how it is judged."""

    model_config = STRICT
    title: str | None = Field(None, max_length=300, description="The action's title, for the reader (not read)")
    decision: Decision | None = Field(None, description="adopted (採択) | declined (見送り) | continued (継続)")
    reason: str | None = Field(None, max_length=1000, description="Why it was declined (required then)")
    done: str | None = Field(None, max_length=2000, description="実績: what was done")
    actual: int | None = Field(None, ge=0, le=100_000, description="The indicator's value reached (活動指標の実績)")
    evaluation: Evaluation | None = Field(None, description="met (達成) | partly (一部) | not_met (未達)")
    note: str | None = Field(None, max_length=2000, description="評価・改善: the evaluation's reasons, what changes")
    source: str | None = Field(None, max_length=300, description="Where it is recorded (e.g. the council's minutes)")
    as_of: str | None = Field(None, description="When it was recorded: YYYY-MM[-DD]")

    @field_validator("as_of")
    @classmethod
    def _date(cls, v: str | None) -> str | None:
        return None if v is None else valid_date(v)

    @model_validator(mode="after")
    def _consistent(self) -> ActionRecord:
        if self.decision == "declined" and not self.reason:
            raise PydanticCustomError("planner.record.declined_reason", "a declined action needs its reason")
        if self.decision == "declined" and self.evaluation is not None:
            raise PydanticCustomError("planner.record.declined_evaluated", "a declined action is not evaluated")
        return self


class YearRecord(BaseModel):
    """One fiscal year (April–March) of the record: the plan it started from and its actions."""

    model_config = STRICT
    fiscal_year: int = Field(ge=2013, le=2100, description="The fiscal year, e.g. 2027 for 令和9年度")
    plan_as_of: str = Field(description="The date of the plan the year's record was started from")
    actions: dict[Id, ActionRecord] = Field(default_factory=dict)

    @field_validator("plan_as_of")
    @classmethod
    def _date(cls, v: str) -> str:
        return valid_date(v)


class ProgressRecord(BaseModel):
    """A municipality's record over the years."""

    model_config = STRICT
    ward: Id = Field(description="The profile's id (its file name)")
    code: str = Field(pattern=r"^13[0-9]{3}$")
    description: str | None = None
    years: list[YearRecord] = Field(default_factory=list)

    def year(self, fiscal_year: int) -> YearRecord | None:
        """The record of one fiscal year (None when there is none)."""
        return next((y for y in self.years if y.fiscal_year == fiscal_year), None)


@dataclass(frozen=True)
class LoadedRecord:
    """A validated record with its positions and the path it was read from."""

    record: ProgressRecord
    located: Located
    path: Path
    sha256: str


def record_path(data_dir: Path, ward_id: str) -> Path:
    """Where a municipality's record is kept: wards/progress/<id>.yaml."""
    return data_dir / "wards" / FOLDER / f"{ward_id}.yaml"


def load_record(path: Path, ward_id: str, code: str, action_ids: set[str]) -> LoadedRecord:
    """Read and check a record: its municipality, unique years, known actions; every problem located."""
    raw = read_bytes(path)
    located = load_text(str(path), decode(str(path), raw))
    record = read_model(ProgressRecord, located)
    problems = []
    if record.ward != ward_id or record.code != code:
        line, col = located.where(("ward",))
        problems.append(
            Problem(
                str(path),
                line,
                col,
                msg("record.other_ward", ward=record.ward, expected=ward_id),
                msg("record.ward_hint"),
            )
        )
    seen: set[int] = set()
    for i, year in enumerate(record.years):
        if year.fiscal_year in seen:
            line, col = located.where(("years", i, "fiscal_year"))
            problems.append(Problem(str(path), line, col, msg("record.year_twice", year=year.fiscal_year)))
        seen.add(year.fiscal_year)
        for aid in year.actions:
            if aid not in action_ids:
                line, col = located.key_where(("years", i, "actions", aid))
                problems.append(
                    Problem(str(path), line, col, msg("record.unknown_action", action=aid), msg("record.action_hint"))
                )
    if problems:
        raise InputError(problems)
    return LoadedRecord(record, located, path, hashlib.sha256(raw).hexdigest())


def find_record(data_dir: Path, ward_id: str, code: str, action_ids: set[str]) -> LoadedRecord | None:
    """The municipality's record if it has one (check_place first: a record kept outside the folder is refused)."""
    path = check_place(data_dir, ward_id)
    return load_record(path, ward_id, code, action_ids) if path.exists() or path.is_symlink() else None


def check_place(data_dir: Path, ward_id: str) -> Path:
    """Where the record is, once wards/progress/ is a folder (or not there yet) and neither it nor the record links
    out of the data folder: a record is an input the plan cites, and `review` writes it (datafolder.py)."""
    from planner.datafolder import folder_problem, link_out

    path = record_path(data_dir, ward_id)
    folder = path.parent
    wrong = folder_problem(folder) if os.path.lexists(folder) else None
    if wrong is not None:
        raise InputError([Problem(str(folder), None, None, wrong, msg("record.folder_hint"))])
    linked = link_out(path, data_dir)
    if linked is not None:
        raise InputError([linked])
    return path
