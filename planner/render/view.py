"""A plan read in one language: every value, date, name and status already in words, for every renderer.

Markdown, HTML and the terminal table render this view, so a value is formatted in one place only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.dates import fiscal_year, fy_label_ja
from planner.i18n import MONTHS, date_text, fy_label, join, period_text, pick, t, ward_name
from planner.planning.plan import Plan, PlannedAction
from planner.planning.state import KnownFact
from planner.render.action_view import ActionView, action_view, survey_line
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
    """The plan in one language."""

    lang: str
    title: str
    banner: list[str]
    meta: list[tuple[str, str]]
    present_note: str
    present: list[tuple[str, list[Row]]]
    frame: list[Row]
    summary: list[Row]
    provisional_note: str
    scoring: str
    changes: list[Row] | None
    timeline_head: list[str]
    timeline: list[tuple[str, list[bool], bool]]
    actions: list[ActionView]
    pending: list[Row]
    roles: list[Row]
    model_title: str
    model_figure: str
    footer: list[str]
    headers: dict[str, list[str]] = field(default_factory=dict)


def _present_row(f: KnownFact, lang: str, plan: Plan) -> Row:
    source = f.source or ""
    if f.source_kind == "report":
        source = t("report", lang)
    row = Row(
        [
            label_of(f.field, lang),
            value_of(f.field, f.value, lang),
            date_text(f.as_of, lang),
            source,
            status_text(f.status, lang, plan.years_for(f.field), f.holder, f.source),
        ]
    )
    if f.url:
        row.links[3] = f.url
    row.flag = "" if f.status == "current" else "confirm"
    return row


def _as_of(as_of: str, lang: str) -> str:
    """The plan's date with the fiscal year it falls in: 令和元年5月（令和元年度）."""
    fy = fiscal_year(as_of if len(as_of) >= 7 else f"{as_of}-04")
    if lang == "ja":
        return f"{date_text(as_of, lang)}（{fy_label_ja(fy)}）"
    return f"{date_text(as_of, lang)} (FY{fy})"


def _meta(plan: Plan, lang: str) -> list[tuple[str, str]]:
    w = plan.ward
    kind = pick(w.kind_label, lang)
    meta = [
        (
            t("ward", lang),
            f"{ward_name(plan, lang)}（{kind}・{t('code', lang)} {w.code}）"
            if lang == "ja"
            else f"{ward_name(plan, lang)} ({kind}, code {w.code})",
        ),
        (t("area", lang), w.area_ja if lang == "ja" else f"{w.area_ja} ({w.area})"),
        (t("as_of", lang), _as_of(plan.as_of, lang)),
        (t("fiscal_year", lang), fy_label(plan.fiscal_year, lang)),
    ]
    if w.support_centre:
        meta.append((t("support_centre", lang), pick(w.support_centre, lang)))
    if w.hub_hospital:
        meta.append((t("hub", lang), pick(w.hub_hospital, lang)))
    known = (
        f"{w.total_fields}項目中{w.known_fields}項目を記録（うち判定に用いる現行の情報{w.current_fields}項目）"
        if lang == "ja"
        else f"{w.known_fields} of {w.total_fields} facts recorded ({w.current_fields} current, used by the rules)"
    )
    meta += [(t("profile", lang), known), (t("model", lang), pick(plan.model.title, lang))]
    return meta


def _summary_row(plan: Plan, a: PlannedAction, lang: str) -> Row:
    flags = ([t("provisional", lang)] if a.status == "provisional" else []) + (
        [t("overdue", lang)] if a.overdue else []
    )
    title = pick(a.title, lang) + "".join(f"【{f}】" if lang == "ja" else f" [{f}]" for f in flags)
    return Row(
        [
            str(a.rank),
            title,
            a.task,
            period_text(a.start, a.end, lang),
            pick(plan.roles[a.lead], lang),
            pick(a.target, lang),
            str(a.score),
        ],
        flag="provisional" if a.status == "provisional" else "overdue" if a.overdue else "",
    )


def build_view(plan: Plan, lang: str) -> View:
    """The plan in one language, ready for any renderer."""
    years, shown, limit = plan.freshness_years, plan.evidence_per_action, plan.small_below
    return View(
        lang=lang,
        title=f"{t('plan_title', lang)} — {ward_name(plan, lang)}",
        banner=_banner(plan, lang),
        meta=_meta(plan, lang),
        present_note=t("present_note", lang, years=years),
        present=[(pick(grp.title, lang), [_present_row(f, lang, plan) for f in grp.facts]) for grp in plan.present],
        frame=_frame(plan, lang),
        summary=[_summary_row(plan, a, lang) for a in plan.every_action],
        provisional_note=t("provisional_note", lang) if plan.provisional else "",
        scoring=t("scoring_text", lang),
        changes=_changes(plan, lang),
        timeline_head=MONTHS[lang],
        timeline=_timeline(plan, lang),
        actions=[action_view(plan, a, lang, shown, limit) for a in plan.every_action],
        pending=[Row([pick(p.title, lang), join([label_of(f, lang) for f in p.fields], lang)]) for p in plan.pending],
        roles=_roles(plan, lang),
        model_title=pick(plan.model.title, lang),
        model_figure=plan.model.figure,
        footer=_footer(plan, lang),
        headers=_headers(lang),
    )


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


def _frame(plan: Plan, lang: str) -> list[Row]:
    """The laws and plans in force, ended or drafted at the plan's date, each linked to its source."""
    status = {"in_force": t("frame_in_force", lang), "ended": t("frame_ended", lang), "draft": t("frame_draft", lang)}
    return [
        Row(
            [
                pick(i.title, lang),
                status[i.status],
                (date_text(i.start, lang) + ("～" + date_text(i.end, lang) if i.end else "")) if i.start else "",
                i.source,
            ],
            links={3: i.url},
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
    """Each action by task, then rank: the fiscal year's twelve months (April first) it runs in."""
    timeline = []
    for a in sorted(plan.every_action, key=lambda a: (a.task, a.rank)):
        s = (int(a.start[:4]) - plan.fiscal_year) * 12 + int(a.start[5:7]) - 4
        e = (int(a.end[:4]) - plan.fiscal_year) * 12 + int(a.end[5:7]) - 4
        mark = (
            (f"【{t('provisional', lang)}】" if lang == "ja" else f" [{t('provisional', lang)}]")
            if a.status == "provisional"
            else ""
        )
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
        "present": [t(k, lang) for k in ("item", "content", "date", "source", "remark")],
        "frame": [t("frame", lang), t("status", lang), t("period", lang), t("source", lang)],
        "summary": [t(k, lang) for k in ("rank", "action", "task", "period", "lead", "target", "score")],
        "changes": [t("changes", lang), t("action", lang), t("before_after", lang), t("facts_behind", lang)],
        "pending": [t("action", lang), t("needed", lang)],
        "roles": [t("role", lang), t("status", lang), t("facts_behind", lang)],
        "survey": [t("item", lang), "質問" if lang == "ja" else "Question", t("status", lang)],
    }
