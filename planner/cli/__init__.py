"""The command line: typer apps per command group, joined here; the one place errors become exit codes."""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import sys
import time
from pathlib import Path
from typing import Optional

import typer

from planner import __version__
from planner.cli import data, plans, registry, review, rules, survey, wards
from planner.cli.context import Settings, settings
from planner.errors import EXIT_INTERRUPTED, EXIT_OK, EXIT_OUTPUT, EXIT_USAGE, OutputError, PlannerError
from planner.i18n import LANGS
from planner.messages import msg
from planner.safe import terminal

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="Approach plans for children needing medical care at home (医療的ケア児), per Tokyo "
    "municipality, from the lessons of the 2014 Tokyo report.",
)
app.add_typer(plans.app)
app.add_typer(review.app)
app.add_typer(data.app)
app.add_typer(wards.app, name="wards")
app.add_typer(rules.app, name="rules")
app.add_typer(survey.app, name="survey")
app.add_typer(registry.app, name="registry")


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
    source = getattr(ctx.get_parameter_source("data_dir"), "name", "")
    s.data_from = {"COMMANDLINE": "option", "ENVIRONMENT": "env"}.get(source, "default")


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
    # a message may quote a key or value from a hostile file: its control codes are shown, not sent
    lines = [terminal(p.render(lang)) for p in exc.problems]
    if lang == "ja":
        lines.insert(0, f"エラー: {JA_HEAD.get(exc.exit_code, 'エラー')}（{len(exc.problems)}件）")
    _err("\n".join(lines))


def _err(text: str) -> None:
    """Write to stderr; if stderr is gone too, there is nobody left to tell (and stdout is not the place)."""
    if sys.stderr is None:  # print(file=None) would write to stdout
        return
    with contextlib.suppress(OSError, ValueError):
        print(text, file=sys.stderr)


class _ClosedStream:
    """Stands for a standard stream the caller closed (`planner assess koto >&-`): writing to it is an error."""

    encoding = "utf-8"

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "closed")

    def flush(self) -> None:
        """Nothing is buffered."""

    def isatty(self) -> bool:
        """A closed stream is no terminal."""
        return False


def _prepare_streams() -> None:
    """A closed stdout fails loudly; a stream that cannot encode Japanese shows escapes instead of failing."""
    if sys.stdout is None:
        sys.stdout = _ClosedStream()  # type: ignore[assignment,unused-ignore]
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        utf8 = (getattr(stream, "encoding", None) or "").lower().replace("-", "") == "utf8"
        # UTF-8 mode writes a file name's undecodable bytes back raw (surrogateescape), which makes invalid
        # UTF-8 and invalid JSON; "?" stands in for them instead
        with contextlib.suppress(OSError, ValueError):
            reconfigure(errors="replace" if utf8 and stream is sys.stdout else "backslashreplace")


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
_STOP = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)


_RAISED: list[float] = []
_AGAIN_AFTER = 2.0  # seconds: a person pressing Ctrl-C again, not a burst


def _interrupt(signum: int, frame: object) -> None:
    # Raised once per burst: signals a few milliseconds apart must not interrupt the cleanup the first one
    # started (removing staged files); a second Ctrl-C seconds later raises again, in case the first was
    # swallowed. Remembered as well as raised: a C extension (pydantic-core building a validator during a
    # lazy import) can turn the KeyboardInterrupt into an error of its own.
    _SIGNALLED.append(signum)
    now = time.monotonic()
    if not _RAISED or now - _RAISED[-1] >= _AGAIN_AFTER:
        _RAISED.append(now)
        raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    """Entry point: every PlannerError becomes a message and an exit code, never a traceback."""
    _SIGNALLED.clear()
    _RAISED.clear()
    previous = {sig: signal.getsignal(sig) for sig in _STOP}
    code = EXIT_INTERRUPTED
    try:
        try:
            for sig in _STOP:  # inside the try: a signal may land in between
                signal.signal(sig, _interrupt)
            code = _run(sys.argv[1:] if argv is None else argv)
        finally:
            # From here on a signal waits: the work is done or undone, and what is left is to say so and leave.
            signal.pthread_sigmask(signal.SIG_BLOCK, _STOP)
    except KeyboardInterrupt:
        code = EXIT_INTERRUPTED
    if _SIGNALLED:
        code = EXIT_INTERRUPTED
    if argv is not None:  # in-process (tests): give the caller its handlers and signals back
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP)
    return _leave(code, argv, "interrupted" if code == EXIT_INTERRUPTED else None)


def _run(args: list[str]) -> int:
    """One command, then the warning of a cache folder it would not use."""
    s = Settings()
    _prepare_streams()
    try:
        return _command(args, s)
    finally:
        _warn_cache(s.lang)


def _warn_cache(lang: str) -> None:
    """Once per command: the cache folder was not used, and why (it is not the user's own)."""
    cache = sys.modules.get("planner.rulebook.cache")  # not imported: the command never asked for the cache
    if cache is None:
        return
    for folder, reason in sorted(cache.refused.items()):
        text = msg("cache.refused", folder=folder, reason=msg(f"cache.{reason}")).text(lang)
        _err(terminal(msg("validate.warning", text=text).text(lang)) + "\n" + msg("cache.hint").text(lang))
    cache.refused.clear()


def _command(args: list[str], s: Settings) -> int:
    """One command; every way it can end becomes an exit code."""
    try:
        result = app(args=args, obj=s, standalone_mode=False, prog_name="planner")
        return result if isinstance(result, int) else EXIT_OK
    except PlannerError as exc:
        if _SIGNALLED:
            return EXIT_INTERRUPTED
        report(exc, s.lang)
        return exc.exit_code
    except typer.Exit as exc:
        return exc.exit_code
    except typer.TyperException as exc:  # typer's own usage errors (bad option, missing argument)
        if _message_lang(args, s.lang) == "ja":
            _err(f"エラー: {JA_HEAD[EXIT_USAGE]}")
        with contextlib.suppress(OSError, ValueError):
            exc.show()  # type: ignore[attr-defined]
        return exc.exit_code
    except (KeyboardInterrupt, typer.Abort):
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader went away (`planner validate | head -1`): not our failure
        _quiet_stdout()
        return EXIT_OK
    except SystemExit as exc:
        if not _broken_pipe(exc):
            raise
        _quiet_stdout()  # click turns a broken pipe into exit 1; for us the reader leaving is no failure
        return EXIT_OK
    except OSError as exc:  # stdout closed, full or failing: the output could not be written
        if exc.errno not in _OUTPUT_ERRNOS:
            raise
        report(OutputError("<stdout>", msg("out.stdout", error=os.strerror(exc.errno or 0))), s.lang)
        return EXIT_OUTPUT
    except Exception:
        if not _SIGNALLED:
            raise  # a bug: let it be seen
        return EXIT_INTERRUPTED


_OUTPUT_ERRNOS = {errno.EBADF, errno.ENOSPC, errno.EIO, errno.EDQUOT, errno.EFBIG}


def _broken_pipe(exc: SystemExit) -> bool:
    cause = exc.__context__
    return isinstance(cause, OSError) and cause.errno == errno.EPIPE


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
