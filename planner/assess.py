"""Evaluates a profile against the rule book: values in force, what-ifs, findings and data gaps."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from .catalog import Library
from .conditions import Trace, Verdict, evaluate, referenced_fields
from .engine import Engine, EngineError, compile_true
from .errors import UsageError
from .facts import date_key
from .fields import catalogue, observation
from .rulebook import Rule
from .wards import LoadedProfile

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
    model_config = FROZEN
    ward_id: str
    as_of: str
    values: dict[str, Any]
    findings: list[Finding]


def parse_set(items: list[str]) -> dict[str, Any]:
    """--set FIELD=VALUE: typed by the field's kind; 'null' or 'unknown' makes it unknown."""
    specs = catalogue()
    out: dict[str, Any] = {}
    for item in items:
        if "=" not in item:
            raise UsageError(f"--set '{item}' is not FIELD=VALUE", "e.g. --set coordinators.placed=true")
        name, raw = (s.strip() for s in item.split("=", 1))
        spec = specs.get(name)
        if spec is None:
            import difflib
            close = difflib.get_close_matches(name, list(specs), n=1)
            raise UsageError(f"--set: unknown field '{name}'",
                             f"did you mean '{close[0]}'?" if close else "see `planner schema`")
        if raw.lower() in ("null", "unknown", "~"):
            out[name] = None
            continue
        try:
            out[name] = _typed(spec, raw)
        except ValueError as exc:
            raise UsageError(f"--set {name}: {exc}") from None
    return out


def _typed(spec: Any, raw: str) -> Any:
    if spec.kind == "bool":
        if raw.lower() in ("true", "false"):
            return raw.lower() == "true"
        raise ValueError(f"{raw!r} is not true or false")
    if spec.kind in ("count", "year"):
        if not raw.isdigit():
            raise ValueError(f"{raw!r} is not a whole number ≥ 0")
        value = int(raw)
        if spec.kind == "year" and value < 1990:
            raise ValueError(f"{value} is earlier than 1990")
        if spec.maximum is not None and value > spec.maximum:
            raise ValueError(f"{value} is larger than the maximum {spec.maximum}")
        return value
    if spec.kind == "enum":
        if raw not in spec.choices:
            raise ValueError(f"{raw!r} is not one of {', '.join(spec.choices)}")
        return raw
    if not raw:
        raise ValueError("empty text")
    return raw


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


def fact_refs(lp: LoadedProfile, fields: list[str], as_of: str, overrides: dict[str, Any],
              shown: str | None = None, derived: dict[str, str] | None = None,
              values: dict[str, Any] | None = None) -> list[FactRef]:
    out = []
    for name in fields:
        if name in overrides:
            out.append(FactRef(field=name, value=overrides[name], source="--set (what-if)"))
            continue
        if derived and name in derived and values is not None:
            src = fact_refs(lp, [derived[name]], as_of, overrides, shown)[0]
            out.append(FactRef(field=name, value=values[name], source=f"derived from {src.field} = {src.value}",
                               as_of=src.as_of, at=src.at))
            continue
        obs = observation(lp.profile, name, as_of)
        section, key = name.split(".", 1)
        line, col = lp.located.where((section, key))
        at = f"{shown or lp.path}:{line}:{col}" if line and (section, key) in lp.located.values else None
        source = None
        if obs is not None and obs.source:
            src = lp.profile.sources.get(obs.source)
            source = src.title if src else obs.source
        out.append(FactRef(field=name, value=None if obs is None else obs.value, source=source,
                           as_of=None if obs is None else obs.as_of, at=at))
    return out


def in_force(rule: Rule, as_of: str) -> bool:
    return rule.applies_from is None or date_key(rule.applies_from) <= date_key(as_of)


_ENGINES: dict[str, Engine] = {}


def _engine(rules: tuple[tuple[str, Any], ...]) -> Engine:
    """One compiled engine per distinct rule set (durable rulesets cannot be unregistered)."""
    key = json.dumps([(rid, compile_true(cond)) for rid, cond in rules], sort_keys=True)
    if key not in _ENGINES:
        _ENGINES[key] = Engine(rules)
    return _ENGINES[key]


def assess(lib: Library, lp: LoadedProfile, as_of: str | None = None,
           overrides: dict[str, Any] | None = None) -> Assessment:
    overrides = overrides or {}
    as_of = as_of or lp.profile.describes
    values: dict[str, Any] = {}
    for name in catalogue():
        obs = observation(lp.profile, name, as_of)
        values[name] = None if obs is None else obs.value
    values.update(overrides)
    derived = derive(values)
    rules = lib.book.rules
    shown = display_path(lp.path, lib.data_dir)
    active = tuple((r.id, r.when) for r in rules if in_force(r, as_of))
    fired = set(_engine(active).fire(lp.profile.id, values)) if active else set()
    findings = []
    for rule in rules:
        trace = evaluate(rule.when, values)
        if not in_force(rule, as_of):
            status = "not_in_force"
        elif rule.id in fired:
            status = "fired"
        else:
            status = "undecided" if trace.verdict == Verdict.UNKNOWN else "not_fired"
        if status in ("fired", "not_fired", "undecided") and (rule.id in fired) != (trace.verdict == Verdict.TRUE):
            raise EngineError(f"engine and evaluator disagree on rule {rule.id}: please report this")
        findings.append(Finding(
            rule=rule.id, status=status, severity=rule.severity, lessons=rule.lessons, actions=rule.actions,
            facts=fact_refs(lp, referenced_fields(rule.when), as_of, overrides, shown, derived, values),
            unknown=trace.unknown if status == "undecided" else [], trace=trace))
    return Assessment(ward_id=lp.profile.id, as_of=as_of, values=values, findings=findings)
