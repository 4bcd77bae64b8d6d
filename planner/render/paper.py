"""The council paper's prose: its purpose, the issues it raises, what it asks the council, and its numbered sources."""

from __future__ import annotations

from planner.i18n import fy_label_short, join, pick, t, ward_name
from planner.links import live
from planner.planning.plan import Plan, PlannedAction, Reviewed
from planner.render.values import Row


class Sources:
    """The documents a paper cites, numbered in the order they first appear (※1, ※2 …); listed in the appendix."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._n: dict[tuple[str, str | None], int] = {}

    def ref(self, title: str | None, url: str | None = None) -> str:
        """The mark that cites a document in the body (empty for no document)."""
        if not title:
            return ""
        n = self._n.setdefault((title, url), len(self._n) + 1)
        return f"※{n}" if self.lang == "ja" else f"[{n}]"

    def rows(self) -> list[Row]:
        """The appendix's list: mark and title, linked where the document has an address."""
        out = []
        for (title, url), n in self._n.items():
            mark = f"※{n}" if self.lang == "ja" else f"[{n}]"
            link = live(url)  # checked when read; checked again here, the one place a plan makes links
            out.append(Row([mark, title], links={1: link} if link else {}))
        return out


def purpose(plan: Plan, lang: str) -> list[str]:
    """趣旨: what the paper is, where the approach plan comes from, and that no law requires one."""
    fy = fy_label_short(plan.fiscal_year, lang)
    in_force = {i.id for i in plan.frame if i.status == "in_force"}
    against = [t("purpose_lessons", lang)]
    if "law-2021" in in_force:
        against.append(t("purpose_law", lang))
    if any(i.startswith("guideline") for i in in_force):
        against.append(t("purpose_targets", lang))
    return [
        t("purpose_1", lang, name=ward_name(plan, lang), fy=fy),
        t(
            "purpose_2",
            lang,
            against=(join(against[:-1], lang) + t("and", lang) + against[-1]) if len(against) > 1 else against[0],
        ),
    ]


def issues(plan: Plan, lang: str) -> list[str]:
    """課題: each problem a decided rule found, then those resting on old facts, then what is not known at all."""
    out: list[str] = []
    for a in plan.actions:
        for r in a.because:
            if r.status == "fired":
                out.append(pick(r.title, lang))
    for a in plan.provisional:
        for r in a.because:
            if r.status == "provisional":
                out.append(pick(r.title, lang) + t("issue_provisional", lang))
    out = list(dict.fromkeys(out))
    groups = [(pick(g.title, lang), len(g.items)) for a in plan.actions for g in a.survey]
    if groups:
        unknown = join([t("group_count", lang, group=g, n=n) for g, n in groups], lang)
        out.append(t("issue_unknown", lang, groups=unknown))
    return out


def agenda(plan: Plan, lang: str, numbers: dict[str, str]) -> list[str]:
    """協議事項: what the council is asked to decide, by the sections that hold it."""
    fy = fy_label_short(plan.fiscal_year, lang)
    out = [t("agenda_actions", lang, fy=fy, n=len(plan.actions), section=numbers["actions"])]
    if any(a.survey for a in plan.actions):
        out.append(t("agenda_survey", lang))
    if plan.provisional:
        out.append(t("agenda_provisional", lang, section=numbers["provisional"]))
    if any(r.status != "present" for r in plan.model.roles):
        out.append(t("agenda_model", lang, section=numbers["model"]))
    return out


def scoring_text(plan: Plan, lang: str) -> str:
    """How priority was scored, with the numbers rules/planning.yaml held when the plan was made."""
    s = plan.scoring
    assert s is not None, "a plan made by this version carries its scoring terms"
    pairs = [f"{k}：{v}" if lang == "ja" else f"{k}: {v}" for k, v in s.weights.items()]
    if lang == "ja":
        weights = f"報告書が特に重く見た教訓の重み（{'、'.join(pairs)}）" if pairs else "教訓の重み（なし）"
    else:
        weights = f"the weight of the lessons the report stresses ({', '.join(pairs)})" if pairs else "no lesson weight"
    return t("scoring_text", lang, weights=weights, **s.model_dump(exclude={"weights"}))


