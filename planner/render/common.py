"""Pieces every renderer shares: month offsets, fact lines, role styling."""

from __future__ import annotations

from planner.dates import months_between
from planner.i18n import fmt_value, t
from planner.planning.build import Plan, PlannedAction


def offset(plan: Plan, ym: str) -> int:
    """Months from the plan's first month."""
    return months_between(plan.start, ym)


def span(plan: Plan, action: PlannedAction) -> tuple[int, int]:
    return offset(plan, action.start), offset(plan, action.end)


def fact_line(fact: object, lang: str) -> str:
    f = fact  # FactRef
    parts = [f"{f.field} = {fmt_value(f.value, lang)}"]  # type: ignore[attr-defined]
    extra = []
    if f.source:  # type: ignore[attr-defined]
        extra.append(f"{t('source', lang)}: {f.source}")  # type: ignore[attr-defined]
    if f.as_of:  # type: ignore[attr-defined]
        extra.append(f.as_of)  # type: ignore[attr-defined]
    if f.at:  # type: ignore[attr-defined]
        extra.append(f.at)  # type: ignore[attr-defined]
    return parts[0] + (f" ({'; '.join(extra)})" if extra else "")


def period(plan: Plan, action: PlannedAction, lang: str) -> str:
    text = f"{action.start} – {action.end}"
    return text + (f" ({t('continues', lang)})" if action.beyond_year else "")


def short(label: str) -> str:
    """A role's name before any parenthesised gloss, where space is short; tables elsewhere have it in full."""
    for mark in ("（", " ("):
        if mark in label and not label.startswith(mark):
            return label.split(mark)[0]
    return label
