"""rules/registry.yaml: the national registry of offices, its columns, and which サービス種別 fills which field."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, Field

from planner.links import Url
from planner.rulebook.basics import Text2
from planner.strict import STRICT

Code = Annotated[str, Field(pattern=r"^13[0-9]{3}$")]


class Columns(BaseModel):
    """The registry file's column names planner reads (the national layout's own headers)."""

    model_config = STRICT
    place: str = Field(min_length=1, description="The office's municipality (事業所住所（市区町村）)")
    kind: str = Field(min_length=1, description="The kind of service (サービス種別)")
    name: str = Field(min_length=1, description="The office's name")
    number: str = Field(min_length=1, description="The office's number (事業所番号)")


class Service(BaseModel):
    """One kind of service: its file number, its name as the files write it, the profile field its count fills."""

    model_config = STRICT
    code: str = Field(pattern=r"^[0-9]{3}$", description="WAM NET's file number for the サービス種別, e.g. 024")
    kind: str = Field(min_length=1, max_length=60)
    field: str = Field(pattern=r"^[a-z_]+\.[a-z_]+$", description="A count field of the profile")


class Registry(BaseModel):
    """rules/registry.yaml."""

    model_config = STRICT
    description: str
    title: Text2
    publisher: str = Field(min_length=1, max_length=100)
    url: Url = Field(pattern=r"^https://")
    prefecture: str = Field(min_length=2, max_length=10)
    columns: Columns
    districts: list[str] = Field(default_factory=list, description="郡 names that may precede a town or village")
    municipalities: dict[str, Code] = Field(
        min_length=1, description="Every municipality of the prefecture by name, with its code"
    )
    services: list[Service] = Field(min_length=1)

    def service(self, kind: str) -> Service | None:
        """The service a file's サービス種別 names (None when planner keeps no count of it)."""
        return next((s for s in self.services if s.kind == kind), None)
