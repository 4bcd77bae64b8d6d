"""JSON Schemas for editors: a ward profile and each kind of file in the rule book."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from planner.errors import UsageError
from planner.messages import msg

BASE = "https://planner.local/schema/"
FILES = {
    "profile": "ward-profile.schema.json",
    "rules": "rule-pack.schema.json",
    "actions": "actions.schema.json",
    "lessons": "lessons.schema.json",
    "planning": "planning.schema.json",
    "wording": "wording.schema.json",
    "survey": "survey.schema.json",
    "frame": "frame.schema.json",
    "registry": "registry.schema.json",
    "progress": "progress.schema.json",
    "fields": "fields.schema.json",
}


def _fact_forms(schema: dict[str, Any]) -> dict[str, Any]:
    """A fact may be a bare value, one observation, or {values: [...]}: say so to the editor."""
    defs = schema.get("$defs", {})
    for name in list(defs):
        if not name.startswith("Fact_"):
            continue
        obs_ref = defs[name]["properties"]["values"]["items"]["$ref"]
        obs = defs[obs_ref.split("/")[-1]]
        value_schema = obs["properties"]["value"]
        defs[name] = {
            "title": name,
            "description": "A fact: a bare value (null = unknown), one observation {value, source, as_of, note}, "
            "or {values: [observations]} for several dated values.",
            "anyOf": [
                value_schema,
                {"$ref": obs_ref},
                {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["values"],
                    "properties": {"values": {"type": "array", "minItems": 1, "items": {"$ref": obs_ref}}},
                },
            ],
        }
    return schema


def schema_of(name: str) -> dict[str, Any]:
    """The JSON Schema named (profile, rules, actions, lessons)."""
    from planner.profiles.fieldbook import FieldFile
    from planner.profiles.fields import active
    from planner.progress.record import ProgressRecord
    from planner.rulebook.book import ActionFile, Pack, Vocabulary
    from planner.rulebook.frame import Frame
    from planner.rulebook.registry import Registry
    from planner.rulebook.settings import Planning
    from planner.rulebook.survey import Survey
    from planner.rulebook.wording import Wording

    models: dict[str, type[BaseModel]] = {
        "profile": active().profile_model(),
        "fields": FieldFile,
        "rules": Pack,
        "actions": ActionFile,
        "lessons": Vocabulary,
        "planning": Planning,
        "wording": Wording,
        "survey": Survey,
        "frame": Frame,
        "registry": Registry,
        "progress": ProgressRecord,
    }
    if name not in models:
        raise UsageError(msg("cli.unknown_schema", name=name), msg("cli.one_of", options=", ".join(models)))
    schema: dict[str, Any] = models[name].model_json_schema(by_alias=True)
    if name == "profile":
        schema = _fact_forms(schema)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = BASE + FILES[name]
    return schema


def schema_text(name: str = "profile") -> str:
    """The schema as the file shipped in schema/ holds it."""
    return json.dumps(schema_of(name), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
