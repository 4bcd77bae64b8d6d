"""The terminal view: the plan at a glance in 100 columns; the details are in md, html and json."""

from __future__ import annotations

import unicodedata

from planner.i18n import t
from planner.planning.plan import Plan
from planner.render.grid import grid
from planner.render.view import build_view
from planner.safe import terminal

WIDTH = 100


def cells(text: str) -> int:
    """Terminal columns: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap(text: str, indent: str = "  ") -> list[str]:
    """Text cut into lines of at most WIDTH terminal columns: at spaces, or anywhere in Japanese."""
    lines, current = [], indent
    for ch in _tokens(text):
        if cells(current) + cells(ch) > WIDTH:
            lines.append(current.rstrip())
            current = indent
        current += ch
    if current.strip():
        lines.append(current.rstrip())
    return lines


def _tokens(text: str) -> list[str]:
    """Words with their trailing space where the text has spaces; single characters elsewhere."""
    out: list[str] = []
    for word in text.split(" "):
        out += [word + " "] if word.isascii() else [*word, " "]
    return out


def render_table(plan: Plan, lang: str) -> str:
    """Header, assumptions, the actions, the survey's groups, what waits for the survey, how much is known."""
    v = build_view(plan, lang)
    lines = [terminal(v.subject), ""]
    if v.banner:
        lines += [f"*** {t('banner_title', lang)} ***"] + [terminal("  " + x) for x in v.banner] + [""]
    lines += [terminal(f"{k}: {val}") for k, val in v.meta] + [""]
    summary = v.summary + v.provisional_summary
    if summary:
        rows = [[r.cells[0], terminal(r.cells[1]), r.cells[2], r.cells[3], terminal(r.cells[4])] for r in summary]
        head = v.headers["summary"][:5]
        lines.append(grid(rows, headers=head, maxcolwidths=[None, 40, None, 16, 16]))
        if v.provisional_summary:
            first = v.provisional_summary[0].cells[0]
            lines += ["", *wrap(terminal(t("provisional_from", lang, rank=first) + v.provisional_note), "")]
    else:
        lines.append(t("no_actions", lang))
    if v.changes:
        lines += ["", f"{t('changes', lang)}:"]
        lines += [terminal(f"  {r.cells[0]}: {r.cells[1]} ({r.cells[2]})") for r in v.changes]
    groups = [(title, rows) for a in v.actions for title, _, rows, _ in a.survey]
    if groups:
        sep = "、" if lang == "ja" else ", "
        counts = sep.join(f"{title} {len(rows)}" for title, rows in groups)
        lines += ["", *wrap(terminal(f"{t('survey_groups', lang)}: {counts}"), "")]
    if v.pending:
        lines += [
            "",
            terminal(
                f"{t('pending', lang)}: {len(v.pending)}"
                + ("件（一覧は --format md / html）" if lang == "ja" else " (listed in --format md or html)")
            ),
        ]
    confirm = sum(1 for _, rows in v.present for r in rows if r.flag == "confirm")
    lines += [
        "",
        terminal(
            f"{t('present', lang)}: "
            + (
                f"{sum(len(r) for _, r in v.present)}項目（うち要確認{confirm}項目）"
                if lang == "ja"
                else f"{sum(len(r) for _, r in v.present)} facts ({confirm} to confirm)"
            )
        ),
    ]
    lines += ["", terminal(v.footer[1])]
    return "\n".join(lines) + "\n"
