"""A fact in words: its value with unit, its label, its status and the table row that carries them.

Every renderer (and the questionnaire) formats a value through here, so it is formatted in one place only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from planner.dates import fy_label_ja
from planner.i18n import date_text, fmt_value, t
from planner.planning.assess import FactRef
from planner.profiles.fields import field_specs


@dataclass
class Row:
    """A table row: cells in order, plus an optional link per cell."""

    cells: list[str]
    links: dict[int, str] = field(default_factory=dict)
    flag: str = ""
    mark: int = -1  # the cell the flag marks (要確認, 期限超過, なし): the last unless said otherwise


def value_of(field: str, value: Any, lang: str) -> str:
    """A field's value in words with its unit (a fiscal year as agenda papers write it)."""
    spec = field_specs().get(field)
    if spec is not None and spec.kind == "year" and isinstance(value, int):
        return fy_label_ja(value) if lang == "ja" else f"FY{value}"
    return fmt_value(value, lang, spec.unit_ja if spec else None, spec.unit if spec else None)


def label_of(field: str, lang: str) -> str:
    """A field's label (never its path in Japanese output)."""
    spec = field_specs()[field]
    return spec.ja if lang == "ja" else spec.en


def status_text(status: str, lang: str, years: int, holder: str | None = None, source: str | None = None) -> str:
    """Why a known fact does or does not decide rules: 要確認, another body's, an assumption."""
    if status == "current":
        return ""
    if status == "derived":
        return t("status_derived", lang, source=label_of(source, lang) if source in field_specs() else source or "")
    return t(f"status_{status}", lang, years=years, holder=holder or "")


def fact_line(ref: FactRef, lang: str, years: int, recorded: bool = False) -> str:
    """A fact behind a rule: label: value (date, status); an out-of-date value shown only when `recorded`."""
    extra = [x for x in (date_text(ref.as_of, lang), status_text(ref.status, lang, years)) if x]
    sep = "、" if lang == "ja" else "; "
    label = label_of(ref.field, lang)
    hidden = ("other_body",) if recorded else ("stale", "undated", "other_body")
    value = value_of(ref.field, ref.value, lang) if ref.status not in hidden else t("value_unknown", lang)
    tail = (f"（{sep.join(extra)}）" if lang == "ja" else f" ({sep.join(extra)})") if extra else ""
    return f"{label}: {value}{tail}"
