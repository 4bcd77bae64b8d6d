"""The profile's fields as rules and people see them: the field book in use, each field's spec and value in force."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel

from planner.profiles.facts import Fact, Observation
from planner.profiles.fieldbook import FieldBook, FieldFile, FieldSpec, build, digest, fields_path
from planner.profiles.profile import WardProfile

__all__ = ["FieldBook", "FieldSpec", "active", "completeness", "field_specs", "get_fact", "use_fields"]

# The field book in use. A command works on one data folder: loading its rule book (load_library) or resolving it
# (Settings.data_dir) selects that folder's rules/fields.yaml. Books are kept by content, so switching is cheap.
_BOOKS: dict[str, FieldBook] = {}
_ACTIVE: list[FieldBook] = []


def read_book(path: Path) -> FieldBook:
    """The field book of one fields file (validated; every problem located)."""
    from planner.problems import read_model
    from planner.yamlio import decode, load_text, read_bytes

    raw = read_bytes(path)
    key = digest(raw)
    if key not in _BOOKS:
        _BOOKS[key] = build(read_model(FieldFile, load_text(str(path), decode(str(path), raw))), key)
    return _BOOKS[key]


def use_fields(data_dir: Path) -> FieldBook:
    """Select a data folder's fields (its rules/fields.yaml; the shipped one when the folder has none)."""
    from planner.profiles.load import default_data_dir

    path = fields_path(data_dir)
    if not path.exists():
        path = fields_path(default_data_dir())
    book = read_book(path)
    _ACTIVE[:] = [book]
    return book


def active() -> FieldBook:
    """The field book in use (the shipped one until a data folder selects its own)."""
    if not _ACTIVE:
        from planner.profiles.load import default_data_dir

        use_fields(default_data_dir())
    return _ACTIVE[0]


def field_specs() -> dict[str, FieldSpec]:
    """Every fact field of the book in use, in the file's order."""
    return active().specs


def sections() -> dict[str, type[BaseModel]]:
    """The section models of the book in use."""
    return active().sections


def get_fact(profile: WardProfile, path: str) -> Fact[Any] | None:
    """The fact a profile records for a field (None when absent)."""
    section, name = path.split(".", 1)
    return getattr(getattr(profile, section, None), name, None)


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
