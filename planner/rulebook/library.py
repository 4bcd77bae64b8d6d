"""Loads the rule book, models and report text once per data folder, cross-checked by lint."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from planner.errors import InputError, Problem
from planner.messages import msg
from planner.profiles.fields import use_fields
from planner.rulebook.book import RuleBook, load_rulebook
from planner.rulebook.lint import coverage, lint
from planner.rulebook.regional import Models, load_models
from planner.yamlio import decode, read_bytes

REPORT_FILE = "report-2014.txt"
T = TypeVar("T")


@dataclass(frozen=True)
class Library:
    """The validated, linted rule book and models of one data folder."""

    book: RuleBook
    models: Models
    data_dir: Path
    # the engine for each set of rules in force, by their ids: compiling the key of Engine.for_rules is
    # itself costly, and within one library the ids name the conditions
    engines: dict[tuple[str, ...], Any] = field(default_factory=dict, compare=False, repr=False)


def report_text(rules_dir: Path) -> str | None:
    """The report's text that lint checks quotes against (None when absent)."""
    path = rules_dir / REPORT_FILE
    return decode(str(path), read_bytes(path)) if path.exists() else None


def _collect(problems: list[Problem], load: Callable[[Path], T], path: Path) -> T | None:
    try:
        return load(path)
    except InputError as exc:
        problems += exc.problems
        return None


def lint_library(data_dir: Path, with_coverage: bool = True) -> tuple[RuleBook, Models, list[Problem]]:
    """Load and cross-check the rule book and models of a data folder; every problem found."""
    problems: list[Problem] = []  # every file's problems, not just the first folder's
    _collect(problems, use_fields, data_dir)
    book = _collect(problems, load_rulebook, data_dir / "rules")
    models = _collect(problems, load_models, data_dir / "models")
    text = _collect(problems, report_text, data_dir / "rules")
    if problems:
        raise InputError(problems)
    assert book is not None and models is not None
    problems = lint(book, models, text) + (coverage(book) if with_coverage else [])
    if text is None:
        problems.append(
            Problem(
                str(data_dir / "rules" / REPORT_FILE), None, None, msg("lib.report_missing"), msg("lib.report_hint")
            )
        )
    return book, models, problems


@lru_cache(maxsize=8)
def _cached(data_dir: Path, stamp: tuple[tuple[str, int, int], ...]) -> Library:
    from planner.rulebook import cache

    files = _inputs(data_dir)
    try:
        name = cache.key(data_dir, files, read_bytes)
    except InputError:
        name = None  # a file that cannot be read is reported by the loading below
    hit = cache.load(name) if name else None
    if isinstance(hit, tuple) and len(hit) == 2 and isinstance(hit[0], RuleBook) and isinstance(hit[1], Models):
        return Library(hit[0], hit[1], data_dir)
    book, models, problems = lint_library(data_dir, with_coverage=False)
    if problems:  # for commands that plan, an inconsistent rule book is bad input (exit 3)
        raise InputError(problems)
    if name:
        cache.store(name, (book, models))
    return Library(book, models, data_dir)


def load_library(data_dir: Path) -> Library:
    """Cached per folder content (name, size, mtime), so batches and tests load it once. The folder's fields
    (rules/fields.yaml) become the ones profiles are read with."""
    use_fields(data_dir)
    return _cached(data_dir.resolve(), tuple(_stamp(p) for p in _inputs(data_dir)))


def _inputs(data_dir: Path) -> list[Path]:
    """What the library is made from: every file of rules/ and models/, and every entry the loaders would read that
    is no file (a *.yaml or the report's text that is a link loop, a broken link, a FIFO). Such an entry cannot be
    read for the cache's key, so the cache misses and loading names it, as it does without a cache."""
    entries = [*(data_dir / "rules").glob("*"), *(data_dir / "models").glob("*")]
    return sorted(p for p in entries if p.is_file() or p.suffix == ".yaml" or p.name == REPORT_FILE)


def _stamp(path: Path) -> tuple[str, int, int]:
    """A file's name, size and time of change (of what a link leads to; -1 where it leads nowhere)."""
    try:
        info = path.stat()
    except OSError:
        return str(path), -1, -1
    return str(path), info.st_size, info.st_mtime_ns
