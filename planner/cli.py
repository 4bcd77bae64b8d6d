"""The command line: thin typer commands over the core; the one place errors become exit codes."""
from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Optional

import typer

from . import __version__
from .errors import EXIT_INTERRUPTED, PlannerError, UsageError
from .i18n import LANGS

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None, pretty_exceptions_enable=False,
                  help="Approach plans for children needing medical care at home (医療的ケア児), per Tokyo "
                       "municipality, from the lessons of the 2014 Tokyo report.")
STATE: dict[str, object] = {"lang": "en"}


def data_dir() -> Path:
    from .wards import default_data_dir
    folder = Path(STATE["data"]) if STATE.get("data") else default_data_dir()  # type: ignore[arg-type]
    if not folder.is_dir():
        raise UsageError(f"data folder {folder} does not exist or is not a folder",
                         "pass --data DIR (holding wards/, rules/, models/) or set PLANNER_DATA")
    return folder


@app.callback()
def root(data: Optional[Path] = typer.Option(None, "--data", envvar="PLANNER_DATA",
                                            help="Folder holding wards/, rules/ and models/ (default: this clone)."),
         lang: Optional[str] = typer.Option(None, "--lang", envvar="PLANNER_LANG",
                                            help="Language of messages: ja | en (commands with --lang use theirs)."),
         version: bool = typer.Option(False, "--version", is_eager=True, callback=lambda v: _version(v),
                                      help="Print the version and exit.")) -> None:
    """planner: assess a ward, explain the rules, validate data."""
    if lang is not None:
        _lang(lang)
    STATE["data"] = data


def _version(show: bool) -> None:
    if show:
        typer.echo(f"planner {__version__}")
        raise typer.Exit(0)


def _lang(lang: str) -> str:
    STATE["lang"] = lang
    if lang not in LANGS:
        raise UsageError(f"unknown language '{lang}'", "one of: ja, en")
    return lang


from . import cli_assess, cli_data  # noqa: E402  (commands register themselves on `app`)

cli_assess.register(app, data_dir, _lang)
cli_data.register(app, data_dir, _lang)

JA_HEAD = {1: "問題が見つかりました", 2: "コマンドの指定に誤りがあります", 3: "入力ファイルに誤りがあります",
           4: "出力を書き込めません"}


def report(exc: PlannerError) -> None:
    if STATE.get("lang") == "ja":
        from .errors_ja import render_ja
        print(f"エラー: {JA_HEAD.get(exc.exit_code, 'エラー')}（{len(exc.problems)}件）", file=sys.stderr)
        print("\n".join(render_ja(p) for p in exc.problems), file=sys.stderr)
        return
    print(exc.render(), file=sys.stderr)


def _early_lang(args: list[str]) -> None:
    """The message language before typer parses anything, so its own usage errors can follow it."""
    lang = os.environ.get("PLANNER_LANG")
    for i, arg in enumerate(args):
        if arg in ("--lang", "-l") and i + 1 < len(args):
            lang = args[i + 1]
        elif arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
    if lang in LANGS:
        STATE["lang"] = lang


_SIGNALLED: list[int] = []


def _interrupt(signum: int, frame: object) -> None:
    # Remembered as well as raised: a C extension (pydantic-core building a validator during a lazy
    # import) can turn the KeyboardInterrupt into an error of its own.
    _SIGNALLED.append(signum)
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    """Entry point: every PlannerError becomes a message and an exit code, never a traceback."""
    try:
        signal.signal(signal.SIGTERM, _interrupt)
        signal.signal(signal.SIGINT, _interrupt)
        _early_lang(sys.argv[1:] if argv is None else argv)
        result = app(args=argv, standalone_mode=False, prog_name="planner")
        code = result if isinstance(result, int) else 0
        if code == EXIT_INTERRUPTED:  # typer turns Ctrl-C inside a command into a return of 130
            print("interrupted", file=sys.stderr)
    except PlannerError as exc:
        if _SIGNALLED:
            return _leave(EXIT_INTERRUPTED, argv, "interrupted")
        report(exc)
        code = exc.exit_code
    except typer.Exit as exc:
        code = exc.exit_code
    except typer.TyperException as exc:  # typer's own usage errors (bad option, missing argument)
        if STATE.get("lang") == "ja":
            print(f"エラー: {JA_HEAD[2]}", file=sys.stderr)
        exc.show()  # type: ignore[attr-defined]
        code = exc.exit_code
    except (KeyboardInterrupt, typer.Abort):
        print("interrupted", file=sys.stderr)
        code = EXIT_INTERRUPTED
    except BrokenPipeError:
        code = 0
    except Exception:
        if not _SIGNALLED:
            raise  # a bug: let it be seen
        code = EXIT_INTERRUPTED
        print("interrupted", file=sys.stderr)
    if _SIGNALLED and code != EXIT_INTERRUPTED:
        return _leave(EXIT_INTERRUPTED, argv, "interrupted")
    return _leave(code, argv)


def _leave(code: int, argv: list[str] | None, message: str | None = None) -> int:
    if message:
        print(message, file=sys.stderr)
    if argv is None:
        if code == EXIT_INTERRUPTED:
            # Measured: after an interrupt caught here, the interpreter still ended some runs with
            # SIGINT (exit -2) instead of 130; cleanup is done by now, so leave at once.
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
        sys.exit(code)
    return code


if __name__ == "__main__":
    main()
