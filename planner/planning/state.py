"""The present state (現状): every fact a profile records, as of the plan's date, and which of them decide rules.

A fact decides rules only if it is the municipality's own, dated, and no older than the rule book's freshness
limit; any other known fact is shown (要確認 / another body's) and counts as unknown for the rules.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from planner.dates import add_months, date_key
from planner.profiles.fields import active, field_specs, observation
from planner.profiles.load import LoadedProfile
from planner.profiles.profile import Source
from planner.rulebook.basics import Text2
from planner.rulebook.settings import Freshness
from planner.strict import FROZEN

Status = Literal["current", "stale", "undated", "other_body", "assumed", "derived", "unknown"]


# Facts that follow from another when the profile leaves them unknown: a count of coordinators says
# whether one is placed. The plan cites the count as the source.
def _placed(count: int) -> bool:
    return count > 0


# A fact another implies: (the field it follows from, how). The plan cites the origin as the source.
DERIVED: dict[str, tuple[str, Callable[[Any], Any]]] = {"coordinators.placed": ("coordinators.count", _placed)}


class KnownFact(BaseModel):
    """One fact of the present state: its value, date, source, file position, and whether it decides rules."""

    model_config = FROZEN
    field: str
    label: Text2
    group: str
    value: Any
    status: Status
    as_of: str | None = None
    source: str | None = None
    url: str | None = None
    source_kind: str | None = None
    holder: str | None = None
    note: str | None = None
    at: str | None = None
    dated_by: str | None = None  # "published": an undated fact of an official page, dated by the page's date


class State(BaseModel):
    """The values rules may use at a date (unknown = None) and every known fact with its status."""

    model_config = FROZEN
    as_of: str
    values: dict[str, Any]
    facts: list[KnownFact]
    derived: dict[str, str]

    def fact(self, field: str) -> KnownFact | None:
        """The known fact of a field (None when the profile does not know it)."""
        return self.by_field.get(field)

    @cached_property
    def by_field(self) -> dict[str, KnownFact]:
        """The known facts by field (the first of each), for lookups a plan makes hundreds of times."""
        out: dict[str, KnownFact] = {}
        for f in self.facts:
            out.setdefault(f.field, f)
        return out

    @property
    def to_confirm(self) -> list[str]:
        """Fields whose known value is out of date or undated: the survey asks to confirm them."""
        return [f.field for f in self.facts if f.status in ("stale", "undated")]


def group_of(field: str) -> str:
    """The present-state group a field belongs to (rules/fields.yaml)."""
    return active().group_of(field)


def display_path(path: Path, data_dir: Path) -> str:
    """Profile paths relative to the data folder, so plans do not depend on where the clone is."""
    try:
        return path.resolve().relative_to(data_dir.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def present_state(
    lp: LoadedProfile, as_of: str, freshness: Freshness, shown: str, overrides: dict[str, Any] | None = None
) -> State:
    """Every field's standing at as_of: the values rules may use, and every known fact with its status."""
    overrides = overrides or {}
    values: dict[str, Any] = {}
    facts: list[KnownFact] = []
    for name, spec in field_specs().items():
        label = Text2(ja=spec.ja, en=spec.en)
        if name in overrides:
            values[name] = overrides[name]
            if overrides[name] is not None:
                facts.append(
                    KnownFact(
                        field=name,
                        label=label,
                        group=group_of(name),
                        value=overrides[name],
                        status="assumed",
                        source="--set",
                    )
                )
            continue
        values[name], fact = _recorded(lp, name, label, as_of, freshness, shown)
        if fact is not None:
            facts.append(fact)
    derived = _derive(values)
    for target, origin in derived.items():
        spec = field_specs()[target]
        facts.append(
            KnownFact(
                field=target,
                label=Text2(ja=spec.ja, en=spec.en),
                group=group_of(target),
                value=values[target],
                status="derived",
                source=origin,
            )
        )
    order = list(field_specs())
    facts.sort(key=lambda f: order.index(f.field))
    return State(as_of=as_of, values=values, facts=facts, derived=derived)


def _recorded(
    lp: LoadedProfile, name: str, label: Text2, as_of: str, freshness: Freshness, shown: str
) -> tuple[Any, KnownFact | None]:
    """What the profile records for a field at as_of: the value rules may use, and the fact (None if unknown)."""
    obs = observation(lp.profile, name, as_of)
    if obs is None or (obs.value is None and not obs.note):
        return None, None
    src = lp.profile.sources.get(obs.source) if obs.source else None
    if obs.value is None:  # asked and not known (a questionnaire's 不明 with a note): shown, decides nothing
        return None, KnownFact(
            field=name,
            label=label,
            group=group_of(name),
            value=None,
            status="unknown",
            as_of=obs.as_of,
            source=_cited(src, obs.source),
            url=src.url if src else None,
            source_kind=src.kind if src else None,
            note=obs.note,
            at=_at(lp, name, shown),
        )
    # an undated fact from an official page is as old as the page: it stood when the page was published
    published = src.published if obs.as_of is None and src and src.kind == "official" and src.published else None
    dated = obs.as_of or published
    status = _status(dated, obs.holder, as_of, freshness.years_for(name))
    fact = KnownFact(
        field=name,
        label=label,
        group=group_of(name),
        value=obs.value,
        status=status,
        as_of=dated,
        dated_by="published" if published else None,
        source=_cited(src, obs.source),
        url=src.url if src else None,
        source_kind=src.kind if src else ("report" if obs.source == "report-2014" else None),
        holder=obs.holder,
        note=obs.note,
        at=_at(lp, name, shown),
    )
    return (obs.value if status == "current" else None), fact


def _cited(src: Source | None, key: str | None) -> str | None:
    """How a fact's source is named: its title (and who answered, for a questionnaire), else its key."""
    if src is None:
        return key
    return f"{src.title} — {src.respondent}" if src.respondent else src.title


def _status(fact_date: str | None, holder: str | None, as_of: str, years: int) -> Status:
    if holder:
        return "other_body"
    if fact_date is None:
        return "undated"
    cutoff = add_months(date_key(as_of)[:7], -12 * years)
    return "stale" if date_key(fact_date)[:7] < cutoff else "current"


def _derive(values: dict[str, Any]) -> dict[str, str]:
    done: dict[str, str] = {}
    for target, (origin, rule) in DERIVED.items():
        if values.get(target) is None and values.get(origin) is not None:
            values[target] = rule(values[origin])
            done[target] = origin
    return done


def _at(lp: LoadedProfile, name: str, shown: str) -> str | None:
    section, key = name.split(".", 1)
    if (section, key) not in lp.located.values:
        return None
    line, col = lp.located.where((section, key))
    return f"{shown}:{line}:{col}"
