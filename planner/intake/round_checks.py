"""Checks on a round's sheets before they are merged: recorded sheets of groups the survey asks, one sheet per
respondent and date, one respondent per numbered copy."""

from __future__ import annotations

from typing import Any

from planner.errors import Problem
from planner.intake.layout import RESPONDENT
from planner.intake.read import Reply
from planner.messages import msg
from planner.profiles.load import LoadedProfile
from planner.render.values import label_of
from planner.rulebook.book import RuleBook


def recorded_problems(book: RuleBook, lp: LoadedProfile, recorded: list[Reply]) -> list[Problem]:
    """A recorded sheet merged again must be of a group survey.yaml has, answering that group's questions: a
    hand-edited group would have its answers dropped from, or counted in, another group's merge."""
    groups = {g.id for g in book.survey.groups}
    listed = "、".join(sorted(groups))
    out = []
    for r in recorded:
        at = ("sources", r.key, "reply")
        if r.group not in groups:
            line, col = lp.located.where((*at, "group"))
            out.append(
                Problem(
                    str(lp.path),
                    line,
                    col,
                    msg("reply.unknown_group", group=r.group),
                    msg("reply.group_hint", groups=listed),
                )
            )
            continue
        for a in r.answers:
            question = book.survey.questions.get(a.field)
            if question is None or question.group != r.group:
                part = "answers" if a.said else "notes"
                line, col = lp.located.key_where((*at, part, a.field))
                out.append(
                    Problem(
                        str(lp.path),
                        line,
                        col,
                        msg("reply.not_asked", field=label_of(a.field, "ja"), group=r.group),
                        msg("reply.fix_hint"),
                    )
                )
    return out


def same_sheet_twice(new: list[Reply]) -> list[Problem]:
    """Two workbooks of one respondent, with one date and different answers: which is meant cannot be told."""
    seen: dict[tuple[object, ...], Reply] = {}
    out = []
    for r in new:
        other = seen.setdefault((*r.who, r.answered), r)
        if other is not r and _written(other) != _written(r):
            out.append(
                Problem(
                    f"{r.file}:{r.sheet}",
                    None,
                    None,
                    msg("xlsx.same_sheet", other=f"{other.file}"),
                    msg("xlsx.same_sheet_hint"),
                )
            )
    return out


def _written(r: Reply) -> list[tuple[str, Any, str | None]]:
    return [(a.field, a.value, a.note) for a in r.answers if a.written]


def one_respondent_per_copy(pool: list[Reply]) -> list[Problem]:
    """A numbered copy goes to one office: answered under two names in a round, it would be summed as two offices
    (a corrected sheet signed differently counted twice). Refused at the new sheet's respondent cell."""
    first: dict[tuple[str, int], Reply] = {}
    out = []
    for r in sorted(pool, key=lambda r: (r.file is not None, r.answered or "", r.key)):
        if r.copy is None:
            continue  # an unnumbered copy may be answered by several offices, each under its own name
        other = first.setdefault((r.group, r.copy), r)
        if other is not r and other.who[3] != r.who[3] and r.file is not None:
            out.append(
                Problem(
                    f"{r.file}:{r.sheet}!{RESPONDENT}",
                    None,
                    None,
                    msg("xlsx.copy_two_names", copy=r.copy, other=other.respondent or "", name=r.respondent or ""),
                    msg("xlsx.copy_two_names_hint"),
                )
            )
    return out
