"""`planner review`: the council's record of a fiscal year (PDCA), started from the plan; and its 管理シート."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from planner.cli.context import check_dates, settings
from planner.errors import OutputError, UsageError
from planner.messages import msg

app = typer.Typer()


@app.command()
def review(
    ctx: typer.Context,
    ward: str = typer.Argument(..., help="Ward id (koto), kanji (江東区), code (13108) or a .yaml path."),
    as_of: Optional[str] = typer.Option(
        None, "--as-of", help="Plan as of this date (YYYY-MM); default: the profile's."
    ),
    start: Optional[str] = typer.Option(None, "--start", help="First month planned, YYYY-MM (as for assess)."),
    year: Optional[int] = typer.Option(
        None, "--year", help="The fiscal year the record is for; it must be the plan's."
    ),
    sheet: bool = typer.Option(False, "--sheet", help="Write the PDCA 管理シート (.xlsx) instead of the record."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="The sheet to write (with --sheet)."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Say what would change; write nothing."),
    lang: str = typer.Option("ja", "--lang", "-l", help="ja | en"),
) -> None:
    """Start or update the record of the plan's fiscal year (every action, decision and result blank), or write the
    council's PDCA sheet from the plan and the record."""
    from planner.output import Inputs, write_atomic
    from planner.planning.api import load_ward, plan_for, record_of
    from planner.progress.record import find_record, record_path
    from planner.progress.review import check_year, review_text
    from planner.rulebook.library import load_library
    from planner.safe import terminal

    s = settings(ctx)
    s.use_lang(lang)
    check_dates(as_of=as_of, start=start)
    if out is not None and not sheet:  # else the record would be written in place while the user looks at --out
        raise UsageError(msg("record.out_needs_sheet"))
    data = s.data_dir()
    lib, lp = load_library(data), load_ward(data, ward)
    plan = plan_for(lib, lp, as_of=as_of, start=start)
    check_year(plan, year)
    if sheet:
        if out is None:
            raise UsageError(msg("record.sheet_out"))
        from planner.progress.sheet import pdca_sheet

        record = record_of(lib, lp)
        write_atomic(out, pdca_sheet(plan, record, lang), Inputs.of(data, lp.path))
        typer.echo(terminal(f"{out}: {lp.profile.name.ja}"), err=True)
        return
    path = record_path(data, lp.profile.id)
    existing = find_record(data, lp.profile.id, lp.profile.code, {a.id for a in lib.book.actions})
    result = review_text(plan, existing, path)
    shown = terminal(str(path))
    if result.kind == "unchanged":
        typer.echo(msg("record.unchanged", path=shown, year=plan.fiscal_year).text(lang))
        return
    if not dry_run:
        try:
            path.parent.mkdir(exist_ok=True)  # find_record checked it is a folder of the data folder, or not there
        except OSError as exc:
            raise OutputError(path.parent, msg("out.cannot_write", reason=exc.strerror or str(exc))) from None
        # the record is the file this command keeps: written in place, atomically, never over the profile
        write_atomic(path, result.text or "", Inputs(files=(lp.path,)))
    key = "record.started" if result.kind == "started" else "record.updated"
    typer.echo(msg(key, path=shown, year=plan.fiscal_year, n=result.added).text(lang))
