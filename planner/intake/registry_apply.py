"""Registry counts into profiles: one sourced, dated fact per office kind, comments and history kept, re-runs inert."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap

from planner.dates import month_end_label_ja
from planner.intake.facts_edit import citing, put_observation
from planner.intake.registry_read import RegistryFile, place_key
from planner.profiles.load import LoadedProfile, check_profile
from planner.rulebook.registry import Registry
from planner.yamledit import set_key
from planner.yamlio import decode, load_text, read_bytes

KINDS = ("added", "updated", "corrected", "earlier", "unchanged")
NAMES_IN_NOTE = 5  # offices named in a fact's note; the rest are counted


@dataclass(frozen=True)
class RegistryChange:
    """What one file does to one profile's field."""

    ward: str
    name: str
    field: str
    kind: str  # added | updated | corrected | earlier | unchanged
    before: Any
    after: int
    period: str
    note: str


def source_key(rf: RegistryFile) -> str:
    """The key of a file's entry under `sources:`: the same file always gets the same key."""
    return f"wamnet-{rf.service.code}-{rf.period}"


def source_entry(registry: Registry, rf: RegistryFile) -> CommentedMap:
    """The `sources:` entry for one file: title with kind and period, the open data's URL, what was counted."""
    return CommentedMap(
        title=f"{registry.title.ja}（{rf.service.kind}、{month_end_label_ja(rf.period)}時点）— {registry.publisher}",
        url=registry.url,
        kind="official",
        period=rf.period,
        note=f"{registry.prefecture}の全事業所を事業所住所（市区町村）で数えたもの（サービス種別コード{rf.service.code}）",
    )


def fact_note(rf: RegistryFile, name: str, neighbours: list[tuple[str, int]]) -> str:
    """What the count is: the offices by name, or, where there is none, the offices in the same area."""
    offices = sorted(rf.offices.get(place_key(name), {}).values(), key=lambda o: o.number)
    what = rf.service.kind if rf.service.kind.endswith("施設") else f"{rf.service.kind}の事業所"
    if offices:
        names = "、".join(o.name for o in offices[:NAMES_IN_NOTE])
        more = f"ほか{len(offices) - NAMES_IN_NOTE}か所" if len(offices) > NAMES_IN_NOTE else ""
        listed = f"{names}{'、' + more if more else ''}"
        return f"事業所住所が{name}の{what}: {listed}。事業所の数であり、定員・床数ではない"
    near = "、".join(f"{n}{c}か所" for n, c in neighbours[:NAMES_IN_NOTE])
    area = f"同じ圏域では{near}" if near else "同じ圏域にも掲載なし"
    return f"事業所住所が{name}の{what}の掲載なし（{area}）"


def neighbours_of(lp: LoadedProfile, everyone: list[LoadedProfile], rf: RegistryFile) -> list[tuple[str, int]]:
    """The other municipalities of the same area with offices of this kind: most first, then by code."""
    same = [p.profile for p in everyone if p.profile.area == lp.profile.area and p.profile.id != lp.profile.id]
    counted = [(p.name.ja, rf.count(place_key(p.name.ja)), p.code) for p in same]
    return [(n, c) for n, c, _ in sorted((x for x in counted if x[1] > 0), key=lambda x: (-x[1], x[2]))]


def changes_for(lp: LoadedProfile, files: list[RegistryFile], everyone: list[LoadedProfile]) -> list[RegistryChange]:
    """What each file does to this profile: a count (0 where the file lists no office there) per field."""
    out = []
    name = lp.profile.name.ja
    for rf in files:
        value = rf.count(place_key(name))
        note = fact_note(rf, name, neighbours_of(lp, everyone, rf))
        kind, before = _kind(lp, rf, value, note)
        out.append(RegistryChange(lp.profile.id, name, rf.service.field, kind, before, value, rf.period, note))
    return out


def _observations(lp: LoadedProfile, field: str) -> list[Any]:
    section, name = field.split(".", 1)
    fact = getattr(getattr(lp.profile, section), name)
    return list(fact.values) if fact is not None else []


def _kind(lp: LoadedProfile, rf: RegistryFile, value: int, note: str) -> tuple[str, Any]:
    observations = _observations(lp, rf.service.field)
    key = source_key(rf)
    same = next((o for o in observations if o.source == key), None)
    if same is not None:
        return ("unchanged" if (same.value, same.note) == (value, note) else "corrected"), same.value
    dated = [o for o in observations if o.as_of is not None and o.value is not None]
    latest = max(dated, key=lambda o: o.as_of) if dated else None
    if latest is None:
        return "added", None
    return ("updated" if rf.period > latest.as_of[:7] else "earlier"), latest.value


def apply_registry(
    registry: Registry, lp: LoadedProfile, files: list[RegistryFile], changes: list[RegistryChange]
) -> str | None:
    """The profile's new text (None when nothing changes); checked as a profile before it is used."""
    if all(c.kind == "unchanged" for c in changes):
        return None
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    doc = yaml.load(decode(str(lp.path), read_bytes(lp.path)))
    todo = [(rf, c) for rf, c in zip(files, changes, strict=True) if c.kind != "unchanged"]
    entries = CommentedMap((source_key(rf), source_entry(registry, rf)) for rf, _ in todo)
    if doc.get("sources") is None:
        set_key(doc, "sources", entries)
    else:
        for key, entry in entries.items():
            set_key(doc["sources"], key, entry)
    for rf, change in todo:
        key = source_key(rf)
        obs = CommentedMap(value=change.after, source=key, as_of=rf.period, note=change.note)
        # this file's earlier reading is replaced; every other observation, and the fact's form, is kept
        put_observation(doc, change.field, obs, citing({key}))
    out = io.StringIO()
    yaml.dump(doc, out)
    text = out.getvalue()
    check_profile(load_text(str(lp.path), text), lp.path, hashlib.sha256(text.encode()).hexdigest())
    return text
