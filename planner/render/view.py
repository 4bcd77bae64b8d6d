"""A plan read as a council paper in one language: every value, date, name and status already in words.

Markdown, HTML and the terminal table render this view, so a value is formatted in one place only. The body holds
what a council reads (趣旨, 現状と課題, 取組案, 協議事項); sources, scores, rule ids, commands and the reproducibility
stamp are in the appendix (別紙) and the JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.dates import fiscal_year, fy_label_ja
from planner.i18n import MONTHS, date_text, fy_label, fy_label_short, join, period_text, pick, t, ward_name
from planner.planning.build import REPORT_TITLE
from planner.planning.plan import Pending, Plan, PlannedAction
from planner.planning.state import KnownFact
from planner.render.action_view import ActionView, action_view, late_flags, survey_line
from planner.render.paper import (
    Sources,
    agenda,
    directions,
    issues,
    purpose,
    review_rows,
    rule_rows,
    score_rows,
    scoring_text,
)
from planner.render.values import Row, fact_line, label_of, status_text, value_of

# The names renderers, the questionnaire and tests import from here, wherever they are defined.
__all__ = [
    "ActionView",
    "Row",
    "View",
    "build_view",
    "fact_line",
    "label_of",
    "status_text",
    "survey_line",
    "value_of",
]


@dataclass
class View:
    """The plan in one language, section by section as the paper prints them."""

    lang: str
    fy: str
    doc_no: str
    title: str
    subject: str
    byline: str
    banner: list[str]
    purpose: list[str]
    meta: list[tuple[str, str]]
    present_note: str
    present: list[tuple[str, list[Row]]]
    frame: list[Row]
    review_title: str
    review: list[Row]
    issues: list[str]
    directions: list[str]
    next_years: list[Row]
    summary: list[Row]
    provisional_note: str
    provisional_summary: list[Row]
    changes: list[Row] | None
    timeline_head: list[str]
    timeline: list[tuple[str, list[bool], bool]]
    actions: list[ActionView]
    provisional: list[ActionView]
    pending: list[Row]
    roles: list[Row]
    model_title: str
    model_figure: str
    agenda: list[str]
    numbers: dict[str, str]
    sources: list[Row]
    scoring: str
    scores: list[Row]
    rules: list[Row]
    survey_command: str
    footer: list[str]
    headers: dict[str, list[str]] = field(default_factory=dict)


def section_numbers(plan: Plan) -> dict[str, str]:
    """The paper's section numbers: the sections for provisional and pending actions appear only when needed."""
    out = {"purpose": "1", "present": "2", "actions": "3"}
    n = 4
    for key, shown in (("provisional", bool(plan.provisional)), ("pending", bool(plan.pending))):
        out[key] = str(n) if shown else ""
        n += shown
    out["model"], out["agenda"] = str(n), str(n + 1)
    return out


def _present_row(f: KnownFact, lang: str, plan: Plan, sources: Sources) -> Row:
    source = REPORT_TITLE if f.source_kind == "report" else f.source
    status = status_text(f.status, lang, plan.years_for(f.field), f.holder, f.source)
    return Row(
        [
            label_of(f.field, lang),
            value_of(f.field, f.value, lang),
            date_text(f.as_of, lang),
            status,
            f.note or "",
            sources.ref(source, f.url),
        ],
        flag="" if f.status == "current" else "confirm",
        mark=3,
    )


def _as_of(as_of: str, lang: str) -> str:
    """The plan's date with the fiscal year it falls in: 令和元年5月（令和元年度）."""
    fy = fiscal_year(as_of if len(as_of) >= 7 else f"{as_of}-04")
    if lang == "ja":
        return f"{date_text(as_of, lang)}（{fy_label_ja(fy)}）"
    return f"{date_text(as_of, lang)} (FY{fy})"


def _meta(plan: Plan, lang: str) -> list[tuple[str, str]]:
    """基本情報: the municipality, its area and population, the plan's date and year, the centre serving it."""
    w = plan.ward
    kind = pick(w.kind_label, lang)
    meta = [
        (
            t("ward", lang),
            f"{ward_name(plan, lang)}（{kind}）" if lang == "ja" else f"{ward_name(plan, lang)} ({kind})",
        ),
        (t("area", lang), w.area_ja if lang == "ja" else f"{w.area_ja} ({w.area})"),
    ]
    if w.population is not None:
        pop = value_of("children.population", w.population.value, lang)
        meta.append((t("population", lang), f"{pop}（{date_text(w.population.as_of, lang)}）"))
    year = fy_label(plan.fiscal_year, lang)
    if plan.start[5:7] != "04":  # --start in the middle of a year: the plan covers what is left of it
        rest = period_text(plan.start, f"{plan.fiscal_year + 1}-03", lang)
        year = t("rest_of_year", lang, fy=fy_label_short(plan.fiscal_year, lang), period=rest)
    meta += [(t("as_of", lang), _as_of(plan.as_of, lang)), (t("fiscal_year", lang), year)]
    if w.support_centre:
        meta.append((t("support_centre", lang), pick(w.support_centre, lang)))
    if w.hub_hospital:
        meta.append((t("hub", lang), pick(w.hub_hospital, lang)))
    known = t("known_facts", lang, known=w.known_fields, total=w.total_fields, current=w.current_fields)
    return [*meta, (t("recorded", lang), known)]


