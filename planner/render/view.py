"""A plan read in one language: every value, date, name and status already in words, for every renderer.

Markdown, HTML and the terminal table render this view, so a value is formatted in one place only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from planner.dates import fiscal_year, fy_label_ja
from planner.i18n import (
    MONTHS,
    date_text,
    fmt_value,
    fy_label,
    join,
    months,
    period_text,
    pick,
    t,
    ward_name,
)
from planner.planning.assess import FactRef
from planner.planning.plan import EvidenceRef, Plan, PlannedAction
from planner.planning.state import KnownFact
from planner.profiles.fields import field_specs


@dataclass
class Row:
    """A table row: cells in order, plus an optional link per cell."""

    cells: list[str]
    links: dict[int, str] = field(default_factory=dict)
    flag: str = ""


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
    survey: list[tuple[str, str, list[Row]]]
    survey_command: str


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


def value_of(field: str, value: Any, lang: str) -> str:
    """A field's value in words with its unit (a fiscal year as agenda papers write it)."""
    spec = field_specs().get(field)
    if spec is not None and spec.kind == "year" and isinstance(value, int):
        return fy_label_ja(value) if lang == "ja" else f"FY{value}"
    return fmt_value(value, lang, spec.unit_ja if spec else None, spec.unit if spec else None)


def label_of(field: str, lang: str) -> str:
    """A field's label (never its path in Japanese output)."""
    spec = field_specs()[field]
    return spec.ja if lang == "ja" else spec.en


def status_text(status: str, lang: str, years: int, holder: str | None = None, source: str | None = None) -> str:
    """Why a known fact does or does not decide rules: 要確認, another body's, an assumption."""
    if status == "current":
        return ""
    if status == "derived":
        return t("status_derived", lang, source=label_of(source, lang) if source in field_specs() else source or "")
    return t(f"status_{status}", lang, years=years, holder=holder or "")


def fact_line(ref: FactRef, lang: str, years: int) -> str:
    """A fact behind a rule: label: value (date, status)."""
    extra = [x for x in (date_text(ref.as_of, lang), status_text(ref.status, lang, years)) if x]
    sep = "、" if lang == "ja" else "; "
    label = label_of(ref.field, lang)
    value = (
        value_of(ref.field, ref.value, lang)
        if ref.status not in ("stale", "undated", "other_body")
        else t("value_unknown", lang)
    )
    tail = (f"（{sep.join(extra)}）" if lang == "ja" else f" ({sep.join(extra)})") if extra else ""
    return f"{label}: {value}{tail}"


def _present_row(f: KnownFact, lang: str, years: int) -> Row:
    source = f.source or ""
    if f.source_kind == "report":
        source = t("report", lang)
    row = Row(
        [
            label_of(f.field, lang),
            value_of(f.field, f.value, lang),
            date_text(f.as_of, lang),
            source,
            status_text(f.status, lang, years, f.holder, f.source),
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
    flags = [t("overdue", lang)] if a.overdue else []
    title = pick(a.title, lang) + (f"【{flags[0]}】" if flags and lang == "ja" else f" [{flags[0]}]" if flags else "")
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
        flag="overdue" if a.overdue else "",
    )


def _evidence(e: EvidenceRef, plan: Plan, lang: str) -> tuple[str, str]:
    where = e.where
    if e.seen_in and e.seen_in != plan.ward.name.ja:  # another municipality's case, never the reader's own
        where = f"{t('seen_in', lang, place=e.seen_in)}: {where}"
    return e.quote, where


def _action_view(plan: Plan, a: PlannedAction, lang: str, shown: int, small: int) -> ActionView:
    years = plan.freshness_years
    sep = "、" if lang == "ja" else ", "
    partners = sep.join(pick(plan.roles[r], lang) for r in a.partners) or "-"
    p = a.score_parts
    parts = (
        f"{t('severity', lang)}{p.severity}＋{t('lessons', lang)}{p.lessons}＋{t('gap', lang)}{p.gap}＋"
        f"{t('weight', lang)}{p.weight}" + (f"＋{t('overdue_points', lang)}{p.overdue}" if p.overdue else "")
        if lang == "ja"
        else f"{t('severity', lang)} {p.severity} + {t('lessons', lang)} {p.lessons} + {t('gap', lang)} {p.gap} + "
        f"{t('weight', lang)} {p.weight}" + (f" + {t('overdue_points', lang)} {p.overdue}" if p.overdue else "")
    )
    lines = [
        (t("target", lang), pick(a.target, lang)),
        (
            t("period", lang),
            f"{period_text(a.start, a.end, lang)}（{months(a.months, lang)}）"
            if lang == "ja"
            else f"{period_text(a.start, a.end, lang)} ({months(a.months, lang)})"
            + ("" if not a.beyond_year else f" — {t('continues', lang)}"),
        ),
        (t("lead", lang), pick(plan.roles[a.lead], lang)),
        (t("partners", lang), partners),
    ]
    if a.deadline:
        lines.append(
            (
                t("deadline", lang),
                f"{date_text(a.deadline, lang)}"
                + (
                    f"（{t('overdue', lang)}）"
                    if a.overdue and lang == "ja"
                    else f" ({t('overdue', lang)})"
                    if a.overdue
                    else ""
                ),
            )
        )
    if a.support:
        lines.append((t("support", lang), sep.join(pick(s.title, lang) for s in a.support)))
    if a.joint:
        key = "joint_small" if a.joint.offered == "small" else "joint_if_small"
        lines.append(
            (
                t("joint", lang),
                t(key, lang, limit=f"{small:,}")
                + (
                    f"「{a.joint.quote}」（{a.joint.where}）"
                    if lang == "ja"
                    else f" “{a.joint.quote}” ({a.joint.where})"
                ),
            )
        )
    if a.after:
        titles = [pick(next(x.title for x in plan.actions if x.id == b), lang) for b in a.after]
        lines.append((t("after", lang), sep.join(titles)))
    lines.append((t("score", lang), f"{a.score}（{parts}）" if lang == "ja" else f"{a.score} ({parts})"))
    why = [fact_line(f, lang, years) for r in a.because if r.status == "fired" for f in r.facts]
    evidence = [_evidence(e, plan, lang) for e in a.evidence[:shown]]
    more = t("evidence_more", lang, n=len(a.evidence) - shown) if len(a.evidence) > shown else ""
    survey = [
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
        )
        for g in a.survey
    ]
    command = f"planner survey export {plan.ward.id} --out {plan.ward.id}-survey.xlsx" if a.survey else ""
    flags = [t("overdue", lang)] if a.overdue else []
    return ActionView(
        anchor=a.id,
        heading=f"{a.rank}. {pick(a.title, lang)}",
        flags=flags,
        description=pick(a.description, lang),
        lines=lines,
        why=list(dict.fromkeys(why)),
        evidence=evidence,
        evidence_more=more,
        survey=survey,
        survey_command=command,
    )


