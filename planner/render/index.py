"""The batch index: every municipality in 団体コード order, its top actions, and how complete its profile is."""

from __future__ import annotations

from dataclasses import dataclass

from planner.i18n import fy_label, pick, t
from planner.planning.build import Plan
from planner.safe import md

TOP = 3


@dataclass(frozen=True)
class IndexRow:
    """One municipality's line in the index (kept instead of its plan, so a batch holds little)."""

    file: str
    code: str
    name_ja: str
    name_en: str
    area_ja: str
    actions: int
    provisional: int
    pending: int
    asked: int
    known: str
    fiscal_year: int
    top: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, plan: Plan, file: str) -> IndexRow:
        """The index line of a plan."""
        w = plan.ward
        return cls(
            file,
            w.code,
            w.name.ja,
            w.name.en,
            w.area_ja,
            len(plan.actions),
            len(plan.provisional),
            len(plan.pending),
            sum(len(g.items) for a in plan.actions for g in a.survey),  # what the plan's survey section counts
            f"{w.known_fields}/{w.total_fields}",
            plan.fiscal_year,
            tuple((a.title.ja, a.title.en) for a in plan.actions[:TOP]),
        )


def index_name(fmt: str) -> str:
    """index.html for HTML batches, index.md for the others."""
    return "index.html" if fmt == "html" else "index.md"


def _label(row: IndexRow, lang: str) -> str:
    return row.name_ja if lang == "ja" else f"{row.name_ja} ({row.name_en})"


def _top(row: IndexRow, lang: str) -> list[str]:
    return [ja if lang == "ja" else en for ja, en in row.top]


def headers(lang: str) -> list[str]:
    """Column titles of the index."""
    return [
        t("code", lang),
        t("ward", lang),
        t("area", lang),
        t("count_actions", lang),
        t("count_provisional", lang),
        t("count_pending", lang),
        t("count_gaps", lang),
        t("completeness", lang),
        t("top_actions", lang),
    ]


def render_index(rows: list[IndexRow], fmt: str, lang: str) -> str:
    """The index in HTML (for HTML batches) or Markdown (for the others)."""
    year = fy_label(rows[0].fiscal_year, lang) if rows else ""
    if fmt == "html":
        from planner.render.jinja import render_template

        return render_template(
            "index.html.j2",
            lang=lang,
            rows=rows,
            year=year,
            headers=headers(lang),
            label=_label,
            top=_top,
            t=t,
            pick=pick,
        )
    sep = "、" if lang == "ja" else "; "
    lines = [
        f"# {t('index_title', lang)} — {year}",
        "",
        "| " + " | ".join(headers(lang)) + " |",
        "|" + "---|" * len(headers(lang)),
    ]
    for r in rows:
        lines.append(
            f"| {r.code} | [{md(_label(r, lang))}]({r.file}) | {md(r.area_ja)} | {r.actions} | {r.provisional} | "
            f"{r.pending} | {r.asked} | "
            f"{r.known} | {sep.join(md(x) for x in _top(r, lang))} |"
        )
    return "\n".join(lines) + "\n"
