"""From findings to an approach plan: priority score, dependency order, fiscal-year phases, model."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from planner import __version__
from planner.dates import add_months, next_fiscal_start
from planner.planning.assess import Assessment, FactRef, Finding
from planner.profiles.fields import field_specs
from planner.profiles.load import LoadedProfile
from planner.profiles.profile import AREAS
from planner.rulebook.book import Action, Text2
from planner.rulebook.conditions import exact
from planner.rulebook.library import Library
from planner.rulebook.regional import Model, RoleState, role_states

FROZEN = ConfigDict(frozen=True)
SURVEY_LESSON = "L10"
SCHEMA = "planner.plan/1"


class ScoreParts(BaseModel):
    """The priority score, in the open: severity + lessons + gap + the report's weight."""

    model_config = FROZEN
    severity: int
    lessons: int
    gap: int
    weight: int


class Reason(BaseModel):
    model_config = FROZEN
    rule: str
    title: Text2
    status: str  # fired | undecided (a data gap this survey would close)
    severity: int
    facts: list[FactRef]


class EvidenceRef(BaseModel):
    model_config = FROZEN
    rule: str
    quote: str
    where: str
    source: str
    kind: str


class PlannedAction(BaseModel):
    model_config = FROZEN
    id: str
    rank: int
    score: int
    score_parts: ScoreParts
    title: Text2
    description: Text2
    target: Text2
    task: str
    tasks: list[str]
    lessons: list[str]
    after: list[str]
    evidence: list[EvidenceRef]
    because: list[Reason]
    lead: str
    lead_status: str
    partners: list[str]
    start: str
    end: str
    months: int
    beyond_year: bool


class DataGap(BaseModel):
    model_config = FROZEN
    field: str
    title: Text2
    rules: list[str]
    survey: str | None


class PlanModel(BaseModel):
    model_config = FROZEN
    id: str
    title: Text2
    figure: str
    centre: str
    roles: list[RoleState]
    links: list[tuple[str, str]]


class WardRef(BaseModel):
    model_config = FROZEN
    id: str
    code: str
    name: Text2
    kind: str
    area: str
    area_ja: str
    hub_hospital: Text2 | None
    describes: str
    known_fields: int
    total_fields: int


class Stamp(BaseModel):
    model_config = FROZEN
    planner: str
    rulebook: str
    profile_sha256: str
    rules_sha256: str
    models_sha256: str


class Plan(BaseModel):
    model_config = FROZEN
    schema_: str = Field(SCHEMA, alias="schema")
    ward: WardRef
    as_of: str
    fiscal_year: int
    start: str
    actions: list[PlannedAction]
    data_gaps: list[DataGap]
    findings: list[dict[str, Any]]
    model: PlanModel
    tasks: dict[str, Text2]
    lessons: dict[str, Text2]
    roles: dict[str, Text2]
    generated_by: Stamp


def closure(actions: dict[str, Action]) -> dict[str, set[str]]:
    """All prerequisites of each action, through actions that are not in the plan too."""
    memo: dict[str, set[str]] = {}

    def walk(a: str) -> set[str]:
        if a not in memo:
            memo[a] = set()
            for b in actions[a].after:
                memo[a] |= {b} | walk(b)
        return memo[a]

    for a in actions:
        walk(a)
    return memo


