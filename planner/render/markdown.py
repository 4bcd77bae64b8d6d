"""Markdown for councils, from the plan's view: every text from data escaped, so a name cannot add markup."""

from __future__ import annotations

from planner.i18n import t
from planner.planning.plan import Plan
from planner.render.safe import md
from planner.render.view import Row, View, build_view, survey_line

# A numbered section: its heading after the number, and the lines below it.
Section = tuple[str, list[str]]


def _link(text: str, url: str | None) -> str:
    return f"[{md(text)}](<{url.replace('>', '%3E').replace(' ', '%20')}>)" if url else md(text)


def _table(head: list[str], rows: list[Row]) -> list[str]:
    out = ["| " + " | ".join(md(h) for h in head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        cells = [_link(c, r.links.get(i)) for i, c in enumerate(r.cells)]
        if r.flag in ("confirm", "overdue", "missing") and cells:
            cells[-1] = f"**{cells[-1]}**" if cells[-1] else cells[-1]
        out.append("| " + " | ".join(cells) + " |")
    return out


def mermaid(plan: Plan, lang: str) -> list[str]:
    """The regional model as a Mermaid flowchart, missing roles marked."""
    out = ["```mermaid", "flowchart TB"]
    for r in plan.model.roles:
        label = md(getattr(r.title, lang)).replace('"', "'")
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


def render_md(plan: Plan, lang: str) -> str:
    """The plan as Markdown: banner, present state, frame, actions, timeline, details, pending, model, footer."""
    v = build_view(plan, lang)
    L: list[str] = [f"# {md(v.title)}", ""]
    if v.banner:
        L += [f"> **{t('banner_title', lang)}** — {t('banner_text', lang)}", ">"]
        L += [f"> - {md(x)}" for x in v.banner] + [""]
    L += [f"- {md(k)}: {md(val)}" for k, val in v.meta] + [""]
    sections = [
        _present(v, lang),
        (t("frame", lang), ["", *_table(v.headers["frame"], v.frame), ""]),
        _summary(v, lang),
        _changes(v, lang),
        _timeline(v, lang),
        (t("details", lang), ["", *(line for a in v.actions for line in _action(a, lang))]),
        _pending(v, lang),
        _model(plan, v, lang),
        (t("footer", lang), ["", *(f"- {md(x)}" for x in v.footer), ""]),
    ]
    # Sections are numbered as they appear: changes and pending are there only when the plan has them.
    for n, (heading, body) in enumerate((x for x in sections if x is not None), 1):
        L += [f"## {n}. {heading}", *body]
    return "\n".join(L)


def _present(v: View, lang: str) -> Section:
    """The present state: the note on freshness, then a table per group of facts."""
    body = ["", md(v.present_note), ""]
    if not v.present:
        body += [t("no_facts", lang), ""]
    for title, rows in v.present:
        body += [f"### {md(title)}", "", *_table(v.headers["present"], rows), ""]
    return t("present", lang), body


def _summary(v: View, lang: str) -> Section:
    """The actions in rank order, and how they are scored."""
    body = [""]
    body += _table(v.headers["summary"], v.summary) if v.summary else [t("no_actions", lang)]
    if v.provisional_note:
        body += ["", md(v.provisional_note)]
    body += ["", f"> {t('scoring', lang)}: {md(v.scoring)}", ""]
    return t("summary", lang), body


def _changes(v: View, lang: str) -> Section | None:
    """What the what-ifs change, only when the plan was made with them."""
    if v.changes is None:
        return None
    body = ["", *(_table(v.headers["changes"], v.changes) if v.changes else [t("changes_none", lang)]), ""]
    return t("changes", lang), body


def _timeline(v: View, lang: str) -> Section:
    """A month-by-month table of the fiscal year, an arrow where an action runs on past it."""
    body = ["", "| " + t("action", lang) + " | " + " | ".join(v.timeline_head) + " |", "|---|" + "---|" * 12]
    for title, cells, beyond in v.timeline:
        body.append(f"| {md(title)}{' →' if beyond else ''} | " + " | ".join("■" if c else "" for c in cells) + " |")
    return t("timeline", lang), [*body, ""]


def _pending(v: View, lang: str) -> Section | None:
    """Actions the survey will decide, only when there are any."""
    if not v.pending:
        return None
    return t("pending", lang), ["", t("pending_note", lang), "", *_table(v.headers["pending"], v.pending), ""]


def _model(plan: Plan, v: View, lang: str) -> Section:
    """The regional model: its figure, the Mermaid chart and the table of roles."""
    body = [
        "",
        f"*{md(v.model_figure)}* — {t('legend', lang)}",
        "",
        *mermaid(plan, lang),
        "",
        *_table(v.headers["roles"], v.roles),
        "",
    ]
    return f"{t('model', lang)}: {md(v.model_title)}", body


def _action(a, lang: str) -> list[str]:  # type: ignore[no-untyped-def]
    flags = "".join(f"【{f}】" if lang == "ja" else f" [{f}]" for f in a.flags)
    L = [f"### {md(a.heading)}{flags}", "", md(a.description), ""]
    L += [f"- **{md(k)}**: {md(val)}" for k, val in a.lines]
    if a.why:
        L += ["", f"**{t('why', lang)}**", ""] + [f"- {md(x)}" for x in a.why]
    if a.evidence:
        L += ["", f"**{t('evidence', lang)}**", ""]
        for quote, where in a.evidence:
            L += [f"> 「{md(quote)}」（{md(where)}）" if lang == "ja" else f"> “{md(quote)}” ({md(where)})", ""]
        if a.evidence_more:
            L += [md(a.evidence_more), ""]
    if a.survey:
        L += ["", f"**{t('survey_groups', lang)}**", ""]
        for title, _who, rows in a.survey:
            L += [
                f"- **{md(title)}**（{len(rows)}項目）: {md(survey_line(rows, lang))}"
                if lang == "ja"
                else f"- **{md(title)}** ({len(rows)} items): {md(survey_line(rows, lang))}"
            ]
        L += ["", f"{t('survey_command', lang)}: `{a.survey_command}`"]
    return [*L, ""]
