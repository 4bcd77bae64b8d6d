"""The ward profile schema: identity plus the facts the report's lessons ask about, all strict."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field, field_validator

from planner.chars import visible_name
from planner.dates import valid_date
from planner.links import Url
from planner.profiles.kinds import Text
from planner.strict import STRICT

AREAS = {
    "ku-chubu": "区中央部",
    "ku-nanbu": "区南部",
    "ku-seinanbu": "区西南部",
    "ku-seibu": "区西部",
    "ku-seihokubu": "区西北部",
    "ku-tohokubu": "区東北部",
    "ku-tobu": "区東部",
    "nishi-tama": "西多摩",
    "minami-tama": "南多摩",
    "kita-tama-seibu": "北多摩西部",
    "kita-tama-nanbu": "北多摩南部",
    "kita-tama-hokubu": "北多摩北部",
}
Area = Literal[
    "ku-chubu",
    "ku-nanbu",
    "ku-seinanbu",
    "ku-seibu",
    "ku-seihokubu",
    "ku-tohokubu",
    "ku-tobu",
    "nishi-tama",
    "minami-tama",
    "kita-tama-seibu",
    "kita-tama-nanbu",
    "kita-tama-hokubu",
]


class Names(BaseModel):
    """A name in Japanese and English."""

    model_config = STRICT
    ja: Text
    en: Text

    @field_validator("ja", "en")
    @classmethod
    def _visible(cls, v: str) -> str:
        # a name is how a municipality is found and told apart: 江東区 with a zero-width space looks the same
        # as 江東区 and is another name
        return visible_name(v)


class Reply(BaseModel):
    """A returned questionnaire sheet as its respondent wrote it: the round, the group, and every answer."""

    model_config = STRICT
    round: str = Field(description="The questionnaire's 基準日 (YYYY-MM): the answers of one round are merged.")
    group: Annotated[str, Field(pattern=r"^[a-z][a-z0-9-]{1,40}$", description="The respondent group (survey.yaml)")]
    copy_number: int | None = Field(None, ge=1, le=999, description="Which copy of a group answered office by office")
    answers: dict[Annotated[str, Field(pattern=r"^[a-z_]+\.[a-z0-9_]+$")], int | bool | str | None] = Field(
        default_factory=dict,
        description="The respondent's own answer to each question it answered or wrote a note for (null: unknown)",
    )
    notes: dict[Annotated[str, Field(pattern=r"^[a-z_]+\.[a-z0-9_]+$")], Text] = Field(
        default_factory=dict, description="The respondent's note (備考) beside a question"
    )
    preferred: list[Annotated[str, Field(pattern=r"^[a-z_]+\.[a-z0-9_]+$")]] = Field(
        default_factory=list,
        description="Questions whose answers disagreed in the round, where this sheet's answer is followed (--prefer)",
    )

    @field_validator("round")
    @classmethod
    def _round(cls, v: str) -> str:
        return valid_date(v)


class Source(BaseModel):
    """A document a fact cites."""

    model_config = STRICT
    title: Text
    url: Url | None = None
    kind: Literal["report", "official", "secondary"] = Field(description="official = a government document")
    published: str | None = Field(None, description="Date of the document, YYYY[-MM[-DD]].")
    respondent: str | None = Field(
        None,
        max_length=200,
        description="For an answered questionnaire (no URL): who "
        "answered (organisation, name, or the respondent group)",
    )
    period: str | None = Field(
        None, description="For a registry's open data: the date its rows describe (offices as at that month)."
    )
    note: str | None = Field(None, max_length=500, description="How the document was read (which rows, what counts).")
    reply: Reply | None = Field(
        None, description="For an answered questionnaire: the round, the group and what the respondent wrote"
    )

    @field_validator("published", "period")
    @classmethod
    def _date(cls, v: str | None) -> str | None:
        return None if v is None else valid_date(v)


class WardProfile(BaseModel):
    """One municipality's profile: identity and sources; the sections of facts are added from rules/fields.yaml
    (planner/profiles/fieldbook.py), so the model a profile is read with is that of its rule book."""

    model_config = STRICT
    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9-]{1,40}$", description="File name without .yaml")]
    code: Annotated[str, Field(pattern=r"^13[0-9]{3}$", description="全国地方公共団体コード, 5 digits, e.g. '13108'")]
    name: Names
    kind: Literal["ward", "city", "town", "village"]
    area: Area = Field(description="二次保健医療圏 id (GLOSSARY.md)")
    hub_hospital: Names | None = Field(None, description="The 2014 hub hospital serving this area, if any")
    describes: str = Field(description="Date the profile describes, YYYY-MM[-DD]")
    description: str | None = None
    sources: dict[str, Source] = Field(default_factory=dict)

    @field_validator("describes")
    @classmethod
    def _date(cls, v: str) -> str:
        return valid_date(v)
