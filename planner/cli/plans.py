"""Commands that plan: `assess` (one municipality or a batch) and `explain`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from planner.cli.context import Settings, check_dates, settings
from planner.errors import UsageError
from planner.messages import msg
from planner.suggest import did_you_mean

app = typer.Typer()


@app.command()
def assess(
    ctx: typer.Context,
    ward: Optional[str] = typer.Argument(None, help="Ward id (koto), kanji (江東区), code (13108) or a .yaml path."),
    fmt: str = typer.Option("table", "--format", "-f", help="table | md | json | html"),
    lang: str = typer.Option("ja", "--lang", "-l", help="ja | en"),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write to this file (atomically)."),
    all_: bool = typer.Option(False, "--all", help="Every municipality, one file each, into --out-dir."),
    area: Optional[str] = typer.Option(None, "--area", help="Every municipality of one area, e.g. ku-tobu."),
    out_dir: Optional[Path] = typer.Option(None, "--out-dir", help="Folder for --all / --area (created if needed)."),
    model: Optional[str] = typer.Option(None, "--model", help="Regional model id (default: by area)."),
    sets: list[str] = typer.Option([], "--set", help="What-if: FIELD=VALUE (repeatable; VALUE null = unknown)."),
    as_of: Optional[str] = typer.Option(
        None, "--as-of", help="Plan as of this date (YYYY-MM); default: the profile's."
    ),
    start: Optional[str] = typer.Option(
        None,
        "--start",
        help="First month planned, YYYY-MM: an April plans a fiscal year, another month the rest of one.",
    ),
) -> None:
    """Assess a municipality and print its prioritised approach plan."""
    from planner.output import Inputs, write_atomic
    from planner.render import check, render

    s = settings(ctx)
    s.use_lang(lang)
    check(fmt, lang)
    check_dates(as_of=as_of, start=start)
    if all_ or area:
        if ward:
            raise UsageError(msg("cli.ward_and_all"))
        if out_dir is None:
            raise UsageError(msg("cli.need_out_dir"), msg("cli.out_dir_example"))
        _assess_batch(s, out_dir, fmt, lang, area=area, as_of=as_of, start=start, model=model, sets=sets)
        return
    if not ward:
        raise UsageError(msg("cli.which_ward"), msg("cli.which_ward_hint"))
    from planner.planning.api import plan_ward

    data = s.data_dir()
    plan = plan_ward(data, ward, as_of=as_of, start=start, model_id=model, sets=sets)
    text = render(plan, fmt, lang)
    if out:
        write_atomic(out, text, Inputs.of(data, *([ward] if ward.endswith((".yaml", ".yml")) else [])))
    else:
        sys.stdout.write(text)


def _assess_batch(
    s: Settings,
    out_dir: Path,
    fmt: str,
    lang: str,
    *,
    area: str | None,
    as_of: str | None,
    start: str | None,
    model: str | None,
    sets: list[str],
) -> None:
    """`assess --all` / `--area`: one plan file per municipality into out_dir, and how many were written."""
    from planner.batch import run_batch

    written = run_batch(
        s.data_dir(),
        out_dir,
        fmt,
        lang,
        area=area,
        as_of=as_of,
        start=start,
        model_id=model,
        sets=sets,
        progress=sys.stderr.isatty(),
    )
    typer.echo(
        f"{len(written)}件のファイルを {out_dir} に書き出しました"
        if lang == "ja"
        else f"{len(written)} files written to {out_dir}",
        err=True,
    )


@app.command()
def explain(
    ctx: typer.Context,
    ward: str = typer.Argument(..., help="Ward id, kanji, code or .yaml path."),
    rule: Optional[str] = typer.Argument(None, help="One rule id (default: every rule)."),
    lang: str = typer.Option("ja", "--lang", "-l", help="ja | en"),
    fmt: str = typer.Option("text", "--format", "-f", help="text | json"),
    sets: list[str] = typer.Option([], "--set", help="What-if: FIELD=VALUE (repeatable)."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="Explain as of this date (YYYY-MM)."),
) -> None:
    """Why each rule fired, did not fire, or could not be decided (and which input was unknown)."""
    from planner.planning.api import explain_ward
    from planner.render.explain import explain_json, explain_text

    s = settings(ctx)
    s.use_lang(lang)
    if fmt not in ("text", "json"):
        raise UsageError(msg("cli.unknown_format", fmt=fmt), msg("cli.one_of", options="text, json"))
    if rule is not None and not rule.strip():
        raise UsageError(msg("cli.empty_rule"), msg("cli.see_rules"))
    check_dates(as_of=as_of)
    lib, lp, assessment = explain_ward(s.data_dir(), ward, as_of=as_of, sets=sets)
    findings = assessment.findings
    if rule:
        findings = [f for f in findings if f.rule == rule]
        if not findings:
            raise UsageError(
                msg("cli.unknown_rule", rule=rule),
                did_you_mean(rule, [f.rule for f in assessment.findings], msg("cli.see_rules")),
            )
    text = (
        explain_json(assessment, findings)
        if fmt == "json"
        else explain_text(lib.book, assessment, findings, lang, lp.profile.kind)
    )
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


@app.command()
def diff(
    ctx: typer.Context,
    first: str = typer.Argument(
        ..., help="A plan file (.json) — or a municipality, compared --from one date --to another."
    ),
    second: Optional[str] = typer.Argument(None, help="The later plan file (.json)."),
    from_: Optional[str] = typer.Option(None, "--from", help="With a municipality: the earlier date (YYYY-MM)."),
    to: Optional[str] = typer.Option(None, "--to", help="With a municipality: the later date (YYYY-MM)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table | md | json"),
    lang: str = typer.Option("ja", "--lang", "-l", help="ja | en (for a municipality; plan files keep theirs)"),
) -> None:
    """Compare two plans: actions added, dropped or moved, and facts that changed."""
    from planner.planning.diff import diff_plans, load_plan_json
    from planner.render.diff import render_diff

    s = settings(ctx)
    s.use_lang(lang)
    if fmt not in ("table", "md", "json"):
        raise UsageError(msg("cli.unknown_format", fmt=fmt), msg("cli.one_of", options="table, md, json"))
    if first.endswith(".json"):
        if second is None or not second.endswith(".json") or from_ or to:
            raise UsageError(msg("diff.usage"))
        before, after = load_plan_json(Path(first)), load_plan_json(Path(second))
        if before["lang"] != after["lang"]:
            raise UsageError(msg("diff.langs", a=before["lang"], b=after["lang"]))
        lang = after["lang"]
    else:
        if second is not None or not (from_ and to):
            raise UsageError(msg("diff.usage"))
        check_dates(as_of=from_, start=None)
        check_dates(as_of=to, start=None)
        from planner.planning.api import plan_ward
        from planner.render.json import plan_dict

        data = s.data_dir()
        before = plan_dict(plan_ward(data, first, as_of=from_), lang)
        after = plan_dict(plan_ward(data, first, as_of=to), lang)
    sys.stdout.write(render_diff(diff_plans(before, after), fmt, lang))
