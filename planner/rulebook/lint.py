"""Cross-checks of the rule book, the actions and the models; every problem with file:line, all at once."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from planner.errors import Problem
from planner.messages import Msg, msg
from planner.profiles.fields import field_specs, sections
from planner.profiles.profile import AREAS
from planner.rulebook.book import FILES, Pack, Rule, RuleBook
from planner.rulebook.conditions import referenced_fields
from planner.rulebook.engine import BUDGET, rule_alternatives
from planner.rulebook.lint_conditions import condition_problems
from planner.rulebook.lint_settings import settings_problems
from planner.rulebook.regional import Models
from planner.suggest import did_you_mean
from planner.yamlio import Located

_WS = re.compile(r"\s+")

# What the engine is known to take (measured: bench/limits.py, BENCHMARKS.md "Rule-book limits"). Past these,
# lint refuses. 400 rules compile in about 0.05 s and decide a ward in about 4 ms; the engine splits them into
# rulesets of BUDGET alternatives, so a rule may not need more than that alone. The limits of one condition
# (depth, `in` lists, numbers) are in lint_conditions.py.
MAX_RULES = 400
MAX_ALTERNATIVES = BUDGET
MAX_CHAIN = 50
NOT_PACKS = tuple(FILES)  # every other *.yaml of rules/ is a rule pack


def squash(text: str) -> str:
    """Text without whitespace: quotes are compared with the report whatever the line breaks."""
    return _WS.sub("", text)


class _Sink:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(
        self, loc: Located, path: tuple[Any, ...], message: Msg, hint: Msg | None = None, key: bool = False
    ) -> None:
        line, col = loc.key_where(path) if key else loc.where(path)
        self.problems.append(Problem(loc.path, line, col, message, hint))


def check_condition(sink: _Sink, loc: Located, node: Any, path: tuple[Any, ...]) -> None:
    """Fields exist, operands fit their kind, numbers and lists stay within the engine's limits."""
    for where, message, hint in condition_problems(node, path):
        sink.add(loc, where, message, hint)


def _files(located: dict[str, Located]) -> dict[str, Located]:
    return {Path(p).name: loc for p, loc in located.items()}


def lint(book: RuleBook, models: Models, report_text: str | None) -> list[Problem]:
    """Every inconsistency of the rule book and models (coverage apart, see coverage())."""
    sink = _Sink()
    files = _files(book.located)
    vocab_loc = files["lessons.yaml"]
    _duplicates(sink, vocab_loc, "lessons", [x.id for x in book.vocabulary.lessons])
    _duplicates(sink, vocab_loc, "tasks", [t.id for t in book.vocabulary.tasks])
    _lint_actions(sink, files["actions.yaml"], book, {r.id for r in models.roles.roles})
    _lint_packs(sink, book, report_text)
    _lint_models(sink, models)
    if book.registry is not None:
        _lint_registry(sink, files["registry.yaml"], book)
    if "survey.yaml" in files:
        _lint_survey(sink, files["survey.yaml"], book)
    return sink.problems + settings_problems(book)


# The kind of field each way of combining offices' answers takes (survey.yaml's `combine`).
COMBINE_KINDS = {"sum": "count", "any": "bool", "mixed": "enum", "list": "text"}


def _lint_survey(sink: _Sink, loc: Located, book: RuleBook) -> None:
    """`combine` only where offices answer one by one, and fitting the field's kind (an unknown field is
    lint_settings' to report)."""
    specs = field_specs()
    for name, q in book.survey.questions.items():
        spec = specs.get(name)
        if spec is None or q.combine is None:
            continue
        if book.survey.group(q.group).answered != "each":
            sink.add(loc, ("questions", name, "combine"), msg("lint.combine_once", group=q.group))
        elif COMBINE_KINDS[q.combine] != spec.kind:
            sink.add(
                loc,
                ("questions", name, "combine"),
                msg("lint.combine_kind", combine=q.combine, kind=spec.kind, needs=COMBINE_KINDS[q.combine]),
            )


def _lint_registry(sink: _Sink, loc: Located, book: RuleBook) -> None:
    """Each kind of service is named once and fills a count field of the profile."""
    assert book.registry is not None
    services = book.registry.services
    _duplicates(sink, loc, "services", [s.kind for s in services], "kind")
    _duplicates(sink, loc, "services", [s.code for s in services], "code")
    specs = field_specs()
    for i, service in enumerate(services):
        spec = specs.get(service.field)
        if spec is None:
            sink.add(
                loc,
                ("services", i, "field"),
                msg("lint.unknown_field", field=service.field),
                did_you_mean(service.field, list(specs)),
            )
        elif spec.kind != "count":
            sink.add(loc, ("services", i, "field"), msg("lint.registry_count", field=service.field, kind=spec.kind))


