"""Evaluates a profile against the rule book: durable-rules decides every rule in force, from the present state."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from planner.dates import date_key
from planner.errors import InputError, Problem
from planner.messages import msg
from planner.planning.state import KnownFact, State, display_path, present_state
from planner.profiles.load import LoadedProfile
from planner.rulebook.book import Rule
from planner.rulebook.conditions import Trace, evaluate, judge, referenced_fields
from planner.rulebook.engine import Engine, EngineError
from planner.rulebook.library import Library
from planner.strict import FROZEN

OUT_OF_DATE = ("stale", "undated")  # known, but too old (or of unknown age) to decide a rule


class FactRef(BaseModel):
    """A profile fact as a rule read it: value (None = unknown to the rules), its standing, source, date, place."""

    model_config = FROZEN
    field: str
    value: Any = None
    status: str = "unknown"  # current | stale | undated | other_body | assumed | derived | unknown
    source: str | None = None
    as_of: str | None = None
    at: str | None = None


class Finding(BaseModel):
    """One rule's outcome for one municipality."""

    model_config = FROZEN
    rule: str
    status: str  # fired | not_fired | undecided | not_in_force
    severity: int
    lessons: list[str]
    actions: list[str]
    facts: list[FactRef] = Field(default_factory=list)
    unknown: list[str] = Field(default_factory=list)
    trace: Trace | None = None
    # undecided, yet it would fire if out-of-date or undated facts still held: a provisional verdict (暫定・要確認)
    provisional: bool = False
    # undecided, and it would not fire on those facts either: the record says it is met, to be confirmed
    met_on_record: bool = False


class Assessment(BaseModel):
    """Every rule's outcome for one municipality at one date, with the present state it was decided from."""

    model_config = FROZEN
    ward_id: str
    as_of: str
    state: State
    findings: list[Finding]

    @property
    def values(self) -> dict[str, Any]:
        """The values the rules used (unknown, out-of-date and other bodies' facts are None)."""
        return self.state.values


def in_force(rule: Rule, as_of: str) -> bool:
    """Whether a rule's duty applies at the date: applies_from has come, and no later guideline replaced it."""
    key = date_key(as_of)
    return (rule.applies_from is None or date_key(rule.applies_from) <= key) and not ended(rule, as_of)


def ended(rule: Rule, as_of: str) -> bool:
    """Whether a rule is out of force because its period has passed (not because it has yet to start)."""
    return rule.until is not None and date_key(as_of)[: len(rule.until)] > rule.until


def fact_ref(state: State, name: str, provisional: bool = False) -> FactRef:
    """A field as a rule read it, from the present state; provisionally, an out-of-date value as recorded."""
    known: KnownFact | None = state.fact(name)
    if known is None:
        return FactRef(field=name)
    source = known.source
    if known.status == "derived":
        origin = state.fact(known.source or "")
        source = f"{known.source} = {origin.value if origin else '?'}"
    value = known.value if provisional and known.status in OUT_OF_DATE else state.values.get(name)
    return FactRef(field=name, value=value, status=known.status, source=source, as_of=known.as_of, at=known.at)


def _ref(refs: dict[tuple[str, bool], FactRef], state: State, name: str, provisional: bool) -> FactRef:
    if (name, provisional) not in refs:
        refs[name, provisional] = fact_ref(state, name, provisional)
    return refs[name, provisional]


def provisional_values(state: State) -> dict[str, Any] | None:
    """The values rules may use, plus every out-of-date or undated fact as recorded (None when there is none)."""
    old = {f.field: f.value for f in state.facts if f.status in OUT_OF_DATE}
    return {**state.values, **old} if old else None


def _engine(lib: Library, active: list[tuple[str, Any]]) -> Engine:
    ids = tuple(rid for rid, _ in active)
    if ids not in lib.engines:
        lib.engines[ids] = Engine.for_rules(active)
    return lib.engines[ids]  # type: ignore[no-any-return]


def assess(
    lib: Library,
    lp: LoadedProfile,
    as_of: str | None = None,
    overrides: dict[str, Any] | None = None,
    trace: bool = False,
) -> Assessment:
    """Decide every rule in force with the engine; the direct evaluator names what undecided rules lack (and, with
    trace, explains every rule)."""
    as_of = as_of or lp.profile.describes
    state = present_state(lp, as_of, lib.book.planning.freshness, display_path(lp.path, lib.data_dir), overrides)
    active = [(r.id, r.when) for r in lib.book.rules if in_force(r, as_of)]
    decided = _decide(lib, lp, active, state.values)
    older = provisional_values(state)
    # Provisional verdicts come from the same engine, on the values as recorded; they never decide a rule.
    would = _decide(lib, lp, active, older) if older is not None and len(decided) < len(active) else {}
    findings = []
    refs: dict[tuple[str, bool], FactRef] = {}  # a field read by several rules is the same frozen FactRef in each
    for rule in lib.book.rules:
        if not in_force(rule, as_of):
            status = "not_in_force"
        elif rule.id in decided:
            status = "fired" if decided[rule.id] else "not_fired"
        else:
            status = "undecided"
        provisional = status == "undecided" and would.get(rule.id) is True
        met_on_record = status == "undecided" and would.get(rule.id) is False
        tree = evaluate(rule.when, state.values) if trace else None
        unknown = (
            (tree.unknown if tree else list(judge(rule.when, state.values).unknown)) if status == "undecided" else []
        )
        findings.append(
            Finding(
                rule=rule.id,
                status=status,
                severity=rule.severity,
                lessons=rule.lessons,
                actions=rule.actions,
                facts=[_ref(refs, state, f, provisional or met_on_record) for f in referenced_fields(rule.when)],
                unknown=unknown,
                trace=tree,
                provisional=provisional,
                met_on_record=met_on_record,
            )
        )
    return Assessment(ward_id=lp.profile.id, as_of=as_of, state=state, findings=findings)


def _decide(lib: Library, lp: LoadedProfile, active: list[tuple[str, Any]], values: dict[str, Any]) -> dict[str, bool]:
    """durable's verdicts on every rule in force it can decide; an engine failure is located at its rule."""
    try:
        return _engine(lib, active).decide(lp.profile.id, values) if active else {}
    except EngineError as exc:
        if exc.rule is None:
            raise
        path, line, col = lib.book.rule_position(exc.rule)
        raise InputError([Problem(path, line, col, exc.problems[0].message, msg("lint.run_lint"))]) from None
