"""The JSON Schemas shipped in schema/ are current, and every shipped data file passes its schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from ruamel.yaml import YAML

from planner.schemas import FILES, schema_of, schema_text
from tests.conftest import ROOT


def _by_schema() -> dict[str, list[Path]]:
    """Every shipped data file by the schema it names: the rule book's own files by name, every other one a pack."""
    from planner.rulebook.book import FILES as BOOK_FILES

    named = {
        name: schema
        for schema, name in {
            "lessons": "lessons.yaml",
            "actions": "actions.yaml",
            "planning": "planning.yaml",
            "wording": "wording.yaml",
            "survey": "survey.yaml",
            "frame": "frame.yaml",
            "registry": "registry.yaml",
            "fields": "fields.yaml",
        }.items()
    }
    assert set(named) == set(BOOK_FILES), "a rule-book file without its schema here"
    out: dict[str, list[Path]] = {"profile": sorted((ROOT / "wards").glob("*.yaml")), "rules": []}
    for path in sorted((ROOT / "rules").glob("*.yaml")):
        out.setdefault(named.get(path.name, "rules"), []).append(path)
    return out


FILES_BY_SCHEMA = _by_schema()


@pytest.mark.parametrize("name", sorted(FILES))
def test_the_shipped_schema_file_is_current(name: str) -> None:
    shipped = (ROOT / "schema" / FILES[name]).read_text(encoding="utf-8")
    assert shipped == schema_text(name), f"run: planner schema {name} --out schema/{FILES[name]}"


def _plain(path: Path) -> object:
    # JSON Schema sees the file as an editor does: dates stay strings, as planner reads them.
    yaml = YAML(typ="safe", pure=True)
    yaml.constructor.yaml_constructors["tag:yaml.org,2002:timestamp"] = yaml.constructor.yaml_constructors[
        "tag:yaml.org,2002:str"
    ]
    return json.loads(json.dumps(yaml.load(path.read_text(encoding="utf-8"))))


@pytest.mark.parametrize("name", sorted(FILES_BY_SCHEMA))
def test_every_shipped_file_passes_its_schema_and_names_it_for_editors(name: str) -> None:
    validator = jsonschema.Draft202012Validator(schema_of(name))
    assert FILES_BY_SCHEMA[name]
    for path in FILES_BY_SCHEMA[name]:
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(_plain(path))]
        assert not errors, (path.name, errors[:5])
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == f"# yaml-language-server: $schema=../schema/{FILES[name]}", path.name


def test_a_rule_with_a_misspelt_operator_fails_the_rule_pack_schema() -> None:
    validator = jsonschema.Draft202012Validator(schema_of("rules"))
    pack = _plain(ROOT / "rules" / "report-2014.yaml")
    pack["rules"][0]["when"] = {"field": "council.exists", "equals": True}  # type: ignore[index]
    assert list(validator.iter_errors(pack))


def test_the_schema_commands_help_names_every_schema(cli) -> None:  # type: ignore[no-untyped-def]
    from planner.schemas import FILES

    text = cli("schema", "--help").out
    assert all(name in text for name in FILES), text
