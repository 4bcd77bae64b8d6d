"""The durable-rules engine behind a small interface; the only module that imports `durable`.

Traps handled (DURABLE-NOTES.md), and two more measured here: a ruleset whose first fact matches
nothing can segfault on later calls (so every ruleset is primed with a fact that matches), and the
Python Host's timer threads ran actions off the caller's thread (a firing from one test landed in
another's results), so the C core is driven directly and synchronously, with no Host at all. one compiled ruleset per rule set, reused for the process (no Host: see Engine); definitions deep-copied before
registration; every rule guarded by a discriminator (`$ex ward_id`) and never compiled with `$nex`;
state deleted after each ward (1,024 live sessions per ruleset); duplicate `$or` firings removed;
exceptions swallowed inside actions re-raised; no match means no findings; facts type-checked first.
"""
from __future__ import annotations

import copy
import hashlib
import json
import threading
from typing import Any, Callable, Iterable

import durable_rules_engine as _c  # durable-rules' compiled core

from .conditions import NEGATE, All, Any_, Compare, IsKnown, IsUnknown, Not, Ratio
from .errors import PlannerError, Problem
from .fields import catalogue

GUARD = {"$ex": {"ward_id": 1}}
PRIME = "__planner_prime"
_OP = {"eq": None, "ne": "$neq", "lt": "$lt", "le": "$lte", "gt": "$gt", "ge": "$gte"}


class EngineError(PlannerError):
    """The rule engine failed (an action raised, or a fact had the wrong type)."""

    def __init__(self, message: str) -> None:
        super().__init__([Problem("engine", None, None, message)], 3)


def key(field: str) -> str:
    # durable reads dotted names as nested paths; flat keys keep null and absent distinct and simple.
    return field.replace(".", "__")


def _cmp(op: str, field: str, value: Any) -> dict[str, Any]:
    if op == "eq":
        return {key(field): value}
    return {_OP[op]: {key(field): value}}


def compile_true(cond: Any) -> dict[str, Any]:
    """A durable expression that matches exactly when cond is TRUE (never when unknown)."""
    if isinstance(cond, All):
        return {"$and": [compile_true(c) for c in cond.all]}
    if isinstance(cond, Any_):
        return {"$or": [compile_true(c) for c in cond.any]}
    if isinstance(cond, Not):
        return compile_false(cond.not_)
    if isinstance(cond, IsUnknown):
        return {key(cond.unknown): None}
    if isinstance(cond, IsKnown):
        return {"$neq": {key(cond.known): None}}
    if isinstance(cond, Ratio):
        rhs = {"$mul": {"$l": {"$m": key(cond.ratio.per)}, "$r": cond.factor()}}
        return {"$and": [{"$gt": {key(cond.ratio.per): 0}}, {_OP[cond.op]: {key(cond.ratio.of): rhs}}]}
    assert isinstance(cond, Compare)
    if cond.op == "in":
        return {"$or": [_cmp("eq", cond.field, v) for v in cond.operand]}
    return _cmp(cond.op, cond.field, cond.operand)


def compile_false(cond: Any) -> dict[str, Any]:
    """A durable expression that matches exactly when cond is FALSE (never when unknown)."""
    if isinstance(cond, All):
        return {"$or": [compile_false(c) for c in cond.all]}
    if isinstance(cond, Any_):
        return {"$and": [compile_false(c) for c in cond.any]}
    if isinstance(cond, Not):
        return compile_true(cond.not_)
    if isinstance(cond, IsUnknown):
        return compile_true(IsKnown(known=cond.unknown))
    if isinstance(cond, IsKnown):
        return compile_true(IsUnknown(unknown=cond.known))
    if isinstance(cond, Ratio):
        per = key(cond.ratio.per)
        rhs = {"$mul": {"$l": {"$m": per}, "$r": cond.factor()}}
        negated = {"$and": [{"$gt": {per: 0}}, {_OP[NEGATE[cond.op]]: {key(cond.ratio.of): rhs}}]}
        return {"$or": [{per: 0}, negated]}
    assert isinstance(cond, Compare)
    if cond.op == "in":
        return {"$and": [_cmp("ne", cond.field, v) for v in cond.operand]}
    return _cmp(NEGATE[cond.op], cond.field, cond.operand)


