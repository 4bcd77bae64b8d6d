"""`planner wards list`: every municipality and how complete its profile is."""

from __future__ import annotations

from typing import Optional

import typer

from planner.cli.context import check_dates, settings
from planner.render.grid import grid

app = typer.Typer(help="Ward profiles.", no_args_is_help=True)


@app.command("list")
def wards_list(
    ctx: typer.Context,
    area: Optional[str] = typer.Option(None, "--area", help="Only this area."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="Count facts known at this date."),
) -> None:
    """Every municipality: id, code, kanji, area, and how complete its profile is."""
    from planner.errors import UsageError
    from planner.messages import msg
    from planner.profiles.fields import completeness
    from planner.profiles.load import load_all
    from planner.profiles.profile import AREAS
    from planner.safe import terminal

    if area is not None and area not in AREAS:
        raise UsageError(msg("cli.unknown_area", area=area), msg("cli.one_of", options=", ".join(AREAS)))
    check_dates(as_of=as_of)
    rows = []
    for lp in sorted(load_all(settings(ctx).data_dir(("wards",)), area), key=lambda lp: lp.profile.code):
        p = lp.profile
        known, total = completeness(p, as_of)
        rows.append([p.id, p.code, terminal(p.name.ja), p.area, f"{known}/{total}"])
    typer.echo(grid(rows, headers=["id", "code", "name", "area", "known"]))
