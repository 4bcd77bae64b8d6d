"""The core entry points the CLI and tests call: plan one ward, explain one ward. No printing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from planner.planning.assess import Assessment, assess
from planner.planning.build import Plan, build_plan
from planner.planning.sections import assumptions, changes
from planner.planning.whatif import parse_set
from planner.profiles.load import LoadedProfile, load_profile, resolve
from planner.progress.record import ProgressRecord, find_record
from planner.rulebook.library import Library, load_library


def load_ward(data_dir: Path, ward: str) -> LoadedProfile:
    """The profile of a municipality named by id, kanji, code or path."""
    return load_profile(resolve(ward, data_dir))


def plan_for(
    lib: Library,
    lp: LoadedProfile,
    *,
    as_of: str | None = None,
    start: str | None = None,
    model_id: str | None = None,
    overrides: dict[str, Any] | None = None,
) -> Plan:
    """Assess a loaded profile and build its plan; with what-ifs, the plan also says what they change."""
    model = lib.models.get(model_id) if model_id else lib.models.for_area(lp.profile.area)
    record = record_of(lib, lp)
    assessment = assess(lib, lp, as_of, overrides)
    plan = build_plan(lib, lp, assessment, model, start, record)
    if not overrides:
        return plan
    base_assessment = assess(lib, lp, as_of)
    base = build_plan(lib, lp, base_assessment, model, start, record)
    return plan.model_copy(
        update={
            "assumptions": assumptions(overrides, base_assessment.state),
            "changes": changes(base, plan, base_assessment.state, assessment.state),
        }
    )


def record_of(lib: Library, lp: LoadedProfile) -> ProgressRecord | None:
    """The council's progress record of the municipality, if its data folder keeps one (wards/progress/<id>.yaml)."""
    found = find_record(lib.data_dir, lp.profile.id, lp.profile.code, {a.id for a in lib.book.actions})
    return found.record if found else None


def plan_ward(
    data_dir: Path,
    ward: str,
    *,
    as_of: str | None = None,
    start: str | None = None,
    model_id: str | None = None,
    sets: list[str] | None = None,
) -> Plan:
    """Load the library and a municipality, then plan it: the core of `planner assess`."""
    lib = load_library(data_dir)
    return plan_for(
        lib, load_ward(data_dir, ward), as_of=as_of, start=start, model_id=model_id, overrides=parse_set(sets or [])
    )


def explain_ward(
    data_dir: Path, ward: str, *, as_of: str | None = None, sets: list[str] | None = None
) -> tuple[Library, LoadedProfile, Assessment]:
    """Assess a municipality with every rule's evaluation trace: the core of `planner explain`."""
    lib = load_library(data_dir)
    lp = load_ward(data_dir, ward)
    return lib, lp, assess(lib, lp, as_of, parse_set(sets or []), trace=True)
