"""Renders a Plan as text: table (terminal), md (councils), json (the contract), html (print)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.errors import UsageError
from planner.i18n import LANGS
from planner.messages import msg

if TYPE_CHECKING:
    from planner.planning.build import Plan

FORMATS = ("table", "md", "json", "html")
SUFFIX = {"table": ".txt", "md": ".md", "json": ".json", "html": ".html"}


def render(plan: Plan, fmt: str, lang: str) -> str:
    """The plan as text in one of FORMATS and a language (ja, en)."""
    check(fmt, lang)
    if fmt == "json":
        from planner.render.json import render_json

        return render_json(plan, lang)
    if fmt == "md":
        from planner.render.markdown import render_md

        return render_md(plan, lang)
    if fmt == "html":
        from planner.render.html import render_html

        return render_html(plan, lang)
    from planner.render.table import render_table

    return render_table(plan, lang)


def check(fmt: str, lang: str) -> None:
    """A known format and language, or a usage error naming the choices."""
    if fmt not in FORMATS:
        raise UsageError(msg("cli.unknown_format", fmt=fmt), msg("cli.one_of", options=", ".join(FORMATS)))
    if lang not in LANGS:
        raise UsageError(msg("cli.unknown_lang", lang=lang), msg("cli.one_of", options="ja, en"))
