"""The leaf tests of rule conditions: a field compared with a value, a ratio of two fields, is-known, is-unknown."""

from __future__ import annotations

from fractions import Fraction
from typing import Any, Union

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

STRICT = ConfigDict(extra="forbid", strict=True, frozen=True, populate_by_name=True, defer_build=True)
Scalar = Union[bool, int, float, str]
OPS = ("eq", "ne", "lt", "le", "gt", "ge", "in")
ORDER_OPS = ("lt", "le", "gt", "ge")
SYMBOL = {"eq": "=", "ne": "≠", "lt": "<", "le": "≤", "gt": ">", "ge": "≥", "in": "∈"}
NEGATE = {"eq": "ne", "ne": "eq", "lt": "ge", "le": "gt", "gt": "le", "ge": "lt"}


class _OneOp(BaseModel):
    """Shared check: exactly one operator key."""

    model_config = STRICT

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

    @property
    def op(self) -> str:
        return next(op for op in self._ops() if getattr(self, op) is not None)

    @property
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

    @property
    def op(self) -> str:
        """The operator written."""
        return super().op.rstrip("_")

    @property
    def operand(self) -> Any:
        """The value the field is compared with."""
        return getattr(self, "in_" if self.op == "in" else self.op)

    def fields(self) -> list[str]:
        """The profile fields the test reads."""
        return [self.field]


class RatioSpec(BaseModel):
    """of / per × scale: e.g. beds per 100 children."""

    model_config = STRICT
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


def exact(x: int | float) -> Fraction:
    """A number as the analyst wrote it: 1.44 is 36/25, not the binary float nearest to it."""
    return Fraction(repr(x)) if isinstance(x, float) else Fraction(x)


def ratio_sides(cond: Ratio) -> tuple[int, int]:
    """(den, num) with of / per × scale op v  ⟺  of × den op per × num, for per > 0: integers, exact."""
    frac = exact(cond.operand) / exact(cond.ratio.scale)
    return frac.denominator, frac.numerator


class IsUnknown(BaseModel):
    """True when the field is unknown."""

    model_config = STRICT
    unknown: str

    def fields(self) -> list[str]:
        """The profile fields the test reads."""
        return [self.unknown]


class IsKnown(BaseModel):
    """True when the field is known."""

    model_config = STRICT
    known: str

    def fields(self) -> list[str]:
        """The profile fields the test reads."""
        return [self.known]
