"""Renders a Plan as text: table (terminal), md (councils), json (the contract), html (print)."""
from __future__ import annotations

from ..errors import UsageError
from ..i18n import LANGS
from ..plan import Plan

FORMATS = ("table", "md", "json", "html")
SUFFIX = {"table": ".txt", "md": ".md", "json": ".json", "html": ".html"}


def render(plan: Plan, fmt: str, lang: str) -> str:
    check(fmt, lang)
    if fmt == "json":
        from .json import render_json
        return render_json(plan, lang)
    if fmt == "md":
        from .markdown import render_md
        return render_md(plan, lang)
    if fmt == "html":
        from .html import render_html
        return render_html(plan, lang)
    from .table import render_table
    return render_table(plan, lang)


def check(fmt: str, lang: str) -> None:
    if fmt not in FORMATS:
        raise UsageError(f"unknown format '{fmt}'", "one of: " + ", ".join(FORMATS))
    if lang not in LANGS:
        raise UsageError(f"unknown language '{lang}'", "one of: ja, en")
