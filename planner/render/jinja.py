"""Jinja2 for the HTML pages: one environment, autoescaped, templates shipped beside this module."""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from planner.safe import html_text


@cache
def environment() -> Environment:
    """Autoescape everything, with hidden characters shown as codes; an undefined name is an error."""
    return Environment(
        loader=PackageLoader("planner.render", "templates"),
        autoescape=select_autoescape(["j2", "html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=html_text,
    )


def render_template(name: str, **context: Any) -> str:
    """A template filled in; text from profiles is escaped by the environment."""
    return environment().get_template(name).render(**context)
