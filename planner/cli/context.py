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
    data_from: str = "default"  # where --data came from: option | env | default (the clone, or the working folder)
    # Japanese unless asked otherwise: the people who read these messages are a ward office's staff
    lang: str = field(
        default_factory=lambda: (
            os.environ.get("PLANNER_LANG", "ja") if os.environ.get("PLANNER_LANG") in LANGS else "ja"
        )
    )

    def data_dir(self, needs: tuple[str, ...] = ("wards", "rules", "models"), links: bool = True) -> Path:
        """--data, else $PLANNER_DATA, else the clone this package sits in: a folder holding the sub-folders the
        command reads (`needs`), its rule book and models not linked out of it (datafolder.py)."""
        from planner.datafolder import check_data_folder
        from planner.profiles.load import default_data_dir

        folder = self.data if self.data is not None else default_data_dir()
        hint = {"option": "data.hint_option", "env": "data.hint_env"}.get(self.data_from, "cli.data_hint")
        check_data_folder(folder, needs, msg(hint), links)
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
