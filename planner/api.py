"""The core entry points the CLI and tests call: plan one ward, explain one ward. No printing."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from .assess import Assessment, assess, parse_set
from .catalog import Library, load_library
from .plan import Plan, build_plan
from .wards import LoadedProfile, load_profile, resolve


def load_ward(data_dir: Path, ward: str) -> LoadedProfile:
    return load_profile(resolve(ward, data_dir))


def plan_for(lib: Library, lp: LoadedProfile, *, as_of: str | None = None, start: str | None = None,
             model_id: str | None = None, overrides: dict[str, Any] | None = None) -> Plan:
    assessment = assess(lib, lp, as_of, overrides)
    model = lib.models.get(model_id) if model_id else lib.models.for_area(lp.profile.area)
    return build_plan(lib, lp, assessment, model, start)


def plan_ward(data_dir: Path, ward: str, *, as_of: str | None = None, start: str | None = None,
              model_id: str | None = None, sets: list[str] | None = None) -> Plan:
    lib = load_library(data_dir)
    return plan_for(lib, load_ward(data_dir, ward), as_of=as_of, start=start, model_id=model_id,
                    overrides=parse_set(sets or []))


def explain_ward(data_dir: Path, ward: str, *, as_of: str | None = None,
                 sets: list[str] | None = None) -> tuple[Library, LoadedProfile, Assessment]:
    lib = load_library(data_dir)
    lp = load_ward(data_dir, ward)
    return lib, lp, assess(lib, lp, as_of, parse_set(sets or []))
