"""Terminal rendering with tabulate, readable in 100 columns."""

from __future__ import annotations

import unicodedata

from tabulate import tabulate

from planner.i18n import fy_label, pick, t, ward_name
from planner.planning.build import Plan
from planner.render.common import short

WIDTH = 100


def cells(text: str) -> int:
    """Terminal columns: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap(text: str, lang: str, indent: str = "  ") -> list[str]:
    lines, current = [], indent
    for word in text.split(" "):
        if cells(current) + cells(word) + 1 > WIDTH and current.strip():
            lines.append(current.rstrip())
            current = indent
        current += word + " "
    if current.strip():
        lines.append(current.rstrip())
    return lines


def render_table(plan: Plan, lang: str) -> str:
    w = plan.ward
    lines = [
        f"{t('plan_title', lang)} — {ward_name(plan, lang)}",
        f"{t('area', lang)}: {w.area_ja} ({w.area})   {t('as_of', lang)}: {plan.as_of}",
        f"{t('fiscal_year', lang)}: {fy_label(plan.fiscal_year, lang)}",
        f"{t('completeness', lang)}: {w.known_fields}/{w.total_fields} {t('fields_known', lang)}",
        f"{t('model', lang)}: {pick(plan.model.title, lang)}",
        "",
    ]
    rows = [
        [
            a.rank,
            a.score,
            pick(a.title, lang),
            a.task,
            " ".join(a.lessons),
            f"{a.start[2:]}–{a.end[2:]}" + ("+" if a.beyond_year else ""),
            short(pick(plan.roles[a.lead], lang)),
        ]
        for a in plan.actions
    ]
    if rows:
        lines.append(
            tabulate(
                rows,
                headers=[t(k, lang) for k in ("rank", "score", "action", "task", "lessons", "period", "lead")],
                maxcolwidths=[None, None, 30 if lang == "ja" else 32, None, 12, None, 12],
                disable_numparse=True,
            )
        )
    else:
        lines.append(t("no_actions", lang))
    lines += ["", f"{t('data_gaps', lang)}: {len(plan.data_gaps)}"]
    if plan.data_gaps:
        gap_rows = [[g.field, pick(g.title, lang), g.survey or "-"] for g in plan.data_gaps]
        lines.append(tabulate(gap_rows, headers=[t("field", lang), "", t("survey", lang)], maxcolwidths=[40, 34, 18]))
    roles = [f"{short(pick(r.title, lang))}: {t(r.status, lang)}" for r in plan.model.roles]
    lines += ["", f"{t('model', lang)}:", *wrap("; ".join(roles), lang)]
    g = plan.generated_by
    lines += ["", f"{t('generated_by', lang)}: planner {g.planner}; {g.rulebook}; profile {g.profile_sha256[:12]}"]
    return "\n".join(lines) + "\n"
