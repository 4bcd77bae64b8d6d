"""Cross-checks of the rule book, action catalogue and models; every problem with file:line, at once."""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import Problem
from .fields import catalogue
from .profile import SECTIONS
from .regional import Models
from .rulebook import RuleBook
from .yamlio import Located

LESSONS = {f"L{i}" for i in range(1, 18)}
TASKS = {f"T{i}" for i in range(1, 7)}
_WS = re.compile(r"\s+")


def squash(text: str) -> str:
    return _WS.sub("", text)


class _Sink:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, loc: Located, path: tuple[Any, ...], message: str, hint: str | None = None,
            key: bool = False) -> None:
        line, col = loc.key_where(path) if key else loc.where(path)
        self.problems.append(Problem(loc.path, line, col, message, hint))


def _conditions(node: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    """Every leaf test in a raw condition tree, with its path."""
    if isinstance(node, dict):
        for k in ("all", "any"):
            if k in node:
                for i, child in enumerate(node[k]):
                    yield from _conditions(child, path + (k, i))
                return
        if "not" in node:
            yield from _conditions(node["not"], path + ("not",))
            return
        yield path, node


def check_condition(sink: _Sink, loc: Located, node: Any, path: tuple[Any, ...]) -> None:
    specs = catalogue()
    for leaf_path, leaf in _conditions(node, path):
        if "ratio" in leaf:
            names = [(leaf_path + ("ratio", "of"), leaf["ratio"]["of"]),
                     (leaf_path + ("ratio", "per"), leaf["ratio"]["per"])]
        else:
            k = next((k for k in ("field", "unknown", "known") if k in leaf), None)
            names = [(leaf_path + (k,), leaf[k])] if k else []
        for p, name in names:
            spec = specs.get(name)
            if spec is None:
                import difflib
                close = difflib.get_close_matches(name, list(specs), n=1)
                sink.add(loc, p, f"unknown field '{name}'",
                         f"did you mean '{close[0]}'?" if close else "see `planner schema` for fields")
                continue
            if "ratio" in leaf and spec.kind != "count":
                sink.add(loc, p, f"ratio needs count fields; '{name}' is {spec.kind}")
        if "field" in leaf and leaf["field"] in specs:
            spec = specs[leaf["field"]]
            for op in ("eq", "ne", "lt", "le", "gt", "ge", "in"):
                if op not in leaf:
                    continue
                operands = leaf[op] if op == "in" else [leaf[op]]
                for v in operands:
                    bad = _type_problem(spec, op, v)
                    if bad:
                        sink.add(loc, leaf_path + (op,), bad)


def _type_problem(spec: Any, op: str, v: Any) -> str | None:
    if spec.kind == "bool":
        if not isinstance(v, bool) or op not in ("eq", "ne"):
            return f"{spec.path} is true/false: compare it with eq/ne true or false, not {op} {v!r}"
    elif spec.kind in ("count", "year"):
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            return f"{spec.path} is a number: {v!r} is not"
    elif spec.kind == "enum":
        if v not in spec.choices or op not in ("eq", "ne", "in"):
            return f"{spec.path} is one of {', '.join(spec.choices)}: not {op} {v!r}"
    elif spec.kind == "text" and (not isinstance(v, str) or op not in ("eq", "ne", "in")):
        return f"{spec.path} is text: compare with eq/ne/in a string"
    return None


def lint(book: RuleBook, models: Models, report_text: str | None) -> list[Problem]:
    sink = _Sink()
    files = {Path(p).name: loc for p, loc in book.located.items()}
    vocab_loc = files["lessons.yaml"]
    lesson_ids = [x.id for x in book.vocabulary.lessons]
    for i, lid in enumerate(lesson_ids):
        if lid not in LESSONS:
            sink.add(vocab_loc, ("lessons", i, "id"), f"lesson {lid} is outside L1–L17")
    for i, t in enumerate(book.vocabulary.tasks):
        if t.id not in TASKS:
            sink.add(vocab_loc, ("tasks", i, "id"), f"task {t.id} is outside T1–T6")
    _duplicates(sink, vocab_loc, "lessons", lesson_ids)
    actions_loc = files["actions.yaml"]
    action_ids = [a.id for a in book.catalogue.actions]
    _duplicates(sink, actions_loc, "actions", action_ids)
    role_ids = {r.id for r in models.roles.roles}
    for i, a in enumerate(book.catalogue.actions):
        if a.task not in TASKS:
            sink.add(actions_loc, ("actions", i, "task"), f"task {a.task} is outside T1–T6")
        for j, r in enumerate([a.lead] + a.partners):
            if r not in role_ids:
                path = ("actions", i, "lead") if j == 0 else ("actions", i, "partners", j - 1)
                sink.add(actions_loc, path, f"unknown role '{r}'", "add it to models/roles.yaml")
        for j, pre in enumerate(a.after):
            if pre not in action_ids:
                sink.add(actions_loc, ("actions", i, "after", j), f"unknown prerequisite action '{pre}'")
        for j, prefix in enumerate(a.survey):
            if not any(f.startswith(prefix) for f in catalogue()):
                sink.add(actions_loc, ("actions", i, "survey", j), f"survey prefix '{prefix}' matches no field")
    _cycles(sink, actions_loc, book)
    covered = {p for a in book.catalogue.actions for p in a.survey}
    for section in SECTIONS:
        if not any(f"{section}.".startswith(p) or p.startswith(f"{section}.") for p in covered):
            sink.add(actions_loc, ("actions",), f"no survey action covers section '{section}'",
                     "add its prefix to a survey action's `survey` list")
    squashed = squash(report_text) if report_text is not None else None
    all_rule_ids: list[tuple[Located, int, str]] = []
    for path_str, loc in book.located.items():
        if Path(path_str).name in ("lessons.yaml", "actions.yaml"):
            continue
        pack = next(p for p in book.packs if p.pack == (loc.data or {}).get("pack"))
        for i, rule in enumerate(pack.rules):
            all_rule_ids.append((loc, i, rule.id))
            for j, lid in enumerate(rule.lessons):
                if lid not in LESSONS or lid not in lesson_ids:
                    sink.add(loc, ("rules", i, "lessons", j), f"lesson {lid} is outside L1–L17")
            for j, aid in enumerate(rule.actions):
                if aid not in action_ids:
                    import difflib
                    close = difflib.get_close_matches(aid, action_ids, n=1)
                    sink.add(loc, ("rules", i, "actions", j), f"unknown action '{aid}'",
                             f"did you mean '{close[0]}'?" if close else "add it to rules/actions.yaml")
            for j, ev in enumerate(rule.evidence):
                if ev.source == "report-2014":
                    if squashed is not None and squash(ev.quote) not in squashed:
                        sink.add(loc, ("rules", i, "evidence", j, "quote"),
                                 "quote not found verbatim in the report",
                                 "copy the exact words from rules/report-2014.txt")
                elif ev.source not in pack.sources:
                    sink.add(loc, ("rules", i, "evidence", j, "source"), f"unknown source '{ev.source}'",
                             "list it under the pack's `sources`")
            check_condition(sink, loc, loc.data["rules"][i]["when"], ("rules", i, "when"))
            if rule.gap and rule.gap.field not in catalogue():
                sink.add(loc, ("rules", i, "gap", "field"), f"unknown field '{rule.gap.field}'")
    seen: dict[str, tuple[Located, int]] = {}
    for loc, i, rid in all_rule_ids:
        if rid in seen:
            sink.add(loc, ("rules", i, "id"), f"duplicate rule id '{rid}'",
                     f"first defined in {seen[rid][0].path}")
        else:
            seen[rid] = (loc, i)
    _lint_models(sink, models)
    return sink.problems


def coverage(book: RuleBook) -> list[Problem]:
    """Every lesson needs a rule. Kept apart from lint(): plans can still be made mid-edit."""
    sink = _Sink()
    vocab_loc = next(loc for p, loc in book.located.items() if Path(p).name == "lessons.yaml")
    fired_lessons = {x for r in book.rules for x in r.lessons}
    for lid in sorted(LESSONS - fired_lessons, key=lambda s: int(s[1:])):
        sink.add(vocab_loc, ("lessons",), f"lesson {lid} has no rule", "every lesson needs at least one rule")
    return sink.problems


def _duplicates(sink: _Sink, loc: Located, key: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for i, x in enumerate(ids):
        if x in seen:
            sink.add(loc, (key, i, "id"), f"duplicate id '{x}'")
        seen.add(x)


def _cycles(sink: _Sink, loc: Located, book: RuleBook) -> None:
    after = {a.id: a.after for a in book.catalogue.actions}
    state: dict[str, int] = {}
    index = {a.id: i for i, a in enumerate(book.catalogue.actions)}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in after.get(node, []):
            if state.get(nxt) == 1:
                cycle = trail[trail.index(nxt):] + [nxt] if nxt in trail else [node, nxt]
                sink.add(loc, ("actions", index[node], "after"),
                         "prerequisite cycle: " + " → ".join(cycle), "remove one of the `after` links")
            elif nxt in after and state.get(nxt) is None:
                visit(nxt, trail + [nxt])
        state[node] = 2

    for a in book.catalogue.actions:
        if state.get(a.id) is None:
            visit(a.id, [a.id])


def _lint_models(sink: _Sink, models: Models) -> None:
    role_ids = [r.id for r in models.roles.roles]
    files = {Path(p).name: loc for p, loc in models.located.items()}
    roles_loc = files.get("roles.yaml")
    if roles_loc:
        _duplicates(sink, roles_loc, "roles", role_ids)
        for i, role in enumerate(models.roles.roles):
            if role.present_when is not None:
                check_condition(sink, roles_loc, roles_loc.data["roles"][i]["present_when"],
                                ("roles", i, "present_when"))
    area_owner: dict[str, str] = {}
    from .profile import AREAS
    for name, loc in files.items():
        if name == "roles.yaml":
            continue
        model = next(m for m in models.models if m.id == loc.data.get("id"))
        for key in ("roles",):
            for i, r in enumerate(model.roles):
                if r not in role_ids:
                    sink.add(loc, (key, i), f"unknown role '{r}'", "add it to models/roles.yaml")
        if model.centre not in model.roles:
            sink.add(loc, ("centre",), f"centre '{model.centre}' is not among the model's roles")
        for i, (a, b) in enumerate(model.links):
            for j, r in enumerate((a, b)):
                if r not in model.roles:
                    sink.add(loc, ("links", i, j), f"link names '{r}', which is not among the model's roles")
        for i, area in enumerate(model.areas):
            if area not in AREAS:
                sink.add(loc, ("areas", i), f"unknown area '{area}'", "see GLOSSARY.md for area ids")
            elif area in area_owner:
                sink.add(loc, ("areas", i), f"area '{area}' already belongs to model '{area_owner[area]}'")
            else:
                area_owner[area] = model.id
