"""Rendered plans are pinned as golden files; regenerate with `pytest --update-golden` and review the diff."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.planning.api import plan_ward
from planner.render import render
from tests.conftest import ROOT

GOLDEN = Path(__file__).parent / "golden"
# A ward (Koto, one of the report's own), a city (Chofu, with most recorded facts) and a town (Okutama, none).
CASES = [(w, f, lang) for w in ("koto", "chofu", "okutama") for f in ("md", "json") for lang in ("ja", "en")]


@pytest.mark.parametrize("ward, fmt, lang", CASES)
def test_rendered_plan_matches_its_golden_file(ward: str, fmt: str, lang: str, request: pytest.FixtureRequest) -> None:
    text = render(plan_ward(ROOT, ward), fmt, lang)
    path = GOLDEN / f"{ward}.{lang}.{fmt}"
    if request.config.getoption("--update-golden"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no golden file {path.name}: run pytest --update-golden and review it"
    assert text == path.read_text(encoding="utf-8"), f"{path.name} changed: review, then pytest --update-golden"
