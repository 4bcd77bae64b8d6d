"""Lint of one raw condition tree: fields exist, operands fit their kind, numbers stay within the engine's limits."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from planner.messages import Msg, msg
from planner.profiles.fields import FieldSpec, field_specs
from planner.rulebook.conditions import exact
from planner.rulebook.engine import BUDGET
from planner.suggest import did_you_mean

# What the engine is known to take (measured: bench/limits.py, BENCHMARKS.md "Rule-book limits"); the limits
# of a whole rule book are in lint.py. An `in` list of k values is k alternatives in one form and 1 in the other.
MAX_IN_VALUES = BUDGET - 1
MAX_NUMBER = 10**9
EXACT = 2**53  # durable compares numbers as doubles: integers below this are exact
MAX_CONDITION_DEPTH = 8

# A problem found: the YAML path it sits at, the message and an optional hint.
Found = tuple[tuple[Any, ...], Msg, Msg | None]


def condition_problems(node: Any, path: tuple[Any, ...]) -> Iterator[Found]:
    """Fields exist, operands fit their kind, numbers and lists stay within the engine's limits."""
    specs = field_specs()
    for leaf_path, leaf, depth in _leaves(node, path):
        if depth > MAX_CONDITION_DEPTH:
            yield leaf_path, msg("lint.too_deep", limit=MAX_CONDITION_DEPTH), msg("lint.limits_hint")
        yield from _field_problems(leaf, leaf_path, specs)
        yield from _operand_problems(leaf, leaf_path, specs)
        scale = leaf.get("ratio", {}).get("scale") if isinstance(leaf.get("ratio"), dict) else None
        if isinstance(scale, (int, float)) and abs(scale) > MAX_NUMBER:
            yield (
                (*leaf_path, "ratio", "scale"),
                msg("lint.number_range", value=scale, limit=f"{MAX_NUMBER:,}"),
                msg("lint.limits_hint"),
            )
        elif isinstance(leaf.get("ratio"), dict):
            yield from _exact_ratio_problems(leaf, leaf_path, specs)


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


def _field_problems(leaf: dict[str, Any], leaf_path: tuple[Any, ...], specs: dict[str, FieldSpec]) -> Iterator[Found]:
    """Every field the leaf names exists, and a ratio reads counts only."""
    for p, name in _named_fields(leaf, leaf_path):
        spec = specs.get(name)
        if spec is None:
            yield p, msg("lint.unknown_field", field=name), did_you_mean(name, specs, msg("lint.see_fields"))
        elif "ratio" in leaf and spec.kind != "count":
            yield p, msg("lint.ratio_count", field=name, kind=spec.kind), None


def _operand_problems(leaf: dict[str, Any], leaf_path: tuple[Any, ...], specs: dict[str, FieldSpec]) -> Iterator[Found]:
    """`in` lists within the limit; each operand a number the engine compares exactly, of the field's kind."""
    for op in ("eq", "ne", "lt", "le", "gt", "ge", "in"):
        if op not in leaf:
            continue
        operands = leaf[op] if op == "in" and isinstance(leaf[op], list) else [leaf[op]]
        if op == "in" and len(operands) > MAX_IN_VALUES:
            yield (
                (*leaf_path, op),
                msg("lint.too_many_in", count=len(operands), limit=MAX_IN_VALUES),
                msg("lint.limits_hint"),
            )
        for v in operands:
            if isinstance(v, (int, float)) and not isinstance(v, bool) and abs(v) > MAX_NUMBER:
                yield (
                    (*leaf_path, op),
                    msg("lint.number_range", value=v, limit=f"{MAX_NUMBER:,}"),
                    msg("lint.limits_hint"),
                )
            elif "field" in leaf and leaf["field"] in specs:
                bad = _type_problem(specs[leaf["field"]], op, v)
                if bad:
                    yield (*leaf_path, op), bad, None


def _exact_ratio_problems(
    leaf: dict[str, Any], leaf_path: tuple[Any, ...], specs: dict[str, FieldSpec]
) -> Iterator[Found]:
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
            yield (
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
