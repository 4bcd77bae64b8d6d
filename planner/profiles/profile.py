"""The ward profile schema: identity plus the facts the report's lessons ask about, all strict."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from planner.chars import visible_name
from planner.dates import valid_date
from planner.links import Url
from planner.profiles.kinds import STRICT, Text
from planner.profiles.sections import (
    SECTIONS,
    Beds,
    Children,
    ConsultationBody,
    Coordinators,
    Council,
    Information,
    Programmes,
    Providers,
    Services,
    Specialists,
    System,
    Welfare,
)

# The section models live in sections.py (their fields are declared with kinds.py); other modules and tests
# import SECTIONS from here.
__all__ = [
    "AREAS",
    "SECTIONS",
    "Area",
    "Beds",
    "Children",
    "ConsultationBody",
    "Coordinators",
    "Council",
    "Information",
    "Names",
    "Programmes",
    "Providers",
    "Services",
    "Source",
    "Specialists",
    "System",
    "WardProfile",
    "Welfare",
]

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

    @field_validator("published", "period")
    @classmethod
    def _date(cls, v: str | None) -> str | None:
        return None if v is None else valid_date(v)


class WardProfile(BaseModel):
    """One municipality's profile: identity, sources, and facts by section."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, defer_build=True)
    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9-]{1,40}$", description="File name without .yaml")]
    code: Annotated[str, Field(pattern=r"^13[0-9]{3}$", description="全国地方公共団体コード, 5 digits, e.g. '13108'")]
    name: Names
    kind: Literal["ward", "city", "town", "village"]
    area: Area = Field(description="二次保健医療圏 id (GLOSSARY.md)")
    hub_hospital: Names | None = Field(None, description="The 2014 hub hospital serving this area, if any")
    describes: str = Field(description="Date the profile describes, YYYY-MM[-DD]")
    description: str | None = None
    sources: dict[str, Source] = Field(default_factory=dict)
    council: Council = Field(default_factory=Council)
    consultation_body: ConsultationBody = Field(default_factory=ConsultationBody)
    specialists: Specialists = Field(default_factory=Specialists)
    coordinators: Coordinators = Field(default_factory=Coordinators)
    programmes: Programmes = Field(default_factory=Programmes)
    beds: Beds = Field(default_factory=Beds)
    services: Services = Field(default_factory=Services)
    providers: Providers = Field(default_factory=Providers)
    welfare: Welfare = Field(default_factory=Welfare)
    information: Information = Field(default_factory=Information)
    system: System = Field(default_factory=System)
    children: Children = Field(default_factory=Children)

    @field_validator("describes")
    @classmethod
    def _date(cls, v: str) -> str:
        return valid_date(v)
