"""The JSON contract (schema planner.plan/1): bilingual texts reduced to the chosen language."""

from __future__ import annotations

import json
from typing import Any

from planner.planning.build import Plan


def _one_language(node: Any, lang: str) -> Any:
    if isinstance(node, dict):
        if set(node) == {"ja", "en"}:
            return node[lang]
        return {k: _one_language(v, lang) for k, v in node.items()}
    if isinstance(node, list):
        return [_one_language(v, lang) for v in node]
    return node


def plan_dict(plan: Plan, lang: str) -> dict[str, Any]:
    data = _one_language(plan.model_dump(mode="json", by_alias=True), lang)
    data["ward"]["name_ja"] = plan.ward.name.ja  # ward names always carry kanji
    data["lang"] = lang
    return data


def render_json(plan: Plan, lang: str) -> str:
    return json.dumps(plan_dict(plan, lang), ensure_ascii=False, indent=2) + "\n"
