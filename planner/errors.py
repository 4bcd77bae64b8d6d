"""The one error hierarchy: every failure a user can cause is a PlannerError with a place."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# Exit codes, documented in the README ("Exit codes").
EXIT_OK = 0
EXIT_FINDINGS = 1  # lint found problems / validation failed
EXIT_USAGE = 2  # bad option, unknown ward, rule, format or language
EXIT_INPUT = 3  # an input file is unreadable or invalid
EXIT_OUTPUT = 4  # an output could not be written
EXIT_INTERRUPTED = 130


@dataclass(frozen=True)
class Problem:
    """One located problem: file, 1-based line and column, message, optional hint."""

    path: str
    line: int | None
    column: int | None
    message: str
    hint: str | None = None

    def render(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        text = f"{where}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text


@dataclass
class PlannerError(Exception):
    """Root of every error planner reports to a user; carries one or more Problems."""

    problems: list[Problem] = field(default_factory=list)
    exit_code: int = EXIT_INPUT

    def __post_init__(self) -> None:
        Exception.__init__(self, self.render())

    def render(self) -> str:
        return "\n".join(p.render() for p in self.problems)

    def __str__(self) -> str:
        return self.render()


class InputError(PlannerError):
    """An input file (profile, rule, model) cannot be read or is invalid."""


class UsageError(PlannerError):
    """The command line asks for something that does not exist."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__([Problem("planner", None, None, message, hint)], 2)


class OutputError(PlannerError):
    """An output cannot be written."""

    def __init__(self, path: str | Path, message: str, hint: str | None = None) -> None:
        super().__init__([Problem(str(path), None, None, message, hint)], 4)


class LintError(PlannerError):
    """The rule book, models or action catalogue are inconsistent."""


def input_error(path: str | Path, line: int | None, column: int | None, message: str,
                hint: str | None = None) -> InputError:
    return InputError([Problem(str(path), line, column, message, hint)], EXIT_INPUT)