def _lint_actions(sink: _Sink, loc: Located, book: RuleBook, role_ids: set[str]) -> None:
    action_ids = [a.id for a in book.actions]
    task_ids = {t.id for t in book.vocabulary.tasks}
    _duplicates(sink, loc, "actions", action_ids)
    for i, a in enumerate(book.actions):
        if a.task not in task_ids:
            sink.add(loc, ("actions", i, "task"), msg("lint.task_outside", task=a.task))
        for j, r in enumerate([a.lead, *a.partners]):
            if r not in role_ids:
                path = ("actions", i, "lead") if j == 0 else ("actions", i, "partners", j - 1)
                sink.add(loc, path, msg("lint.unknown_role", role=r), did_you_mean(r, role_ids, msg("lint.add_role")))
        for j, pre in enumerate(a.after):
            if pre not in action_ids:
                sink.add(
                    loc,
                    ("actions", i, "after", j),
                    msg("lint.unknown_prereq", action=pre),
                    did_you_mean(pre, action_ids),
                )
        for j, prefix in enumerate(a.survey):
            if not any(f.startswith(prefix) for f in field_specs()):
                sink.add(loc, ("actions", i, "survey", j), msg("lint.survey_prefix", prefix=prefix))
    covered = {p for a in book.actions for p in a.survey}
    for section in sections():
        if not any(f"{section}.".startswith(p) or p.startswith(f"{section}.") for p in covered):
            sink.add(loc, ("actions",), msg("lint.survey_section", section=section), msg("lint.survey_section_hint"))
    _cycles(sink, loc, book)


def _lint_packs(sink: _Sink, book: RuleBook, report_text: str | None) -> None:
    squashed = squash(report_text) if report_text is not None else None
    lesson_ids = {x.id for x in book.vocabulary.lessons}
    action_ids = [a.id for a in book.actions]
    seen: dict[str, str] = {}
    if len(book.rules) > MAX_RULES:
        first = next(loc for name, loc in _files(book.located).items() if name not in NOT_PACKS)
        sink.add(
            first,
            ("rules",),
            msg("lint.too_many_rules", count=len(book.rules), limit=MAX_RULES),
            msg("lint.limits_hint"),
        )
    for path_str, loc in book.located.items():
        if Path(path_str).name in NOT_PACKS:
            continue
        pack = next(p for p in book.packs if p.pack == (loc.data or {}).get("pack"))
        used: set[str] = set()
        for i, rule in enumerate(pack.rules):
            if rule.id in seen:
                sink.add(
                    loc,
                    ("rules", i, "id"),
                    msg("lint.duplicate_rule", rule=rule.id),
                    msg("lint.first_in", path=seen[rule.id]),
                )
            seen.setdefault(rule.id, loc.path)
            _lint_references(sink, loc, i, rule, lesson_ids, action_ids)
            used |= _lint_evidence(sink, loc, i, rule, pack, squashed)
            _lint_rule_fields(sink, loc, i, rule)
            _lint_asked(sink, loc, i, rule, book)
        for name in sorted(used):
            if pack.sources[name].kind != "report" and not pack.sources[name].url:
                sink.add(
                    loc, ("sources", name), msg("lint.source_url", source=name), msg("lint.source_url_hint"), key=True
                )


def _lint_references(
    sink: _Sink, loc: Located, i: int, rule: Rule, lesson_ids: set[str], action_ids: list[str]
) -> None:
    """The rule's lessons and actions exist."""
    for j, lid in enumerate(rule.lessons):
        if lid not in lesson_ids:
            sink.add(loc, ("rules", i, "lessons", j), msg("lint.lesson_outside", lesson=lid))
    for j, aid in enumerate(rule.actions):
        if aid not in action_ids:
            sink.add(
                loc,
                ("rules", i, "actions", j),
                msg("lint.unknown_action", action=aid),
                did_you_mean(aid, action_ids, msg("lint.add_action")),
            )


def _lint_evidence(sink: _Sink, loc: Located, i: int, rule: Rule, pack: Pack, squashed: str | None) -> set[str]:
    """Report quotes are verbatim, other sources are listed; returns the pack's sources the rule cites."""
    used: set[str] = set()
    for j, ev in enumerate(rule.evidence):
        if ev.source == "report-2014":
            if squashed is not None and squash(ev.quote) not in squashed:
                sink.add(loc, ("rules", i, "evidence", j, "quote"), msg("lint.not_verbatim"), msg("lint.copy_exact"))
        elif ev.source not in pack.sources:
            sink.add(
                loc,
                ("rules", i, "evidence", j, "source"),
                msg("lint.unknown_source", source=ev.source),
                msg("lint.list_source"),
            )
        else:
            used.add(ev.source)
    return used


def _lint_asked(sink: _Sink, loc: Located, i: int, rule: Rule, book: RuleBook) -> None:
    """Every field the rule reads is asked by the questionnaire: else an unknown one is a gap no survey closes."""
    specs = field_specs()
    for name in referenced_fields(rule.when):
        if name in specs and name not in book.survey.questions:
            sink.add(loc, ("rules", i, "when"), msg("lint.not_asked", field=name), msg("lint.not_asked_hint"))


