"""`planner rules lint` and `validate` refuse a misspelt field or action and an absurd number in the rule book's
settings files (planning.yaml, survey.yaml, frame.yaml, registry.yaml) at the line, never reading them as nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

FRESHNESS = "fields: {children.population: 6,"

DEFECTS = [
    (
        "planning.yaml",
        FRESHNESS,
        "fields: {children.populaton: 6,",
        r"planning\.yaml:34:12: unknown field 'children\.populaton' \(did you mean 'children\.population'\?\)",
    ),
    (
        "planning.yaml",
        FRESHNESS,
        "fields: {children.population: -6,",
        r"planning\.yaml:34:33: freshness\.fields\.children\.population: Input should be greater than or equal to 1",
    ),
    (
        "planning.yaml",
        FRESHNESS,
        "fields: {children.population: 600,",
        r"planning\.yaml:34:33: freshness\.fields\.children\.population: Input should be less than or equal to 30",
    ),
    (
        "planning.yaml",
        "years: 3\n",
        "years: -3\n",
        r"planning\.yaml:\d+:10: freshness\.years: .* greater than or equal",
    ),
    ("planning.yaml", "lane_capacity: 2", "lane_capacity: -2", r"planning\.yaml:22:16: lane_capacity: .* greater"),
    ("planning.yaml", "lane_capacity: 2", "lane_capacity: 1000", r"planning\.yaml:22:16: lane_capacity: .* less"),
    ("planning.yaml", "  severity: 10", "  severity: -10", r"planning\.yaml:\d+:13: scoring\.severity: .* greater"),
    (
        "planning.yaml",
        "population_below: 30000",
        "population_below: 3000000000",
        r"planning\.yaml:\d+:\d+: small_municipality\.population_below: .* less than or equal to 20000000",
    ),
    (
        "planning.yaml",
        "  high: 35",
        "  high: 70",
        r"planning\.yaml:\d+:9: priority\.high \(70\) is above priority\.top \(55\)",
    ),
    (
        "survey.yaml",
        "  children.medical_care:",
        "  children.medical_cares:",
        r"survey\.yaml:\d+:3: unknown field 'children\.medical_cares' \(did you mean 'children\.medical_care'\?\)",
    ),
    (
        "frame.yaml",
        "serves: [transition-planning]",
        "serves: [transition-plannin]",
        r"frame\.yaml:\d+:\d+: unknown action 'transition-plannin' \(did you mean 'transition-planning'\?\)",
    ),
    (
        "registry.yaml",
        '  江東区: "13108"',
        '  江東区: "13107"',
        r"registry\.yaml:\d+:\d+: 江東区's code is 13108 \(check .*総務省",
    ),
    (
        "registry.yaml",
        '  江東区: "13108"\n',
        "",
        r"registry\.yaml:\d+:\d+: 江東区 is not listed",
    ),
]


@pytest.mark.parametrize("name, old, new, expected", DEFECTS, ids=[f"{d[0]}:{d[2].strip()[:30]}" for d in DEFECTS])
def test_lint_and_validate_refuse_a_settings_defect_at_its_line(
    cli, data: Path, name: str, old: str, new: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    path = data / "rules" / name
    text = path.read_text(encoding="utf-8")
    assert old in text, (name, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    for command in (["rules", "lint"], ["validate"]):
        result = cli("--data", str(data), "--lang", "en", *command)
        assert result.code == 1, result.err
        assert re.search(expected, result.err), result.err
    assert cli("--data", str(data), "assess", "koto").code == 3, "no plan rests on that rule book"
