"""Commands that plan: `assess` (one ward or a batch) and `explain`."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable, List, Optional

import typer

from .errors import UsageError


def register(app: typer.Typer, data_dir: Callable[[], Path], set_lang: Callable[[str], str]) -> None:
    @app.command()
    def assess(
        ward: Optional[str] = typer.Argument(None, help="Ward id (koto), kanji (江東区), code (13108) or a .yaml path."),
        fmt: str = typer.Option("table", "--format", "-f", help="table | md | json | html"),
        lang: str = typer.Option("ja", "--lang", "-l", help="ja | en"),
        out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write to this file (atomically)."),
        all_: bool = typer.Option(False, "--all", help="Every municipality, one file each, into --out-dir."),
        area: Optional[str] = typer.Option(None, "--area", help="Every municipality of one area, e.g. ku-tobu."),
        out_dir: Optional[Path] = typer.Option(None, "--out-dir", help="Folder for --all / --area."),
        model: Optional[str] = typer.Option(None, "--model", help="Regional model id (default: by area)."),
        sets: List[str] = typer.Option([], "--set", help="What-if: FIELD=VALUE (repeatable; VALUE null = unknown)."),
        as_of: Optional[str] = typer.Option(None, "--as-of", help="Plan as of this date (YYYY-MM); default: the profile's."),
        start: Optional[str] = typer.Option(None, "--start", help="Fiscal year start, YYYY-04 (default: the April after --as-of)."),
    ) -> None:
        """Assess a ward and print its prioritised approach plan."""
        from .render import check, render
        set_lang(lang)
        check(fmt, lang)
        _check_dates(as_of, start)
        if all_ or area:
            if ward:
                raise UsageError("give a ward or --all/--area, not both")
            if out_dir is None:
                raise UsageError("--all and --area need --out-dir", "e.g. --out-dir plans/")
            from .batch import run_batch
            written = run_batch(data_dir(), out_dir, fmt, lang, area=area, as_of=as_of, start=start,
                                model_id=model, sets=sets, progress=sys.stderr.isatty())
            typer.echo(f"{len(written)} files written to {out_dir}", err=True)
            return
        if not ward:
            raise UsageError("which ward?", "e.g. `planner assess koto`, or --all --out-dir DIR")
        from .api import plan_ward
        plan = plan_ward(data_dir(), ward, as_of=as_of, start=start, model_id=model, sets=sets)
        text = render(plan, fmt, lang)
        if out:
            from .output import write_atomic
            write_atomic(out, text, protected=_inputs(data_dir()))
        else:
            sys.stdout.write(text)

    @app.command()
    def explain(
        ward: str = typer.Argument(..., help="Ward id, kanji, code or .yaml path."),
        rule: Optional[str] = typer.Argument(None, help="One rule id (default: every rule)."),
        lang: str = typer.Option("ja", "--lang", "-l", help="ja | en"),
        fmt: str = typer.Option("text", "--format", "-f", help="text | json"),
        sets: List[str] = typer.Option([], "--set", help="What-if: FIELD=VALUE (repeatable)."),
        as_of: Optional[str] = typer.Option(None, "--as-of", help="Explain as of this date (YYYY-MM)."),
    ) -> None:
        """Why each rule fired, did not fire, or could not be decided (and which input was unknown)."""
        from .api import explain_ward
        from .render.explain import explain_json, explain_text
        set_lang(lang)
        if fmt not in ("text", "json"):
            raise UsageError(f"unknown format '{fmt}'", "one of: text, json")
        _check_dates(as_of, None)
        lib, lp, assessment = explain_ward(data_dir(), ward, as_of=as_of, sets=sets)
        findings = assessment.findings
        if rule:
            findings = [f for f in findings if f.rule == rule]
            if not findings:
                import difflib
                ids = [f.rule for f in assessment.findings]
                close = difflib.get_close_matches(rule, ids, n=1)
                raise UsageError(f"unknown rule '{rule}'", f"did you mean '{close[0]}'?" if close else
                                 "see `planner rules list`")
        text = explain_json(assessment, findings) if fmt == "json" else explain_text(lib.book, assessment, findings, lang)
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _inputs(data: Path) -> list[Path]:
    return [data / "wards", data / "rules", data / "models", data / "features"]


def _check_dates(as_of: str | None, start: str | None) -> None:
    from .facts import check_date
    for name, value in (("--as-of", as_of), ("--start", start)):
        if value is None:
            continue
        try:
            check_date(value)
        except ValueError as exc:
            raise UsageError(f"{name}: {exc}") from None
        if name == "--start" and (len(value) < 7 or value[5:7] != "04"):
            raise UsageError(f"--start {value}: a fiscal year starts in April", "write YYYY-04")
