"""The durable-rules engine behind a small interface; the only module that imports `durable`.

It decides every rule: each is registered twice, once as the expression that matches exactly when its
condition is TRUE and once as the one that matches exactly when it is FALSE, so a rule neither form
matched is undecided (an input was unknown). Traps handled (durable's notes, and two measured here):
the C core is driven directly and synchronously (the Python Host's timer threads ran actions off the
caller's thread); every new ruleset is primed with a fact that matches (a first fact matching nothing
can segfault later calls); every rule is guarded by `$ex ward_id` and never compiled with `$nex`
(which loops forever on durable's own state document); state is deleted after each ward (1,024 live
sessions per ruleset); duplicate `$or` firings are removed; an action's exception is re-raised; facts
are type-checked first (durable matches "2" < 3 and False == 0). Ratios are compared in integers.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import json
import threading
from collections.abc import Callable, Iterable
from typing import Any

import durable_rules_engine as _c  # durable-rules' compiled core

from planner.errors import PlannerError, Problem
from planner.messages import Msg, msg
from planner.profiles.fields import field_specs
from planner.rulebook.conditions import (
    NEGATE,
    All,
    Any_,
    Compare,
    IsKnown,
    IsUnknown,
    Not,
    Ratio,
    ratio_sides,
    referenced_fields,
)

GUARD = {"$ex": {"ward_id": 1}}
PRIME = "__planner_prime"
_OP = {"eq": None, "ne": "$neq", "lt": "$lt", "le": "$lte", "gt": "$gt", "ge": "$gte"}


class EngineError(PlannerError):
    """The rule engine failed (an action raised, a fact had the wrong type, durable refused a fact or a rule)."""

    def __init__(self, message: Msg, rule: str | None = None) -> None:
        super().__init__([Problem("engine", None, None, message)], 3)
        self.rule = rule  # the rule it is about, when one is: the caller knows where it is written


def key(field: str) -> str:
    """durable reads dotted names as nested paths; flat keys keep null and absent distinct and simple."""
    return field.replace(".", "__")


def scaled(field: str, factor: int) -> str:
    """The fact key holding field × factor, so a ratio compares two integers."""
    return f"{key(field)}__x{abs(factor)}{'n' if factor < 0 else ''}"


def _cmp(op: str, field: str, value: Any) -> dict[str, Any]:
    if op == "eq":
        return {key(field): value}
    return {str(_OP[op]): {key(field): value}}


def _ratio(cond: Ratio, op: str) -> dict[str, Any]:
    den, num = ratio_sides(cond)  # of / per × scale op v  ⟺  of × den op per × num (per > 0)
    lhs, rhs = scaled(cond.ratio.of, den), scaled(cond.ratio.per, num)
    return {"$and": [{"$gt": {key(cond.ratio.per): 0}}, {_OP[op]: {lhs: {"$m": rhs}}}]}


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
        return _ratio(cond, cond.op)
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
    if isinstance(cond, Ratio):  # a zero denominator makes a ratio false, whatever the numerator
        return {"$or": [{key(cond.ratio.per): 0}, _ratio(cond, NEGATE[cond.op])]}
    assert isinstance(cond, Compare)
    if cond.op == "in":
        return {"$and": [_cmp("ne", cond.field, v) for v in cond.operand]}
    return _cmp(NEGATE[cond.op], cond.field, cond.operand)


def _ratios(cond: Any) -> Iterable[Ratio]:
    if isinstance(cond, (All, Any_)):
        for c in cond.all if isinstance(cond, All) else cond.any:
            yield from _ratios(c)
    elif isinstance(cond, Not):
        yield from _ratios(cond.not_)
    elif isinstance(cond, Ratio):
        yield cond


_LOCK = threading.Lock()
_ENGINES: dict[str, Engine] = {}  # one compiled C ruleset per distinct rule set, for the process


# durable's C core has fixed tables: an alpha node keeps its children in 512 hash buckets and loops for ever
# when they are full (rete.c, the lookup before a new node is added); a fact's matching alpha nodes wait on
# a stack of 64 (events.c, ERR_MAX_STACK_SIZE 303); `$or` alternatives sit in lists of 128 (error 107).
# Every alternative of every rule hangs off the guard node of its ruleset, so the rules are split into
# rulesets of at most BUDGET alternatives each, far below all three (bench/limits.py measures it).
BUDGET = 40


def alternatives(expr: dict[str, Any]) -> int:
    """How many alternatives durable expands a compiled expression into: $or adds them up, $and multiplies."""
    if "$or" in expr:
        return sum(alternatives(e) for e in expr["$or"])
    if "$and" in expr:
        count = 1
        for e in expr["$and"]:
            count *= alternatives(e)
        return count
    return 1


def rule_alternatives(cond: Any) -> int:
    """Both compiled forms of a rule's condition: what the rule costs in its ruleset."""
    return alternatives(compile_true(cond)) + alternatives(compile_false(cond))