def score_rows(plan: Plan, lang: str) -> list[Row]:
    """The appendix's account of every priority: the words, the points and their parts."""
    rows = []
    for a in plan.every_action:
        p = a.score_parts
        parts = [
            (t("severity", lang), p.severity),
            (t("lessons", lang), p.lessons),
            (t("gap", lang), p.gap),
            (t("weight", lang), p.weight),
            (t("overdue_points", lang), p.overdue),
        ]
        sep = "＋" if lang == "ja" else " + "
        text = sep.join(f"{k}{v}" if lang == "ja" else f"{k} {v}" for k, v in parts if v or k == t("severity", lang))
        lessons = join(a.lessons, lang)
        rows.append(
            Row([str(a.rank), pick(a.title, lang), t(f"priority_{a.priority}", lang), str(a.score), text, lessons])
        )
    return rows


def rule_rows(plan: Plan, lang: str) -> list[Row]:
    """The appendix's account of which rules (by id, as `planner explain` shows them) raised each action."""
    return [Row([pick(a.title, lang), join([r.rule for r in a.because], lang)]) for a in plan.every_action]


def directions(plan: Plan, lang: str) -> list[str]:
    """基本的方向性: one sentence for each kind of work the year's actions belong to, in the report's T1–T6 order."""
    used = {a.task for a in [*plan.actions, *plan.provisional]}
    return [
        f"（{pick(plan.tasks[task], lang)}）{pick(text, lang)}"
        if lang == "ja"
        else f"{pick(plan.tasks[task], lang)}: {pick(text, lang)}"
        for task, text in plan.directions.items()
        if task in used
    ]


def review_rows(plan: Plan, lang: str) -> list[Row]:
    """前年度の振返り: each action of last year's record — decision, what was done, the indicator, the judgement,
    and what it means this year."""
    rows = []
    for r in plan.review:
        figure = ""
        if r.unit is not None and r.target_value is not None:
            unit = pick(r.unit, lang)
            actual = "-" if r.actual is None else str(r.actual)
            figure = f"{actual}／{r.target_value}{unit}" if lang == "ja" else f"{actual} / {r.target_value} {unit}"
        rows.append(
            Row(
                [
                    pick(r.title, lang),
                    t(f"decision_{r.decision or 'none'}", lang),
                    r.done or "",
                    figure,
                    t(f"evaluation_{r.evaluation or 'none'}", lang)
                    + (f"（{r.note}）" if r.note and lang == "ja" else f" ({r.note})" if r.note else ""),
                    _this_year(r, lang),
                ],
                flag="missing" if r.outcome == "declined" else "",
                mark=1,
            )
        )
    return rows


def _this_year(r: Reviewed, lang: str) -> str:
    if r.outcome == "achieved":
        return t("outcome_achieved", lang)
    if r.outcome == "declined":
        return t("outcome_declined", lang, reason=r.reason or "") + (t("outcome_again", lang) if r.in_plan else "")
    if r.outcome == "carried":
        return t("outcome_carried" if r.in_plan else "outcome_carried_not_raised", lang)
    return t("outcome_open", lang)


def previous_line(a: PlannedAction, year: int | None, lang: str) -> str:
    """An action's line about last year's record: decision, result, indicator, judgement."""
    r = a.previous
    assert r is not None
    parts = [t(f"decision_{r.decision or 'none'}", lang)]
    if r.decision == "declined" and r.reason:
        parts.append(t("reason_was", lang, reason=r.reason))
    if r.done:
        parts.append(t("done_was", lang, done=r.done))
    if r.actual is not None and r.unit is not None:
        parts.append(t("actual_was", lang, actual=r.actual, target=r.target_value, unit=pick(r.unit, lang)))
    if r.evaluation:
        parts.append(t(f"evaluation_{r.evaluation}", lang))
    label = fy_label_short(year, lang) if year else ""
    return f"{label}: " + join(parts, lang)
