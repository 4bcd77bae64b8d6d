"""The plan's sections beside its actions: present state, policy frame, survey, rules in force, what changed."""

from __future__ import annotations

from functools import cache
from typing import Any

from planner.planning.assess import Assessment, FactRef, fact_ref, in_force
from planner.planning.plan import (
    Assumption,
    Change,
    DataGap,
    Instrument,
    Plan,
    PresentGroup,
    Support,
    SurveyGroup,
    SurveyItem,
)
from planner.planning.state import State
from planner.profiles.fields import active, field_specs
from planner.rulebook.basics import Text2, in_period
from planner.rulebook.book import RuleBook
from planner.rulebook.wording import Phraser


def present_groups(state: State) -> list[PresentGroup]:
    """Every known fact, grouped as the report groups its findings (groups with no fact are left out)."""
    out = []
    for gid, words in active().file.groups.items():
        facts = [f for f in state.facts if f.group == gid]
        if facts:
            out.append(PresentGroup(id=gid, title=Text2(ja=words.ja, en=words.en), facts=facts))
    return out


def frame(book: RuleBook, as_of: str) -> list[Instrument]:
    """Laws, notices and guidelines that exist at as_of: in force, ended, or (guidelines not yet issued) draft."""
    out = []
    key = as_of[:7] if len(as_of) >= 7 else as_of
    for ins in book.frame.instruments:
        if ins.from_ is None and ins.draft_from is not None:
            if ins.draft_from[:7] > key:
                continue
            status = "draft"
        elif ins.from_ is not None and ins.from_[: len(key)] > key:
            continue
        else:
            status = "in_force" if in_period(as_of, ins.from_, ins.until) else "ended"
        out.append(
            Instrument(
                id=ins.id,
                title=ins.title,
                status=status,
                start=ins.from_,
                end=ins.until,
                source=ins.source.title,
                url=ins.source.url,
                source_kind=ins.source.kind,
            )
        )
    return out


def support_for(book: RuleBook, action_id: str, as_of: str) -> list[Support]:
    """The programmes in force that serve an action, as partners or funding routes."""
    return [
        Support(id=p.id, title=p.title, kind=p.kind, source=p.source.title, url=p.source.url, source_kind=p.source.kind)
        for p in book.frame.programmes
        if action_id in p.serves and in_period(as_of, p.from_, p.until)
    ]


@cache  # one shared, frozen label per field: every plan names the same fields
def label(name: str) -> Text2:
    """A profile field's name in both languages."""
    spec = field_specs()[name]
    return Text2(ja=spec.ja, en=spec.en)


def data_gaps(book: RuleBook, assessment: Assessment) -> list[DataGap]:
    """Every field an undecided rule needed, with the survey that asks for it and why it is missing."""
    specs = field_specs()
    by_field: dict[str, list[str]] = {}
    for f in assessment.findings:
        if f.status == "undecided":
            for name in f.unknown:
                by_field.setdefault(name, []).append(f.rule)
    out = []
    order = {name: i for i, name in enumerate(specs)}
    for name in sorted(by_field, key=order.__getitem__):
        known = assessment.state.fact(name)
        question = book.survey.questions.get(name)
        out.append(
            DataGap(
                field=name,
                title=label(name),
                rules=by_field[name],
                survey=book.survey_for(name),
                group=question.group if question else None,
                status=known.status if known else "unknown",
            )
        )
    return out


def survey_groups(book: RuleBook, gaps: list[DataGap], state: State, phraser: Phraser) -> list[SurveyGroup]:
    """What each respondent group is asked: every data gap, and every known fact that must be confirmed."""
    statuses = {g.field: g.status for g in gaps}
    for name in state.to_confirm:
        statuses.setdefault(name, state.fact(name).status)  # type: ignore[union-attr]
    out = []
    for group in book.survey.groups:
        fields = [n for n, q in book.survey.questions.items() if n in statuses and q.group == group.id]
        if not fields:
            continue
        items = [
            SurveyItem(
                field=n,
                label=label(n),
                question=phraser.text2(book.survey.questions[n], check=True),
                status=statuses[n],
            )
            for n in fields
        ]
        out.append(
            SurveyGroup(
                id=group.id,
                title=group.title,
                items=items,
                who=phraser.text2(group.who, check=True),
                questions=sum(1 for q in book.survey.questions.values() if q.group == group.id),
            )
        )
    return out


def rules_in_force(book: RuleBook, as_of: str) -> list[dict[str, Any]]:
    """The packs and the rules of each in force at as_of, for the plan's footer."""
    return [
        {"pack": p.pack, "version": p.version, "rules": [r.id for r in p.rules if in_force(r, as_of)]}
        for p in book.packs
    ]


def assumptions(overrides: dict[str, Any], profile_state: State) -> list[Assumption]:
    """Every what-if, beside what the profile itself says at the same date."""
    specs = field_specs()
    out = []
    for name in (n for n in specs if n in overrides):
        known = profile_state.fact(name)
        out.append(
            Assumption(
                field=name,
                label=label(name),
                value=overrides[name],
                profile_value=known.value if known else None,
            )
        )
    return out


def changes(before: Plan, after: Plan, before_state: State, after_state: State) -> list[Change]:
    """Actions added, dropped or moved from one plan to another, each with the facts that changed behind it."""
    changed = {f for f in after_state.values if after_state.values[f] != before_state.values.get(f)}
    old = {a.id: a for a in before.actions}
    new = {a.id: a for a in after.actions}

    def behind(action: Any, state: State) -> list[FactRef]:
        fields = dict.fromkeys(f.field for r in action.because for f in r.facts if f.field in changed)
        return [fact_ref(state, f) for f in fields]

    out = []
    for a in after.actions:
        if a.id not in old:
            out.append(
                Change(
                    id=a.id,
                    title=a.title,
                    kind="added",
                    rank_before=None,
                    rank_after=a.rank,
                    facts=behind(a, after_state),
                )
            )
        elif old[a.id].rank != a.rank:
            out.append(
                Change(
                    id=a.id,
                    title=a.title,
                    kind="moved",
                    rank_before=old[a.id].rank,
                    rank_after=a.rank,
                    facts=behind(a, after_state) or behind(old[a.id], after_state),
                )
            )
    for a in before.actions:
        if a.id not in new:
            out.append(
                Change(
                    id=a.id,
                    title=a.title,
                    kind="dropped",
                    rank_before=a.rank,
                    rank_after=None,
                    facts=behind(a, after_state),
                )
            )
    return out
