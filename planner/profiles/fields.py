"""The profile's fields as rules and people see them: path, kind, labels, unit, and the value in force."""

from __future__ import annotations

import typing
from dataclasses import dataclass
from functools import cache
from typing import Any

from planner.profiles.facts import Fact, Observation
from planner.profiles.profile import SECTIONS, WardProfile


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


def _value_type(info: Any) -> Any:
    fact_type = next(a for a in typing.get_args(info.annotation) if a is not type(None))
    obs_type = typing.get_args(fact_type.model_fields["values"].annotation)[0]
    value_ann = obs_type.model_fields["value"].annotation
    return next(a for a in typing.get_args(value_ann) if a is not type(None))


def _limits(value_type: Any) -> tuple[tuple[str, ...], int | None]:
    meta: list[Any] = []
    if typing.get_origin(value_type) is typing.Annotated:
        value_type, *meta = typing.get_args(value_type)
    maximum = next((m.le for f in meta for m in getattr(f, "metadata", []) if hasattr(m, "le")), None)
    choices = tuple(typing.get_args(value_type)) if typing.get_origin(value_type) is typing.Literal else ()
    return choices, maximum


@cache
def field_specs() -> dict[str, FieldSpec]:
    """Every fact field of the schema, in schema order, from the metadata each field declares."""
    out: dict[str, FieldSpec] = {}
    for section, model in SECTIONS.items():
        for name, info in model.model_fields.items():
            extra: dict[str, Any] = info.json_schema_extra  # type: ignore[assignment]
            choices, maximum = _limits(_value_type(info))
            path = f"{section}.{name}"
            out[path] = FieldSpec(
                path, extra["kind"], extra["ja"], extra["en"], extra.get("unit"), extra.get("unit_ja"), choices, maximum
            )
    return out


def get_fact(profile: WardProfile, path: str) -> Fact[Any] | None:
    """The fact a profile records for a field (None when absent)."""
    section, name = path.split(".", 1)
    return getattr(getattr(profile, section), name)  # type: ignore[no-any-return]


def observation(profile: WardProfile, path: str, as_of: str | None) -> Observation[Any] | None:
    """The observation of a field in force at as_of."""
    fact = get_fact(profile, path)
    return None if fact is None else fact.at(as_of)


def value(profile: WardProfile, path: str, as_of: str | None) -> Any:
    """The value in force at as_of, or None when unknown."""
    obs = observation(profile, path, as_of)
    return None if obs is None else obs.value


def completeness(profile: WardProfile, as_of: str | None = None) -> tuple[int, int]:
    """How many of the schema's fields the profile knows at as_of, and how many there are."""
    paths = field_specs()
    known = sum(1 for p in paths if value(profile, p, as_of) is not None)
    return known, len(paths)