def build_plan(lib: Library, lp: LoadedProfile, assessment: Assessment, model: Model, start: str | None = None) -> Plan:
    book = lib.book
    catalogue_actions = {a.id: a for a in book.actions}
    rules = {r.id: r for r in book.rules}
    reasons: dict[str, list[Finding]] = {}
    for f in assessment.findings:
        if f.status == "fired":
            for a in f.actions:
                reasons.setdefault(a, []).append(f)
    gaps = _data_gaps(lib, assessment)
    for gap in gaps:
        if gap.survey:
            for rid in gap.rules:
                finding = next(f for f in assessment.findings if f.rule == rid)
                if finding not in reasons.setdefault(gap.survey, []):
                    reasons[gap.survey].append(finding)
    scored: dict[str, tuple[int, ScoreParts, list[str]]] = {}
    w = book.planning.scoring
    for aid, found in reasons.items():
        fired = [f for f in found if f.status == "fired"]
        if fired:
            lessons = _lessons(fired)
            parts = ScoreParts(
                severity=w.severity * max(f.severity for f in fired),
                lessons=w.lessons * len(lessons),
                gap=max(_gap(rules[f.rule], assessment.values, w.gap_max) for f in fired),
                weight=max(book.lesson(x).weight for x in lessons),
            )
        else:
            # A survey is scored as L10 alone, at half the severity of the rules it would decide,
            # so a known problem of the same severity outranks finding out whether one exists.
            parts = ScoreParts(
                severity=w.survey_severity * max(f.severity for f in found),
                lessons=w.survey_base,
                gap=0,
                weight=book.lesson(SURVEY_LESSON).weight,
            )
        lessons = _lessons(found) if not fired else lessons
        if catalogue_actions[aid].survey and SURVEY_LESSON not in lessons:
            lessons = _lessons(found, extra=SURVEY_LESSON)
        scored[aid] = (sum(parts.model_dump().values()), parts, lessons)
    prereq = closure(catalogue_actions)
    order = _order(scored, prereq)
    year_start = start or next_fiscal_start(assessment.as_of)
    roles = role_states(lib.models, model, assessment.values)
    status = {r.id: r.status for r in roles}
    schedule = _schedule(order, catalogue_actions, prereq, book.planning.lane_capacity)
    planned = []
    for rank, aid in enumerate(order, 1):
        action = catalogue_actions[aid]
        score, parts, lessons = scored[aid]
        found = reasons[aid]
        s, e = schedule[aid]
        planned.append(
            PlannedAction(
                id=aid,
                rank=rank,
                score=score,
                score_parts=parts,
                title=action.title,
                description=action.description,
                target=action.target,
                task=action.task,
                tasks=[action.task],
                lessons=lessons,
                after=[b for b in order if b in prereq[aid]],
                evidence=[
                    EvidenceRef(rule=f.rule, quote=ev.quote, where=ev.where, source=ev.source, kind=ev.kind)
                    for f in found
                    for ev in rules[f.rule].evidence
                ],
                because=[
                    Reason(
                        rule=f.rule,
                        title=rules[f.rule].title,
                        status=f.status,
                        severity=f.severity,
                        facts=[x for x in f.facts if f.status == "fired" or x.value is None],
                    )
                    for f in found
                ],
                lead=action.lead,
                lead_status=status.get(action.lead, "outside model"),
                partners=action.partners,
                start=add_months(year_start, s),
                end=add_months(year_start, e),
                months=action.months,
                beyond_year=e > 11,
            )
        )
    p = lp.profile
    known, total = sum(1 for v in assessment.values.values() if v is not None), len(assessment.values)
    return Plan(
        ward=WardRef(
            id=p.id,
            code=p.code,
            name=Text2(ja=p.name.ja, en=p.name.en),
            kind=p.kind,
            area=p.area,
            area_ja=AREAS[p.area],
            hub_hospital=Text2(**p.hub_hospital.model_dump()) if p.hub_hospital else None,
            describes=p.describes,
            known_fields=known,
            total_fields=total,
        ),
        as_of=assessment.as_of,
        fiscal_year=int(year_start[:4]),
        start=year_start,
        actions=planned,
        data_gaps=gaps,
        findings=[{"rule": f.rule, "status": f.status} for f in assessment.findings],
        model=PlanModel(
            id=model.id,
            title=model.title,
            figure=model.figure,
            centre=model.centre,
            roles=roles,
            links=[tuple(x) for x in model.links],
        ),
        tasks={t.id: t.title for t in book.vocabulary.tasks},
        lessons={x.id: x.title for x in book.vocabulary.lessons},
        roles={r.id: r.title for r in lib.models.roles.roles},
        generated_by=Stamp(
            planner=__version__,
            rulebook=book.version,
            profile_sha256=lp.sha256,
            rules_sha256=book.sha256,
            models_sha256=lib.models.sha256,
        ),
    )


def _lessons(found: list[Finding], extra: str | None = None) -> list[str]:
    return sorted({x for f in found for x in f.lessons} | ({extra} if extra else set()), key=lambda s: int(s[1:]))


def _gap(rule: Any, values: dict[str, Any], gap_max: int) -> int:
    """0–gap_max: how far the gap field falls short of the rule's target, rounded half up, in exact arithmetic."""
    if rule.gap is None or values.get(rule.gap.field) is None:
        return 0
    target = exact(rule.gap.target)
    shortfall = min(Fraction(1), max(Fraction(0), target - values[rule.gap.field]) / target)
    return int(gap_max * shortfall + Fraction(1, 2))


def _data_gaps(lib: Library, assessment: Assessment) -> list[DataGap]:
    surveys = [a for a in lib.book.actions if a.survey]
    specs = field_specs()
    by_field: dict[str, list[str]] = {}
    for f in assessment.findings:
        if f.status == "undecided":
            for name in f.unknown:
                by_field.setdefault(name, []).append(f.rule)
    out = []
    for name in sorted(by_field, key=list(specs).index):
        survey = next((a.id for a in surveys if any(name.startswith(p) for p in a.survey)), None)
        spec = specs[name]
        out.append(DataGap(field=name, title=Text2(ja=spec.ja, en=spec.en), rules=by_field[name], survey=survey))
    return out


def _order(scored: dict[str, tuple[int, ScoreParts, list[str]]], prereq: dict[str, set[str]]) -> list[str]:
    """Highest score first, but never before a prerequisite that is in the plan; ties by id."""
    left = set(scored)
    out: list[str] = []
    while left:
        ready = [a for a in left if not (prereq[a] & left)]
        best = min(ready, key=lambda a: (-scored[a][0], a))
        out.append(best)
        left.remove(best)
    return out


def _schedule(
    order: list[str], actions: dict[str, Action], prereq: dict[str, set[str]], capacity: int
) -> dict[str, tuple[int, int]]:
    """Month offsets from the fiscal year's start: after prerequisites end, lane capacity respected."""
    placed: dict[str, tuple[int, int]] = {}
    lanes: dict[str, list[tuple[int, int]]] = {}
    for aid in order:
        a = actions[aid]
        earliest = max((placed[b][1] + 1 for b in prereq[aid] if b in placed), default=0)
        s = earliest
        while sum(1 for (x, y) in lanes.get(a.task, []) if x <= s + a.months - 1 and s <= y) >= capacity:
            s += 1
        placed[aid] = (s, s + a.months - 1)
        lanes.setdefault(a.task, []).append(placed[aid])
    return placed