def _lint_rule_fields(sink: _Sink, loc: Located, i: int, rule: Rule) -> None:
    """The condition, its size in the engine, the gap's field and the dates of a rule."""
    check_condition(sink, loc, loc.data["rules"][i]["when"], ("rules", i, "when"))
    cost = rule_alternatives(rule.when)
    if cost > MAX_ALTERNATIVES:
        sink.add(
            loc,
            ("rules", i, "when"),
            msg("lint.too_many_alternatives", count=cost, limit=MAX_ALTERNATIVES),
            msg("lint.alternatives_hint"),
        )
    if rule.gap and rule.gap.field not in field_specs():
        sink.add(loc, ("rules", i, "gap", "field"), msg("lint.unknown_field", field=rule.gap.field))
    if rule.deadline and rule.applies_from and rule.deadline < rule.applies_from:
        sink.add(
            loc,
            ("rules", i, "deadline"),
            msg("lint.deadline_before", deadline=rule.deadline, start=rule.applies_from),
        )


def coverage(book: RuleBook) -> list[Problem]:
    """Every lesson needs a rule. Kept apart from lint(): plans can still be made mid-edit."""
    sink = _Sink()
    vocab_loc = _files(book.located)["lessons.yaml"]
    covered = {x for r in book.rules for x in r.lessons}
    for lesson in book.vocabulary.lessons:
        if lesson.id not in covered:
            sink.add(vocab_loc, ("lessons",), msg("lint.no_rule", lesson=lesson.id), msg("lint.every_lesson"))
    return sink.problems


def _duplicates(sink: _Sink, loc: Located, key: str, ids: list[str], attr: str = "id") -> None:
    seen: set[str] = set()
    for i, x in enumerate(ids):
        if x in seen:
            sink.add(loc, (key, i, attr), msg("lint.duplicate_id", id=x))
        seen.add(x)


def _cycles(sink: _Sink, loc: Located, book: RuleBook) -> None:
    """Prerequisite cycles and over-long chains, found without recursion (a long chain must not crash lint)."""
    after = {a.id: a.after for a in book.actions}
    index = {a.id: i for i, a in enumerate(book.actions)}
    state: dict[str, int] = {}
    depth: dict[str, int] = {}
    for start in after:
        if start in state:
            continue
        stack: list[tuple[str, int]] = [(start, 0)]
        trail: list[str] = []
        while stack:
            node, i = stack.pop()
            if i == 0:
                state[node] = 1
                trail.append(node)
            nexts = [n for n in after.get(node, []) if n in after]
            if i < len(nexts):
                stack.append((node, i + 1))
                nxt = nexts[i]
                if state.get(nxt) == 1:
                    cycle = [*trail[trail.index(nxt) :], nxt]
                    sink.add(
                        loc,
                        ("actions", index[node], "after"),
                        msg("lint.cycle", cycle=" → ".join(cycle)),
                        msg("lint.remove_after"),
                    )
                elif nxt not in state:
                    stack.append((nxt, 0))
                continue
            state[node] = 2
            trail.pop()
            depth[node] = 1 + max((depth.get(n, 0) for n in nexts if state.get(n) == 2), default=0)
            if depth[node] == MAX_CHAIN + 1:
                sink.add(
                    loc,
                    ("actions", index[node], "after"),
                    msg("lint.chain_long", limit=MAX_CHAIN),
                    msg("lint.limits_hint"),
                )


def _lint_models(sink: _Sink, models: Models) -> None:
    role_ids = [r.id for r in models.roles.roles]
    files = _files(models.located)
    roles_loc = files.get("roles.yaml")
    if roles_loc:
        _duplicates(sink, roles_loc, "roles", role_ids)
        for i, role in enumerate(models.roles.roles):
            if role.present_when is not None:
                check_condition(
                    sink, roles_loc, roles_loc.data["roles"][i]["present_when"], ("roles", i, "present_when")
                )
    area_owner: dict[str, str] = {}
    for name, loc in files.items():
        if name == "roles.yaml":
            continue
        model = next(m for m in models.models if m.id == loc.data.get("id"))
        for i, r in enumerate(model.roles):
            if r not in role_ids:
                sink.add(
                    loc, ("roles", i), msg("lint.unknown_role", role=r), did_you_mean(r, role_ids, msg("lint.add_role"))
                )
        if model.centre not in model.roles:
            sink.add(loc, ("centre",), msg("lint.centre", role=model.centre))
        for i, (a, b) in enumerate(model.links):
            for j, r in enumerate((a, b)):
                if r not in model.roles:
                    sink.add(loc, ("links", i, j), msg("lint.link_role", role=r))
        for i, area in enumerate(model.areas):
            if area not in AREAS:
                sink.add(
                    loc,
                    ("areas", i),
                    msg("lint.unknown_area", area=area),
                    did_you_mean(area, AREAS, msg("lint.area_ids", options=", ".join(AREAS))),
                )
            elif area in area_owner:
                sink.add(loc, ("areas", i), msg("lint.area_taken", area=area, model=area_owner[area]))
            else:
                area_owner[area] = model.id
