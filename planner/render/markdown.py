"""Markdown for councils, from the plan's view: every text from data escaped, so a name cannot add markup."""

from __future__ import annotations

from planner.i18n import t
from planner.planning.plan import Plan
from planner.render.action_view import ActionView, survey_counts
from planner.render.view import Row, View, build_view, survey_line
from planner.safe import md


def _link(text: str, url: str | None) -> str:
    return f"[{md(text)}](<{url.replace('>', '%3E').replace(' ', '%20')}>)" if url else md(text)


def _table(head: list[str], rows: list[Row]) -> list[str]:
    out = ["| " + " | ".join(md(h) for h in head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        cells = [_link(c, r.links.get(i)) for i, c in enumerate(r.cells)]
        if r.flag in ("confirm", "overdue", "missing") and cells and cells[r.mark]:
            cells[r.mark] = f"**{cells[r.mark]}**"
        out.append("| " + " | ".join(cells) + " |")
    return out


def mermaid(plan: Plan, lang: str) -> list[str]:
    """The regional model as a Mermaid flowchart, missing and unknown roles said in words."""
    out = ["```mermaid", "flowchart TB"]
    for r in plan.model.roles:
        label = md(getattr(r.title, lang)).replace('"', "'")
        mark = "" if r.status == "present" else f"（{t(r.status + '_role', lang)}）"
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
    """The council paper as Markdown: 趣旨, 現状と課題, 取組案, (暫定, 調査で判断), モデル, 協議事項, 別紙."""
    v = build_view(plan, lang)
    n = v.numbers
    L: list[str] = [md(v.doc_no), "", f"# {md(v.subject)}", "", md(v.byline), ""]
    if v.banner:
        L += [f"> **{t('banner_title', lang)}** — {t('banner_text', lang)}", ">"]
        L += [f"> - {md(x)}" for x in v.banner] + [""]
    L += [f"## {n['purpose']}. {t('purpose', lang)}", "", *(line for p in v.purpose for line in (md(p), ""))]
    L += _present(v, lang)
    L += _proposals(v, lang)
    if v.provisional:
        L += [f"## {n['provisional']}. {t('provisional_section', lang)}", "", md(v.provisional_note), ""]
        L += [*_table(v.headers["summary"], v.provisional_summary), ""]
        L += [line for a in v.provisional for line in _action(a, lang)]
    if v.pending:
        L += [f"## {n['pending']}. {t('pending', lang)}", "", t("pending_note", lang), ""]
        L += [*_table(v.headers["pending"], v.pending), ""]
    L += _model(plan, v, lang)
    L += [f"## {n['agenda']}. {t('agenda', lang)}", "", *(f"{i}. {md(x)}" for i, x in enumerate(v.agenda, 1)), ""]
    L += _appendix(v, lang)
    return "\n".join(L)


def _present(v: View, lang: str) -> list[str]:
    """現状と課題: the municipality, the facts on record, the policy frame, last year's record, the issues."""
    L = [f"## {v.numbers['present']}. {t('present_and_issues', lang)}", "", f"### (1) {t('basics', lang)}", ""]
    L += [f"- {md(k)}: {md(val)}" for k, val in v.meta]
    L += ["", f"### (2) {t('facts', lang)}", "", md(v.present_note), ""]
    if not v.present:
        L += [t("no_facts", lang), ""]
    for title, rows in v.present:
        L += [f"#### {md(title)}", "", *_table(v.headers["present"], rows), ""]
    L += [f"### (3) {t('frame', lang)}", "", *_table(v.headers["frame"], v.frame), ""]
    n = 4
    if v.review:
        L += [f"### ({n}) {md(v.review_title)}", "", *_table(v.headers["review"], v.review), ""]
        n += 1
    L += [f"### ({n}) {t('issues', lang)}", "", *(f"{i}. {md(x)}" for i, x in enumerate(v.issues, 1)), ""]
    return L


def _proposals(v: View, lang: str) -> list[str]:
    """取組案: the basic direction, the list, what a what-if changes, the schedule, each action, later years."""
    L = [f"## {v.numbers['actions']}. {t('proposals', lang, fy=v.fy)}", "", f"### (1) {t('directions', lang)}", ""]
    L += [*(f"- {md(x)}" for x in v.directions), "", f"### (2) {t('proposal_list', lang)}", ""]
    L += _table(v.headers["summary"], v.summary) if v.summary else [t("no_actions", lang)]
    L.append("")
    if v.changes is not None:
        L += [f"**{t('changes', lang)}**", ""]
        L += _table(v.headers["changes"], v.changes) if v.changes else [t("changes_none", lang)]
        L.append("")
    L += [f"### (3) {t('timeline', lang)}", "", *_timeline(v, lang), ""]
    L += [f"### (4) {t('details', lang)}", "", *(line for a in v.actions for line in _action(a, lang))]
    if v.next_years:
        L += [f"### (5) {t('next_years', lang)}", "", t("next_years_note", lang), ""]
        L += [*_table(v.headers["next_years"], v.next_years), ""]
    return L


def _timeline(v: View, lang: str) -> list[str]:
    """A month-by-month table of the fiscal year, an arrow where an action runs on past it."""
    body = ["| " + t("action", lang) + " | " + " | ".join(v.timeline_head) + " |", "|---|" + "---|" * 12]
    for title, cells, beyond in v.timeline:
        body.append(f"| {md(title)}{' →' if beyond else ''} | " + " | ".join("■" if c else "" for c in cells) + " |")
    return body


def _model(plan: Plan, v: View, lang: str) -> list[str]:
    """The regional model: its figure, the Mermaid chart and the table of roles."""
    return [
        f"## {v.numbers['model']}. {t('model', lang)}: {md(v.model_title)}",
        "",
        f"*{md(v.model_figure)}* — {t('legend', lang)}",
        "",
        *mermaid(plan, lang),
        "",
        *_table(v.headers["roles"], v.roles),
        "",
    ]


def _appendix(v: View, lang: str) -> list[str]:
    """別紙: the numbered sources, how priority was set, the rules, the questionnaire command, the stamp."""
    L = [f"## {t('appendix', lang)}", "", f"### 1. {t('appendix_sources', lang)}", ""]
    L += [*_table(v.headers["sources"], v.sources), "", f"### 2. {t('appendix_scores', lang)}", "", md(v.scoring), ""]
    L += [*_table(v.headers["scores"], v.scores), "", f"### 3. {t('appendix_rules', lang)}", ""]
    L += [*_table(v.headers["rules"], v.rules), "", f"### 4. {t('appendix_survey', lang)}", ""]
    L += [f"`{v.survey_command}`", "", f"### 5. {t('appendix_made', lang)}", "", t("appendix_made_note", lang), ""]
    return [*L, *(f"- {md(x)}" for x in v.footer), ""]


def _action(a: ActionView, lang: str) -> list[str]:
    flags = "".join(f"【{f}】" if lang == "ja" else f" [{f}]" for f in a.flags)
    L = [f"#### {md(a.heading)}{flags}", "", md(a.description), ""]
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
        for title, _who, rows, questions in a.survey:
            counts = survey_counts(rows, questions, lang)
            L += [
                f"- **{md(title)}**（{md(counts)}）: {md(survey_line(rows, lang))}"
                if lang == "ja"
                else f"- **{md(title)}** ({md(counts)}): {md(survey_line(rows, lang))}"
            ]
    return [*L, ""]
