"""The profile's JSON Schema for editors: a fact may be a bare value, one observation, or a series."""
from __future__ import annotations

import json
from typing import Any

from .profile import WardProfile


def profile_schema() -> dict[str, Any]:
    schema = WardProfile.model_json_schema(by_alias=True)
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
            "anyOf": [value_schema, {"$ref": obs_ref},
                      {"type": "object", "additionalProperties": False, "required": ["values"],
                       "properties": {"values": {"type": "array", "minItems": 1, "items": {"$ref": obs_ref}}}}],
        }
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://planner.local/schema/ward-profile.schema.json"
    return schema


def schema_text() -> str:
    return json.dumps(profile_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
