"""`planner rules list | show | lint`: browse and check the rule book."""

from __future__ import annotations

import json
from typing import Optional

import typer

from planner.cli.context import settings
from planner.render.grid import grid
from planner.safe import json_text

app = typer.Typer(help="The rule book.", no_args_is_help=True)
LIBRARY = ("rules", "models")  # what these commands read of the data folder


@app.command("list")
def rules_list(
    ctx: typer.Context,
    lang: str = typer.Option("ja", "--lang", "-l", help="ja | en"),
    lesson: Optional[str] = typer.Option(None, "--lesson", help="Only rules for this lesson (L4)."),
    in_force: Optional[str] = typer.Option(None, "--in-force", help="Only rules in force at this date (YYYY-MM)."),
) -> None:
    """Every rule: id, pack, lessons, severity, actions, title."""
    from planner.cli.context import check_dates
    from planner.planning.assess import in_force as rule_in_force
    from planner.rulebook.library import load_library

    s = settings(ctx)
    s.use_lang(lang)
    check_dates(as_of=in_force)
    lib = load_library(s.data_dir(LIBRARY))
    rows = [
        [
            r.id,
            lib.book.pack_of(r.id).pack,
            ",".join(r.lessons),
            r.severity,
            ",".join(r.actions),
            getattr(r.title, lang),
        ]
        for r in lib.book.rules
        if (lesson is None or lesson in r.lessons) and (in_force is None or rule_in_force(r, in_force))
    ]
    typer.echo(
        grid(
            rows,
            headers=["id", "pack", "lessons", "sev", "actions", "title"],
            maxcolwidths=[28, None, None, None, 26, 30],
        )
    )


@app.command("show")
def rules_show(ctx: typer.Context, rule_id: str = typer.Argument(..., help="Rule id.")) -> None:
    """One rule in full (JSON)."""
    from planner.errors import UsageError
    from planner.messages import msg
    from planner.rulebook.library import load_library
    from planner.suggest import did_you_mean

    lib = load_library(settings(ctx).data_dir(LIBRARY))
    for r in lib.book.rules:
        if r.id == rule_id:
            data = json.loads(r.model_dump_json(by_alias=True, exclude_none=True))
            data["pack"] = lib.book.pack_of(r.id).pack
            typer.echo(json_text(data), nl=False)
            return
    raise UsageError(
        msg("cli.unknown_rule", rule=rule_id),
        did_you_mean(rule_id, [r.id for r in lib.book.rules], msg("cli.see_rules")),
    )


@app.command("lint")
def rules_lint(ctx: typer.Context) -> None:
    """Check the rule book, actions and models: fields, actions, lessons, tasks, quotes, cycles, ids, limits."""
    from planner.errors import EXIT_FINDINGS, InputError, LintError
    from planner.rulebook.library import lint_library

    try:
        book, models, problems = lint_library(settings(ctx).data_dir(LIBRARY))
    except InputError as exc:  # lint's job is to find problems: exit 1, as for the others
        raise LintError(exc.problems, EXIT_FINDINGS) from None
    if problems:
        raise LintError(problems, EXIT_FINDINGS)
    covered = len({x for r in book.rules for x in r.lessons})
    typer.echo(
        f"ok: {len(book.rules)} rules in {len(book.packs)} packs, {len(book.actions)} actions, "
        f"{len(models.models)} models; lessons covered: {covered}/{len(book.vocabulary.lessons)}"
    )
