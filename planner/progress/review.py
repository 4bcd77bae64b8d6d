"""`planner review` as a library: start or update a fiscal year's record from the plan, keeping what is written."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from planner.errors import InputError, Problem
from planner.messages import msg
from planner.planning.plan import Plan, PlannedAction
from planner.problems import read_model
from planner.progress.record import LoadedRecord, ProgressRecord
from planner.yamledit import append, set_key
from planner.yamlio import decode, load_text, read_bytes

HEADER = "# yaml-language-server: $schema=../../schema/progress.schema.json\n"
INTRO = (
    "# 医療的ケア児支援の取組の記録（PDCA）。年度ごとに、取組ごとの協議会の決定（decision）、実績（done・actual）、\n"
    "# 評価（evaluation）と評価・改善（note）を記入する。空欄は未記入。`planner review` が新しい年度と取組を加える。\n"
)
WORDS = {
    "decision": "adopted（採択）| declined（見送り。reason に理由）| continued（継続）",
    "done": "実績（行ったこと）",
    "evaluation": "met（達成）| partly（一部）| not_met（未達）",
    "note": "評価・改善",
    "source": "記録の出典（協議会の会議録など）",
    "as_of": "記入した時点（YYYY-MM）",
}


@dataclass(frozen=True)
class ReviewResult:
    """The record's new text, and what changed: started, updated (actions added) or unchanged."""

    text: str | None
    kind: str
    added: int


def _entry(a: PlannedAction) -> CommentedMap:
    """A blank record of one action, each key explained beside it."""
    entry = CommentedMap(title=a.title.ja, decision=None, reason=None, done=None, actual=None, evaluation=None)
    entry.update(note=None, source=None, as_of=None)
    for key, words in WORDS.items():
        entry.yaml_add_eol_comment(words, key)
    if a.indicator and a.unit:
        entry.yaml_add_eol_comment(
            f"活動指標の実績値（{a.indicator.ja}、目標値 {a.target_value}{a.unit.ja}）", "actual"
        )
    return entry


def review_text(plan: Plan, existing: LoadedRecord | None, path: Path) -> ReviewResult:
    """The record with the plan's fiscal year listing every action of the plan; nothing written is changed."""
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    if existing is None:
        doc = CommentedMap(ward=plan.ward.id, code=plan.ward.code, years=CommentedSeq())
    else:
        doc = yaml.load(decode(str(path), read_bytes(path)))
    years = doc["years"] if doc.get("years") is not None else CommentedSeq()
    if doc.get("years") is None:
        set_key(doc, "years", years)
    year = next((y for y in years if y.get("fiscal_year") == plan.fiscal_year), None)
    started = year is None
    if year is None:
        year = CommentedMap(fiscal_year=plan.fiscal_year, plan_as_of=plan.as_of, actions=CommentedMap())
        append(years, year)
    if year.get("actions") is None:
        set_key(year, "actions", CommentedMap())
    added = 0
    for a in [*plan.actions, *plan.provisional, *plan.next_years]:
        if a.id not in year["actions"]:
            set_key(year["actions"], a.id, _entry(a))
            added += 1
    if not added and not started:
        return ReviewResult(None, "unchanged", 0)
    out = io.StringIO()
    yaml.dump(doc, out)
    text = out.getvalue()
    if existing is None:
        text = HEADER + INTRO + text
    read_model(ProgressRecord, load_text(str(path), text))  # the new text must be a valid record before it is written
    return ReviewResult(text, "started" if existing is None or started else "updated", added)


def check_year(plan: Plan, year: int | None) -> None:
    """--year must be the plan's own fiscal year: a record is written for the year it plans."""
    if year is not None and year != plan.fiscal_year:
        raise InputError(
            [
                Problem(
                    "planner",
                    None,
                    None,
                    msg("record.other_year", asked=year, year=plan.fiscal_year),
                    msg("record.year_hint"),
                )
            ]
        )
