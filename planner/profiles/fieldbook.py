"""rules/fields.yaml: the profile's fields as data, and the strict profile model built from them."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, TypeAdapter, ValidationError, create_model, field_validator

from planner.profiles.facts import Fact
from planner.profiles.profile import WardProfile
from planner.strict import STRICT

Name = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,40}$")]
Kind = Literal["bool", "count", "population", "year", "choice", "text"]
# What each kind holds (a value outside is a located error when a profile is read)
VALUE_TYPES: dict[str, Any] = {
    "bool": bool,
    "count": Annotated[int, Field(ge=0, le=100_000)],
    "population": Annotated[int, Field(ge=0, le=20_000_000)],
    "year": Annotated[int, Field(ge=1990, le=2100)],
    "text": Annotated[str, Field(min_length=1, max_length=500)],
}
INTERNAL_KIND = {
    "bool": "bool",
    "count": "count",
    "population": "count",
    "year": "year",
    "choice": "enum",
    "text": "text",
}


class Words(BaseModel):
    """A word in Japanese and English (a unit, a group's title)."""

    model_config = STRICT
    ja: str = Field(min_length=1, max_length=40)
    en: str = Field(min_length=1, max_length=60)


class FieldDef(BaseModel):
    """One field: its kind, its labels (Japanese first), its unit or choices."""

    model_config = STRICT
    kind: Kind
    ja: str = Field(min_length=1, max_length=80, description="The label a Japanese plan and questionnaire show")
    en: str = Field(min_length=1, max_length=200, description="The English label (it may say what is counted)")
    unit: str | None = Field(None, description="A key of `units` (counts and populations)")
    choices: list[Name] = Field(default_factory=list, description="For a choice: the values it may take")

    @field_validator("choices")
    @classmethod
    def _unique(cls, v: list[str]) -> list[str]:
        if len(set(v)) != len(v):
            raise ValueError("choices repeat")
        return v


class SectionDef(BaseModel):
    """A section of the profile: the present-state group it belongs to and its fields, in order."""

    model_config = STRICT
    group: Name
    description: str = Field(min_length=1)
    fields: dict[Name, FieldDef] = Field(min_length=1)


class FieldFile(BaseModel):
    """rules/fields.yaml."""

    model_config = STRICT
    description: str
    units: dict[str, Words] = Field(description="Units after a number: 79人, 3か所, 年4回")
    groups: dict[Name, Words] = Field(min_length=1, description="The present state's groups, in the plan's order")
    sections: dict[Name, SectionDef] = Field(min_length=1)


@dataclass(frozen=True)
class FieldSpec:
    """One fact field: `section.name`, its kind (count | bool | enum | text | year), labels and unit."""

    path: str
    kind: str
    ja: str
    en: str
    unit: str | None
    unit_ja: str | None = None
    choices: tuple[str, ...] = ()
    maximum: int | None = None

    @property
    def section(self) -> str:
        """The profile section the field belongs to."""
        return self.path.split(".", 1)[0]


@dataclass
class FieldBook:
    """The fields of one rule book: specs in order, the section models, the groups, the profile model."""

    file: FieldFile
    sha256: str
    specs: dict[str, FieldSpec] = field(default_factory=dict)
    sections: dict[str, type[BaseModel]] = field(default_factory=dict)
    _profile: type[WardProfile] | None = None
    _values: dict[str, TypeAdapter[Any]] = field(default_factory=dict)

    def holds(self, path: str, value: Any) -> bool:
        """Whether a field takes this value: the same type a fact's value is checked with (kind, range, choices)."""
        adapter = self._values.get(path)
        if adapter is None:
            section, name = path.split(".", 1)
            adapter = self._values[path] = TypeAdapter(_value_type(self.file.sections[section].fields[name]))
        try:
            adapter.validate_python(value, strict=True)
        except ValidationError:
            return False
        return True

    @property
    def groups(self) -> dict[str, tuple[str, ...]]:
        """Each present-state group and the sections in it, in the file's order."""
        return {g: tuple(s for s, d in self.file.sections.items() if d.group == g) for g in self.file.groups}

    def group_of(self, field_path: str) -> str:
        """The present-state group a field belongs to."""
        return self.file.sections[field_path.split(".", 1)[0]].group

    def profile_model(self) -> type[WardProfile]:
        """The strict profile model: identity and sources (profile.WardProfile) plus these sections."""
        if self._profile is None:
            extra: dict[str, Any] = {
                name: (model, Field(default_factory=model)) for name, model in self.sections.items()
            }
            doc = "One municipality's profile: identity, sources, and facts by section."
            self._profile = create_model("WardProfile", __base__=WardProfile, __doc__=doc, **extra)
        return self._profile


def _value_type(spec: FieldDef) -> Any:
    if spec.kind == "choice":
        return Literal.__getitem__(tuple(spec.choices))
    return VALUE_TYPES[spec.kind]


def _class_name(section: str) -> str:
    return "".join(part.capitalize() for part in re.split(r"_+", section)) or "Section"


def build(file: FieldFile, sha256: str) -> FieldBook:
    """The field book of a fields file: specs, section models with each field's labels in its schema."""
    book = FieldBook(file, sha256)
    for section, sdef in file.sections.items():
        fields: dict[str, Any] = {}
        for name, fdef in sdef.fields.items():
            unit = file.units.get(fdef.unit) if fdef.unit else None
            extra: dict[str, Any] = {"kind": INTERNAL_KIND[fdef.kind], "ja": fdef.ja, "en": fdef.en}
            if fdef.unit:
                extra["unit"], extra["unit_ja"] = fdef.unit, unit.ja if unit else None
            described = f"{fdef.ja} — {fdef.en}" + (f" [{fdef.unit}]" if fdef.unit else "")
            fact: Any = Fact[_value_type(fdef)]  # type: ignore[misc]
            fields[name] = (fact | None, Field(None, description=described, json_schema_extra=extra))
            book.specs[f"{section}.{name}"] = FieldSpec(
                f"{section}.{name}",
                INTERNAL_KIND[fdef.kind],
                fdef.ja,
                fdef.en,
                fdef.unit,
                unit.ja if unit else None,
                tuple(fdef.choices),
                20_000_000 if fdef.kind == "population" else 100_000 if fdef.kind == "count" else None,
            )
        model = create_model(_class_name(section), __config__=STRICT, __doc__=sdef.description, **fields)
        book.sections[section] = model
    return book


def digest(raw: bytes) -> str:
    """The fields file's hash: a book is rebuilt only when the file changes."""
    return hashlib.sha256(raw).hexdigest()


def fields_path(data_dir: Path) -> Path:
    """Where a data folder keeps its fields: rules/fields.yaml."""
    return data_dir / "rules" / "fields.yaml"