def _summary_row(plan: Plan, a: PlannedAction, lang: str) -> Row:
    flags = late_flags(a, lang)
    title = pick(a.title, lang) + "".join(f"【{f}】" if lang == "ja" else f" [{f}]" for f in flags)
    return Row(
        [
            str(a.rank),
            title,
            t(f"priority_{a.priority}", lang),
            period_text(a.start, a.end, lang),
            pick(plan.roles[a.lead], lang),
            pick(a.target, lang),
        ],
        flag="overdue" if a.overdue or a.due_before_start else "",
    )


def build_view(plan: Plan, lang: str) -> View:
    """The plan in one language, ready for any renderer."""
    shown, limit = plan.evidence_per_action, plan.small_below
    sources = Sources(lang)
    present = [(pick(g.title, lang), [_present_row(f, lang, plan, sources) for f in g.facts]) for g in plan.present]
    frame = _frame(plan, lang, sources)
    numbers = section_numbers(plan)
    return View(
        lang=lang,
        fy=fy_label_short(plan.fiscal_year, lang),
        doc_no=t("doc_no", lang),
        title=f"{t('plan_title', lang)} — {ward_name(plan, lang)}",
        subject=t("subject", lang, name=ward_name(plan, lang), fy=fy_label_short(plan.fiscal_year, lang)),
        byline=t("byline", lang, date=date_text(plan.as_of, lang), name=plan.ward.name.ja),
        banner=_banner(plan, lang),
        purpose=purpose(plan, lang),
        meta=_meta(plan, lang),
        present_note=t("present_note", lang, years=plan.freshness_years),
        present=present,
        frame=frame,
        review_title=t("review", lang, fy=fy_label_short(plan.review_year, lang)) if plan.review_year else "",
        review=review_rows(plan, lang),
        issues=issues(plan, lang),
        directions=directions(plan, lang),
        next_years=[_next_year_row(plan, a, lang) for a in plan.next_years],
        summary=[_summary_row(plan, a, lang) for a in plan.actions],
        provisional_note=t("provisional_note", lang) if plan.provisional else "",
        provisional_summary=[_summary_row(plan, a, lang) for a in plan.provisional],
        changes=_changes(plan, lang),
        timeline_head=MONTHS[lang],
        timeline=_timeline(plan, lang),
        actions=[action_view(plan, a, lang, shown, limit, sources) for a in plan.actions],
        provisional=[action_view(plan, a, lang, shown, limit, sources) for a in plan.provisional],
        pending=[_pending_row(plan, p, lang) for p in plan.pending],
        roles=_roles(plan, lang),
        model_title=pick(plan.model.title, lang),
        model_figure=plan.model.figure,
        agenda=agenda(plan, lang, numbers),
        numbers=numbers,
        sources=sources.rows(),
        scoring=scoring_text(plan, lang),
        scores=score_rows(plan, lang),
        rules=rule_rows(plan, lang),
        survey_command=f"planner survey export {plan.ward.id} --out {plan.ward.id}-survey.xlsx",
        footer=_footer(plan, lang),
        headers=_headers(lang),
    )


def _next_year_row(plan: Plan, a: PlannedAction, lang: str) -> Row:
    """An action for a later year: the fiscal year and month it can start."""
    starts = (
        f"{fy_label_short(fiscal_year(a.start), lang)}（{date_text(a.start, lang)}）"
        if lang == "ja"
        else (f"FY{fiscal_year(a.start)} ({date_text(a.start, lang)})")
    )
    return Row(
        [str(a.rank), pick(a.title, lang), t(f"priority_{a.priority}", lang), starts, pick(plan.roles[a.lead], lang)]
    )


def _pending_row(plan: Plan, p: Pending, lang: str) -> Row:
    """An action the survey decides: the facts it needs, and what the record says where it says the need is met."""
    said = ""
    if p.met_on_record:
        facts = join([fact_line(f, lang, plan.years_for(f.field), recorded=True) for f in p.recorded], lang)
        said = t("met_on_record", lang, facts=facts)
    return Row([pick(p.title, lang), join([label_of(f, lang) for f in p.fields], lang), said])


def _banner(plan: Plan, lang: str) -> list[str]:
    """The what-if assumptions, each with the value the profile itself holds."""
    return [
        f"{pick(x.label, lang)}: {value_of(x.field, x.value, lang)}（{t('profile_says', lang)}: "
        f"{value_of(x.field, x.profile_value, lang)}）"
        if lang == "ja"
        else f"{pick(x.label, lang)}: {value_of(x.field, x.value, lang)} ({t('profile_says', lang)}: "
        f"{value_of(x.field, x.profile_value, lang)})"
        for x in plan.assumptions
    ]


