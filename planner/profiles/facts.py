"""The fact form: a value that may be unknown, with provenance and several dated observations."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field, field_validator, model_validator

from planner.dates import date_key, valid_date
from planner.strict import STRICT

T = TypeVar("T")


class Observation(BaseModel, Generic[T]):
    """One observed value of a fact: the value (null = unknown), where it comes from and when."""

    model_config = STRICT
    value: T | None = Field(None, description="The value; null means unknown (never zero or false).")
    source: str | None = Field(None, description="Key of an entry in the file's `sources` (or the report).")
    as_of: str | None = Field(None, description="Date the value describes: YYYY, YYYY-MM or YYYY-MM-DD.")
    note: str | None = Field(None, description="Free text: caveats, quote, how the value was read.")
    holder: str | None = Field(
        None,
        min_length=1,
        max_length=100,
        description="Who the fact is about when it is not the municipality itself (e.g. 都立墨東病院): "
        "shown in the plan's present state, never taken as the municipality's own.",
    )

    @field_validator("as_of")
    @classmethod
    def _date(cls, v: str | None) -> str | None:
        return None if v is None else valid_date(v)


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
        """The observation in force at as_of: latest dated one not after it, else an undated one.

        An observation of an unknown value (a questionnaire answered 不明, with a note) never hides a known one:
        "not known now" does not make what was known wrong, and freshness says how old that is. It is in force
        only where nothing is known, so its note can be shown.
        """
        known = [o for o in self.values if o.value is not None]
        return _in_force(known, as_of) or _in_force(list(self.values), as_of)


def _in_force(observations: list[Observation[T]], as_of: str | None) -> Observation[T] | None:
    """The latest dated observation not after as_of, else the last undated one."""
    dated = [o for o in observations if o.as_of is not None]
    undated = [o for o in observations if o.as_of is None]
    if as_of is not None:
        # at the plan date's own precision: a plan "as of 2027-05" sees a fact dated 2027-05-10
        dated = [o for o in dated if date_key(o.as_of or "")[: len(as_of)] <= as_of]
    if dated:
        return max(dated, key=lambda o: date_key(o.as_of or ""))
    return undated[-1] if undated else None
