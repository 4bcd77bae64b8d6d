"""`registry import` as a library: files found, read, checked against each other, and the profiles' new texts."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from planner.errors import InputError, OutputError, Problem
from planner.intake.lock import publish
from planner.intake.registry_apply import RegistryChange, apply_registry, changes_for
from planner.intake.registry_read import RegistryFile, place_key, read_registry_file
from planner.messages import msg
from planner.output import prepare_replace, sync_files, temporary_name, write_new
from planner.profiles.load import LoadedProfile
from planner.rulebook.registry import Registry

MAX_FILES = 200  # a folder of WAM NET files holds about fifty kinds of service


@dataclass
class RegistryImport:
    """What an import would do: the files read, each profile's changes and new text, the places with no profile."""

    files: list[RegistryFile]
    changes: list[RegistryChange] = field(default_factory=list)
    texts: dict[Path, str] = field(default_factory=dict)
    without_profile: dict[str, int] = field(default_factory=dict)  # offices, by municipality, over all files


def csv_files(paths: list[Path]) -> list[Path]:
    """The files named, and every *.csv of the folders named (sorted); none at all is an error."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.suffix.lower() == ".csv")
        else:
            found.append(path)
    if not found:
        raise InputError([Problem(str(paths[0]), None, None, msg("registry.no_files"), msg("registry.csv_hint"))])
    _once(found)
    if len(found) > MAX_FILES:
        raise InputError(
            [Problem(str(paths[0]), None, None, msg("registry.too_many", count=len(found), limit=MAX_FILES))]
        )
    return found


def _once(found: list[Path]) -> None:
    """A file named twice (the same path, a link to it, or a file and the folder holding it) is an error, not read
    twice: the second would be refused as another file of the same kind and period, naming itself."""
    seen: dict[tuple[int, int], Path] = {}
    problems = []
    for path in found:
        try:
            info = path.stat()
        except (OSError, ValueError):
            continue  # missing or unreadable: reading it says why
        first = seen.setdefault((info.st_dev, info.st_ino), path)
        if first is not path:
            problems.append(Problem(str(path), None, None, msg("registry.same_file", other=first)))
    if problems:
        raise InputError(problems)


def read_all(registry: Registry, paths: list[Path], period: str | None) -> list[RegistryFile]:
    """Every file read (all problems together); two files of one kind and period are refused; oldest first."""
    problems: list[Problem] = []
    files: list[RegistryFile] = []
    for path in csv_files(paths):
        try:
            files.append(read_registry_file(path, registry, period))
        except InputError as exc:
            problems += exc.problems
    seen: dict[tuple[str, str], Path] = {}
    for rf in files:
        key = (rf.service.code, rf.period)
        if key in seen:
            problems.append(
                Problem(
                    str(rf.path),
                    None,
                    None,
                    msg("registry.twice", kind=rf.service.kind, period=rf.period, other=seen[key]),
                )
            )
        seen.setdefault(key, rf.path)
    if problems:
        raise InputError(problems)
    return sorted(files, key=lambda f: (f.period, f.service.code))


def plan_import(registry: Registry, profiles: list[LoadedProfile], files: list[RegistryFile]) -> RegistryImport:
    """Each profile's changes and, where anything changes, its new text; offices of places without a profile."""
    imp = RegistryImport(files)
    for lp in sorted(profiles, key=lambda p: p.profile.code):
        changes = changes_for(lp, files, profiles)
        imp.changes += changes
        text = apply_registry(registry, lp, files, changes)
        if text is not None:
            imp.texts[lp.path] = text
    profiled = {place_key(lp.profile.name.ja) for lp in profiles}
    for name in registry.municipalities:
        count = sum(rf.count(place_key(name)) for rf in files)
        if place_key(name) not in profiled and count:
            imp.without_profile[name] = count
    return imp


def write_import(imp: RegistryImport) -> None:
    """Replace every changed profile: all new texts on disk first, then each renamed over its profile."""
    staged: list[tuple[Path, Path]] = []
    try:
        for path, text in sorted(imp.texts.items()):
            mode = prepare_replace(path)
            tmp = temporary_name(path)
            staged.append((tmp, path))
            write_new(tmp, text, mode, path, sync=False)
        sync_files(staged)
        for tmp, path in staged:
            try:
                publish(tmp, path, imp.texts[path])  # the profile keeps its owner and group
            except OSError as exc:
                raise OutputError(path, msg("out.cannot_write", reason=exc.strerror or str(exc))) from None
    finally:
        for tmp, _ in staged:
            if tmp.exists():
                tmp.unlink()
