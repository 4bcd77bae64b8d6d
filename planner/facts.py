"""The fact form: a value that may be unknown, with provenance and several dated observations."""
from __future__ import annotations

import re
from datetime import date
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

T = TypeVar("T")

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def check_date(text: str) -> str:
    """Accept YYYY, YYYY-MM or YYYY-MM-DD naming a real date; return it unchanged."""
    m = _DATE.match(text)
    if not m:
        raise ValueError(f"{text!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    try:
        date(year, month, day)
    except ValueError:
        raise ValueError(f"{text!r} is not a real date") from None
    if not 1900 <= year <= 2100:
        raise ValueError(f"{text!r}: year out of range 1900-2100")
    return text


def date_key(text: str) -> str:
    """Sortable form: '2014' -> '2014-01-01'-like key that compares correctly with full dates."""
    parts = text.split("-")
    return "-".join([parts[0], (parts[1] if len(parts) > 1 else "01"), (parts[2] if len(parts) > 2 else "01")])


STRICT = ConfigDict(extra="forbid", strict=True, frozen=True)


class Observation(BaseModel, Generic[T]):
    """One observed value of a fact: the value (null = unknown), where it comes from and when."""

    model_config = STRICT
    value: T | None = Field(None, description="The value; null means unknown (never zero or false).")
    source: str | None = Field(None, description="Key of an entry in the file's `sources` (or the report).")
    as_of: str | None = Field(None, description="Date the value describes: YYYY, YYYY-MM or YYYY-MM-DD.")
    note: str | None = Field(None, description="Free text: caveats, quote, how the value was read.")

    @field_validator("as_of")
    @classmethod
    def _date(cls, v: str | None) -> str | None:
        return None if v is None else check_date(v)


class Fact(BaseModel, Generic[T]):
    """A fact: a bare value, one observation, or a list of dated observations (`values`)."""

    model_config = STRICT
    values: list[Observation[T]] = Field(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _normalise(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return data if "values" in data else {"values": [data]}
        if isinstance(data, list):
            return {"values": data} if all(isinstance(x, dict) for x in data) else {"values": [{"value": data}]}
        return {"values": [{"value": data}]}

    def at(self, as_of: str | None = None) -> Observation[T] | None:
        """The observation in force at as_of: latest dated one not after it, else an undated one."""
        dated = [o for o in self.values if o.as_of is not None]
        undated = [o for o in self.values if o.as_of is None]
        if as_of is not None:
            limit = date_key(as_of)
            dated = [o for o in dated if date_key(o.as_of) <= limit]  # type: ignore[arg-type]
        if dated:
            return max(dated, key=lambda o: date_key(o.as_of))  # type: ignore[arg-type]
        return undated[-1] if undated else None
