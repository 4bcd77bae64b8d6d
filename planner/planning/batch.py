"""Batch planning: every municipality (or one area) into a folder, with an index; streamed, all or nothing."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

from planner.errors import OutputError, UsageError
from planner.messages import msg
from planner.output import Inputs, check_target, prepare, temporary_name, write_new
from planner.planning.api import plan_for
from planner.planning.whatif import parse_set
from planner.profiles.load import load_profile, ward_files
from planner.profiles.profile import AREAS
from planner.render import SUFFIX, render
from planner.render.index import IndexRow, index_name, render_index
from planner.rulebook.library import load_library

T = TypeVar("T")


def run_batch(
    data_dir: Path,
    out_dir: Path,
    fmt: str,
    lang: str,
    *,
    area: str | None = None,
    as_of: str | None = None,
    start: str | None = None,
    model_id: str | None = None,
    sets: list[str] | None = None,
    progress: bool = False,
) -> list[Path]:
    """Plan, render and stage each municipality in turn (memory stays flat); publish all only if all succeed."""
    if area is not None and area not in AREAS:
        raise UsageError(msg("cli.unknown_area", area=area), msg("cli.one_of", options=", ".join(AREAS)))
    inputs = Inputs.of(data_dir)
    check_target(out_dir, inputs, "--out-dir")
    lib = load_library(data_dir)
    overrides = parse_set(sets or [])
    paths = _checked_profiles(data_dir, area)
    index = index_name(fmt)
    if any(f"{p.stem}{SUFFIX[fmt]}" == index for p in paths):
        raise OutputError(out_dir / index, msg("out.collides", name=index), msg("out.choose_other_dir"))
    _make_folder(out_dir)
    staged: list[tuple[Path, Path]] = []
    rows: list[IndexRow] = []
    try:
        for path in _bar(paths, progress, "planning"):
            lp = load_profile(path)
            plan = plan_for(lib, lp, as_of=as_of, start=start, model_id=model_id, overrides=overrides)
            target = out_dir / f"{lp.profile.id}{SUFFIX[fmt]}"
            _stage(staged, target, render(plan, fmt, lang), inputs)
            rows.append(IndexRow.of(plan, target.name))
        _stage(staged, out_dir / index, render_index(rows, fmt, lang), inputs)
        for tmp, target in staged:
            os.replace(tmp, target)
        return [target for _, target in staged]
    finally:
        for tmp, _ in staged:
            if tmp.exists():
                tmp.unlink()


def _checked_profiles(data_dir: Path, area: str | None) -> list[Path]:
    """Every profile read and checked once before anything is written (all problems together); paths kept, not data."""
    from planner.errors import InputError

    paths, problems = [], []
    for path in ward_files(data_dir):
        try:
            lp = load_profile(path)
        except InputError as exc:
            problems += exc.problems
            continue
        if area is None or lp.profile.area == area:
            paths.append((lp.profile.code, path))
    if problems:
        raise InputError(problems)
    return [p for _, p in sorted(paths)]


def _make_folder(out_dir: Path) -> None:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(out_dir, msg("out.not_regular"), msg("out.choose_other_dir")) from None
    except PermissionError:
        raise OutputError(out_dir, msg("out.permission"), msg("out.writable")) from None
    except OSError as exc:
        raise OutputError(out_dir, msg("out.cannot_write", reason=exc.strerror or str(exc))) from None


def _stage(staged: list[tuple[Path, Path]], target: Path, text: str, inputs: Inputs) -> None:
    """Write text beside target under a temporary name, listed before it exists so cleanup always finds it."""
    mode = prepare(target, inputs, "--out-dir")
    tmp = temporary_name(target, "staged")
    staged.append((tmp, target))
    write_new(tmp, text, mode, target)


def _bar(items: list[T], progress: bool, label: str) -> Iterator[T]:
    """A progress bar on stderr when it is a terminal; nothing in logs and pipes."""
    if not progress:
        yield from items
        return
    import sys

    import typer

    with typer.progressbar(items, label=label, file=sys.stderr) as bar:
        yield from bar
