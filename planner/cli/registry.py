"""`planner registry import`: offices from the national registry's open data into every profile, as sourced counts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer

from planner.cli.context import check_dates, settings
from planner.errors import InputError, Problem, UsageError
from planner.messages import msg
from planner.render.grid import grid

if TYPE_CHECKING:
    from planner.intake.registry import RegistryImport

KINDS = ("added", "updated", "corrected", "earlier", "unchanged")

app = typer.Typer(help="The national registry of offices (WAM NET open data).", no_args_is_help=True)


@app.command("import")
def registry_import(
    ctx: typer.Context,
    paths: list[Path] = typer.Argument(..., help="WAM NET CSV files, or folders holding them."),
    period: Optional[str] = typer.Option(
        None, "--period", help="The month the files describe (YYYY-MM), for files whose name does not say."
    ),
    dry_run: bool = typer.Option(False, "--dry-run", help="Show what would change; write nothing."),
    lang: str = typer.Option("ja", "--lang", "-l", help="ja | en"),
) -> None:
    """Count offices by municipality and write each count into every profile as a sourced, dated fact."""
    from contextlib import nullcontext

    from planner.intake.lock import profiles_locked
    from planner.intake.registry import plan_import, read_all, write_import
    from planner.profiles.load import load_all, ward_files
    from planner.rulebook.library import load_library

    s = settings(ctx)
    s.use_lang(lang)
    check_dates(period=period)
    if period is not None and len(period) != 7:
        raise UsageError(msg("cli.bad_date", option="--period", detail=msg("registry.month", value=repr(period))))
    data = s.data_dir()
    lib = load_library(data)
    registry = lib.book.registry
    if registry is None:
        where = str(data / "rules" / "registry.yaml")
        raise InputError([Problem(where, None, None, msg("lib.missing"), msg("registry.need_file"))])
    files = read_all(registry, paths, period)
    # the profiles are read under their locks: a survey import running meanwhile is waited for, never lost
    with nullcontext() if dry_run else profiles_locked(ward_files(data), lang):
        imp = plan_import(registry, load_all(data), files)
        if not dry_run:
            write_import(imp)
    typer.echo(_table(imp, lang))
    for line in _notes(imp, lang):
        typer.echo(line)
    summary = _summary(imp, lang)
    if dry_run:
        typer.echo(msg("registry.dry_run", summary=summary).text(lang))
        return
    typer.echo(msg("registry.done", count=len(imp.texts), summary=summary).text(lang))


def _table(imp: RegistryImport, lang: str) -> str:
    """One row per municipality, one column per file: the count, and what it does to the profile."""
    from planner.safe import terminal

    words = {k: msg(f"registry.{k}").text(lang) for k in KINDS}
    heads = [msg("registry.head_ward").text(lang)] + [terminal(f"{f.service.kind} {f.period}") for f in imp.files]
    rows: dict[str, list[str]] = {}
    for c in imp.changes:
        before = "" if c.before is None or c.kind == "unchanged" else f"{c.before}→"
        mark = "" if c.kind == "unchanged" else f" {words[c.kind]}"
        rows.setdefault(c.ward, [terminal(c.name)]).append(f"{before}{c.after}{mark}")
    lines = list(rows.values())
    for name, count in imp.without_profile.items():
        lines.append([terminal(name), msg("registry.no_profile", count=count).text(lang)])
    return grid(lines, headers=heads)


def _notes(imp: RegistryImport, lang: str) -> list[str]:
    """Rows a file holds that no municipality here counts: other prefectures', and an office listed twice."""
    from planner.safe import terminal

    out = []
    for f in imp.files:
        if f.other_prefectures:
            out.append(msg("registry.other_rows", file=terminal(f.path.name), count=f.other_prefectures).text(lang))
        if f.repeated:
            out.append(msg("registry.repeated_rows", file=terminal(f.path.name), count=f.repeated).text(lang))
    return out


def _summary(imp: RegistryImport, lang: str) -> str:
    sep = "、" if lang == "ja" else ", "
    return sep.join(f"{msg(f'registry.{k}').text(lang)} {sum(1 for c in imp.changes if c.kind == k)}" for k in KINDS)
