"""From an assessment to an approach plan: actions with reasons and evidence, scored, ordered, phased, worded."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from planner import __version__
from planner.dates import add_months, fiscal_year, next_fiscal_start
from planner.planning.assess import Assessment, Finding, provisional_values
from planner.planning.carry import carry, reviewed
from planner.planning.plan import (
    DataGap,
    Joint,
    Pending,
    Plan,
    PlanModel,
    PlannedAction,
    Population,
    Reason,
    ScoringTerms,
    Stamp,
    WardRef,
)
from planner.planning.priority import closure, evidence, order, schedule, score
from planner.planning.sections import data_gaps, frame, present_groups, rules_in_force, support_for, survey_groups
from planner.planning.state import State
from planner.profiles.fields import completeness, field_specs
from planner.profiles.load import LoadedProfile
from planner.profiles.profile import AREAS
from planner.progress.record import ProgressRecord
from planner.rulebook.basics import Text2
from planner.rulebook.book import Action, Rule, RuleBook
from planner.rulebook.library import Library
from planner.rulebook.regional import Model, Models, role_states
from planner.rulebook.wording import Phraser, phraser_for

__all__ = ["Plan", "build_plan"]


def _reasons(assessment: Assessment, gaps: list[Any]) -> dict[str, list[Finding]]:
    """The findings behind each action: fired rules name their actions; undecided ones raise the survey."""
    reasons: dict[str, list[Finding]] = {}
    for f in assessment.findings:
        if f.status == "fired":
            for a in f.actions:
                reasons.setdefault(a, []).append(f)
    by_rule = {f.rule: f for f in assessment.findings}
    seen_by: dict[str, set[str]] = {}  # by rule id: comparing findings field by field is slow
    for g in gaps:
        if g.survey:
            listed = reasons.setdefault(g.survey, [])
            if g.survey not in seen_by:
                seen_by[g.survey] = {f.rule for f in listed}
            seen = seen_by[g.survey]
            for rid in g.rules:
                if rid not in seen:
                    seen.add(rid)
                    listed.append(by_rule[rid])
    return reasons


def build_plan(
    lib: Library,
    lp: LoadedProfile,
    assessment: Assessment,
    model: Model,
    start: str | None = None,
    record: ProgressRecord | None = None,
) -> Plan:
    """The plan: actions scored, ordered and phased over the fiscal year, in the municipality's own words; with the
    council's record, last year's achieved actions leave it and the others carry their record."""
    book, as_of, state = lib.book, assessment.as_of, assessment.state
    phraser = phraser_for(book.wording, lp.profile.kind, as_of)
    gaps = data_gaps(book, assessment)
    year_start = start or next_fiscal_start(as_of)
    fy = fiscal_year(year_start)
    size, population = _size(book, state)
    decided, provisional = _planned_actions(lib, assessment, phraser, gaps, year_start, size)
    roles = role_states(lib.models, model, state.values, as_of)
    status = {r.id: r.status for r in roles}
    everyone, review = carry(
        [a.model_copy(update={"lead_status": status.get(a.lead, "outside model")}) for a in decided + provisional],
        reviewed(record, fy, book, phraser),
    )
    this_year = [a for a in everyone if fiscal_year(a.start) == fy]
    # numbered as the paper lists them: this year's decided actions, then the provisional ones, then later years'
    planned, later, next_years = _numbered(
        [a for a in this_year if a.status == "decided"],
        [a for a in this_year if a.status == "provisional"],
        [a for a in everyone if fiscal_year(a.start) > fy],
    )
    return Plan(
        ward=_ward(lib, lp, state, size, population),
        as_of=as_of,
        fiscal_year=fy,
        start=year_start,
        assumptions=[],
        changes=None,
        present=present_groups(state),
        frame=frame(book, as_of),
        actions=planned,
        provisional=later,
        next_years=next_years,
        review_year=fy - 1 if review else None,
        review=review,
        pending=_pending(book, assessment, {a.id for a in everyone}, phraser),
        data_gaps=gaps,
        findings=[
            {"rule": f.rule, "status": f.status} | ({"provisional": True} if f.provisional else {})
            for f in assessment.findings
        ],
        model=_model(lib.models, model, roles, as_of, phraser, lp.profile.area),
        tasks={t.id: t.title for t in book.vocabulary.tasks},
        directions={t.id: _fill(phraser, t.direction) for t in book.vocabulary.tasks},
        lessons={x.id: x.title for x in book.vocabulary.lessons},
        roles={r.id: _fill(phraser, r.title) for r in lib.models.roles.roles},
        freshness_years=book.planning.freshness.years,
        freshness_fields=book.planning.freshness.fields,
        rules_in_force=rules_in_force(book, as_of),
        evidence_per_action=book.planning.evidence_per_action,
        small_below=book.planning.small_municipality.population_below,
        scoring=scoring_terms(book),
        generated_by=Stamp(
            planner=__version__,
            rulebook=book.version,
            profile_sha256=lp.sha256,
            rules_sha256=book.sha256,
            models_sha256=lib.models.sha256,
        ),
    )


def _planned_actions(
    lib: Library, assessment: Assessment, phraser: Phraser, gaps: list[DataGap], year_start: str, size: str
) -> tuple[list[PlannedAction], list[PlannedAction]]:
    """Every action some finding calls for, scored, ranked and phased from year_start (lead status to come); then
    the provisional ones, ranked after them and starting once the survey has confirmed their facts."""
    book, as_of, state = lib.book, assessment.as_of, assessment.state
    actions = {a.id: a for a in book.actions}
    position = {a.id: i for i, a in enumerate(book.actions)}
    reasons = _reasons(assessment, gaps)
    later = _provisional(assessment, set(reasons))
    older = provisional_values(state) or state.values
    survey_id = next((a.id for a in book.actions if a.survey), None)
    scored = {aid: score(book, actions[aid], found, state.values, as_of, year_start) for aid, found in reasons.items()}
    scored |= {aid: score(book, actions[aid], found, older, as_of, year_start) for aid, found in later.items()}
    prereq = closure(actions)
    ranked = order({a: scored[a].score for a in reasons}, prereq, position)
    waiting = {a: prereq[a] | ({survey_id} if survey_id in reasons else set()) for a in later}
    ranked_later = order({a: scored[a].score for a in later}, waiting, position)
    phases = schedule(
        ranked + ranked_later,
        actions,
        prereq | waiting,
        book.planning.lane_capacity,
        first=survey_id,
        lead_capacity=book.planning.lead_capacity,
    )
    rules = {r.id: r for r in book.rules}
    everyone = ranked + ranked_later
    waited_for = {b for a in everyone for b in (prereq | waiting)[a]}
    if survey_id in reasons and _pending(book, assessment, set(everyone), phraser):
        waited_for.add(survey_id)  # what the survey decides waits for it too
    words = book.planning.priority
    out: list[PlannedAction] = []
    for rank, aid in enumerate(everyone, 1):
        action, s = actions[aid], scored[aid]
        found = reasons.get(aid) or later[aid]
        first, last = phases[aid]
        end = add_months(year_start, last)
        out.append(
            PlannedAction(
                id=aid,
                rank=rank,
                status="decided" if aid in reasons else "provisional",
                priority=words.word(s.score, aid in waited_for),
                score=s.score,
                score_parts=s.parts,
                title=_fill(phraser, action.title),
                description=_fill(phraser, action.description),
                target=_fill(phraser, action.target, end),
                basis=_fill(phraser, action.basis),
                indicator=_fill(phraser, action.kpi.indicator),
                target_value=action.kpi.value,
                unit=action.kpi.unit,
                department=action.department or DISABILITY_SECTION,
                task=action.task,
                tasks=[action.task],
                lessons=s.lessons,
                after=[b for b in everyone if b in (prereq | waiting)[aid]],
                evidence=evidence(action, found, rules, documents(book)),
                because=_because(found, rules, phraser),
                lead=_role(lib.models, action.lead, as_of) or action.lead,
                lead_status="",
                partners=[r for r in dict.fromkeys(_role(lib.models, p, as_of) for p in action.partners) if r],
                start=add_months(year_start, first),
                end=end,
                months=action.months,
                beyond_year=last > 11,
                deadline=s.deadline,
                overdue=s.overdue,
                due_before_start=s.due_before_start,
                joint=_joint(action, size),
                support=support_for(book, aid, as_of),
                survey=survey_groups(book, gaps, state, phraser) if aid == survey_id else [],
            )
        )
    return out[: len(ranked)], out[len(ranked) :]


DISABILITY_SECTION = Text2(ja="障害福祉主管課", en="Disability welfare section")
REPORT_TITLE = "小児等在宅医療連携拠点事業 成果報告について（東京都福祉保健局、平成26年3月6日）"


def documents(book: RuleBook) -> Callable[[str, str], tuple[str, str | None]]:
    """The document a quote comes from, by the rule (or action) quoting it and the source key it names."""
    by_rule = {r.id: p for p in book.packs for r in p.rules}

    def document(owner: str, key: str) -> tuple[str, str | None]:
        pack = by_rule.get(owner)
        src = pack.sources.get(key) if pack else None
        return (src.title.strip(), src.url) if src else (REPORT_TITLE, None)

    return document


def _numbered(*parts: list[PlannedAction]) -> list[list[PlannedAction]]:
    """Each list renumbered in turn, so the numbers run 1, 2, 3 … through the paper."""
    out, n = [], 0
    for part in parts:
        out.append([a.model_copy(update={"rank": n + i}) for i, a in enumerate(part, 1)])
        n += len(part)
    return out


def _provisional(assessment: Assessment, decided: set[str]) -> dict[str, list[Finding]]:
    """Actions only provisional verdicts call for: scored and quoted as if fired, shown as provisional."""
    out: dict[str, list[Finding]] = {}
    for f in assessment.findings:
        if f.provisional:
            for aid in f.actions:
                if aid not in decided:
                    out.setdefault(aid, []).append(f.model_copy(update={"status": "fired"}))
    return out


def _because(found: list[Finding], rules: dict[str, Rule], phraser: Phraser) -> list[Reason]:
    """The rules behind an action; an undecided rule shows only the facts it lacks."""
    return [
        Reason(
            rule=f.rule,
            title=_fill(phraser, rules[f.rule].title),
            status="provisional" if f.provisional else f.status,
            severity=f.severity,
            facts=[x for x in f.facts if f.status == "fired" or x.value is None],
        )
        for f in found
    ]


def _pending(book: RuleBook, assessment: Assessment, planned: set[str], phraser: Phraser) -> list[Pending]:
    """Actions only undecided rules name: the survey decides them. In catalogue order, once each."""
    rules = {r.id: r for r in book.rules}
    waiting: dict[str, list[Finding]] = {}
    for f in assessment.findings:
        if f.status == "undecided":
            for aid in f.actions:
                if aid not in planned:
                    waiting.setdefault(aid, []).append(f)
    out = []
    for a in book.actions:
        if a.id not in waiting:
            continue
        found = waiting[a.id]
        met = all(f.met_on_record for f in found)
        old = [x for f in found for x in f.facts if met and x.status in ("stale", "undated")]
        out.append(
            Pending(
                id=a.id,
                title=_fill(phraser, a.title),
                fields=list(dict.fromkeys(x for f in found for x in f.unknown)),
                rules=[_fill(phraser, rules[f.rule].title) for f in found],
                met_on_record=met,
                recorded=list({x.field: x for x in old}.values()),
            )
        )
    return out


def _fill(phraser: Phraser, text: Text2, end: str | None = None) -> Text2:
    return phraser.text2(text, end)


def _role(models: Models, role_id: str, as_of: str) -> str | None:
    return models.at(role_id, as_of)


def _size(book: RuleBook, state: State) -> tuple[str, Population | None]:
    """small / not_small / unknown, from the latest population the profile records (even if out of date)."""
    known = state.fact("children.population")
    if known is None or known.status in ("other_body",) or not isinstance(known.value, int):
        return "unknown", None
    pop = Population(value=known.value, as_of=known.as_of, status=known.status)
    return ("small" if known.value < book.planning.small_municipality.population_below else "not_small"), pop


def _joint(action: Action, size: str) -> Joint | None:
    if action.joint is None or size == "not_small":
        return None
    j = action.joint
    return Joint(offered="small" if size == "small" else "if_small", quote=j.quote, where=j.where, url=j.url)


def _ward(lib: Library, lp: LoadedProfile, state: State, size: str, population: Population | None) -> WardRef:
    p, book = lp.profile, lib.book
    words = book.wording.kinds[p.kind]
    centre = None
    if lib.models.at("support-centre", state.as_of) == "support-centre":
        centre = book.wording.support_centre_sites["ku" if p.area.startswith("ku-") else "tama"]
    hub = None
    if p.hub_hospital and lib.models.at("hub-hospital", state.as_of) == "hub-hospital":
        hub = Text2(ja=p.hub_hospital.ja, en=p.hub_hospital.en)
    return WardRef(
        id=p.id,
        code=p.code,
        name=Text2(ja=p.name.ja, en=p.name.en),
        kind=p.kind,
        kind_label=Text2(ja=words.ja.kind, en=words.en.kind),
        area=p.area,
        area_ja=AREAS[p.area],
        hub_hospital=hub,
        support_centre=centre,
        describes=p.describes,
        known_fields=completeness(p, state.as_of)[0],  # what the profile records, whatever a what-if assumes
        current_fields=sum(1 for v in state.values.values() if v is not None),
        total_fields=len(field_specs()),
        population=population,
        size=size,
    )


def _model(models: Models, model: Model, roles: list[Any], as_of: str, phraser: Phraser, area: str) -> PlanModel:
    """The model at as_of: bodies gone by then replaced by their successors, links and centre following them."""

    def at(role_id: str) -> str:
        return models.at(role_id, as_of) or role_id

    kept = {r.id for r in roles}
    links = [(at(a), at(b)) for a, b in model.links if at(a) in kept and at(b) in kept and at(a) != at(b)]
    return PlanModel(
        id=model.id,
        title=_fill(phraser, model.title_for(area)),
        figure=model.figure,
        centre=at(model.centre),
        roles=[r.model_copy(update={"title": _fill(phraser, r.title)}) for r in roles],
        links=list(dict.fromkeys(links)),
    )


def scoring_terms(book: RuleBook) -> ScoringTerms:
    """The formula's numbers as the paper states them."""
    w, words = book.planning.scoring, book.planning.priority
    return ScoringTerms(
        severity=w.severity,
        lessons=w.lessons,
        gap_max=w.gap_max,
        deadline=book.planning.deadlines.overdue,
        survey_severity=w.survey_severity,
        survey_base=w.survey_base,
        top=words.top,
        high=words.high,
        weights={x.id: x.weight for x in book.vocabulary.lessons if x.weight},
    )
