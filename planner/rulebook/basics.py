"""The small types every rule file uses: ids that read well in messages, and text in Japanese and English."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, Field, field_validator
from pydantic_core import PydanticCustomError

from planner.dates import date_key, valid_date
from planner.strict import STRICT, STRICT_BY_NAME

LessonId = Annotated[str, Field(pattern=r"^L[0-9]{1,2}$")]
TaskId = Annotated[str, Field(pattern=r"^T[0-9]$")]
_ID = re.compile(r"[a-z0-9][a-z0-9.-]{1,60}")


def _id(value: str) -> str:
    if not _ID.fullmatch(value):
        raise PydanticCustomError("planner.id.form", "{id} is not an id", {"id": value})
    return value


Id = Annotated[str, AfterValidator(_id), Field(json_schema_extra={"pattern": _ID.pattern})]


_CJK_GAP = re.compile(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])")


class Text2(BaseModel):
    """The same text in Japanese and English."""

    model_config = STRICT
    ja: str = Field(min_length=1)
    en: str = Field(min_length=1)

    @field_validator("ja")
    @classmethod
    def _no_folded_spaces(cls, v: str) -> str:
        # YAML folding turns line breaks into spaces; Japanese puts none between characters.
        return _CJK_GAP.sub("", v.strip())


def in_period(as_of: str, start: str | None, end: str | None) -> bool:
    """Whether as_of falls within [start, end], each bound at its own precision (a month covers the month)."""
    key = date_key(as_of)
    return (start is None or key[: len(start)] >= start) and (end is None or key[: len(end)] <= end)


class Dated(BaseModel):
    """Something that exists from one month until another (either open): a body, a name, a programme."""

    model_config = STRICT_BY_NAME
    from_: str | None = Field(None, alias="from", description="First month (YYYY-MM); absent: always before")
    until: str | None = Field(None, description="Last month (YYYY-MM); absent: still")

    @field_validator("from_", "until")
    @classmethod
    def _date(cls, v: str | None) -> str | None:
        return None if v is None else valid_date(v)

    def in_force(self, as_of: str) -> bool:
        """Whether it exists at as_of."""
        return in_period(as_of, self.from_, self.until)
