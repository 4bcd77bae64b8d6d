"""The rule-book cache changes nothing but time: the same bytes with it, without it, cold and warm."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

COMMANDS = [["assess", "koto", "--format", fmt] for fmt in ("table", "md", "json", "html")] + [
    ["explain", "koto"],
    ["explain", "koto", "--format", "json"],
    ["assess", "13108", "--lang", "en"],
]


def run(args: list[str], cache: str, data: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PLANNER_CACHE": cache}
    env.pop("PLANNER_DATA", None)
    extra = ["--data", str(data)] if data else []
    return subprocess.run(
        [sys.executable, "-m", "planner", *extra, *args], cwd=ROOT, env=env, capture_output=True, timeout=120
    )


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_output_is_the_same_bytes_with_and_without_the_cache(tmp_path: Path, args: list[str]) -> None:
    cache = tmp_path / "cache"
    off = run(args, "off")
    cold = run(args, str(cache))
    warm = run(args, str(cache))
    assert off.returncode == cold.returncode == warm.returncode == 0, off.stderr
    assert off.stdout == cold.stdout == warm.stdout
    assert len(list(cache.glob("library-*.pickle"))) == 1


def test_an_edited_rule_misses_the_cache(tmp_path: Path) -> None:
    data = tmp_path / "data"
    for name in ("wards", "rules", "models"):
        shutil.copytree(ROOT / name, data / name)
    cache = str(tmp_path / "cache")
    before = run(["explain", "koto", "l4.no-coordinator"], cache, data).stdout
    pack = data / "rules" / "report-2014.yaml"
    rule = "    severity: {}\n    actions: [place-coordinator, role-charter]"
    pack.write_text(pack.read_text(encoding="utf-8").replace(rule.format(5), rule.format(2)), encoding="utf-8")
    after = run(["explain", "koto", "l4.no-coordinator", "--format", "json"], cache, data)
    assert b'"severity": 2' in after.stdout, after.stdout[:400]
    assert before and len(list((tmp_path / "cache").glob("library-*.pickle"))) == 2


@pytest.mark.parametrize("tamper", ["world-writable", "symlink", "garbage", "other-object"])
def test_a_cache_file_that_is_not_trustworthy_is_ignored(tmp_path: Path, tamper: str) -> None:
    cache = tmp_path / "cache"
    expected = run(["assess", "koto", "--format", "json"], "off").stdout
    assert run(["assess", "koto", "--format", "json"], str(cache)).returncode == 0
    (entry,) = cache.glob("library-*.pickle")
    if tamper == "world-writable":
        entry.chmod(0o666)
        entry.write_bytes(b"\x80\x04K\x01.")  # a valid pickle of 1: it must not even be read
    elif tamper == "symlink":
        target = tmp_path / "elsewhere.pickle"
        entry.rename(target)
        entry.symlink_to(target)
    elif tamper == "garbage":
        entry.write_bytes(b"not a pickle")
    else:
        import pickle

        entry.write_bytes(pickle.dumps({"rules": "not a library"}))
    result = run(["assess", "koto", "--format", "json"], str(cache))
    assert result.returncode == 0 and result.stdout == expected, result.stderr


def test_a_cache_folder_that_cannot_be_written_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run(["assess", "koto", "--format", "json"], str(blocker / "cache"))
    assert result.returncode == 0 and result.stdout == run(["assess", "koto", "--format", "json"], "off").stdout


def test_an_edited_module_of_planner_misses_the_cache(tmp_path: Path) -> None:
    from planner.rulebook.cache import code_stamp

    package = tmp_path / "planner"
    (package / "rulebook").mkdir(parents=True)
    module = package / "rulebook" / "book.py"
    module.write_text("A = 1\n", encoding="utf-8")
    first = code_stamp(package)
    module.write_text("A = 22\n", encoding="utf-8")
    edited = code_stamp(package)
    (package / "new.py").write_text("", encoding="utf-8")
    assert len({first, edited, code_stamp(package)}) == 3
    assert "rulebook/book.py" in first


def test_the_cache_keeps_only_the_newest_libraries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from planner.rulebook import cache

    monkeypatch.setenv("PLANNER_CACHE", str(tmp_path))
    for i in range(cache.KEEP + 3):
        cache.store(f"{i:02d}", {"n": i})
        path = tmp_path / f"library-{i:02d}.pickle"
        os.utime(path, ns=(i * 10**9, i * 10**9))  # distinct times, whatever the clock's resolution
    cache.prune(tmp_path)
    kept = sorted(p.name for p in tmp_path.glob("library-*.pickle"))
    assert kept == [f"library-{i:02d}.pickle" for i in range(3, cache.KEEP + 3)]
    assert cache.load(f"{cache.KEEP + 2:02d}") == {"n": cache.KEEP + 2}
