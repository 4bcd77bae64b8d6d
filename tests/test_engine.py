"""The durable-rules engine and the direct evaluator agree, and the engine's traps are handled."""

from __future__ import annotations

import os
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter

from planner.rulebook.conditions import Condition, Verdict, evaluate, judge
from planner.rulebook.engine import Engine, EngineError, compile_false, compile_true
from planner.rulebook.library import load_library
from tests.conftest import ROOT
from tests.strategies import conditions, small_values, values

COND = TypeAdapter(Condition)
EXAMPLES = int(os.environ.get("DIFF_EXAMPLES", "1000"))


@pytest.mark.full
def test_engine_and_evaluator_agree_on_every_shipped_rule_for_1000_profiles() -> None:
    book = load_library(ROOT).book
    engine = Engine([(r.id, r.when) for r in book.rules])
    checked = {"n": 0, "fired": 0, "undecided": 0}

    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
    @given(values())
    def check(vals: dict[str, Any]) -> None:
        fired = set(engine.fire("ward", vals))
        for rule in book.rules:
            verdict = evaluate(rule.when, vals).verdict
            assert (rule.id in fired) == (verdict == Verdict.TRUE), (rule.id, verdict, vals)
            checked["fired"] += verdict == Verdict.TRUE
            checked["undecided"] += verdict == Verdict.UNKNOWN
        checked["n"] += 1

    check()
    assert checked["n"] >= min(EXAMPLES, 1000)
    assert checked["fired"] > 0 and checked["undecided"] > 0  # both outcomes were exercised


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(st.lists(conditions(), min_size=1, max_size=8), st.lists(small_values(), min_size=1, max_size=8))
def test_engine_and_evaluator_agree_on_random_conditions(
    raw: list[dict[str, Any]], facts: list[dict[str, Any]]
) -> None:
    conds = [COND.validate_python(c) for c in raw]
    engine = Engine([(f"c{i}", c) for i, c in enumerate(conds)])
    for i, vals in enumerate(facts):
        fired = set(engine.fire(f"w{i}", vals))
        for j, c in enumerate(conds):
            assert (f"c{j}" in fired) == (evaluate(c, vals).verdict == Verdict.TRUE), (raw[j], vals)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(conditions(), st.lists(small_values(), min_size=1, max_size=8))
def test_a_plan_judges_a_condition_exactly_as_explain_evaluates_it(
    raw: dict[str, Any], facts: list[dict[str, Any]]
) -> None:
    cond = COND.validate_python(raw)
    for vals in facts:
        tree = evaluate(cond, vals)
        assert judge(cond, vals) == (tree.verdict, tuple(tree.unknown)), (raw, vals)
        assert judge(cond, vals) == (tree.verdict, tuple(tree.unknown)), (raw, vals)  # remembered: the same


def test_judging_a_value_that_cannot_be_remembered_still_judges_it() -> None:
    cond = COND.validate_python({"field": "council.exists", "eq": True})
    assert judge(cond, {"council.exists": [True]}) == (Verdict.FALSE, ())
    assert judge(cond, {"council.exists": 1}) == (Verdict.FALSE, ())  # 1 is not True, though they hash alike
    assert judge(cond, {"council.exists": True}) == (Verdict.TRUE, ())
    assert judge(cond, {}) == (Verdict.UNKNOWN, ("council.exists",))


def test_unknown_conditions_never_compile_to_nex_and_do_not_hang() -> None:
    cond = COND.validate_python({"any": [{"unknown": "coordinators.placed"}, {"not": {"known": "beds.respite_child"}}]})
    assert "$nex" not in str(compile_true(cond)) + str(compile_false(cond))
    engine = Engine([("u", cond)])
    assert engine.fire("w", {"coordinators.placed": None, "beds.respite_child": 3}) == ["u"]
    assert engine.fire("w", {"coordinators.placed": True, "beds.respite_child": 3}) == []


def test_more_than_1024_wards_in_one_process() -> None:
    engine = Engine([("no-coord", COND.validate_python({"field": "coordinators.placed", "eq": False}))])
    fired = sum(bool(engine.fire(f"ward-{i}", {"coordinators.placed": i % 2 == 0})) for i in range(1500))
    assert fired == 750


def test_an_action_that_raises_is_re_raised() -> None:
    def boom(rule: str, fact: dict[str, Any]) -> None:
        raise RuntimeError("action exploded")

    engine = Engine([("x", COND.validate_python({"field": "council.exists", "eq": True}))], on_fire=boom)
    with pytest.raises(EngineError, match="action exploded"):
        engine.fire("w", {"council.exists": True})


