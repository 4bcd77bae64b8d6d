"""The JSON contract (schema planner.plan/2): bilingual texts reduced to the chosen language."""

from __future__ import annotations

from typing import Any

from planner.i18n import t
from planner.planning.plan import Plan
from planner.safe import json_text


def _one_language(node: Any, lang: str) -> Any:
    if isinstance(node, dict):
        if set(node) == {"ja", "en"}:
            return node[lang]
        return {k: _one_language(v, lang) for k, v in node.items()}
    if isinstance(node, list):
        return [_one_language(v, lang) for v in node]
    return node


def plan_dict(plan: Plan, lang: str) -> dict[str, Any]:
    """The plan as plain data in one language; the municipality's kanji name always kept."""
    data: dict[str, Any] = _one_language(plan.model_dump(mode="json", by_alias=True), lang)
    data["ward"]["name_ja"] = plan.ward.name.ja
    data["lang"] = lang
    if plan.assumptions:  # a what-if must not circulate as the municipality's plan, in JSON either
        data["notice"] = f"{t('banner_title', lang)}: {t('banner_text', lang)}"
    return data


def render_json(plan: Plan, lang: str) -> str:
    """The plan as indented JSON, keys in a stable order."""
    return json_text(plan_dict(plan, lang))
