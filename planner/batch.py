"""Batches: every municipality (or one area) planned, rendered and written with an index; streamed, all or nothing."""

from __future__ import annotations

import gc
import os
import signal
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Any, TypeVar

from planner.errors import InputError, OutputError, PlannerError, Problem, UsageError
from planner.messages import msg
from planner.output import Inputs, check_target, prepare, sync_files, temporary_name, write_new
from planner.planning.api import plan_for
from planner.planning.whatif import parse_set
from planner.profiles.load import load_profile, ward_files
from planner.profiles.profile import AREAS
from planner.render import SUFFIX, render
from planner.render.index import IndexRow, index_name, render_index
from planner.rulebook.library import Library, load_library

T = TypeVar("T")
# Measured (BENCHMARKS.md): below about 100 municipalities a pool's start-up costs more than it saves.
POOL_MIN = 100
CHUNK = 8  # municipalities per task: fewer round trips, still a steady stream


@dataclass(frozen=True)
class Job:
    """What every municipality of a batch is planned with."""

    lib: Library
    fmt: str
    lang: str
    area: str | None
    as_of: str | None
    start: str | None
    model_id: str | None
    overrides: dict[str, Any]


@dataclass(frozen=True)
class Outcome:
    """One municipality: its rendered plan and index line, or why it could not be read (None: another area)."""

    file: str | None = None
    text: str | None = None
    row: IndexRow | None = None
    problems: tuple[Problem, ...] = ()


def plan_one(job: Job, path: Path) -> Outcome:
    """Load, plan and render one profile; its problems are returned, not raised, so the others still run."""
    try:
        lp = load_profile(path)
    except InputError as exc:
        return Outcome(problems=tuple(exc.problems))
    if job.area is not None and lp.profile.area != job.area:
        return Outcome()
    plan = plan_for(job.lib, lp, as_of=job.as_of, start=job.start, model_id=job.model_id, overrides=job.overrides)
    file = f"{lp.profile.id}{SUFFIX[job.fmt]}"
    return Outcome(file, render(plan, job.fmt, job.lang), IndexRow.of(plan, file))


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
    workers: int | None = None,
) -> list[Path]:
    """Plan, render and stage each municipality in turn (memory stays flat); publish all only if all succeed.

    Every profile is read once. A broken one stops the writing but not the reading, so all problems are
    reported together. With many municipalities the plans are made by a pool of processes, in file order,
    so the output is the same bytes as one process would write.
    """
    if area is not None and area not in AREAS:
        raise UsageError(msg("cli.unknown_area", area=area), msg("cli.one_of", options=", ".join(AREAS)))
    inputs = Inputs.of(data_dir)
    check_target(out_dir, inputs, "--out-dir")
    job = Job(load_library(data_dir), fmt, lang, area, as_of, start, model_id, parse_set(sets or []))
    paths = ward_files(data_dir)
    index = index_name(fmt)
    if any(f"{p.stem}{SUFFIX[fmt]}" == index for p in paths):
        raise OutputError(out_dir / index, msg("out.collides", name=index), msg("out.choose_other_dir"))
    _make_folder(out_dir)
    staged: list[tuple[Path, Path]] = []
    rows: list[IndexRow] = []
    problems: list[Problem] = []
    # The library lives as long as the batch: frozen, the collector stops re-scanning it (its oldest generation
    # took 0.36-0.41 s of 6.5-7.9 s over 1,200 plans, 0.01 s frozen) and forked workers do not copy the pages it
    # sits on. Thawed at the end for callers that go on.
    gc.freeze()
    try:
        for outcome in _bar(_outcomes(job, paths, workers), len(paths), progress, "planning"):
            problems += outcome.problems
            if outcome.file is None or problems:
                continue  # another area, or nothing more is written once a profile is broken
            assert outcome.text is not None and outcome.row is not None
            _stage(staged, out_dir / outcome.file, outcome.text, inputs)
            rows.append(outcome.row)
        if problems:
            raise InputError(problems)
        rows.sort(key=lambda r: (r.code, r.file))
        _stage(staged, out_dir / index, render_index(rows, fmt, lang), inputs)
        sync_files(staged)
        for tmp, target in staged:
            os.replace(tmp, target)
        return [target for _, target in staged]
    finally:
        gc.unfreeze()
        for tmp, _ in staged:
            if tmp.exists():
                tmp.unlink()


def pool_size(count: int, workers: int | None) -> int:
    """How many processes plan a batch of count: PLANNER_WORKERS, else both cores past POOL_MIN, else one."""
    if workers is None:
        env = os.environ.get("PLANNER_WORKERS", "")
        workers = int(env) if env.isdigit() else (os.cpu_count() or 1 if count >= POOL_MIN else 1)
    return max(1, min(workers, count, 8))


def _outcomes(job: Job, paths: list[Path], workers: int | None) -> Iterator[Outcome]:
    """Each path's outcome, in path order: here, or from a pool of forked processes (a bounded window ahead)."""
    size = pool_size(len(paths), workers)
    if size == 1:
        for path in paths:
            yield plan_one(job, path)
        return
    chunks = [paths[i : i + CHUNK] for i in range(0, len(paths), CHUNK)]
    # fork: the children start with the library (and its compiled rulesets) already in memory
    with ProcessPoolExecutor(size, mp_context=get_context("fork"), initializer=_worker_start, initargs=(job,)) as pool:
        window: deque[Future[list[Outcome]]] = deque()
        todo = iter(chunks)
        try:
            for chunk in todo:
                window.append(pool.submit(_plan_chunk, chunk))
                if len(window) >= 4 * size:
                    break
            while window:
                done = window.popleft().result()
                nxt = next(todo, None)
                if nxt is not None:
                    window.append(pool.submit(_plan_chunk, nxt))
                yield from done
        finally:
            for future in window:
                future.cancel()


_JOB: list[Job] = []


def _worker_start(job: Job) -> None:
    # A worker leaves signals to the parent, which stops the batch and removes what it staged.
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, signal.SIG_IGN)
    _JOB[:] = [job]


def _plan_chunk(chunk: list[Path]) -> list[Outcome]:
    out = []
    for path in chunk:
        try:
            out.append(plan_one(_JOB[0], path))
        except PlannerError as exc:  # returned, not raised: a PlannerError may not survive pickling
            out.append(Outcome(problems=tuple(exc.problems)))
    return out


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
    write_new(tmp, text, mode, target, sync=False)  # flushed together before publishing


def _bar(items: Iterator[T], length: int, progress: bool, label: str) -> Iterator[T]:
    """A progress bar on stderr when it is a terminal; nothing in logs and pipes."""
    if not progress:
        yield from items
        return
    import sys

    import typer

    with typer.progressbar(items, length=length, label=label, file=sys.stderr) as bar:
        yield from bar
