"""Why and why-not: each rule's verdict with its condition tree, inputs, sources and positions."""

from __future__ import annotations

import json
from typing import Any

from planner.i18n import fmt_value, pick, t
from planner.planning.assess import Assessment, Finding
from planner.rulebook.book import RuleBook
from planner.rulebook.conditions import Trace, Verdict

MARK = {Verdict.TRUE: "✔", Verdict.FALSE: "✘", Verdict.UNKNOWN: "?"}


def _tree(trace: Trace, facts: dict[str, Any], lang: str, depth: int = 1) -> list[str]:
    pad = "    " * depth
    out = [f"{pad}{MARK[trace.verdict]} {trace.test}  [{trace.verdict.value}]"]
    for name, value in trace.inputs.items():
        ref = facts.get(name)
        where = []
        if ref is not None and ref.source:
            where.append(f"{t('source', lang)}: {ref.source}")
        if ref is not None and ref.as_of:
            where.append(ref.as_of)
        if ref is not None and ref.at:
            where.append(ref.at)
        out.append(f"{pad}    {name} = {fmt_value(value, lang)}" + (f"  ({'; '.join(where)})" if where else ""))
    for child in trace.children:
        out += _tree(child, facts, lang, depth + 1)
    return out


def explain_text(book: RuleBook, assessment: Assessment, findings: list[Finding], lang: str) -> str:
    lines = [f"{assessment.ward_id} — {t('as_of', lang)} {assessment.as_of}", ""]
    for f in findings:
        rule = next(r for r in book.rules if r.id == f.rule)
        lines.append(f"{f.rule}: {t(f.status, lang)} — {pick(rule.title, lang)}")
        lines.append(
            f"    {t('lessons', lang)}: {', '.join(rule.lessons)}; {t('severity', lang)} {rule.severity}; "
            f"→ {', '.join(rule.actions)}"
        )
        if f.status == "not_in_force":
            lines.append(f"    applies_from {rule.applies_from} > {assessment.as_of}")
        if f.unknown:
            lines.append(f"    {t('data_gaps', lang)}: {', '.join(f.unknown)}")
        if f.trace is not None:
            lines += _tree(f.trace, {x.field: x for x in f.facts}, lang)
        lines.append("")
    return "\n".join(lines)


def explain_json(assessment: Assessment, findings: list[Finding]) -> str:
    data = {
        "ward": assessment.ward_id,
        "as_of": assessment.as_of,
        "rules": [f.model_dump(mode="json") for f in findings],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