class Engine:
    """A compiled rule set: decide(ward_id, values) -> {rule id: True | False} for every decided rule."""

    def __init__(
        self, rules: Iterable[tuple[str, Any]], on_fire: Callable[[str, dict[str, Any]], None] | None = None
    ) -> None:
        self.rules = list(rules)
        self._on_fire = on_fire
        self._names: dict[str, tuple[str, bool]] = {}
        self.fields = sorted({f for _, c in self.rules for f in referenced_fields(c)})
        self._scaled: dict[str, tuple[str, int]] = {}
        chunks: list[dict[str, Any]] = [{}]
        used = 0
        for i, (rule_id, cond) in enumerate(self.rules):
            cost = rule_alternatives(cond)
            if cost > BUDGET:
                raise EngineError(msg("engine.too_many_alternatives", rule=rule_id, count=cost, limit=BUDGET), rule_id)
            if used + cost > BUDGET:
                chunks.append({})
                used = 0
            used += cost
            for form, verdict in ((compile_true, True), (compile_false, False)):
                name = f"{'t' if verdict else 'f'}{i}"
                expr = {"$and": [GUARD, form(cond)]}
                if "$nex" in json.dumps(expr):  # a bare $nex matches durable's own state document: endless loop
                    raise EngineError(msg("engine.nex"), rule_id)
                chunks[-1][name] = {"all": [{"m": expr}]}
                self._names[name] = (rule_id, verdict)
            for r in _ratios(cond):
                den, num = ratio_sides(r)
                self._scaled[scaled(r.ratio.of, den)] = (r.ratio.of, den)
                self._scaled[scaled(r.ratio.per, num)] = (r.ratio.per, num)
        self._handles = [self._ruleset(chunk) for chunk in chunks]

    def _ruleset(self, definition: dict[str, Any]) -> int:
        """The durable ruleset of one chunk of rules, created once per process and primed."""
        definition = {**definition, "prime": {"all": [{"m": {"$and": [GUARD, {PRIME: True}]}}]}}
        blob = json.dumps(definition, sort_keys=True, ensure_ascii=False)
        name = "planner_" + hashlib.sha256(blob.encode()).hexdigest()[:20]
        with _LOCK:
            handle = _HANDLES.get(name)
            if handle is None:
                handle = _c.create_ruleset(name, json.dumps(copy.deepcopy(definition), ensure_ascii=False))
                # Measured here: when the first fact a ruleset sees matches nothing, later
                # assert/delete_state calls can segfault. A first fact that matches keeps it sound.
                self._run(handle, {"sid": PRIME, "ward_id": PRIME, PRIME: True})
                _HANDLES[name] = handle
        return handle

    @classmethod
    def for_rules(cls, rules: Iterable[tuple[str, Any]]) -> Engine:
        """The engine of a rule set, compiled once per process (durable rulesets cannot be unregistered)."""
        rules = list(rules)
        cache_key = json.dumps([(rid, compile_true(c)) for rid, c in rules], sort_keys=True, ensure_ascii=False)
        with _LOCK:
            engine = _ENGINES.get(cache_key)
        if engine is None:
            engine = cls(rules)
            with _LOCK:
                _ENGINES[cache_key] = engine
        return engine

    def _run(self, handle: int, fact: dict[str, Any]) -> list[str]:
        sid = fact["sid"]
        matched: list[str] = []
        try:
            result = _c.assert_fact(handle, json.dumps(fact, ensure_ascii=False))
            if result[0] == 0 and result[1]:  # 1 = no rule matched: nothing decided
                state = result[1]
                step = _c.start_action_for_state(handle, state)
                message = step[1] if step else None
                while message:
                    for name, match in json.loads(message).items():
                        matched.append(name)
                        if self._on_fire is not None and name in self._names and self._names[name][1]:
                            try:
                                self._on_fire(self._names[name][0], match.get("m", {}))
                            except Exception as exc:
                                _c.abandon_action(handle, state)
                                raise EngineError(msg("engine.action_failed", detail=str(exc))) from exc
                    message = _c.complete_and_start_action(handle, state)
            elif result[0] not in (0, 1, 3):
                raise EngineError(msg("engine.refused", code=result[0]))
        except _c.error as exc:  # durable's own error codes (e.g. a ruleset or fact it cannot take)
            raise EngineError(msg("engine.error", detail=str(exc))) from None
        finally:
            with contextlib.suppress(_c.error):
                _c.delete_state(handle, sid)  # 1,024 live sessions per ruleset, then MemoryError
        return matched

    def decide(self, ward_id: str, values: dict[str, Any]) -> dict[str, bool]:
        """Every rule durable could decide for this ward: True (condition holds) or False (it does not)."""
        check_types(values)
        fact: dict[str, Any] = {"sid": ward_id, "ward_id": ward_id}
        fact.update({key(f): values.get(f) for f in self.fields})
        for name, (field, factor) in self._scaled.items():
            v = values.get(field)
            fact[name] = None if v is None else v * factor
        matched: list[str] = []
        with _LOCK:
            for handle in self._handles:
                matched += self._run(handle, fact)
        out: dict[str, bool] = {}
        for name in matched:  # $or can match a rule twice
            if name in self._names:
                rule_id, verdict = self._names[name]
                if out.get(rule_id, verdict) != verdict:
                    raise EngineError(msg("engine.both", rule=rule_id), rule_id)
                out[rule_id] = verdict
        order = {rid: i for i, (rid, _) in enumerate(self.rules)}
        return dict(sorted(out.items(), key=lambda kv: order[kv[0]]))

    def fire(self, ward_id: str, values: dict[str, Any]) -> list[str]:
        """Ids of the rules whose condition is TRUE, in rule-book order."""
        return [rid for rid, verdict in self.decide(ward_id, values).items() if verdict]


_HANDLES: dict[str, int] = {}


def check_types(values: dict[str, Any]) -> None:
    """durable matches the string "2" as < 3 and False as 0: only well-typed values may enter."""
    specs = field_specs()
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
            raise EngineError(msg("engine.wrong_type", field=f, value=repr(v), kind=kind or "unknown"))
