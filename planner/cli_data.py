"""Commands over the data: validate, schema, wards list, rules list | show | lint."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable, List, Optional

import typer
from tabulate import tabulate

from .errors import EXIT_FINDINGS, InputError, LintError, UsageError


def register(app: typer.Typer, data_dir: Callable[[], Path], set_lang: Callable[[str], str]) -> None:
    wards_app = typer.Typer(help="Ward profiles.", no_args_is_help=True)
    rules_app = typer.Typer(help="The rule book.", no_args_is_help=True)
    app.add_typer(wards_app, name="wards")
    app.add_typer(rules_app, name="rules")

    @app.command()
    def validate(paths: List[Path] = typer.Argument(None, help="Profiles or data folders (default: all data).")) -> None:
        """Validate profiles, rules and models; every problem as file:line:col, all at once."""
        from .validate import validate_paths
        counts = validate_paths(paths or [data_dir()])
        typer.echo("ok: " + ", ".join(f"{n} {k}" for k, n in counts.items()))

    @app.command()
    def schema(out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write to this file.")) -> None:
        """Print the ward profile's JSON Schema (for editor autocompletion)."""
        from .schema import schema_text
        if out:
            from .output import write_atomic
            d = data_dir()
            write_atomic(out, schema_text(), protected=[d / "wards", d / "rules", d / "models", d / "features"])
        else:
            sys.stdout.write(schema_text())

    @wards_app.command("list")
    def wards_list(area: Optional[str] = typer.Option(None, "--area", help="Only this area."),
                   as_of: Optional[str] = typer.Option(None, "--as-of", help="Count facts known at this date.")) -> None:
        """Every municipality: id, code, kanji, area, and how complete its profile is."""
        from .fields import completeness
        from .profile import AREAS
        from .wards import load_all
        if area is not None and area not in AREAS:
            raise UsageError(f"unknown area '{area}'", "one of: " + ", ".join(AREAS))
        if as_of is not None:
            from .facts import check_date
            try:
                check_date(as_of)
            except ValueError as exc:
                raise UsageError(f"--as-of: {exc}") from None
        rows = []
        for lp in load_all(data_dir(), area):
            p = lp.profile
            known, total = completeness(p, as_of)
            rows.append([p.id, p.code, p.name.ja, p.area, f"{known}/{total}"])
        typer.echo(tabulate(rows, headers=["id", "code", "name", "area", "known"], disable_numparse=True))

    @rules_app.command("list")
    def rules_list(lang: str = typer.Option("ja", "--lang", "-l", help="ja | en"),
                   lesson: Optional[str] = typer.Option(None, "--lesson", help="Only rules for this lesson (L4).")) -> None:
        """Every rule: id, pack, lessons, severity, actions, title."""
        set_lang(lang)
        from .catalog import load_library
        lib = load_library(data_dir())
        rows = [[r.id, lib.book.pack_of(r.id).pack, ",".join(r.lessons), r.severity, ",".join(r.actions),
                 getattr(r.title, lang)] for r in lib.book.rules if lesson is None or lesson in r.lessons]
        typer.echo(tabulate(rows, headers=["id", "pack", "lessons", "sev", "actions", "title"],
                            maxcolwidths=[28, None, None, None, 26, 30], disable_numparse=True))

    @rules_app.command("show")
    def rules_show(rule_id: str = typer.Argument(..., help="Rule id.")) -> None:
        """One rule in full (YAML-like JSON)."""
        import json
        from .catalog import load_library
        lib = load_library(data_dir())
        for r in lib.book.rules:
            if r.id == rule_id:
                data = r.model_dump(mode="json", by_alias=True, exclude_none=True)
                data["pack"] = lib.book.pack_of(r.id).pack
                typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
                return
        import difflib
        close = difflib.get_close_matches(rule_id, [r.id for r in lib.book.rules], n=1)
        raise UsageError(f"unknown rule '{rule_id}'", f"did you mean '{close[0]}'?" if close else "see `planner rules list`")

    @rules_app.command("lint")
    def rules_lint() -> None:
        """Check the rule book, actions and models: fields, actions, lessons, tasks, quotes, cycles, ids."""
        from .catalog import lint_library
        try:
            book, models, problems = lint_library(data_dir())
        except InputError as exc:  # lint's job is to find problems: exit 1, as for the others
            raise LintError(exc.problems, EXIT_FINDINGS) from None
        if problems:
            raise LintError(problems, EXIT_FINDINGS)
        typer.echo(f"ok: {len(book.rules)} rules in {len(book.packs)} packs, {len(book.catalogue.actions)} actions, "
                   f"{len(models.models)} models; lessons covered: "
                   f"{len({x for r in book.rules for x in r.lessons})}/17")