def survey_line(rows: list[Row], lang: str) -> str:
    """What a group is asked, as one line of labels; facts to confirm marked."""
    marked = [
        r.cells[0] + (f"（{r.cells[2]}）" if lang == "ja" else f" ({r.cells[2]})")
        if r.flag == "confirm"
        else r.cells[0]
        for r in rows
    ]
    return join(marked, lang)


def build_view(plan: Plan, lang: str) -> View:
    """The plan in one language, ready for any renderer."""
    years, shown, limit = plan.freshness_years, plan.evidence_per_action, plan.small_below
    banner = [
        f"{pick(x.label, lang)}: {value_of(x.field, x.value, lang)}（{t('profile_says', lang)}: "
        f"{value_of(x.field, x.profile_value, lang)}）"
        if lang == "ja"
        else f"{pick(x.label, lang)}: {value_of(x.field, x.value, lang)} ({t('profile_says', lang)}: "
        f"{value_of(x.field, x.profile_value, lang)})"
        for x in plan.assumptions
    ]
    status = {"in_force": t("frame_in_force", lang), "ended": t("frame_ended", lang), "draft": t("frame_draft", lang)}
    frame = [
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
    changes = None
    if plan.changes is not None:
        kinds = {
            "added": t("change_added", lang),
            "dropped": t("change_dropped", lang),
            "moved": t("change_moved", lang),
        }
        changes = [
            Row(
                [
                    kinds[c.kind],
                    pick(c.title, lang),
                    f"{c.rank_before or '-'} → {c.rank_after or '-'}",
                    join(list(dict.fromkeys(fact_line(f, lang, years) for f in c.facts)), lang),
                ]
            )
            for c in plan.changes
        ]
    timeline = []
    for a in sorted(plan.actions, key=lambda a: (a.task, a.rank)):
        s = (int(a.start[:4]) - plan.fiscal_year) * 12 + int(a.start[5:7]) - 4
        e = (int(a.end[:4]) - plan.fiscal_year) * 12 + int(a.end[5:7]) - 4
        timeline.append((f"{a.rank}. {pick(a.title, lang)}", [s <= m <= e for m in range(12)], a.beyond_year))
    pending = [Row([pick(p.title, lang), join([label_of(f, lang) for f in p.fields], lang)]) for p in plan.pending]
    role_status = {
        "present": t("present_role", lang),
        "missing": t("missing_role", lang),
        "unknown": t("unknown_role", lang),
    }
    roles = [
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
    footer = [
        f"{t('rules_in_force', lang)}: {counts}",
        f"planner {g.planner} — {g.rulebook}",
        f"profile sha256 {g.profile_sha256}",
        f"rules sha256 {g.rules_sha256}",
        f"models sha256 {g.models_sha256}",
    ]
    return View(
        lang=lang,
        title=f"{t('plan_title', lang)} — {ward_name(plan, lang)}",
        banner=banner,
        meta=_meta(plan, lang),
        present_note=t("present_note", lang, years=years),
        present=[(pick(grp.title, lang), [_present_row(f, lang, years) for f in grp.facts]) for grp in plan.present],
        frame=frame,
        summary=[_summary_row(plan, a, lang) for a in plan.actions],
        scoring=t("scoring_text", lang),
        changes=changes,
        timeline_head=MONTHS[lang],
        timeline=timeline,
        actions=[_action_view(plan, a, lang, shown, limit) for a in plan.actions],
        pending=pending,
        roles=roles,
        model_title=pick(plan.model.title, lang),
        model_figure=plan.model.figure,
        footer=footer,
        headers={
            "present": [t(k, lang) for k in ("item", "content", "date", "source", "remark")],
            "frame": [t("frame", lang), t("status", lang), t("period", lang), t("source", lang)],
            "summary": [t(k, lang) for k in ("rank", "action", "task", "period", "lead", "target", "score")],
            "changes": [t("changes", lang), t("action", lang), t("before_after", lang), t("facts_behind", lang)],
            "pending": [t("action", lang), t("needed", lang)],
            "roles": [t("role", lang), t("status", lang), t("facts_behind", lang)],
            "survey": [t("item", lang), "質問" if lang == "ja" else "Question", t("status", lang)],
        },
    )
