"""One round's answers merged: per field, the municipality's figure from every respondent's sheet, or a conflict.

A round is the questionnaires of one 基準日. Its sheets are the ones already recorded in the profile (each source
keeps what its respondent wrote) and the ones being imported; the merge depends only on that set, so importing
the workbooks one by one, in any order, or all together gives the same profile. A respondent's later sheet
replaces its earlier one. A question answered once must get one answer (else a conflict, unless --prefer names
the workbook to follow); a group answered office by office combines its offices' answers as survey.yaml says.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planner.dates import date_label_ja
from planner.errors import Problem
from planner.intake.read import Answer, Reply
from planner.intake.words import MAX_TEXT
from planner.messages import Msg, msg, worded
from planner.profiles.fields import field_specs
from planner.render.view import value_of
from planner.rulebook.book import RuleBook


@dataclass
class Merged:
    """A field's figure from one round: value (None = unknown), the note, the source and date it is recorded with."""

    field: str
    value: Any
    note: str | None
    source: str
    as_of: str
    cells: list[str] = dataclasses.field(default_factory=list)
    combined: bool = False  # several offices' answers added up or put together


def current(replies: list[Reply]) -> list[Reply]:
    """Each respondent's latest sheet of the round, in source-key order."""
    latest: dict[tuple[str, str, int | None, str], Reply] = {}
    for r in sorted(replies, key=lambda r: (r.answered or "", r.key)):
        latest[r.who] = r
    return sorted(latest.values(), key=lambda r: r.key)


def merge_round(
    replies: list[Reply], book: RuleBook, prefer: set[Path], profile: str
) -> tuple[dict[str, Merged], list[Problem]]:
    """Every field the round's sheets answer or annotate, merged; conflicts as problems at the cells."""
    now = current(replies)
    order = list(field_specs())
    names = sorted({a.field for r in now for a in r.answers if a.given or a.note}, key=order.index)
    out: dict[str, Merged] = {}
    problems: list[Problem] = []
    for name in names:
        group = book.survey.questions[name].group
        members = [r for r in now if r.group == group]
        pairs = [(r, _answer(r, name)) for r in members]
        combine = book.survey.questions[name].combine if book.survey.group(group).answered == "each" else None
        if combine is None:
            merged = _once(name, pairs, prefer, problems, profile)
        else:
            merged = _combined(name, combine, pairs, problems)
        if merged is not None:
            out[name] = merged
    return out, problems


def _answer(reply: Reply, name: str) -> Answer:
    found = next((a for a in reply.answers if a.field == name), None)
    return found or Answer(name, None, None, _label(reply), False)


def _label(reply: Reply) -> str:
    return reply.respondent or (f"{reply.copy}部目" if reply.copy else reply.sheet)


def _latest(pairs: list[tuple[Reply, Answer]]) -> Reply:
    return max((r for r, _ in pairs), key=lambda r: (r.answered or "", r.key))


def _notes(pairs: list[tuple[Reply, Answer]], source: Reply) -> str | None:
    """The respondents' notes: one respondent's as written, several each with its respondent."""
    noted = [(r, a.note) for r, a in pairs if a.note]
    if len(noted) == 1 and noted[0][0] is source:
        return noted[0][1]
    return "；".join(f"{_label(r)}: {n}" for r, n in noted) or None


def _once(
    name: str, pairs: list[tuple[Reply, Answer]], prefer: set[Path], problems: list[Problem], profile: str
) -> Merged | None:
    """A question answered once for the municipality: every answer must agree, or --prefer names the one to follow
    (and the sheet followed says so in its source, so a later import of the round settles it the same way)."""
    given = [(r, a) for r, a in pairs if a.given]
    noted = [(r, a) for r, a in pairs if a.given or a.note]
    values = {_key(a.value) for _, a in given}
    chosen = [(r, a) for r, a in given if _preferred(r, name, prefer)] if len(values) > 1 else given
    for r, _ in pairs:
        r.preferred.discard(name)  # marked again only while the answers still disagree
    if len(values) > 1:
        if len({_key(a.value) for _, a in chosen}) != 1:
            problems += _conflicts(name, given) or [_recorded_conflict(name, given, profile)]
            return None
        for r, _ in chosen:
            r.preferred.add(name)
    if not chosen:
        if not noted:
            return None
        source = _latest(noted)
        return Merged(name, None, _notes(noted, source), source.key, source.answered or "", [a.cell for _, a in noted])
    value = chosen[0][1].value
    agreeing = [(r, a) for r, a in given if _key(a.value) == _key(value)]
    source = _latest(agreeing)
    note = _notes([p for p in noted if _key(p[1].value) == _key(value) or not p[1].given], source)
    others = [(r, a) for r, a in given if _key(a.value) != _key(value)]
    if others:  # --prefer chose: the answers not followed stay on record beside the one that was
        rest = "、".join(f"{value_of(name, a.value, 'ja')}（{_label(r)}）" for r, a in others)
        note = "；".join(x for x in (note, f"ほかの回答: {rest}") if x)
    return Merged(name, value, note, source.key, source.answered or "", [a.cell for _, a in agreeing])


