"""A comparison of two plans as a table, Markdown or JSON."""

from __future__ import annotations

from planner.i18n import date_text, t
from planner.planning.diff import PlanDiff
from planner.render.grid import grid
from planner.render.view import value_of
from planner.safe import json_text, md, terminal

KINDS = {
    "added": "change_added",
    "dropped": "change_dropped",
    "moved": "change_moved",
    "achieved": "change_achieved",
    "carried": "change_carried",
    "declined": "change_declined",
    "provisional": "change_provisional",
}


def _value(field: str, v: object, status: str | None, lang: str) -> str:
    text = value_of(field, v, lang)
    return text + (
        f"（{t('to_confirm', lang)}）"
        if status in ("stale", "undated", "other_body") and lang == "ja"
        else f" ({t('to_confirm', lang)})"
        if status in ("stale", "undated", "other_body")
        else ""
    )


def render_diff(d: PlanDiff, fmt: str, lang: str) -> str:
    """What changed between two plans of one municipality."""
    if fmt == "json":
        return json_text(d.model_dump(mode="json"))
    title = (
        f"計画の比較 — {d.ward_ja}（{date_text(d.before, lang)} → {date_text(d.after, lang)}）"
        if lang == "ja"
        else f"Plans compared — {d.ward_ja} ({date_text(d.before, lang)} → {date_text(d.after, lang)})"
    )
    actions = [[t(KINDS[c.kind], lang), c.title, f"{c.rank_before or '-'} → {c.rank_after or '-'}"] for c in d.actions]
    facts = [
        [f.label, _value(f.field, f.before, f.status_before, lang), _value(f.field, f.after, f.status_after, lang)]
        for f in d.facts
    ]
    head_a = ["取組の変更" if lang == "ja" else "Actions changed", t("action", lang), t("before_after", lang)]
    head_f = [
        "事実の変更" if lang == "ja" else "Facts changed",
        "変更前" if lang == "ja" else "before",
        "変更後" if lang == "ja" else "after",
    ]
    none = "変更はありません。" if lang == "ja" else "Nothing changed."
    if fmt == "md":
        out = [f"# {md(title)}", ""]
        for head, rows in ((head_a, actions), (head_f, facts)):
            out += [f"## {md(head[0])}", ""]
            if not rows:
                out += [none, ""]
                continue
            out += ["| " + " | ".join(md(h) for h in head) + " |", "|" + "---|" * len(head)]
            out += ["| " + " | ".join(md(c) for c in row) + " |" for row in rows] + [""]
        return "\n".join(out)
    out = [terminal(title), ""]
    for head, rows in ((head_a, actions), (head_f, facts)):
        out += [
            grid([[terminal(c) for c in r] for r in rows], headers=head) if rows else f"{head[0]}: {none}",
            "",
        ]
    return "\n".join(out)
