"""The command line: thin typer commands over the core; the one place errors become exit codes."""
from __future__ import annotations

import json
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
    return Path(STATE["data"]) if STATE.get("data") else default_data_dir()  # type: ignore[arg-type]


@app.callback()
def root(data: Optional[Path] = typer.Option(None, "--data", envvar="PLANNER_DATA",
                                            help="Folder holding wards/, rules/ and models/ (default: this clone)."),
         lang: Optional[str] = typer.Option(None, "--lang", envvar="PLANNER_LANG",
                                            help="Language of messages: ja | en (commands with --lang use theirs)."),
         version: bool = typer.Option(False, "--version", help="Print the version and exit.")) -> None:
    """planner: assess a ward, explain the rules, validate data."""
    if lang is not None:
        _lang(lang)
    if version:
        typer.echo(f"planner {__version__}")
        raise typer.Exit(0)
    STATE["data"] = data


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


def _sigterm(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    """Entry point: every PlannerError becomes a message and an exit code, never a traceback."""
    signal.signal(signal.SIGTERM, _sigterm)
    try:
        result = app(args=argv, standalone_mode=False, prog_name="planner")
        code = result if isinstance(result, int) else 0
    except PlannerError as exc:
        report(exc)
        code = exc.exit_code
    except typer.Exit as exc:
        code = exc.exit_code
    except typer.TyperException as exc:  # typer's own usage errors (bad option, missing argument)
        exc.show()  # type: ignore[attr-defined]
        code = exc.exit_code
    except (KeyboardInterrupt, typer.Abort):
        print("interrupted", file=sys.stderr)
        code = EXIT_INTERRUPTED
    except BrokenPipeError:
        code = 0
    if argv is None:
        sys.exit(code)
    return code


if __name__ == "__main__":
    main()
