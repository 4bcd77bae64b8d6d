"""Why and why-not: each rule's verdict with its condition tree, inputs, their standing, sources and positions."""

from __future__ import annotations

from typing import Any

from planner.i18n import fmt_value, pick, t
from planner.planning.assess import Assessment, Finding, ended
from planner.render.view import label_of, status_text
from planner.rulebook.book import RuleBook
from planner.rulebook.conditions import Trace, Verdict
from planner.rulebook.settings import Freshness
from planner.rulebook.wording import phraser_for
from planner.safe import json_text, terminal

MARK = {Verdict.TRUE: "✔", Verdict.FALSE: "✘", Verdict.UNKNOWN: "?"}
VERDICT = {
    "ja": {Verdict.TRUE: "真", Verdict.FALSE: "偽", Verdict.UNKNOWN: "不明"},
    "en": {Verdict.TRUE: "true", Verdict.FALSE: "false", Verdict.UNKNOWN: "unknown"},
}
JOINS = {"all of": "次のすべて", "any of": "次のいずれか", "not": "次の否定"}


def _test(text: str, lang: str) -> str:
    if lang != "ja":
        return text
    text = JOINS.get(text, text)
    return (
        text.replace(" is unknown", " が不明")
        .replace(" is known", " が判明")
        .replace(" (denominator is 0)", "（分母が0）")
    )


def _tree(trace: Trace, facts: dict[str, Any], lang: str, fresh: Freshness, depth: int = 1) -> list[str]:
    pad = "    " * depth
    out = [f"{pad}{MARK[trace.verdict]} {_test(trace.test, lang)}  [{VERDICT[lang][trace.verdict]}]"]
    for name, value in trace.inputs.items():
        ref = facts.get(name)
        where = []
        if ref is not None and ref.source:
            where.append(f"{t('source', lang)}: {ref.source}")
        if ref is not None and ref.as_of:
            where.append(ref.as_of)
        if ref is not None and ref.status not in ("current", "unknown"):
            where.append(status_text(ref.status, lang, fresh.years_for(name)))
        if ref is not None and ref.at:
            where.append(ref.at)
        where.insert(0, label_of(name, lang))
        out.append(f"{pad}    {name} = {fmt_value(value, lang)}  ({'; '.join(where)})")
    for child in trace.children:
        out += _tree(child, facts, lang, fresh, depth + 1)
    return out


def explain_text(book: RuleBook, assessment: Assessment, findings: list[Finding], lang: str, kind: str) -> str:
    """Every rule asked for: its verdict, lessons, actions, and the condition tree with each input; titles in the
    municipality's own words ({within} is 区内 for a ward, 町内 for a town), as its plan has them."""
    rules = {r.id: r for r in book.rules}
    phraser = phraser_for(book.wording, kind, assessment.as_of)
    lines = [f"{assessment.ward_id} — {t('as_of', lang)} {assessment.as_of}", ""]
    for f in findings:
        rule = rules[f.rule]
        past = f.status == "not_in_force" and ended(rule, assessment.as_of)
        status = t("ended_rule" if past else f.status, lang)
        status += f"（{t('provisional_rule', lang)}）" if f.provisional and lang == "ja" else ""
        status += f" ({t('provisional_rule', lang)})" if f.provisional and lang != "ja" else ""
        lines.append(f"{f.rule}: {status} — {phraser.fill(pick(rule.title, lang), lang)}")
        lines.append(
            f"    {t('lessons', lang)}: {', '.join(rule.lessons)}; {t('severity', lang)} {rule.severity}; "
            f"→ {', '.join(rule.actions)}"
        )
        if f.status == "not_in_force":
            lines.append(
                f"    applies_from {rule.applies_from}"
                + (f", until {rule.until}" if rule.until else "")
                + f"; {t('as_of', lang)} {assessment.as_of}"
            )
        if rule.deadline:
            lines.append(f"    {t('deadline', lang)}: {rule.deadline}")
        if f.unknown:
            names = [f"{n}（{label_of(n, lang)}）" if lang == "ja" else n for n in f.unknown]
            lines.append(f"    {t('needed', lang)}: {', '.join(names)}")
        if f.trace is not None:
            lines += _tree(f.trace, {x.field: x for x in f.facts}, lang, book.planning.freshness)
        lines.append("")
    return "\n".join(terminal(line) for line in lines)


def explain_json(assessment: Assessment, findings: list[Finding]) -> str:
    """The same as data: each rule's status, facts (value, standing, source, date, place) and trace."""
    data = {
        "ward": assessment.ward_id,
        "as_of": assessment.as_of,
        "rules": [f.model_dump(mode="json") for f in findings],
    }
    return json_text(data)