def _preferred(reply: Reply, name: str, prefer: set[Path]) -> bool:
    """Named by --prefer now, or followed for this question when it was imported."""
    if reply.file is not None:
        return reply.file.resolve() in prefer
    return name in reply.preferred


def _recorded_conflict(name: str, given: list[tuple[Reply, Answer]], profile: str) -> Problem:
    """Answers already in the profile that disagree with nothing to settle them (the profile was edited by hand)."""
    who = "、".join(f"{_label(r)}（{r.key}）" for r, _ in given)
    return Problem(
        profile,
        None,
        None,
        msg("xlsx.recorded_conflict", field=field_specs()[name].ja, who=who),
        msg("xlsx.conflict_hint"),
    )


def _conflicts(name: str, given: list[tuple[Reply, Answer]]) -> list[Problem]:
    """The same question answered differently: a problem at each cell that was read, naming the other answers."""
    out = []
    for r, a in given:
        if r.file is None:
            continue  # an answer already in the profile is named in the other cell's message
        for s, b in given:
            if _key(b.value) == _key(a.value):
                continue
            where: object = b.cell if s.file is not None else _recorded(s)
            said = {
                k: worded(value_of(name, v, "ja"), value_of(name, v, "en"))
                for k, v in (("value", a.value), ("other", b.value))
            }
            out.append(
                Problem(a.cell, None, None, msg("xlsx.conflict", where=where, **said), msg("xlsx.conflict_hint"))
            )
    return out


def _recorded(reply: Reply) -> Msg:
    """An answer already in the profile, as a message names it: who gave it, and when."""
    day = reply.answered or ""
    return msg("xlsx.recorded", who=_label(reply), date=worded(date_label_ja(day) if day else "", day))


def _combined(name: str, combine: str, pairs: list[tuple[Reply, Answer]], problems: list[Problem]) -> Merged | None:
    """A group answered office by office: the offices' answers added up (sum), any yes (any), the common or middle
    choice (mixed) or listed (list). An office that left the question unknown leaves a sum unknown, never 0."""
    given = [(r, a) for r, a in pairs if a.given]
    unknown = [r for r, a in pairs if not a.given]
    if not given and not any(a.note for _, a in pairs):
        return None
    source = _latest([p for p in pairs if p[1].given or p[1].note])
    value: Any = None
    if combine == "sum" and given and not unknown:
        value = sum(a.value for _, a in given)
    elif combine == "any" and given:
        value = True if any(a.value for _, a in given) else (False if not unknown else None)
    elif combine == "mixed" and given:
        seen = {a.value for _, a in given}
        choices = field_specs()[name].choices
        value = (
            seen.pop() if len(seen) == 1 and not unknown else (choices[len(choices) // 2] if len(seen) > 1 else None)
        )
    elif combine == "list" and given:
        value = "、".join(dict.fromkeys(str(a.value) for _, a in given))
    note = _breakdown(name, combine, pairs) if len(pairs) > 1 else _notes(pairs, source)
    spec = field_specs()[name]
    too_much = (combine == "sum" and value is not None and value > (spec.maximum or 100_000)) or (
        combine == "list" and value is not None and len(value) > MAX_TEXT
    )
    if too_much:  # the offices' answers together do not fit the field: said at their cells, never cut
        problems += [
            Problem(a.cell, None, None, msg("xlsx.too_much_together", field=spec.ja), msg("xlsx.too_much_hint"))
            for r, a in given
            if r.file is not None
        ]
        return None
    return Merged(
        name, value, note, source.key, source.answered or "", [a.cell for _, a in pairs if a.given], len(pairs) > 1
    )


def _breakdown(name: str, combine: str, pairs: list[tuple[Reply, Answer]]) -> str:
    """Each office's own answer, kept in the note the plan shows (and, as written, in each office's source)."""
    each = "、".join(f"{_label(r)} {value_of(name, a.value, 'ja') if a.given else '不明'}" for r, a in pairs)
    head = {"sum": "の回答の合計", "any": "の回答", "mixed": "の回答", "list": "の回答"}[combine]
    text = f"{len(pairs)}事業所{head}（{each}）"
    if combine == "sum" and any(not a.given for _, a in pairs):
        text = f"不明の事業所があるため合計は不明。{len(pairs)}事業所の回答（{each}）"
    notes = "；".join(f"{_label(r)}: {a.note}" for r, a in pairs if a.note)
    return f"{text}；{notes}" if notes else text


def _key(value: Any) -> tuple[str, Any]:
    """Answers compared with their type: True is not 1."""
    return (type(value).__name__, value)