def test_no_match_means_no_findings() -> None:
    engine = Engine([("x", COND.validate_python({"field": "council.exists", "eq": True}))])
    assert engine.fire("w", {"council.exists": False}) == []


def test_an_or_with_both_branches_true_fires_once() -> None:
    cond = COND.validate_python({"any": [{"field": "council.exists", "eq": True}, {"known": "council.exists"}]})
    assert Engine([("x", cond)]).fire("w", {"council.exists": True}) == ["x"]


@pytest.mark.parametrize(
    "bad",
    [
        {"beds.respite_child": "2"},
        {"council.exists": 0},
        {"beds.respite_child": True},
        {"specialists.functioning": "lots"},
    ],
)
def test_facts_are_type_checked_before_the_engine(bad: dict[str, Any]) -> None:
    engine = Engine([("x", COND.validate_python({"field": "beds.respite_child", "lt": 3}))])
    with pytest.raises(EngineError, match="wrong type"):
        engine.fire("w", bad)


def test_zero_denominator_makes_a_ratio_false_not_unknown() -> None:
    cond = COND.validate_python({"ratio": {"of": "beds.respite_child", "per": "children.medical_care"}, "lt": 1})
    assert evaluate(cond, {"beds.respite_child": 0, "children.medical_care": 0}).verdict == Verdict.FALSE
    assert evaluate(cond, {"beds.respite_child": None, "children.medical_care": 0}).verdict == Verdict.FALSE
    assert evaluate(cond, {"beds.respite_child": None, "children.medical_care": 5}).verdict == Verdict.UNKNOWN


def _truth(of: int, per: int, scale: int, op: str, value: Fraction) -> bool:
    if per == 0:
        return False
    lhs = Fraction(of, per) * scale
    return {"lt": lhs < value, "le": lhs <= value, "gt": lhs > value, "ge": lhs >= value}[op]


def test_ratios_are_exact_in_both_evaluators_against_fractions() -> None:
    """Sweep small integers: `scale: 10, lt: 11` with 55 of 50 is 11 < 11, false (floats said true)."""
    values: list[int | float] = [0, 0.5, 1, 1.44, 2, 3, 5, 10, 11, 33.3, 100]
    wrong, checked = [], 0
    for scale in (1, 2, 3, 10, 100):  # one engine per scale keeps each rule set well inside durable's limits
        conds = {}
        for value in values:
            for op in ("lt", "le", "gt", "ge"):
                raw = {"ratio": {"of": "beds.respite_child", "per": "children.medical_care", "scale": scale}, op: value}
                conds[f"r-{scale}-{value}-{op}"] = (COND.validate_python(raw), Fraction(repr(value)), op)
        engine = Engine([(rid, c) for rid, (c, *_) in conds.items()])
        for of in range(0, 13):
            for per in [*list(range(0, 13)), 50]:
                vals = {"beds.respite_child": of, "children.medical_care": per}
                decided = engine.decide(f"w{of}-{per}", vals)
                for rid, (cond, value, op) in conds.items():
                    truth = _truth(of, per, scale, op, value)
                    checked += 1
                    if (
                        evaluate(cond, vals).verdict != (Verdict.TRUE if truth else Verdict.FALSE)
                        or decided.get(rid) != truth
                    ):
                        wrong.append((rid, of, per))
    assert checked == 5 * 11 * 4 * 13 * 14
    vals = {"beds.respite_child": 55, "children.medical_care": 50}
    c = COND.validate_python(
        {"ratio": {"of": "beds.respite_child", "per": "children.medical_care", "scale": 10}, "lt": 11}
    )
    assert evaluate(c, vals).verdict == Verdict.FALSE and Engine([("x", c)]).decide("w", vals) == {"x": False}
    assert wrong == []


def test_the_engine_decides_false_as_well_as_true_and_leaves_unknown_undecided() -> None:
    cond = COND.validate_python(
        {"all": [{"field": "council.exists", "eq": True}, {"field": "beds.respite_child", "lt": 3}]}
    )
    engine = Engine([("x", cond)])
    assert engine.decide("a", {"council.exists": True, "beds.respite_child": 1}) == {"x": True}
    assert engine.decide("b", {"council.exists": False, "beds.respite_child": None}) == {"x": False}
    assert engine.decide("c", {"council.exists": True, "beds.respite_child": None}) == {}
