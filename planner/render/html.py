"""One self-contained printable HTML page (A4, page numbers) from a Jinja2 template, autoescaped; inline SVG."""

from __future__ import annotations

from markupsafe import Markup

from planner.i18n import t
from planner.planning.plan import Plan
from planner.render.action_view import survey_counts
from planner.render.diagrams import model_svg, timeline_svg
from planner.render.jinja import environment, render_template
from planner.render.view import build_view, survey_line


def render_html(plan: Plan, lang: str) -> str:
    """The plan as one HTML page; every text from profiles and rules is escaped by the template engine."""
    view = build_view(plan, lang)
    css = environment().loader.get_source(environment(), "plan.css")[0]  # type: ignore[union-attr]
    return render_template(
        "plan.html.j2",
        v=view,
        t=t,
        css=Markup(css),
        timeline=Markup(timeline_svg(view)),
        model=Markup(model_svg(plan, lang)),
        survey_line=survey_line,
        survey_counts=survey_counts,
    )
