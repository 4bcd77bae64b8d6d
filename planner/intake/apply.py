"""Answers into the profile: a source per respondent's sheet, a merged observation per field, comments kept."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from planner.dates import date_key
from planner.errors import InputError, Problem
from planner.intake.facts_edit import citing, put_observation
from planner.intake.merge import Merged, current, merge_round
from planner.intake.meta import record_digest, round_keys
from planner.intake.read import Answer, Reply, Returned
from planner.intake.round_checks import one_respondent_per_copy, recorded_problems, same_sheet_twice
from planner.messages import msg
from planner.profiles.fields import field_specs, get_fact
from planner.profiles.load import LoadedProfile, check_profile
from planner.render.values import label_of
from planner.rulebook.book import RuleBook
from planner.yamledit import set_key
from planner.yamlio import decode, load_text, read_bytes

KINDS = ("added", "updated", "corrected", "summed", "confirmed", "earlier", "unchanged", "unknown")


@dataclass(frozen=True)
class Change:
    """What the answers do to one field of the profile."""

    field: str
    kind: str  # one of KINDS
    before: Any
    after: Any
    cells: tuple[str, ...]
    note: str | None = None


@dataclass
class Import:
    """An import worked out: each field's change and the profile's new text (None when nothing changes)."""

    changes: list[Change] = field(default_factory=list)
    text: str | None = None


def recorded_replies(lp: LoadedProfile) -> list[Reply]:
    """The sheets already taken into the profile, as their sources keep them."""
    out = []
    for key, src in lp.profile.sources.items():
        if src.reply is None:
            continue
        r = src.reply
        reply = Reply(r.group, "", r.round, src.respondent, src.published, r.copy_number, None, key)
        reply.preferred = set(r.preferred)
        where = f"{src.respondent}、{src.published}"
        for name in [f for f in field_specs() if f in r.answers or f in r.notes]:
            value = r.answers.get(name)
            reply.answers.append(Answer(name, value, r.notes.get(name), where, value is not None, name in r.answers))
        out.append(reply)
    return out


def check_workbooks(returned: list[Returned], lp: LoadedProfile) -> list[Problem]:
    """Each workbook is this municipality's, and no field it answers has changed in the profile since it was made
    (other than by answers of its own round)."""
    problems = []
    for ret in returned:
        meta = ret.meta
        if meta.ward != lp.profile.id or meta.code != lp.profile.code:
            problems.append(
                Problem(
                    str(ret.path),
                    None,
                    None,
                    msg("xlsx.other_ward", ward=meta.ward, expected=lp.profile.id),
                    msg("xlsx.export_hint"),
                )
            )
            continue
        keys = round_keys(lp, meta.as_of)
        for reply in ret.replies:
            for a in reply.answers:
                if (a.given or a.note) and meta.facts.get(a.field) != record_digest(lp, a.field, keys):
                    problems.append(
                        Problem(
                            a.cell,
                            None,
                            None,
                            msg("xlsx.field_changed", field=label_of(a.field, "ja")),
                            msg("xlsx.field_changed_hint"),
                        )
                    )
    return problems


def assign_keys(pool: list[Reply], taken: set[str]) -> None:
    """Every sheet of a round gets its source key from the round alone: survey-<group>-<date>[-<copy>], then -2, -3
    in the order of group, date, copy and respondent. The keys are the same whatever order the workbooks came in
    (a key may change when a sheet joins the round; the round's sources and facts are rewritten together)."""
    taken = set(taken)
    for r in sorted(pool, key=_canonical):
        base = f"survey-{r.group}-{r.answered}" + (f"-{r.copy:02d}" if r.copy else "")
        key, n = base, 2
        while key in taken:
            key, n = f"{base}-{n}", n + 1
        taken.add(key)
        r.key = key


def _canonical(r: Reply) -> tuple[str, str, int, str]:
    return (r.group, r.answered or "", r.copy or 0, " ".join((r.respondent or "").split()))


def plan_import(book: RuleBook, lp: LoadedProfile, returned: list[Returned], prefer: set[Path]) -> Import:
    """What the workbooks do to the profile, checked in full before anything is written."""
    problems = check_workbooks(returned, lp)
    new = [r for ret in returned for r in ret.replies if any(a.written for a in r.answers)]
    problems += same_sheet_twice(new)
    rounds: dict[str, dict[tuple[object, ...], Reply]] = {}
    for r in [*recorded_replies(lp), *new]:
        rounds.setdefault(r.round, {})[(*r.who, r.answered)] = r  # a sheet sent again replaces its recorded self
    merged: dict[str, tuple[list[Reply], dict[str, Merged]]] = {}
    for rnd in sorted({r.round for r in new}):
        pool = list(rounds[rnd].values())
        problems += recorded_problems(book, lp, [r for r in pool if r.file is None]) + one_respondent_per_copy(pool)
        assign_keys(pool, set(lp.profile.sources) - round_keys(lp, rnd))
        pool.sort(key=lambda r: r.key)
        found, conflicts = merge_round(pool, book, prefer, str(lp.path))
        merged[rnd] = (pool, found)
        problems += conflicts
    if problems:
        raise InputError(problems)
    out = Import()
    for rnd, (pool, found) in merged.items():
        out.changes += _changes(lp, pool, found, round_keys(lp, rnd))
    text = _new_text(book, lp, merged)
    out.text = None if text == decode(str(lp.path), read_bytes(lp.path)) else text
    return out


def _changes(lp: LoadedProfile, pool: list[Reply], found: dict[str, Merged], old: set[str]) -> list[Change]:
    """Each field's change, against the value in force before the import (a field whose answers were withdrawn
    from the round goes back to unknown, or to what the profile knew before)."""
    keys = old | {r.key for r in pool}
    out = []
    for name in [f for f in field_specs() if f in found or f in fields_citing(lp, old)]:
        m = found.get(name)
        fact = get_fact(lp.profile, name)
        before = fact.at(None) if fact is not None else None
        value = before.value if before is not None else None
        if m is None or m.value is None:
            kind = "unknown"
        elif value is None:
            kind = "added"
        elif before is not None and before.source in keys and (before.value, before.note) == (m.value, m.note):
            kind = "unchanged"
        elif m.combined and before is not None and before.source in keys:
            kind = "summed"
        elif value == m.value and type(value) is type(m.value):
            kind = "confirmed"
        else:
            then, now = date_key(before.as_of or "")[:10] if before else "", date_key(m.as_of)[:10]
            kind = "updated" if then < now else "corrected" if then == now else "earlier"
        out.append(
            Change(name, kind, value, m.value if m else None, tuple(m.cells) if m else (), m.note if m else None)
        )
    return out


def fields_citing(lp: LoadedProfile, keys: set[str]) -> set[str]:
    """The fields with an observation from one of these sources."""
    out = set()
    for name in field_specs():
        fact = get_fact(lp.profile, name)
        if fact is not None and any(o.source in keys for o in fact.values):
            out.add(name)
    return out


def _new_text(book: RuleBook, lp: LoadedProfile, merged: dict[str, tuple[list[Reply], dict[str, Merged]]]) -> str:
    """The profile's new text: each round's sources (in key order) and merged observations; checked as a profile."""
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    doc = yaml.load(decode(str(lp.path), read_bytes(lp.path)))
    if doc.get("sources") is None:
        set_key(doc, "sources", CommentedMap())
    sources = doc["sources"]
    dates = []
    for rnd, (pool, found) in merged.items():
        old = round_keys(lp, rnd)
        for key in [k for k in sources if k in old]:
            del sources[key]
        for r in pool:
            set_key(sources, r.key, _source(book, r))
        keys = old | {r.key for r in pool}
        touched = {a.field for r in pool for a in r.answers} | set(found) | fields_citing(lp, old)
        for name in [f for f in field_specs() if f in touched]:
            put_observation(doc, name, _observation(found.get(name)), citing(keys))
        dates += [r.answered for r in current(pool) if r.answered]
    if dates and max(dates)[:7] > str(doc.get("describes", ""))[:7]:
        doc["describes"] = max(dates)[:7]  # the profile now describes the municipality as the answers do
    out = io.StringIO()
    yaml.dump(doc, out)
    text = out.getvalue()
    check_profile(load_text(str(lp.path), text), lp.path, hashlib.sha256(text.encode()).hexdigest())
    return text


def _source(book: RuleBook, r: Reply) -> CommentedMap:
    """A sheet's entry under `sources:`: the questionnaire, who answered and when, and what they wrote."""
    title = book.survey.group(r.group).title.ja  # a profile is a Japanese document whatever language was asked
    reply = CommentedMap(round=r.round, group=r.group)
    if r.copy is not None:
        reply["copy_number"] = r.copy
    order = list(field_specs())
    written = sorted((a for a in r.answers if a.written), key=lambda a: order.index(a.field))
    if any(a.given or a.said for a in written):  # 不明 as written: null
        reply["answers"] = CommentedMap((a.field, a.value) for a in written if a.given or a.said)
    if any(a.note for a in written):
        reply["notes"] = CommentedMap((a.field, a.note) for a in written if a.note)
    if r.preferred:  # kept, so that a later import of the round settles the disagreement the same way
        reply["preferred"] = CommentedSeq(f for f in order if f in r.preferred)
    return CommentedMap(
        title=f"実態調査票の回答（{title}）",
        kind="official",
        published=r.answered,
        respondent=r.respondent,
        reply=reply,
    )


def _observation(m: Merged | None) -> CommentedMap | None:
    if m is None:
        return None
    obs = CommentedMap(value=m.value, source=m.source, as_of=m.as_of)
    if m.note:
        obs["note"] = m.note
    return obs
