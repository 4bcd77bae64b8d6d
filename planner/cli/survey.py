"""`planner survey export | import`: the questionnaire round trip; `planner init`: a new, empty profile."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Optional

import typer

from planner.cli.context import check_dates, settings
from planner.errors import UsageError
from planner.messages import msg

app = typer.Typer(help="The survey questionnaire: export it, import its answers.", no_args_is_help=True)


@app.command("export")
def survey_export(
    ctx: typer.Context,
    ward: str = typer.Argument(..., help="Ward id, kanji, code or .yaml path."),
    out: Path = typer.Option(
        ..., "--out", "-o", help="The workbook to write (.xlsx), or an existing folder for one workbook per respondent."
    ),
    group: list[str] = typer.Option([], "--group", "-g", help="Only this respondent group's sheet (repeatable)."),
    per_respondent: bool = typer.Option(
        False, "--per-respondent", help="One workbook per respondent group (and per office, with --copies)."
    ),
    copies: Optional[int] = typer.Option(
        None, "--copies", help="Copies of a group answered office by office, one per office (numbered)."
    ),
    respondent: list[str] = typer.Option(
        [], "--respondent", help="An office a group answered office by office is sent to (repeatable: one copy each)."
    ),
    contact: list[str] = typer.Option(
        [], "--contact", help="The cover's contact: section and name, then telephone, then e-mail (up to 3)."
    ),
    lang: str = typer.Option("ja", "--lang", "-l", help="ja | en"),
    as_of: Optional[str] = typer.Option(
        None, "--as-of", help="The survey's reference date (YYYY-MM; default this month): one round of answers."
    ),
    reply_by: Optional[str] = typer.Option(
        None, "--reply-by", help="Reply date (YYYY-MM-DD); default: four weeks from today."
    ),
) -> None:
    """Write the questionnaire of a municipality: a cover sheet and its respondent groups' sheets."""
    from planner.cli.survey_options import export_request, write_workbooks
    from planner.planning.api import load_ward
    from planner.planning.assess import assess
    from planner.rulebook.library import load_library

    s = settings(ctx)
    s.use_lang(lang)
    check_dates(as_of=as_of, reply_by=reply_by)
    data = s.data_dir()
    lib, lp = load_library(data), load_ward(data, ward)
    req = export_request(lib.book, lang, group, per_respondent, copies, respondent, contact, reply_by)
    this_month = f"{date.today():%Y-%m}"
    if as_of is not None and as_of[:7] > this_month:  # answers, dated from today on, would precede it
        raise UsageError(msg("cli.as_of_ahead", value=as_of, month=this_month), msg("cli.as_of_hint"))
    state = assess(lib, lp, as_of or this_month).state
    for path, label in write_workbooks(lib.book, lp, state, req, out, data):
        typer.echo(f"{path}: {label}", err=True)


@app.command("import")
def survey_import(
    ctx: typer.Context,
    workbooks: list[Path] = typer.Argument(..., help="Returned questionnaires (.xlsx), or folders of them."),
    ward: Optional[str] = typer.Option(
        None, "--ward", help="The municipality they must be for (id, kanji, code or path)."
    ),
    prefer: list[Path] = typer.Option(
        [], "--prefer", help="A workbook whose answers win where answers to a question disagree (repeatable)."
    ),
    dry_run: bool = typer.Option(False, "--dry-run", help="Show what would change; write nothing."),
    lang: str = typer.Option("ja", "--lang", "-l", help="ja | en"),
) -> None:
    """Take questionnaires' answers into the profile as sourced facts, merged by field (unknown stays unknown)."""
    from planner.cli.survey_options import read_workbooks, show_import, target_profile
    from planner.intake.apply import plan_import
    from planner.intake.lock import profile_lock, replace_keeping_owner
    from planner.planning.api import load_ward
    from planner.rulebook.library import load_library

    s = settings(ctx)
    s.use_lang(lang)
    data = s.data_dir()
    lib = load_library(data)
    returned, chosen = read_workbooks(workbooks, prefer, lib.book, lang)
    path = target_profile(data, ward, returned)
    if dry_run:
        imp = plan_import(lib.book, load_ward(data, str(path)), returned, chosen)
        show_import(imp, lang, None)
        return
    with profile_lock(path, lang):
        lp = load_ward(data, str(path))  # read under the lock: what another import wrote is merged, not lost
        imp = plan_import(lib.book, lp, returned, chosen)
        if imp.text is not None:
            replace_keeping_owner(lp.path, imp.text)
    show_import(imp, lang, lp.path)
