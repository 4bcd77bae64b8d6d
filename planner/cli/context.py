"""What every command shares: the data folder and the language of messages, carried in typer's ctx.obj."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import typer

from planner.dates import DateError, check_date, date_message
from planner.errors import UsageError
from planner.i18n import LANGS
from planner.messages import msg


@dataclass
class Settings:
    """Options of `planner` itself (--data, --lang), and the language the last command asked for."""

    data: Path | None = None
    # Japanese unless asked otherwise: the people who read these messages are a ward office's staff
    lang: str = field(
        default_factory=lambda: (
            os.environ.get("PLANNER_LANG", "ja") if os.environ.get("PLANNER_LANG") in LANGS else "ja"
        )
    )

    def data_dir(self) -> Path:
        """--data, else $PLANNER_DATA, else the clone this package sits in; it must be a folder."""
        from planner.profiles.load import default_data_dir

        folder = self.data if self.data is not None else default_data_dir()
        if not folder.is_dir():
            raise UsageError(msg("cli.data_missing", folder=folder), msg("cli.data_hint"))
        return folder

    def use_lang(self, lang: str) -> str:
        """Messages follow a command's --lang from here on."""
        if lang not in LANGS:
            raise UsageError(msg("cli.unknown_lang", lang=lang), msg("cli.one_of", options=", ".join(LANGS)))
        self.lang = lang
        return lang


def settings(ctx: typer.Context) -> Settings:
    """The Settings of this run (created by main, filled by the root callback)."""
    obj = ctx.find_root().obj
    if not isinstance(obj, Settings):  # typer's own test runner calls the app without main()
        obj = ctx.find_root().obj = Settings()
    return obj


def check_dates(**options: str | None) -> None:
    """--as-of and --start are real dates written YYYY[-MM[-DD]]; --start is an April."""
    for name, value in options.items():
        if value is None:
            continue
        option = "--" + name.replace("_", "-")
        try:
            check_date(value)
        except DateError as exc:
            raise UsageError(msg("cli.bad_date", option=option, detail=date_message(exc))) from None
        if name == "start" and len(value) != 7:
            raise UsageError(msg("cli.start_month", value=value), msg("cli.write_month"))
