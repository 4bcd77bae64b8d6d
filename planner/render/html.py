"""One self-contained printable HTML page from a Jinja2 template (autoescaped); figures as inline SVG."""

from __future__ import annotations

from markupsafe import Markup

from planner.i18n import fy_label, pick, t, ward_name
from planner.planning.build import Plan
from planner.render.common import fact_line, period
from planner.render.diagrams import model_svg, timeline_svg
from planner.render.jinja import environment, render_template


def render_html(plan: Plan, lang: str) -> str:
    """The plan as one HTML page; every text from profiles and rules is escaped by the template engine."""
    css = environment().loader.get_source(environment(), "plan.css")[0]  # type: ignore[union-attr]
    return render_template(
        "plan.html.j2",
        plan=plan,
        lang=lang,
        w=plan.ward,
        css=Markup(css),
        title=f"{t('plan_title', lang)} — {ward_name(plan, lang)}",
        year=fy_label(plan.fiscal_year, lang),
        timeline=Markup(timeline_svg(plan, lang)),
        model=Markup(model_svg(plan, lang)),
        t=t,
        pick=pick,
        period=period,
        fact_line=fact_line,
        evidence=_distinct_evidence,
    )


def _distinct_evidence(action: object) -> list[object]:
    seen: set[tuple[str, str]] = set()
    out = []
    for ev in action.evidence:  # type: ignore[attr-defined]
        if (ev.quote, ev.where) not in seen:
            seen.add((ev.quote, ev.where))
            out.append(ev)
    return out
