"""Cross-checks of the rule book, the actions and the models; every problem with file:line, all at once."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from planner.errors import Problem
from planner.messages import Msg, msg
from planner.profiles.fields import FieldSpec, field_specs
from planner.profiles.profile import AREAS, SECTIONS
from planner.rulebook.book import RuleBook
from planner.rulebook.conditions import exact
from planner.rulebook.engine import BUDGET, rule_alternatives
from planner.rulebook.regional import Models
from planner.suggest import did_you_mean
from planner.yamlio import Located

_WS = re.compile(r"\s+")

# What the engine is known to take (measured: bench/limits.py, BENCHMARKS.md "Rule-book limits"). Past these,
# lint refuses. 400 rules compile in about 0.05 s and decide a ward in about 4 ms; the engine splits them into
# rulesets of BUDGET alternatives, so a rule may not need more than that alone; an `in` list of k values is
# k alternatives in one form and 1 in the other.
MAX_RULES = 400
MAX_ALTERNATIVES = BUDGET
MAX_IN_VALUES = BUDGET - 1
MAX_NUMBER = 10**9
EXACT = 2**53  # durable compares numbers as doubles: integers below this are exact
MAX_CONDITION_DEPTH = 8
MAX_CHAIN = 50
NOT_PACKS = ("lessons.yaml", "actions.yaml", "planning.yaml", "wording.yaml", "survey.yaml", "frame.yaml")


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


def _leaves(node: Any, path: tuple[Any, ...], depth: int = 0) -> Iterator[tuple[tuple[Any, ...], dict[str, Any], int]]:
    """Every leaf test in a raw condition tree, with its path and depth."""
    if isinstance(node, dict):
        for k in ("all", "any"):
            if k in node and isinstance(node[k], list):
                for i, child in enumerate(node[k]):
                    yield from _leaves(child, (*path, k, i), depth + 1)
                return
        if "not" in node:
            yield from _leaves(node["not"], (*path, "not"), depth + 1)
            return
        yield path, node, depth


def check_condition(sink: _Sink, loc: Located, node: Any, path: tuple[Any, ...]) -> None:
    """Fields exist, operands fit their kind, numbers and lists stay within the engine's limits."""
    specs = field_specs()
    for leaf_path, leaf, depth in _leaves(node, path):
        if depth > MAX_CONDITION_DEPTH:
            sink.add(loc, leaf_path, msg("lint.too_deep", limit=MAX_CONDITION_DEPTH), msg("lint.limits_hint"))
        names = _named_fields(leaf, leaf_path)
        for p, name in names:
            spec = specs.get(name)
            if spec is None:
                sink.add(
                    loc, p, msg("lint.unknown_field", field=name), did_you_mean(name, specs, msg("lint.see_fields"))
                )
            elif "ratio" in leaf and spec.kind != "count":
                sink.add(loc, p, msg("lint.ratio_count", field=name, kind=spec.kind))
        for op in ("eq", "ne", "lt", "le", "gt", "ge", "in"):
            if op not in leaf:
                continue
            operands = leaf[op] if op == "in" and isinstance(leaf[op], list) else [leaf[op]]
            if op == "in" and len(operands) > MAX_IN_VALUES:
                sink.add(
                    loc,
                    (*leaf_path, op),
                    msg("lint.too_many_in", count=len(operands), limit=MAX_IN_VALUES),
                    msg("lint.limits_hint"),
                )
            for v in operands:
                if isinstance(v, (int, float)) and not isinstance(v, bool) and abs(v) > MAX_NUMBER:
                    sink.add(
                        loc,
                        (*leaf_path, op),
                        msg("lint.number_range", value=v, limit=f"{MAX_NUMBER:,}"),
                        msg("lint.limits_hint"),
                    )
                elif "field" in leaf and leaf["field"] in specs:
                    bad = _type_problem(specs[leaf["field"]], op, v)
                    if bad:
                        sink.add(loc, (*leaf_path, op), bad)
        scale = leaf.get("ratio", {}).get("scale") if isinstance(leaf.get("ratio"), dict) else None
        if isinstance(scale, (int, float)) and abs(scale) > MAX_NUMBER:
            sink.add(
                loc,
                (*leaf_path, "ratio", "scale"),
                msg("lint.number_range", value=scale, limit=f"{MAX_NUMBER:,}"),
                msg("lint.limits_hint"),
            )
        elif isinstance(leaf.get("ratio"), dict):
            _check_exact_ratio(sink, loc, leaf, leaf_path, specs)