def _no_nex(expr: Any) -> None:
    text = json.dumps(expr)
    if "$nex" in text:  # a bare $nex matches durable's own state document and loops forever
        raise EngineError("internal: a compiled rule contains $nex")


_HANDLES: dict[str, int] = {}  # one compiled C ruleset per distinct rule set, kept for the process
_LOCK = threading.Lock()


class Engine:
    """A compiled rule set. fire(ward_id, values) -> ids of the rules whose condition is true."""

    def __init__(self, rules: Iterable[tuple[str, Any]],
                 on_fire: Callable[[str, dict[str, Any]], None] | None = None) -> None:
        self.rules = list(rules)
        self._on_fire = on_fire
        self._ids = {f"r{i}": rule_id for i, (rule_id, _) in enumerate(self.rules)}
        self.fields = sorted({f for _, c in self.rules for f in _fields(c)})
        definition: dict[str, Any] = {}
        for i, (rule_id, cond) in enumerate(self.rules):
            expr = {"$and": [GUARD, compile_true(cond)]}
            _no_nex(expr)
            definition[f"r{i}"] = {"all": [{"m": expr}]}
        definition["prime"] = {"all": [{"m": {"$and": [GUARD, {PRIME: True}]}}]}
        blob = json.dumps(definition, sort_keys=True)
        self.name = "planner_" + hashlib.sha256(blob.encode()).hexdigest()[:20]
        with _LOCK:
            if self.name not in _HANDLES:
                ruleset = copy.deepcopy(definition)  # durable mutates the definitions it is given
                handle = _c.create_ruleset(self.name, json.dumps(ruleset, ensure_ascii=False))
                # Measured here: when the first fact a ruleset sees matches nothing, later
                # assert/delete_state calls can segfault. A first fact that matches keeps it sound.
                self._run(handle, {"sid": PRIME, "ward_id": PRIME, PRIME: True})
                _HANDLES[self.name] = handle
        self._handle = _HANDLES[self.name]

    def _run(self, handle: int, fact: dict[str, Any]) -> list[str]:
        sid = fact["sid"]
        fired: list[str] = []
        try:
            result = _c.assert_fact(handle, json.dumps(fact, ensure_ascii=False))
            if result[0] == 0 and result[1]:  # 1 = no rule matched: no findings
                state = result[1]
                step = _c.start_action_for_state(handle, state)
                message = step[1] if step else None
                while message:
                    for name, match in json.loads(message).items():
                        rule_id = self._ids.get(name)
                        if rule_id is not None:
                            fired.append(rule_id)
                            if self._on_fire is not None:
                                try:
                                    self._on_fire(rule_id, match.get("m", {}))
                                except Exception as exc:
                                    _c.abandon_action(handle, state)
                                    raise EngineError(f"a rule action failed: {exc}") from exc
                    message = _c.complete_and_start_action(handle, state)
            elif result[0] not in (0, 1, 3):
                raise EngineError(f"durable-rules refused a fact (code {result[0]})")
        finally:
            _c.delete_state(handle, sid)  # 1,024 live sessions per ruleset, then MemoryError
        return fired

    def fire(self, ward_id: str, values: dict[str, Any]) -> list[str]:
        check_types(values)
        fact = {"sid": ward_id, "ward_id": ward_id}
        fact.update({key(f): values.get(f) for f in self.fields})
        with _LOCK:
            fired = self._run(self._handle, fact)
        order = {rid: i for i, (rid, _) in enumerate(self.rules)}
        return sorted(set(fired), key=order.__getitem__)  # $or can fire a rule twice


def _fields(cond: Any) -> list[str]:
    from .conditions import referenced_fields
    return referenced_fields(cond)


def check_types(values: dict[str, Any]) -> None:
    """durable matches the string "2" as < 3 and False as 0: only well-typed values may enter."""
    specs = catalogue()
    for f, v in values.items():
        if v is None:
            continue
        spec = specs.get(f)
        kind = spec.kind if spec else None
        ok = {
            "bool": isinstance(v, bool),
            "count": isinstance(v, int) and not isinstance(v, bool),
            "year": isinstance(v, int) and not isinstance(v, bool),
            "enum": isinstance(v, str) and spec is not None and v in spec.choices,
            "text": isinstance(v, str),
        }.get(kind or "", False)
        if not ok:
            raise EngineError(f"fact {f} = {v!r} has the wrong type for a {kind or 'unknown'} field")
