"""One planned action in words: what, target, period, who, deadline, funding, the facts behind it and the words."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from planner.i18n import date_text, join, months, period_text, pick, t
from planner.planning.plan import EvidenceRef, Plan, PlannedAction
from planner.render.paper import previous_line
from planner.render.values import Row, fact_line, label_of

if TYPE_CHECKING:
    from planner.render.paper import Sources


@dataclass
class ActionView:
    """One action in words."""

    anchor: str
    heading: str
    flags: list[str]
    description: str
    lines: list[tuple[str, str]]
    why: list[str]
    evidence: list[tuple[str, str]]
    evidence_more: str
    survey: list[tuple[str, str, list[Row], int]]


def action_view(plan: Plan, a: PlannedAction, lang: str, shown: int, small: int, sources: Sources) -> ActionView:
    """The action in words, with at most `shown` quotes and the joint-work offer for towns below `small`."""
    provisional = a.status == "provisional"
    why = [
        fact_line(f, lang, plan.years_for(f.field), recorded=provisional)
        for r in a.because
        if r.status in ("fired", "provisional")
        for f in r.facts
    ]
    evidence = [_evidence(e, plan, lang, sources) for e in a.evidence[:shown]]
    more = t("evidence_more", lang, n=len(a.evidence) - shown) if len(a.evidence) > shown else ""
    flags = [t(f"priority_{a.priority}", lang)]
    flags += ([t("provisional", lang)] if provisional else []) + late_flags(a, lang)
    return ActionView(
        anchor=a.id,
        heading=f"{a.rank}. {pick(a.title, lang)}",
        flags=flags,
        description=pick(a.description, lang),
        lines=_lines(plan, a, lang, small, sources),
        why=list(dict.fromkeys(why)),
        evidence=evidence,
        evidence_more=more,
        survey=_survey(a, lang),
    )


def _lines(plan: Plan, a: PlannedAction, lang: str, small: int, sources: Sources) -> list[tuple[str, str]]:
    """The action's labelled lines: target, period, lead, partners, deadline, funding, support, joint, after."""
    sep = "、" if lang == "ja" else ", "
    partners = sep.join(pick(plan.roles[r], lang) for r in a.partners) or "-"
    lines = [
        (t("target", lang), pick(a.target, lang)),
        *([(t("target_value", lang), target_value(a, lang))] if a.indicator else []),
        *([(t("basis", lang), pick(a.basis, lang))] if a.basis else []),
        (t("period", lang), _period(a, lang)),
        *([(t("department", lang), pick(a.department, lang))] if a.department else []),
        (t("lead", lang), pick(plan.roles[a.lead], lang)),
        (t("partners", lang), partners),
    ]
    if a.deadline:
        lines.append((t("deadline", lang), _deadline(a, lang)))
    funding = [s for s in a.support if s.kind == "funding"]
    lines.append(
        (
            t("funding", lang),
            sep.join(pick(s.title, lang) + sources.ref(s.source, s.url) for s in funding) or t("funding_none", lang),
        )
    )
    others = [s for s in a.support if s.kind != "funding"]
    if others:
        lines.append((t("support", lang), sep.join(pick(s.title, lang) + sources.ref(s.source, s.url) for s in others)))
    if a.joint:
        key = "joint_small" if a.joint.offered == "small" else "joint_if_small"
        mark = sources.ref(a.joint.where, a.joint.url)
        quote = f"「{a.joint.quote}」{mark}" if lang == "ja" else f" “{a.joint.quote}” {mark}"
        lines.append((t("joint", lang), t(key, lang, limit=f"{small:,}") + quote))
    if a.after:
        titles = [pick(next(x.title for x in plan.every_action if x.id == b), lang) for b in a.after]
        lines.append((t("after", lang), sep.join(titles)))
    if a.status == "provisional":
        lines.append((t("provisional_confirm", lang), _confirm(a, lang)))
    if a.previous is not None:
        lines.append((t("previous", lang), previous_line(a, plan.review_year, lang)))
    return lines


def target_value(a: PlannedAction, lang: str) -> str:
    """目標値 with its 活動指標: 確保した事業所 1か所."""
    assert a.indicator is not None and a.unit is not None
    unit = pick(a.unit, lang)
    value = f"{a.target_value}{unit}" if lang == "ja" else f"{a.target_value} {unit}"
    return f"{pick(a.indicator, lang)}：{value}" if lang == "ja" else f"{pick(a.indicator, lang)}: {value}"


def _confirm(a: PlannedAction, lang: str) -> str:
    """What would confirm a provisional action: its out-of-date facts, asked by the survey."""
    old = [f for r in a.because if r.status == "provisional" for f in r.facts if f.status in ("stale", "undated")]
    labels = join(list(dict.fromkeys(label_of(f.field, lang) for f in old)), lang)
    return t("confirm_text", lang, facts=labels)


def _period(a: PlannedAction, lang: str) -> str:
    if lang == "ja":
        line = f"{period_text(a.start, a.end, lang)}（{months(a.months, lang)}）"
        return line + (f"　{t('continues', lang)}" if a.beyond_year else "")
    line = f"{period_text(a.start, a.end, lang)} ({months(a.months, lang)})"
    return line + (f" — {t('continues', lang)}" if a.beyond_year else "")


def _deadline(a: PlannedAction, lang: str) -> str:
    assert a.deadline is not None
    note = t("overdue", lang) if a.overdue else t("due_before_start", lang) if a.due_before_start else ""
    return date_text(a.deadline, lang) + ((f"（{note}）" if lang == "ja" else f" ({note})") if note else "")


def _survey(a: PlannedAction, lang: str) -> list[tuple[str, str, list[Row], int]]:
    """Each respondent group the survey asks: its title, who answers, a row per item needed, its sheet's questions."""
    return [
        (
            pick(g.title, lang),
            pick(g.who, lang),
            [
                Row(
                    [
                        i.label.ja if lang == "ja" else i.label.en,
                        pick(i.question, lang),
                        t("to_confirm", lang)
                        if i.status in ("stale", "undated", "other_body")
                        else t("unknown_item", lang),
                    ],
                    flag="confirm" if i.status in ("stale", "undated", "other_body") else "",
                )
                for i in g.items
            ],
            g.questions,
        )
        for g in a.survey
    ]


def _evidence(e: EvidenceRef, plan: Plan, lang: str, sources: Sources) -> tuple[str, str]:
    where = e.where
    if e.seen_in and e.seen_in != plan.ward.name.ja:  # another municipality's case, never the reader's own
        where = f"{t('seen_in', lang, place=e.seen_in)}: {where}"
    return e.quote, f"{where}{sources.ref(e.title, e.url)}"


def survey_line(rows: list[Row], lang: str) -> str:
    """What a group is asked, as one line of labels; facts to confirm marked."""
    marked = [
        r.cells[0] + (f"（{r.cells[2]}）" if lang == "ja" else f" ({r.cells[2]})")
        if r.flag == "confirm"
        else r.cells[0]
        for r in rows
    ]
    return join(marked, lang)


def survey_counts(rows: list[Row], questions: int, lang: str) -> str:
    """How many of a sheet's questions the plan needs answered: unknown and to-confirm, of the sheet's total."""
    confirm = sum(1 for r in rows if r.flag == "confirm")
    return t("survey_counts", lang, total=questions, unknown=len(rows) - confirm, confirm=confirm)


def late_flags(a: PlannedAction, lang: str) -> list[str]:
    """期限超過, or 計画年度前に期限 when the deadline falls before the plan's year starts."""
    return [t("overdue", lang)] if a.overdue else [t("due_before_start_flag", lang)] if a.due_before_start else []