def _frame(plan: Plan, lang: str, sources: Sources) -> list[Row]:
    """The laws and plans in force, ended or drafted at the plan's date, each citing its source."""
    status = {"in_force": t("frame_in_force", lang), "ended": t("frame_ended", lang), "draft": t("frame_draft", lang)}
    return [
        Row(
            [
                pick(i.title, lang),
                status[i.status],
                (date_text(i.start, lang) + ("～" + date_text(i.end, lang) if i.end else "")) if i.start else "",
                sources.ref(i.source, i.url),
            ]
        )
        for i in plan.frame
    ]


def _changes(plan: Plan, lang: str) -> list[Row] | None:
    """What the what-ifs change (None without what-ifs): actions added, dropped or moved, and the facts why."""
    if plan.changes is None:
        return None
    kinds = {
        "added": t("change_added", lang),
        "dropped": t("change_dropped", lang),
        "moved": t("change_moved", lang),
    }
    return [
        Row(
            [
                kinds[c.kind],
                pick(c.title, lang),
                f"{c.rank_before or '-'} → {c.rank_after or '-'}",
                join(list(dict.fromkeys(fact_line(f, lang, plan.years_for(f.field)) for f in c.facts)), lang),
            ]
        )
        for c in plan.changes
    ]


def _timeline(plan: Plan, lang: str) -> list[tuple[str, list[bool], bool]]:
    """Each action in rank order: the fiscal year's twelve months (April first) it runs in."""
    timeline = []
    for a in [*plan.actions, *plan.provisional]:
        s = (int(a.start[:4]) - plan.fiscal_year) * 12 + int(a.start[5:7]) - 4
        e = (int(a.end[:4]) - plan.fiscal_year) * 12 + int(a.end[5:7]) - 4
        mark = ""
        if a.status == "provisional":
            mark = f"【{t('provisional', lang)}】" if lang == "ja" else f" [{t('provisional', lang)}]"
        timeline.append((f"{a.rank}. {pick(a.title, lang)}{mark}", [s <= m <= e for m in range(12)], a.beyond_year))
    return timeline


def _roles(plan: Plan, lang: str) -> list[Row]:
    """The regional model's roles: present, missing or unknown, and the facts that say so."""
    role_status = {
        "present": t("present_role", lang),
        "missing": t("missing_role", lang),
        "unknown": t("unknown_role", lang),
    }
    return [
        Row(
            [
                pick(r.title, lang),
                role_status[r.status],
                join([f"{label_of(k, lang)}: {value_of(k, v, lang)}" for k, v in r.fields.items()], lang),
            ],
            flag=r.status,
            mark=1,
        )
        for r in plan.model.roles
    ]


def _footer(plan: Plan, lang: str) -> list[str]:
    """The rule packs in force and the versions and hashes the plan was made from."""
    counts = join(
        [
            f"{x['pack']}（{x['version']}）{t('rules_count', lang, n=len(x['rules']))}"
            if lang == "ja"
            else f"{x['pack']} ({x['version']}): {t('rules_count', lang, n=len(x['rules']))}"
            for x in plan.rules_in_force
        ],
        lang,
    )
    g = plan.generated_by
    return [
        f"{t('rules_in_force', lang)}: {counts}",
        f"planner {g.planner} — {g.rulebook}",
        f"profile sha256 {g.profile_sha256}",
        f"rules sha256 {g.rules_sha256}",
        f"models sha256 {g.models_sha256}",
    ]


def _headers(lang: str) -> dict[str, list[str]]:
    """The column heads of every table in the view."""
    return {
        "present": [t(k, lang) for k in ("item", "content", "date", "status", "remark", "source")],
        "frame": [t("frame", lang), t("status", lang), t("period", lang), t("source", lang)],
        "summary": [t(k, lang) for k in ("number", "action", "priority", "period", "lead", "target")],
        "next_years": [t(k, lang) for k in ("number", "action", "priority", "starts_in", "lead")],
        "review": [
            t(k, lang) for k in ("action", "council_decision", "done", "indicator_actual", "evaluation", "this_year")
        ],
        "changes": [t("changes", lang), t("action", lang), t("before_after", lang), t("facts_behind", lang)],
        "pending": [t("action", lang), t("needed", lang), t("on_record", lang)],
        "roles": [t("role", lang), t("status", lang), t("facts_behind", lang)],
        "sources": [t("number", lang), t("document", lang)],
        "scores": [t(k, lang) for k in ("number", "action", "priority", "score", "score_parts", "lessons")],
        "rules": [t("action", lang), t("rules_behind", lang)],
        "survey": [t("item", lang), "質問" if lang == "ja" else "Question", t("status", lang)],
    }
