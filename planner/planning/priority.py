"""Priority, order and phases: the score of each action, prerequisites first, lanes over the fiscal year."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from fractions import Fraction
from typing import Any

from planner.dates import date_key
from planner.planning.assess import Finding
from planner.planning.plan import EvidenceRef, ScoreParts
from planner.rulebook.book import Action, Rule, RuleBook
from planner.rulebook.conditions import exact

SURVEY_LESSON = "L10"
KIND_STRENGTH = {"target": 0, "proposal": 1, "finding": 2, "outcome": 3}
FRAGMENT = 8  # a quote shorter than this many characters is a fragment: it proves nothing alone


class Scored:
    """An action's score, its parts, its lessons and its deadline."""

    def __init__(
        self, parts: ScoreParts, lessons: list[str], deadline: str | None, overdue: bool, due_before_start: bool = False
    ) -> None:
        self.parts, self.lessons, self.deadline, self.overdue = parts, lessons, deadline, overdue
        self.due_before_start = due_before_start

    @property
    def score(self) -> int:
        """The sum of the parts."""
        return sum(self.parts.model_dump().values())


def lesson_ids(found: Iterable[Finding], extra: str | None = None) -> list[str]:
    """Lessons of some findings, in L1…L17 order."""
    ids = {x for f in found for x in f.lessons} | ({extra} if extra else set())
    return sorted(ids, key=lambda s: int(s[1:]))


def score(
    book: RuleBook, action: Action, found: list[Finding], values: dict[str, Any], as_of: str, year_start: str
) -> Scored:
    """The score of one action from the findings that raised it (rules/planning.yaml's formula). A deadline
    that has passed at the plan's date, or that falls before the plan's year starts, is late for this plan."""
    w, rules = book.planning.scoring, {r.id: r for r in book.rules}
    fired = [f for f in found if f.status == "fired"]
    if fired:
        lessons = lesson_ids(fired)
        deadlines = [rules[f.rule].deadline for f in fired if rules[f.rule].deadline]
        deadline = min(deadlines, key=date_key) if deadlines else None
        overdue = deadline is not None and _before(deadline, as_of)
        before_start = deadline is not None and not overdue and _before(deadline, year_start)
        parts = ScoreParts(
            severity=w.severity * max(f.severity for f in fired),
            lessons=w.lessons * len(lessons),
            gap=max(gap(rules[f.rule], values, w.gap_max) for f in fired),
            weight=max(book.lesson(x).weight for x in lessons),
            overdue=book.planning.deadlines.overdue if overdue or before_start else 0,
        )
    else:
        # A survey is scored as L10 alone, at half the severity of the rules it would decide, so a known
        # problem of the same severity outranks finding out whether one exists.
        lessons, deadline, overdue, before_start = lesson_ids(found), None, False, False
        parts = ScoreParts(
            severity=w.survey_severity * max(f.severity for f in found),
            lessons=w.survey_base,
            gap=0,
            weight=book.lesson(SURVEY_LESSON).weight,
        )
    if action.survey and SURVEY_LESSON not in lessons:
        lessons = lesson_ids(found, extra=SURVEY_LESSON)
    return Scored(parts, lessons, deadline, overdue, before_start)


def _before(deadline: str, when: str) -> bool:
    """The deadline's month (or day) is earlier than the date, compared at the deadline's precision."""
    return date_key(deadline)[: len(deadline)] < date_key(when)[: len(deadline)]


def gap(rule: Rule, values: dict[str, Any], gap_max: int) -> int:
    """0–gap_max: how far the gap field falls short of the rule's target, rounded half up, in exact arithmetic."""
    if rule.gap is None or values.get(rule.gap.field) is None:
        return 0
    target = exact(rule.gap.target)
    shortfall = min(Fraction(1), max(Fraction(0), target - values[rule.gap.field]) / target)
    return int(gap_max * shortfall + Fraction(1, 2))


def closure(actions: dict[str, Action]) -> dict[str, set[str]]:
    """All prerequisites of each action, through actions that are not in the plan too (no recursion)."""
    memo: dict[str, set[str]] = {}
    for start in actions:
        stack = [start]
        while stack:
            a = stack[-1]
            pending = [b for b in actions[a].after if b not in memo and b in actions]
            if pending:
                stack.extend(pending)
                continue
            stack.pop()
            memo[a] = {x for b in actions[a].after if b in actions for x in ({b} | memo[b])}
    return memo


def order(scores: dict[str, int], prereq: dict[str, set[str]], position: dict[str, int]) -> list[str]:
    """Highest score first, never before a prerequisite in the plan; ties in the catalogue's (the analysts') order."""
    left = set(scores)
    out: list[str] = []
    while left:
        ready = [a for a in left if not (prereq[a] & left)]
        best = min(ready, key=lambda a: (-scores[a], position[a]))
        out.append(best)
        left.remove(best)
    return out


def schedule(
    ranked: list[str],
    actions: dict[str, Action],
    prereq: dict[str, set[str]],
    capacity: int,
    first: str | None = None,
    lead_capacity: int = 12,
) -> dict[str, tuple[int, int]]:
    """Month offsets from the fiscal year's start: after prerequisites end, within the capacity of the task's lane and
    of the lead (one section cannot start everything in April); the survey first."""
    placed: dict[str, tuple[int, int]] = {}
    lanes: dict[str, list[tuple[int, int]]] = {}
    leads: dict[str, list[tuple[int, int]]] = {}

    def busy(spans: list[tuple[int, int]], s: int, months: int) -> int:
        """The most spans running in any one month of [s, s + months)."""
        return max((sum(1 for (x, y) in spans if x <= m <= y) for m in range(s, s + months)), default=0)

    for aid in ([first] if first in ranked else []) + [a for a in ranked if a != first]:
        a = actions[aid]
        s = max((placed[b][1] + 1 for b in prereq[aid] if b in placed), default=0)
        while (
            busy(lanes.get(a.task, []), s, a.months) >= capacity
            or busy(leads.get(a.lead, []), s, a.months) >= lead_capacity
        ):
            s += 1
        placed[aid] = (s, s + a.months - 1)
        lanes.setdefault(a.task, []).append(placed[aid])
        leads.setdefault(a.lead, []).append(placed[aid])
    return placed


def evidence(
    action: Action, found: list[Finding], rules: dict[str, Rule], document: Callable[[str, str], tuple[str, str | None]]
) -> list[EvidenceRef]:
    """Every distinct quote behind an action (its own, then its fired rules'), strongest first, fragments last;
    document(rule or action id, source key) names the document each is from."""
    merged: dict[str, EvidenceRef] = {}
    sources = [(action.id, ev) for ev in action.evidence]
    sources += [(f.rule, ev) for f in found if f.status == "fired" for ev in rules[f.rule].evidence]
    for rule_id, ev in sources:
        key = "".join(ev.quote.split())
        if key in merged:
            old = merged[key]
            if rule_id not in old.rules:
                merged[key] = old.model_copy(update={"rules": [*old.rules, rule_id]})
            continue
        title, url = document(rule_id, ev.source)
        merged[key] = EvidenceRef(
            rules=[rule_id],
            quote=ev.quote,
            where=ev.where,
            source=ev.source,
            kind=ev.kind,
            seen_in=ev.seen_in,
            title=title,
            url=url,
        )
    items = list(merged.values())
    return sorted(
        items, key=lambda e: (len("".join(e.quote.split())) < FRAGMENT, KIND_STRENGTH[e.kind], items.index(e))
    )
