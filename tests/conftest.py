"""Shared fixtures: run the CLI in-process, copy the shipped data, write profiles."""

from __future__ import annotations

import os
import shutil
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Tests make hundreds of data folders: none of them goes into the user's cache (tests/test_cache.py turns it on)
os.environ["PLANNER_CACHE"] = "off"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="Rewrite tests/golden/ from current output.")


# The fast suite (`make test`, `-m "not full"`) runs one in SAMPLE of the hardening matrix's cases, chosen by
# a hash of the test id so the sample is the same on every run and every machine; `make check` runs them all.
SAMPLE = 8
MATRIX = ("test_hardening.py",)
# Whole files only the full check runs: each case starts processes (signals, environments, lesson mutations).
FULL_FILES = ("test_determinism.py", "test_bdd_lessons_mutation.py")
# In test_inputs_unchanged.py, the cases that signal a running batch; one of them stays in the fast suite.
SIGNAL_WORDS = ("signal", "interrupt", "burst")
FAST_SIGNAL_CASE = "test_an_interrupted_batch_says_so_on_stderr"
FULL_MARKERS = ("browser", "office", "slow")


def _full(item: pytest.Item) -> bool:
    name = item.path.name
    if name in FULL_FILES or any(item.get_closest_marker(m) for m in FULL_MARKERS):
        return True
    if name == "test_inputs_unchanged.py" and any(w in item.name for w in SIGNAL_WORDS):
        return item.name != FAST_SIGNAL_CASE
    if name == "test_engine.py" and "1000_profiles" in item.name:
        return True
    return name in MATRIX and "[" in item.nodeid and zlib.crc32(item.nodeid.encode()) % SAMPLE != 0


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if _full(item):
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
