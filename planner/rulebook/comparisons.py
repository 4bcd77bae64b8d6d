"""The leaf tests of rule conditions: a field compared with a value, a ratio of two fields, is-known, is-unknown."""

from __future__ import annotations

import json
from fractions import Fraction
from functools import cached_property
from typing import Any, Union

from pydantic import BaseModel, Field, model_validator
from pydantic_core import PydanticCustomError

from planner.strict import STRICT_BY_NAME

Scalar = Union[bool, int, float, str]
OPS = ("eq", "ne", "lt", "le", "gt", "ge", "in")
ORDER_OPS = ("lt", "le", "gt", "ge")
SYMBOL = {"eq": "=", "ne": "≠", "lt": "<", "le": "≤", "gt": ">", "ge": "≥", "in": "∈"}
NEGATE = {"eq": "ne", "ne": "eq", "lt": "ge", "le": "gt", "gt": "le", "ge": "lt"}


class Node(BaseModel):
    """A node of a condition tree, with its one-line text for explain and data gaps."""

    model_config = STRICT_BY_NAME

    @cached_property
    def text(self) -> str:
        """The test as one line, made once: a frozen node's text never changes, and a batch asks for it often."""
        return self._text()

    @cached_property
    def fields_read(self) -> tuple[str, ...]:
        """Every profile field the condition reads, once each, left to right."""
        out = dict.fromkeys(self.fields())
        for kid in self._kids():
            out.update(dict.fromkeys(kid.fields_read))
        return tuple(out)

    @cached_property
    def judgements(self) -> dict[tuple[Any, ...], Any]:
        """Verdicts already worked out, by the values read: municipalities often lack the same facts."""
        return {}

    def fields(self) -> list[str]:
        """The profile fields this node itself reads (a leaf's; none for all, any and not)."""
        return []

    def _kids(self) -> tuple[Node, ...]:
        return ()

    def _text(self) -> str:
        raise NotImplementedError


class _OneOp(Node):
    """Shared check: exactly one operator key."""

    @model_validator(mode="after")
    def _one(self) -> Any:
        allowed = self._ops()
        given = [op for op in allowed if getattr(self, op) is not None]
        if len(given) != 1:
            raise PydanticCustomError(
                "planner.cond.one_op",
                "write exactly one of {options}",
                {"options": ", ".join(op.rstrip("_") for op in allowed)},
            )
        return self

    @model_validator(mode="before")
    @classmethod
    def _known_keys(cls, data: Any) -> Any:
        # A misspelt operator ('lte', '<', 'equals') is the likeliest mistake: name the operators.
        if isinstance(data, dict):
            ops = [op.rstrip("_") for op in cls._ops()]
            for k in data:
                if k not in ops and k not in cls._structure():
                    raise PydanticCustomError(
                        "planner.cond.unknown_op", "unknown operator {op}", {"op": str(k), "options": ", ".join(ops)}
                    )
        return data

    @classmethod
    def _structure(cls) -> tuple[str, ...]:
        return ()

    @classmethod
    def _ops(cls) -> tuple[str, ...]:
        return OPS

    # Cached: a frozen test's operator never changes, and the evaluators ask for it thousands of times a batch
    @cached_property
    def op(self) -> str:
        """The operator written (`in`, though its attribute is `in_`)."""
        return next(op for op in self._ops() if getattr(self, op) is not None).rstrip("_")

    @cached_property
    def operand(self) -> Any:
        return getattr(self, self.op)


class Compare(_OneOp):
    """A field compared with a value: eq, ne, lt, le, gt, ge or in."""

    field: str
    eq: Scalar | None = None
    ne: Scalar | None = None
    lt: int | float | None = None
    le: int | float | None = None
    gt: int | float | None = None
    ge: int | float | None = None
    in_: list[Scalar] | None = Field(None, alias="in", min_length=1)

    @classmethod
    def _ops(cls) -> tuple[str, ...]:
        return ("eq", "ne", "lt", "le", "gt", "ge", "in_")

    @classmethod
    def _structure(cls) -> tuple[str, ...]:
        return ("field",)

    @cached_property
    def operand(self) -> Any:
        """The value the field is compared with."""
        return getattr(self, "in_" if self.op == "in" else self.op)

    def fields(self) -> list[str]:
        """The profile fields the test reads."""
        return [self.field]

    def _text(self) -> str:
        return f"{self.field} {SYMBOL[self.op]} {json.dumps(self.operand, ensure_ascii=False)}"


class RatioSpec(BaseModel):
    """of / per × scale: e.g. beds per 100 children."""

    model_config = STRICT_BY_NAME
    of: str = Field(description="numerator field")
    per: str = Field(description="denominator field")
    scale: int | float = Field(1, gt=0, description="e.g. 10000 for 'per 10,000'")


class Ratio(_OneOp):
    """of / per × scale compared with a number; a zero denominator makes the comparison false."""

    ratio: RatioSpec
    lt: int | float | None = None
    le: int | float | None = None
    gt: int | float | None = None
    ge: int | float | None = None

    @classmethod
    def _ops(cls) -> tuple[str, ...]:
        return ORDER_OPS

    @classmethod
    def _structure(cls) -> tuple[str, ...]:
        return ("ratio",)

    def fields(self) -> list[str]:
        """The profile fields the test reads."""
        return [self.ratio.of, self.ratio.per]

    def _text(self) -> str:
        r = self.ratio
        return f"{r.of} / {r.per} × {r.scale:g} {SYMBOL[self.op]} {self.operand:g}"


def exact(x: int | float) -> Fraction:
    """A number as the analyst wrote it: 1.44 is 36/25, not the binary float nearest to it."""
    return Fraction(repr(x)) if isinstance(x, float) else Fraction(x)


def ratio_sides(cond: Ratio) -> tuple[int, int]:
    """(den, num) with of / per × scale op v  ⟺  of × den op per × num, for per > 0: integers, exact."""
    frac = exact(cond.operand) / exact(cond.ratio.scale)
    return frac.denominator, frac.numerator


class IsUnknown(Node):
    """True when the field is unknown."""

    unknown: str

    def fields(self) -> list[str]:
        """The profile fields the test reads."""
        return [self.unknown]

    def _text(self) -> str:
        return f"{self.unknown} is unknown"


class IsKnown(Node):
    """True when the field is known."""

    known: str

    def fields(self) -> list[str]:
        """The profile fields the test reads."""
        return [self.known]

    def _text(self) -> str:
        return f"{self.known} is known"