def _check_exact_ratio(
    sink: _Sink, loc: Located, leaf: dict[str, Any], leaf_path: tuple[Any, ...], specs: dict[str, FieldSpec]
) -> None:
    """of × den and per × num (the engine's integer form of a ratio) must stay exact in durable's doubles."""
    ratio = leaf["ratio"]
    scale = ratio.get("scale", 1)
    for op in ("lt", "le", "gt", "ge"):
        value = leaf.get(op)
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not isinstance(scale, (int, float)):
            continue
        if isinstance(scale, bool) or scale <= 0:
            continue
        frac = exact(value) / exact(scale)
        of, per = specs.get(str(ratio.get("of"))), specs.get(str(ratio.get("per")))
        biggest = max((s.maximum or MAX_NUMBER) for s in (of, per) if s is not None) if (of or per) else MAX_NUMBER
        if biggest * max(frac.denominator, abs(frac.numerator)) >= EXACT:
            sink.add(
                loc,
                (*leaf_path, op),
                msg("lint.ratio_inexact", value=value, scale=scale),
                msg("lint.ratio_inexact_hint"),
            )


def _named_fields(leaf: dict[str, Any], leaf_path: tuple[Any, ...]) -> list[tuple[tuple[Any, ...], str]]:
    if isinstance(leaf.get("ratio"), dict):
        return [
            ((*leaf_path, "ratio", k), leaf["ratio"][k]) for k in ("of", "per") if isinstance(leaf["ratio"].get(k), str)
        ]
    k = next((k for k in ("field", "unknown", "known") if k in leaf), None)
    return [((*leaf_path, k), leaf[k])] if k and isinstance(leaf[k], str) else []


def _type_problem(spec: FieldSpec, op: str, v: Any) -> Msg | None:
    if spec.kind == "bool":
        if not isinstance(v, bool) or op not in ("eq", "ne"):
            return msg("lint.bool_compare", field=spec.path, op=op, value=repr(v))
    elif spec.kind in ("count", "year"):
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            return msg("lint.number_compare", field=spec.path, value=repr(v))
    elif spec.kind == "enum":
        if v not in spec.choices or op not in ("eq", "ne", "in"):
            return msg("lint.enum_compare", field=spec.path, choices=", ".join(spec.choices), op=op, value=repr(v))
    elif spec.kind == "text" and (not isinstance(v, str) or op not in ("eq", "ne", "in")):
        return msg("lint.text_compare", field=spec.path)
    return None


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
    return sink.problems


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
    for section in SECTIONS:
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
            for j, ev in enumerate(rule.evidence):
                if ev.source == "report-2014":
                    if squashed is not None and squash(ev.quote) not in squashed:
                        sink.add(
                            loc, ("rules", i, "evidence", j, "quote"), msg("lint.not_verbatim"), msg("lint.copy_exact")
                        )
                elif ev.source not in pack.sources:
                    sink.add(
                        loc,
                        ("rules", i, "evidence", j, "source"),
                        msg("lint.unknown_source", source=ev.source),
                        msg("lint.list_source"),
                    )
                else:
                    used.add(ev.source)
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
        for name in sorted(used):
            if pack.sources[name].kind != "report" and not pack.sources[name].url:
                sink.add(
                    loc, ("sources", name), msg("lint.source_url", source=name), msg("lint.source_url_hint"), key=True
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


def _duplicates(sink: _Sink, loc: Located, key: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for i, x in enumerate(ids):
        if x in seen:
            sink.add(loc, (key, i, "id"), msg("lint.duplicate_id", id=x))
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
