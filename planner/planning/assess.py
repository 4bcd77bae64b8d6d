"""Evaluates a profile against the rule book: values in force, what-ifs, findings and data gaps."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from planner.dates import date_key
from planner.profiles.fields import field_specs, observation
from planner.profiles.load import LoadedProfile
from planner.rulebook.book import Rule
from planner.rulebook.conditions import Trace, evaluate, referenced_fields
from planner.rulebook.engine import Engine
from planner.rulebook.library import Library

FROZEN = ConfigDict(frozen=True)


class FactRef(BaseModel):
    """A profile fact as a rule read it: value (None = unknown), source, date and file position."""

    model_config = FROZEN
    field: str
    value: Any = None
    source: str | None = None
    as_of: str | None = None
    at: str | None = None


class Finding(BaseModel):
    """One rule's outcome for one ward."""

    model_config = FROZEN
    rule: str
    status: str  # fired | not_fired | undecided | not_in_force
    severity: int
    lessons: list[str]
    actions: list[str]
    facts: list[FactRef] = Field(default_factory=list)
    unknown: list[str] = Field(default_factory=list)
    trace: Trace | None = None


class Assessment(BaseModel):
    """Every rule's outcome for one municipality at one date, with the values in force."""
    model_config = FROZEN
    ward_id: str
    as_of: str
    values: dict[str, Any]
    findings: list[Finding]


def display_path(path: Path, data_dir: Path) -> str:
    """Profile paths relative to the data folder, so plans do not depend on where the clone is."""
    try:
        return path.resolve().relative_to(data_dir.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


# Facts that follow from another when the profile leaves them unknown: a count of coordinators
# says whether one is placed. The plan cites the count as the source.
DERIVED = {"coordinators.placed": ("coordinators.count", lambda count: count > 0)}


def derive(values: dict[str, Any]) -> dict[str, str]:
    """Fill derivable unknowns in place; return {field: the field it was derived from}."""
    done = {}
    for target, (source, rule) in DERIVED.items():
        if values.get(target) is None and values.get(source) is not None:
            values[target] = rule(values[source])
            done[target] = source
    return done


def fact_refs(
    lp: LoadedProfile,
    fields: list[str],
    as_of: str,
    overrides: dict[str, Any],
    shown: str | None = None,
    derived: dict[str, str] | None = None,
    values: dict[str, Any] | None = None,
) -> list[FactRef]:
    """The facts a rule read, each with its value, source, date and file position."""
    out = []
    for name in fields:
        if name in overrides:
            out.append(FactRef(field=name, value=overrides[name], source="--set (what-if)"))
            continue
        if derived and name in derived and values is not None:
            src = fact_refs(lp, [derived[name]], as_of, overrides, shown)[0]
            out.append(
                FactRef(
                    field=name,
                    value=values[name],
                    source=f"derived from {src.field} = {src.value}",
                    as_of=src.as_of,
                    at=src.at,
                )
            )
            continue
        obs = observation(lp.profile, name, as_of)
        section, key = name.split(".", 1)
        line, col = lp.located.where((section, key))
        at = f"{shown or lp.path}:{line}:{col}" if line and (section, key) in lp.located.values else None
        source = None
        if obs is not None and obs.source:
            src = lp.profile.sources.get(obs.source)
            source = src.title if src else obs.source
        out.append(
            FactRef(
                field=name,
                value=None if obs is None else obs.value,
                source=source,
                as_of=None if obs is None else obs.as_of,
                at=at,
            )
        )
    return out


def in_force(rule: Rule, as_of: str) -> bool:
    """Whether a rule's duty applies at the date (its applies_from has come)."""
    return rule.applies_from is None or date_key(rule.applies_from) <= date_key(as_of)


def assess(
    lib: Library,
    lp: LoadedProfile,
    as_of: str | None = None,
    overrides: dict[str, Any] | None = None,
    trace: bool = False,
) -> Assessment:
    """Decide every rule in force with the engine; the direct evaluator explains undecided rules (and all, if trace)."""
    overrides = overrides or {}
    as_of = as_of or lp.profile.describes
    values: dict[str, Any] = {}
    for name in field_specs():
        obs = observation(lp.profile, name, as_of)
        values[name] = None if obs is None else obs.value
    values.update(overrides)
    derived = derive(values)
    shown = display_path(lp.path, lib.data_dir)
    active = [(r.id, r.when) for r in lib.book.rules if in_force(r, as_of)]
    decided = Engine.for_rules(active).decide(lp.profile.id, values) if active else {}
    findings = []
    for rule in lib.book.rules:
        if not in_force(rule, as_of):
            status = "not_in_force"
        elif rule.id in decided:
            status = "fired" if decided[rule.id] else "not_fired"
        else:
            status = "undecided"
        tree = evaluate(rule.when, values) if trace or status == "undecided" else None
        findings.append(
            Finding(
                rule=rule.id,
                status=status,
                severity=rule.severity,
                lessons=rule.lessons,
                actions=rule.actions,
                facts=fact_refs(lp, referenced_fields(rule.when), as_of, overrides, shown, derived, values),
                unknown=tree.unknown if tree is not None and status == "undecided" else [],
                trace=tree,
            )
        )
    return Assessment(ward_id=lp.profile.id, as_of=as_of, values=values, findings=findings)
