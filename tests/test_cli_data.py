"""The data commands an analyst uses: fields, rules show, schema; and batches never write into the inputs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from planner.profiles.fields import field_specs
from planner.rulebook.library import load_library
from tests.conftest import ROOT


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_fields_lists_every_field_with_its_label_in_both_languages(cli, lang: str) -> None:  # type: ignore[no-untyped-def]
    result = cli("fields", "--lang", lang)
    assert result.code == 0 and result.err == ""
    specs = field_specs()
    from planner.profiles.fields import active

    # every field rules/fields.yaml declares, counted from it rather than pinned, so adding one needs no edit here
    assert len(specs) == sum(len(s.fields) for s in active().file.sections.values())
    for spec in specs.values():
        line = next((x for x in result.out.splitlines() if x.startswith(spec.path + " ")), None)
        assert line is not None, spec.path
        assert (spec.ja if lang == "ja" else spec.en) in line


def test_fields_as_json_carries_kind_unit_and_choices(cli) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(cli("fields", "--format", "json").out)
    by_field = {r["field"]: r for r in rows}
    assert by_field["specialists.functioning"]["choices"] == ["none", "few", "functioning"]
    assert by_field["beds.respite_child"] == {
        "field": "beds.respite_child",
        "ja": "医療型短期入所（レスパイト）病床",
        "en": "respite beds for children",
        "kind": "count",
        "unit": "beds",
        "choices": [],
    }
    assert by_field["consultation_body.established_fy"]["kind"] == "year"


def test_fields_and_the_profile_schema_read_the_fields_of_the_data_folder(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    """An analyst adds a section to a copy's rules/fields.yaml: `--data copy fields` lists it, `schema profile` has
    it (docs/analysts.md §9 regenerates the schema so), and without --data the shipped fields come back."""
    fields = data / "rules" / "fields.yaml"
    added = "  trial:\n    group: schools\n    description: a trial\n    fields:\n"
    added += "      escort: {kind: count, ja: 付添いの人数, en: children escorted, unit: children}\n"
    fields.write_text(fields.read_text(encoding="utf-8") + added, encoding="utf-8")
    listed = cli("--data", str(data), "fields")
    assert listed.code == 0 and "trial.escort" in listed.out, listed.err
    assert "付添いの人数" in listed.out and " 人" in next(x for x in listed.out.splitlines() if "trial.escort" in x)
    schema = json.loads(cli("--data", str(data), "schema", "profile").out)
    assert "trial" in schema["properties"], sorted(schema["properties"])
    assert "trial.escort" not in cli("fields").out
    assert "trial" not in json.loads(cli("schema", "profile").out)["properties"]


def test_rules_show_prints_every_rule_cleanly(cli) -> None:  # type: ignore[no-untyped-def]
    for rule in load_library(ROOT).book.rules:
        result = cli("rules", "show", rule.id)
        assert result.code == 0 and result.err == "", (rule.id, result.err)
        assert json.loads(result.out)["id"] == rule.id


@pytest.mark.parametrize("folder", ["wards", "rules", "models", "features", "wards/sub"])
def test_a_batch_into_any_input_folder_is_refused(cli, tmp_path: Path, folder: str) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    for name in ("wards", "rules", "models", "features"):
        shutil.copytree(ROOT / name, data / name)
    before = sorted(p.relative_to(data).as_posix() for p in data.rglob("*"))
    result = cli("--data", str(data), "assess", "--area", "ku-tobu", "--format", "md", "--out-dir", str(data / folder))
    assert result.code == 4, result.err
    assert "入力フォルダには書き込みません" in result.err  # assess speaks Japanese unless --lang en
    assert sorted(p.relative_to(data).as_posix() for p in data.rglob("*")) == before


def test_a_ward_id_that_collides_with_the_index_is_refused(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    for name in ("rules", "models"):
        shutil.copytree(ROOT / name, data / name)
    (data / "wards").mkdir()
    (data / "wards" / "index.yaml").write_text(
        'id: index\ncode: "13999"\nname: {ja: 試験区, en: Index}\nkind: ward\narea: ku-tobu\ndescribes: 2026-11\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = cli("--data", str(data), "assess", "--all", "--format", "md", "--out-dir", str(out))
    assert result.code == 4 and "index.md" in result.err, result.err
    assert not out.exists() or not any(out.iterdir())
