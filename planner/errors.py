"""The one error hierarchy: every failure a user can cause is a PlannerError with a place and a message key."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from planner.messages import Msg

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
    message: Msg
    hint: Msg | None = None

    def render(self, lang: str = "en") -> str:
        """`file:line:col: message (hint)` in the chosen language."""
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        text = f"{where}: {self.message.text(lang)}"
        if self.hint:
            text += f"（{self.hint.text(lang)}）" if lang == "ja" else f" ({self.hint.text(lang)})"
        return text


@dataclass
class PlannerError(Exception):
    """Root of every error planner reports to a user; carries one or more Problems."""

    problems: list[Problem] = field(default_factory=list)
    exit_code: int = EXIT_INPUT

    def __post_init__(self) -> None:
        Exception.__init__(self, self.render())

    def render(self, lang: str = "en") -> str:
        """Every problem on its own line."""
        return "\n".join(p.render(lang) for p in self.problems)

    def __str__(self) -> str:
        return self.render()


class InputError(PlannerError):
    """An input file (profile, rule, model, workbook) cannot be read or is invalid."""


class UsageError(PlannerError):
    """The command line asks for something that does not exist."""

    def __init__(self, message: Msg | list[Problem], hint: Msg | None = None, where: str | Path = "planner") -> None:
        """One message about the command line (or about `where`, a path it names), or several located problems."""
        problems = message if isinstance(message, list) else [Problem(str(where), None, None, message, hint)]
        super().__init__(problems, EXIT_USAGE)


class OutputError(PlannerError):
    """An output cannot be written."""

    def __init__(self, path: str | Path, message: Msg, hint: Msg | None = None) -> None:
        super().__init__([Problem(str(path), None, None, message, hint)], EXIT_OUTPUT)


class LintError(PlannerError):
    """The rule book, models or action catalogue are inconsistent."""


def input_error(
    path: str | Path, line: int | None, column: int | None, message: Msg, hint: Msg | None = None
) -> InputError:
    """One located problem with an input file, as an InputError."""
    return InputError([Problem(str(path), line, column, message, hint)], EXIT_INPUT)
