"""The rule condition tree (all/any/not over the leaf tests of comparisons.py) and its direct,
three-valued evaluator, which explains why a rule fired, did not fire, or could not be decided."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Annotated, Any, NamedTuple, Union

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag

from planner.rulebook.comparisons import (
    NEGATE,
    OPS,
    ORDER_OPS,
    SYMBOL,
    Compare,
    IsKnown,
    IsUnknown,
    Node,
    Ratio,
    RatioSpec,
    Scalar,
    exact,
    ratio_sides,
)

# The leaf tests are defined in comparisons.py; the rule book, the engine, tests and benchmarks import them here.
__all__ = [
    "NEGATE",
    "OPS",
    "ORDER_OPS",
    "SYMBOL",
    "All",
    "Any_",
    "Compare",
    "Condition",
    "IsKnown",
    "IsUnknown",
    "Judgement",
    "Node",
    "Not",
    "Ratio",
    "RatioSpec",
    "Scalar",
    "Trace",
    "Verdict",
    "describe",
    "evaluate",
    "exact",
    "judge",
    "ratio_sides",
    "referenced_fields",
]


class Verdict(StrEnum):
    """A three-valued verdict: true, false, or unknown (an input was unknown)."""

    TRUE = "true"
    FALSE = "false"
    UNKNOWN = "unknown"


class All(Node):
    """True when every condition is true."""

    all: list[Condition] = Field(min_length=1)

    def _text(self) -> str:
        return "all of"

    def _kids(self) -> tuple[Node, ...]:
        return tuple(self.all)


class Any_(Node):
    """True when any condition is true."""

    any: list[Condition] = Field(min_length=1)

    def _text(self) -> str:
        return "any of"

    def _kids(self) -> tuple[Node, ...]:
        return tuple(self.any)


class Not(Node):
    """True when the condition is false (unknown stays unknown)."""

    not_: Condition = Field(alias="not")

    def _text(self) -> str:
        return "not"

    def _kids(self) -> tuple[Node, ...]:
        return (self.not_,)


def _tag(data: Any) -> str:
    """Which kind of condition: from its keys when read from YAML, from its class when serialised."""
    if isinstance(data, dict):
        for key, tag in (
            ("all", "all"),
            ("any", "any"),
            ("not", "not"),
            ("ratio", "ratio"),
            ("unknown", "unknown"),
            ("known", "known"),
            ("field", "compare"),
        ):
            if key in data:
                return tag
        return "compare"  # let Compare report the missing 'field'
    return _TAGS.get(type(data).__name__, "compare")


_TAGS = {
    "All": "all",
    "Any_": "any",
    "Not": "not",
    "Ratio": "ratio",
    "IsUnknown": "unknown",
    "IsKnown": "known",
    "Compare": "compare",
}


Condition = Annotated[
    Union[
        Annotated[All, Tag("all")],
        Annotated[Any_, Tag("any")],
        Annotated[Not, Tag("not")],
        Annotated[Ratio, Tag("ratio")],
        Annotated[IsUnknown, Tag("unknown")],
        Annotated[IsKnown, Tag("known")],
        Annotated[Compare, Tag("compare")],
    ],
    Discriminator(_tag),
]
All.model_rebuild()
Any_.model_rebuild()
Not.model_rebuild()


def referenced_fields(cond: Any) -> list[str]:
    """Every profile field a condition reads, once each, in order (worked out once per condition)."""
    return list(cond.fields_read)


class Trace(BaseModel):
    """One node of an evaluation: what it tested, its verdict, the inputs it read."""

    model_config = ConfigDict(frozen=True)
    test: str
    verdict: Verdict
    inputs: dict[str, Any] = Field(default_factory=dict)
    unknown: list[str] = Field(default_factory=list)
    children: list[Trace] = Field(default_factory=list)


def _cmp(op: str, a: Any, b: Any) -> bool:
    if op == "eq":  # lint keeps bools apart from numbers; this guards the evaluator as well
        return a == b and isinstance(a, bool) == isinstance(b, bool)
    if op == "ne":
        return not _cmp("eq", a, b)
    if op == "in":
        return any(_cmp("eq", a, x) for x in b)
    return bool({"lt": a < b, "le": a <= b, "gt": a > b, "ge": a >= b}[op])


def describe(cond: Node) -> str:
    """A condition as one line of text, for explain."""
    return cond.text


def _trace(
    test: str,
    verdict: Verdict,
    inputs: dict[str, Any] | None = None,
    unknown: list[str] | None = None,
    children: list[Trace] | None = None,
) -> Trace:
    # Validated: pydantic's validating constructor is faster than its unvalidated model_construct (2.5 against
    # 3.8 µs a node, measured), and child traces pass through as they are
    return Trace(test=test, verdict=verdict, inputs=inputs or {}, unknown=unknown or [], children=children or [])


JUDGEMENTS = 4096  # remembered per condition; a batch of 17,410 synthetic municipalities needs a few hundred


class Judgement(NamedTuple):
    """A verdict and the fields whose being unknown made it unknown: an evaluation without its explanation."""

    verdict: Verdict
    unknown: tuple[str, ...]


def _judgement(
    test: str,
    verdict: Verdict,
    inputs: dict[str, Any] | None = None,
    unknown: list[str] | None = None,
    children: list[Any] | None = None,
) -> Judgement:
    return Judgement(verdict, tuple(unknown or ()))


def evaluate(cond: Any, values: dict[str, Any]) -> Trace:
    """Kleene three-valued evaluation with its explanation: what each node tested, read and concluded."""
    return _evaluate(cond, values, _trace)  # type: ignore[no-any-return]


def judge(cond: Any, values: dict[str, Any]) -> Judgement:
    """The same evaluation as evaluate(), verdict and unknown fields only: a plan needs no more (no trees built).

    Remembered on the condition by the values it reads (with their types: True and 1 are different facts).
    """
    key = tuple((type(v), v) for v in map(values.get, cond.fields_read))
    memo = cond.judgements
    try:
        hash(key)
    except TypeError:  # a value that cannot be a key (none of the schema's kinds is one): evaluate afresh
        return _evaluate(cond, values, _judgement)  # type: ignore[no-any-return]
    if key not in memo:
        if len(memo) >= JUDGEMENTS:
            memo.clear()
        memo[key] = _evaluate(cond, values, _judgement)
    return memo[key]  # type: ignore[no-any-return]


def _evaluate(cond: Any, values: dict[str, Any], make: Callable[..., Any]) -> Any:
    """Kleene three-valued evaluation: an unknown input makes a test unknown, not false."""
    if isinstance(cond, (All, Any_)):
        kids = [_evaluate(c, values, make) for c in (cond.all if isinstance(cond, All) else cond.any)]
        verdicts = {k.verdict for k in kids}
        decisive, other = (Verdict.FALSE, Verdict.TRUE) if isinstance(cond, All) else (Verdict.TRUE, Verdict.FALSE)
        verdict = decisive if decisive in verdicts else (Verdict.UNKNOWN if Verdict.UNKNOWN in verdicts else other)
        unknown = [f for k in kids for f in k.unknown] if verdict == Verdict.UNKNOWN else []
        return make(test=describe(cond), verdict=verdict, unknown=list(dict.fromkeys(unknown)), children=kids)
    if isinstance(cond, Not):
        kid = _evaluate(cond.not_, values, make)
        flip = {Verdict.TRUE: Verdict.FALSE, Verdict.FALSE: Verdict.TRUE, Verdict.UNKNOWN: Verdict.UNKNOWN}
        return make(test="not", verdict=flip[kid.verdict], unknown=kid.unknown, children=[kid])
    inputs = {f: values.get(f) for f in cond.fields()}
    missing = [f for f, v in inputs.items() if v is None]
    if isinstance(cond, IsUnknown):
        return make(test=describe(cond), verdict=Verdict.TRUE if missing else Verdict.FALSE, inputs=inputs)
    if isinstance(cond, IsKnown):
        return make(test=describe(cond), verdict=Verdict.FALSE if missing else Verdict.TRUE, inputs=inputs)
    if isinstance(cond, Ratio):
        num, den = inputs[cond.ratio.of], inputs[cond.ratio.per]
        if den == 0:
            return make(test=describe(cond) + " (denominator is 0)", verdict=Verdict.FALSE, inputs=inputs)
        if missing:
            return make(test=describe(cond), verdict=Verdict.UNKNOWN, inputs=inputs, unknown=missing)
        d, n = ratio_sides(cond)
        assert num is not None and den is not None  # `missing` is empty: both sides are known
        ok = _cmp(cond.op, num * d, den * n)
        return make(test=describe(cond), verdict=Verdict.TRUE if ok else Verdict.FALSE, inputs=inputs)
    if missing:
        return make(test=describe(cond), verdict=Verdict.UNKNOWN, inputs=inputs, unknown=missing)
    ok = _cmp(cond.op, inputs[cond.field], cond.operand)
    return make(test=describe(cond), verdict=Verdict.TRUE if ok else Verdict.FALSE, inputs=inputs)
