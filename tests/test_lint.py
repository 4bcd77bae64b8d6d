"""`planner rules lint` passes on the shipped rule book and catches each kind of defect, with file:line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest


def test_lint_passes_on_the_shipped_rule_book(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("rules", "lint")
    assert result.code == 0, result.err
    assert "lessons covered: 17/17" in result.out


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


DEFECTS = [
    (
        "survey.yaml",
        "  coordinators.placed: {group: consultation,",
        "  x.placed: {group: consultation,",
        r"report-2014\.yaml:\d+:\d+: the rule reads 'coordinators\.placed', which no question of rules/survey\.yaml",
    ),
    (
        "law-2021.yaml",
        "    url: https://hyougo-soudan-net.jp/mhlw/3-2\n",
        "",
        r"law-2021\.yaml:\d+:\d+: source 'mhlw-notice-2016' has no URL",
    ),
    (
        "report-2014.yaml",
        "{field: coordinators.placed, eq: false}",
        "{field: coordinators.placd, eq: false}",
        r"report-2014\.yaml:\d+:\d+: unknown field 'coordinators\.placd' \(did you mean 'coordinators\.placed'\?\)",
    ),
    (
        "report-2014.yaml",
        "actions: [place-coordinator, role-charter]",
        "actions: [place-coordinatr, role-charter]",
        r"report-2014\.yaml:\d+:\d+: unknown action 'place-coordinatr' \(did you mean 'place-coordinator'\?\)",
    ),
    (
        "report-2014.yaml",
        "lessons: [L4]",
        "lessons: [L18]",
        r"report-2014\.yaml:\d+:\d+: lesson L18 is not in rules/lessons.yaml",
    ),
    ("actions.yaml", "task: T5", "task: T7", r"actions\.yaml:\d+:\d+: task T7 is not in rules/lessons.yaml"),
    (
        "report-2014.yaml",
        "小児在宅医療にはケアマネが存在しない。\n",
        "小児在宅医療にはケアマネが存在しません。\n",
        r"report-2014\.yaml:\d+:\d+: quote not found verbatim in the report",
    ),
    (
        "report-2014.yaml",
        "id: l4.no-coordinator-weak-specialists",
        "id: l4.no-coordinator",
        r"report-2014\.yaml:\d+:\d+: duplicate rule id 'l4\.no-coordinator'",
    ),
    (
        "report-2014.yaml",
        "{field: coordinators.placed, eq: false}",
        "{field: coordinators.placed, eq: 1}",
        r"coordinators\.placed is true/false",
    ),
    ("roles.yaml", "id: coordinator\n", "id: coordinatr\n", r"unknown role 'coordinator'"),
]


@pytest.mark.parametrize("file, old, new, expected", DEFECTS, ids=[d[3][:40] for d in DEFECTS])
def test_lint_catches_the_defect_with_its_place(cli, data: Path, file: str, old: str, new: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    folder = "models" if file == "roles.yaml" else "rules"
    edit(data / folder / file, old, new)
    result = cli("--lang", "en", "--data", str(data), "rules", "lint")
    assert result.code == 1, result.err
    assert re.search(expected, result.err), result.err


def test_a_prerequisite_cycle_is_reported(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    actions = data / "rules" / "actions.yaml"
    text = actions.read_text(encoding="utf-8")
    start = text.index("- id: council-agenda")
    at = text.index("    task: T1\n", start)
    # children-subcommittee already comes after council-agenda; the reverse link closes a cycle
    actions.write_text(text[:at] + "    after: [children-subcommittee]\n" + text[at:], encoding="utf-8")
    result = cli("--lang", "en", "--data", str(data), "rules", "lint")
    assert result.code == 1
    assert re.search(r"actions\.yaml:\d+:\d+: prerequisite cycle: .*council-agenda", result.err), result.err


def test_a_lesson_without_rules_is_reported(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    pack = data / "rules" / "report-2014.yaml"
    text = pack.read_text(encoding="utf-8")
    for old, new in (
        ("lessons: [L14]", "lessons: [L9]"),
        ("lessons: [L14, L4]", "lessons: [L4]"),
        ("lessons: [L14, L9]", "lessons: [L9]"),
    ):
        text = text.replace(old, new)
    pack.write_text(text, encoding="utf-8")
    law = data / "rules" / "law-2021.yaml"
    law.write_text(law.read_text(encoding="utf-8").replace("lessons: [L14]", "lessons: [L9]"), encoding="utf-8")
    result = cli("--lang", "en", "--data", str(data), "rules", "lint")
    assert "lesson L14 has no rule" in result.err


def test_all_defects_are_reported_at_once(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    for file, old, new, _ in DEFECTS[:4]:
        edit(data / "rules" / file, old, new)
    result = cli("--lang", "en", "--data", str(data), "rules", "lint")
    assert len(re.findall(r"^\S+:\d+:\d+: ", result.err, re.M)) >= 4, result.err
