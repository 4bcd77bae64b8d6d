"""Batch planning: every municipality (or one area) into a folder, with an index; Ctrl-C safe."""
from __future__ import annotations

from pathlib import Path

from .api import plan_for
from .assess import parse_set
from .catalog import load_library
from .errors import OutputError, UsageError
from .i18n import fy_label, t
from .output import write_atomic
from .profile import AREAS
from .render import SUFFIX, render
from .wards import load_all


def run_batch(data_dir: Path, out_dir: Path, fmt: str, lang: str, *, area: str | None = None,
              as_of: str | None = None, start: str | None = None, model_id: str | None = None,
              sets: list[str] | None = None, progress: bool = False) -> list[Path]:
    """Plan every ward first (no file is touched if any fails), then write each file atomically."""
    if area is not None and area not in AREAS:
        raise UsageError(f"unknown area '{area}'", "one of: " + ", ".join(AREAS))
    if not out_dir.is_dir():
        raise OutputError(out_dir, "folder does not exist", "create it first")
    lib = load_library(data_dir)
    overrides = parse_set(sets or [])
    profiles = load_all(data_dir, area)
    outputs: list[tuple[Path, str]] = []
    rows = []
    for lp in _bar(profiles, progress, "planning"):
        plan = plan_for(lib, lp, as_of=as_of, start=start, model_id=model_id, overrides=overrides)
        name = f"{lp.profile.id}{SUFFIX[fmt]}"
        outputs.append((out_dir / name, render(plan, fmt, lang)))
        rows.append((name, plan))
    outputs.append((out_dir / f"index{'.html' if fmt == 'html' else '.md'}", _index(rows, fmt, lang)))
    written = []
    for path, text in _bar(outputs, progress, "writing"):
        write_atomic(path, text, protected=[data_dir / "wards", data_dir / "rules", data_dir / "models"])
        written.append(path)
    return written


def _bar(items, progress: bool, label: str):  # type: ignore[no-untyped-def]
    if not progress:
        yield from items
        return
    import typer
    with typer.progressbar(items, label=label, file=__import__("sys").stderr) as bar:
        yield from bar


def _index(rows: list, fmt: str, lang: str) -> str:  # type: ignore[type-arg]
    head = [t("ward", lang), t("area", lang), t("count_actions", lang), t("count_gaps", lang),
            t("completeness", lang), "top"]
    body = []
    for name, plan in rows:
        top = plan.actions[0].title.ja if lang == "ja" and plan.actions else (
            plan.actions[0].title.en if plan.actions else "-")
        label = plan.ward.name.ja if lang == "ja" else f"{plan.ward.name.ja} ({plan.ward.name.en})"
        body.append((name, label, plan.ward.area_ja, len(plan.actions), len(plan.data_gaps),
                     f"{plan.ward.known_fields}/{plan.ward.total_fields}", top))
    year = fy_label(rows[0][1].fiscal_year, lang) if rows else ""
    if fmt == "html":
        from html import escape as e
        trs = "".join(f'<tr><td><a href="{e(n)}">{e(lbl)}</a></td>' + "".join(f"<td>{e(str(c))}</td>" for c in rest)
                      + "</tr>" for n, lbl, *rest in body)
        ths = "".join(f"<th>{e(h)}</th>" for h in head)
        return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{e(t("index_title", lang))}'
                f"</title></head><body><h1>{e(t('index_title', lang))} — {e(year)}</h1><table border=1>"
                f"<tr>{ths}</tr>{trs}</table></body></html>\n")
    lines = [f"# {t('index_title', lang)} — {year}", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for n, lbl, *rest in body:
        lines.append(f"| [{lbl}]({n}) | " + " | ".join(str(c).replace("|", "\\|") for c in rest) + " |")
    return "\n".join(lines) + "\n"
