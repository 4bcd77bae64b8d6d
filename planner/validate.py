"""`planner validate`: profiles, rule files and model files, wherever they are; all problems at once."""

from __future__ import annotations

from pathlib import Path

from planner.errors import EXIT_FINDINGS, InputError, Problem
from planner.messages import msg


def validate_paths(paths: list[Path]) -> dict[str, int]:
    """Check profiles, data folders and files; every problem at once, and counts of what passed."""
    from planner.profiles.load import load_profile
    from planner.rulebook.library import lint_library

    problems: list[Problem] = []
    counts = {"profiles": 0, "data folders (rules, models)": 0}
    for path in paths:
        try:
            if path.is_dir() and (path / "wards").is_dir():
                for p in sorted((path / "wards").glob("*.yaml")):
                    problems += _try(load_profile, p, counts, "profiles")
                if (path / "rules").is_dir() and (path / "models").is_dir():
                    try:
                        _, _, found = lint_library(path)
                        problems += found
                        counts["data folders (rules, models)"] += 1
                    except InputError as exc:
                        problems += exc.problems
            elif path.is_dir():
                files = sorted(path.glob("*.yaml"))
                if not files:
                    problems.append(Problem(str(path), None, None, msg("validate.no_yaml")))
                for p in files:
                    problems += _try(load_profile, p, counts, "profiles")
            elif not path.exists():
                problems.append(Problem(str(path), None, None, msg("validate.no_path"), msg("file.check_path")))
            else:
                problems += _try(load_profile, path, counts, "profiles")
        except InputError as exc:
            problems += exc.problems
    if problems:
        raise InputError(problems, EXIT_FINDINGS)
    return counts


def _try(fn, path: Path, counts: dict[str, int], key: str) -> list[Problem]:  # type: ignore[no-untyped-def]
    try:
        fn(path)
        counts[key] += 1
        return []
    except InputError as exc:
        return exc.problems
