"""The command line: typer apps per command group, joined here; the one place errors become exit codes."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from pathlib import Path
from typing import Optional

import typer

from planner import __version__
from planner.cli import data, plans, rules, survey, wards
from planner.cli.context import Settings, settings
from planner.errors import EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, PlannerError
from planner.i18n import LANGS

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="Approach plans for children needing medical care at home (医療的ケア児), per Tokyo "
    "municipality, from the lessons of the 2014 Tokyo report.",
)
app.add_typer(plans.app)
app.add_typer(data.app)
app.add_typer(wards.app, name="wards")
app.add_typer(rules.app, name="rules")
app.add_typer(survey.app, name="survey")


@app.callback()
def root(
    ctx: typer.Context,
    data_dir: Optional[Path] = typer.Option(
        None, "--data", envvar="PLANNER_DATA", help="Folder holding wards/, rules/ and models/ (default: this clone)."
    ),
    lang: Optional[str] = typer.Option(
        None, "--lang", envvar="PLANNER_LANG", help="Language of messages: ja | en (commands with --lang use theirs)."
    ),
    version: bool = typer.Option(
        False, "--version", is_eager=True, callback=lambda v: _version(v), help="Print the version and exit."
    ),
) -> None:
    """planner: assess a municipality, explain the rules, validate data, run the survey."""
    s = settings(ctx)
    if lang is not None:
        s.use_lang(lang)
    s.data = data_dir


def _version(show: bool) -> None:
    if show:
        typer.echo(f"planner {__version__}")
        raise typer.Exit(0)


JA_HEAD = {
    1: "問題が見つかりました",
    2: "コマンドの指定に誤りがあります",
    3: "入力ファイルに誤りがあります",
    4: "出力を書き込めません",
}


def report(exc: PlannerError, lang: str) -> None:
    """Every problem of an error on stderr, in the language of messages; a Japanese header line first."""
    lines = [p.render(lang) for p in exc.problems]
    if lang == "ja":
        lines.insert(0, f"エラー: {JA_HEAD.get(exc.exit_code, 'エラー')}（{len(exc.problems)}件）")
    _err("\n".join(lines))


def _err(text: str) -> None:
    """Write to stderr; if stderr is gone too, there is nobody left to tell."""
    with contextlib.suppress(OSError, ValueError):
        print(text, file=sys.stderr)


def _message_lang(args: list[str], fallback: str) -> str:
    """The language for usage errors typer raises before any command runs (so before --lang is read)."""
    for i, arg in enumerate(args):
        value = (
            args[i + 1]
            if arg in ("--lang", "-l") and i + 1 < len(args)
            else (arg.split("=", 1)[1] if arg.startswith("--lang=") else None)
        )
        if value in LANGS:
            fallback = value
    return fallback


_SIGNALLED: list[int] = []


def _interrupt(signum: int, frame: object) -> None:
    # Remembered as well as raised: a C extension (pydantic-core building a validator during a lazy
    # import) can turn the KeyboardInterrupt into an error of its own.
    _SIGNALLED.append(signum)
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    """Entry point: every PlannerError becomes a message and an exit code, never a traceback."""
    _SIGNALLED.clear()
    args = sys.argv[1:] if argv is None else argv
    s = Settings()
    try:
        for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):  # inside the try: a signal may land in between
            signal.signal(sig, _interrupt)
        result = app(args=args, obj=s, standalone_mode=False, prog_name="planner")
        code = result if isinstance(result, int) else EXIT_OK
    except PlannerError as exc:
        if _SIGNALLED:
            return _leave(EXIT_INTERRUPTED, argv, "interrupted")
        report(exc, s.lang)
        code = exc.exit_code
    except typer.Exit as exc:
        code = exc.exit_code
    except typer.TyperException as exc:  # typer's own usage errors (bad option, missing argument)
        if _message_lang(args, s.lang) == "ja":
            _err(f"エラー: {JA_HEAD[EXIT_USAGE]}")
        try:
            exc.show()  # type: ignore[attr-defined]
        except (OSError, ValueError):
            pass
        code = exc.exit_code
    except (KeyboardInterrupt, typer.Abort):
        code = EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader went away (`planner validate | head -1`): not our failure
        _quiet_stdout()
        code = EXIT_OK
    except Exception:
        if not _SIGNALLED:
            raise  # a bug: let it be seen
        code = EXIT_INTERRUPTED
    if _SIGNALLED or code == EXIT_INTERRUPTED:
        return _leave(EXIT_INTERRUPTED, argv, "interrupted")
    return _leave(code, argv)


def _quiet_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the interpreter's final flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _leave(code: int, argv: list[str] | None, message: str | None = None) -> int:
    if message:
        _err(message)
    if argv is None:
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            _quiet_stdout()
        except (OSError, ValueError):
            pass
        if code == EXIT_INTERRUPTED:
            # Measured: after an interrupt caught here, the interpreter still ended some runs with
            # SIGINT (exit -2) instead of 130; cleanup is done by now, so leave at once.
            with contextlib.suppress(OSError, ValueError):
                sys.stderr.flush()
            os._exit(code)
        sys.exit(code)
    return code


if __name__ == "__main__":
    main()
