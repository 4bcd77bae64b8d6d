"""Commands over the data: validate, schema, fields, init."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from planner.cli.context import settings
from planner.render.grid import grid
from planner.safe import json_text

app = typer.Typer()


@app.command()
def validate(
    ctx: typer.Context, paths: list[Path] = typer.Argument(None, help="Profiles or data folders (default: all data).")
) -> None:
    """Validate profiles, rules and models; every problem as file:line:col, all at once."""
    from planner.errors import Problem
    from planner.messages import msg
    from planner.safe import terminal
    from planner.validate import validate_paths

    s = settings(ctx)
    warnings: list[Problem] = []
    counts = validate_paths(paths or [s.data_dir(links=False)], warnings)
    for w in warnings:
        typer.echo(terminal(msg("validate.warning", text=w.render(s.lang)).text(s.lang)), err=True)
    typer.echo("ok: " + ", ".join(f"{n} {k}" for k, n in counts.items()))


@app.command()
def schema(
    ctx: typer.Context,
    name: str = typer.Argument(
        "profile",
        help="profile | rules | actions | lessons | planning | wording | survey | frame | registry | progress | fields",
    ),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write to this file."),
) -> None:
    """Print the JSON Schema of a ward profile or of one of the rule book's files, for editors."""
    from planner.output import Inputs, write_atomic
    from planner.profiles.fields import use_fields
    from planner.schemas import schema_text

    if name == "profile":  # the profile's schema is built from the fields of --data's rules/fields.yaml
        use_fields(settings(ctx).data_dir())
    text = schema_text(name)
    if out:
        write_atomic(out, text, Inputs.of(settings(ctx).data_dir(())))
    else:
        sys.stdout.write(text)


@app.command()
def fields(
    ctx: typer.Context,
    lang: str = typer.Option("ja", "--lang", "-l", help="ja | en"),
    fmt: str = typer.Option("table", "--format", "-f", help="table | json"),
) -> None:
    """Every profile field: its path, label, kind, unit and choices."""
    from planner.errors import UsageError
    from planner.i18n import kind_label
    from planner.messages import msg
    from planner.profiles.fields import field_specs, use_fields

    use_fields(settings(ctx).data_dir())  # the fields of --data's rules/fields.yaml, not the shipped ones
    settings(ctx).use_lang(lang)
    if fmt not in ("table", "json"):
        raise UsageError(msg("cli.unknown_format", fmt=fmt), msg("cli.one_of", options="table, json"))
    specs = list(field_specs().values())
    if fmt == "json":
        rows = [
            {"field": s.path, "ja": s.ja, "en": s.en, "kind": s.kind, "unit": s.unit, "choices": list(s.choices)}
            for s in specs
        ]
        sys.stdout.write(json_text(rows))
        return
    head = ["項目", "名称", "種類", "単位", "選択肢"] if lang == "ja" else ["field", "label", "kind", "unit", "choices"]
    rows2 = [
        [
            s.path,
            s.ja if lang == "ja" else s.en,
            kind_label(s.kind, lang),
            (s.unit_ja if lang == "ja" else s.unit) or s.unit or "",  # 床, 人: the unit's label in fields.yaml
            "、".join(s.choices) if lang == "ja" else ", ".join(s.choices),
        ]
        for s in specs
    ]
    typer.echo(grid(rows2, headers=head))


@app.command()
def init(
    ctx: typer.Context,
    ward_id: str = typer.Argument(..., metavar="ID", help="The new profile's id (the file name), e.g. okutama."),
    code: str = typer.Option(..., "--code", help="全国地方公共団体コード, 5 digits (13xxx)."),
    name: str = typer.Option(..., "--name", help="The name in kanji, e.g. 奥多摩町."),
    name_en: str = typer.Option("", "--name-en", help="The name in romaji (default: the id)."),
    kind: str = typer.Option(..., "--kind", help="ward | city | town | village"),
    area: str = typer.Option(..., "--area", help="二次保健医療圏 id, e.g. nishi-tama."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Where to write it (default: wards/ID.yaml)."),
    describes: Optional[str] = typer.Option(None, "--describes", help="The date it describes (default: this month)."),
) -> None:
    """Start a new profile: every field present and unknown, explained in Japanese; never replaces a file."""
    import hashlib
    import os
    from datetime import date

    from planner.cli.context import check_dates
    from planner.errors import UsageError
    from planner.intake.init import check_identity, check_target, profile_text
    from planner.messages import msg
    from planner.output import prepare, temporary_name, write_new
    from planner.profiles.load import check_profile
    from planner.rulebook.library import load_library
    from planner.safe import terminal
    from planner.yamlio import load_text

    check_identity(ward_id, code, name, kind, area, name_en)  # before any file is named
    check_dates(as_of=describes)
    data = settings(ctx).data_dir()
    target = out or data / "wards" / f"{ward_id}.yaml"
    if target.exists() or target.is_symlink():
        raise UsageError(msg("init.exists", path=target), msg("init.exists_hint"))
    inputs = check_target(data, target, ward_id, code, name)
    text = profile_text(
        load_library(data).book, ward_id, code, name, name_en, kind, area, describes or f"{date.today():%Y-%m}"
    )
    check_profile(load_text(str(target), text), target, hashlib.sha256(text.encode()).hexdigest())
    mode = prepare(target, inputs)
    tmp = temporary_name(target)
    try:
        write_new(tmp, text, mode, target)
        os.link(tmp, target)  # never replaces a file that appeared meanwhile
    except FileExistsError:
        raise UsageError(msg("init.exists", path=target), msg("init.exists_hint")) from None
    finally:
        if tmp.exists():
            tmp.unlink()
    sys.stderr.write(terminal(str(target)) + "\n")
