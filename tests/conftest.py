"""Shared fixtures: run the CLI in-process, copy the shipped data, write profiles."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Tests make hundreds of data folders: none of them goes into the user's cache (tests/test_cache.py turns it on)
os.environ["PLANNER_CACHE"] = "off"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="Rewrite tests/golden/ from current output.")


# The fast suite (`make test`, `-m "not full"`) leaves out what carries the `full` mark, and every test says so
# itself: whole files (`pytestmark`), single tests (`@pytest.mark.full`), and in the hardening matrix every case
# with its first command only (`first_fast`). Browser, office and slow tests are full by their own marks.
FULL_MARKERS = ("browser", "office", "slow")


def first_fast(values: list[Any]) -> list[Any]:
    """A matrix axis: the first value in the fast suite, the others in the full check only."""
    return [values[0], *(pytest.param(v, marks=pytest.mark.full) for v in values[1:])]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if any(item.get_closest_marker(m) for m in FULL_MARKERS):
            item.add_marker(pytest.mark.full)


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """cli('assess', 'koto') -> Result(code, out, err), run in-process through planner.cli.main."""
    from planner.cli import main

    def run(*args: str) -> Result:
        capsys.readouterr()
        code = main(list(args))
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err, captured.err
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A private copy of the shipped wards/, rules/ and models/ to change freely."""
    dest = tmp_path / "data"
    for name in ("wards", "rules", "models"):
        shutil.copytree(ROOT / name, dest / name)
    return dest


MINIMAL = """id: {id}
code: "13999"
name: {{ja: 試験区, en: Testward}}
kind: ward
area: ku-tobu
describes: 2026-11
"""


@pytest.fixture
def write_profile(tmp_path: Path):  # type: ignore[no-untyped-def]
    """write_profile(text, name='testward') -> path of wards/<name>.yaml in a temporary folder."""
    folder = tmp_path / "w" / "wards"
    folder.mkdir(parents=True)

    def write(text: str | bytes, name: str = "testward") -> Path:
        path = folder / f"{name}.yaml"
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    return write
