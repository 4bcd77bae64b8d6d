"""`planner survey export | import`: the questionnaire round trip; `planner init`: a new, empty profile."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Optional

import typer

from planner.cli.context import check_dates, settings
from planner.errors import UsageError
from planner.messages import msg
from planner.render.grid import grid

app = typer.Typer(help="The survey questionnaire: export it, import its answers.", no_args_is_help=True)


@app.command("export")
def survey_export(
    ctx: typer.Context,
    ward: str = typer.Argument(..., help="Ward id, kanji, code or .yaml path."),
    out: Path = typer.Option(..., "--out", "-o", help="The workbook to write (.xlsx)."),
    lang: str = typer.Option("ja", "--lang", "-l", help="ja | en"),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="The date the questionnaire is made for (YYYY-MM)."),
    reply_by: Optional[str] = typer.Option(
        None, "--reply-by", help="Reply date (YYYY-MM-DD); default: when the plan's survey ends."
    ),
) -> None:
    """Write the questionnaire of a municipality: a cover sheet and one sheet per respondent group."""
    from planner.intake.export import export_workbook, reply_by_for
    from planner.output import Inputs, write_bytes_atomic
    from planner.planning.api import load_ward, plan_for
    from planner.planning.assess import assess
    from planner.rulebook.library import load_library

    s = settings(ctx)
    s.use_lang(lang)
    check_dates(as_of=as_of, reply_by=reply_by)
    if reply_by is not None and len(reply_by) != 10:
        raise UsageError(msg("cli.bad_date", option="--reply-by", detail=msg("xlsx.full_date", value=repr(reply_by))))
    data = s.data_dir()
    lib, lp = load_library(data), load_ward(data, ward)
    state = assess(lib, lp, as_of).state
    if reply_by is None:
        survey = next((a for a in plan_for(lib, lp, as_of=as_of).actions if a.survey), None)
        reply_by = reply_by_for(survey.end if survey else f"{date.today():%Y-%m}")
    write_bytes_atomic(out, export_workbook(lib.book, lp, state, lang, reply_by), Inputs.of(data, lp.path))
    typer.echo(f"{out}: {lp.profile.name.ja}", err=True)


@app.command("import")
def survey_import(
    ctx: typer.Context,
    workbook: Path = typer.Argument(..., help="A returned questionnaire (.xlsx)."),
    ward: Optional[str] = typer.Option(
        None, "--ward", help="The municipality it must be for (id, kanji, code or path)."
    ),
    dry_run: bool = typer.Option(False, "--dry-run", help="Show what would change; write nothing."),
    lang: str = typer.Option("ja", "--lang", "-l", help="ja | en"),
) -> None:
    """Take a questionnaire's answers into the profile as sourced facts (unknown stays unknown)."""
    from planner.intake.apply import apply_answers, check_identity, labels, plan_changes, replace_profile
    from planner.intake.read import read_returned
    from planner.planning.api import load_ward
    from planner.render.safe import terminal
    from planner.render.view import value_of
    from planner.rulebook.library import load_library

    s = settings(ctx)
    s.use_lang(lang)
    data = s.data_dir()
    lib = load_library(data)
    returned = read_returned(workbook, lib.book)
    lp = load_ward(data, ward or returned.ward)
    check_identity(returned, lp, workbook)
    changes = plan_changes(returned, lp)
    text = apply_answers(lib.book, returned, lp, changes)
    kinds = ("added", "corrected", "confirmed", "unknown")
    words = {k: msg(f"import.{k}").text(lang) for k in kinds}
    rows = [
        [
            terminal(labels(c.field, lang)),
            terminal(value_of(c.field, c.before, lang)),
            terminal(value_of(c.field, c.after, lang)),
            words[c.kind],
            c.cell,
        ]
        for c in changes
        if c.kind != "unknown"
    ]
    typer.echo(grid(rows, headers=msg("import.head").text(lang).split("|")))
    summary = ("、" if lang == "ja" else ", ").join(
        f"{words[k]} {sum(1 for c in changes if c.kind == k)}" for k in kinds
    )
    if dry_run:
        typer.echo(msg("import.dry_run", summary=summary).text(lang))
        return
    replace_profile(lp, text)
    typer.echo(msg("import.done", path=terminal(str(lp.path)), summary=summary).text(lang))


def init_command(
    ctx: typer.Context,
    ward_id: str,
    code: str,
    name: str,
    name_en: str,
    kind: str,
    area: str,
    out: Optional[Path],
    describes: Optional[str],
) -> None:
    """`planner init`: a new profile, every field present and unknown, valid at once."""
    import hashlib
    import os

    from planner.intake.init import check_identity, profile_text
    from planner.output import Inputs, prepare, temporary_name, write_new
    from planner.profiles.load import check_profile
    from planner.rulebook.library import load_library
    from planner.yamlio import load_text

    s = settings(ctx)
    check_identity(ward_id, code, name, kind, area)
    check_dates(as_of=describes)
    data = s.data_dir()
    target = out or data / "wards" / f"{ward_id}.yaml"
    if target.exists() or target.is_symlink():
        raise UsageError(msg("init.exists", path=target), msg("init.exists_hint"))
    text = profile_text(
        load_library(data).book, ward_id, code, name, name_en, kind, area, describes or f"{date.today():%Y-%m}"
    )
    check_profile(load_text(str(target), text), target, hashlib.sha256(text.encode()).hexdigest())
    mode = prepare(target, Inputs())  # a new profile belongs in wards/; it never replaces a file (see os.link)
    tmp = temporary_name(target)
    try:
        write_new(tmp, text, mode, target)
        os.link(tmp, target)  # never replaces a file that appeared meanwhile
    except FileExistsError:
        raise UsageError(msg("init.exists", path=target), msg("init.exists_hint")) from None
    finally:
        if tmp.exists():
            tmp.unlink()
    sys.stderr.write(f"{target}\n")
