"""Markdown for councils: summary, timeline, Mermaid model with missing roles marked, evidence."""

from __future__ import annotations

from planner.i18n import MONTHS, fy_label, months, pick, t, ward_name
from planner.planning.build import Plan
from planner.render.common import fact_line, period, span


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def mermaid(plan: Plan, lang: str) -> list[str]:
    out = ["```mermaid", "flowchart TB"]
    for r in plan.model.roles:
        label = pick(r.title, lang).replace('"', "'")
        mark = {"present": "", "missing": " ✗", "unknown": " ?"}[r.status]
        out.append(f'  {r.id.replace("-", "_")}["{label}{mark}"]:::{r.status}')
    for a, b in plan.model.links:
        out.append(f"  {a.replace('-', '_')} --- {b.replace('-', '_')}")
    out += [
        "  classDef present fill:#e8f4ea,stroke:#2e7d32",
        "  classDef missing fill:#fdecea,stroke:#c62828,stroke-width:2px,stroke-dasharray:5 3",
        "  classDef unknown fill:#f2f2f2,stroke:#9e9e9e,color:#555",
        "```",
    ]
    return out


def timeline(plan: Plan, lang: str) -> list[str]:
    head = "| # | " + _cell(t("action", lang)) + " | " + " | ".join(MONTHS[lang]) + " |"
    out = [head, "|---|---|" + "---|" * 12]
    for task in sorted(plan.tasks):
        for a in (x for x in plan.actions if x.task == task):
            s, e = span(plan, a)
            cells = ["■" if s <= m <= e else "" for m in range(12)]
            tail = " →" if a.beyond_year else ""
            out.append(f"| {a.rank} | {task} {_cell(pick(a.title, lang))}{tail} | " + " | ".join(cells) + " |")
    return out


def render_md(plan: Plan, lang: str) -> str:
    w = plan.ward
    L: list[str] = [f"# {t('plan_title', lang)} — {ward_name(plan, lang)}", ""]
    L += [f"- {t('area', lang)}: {w.area_ja} (`{w.area}`)"]
    if w.hub_hospital:
        L += [f"- {t('hub', lang)}: {pick(w.hub_hospital, lang)}"]
    L += [
        f"- {t('as_of', lang)}: {plan.as_of}",
        f"- {t('fiscal_year', lang)}: {fy_label(plan.fiscal_year, lang)}",
        f"- {t('completeness', lang)}: {w.known_fields}/{w.total_fields} {t('fields_known', lang)}",
        f"- {t('model', lang)}: {pick(plan.model.title, lang)}",
        "",
    ]
    L += [f"## {t('summary', lang)}", ""]
    if plan.actions:
        L += [
            f"| {t('rank', lang)} | {t('score', lang)} | {t('action', lang)} | {t('task', lang)} | "
            f"{t('lessons', lang)} | {t('period', lang)} | {t('lead', lang)} |",
            "|---|---|---|---|---|---|---|",
        ]
        for a in plan.actions:
            L.append(
                f"| {a.rank} | {a.score} | {_cell(pick(a.title, lang))} | {a.task} | {', '.join(a.lessons)} | "
                f"{a.start} – {a.end} | {_cell(pick(plan.roles[a.lead], lang))} |"
            )
    else:
        L.append(t("no_actions", lang))
    L += ["", f"> {t('scoring', lang)}: {t('scoring_text', lang)}", ""]
    L += [f"## {t('timeline', lang)} — {fy_label(plan.fiscal_year, lang)}", "", *timeline(plan, lang), ""]
    L += (
        [f"## {t('model', lang)}: {pick(plan.model.title, lang)}", "", f"*{plan.model.figure}* — {t('legend', lang)}", "", *mermaid(plan, lang), ""]
    )
    L += [f"| {t('role', lang)} | {t('status', lang)} | {t('facts', lang)} |", "|---|---|---|"]
    for r in plan.model.roles:
        facts = ", ".join(f"`{k}` = {v if v is not None else t('value_unknown', lang)}" for k, v in r.fields.items())
        L.append(f"| {_cell(pick(r.title, lang))} | {t(r.status, lang)} | {facts} |")
    L += ["", f"## {t('actions', lang)}", ""]
    for a in plan.actions:
        L += _action(plan, a, lang)
    L += [f"## {t('data_gaps', lang)}", ""]
    if plan.data_gaps:
        L += [f"| {t('field', lang)} | | {t('rules', lang)} | {t('survey', lang)} |", "|---|---|---|---|"]
        for g in plan.data_gaps:
            L.append(f"| `{g.field}` | {_cell(pick(g.title, lang))} | {', '.join(g.rules)} | {g.survey or '-'} |")
    else:
        L.append(t("no_gaps", lang))
    g = plan.generated_by
    L += [
        "",
        f"## {t('generated_by', lang)}",
        "",
        f"- planner {g.planner}; rule book {g.rulebook}",
        f"- profile sha256 `{g.profile_sha256}`",
        f"- rules sha256 `{g.rules_sha256}`",
        f"- models sha256 `{g.models_sha256}`",
        "",
    ]
    return "\n".join(L)


def _action(plan: Plan, a, lang: str) -> list[str]:  # type: ignore[no-untyped-def]
    p = a.score_parts
    L = [
        f"### {a.rank}. {pick(a.title, lang)} (`{a.id}`)",
        "",
        pick(a.description, lang),
        "",
        f"- {t('score', lang)}: **{a.score}** ({t('parts', lang)}: {t('severity', lang)} {p.severity} + "
        f"{t('lessons', lang)} {p.lessons} + {t('gap', lang)} {p.gap} + {t('weight', lang)} {p.weight})",
        f"- {t('task', lang)}: {a.task} {pick(plan.tasks[a.task], lang)}; {t('lessons', lang)}: "
        + ", ".join(f"{x} {pick(plan.lessons[x], lang)}" for x in a.lessons),
        f"- {t('period', lang)}: {period(plan, a, lang)} ({months(a.months, lang)})",
        f"- {t('lead', lang)}: {pick(plan.roles[a.lead], lang)} ({t(a.lead_status, lang)}); {t('partners', lang)}: "
        + (", ".join(pick(plan.roles[r], lang) for r in a.partners) or "-"),
        f"- {t('target', lang)}: {pick(a.target, lang)}",
    ]
    if a.after:
        L.append(f"- {t('after', lang)}: " + ", ".join(a.after))
    L += ["", f"**{t('why', lang)}**", ""]
    for r in a.because:
        L.append(f"- `{r.rule}` {pick(r.title, lang)} — {t(r.status, lang)}")
        for f in r.facts:
            L.append(f"  - {fact_line(f, lang)}")
    L += ["", f"**{t('evidence', lang)}**", ""]
    seen = set()
    for ev in a.evidence:
        if (ev.quote, ev.where) in seen:
            continue
        seen.add((ev.quote, ev.where))
        L += [f"> {ev.quote}", ">", f"> — {ev.where} ({ev.source}, {ev.kind})", ""]
    return L
