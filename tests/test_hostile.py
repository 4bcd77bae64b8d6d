"""Hardening, round two: what a hostile or careless user still broke, each attack a test.

Real processes where the attack is on the process itself (closed or full standard streams, encodings);
in-process runs elsewhere. Hostile files are made by the tests, never committed.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

PLANNER = [sys.executable, "-m", "planner"]


def run(args: list[str], **kw) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    env = {k: v for k, v in os.environ.items() if k != "PLANNER_DATA"} | kw.pop("env", {})
    return subprocess.run([*PLANNER, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, **kw)


# --- standard streams ---------------------------------------------------------------------------------

def test_a_closed_stdout_is_an_output_error_not_a_traceback() -> None:
    proc = subprocess.run(f"{' '.join(PLANNER)} assess koto >&-", shell=True, cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 4 and "Traceback" not in proc.stderr
    assert "標準出力に書き込めません" in proc.stderr, proc.stderr


def test_a_full_disk_behind_stdout_is_an_output_error() -> None:
    with open("/dev/full", "w") as full:
        proc = subprocess.run([*PLANNER, "assess", "koto"], cwd=ROOT, stdout=full, stderr=subprocess.PIPE,
                              text=True, timeout=120)
    assert proc.returncode == 4 and "Traceback" not in proc.stderr, proc.stderr


def test_an_ascii_only_stdout_gets_escapes_instead_of_a_traceback() -> None:
    proc = run(["assess", "koto"], env={"PYTHONIOENCODING": "ascii"})
    assert proc.returncode == 0, proc.stderr
    assert "\\u533b\\u7642\\u7684\\u30b1\\u30a2\\u5150" in proc.stdout  # 医療的ケア児, escaped


@pytest.mark.parametrize("command", [["validate"], ["wards", "list"], ["assess", "koto", "--format", "md"],
                                     ["rules", "list"], ["fields"]])
def test_a_reader_that_leaves_early_is_not_a_failure(command: list[str]) -> None:
    """`planner validate | true`: the reader is gone before planner writes; exit 0, nothing on stderr."""
    proc = subprocess.run(f"{' '.join(PLANNER)} {' '.join(command)} | true; exit ${{PIPESTATUS[0]}}",
                          shell=True, executable="/bin/bash", cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stderr == "", (proc.returncode, proc.stderr)


def test_with_stderr_closed_errors_never_land_on_stdout() -> None:
    proc = subprocess.run(f"{' '.join(PLANNER)} assess nosuchward 2>&-", shell=True, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and proc.stdout == "", proc.stdout
