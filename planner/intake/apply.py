"""Answers into the profile: each as a dated, sourced observation, the file's comments, order and history kept."""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from planner.errors import InputError, OutputError, Problem
from planner.intake.read import GroupAnswers, Returned
from planner.messages import msg
from planner.output import prepare_replace, temporary_name, write_new
from planner.profiles.fields import field_specs, get_fact
from planner.profiles.load import LoadedProfile, check_profile
from planner.rulebook.book import RuleBook
from planner.yamlio import decode, load_text, read_bytes

KINDS = ("added", "corrected", "confirmed", "unknown")


@dataclass(frozen=True)
class Change:
    """What one answer does to the profile."""

    field: str
    kind: str  # added | corrected | confirmed | unknown
    before: Any
    after: Any
    cell: str
    source: str | None


def check_identity(returned: Returned, lp: LoadedProfile, path: Path) -> None:
    """The questionnaire must be this municipality's, exported from this very profile."""
    if returned.ward != lp.profile.id or returned.code != lp.profile.code:
        raise InputError(
            [
                Problem(
                    str(path),
                    None,
                    None,
                    msg("xlsx.other_ward", ward=returned.ward, expected=lp.profile.id),
                    msg("xlsx.export_hint"),
                )
            ]
        )
    if returned.profile_sha256 != lp.sha256:
        raise InputError(
            [
                Problem(
                    str(path), None, None, msg("xlsx.profile_changed", path=lp.path), msg("xlsx.profile_changed_hint")
                )
            ]
        )


def plan_changes(returned: Returned, lp: LoadedProfile) -> list[Change]:
    """Every answer's effect: added, corrected, confirmed (the same value, newly dated), or left unknown."""
    out = []
    for group in returned.groups:
        key = source_key(group, lp)
        for a in group.answers:
            fact = get_fact(lp.profile, a.field)
            obs = fact.at(None) if fact is not None else None
            before = obs.value if obs is not None else None
            if not a.given:
                kind = "unknown"
            elif before is None:
                kind = "added"
            else:
                kind = "confirmed" if before == a.value and type(before) is type(a.value) else "corrected"
            out.append(Change(a.field, kind, before, a.value, a.cell, key if a.given else None))
    return out


def source_key(group: GroupAnswers, lp: LoadedProfile) -> str:
    """A new key under `sources:` for one sheet's answers: survey-<group>-<date>, unique in the profile."""
    base = f"survey-{group.group}-{group.answered or 'undated'}"
    key, n = base, 2
    while key in lp.profile.sources:
        key, n = f"{base}-{n}", n + 1
    return key


def apply_answers(book: RuleBook, returned: Returned, lp: LoadedProfile, changes: list[Change]) -> str:
    """The profile's new text: a source per answered sheet, an observation per answer; checked before it is used."""
    raw = read_bytes(lp.path)
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    doc = yaml.load(decode(str(lp.path), raw))
    sources = doc.setdefault("sources", CommentedMap())
    by_group = {g.group: g for g in returned.groups}
    for group in returned.groups:
        if not any(a.given for a in group.answers):
            continue
        title = book.survey.group(group.group).title
        # a profile is a Japanese document whatever language the import speaks; the file name stays out of it
        sources[source_key(group, lp)] = CommentedMap(
            title=f"実態調査票の回答（{title.ja}）",
            kind="official",
            published=group.answered,
            respondent=group.respondent or title.ja,
        )
    notes = {a.field: a.note for g in returned.groups for a in g.answers}
    groups_of = {a.field: g.group for g in returned.groups for a in g.answers}
    for change in changes:
        if change.kind == "unknown":
            continue
        group = by_group[groups_of[change.field]]
        obs = CommentedMap(value=change.after, source=change.source, as_of=group.answered)
        if notes.get(change.field):
            obs["note"] = notes[change.field]
        _put(doc, change.field, obs)
    dates = [g.answered for g in returned.groups if g.answered and any(a.given for a in g.answers)]
    if dates and max(dates)[:7] > str(doc.get("describes", ""))[:7]:
        doc["describes"] = max(dates)[:7]  # the profile now describes the municipality as the answers do
    out = io.StringIO()
    yaml.dump(doc, out)
    text = out.getvalue()
    located = load_text(str(lp.path), text)  # the new text must be a valid profile before it replaces the old
    check_profile(located, lp.path, hashlib.sha256(text.encode()).hexdigest())
    return text


def _put(doc: CommentedMap, path: str, obs: CommentedMap) -> None:
    section, name = path.split(".", 1)
    if section not in doc or doc[section] is None:
        doc[section] = CommentedMap()
    current = doc[section].get(name)
    if current is None:
        doc[section][name] = obs
    elif isinstance(current, dict) and "values" in current:
        current["values"].append(obs)
    elif isinstance(current, dict):
        doc[section][name] = CommentedMap(values=CommentedSeq([current, obs]))
    else:  # a bare value: kept as the first observation, undated as it was written
        doc[section][name] = CommentedMap(values=CommentedSeq([CommentedMap(value=current), obs]))


def replace_profile(lp: LoadedProfile, text: str) -> None:
    """Replace the profile in one step (its mode kept); a reader sees the old file or the new one."""
    mode = prepare_replace(lp.path)
    tmp = temporary_name(lp.path)
    try:
        write_new(tmp, text, mode, lp.path)
        os.replace(tmp, lp.path)
    except OSError as exc:
        raise OutputError(lp.path, msg("out.cannot_write", reason=exc.strerror or str(exc))) from None
    finally:
        if tmp.exists():
            tmp.unlink()


def labels(field: str, lang: str) -> str:
    """A field's label in the change table."""
    spec = field_specs()[field]
    return spec.ja if lang == "ja" else spec.en
