"""Scenario names keep every word in their test names (the scenarios themselves run in tests/test_bdd.py, which
holds nothing else, so a run of it counts scenarios alone)."""

from __future__ import annotations

import re
from pathlib import Path

FEATURES = Path(__file__).resolve().parent.parent / "features"


def test_no_scenario_name_starts_with_a_digit_so_its_test_name_keeps_every_word() -> None:
    """pytest-bdd drops leading digits from a test's name; a scenario starting with one could not be found by
    grepping its FAILED line (docs/analysts.md, 'Read a failure')."""
    names = [
        (path, line.split(":", 1)[1].strip())
        for path in sorted(FEATURES.rglob("*.feature"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if re.match(r"\s*(シナリオ|Scenario|シナリオアウトライン|Scenario Outline):", line)
    ]
    assert names and not [n for n in names if n[1][:1].isdigit()], [n for n in names if n[1][:1].isdigit()]
