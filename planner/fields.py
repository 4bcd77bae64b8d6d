"""The catalogue of profile fields rules may read: path, kind, unit, and the value in force."""
from __future__ import annotations

import typing
from dataclasses import dataclass
from functools import cache
from typing import Any


from .facts import Fact, Observation
from .profile import SECTIONS, WardProfile


@dataclass(frozen=True)
class FieldSpec:
    path: str  # "section.name"
    kind: str  # count | bool | enum | text | year
    ja: str
    en: str
    unit: str | None
    choices: tuple[str, ...] = ()
    maximum: int | None = None


def _kind(obs_type: Any) -> tuple[str, tuple[str, ...], int | None]:
    value_ann = obs_type.model_fields["value"].annotation
    args = [a for a in typing.get_args(value_ann) if a is not type(None)] or [value_ann]
    inner = args[0]
    meta: list[Any] = []
    if typing.get_origin(inner) is typing.Annotated:
        inner, *meta = typing.get_args(inner)
    maximum = next((m.le for f in meta for m in getattr(f, "metadata", []) if hasattr(m, "le")), None)
    if typing.get_origin(inner) is typing.Literal:
        return "enum", tuple(typing.get_args(inner)), None
    if inner is bool:
        return "bool", (), None
    if inner is int:
        return ("year" if maximum == 2100 else "count"), (), maximum
    return "text", (), None


@cache
def catalogue() -> dict[str, FieldSpec]:
    out: dict[str, FieldSpec] = {}
    for section, model in SECTIONS.items():
        for name, info in model.model_fields.items():
            fact_type = [a for a in typing.get_args(info.annotation) if a is not type(None)][0]
            obs_type = typing.get_args(fact_type.model_fields["values"].annotation)[0]
            kind, choices, maximum = _kind(obs_type)
            extra = info.json_schema_extra or {}
            ja = str(extra.get("ja", name))  # type: ignore[union-attr]
            en = (info.description or name).split(" — ", 1)[-1].split(" [")[0]
            unit = extra.get("unit")  # type: ignore[union-attr]
            out[f"{section}.{name}"] = FieldSpec(f"{section}.{name}", kind, ja, en, unit, choices, maximum)
    return out


def get_fact(profile: WardProfile, path: str) -> Fact[Any] | None:
    section, name = path.split(".", 1)
    return getattr(getattr(profile, section), name)


def observation(profile: WardProfile, path: str, as_of: str | None) -> Observation[Any] | None:
    fact = get_fact(profile, path)
    return None if fact is None else fact.at(as_of)


def value(profile: WardProfile, path: str, as_of: str | None) -> Any:
    """The value in force at as_of, or None when unknown."""
    obs = observation(profile, path, as_of)
    return None if obs is None else obs.value


def completeness(profile: WardProfile, as_of: str | None = None) -> tuple[int, int]:
    paths = catalogue()
    known = sum(1 for p in paths if value(profile, p, as_of) is not None)
    return known, len(paths)
