"""`planner validate`: profiles, rule files and model files, wherever they are; all problems at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.errors import EXIT_FINDINGS, InputError, Problem
from planner.messages import msg

if TYPE_CHECKING:
    from planner.profiles.load import LoadedProfile


def validate_paths(paths: list[Path], warnings: list[Problem] | None = None) -> dict[str, int]:
    """Check profiles, data folders and files; every problem at once, and counts of what passed. Sources a council
    paper should not rest on (personal sites, aggregators) are added to `warnings`, never failures."""
    from planner.profiles.load import load_profile, source_warnings

    problems: list[Problem] = []
    loaded_all: list[LoadedProfile] = []
    counts = {"profiles": 0, "data folders (rules, models)": 0}
    for path in paths:
        try:
            if path.is_dir() and (path / "wards").is_dir():
                problems += _data_folder(path, counts, loaded_all)
            elif path.is_dir():
                files = sorted(path.glob("*.yaml"))
                if not files:
                    problems.append(Problem(str(path), None, None, msg("validate.no_yaml")))
                for p in files:
                    problems += _try(load_profile, p, counts, "profiles", loaded_all)
            elif not path.exists():
                problems.append(Problem(str(path), None, None, msg("validate.no_path"), msg("file.check_path")))
            else:
                problems += _try(load_profile, path, counts, "profiles", loaded_all)
        except InputError as exc:
            problems += exc.problems
    if warnings is not None:
        warnings += [w for lp in loaded_all for w in source_warnings(lp)]
    if problems:
        raise InputError(problems, EXIT_FINDINGS)
    return counts


def _data_folder(path: Path, counts: dict[str, int], loaded_all: list[LoadedProfile]) -> list[Problem]:
    """A data folder: its profiles, then its rule book and models, unless a file of them links out of the folder
    (reported, never read: datafolder.py)."""
    from planner.datafolder import links_out
    from planner.profiles.load import load_profile
    from planner.rulebook.library import lint_library

    loaded: list[LoadedProfile] = []
    problems: list[Problem] = []
    for p in sorted((path / "wards").glob("*.yaml")):
        problems += _try(load_profile, p, counts, "profiles", loaded)
    problems += duplicates(loaded)
    loaded_all += loaded
    linked = links_out(path, ("rules", "models"))
    if linked:
        return problems + linked
    if (path / "rules").is_dir() and (path / "models").is_dir():
        try:
            _, _, found = lint_library(path)
            problems += found
            counts["data folders (rules, models)"] += 1
        except InputError as exc:
            problems += exc.problems
    return problems


def duplicates(loaded: list[LoadedProfile]) -> list[Problem]:
    """Two profiles of one folder with the same code or kanji name: a lookup by either could not choose."""
    problems = []
    keyed: tuple[tuple[str, Callable[[LoadedProfile], str]], ...] = (
        ("code", lambda lp: lp.profile.code),
        ("name", lambda lp: lp.profile.name.ja),
    )
    for key, value_of in keyed:
        first: dict[str, LoadedProfile] = {}
        for lp in loaded:
            value = value_of(lp)
            if value in first:
                line, col = lp.located.where((key,) if key == "code" else ("name", "ja"))
                problems.append(
                    Problem(
                        str(lp.path),
                        line,
                        col,
                        msg(f"validate.duplicate_{key}", value=value, other=first[value].path),
                        msg("validate.duplicate_hint"),
                    )
                )
            else:
                first[value] = lp
    return problems


def _try(
    fn: Callable[[Path], Any],
    path: Path,
    counts: dict[str, int],
    key: str,
    into: list[LoadedProfile] | None = None,
) -> list[Problem]:
    try:
        result = fn(path)
        counts[key] += 1
        if into is not None:
            into.append(result)
        return []
    except InputError as exc:
        return exc.problems
