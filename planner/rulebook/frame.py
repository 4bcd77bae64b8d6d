"""rules/frame.yaml: the laws, notices and guidelines a plan is made under, and the programmes it can use."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, field_validator

from planner.dates import valid_date
from planner.links import Url
from planner.rulebook.basics import Id, Text2
from planner.strict import STRICT_BY_NAME


class FrameSource(BaseModel):
    """Where an instrument or programme is documented."""

    model_config = STRICT_BY_NAME
    title: str = Field(min_length=1)
    url: Url = Field(min_length=8)
    kind: Literal["official", "secondary"]
    note: str | None = None


class Dated(BaseModel):
    """Something in force from one date until another (both optional, YYYY[-MM[-DD]])."""

    model_config = STRICT_BY_NAME
    from_: str | None = Field(None, alias="from")
    until: str | None = None

    @field_validator("from_", "until")
    @classmethod
    def _date(cls, v: str | None) -> str | None:
        return None if v is None else valid_date(v)


class Instrument(Dated):
    """A law, notice or guideline; a draft has only draft_from and is never in force."""

    id: Id
    title: Text2
    draft_from: str | None = None
    source: FrameSource


class Programme(Dated):
    """A national or metropolitan programme that serves some actions as partner, training or funding."""

    id: Id
    title: Text2
    kind: Literal["advice", "training", "funding"]
    serves: list[Id] = Field(min_length=1)
    source: FrameSource


class Frame(BaseModel):
    """Every instrument and programme, dated."""

    model_config = STRICT_BY_NAME
    description: str
    instruments: list[Instrument]
    programmes: list[Programme]
