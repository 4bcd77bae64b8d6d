"""Byte-identical plans whatever the hash seed, locale, terminal width, NO_COLOR or whether stdout is a terminal.

Every run is a real process (`python -m planner.cli ...` from the repository root), so nothing is shared
between runs: a set iterated in hash order, a locale-aware sort or a width taken from the terminal would
show up as a difference.
"""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.conftest import ROOT

# every case starts processes (hash seeds, locales, lesson mutations): the full check runs them, `make test` not
pytestmark = pytest.mark.full

COMMANDS: dict[str, list[str]] = {
    **{
        f"assess-{fmt}-{lang}": ["assess", "koto", "--format", fmt, "--lang", lang]
        for fmt in ("md", "json", "html", "table")
        for lang in ("ja", "en")
    },
    "explain-ja": ["explain", "koto", "--lang", "ja"],
    "explain-en": ["explain", "koto", "--lang", "en"],
}

# Variables that could change output; the baseline removes them all, each case sets some.
VOLATILE = (
    "PYTHONHASHSEED",
    "LANG",
    "LC_ALL",
    "LC_CTYPE",
    "LC_COLLATE",
    "LANGUAGE",
    "COLUMNS",
    "LINES",
    "NO_COLOR",
    "FORCE_COLOR",
    "TERM",
    "PLANNER_DATA",
    "PYTHONIOENCODING",
    "PYTHONUTF8",
)
BASELINE = {"PYTHONHASHSEED": "0", "LANG": "C.UTF-8", "TERM": "dumb"}
ENVS: dict[str, dict[str, str]] = {
    "hashseed-1": {"PYTHONHASHSEED": "1"},
    "hashseed-12345": {"PYTHONHASHSEED": "12345"},
    "hashseed-random-a": {"PYTHONHASHSEED": "random"},
    "lang-C": {"LANG": "C", "LC_ALL": "C"},
    "lang-ja_JP.UTF-8": {"LANG": "ja_JP.UTF-8", "LC_ALL": "ja_JP.UTF-8"},
    "columns-40": {"COLUMNS": "40", "LINES": "10"},
    "columns-200": {"COLUMNS": "200"},
    "no-color": {"NO_COLOR": "1"},
    "force-color-xterm": {"FORCE_COLOR": "1", "TERM": "xterm-256color"},
}


def env_for(extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in VOLATILE}
    env.update(BASELINE)
    env.update(extra)
    return env


def run(args: list[str], env: dict[str, str]) -> bytes:
    proc = subprocess.run(
        [sys.executable, "-m", "planner.cli", *args], cwd=ROOT, env=env, capture_output=True, timeout=180
    )
    assert proc.returncode == 0, (args, proc.stderr.decode("utf-8", "replace"))
    assert b"Traceback" not in proc.stderr
    return proc.stdout


def run_all(env: dict[str, str]) -> dict[str, bytes]:
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        futures = {name: pool.submit(run, args, env) for name, args in COMMANDS.items()}
        return {name: f.result() for name, f in futures.items()}


def first_difference(a: bytes, b: bytes) -> str:
    lines = list(
        difflib.unified_diff(
            a.decode("utf-8", "replace").splitlines(),
            b.decode("utf-8", "replace").splitlines(),
            "baseline",
            "this run",
            lineterm="",
            n=1,
        )
    )
    return "\n".join(lines[:30])


@pytest.fixture(scope="module")
def baseline() -> dict[str, bytes]:
    outputs = run_all(env_for({}))
    for name, out in outputs.items():
        assert len(out) > 200, (name, out[:200])
    return outputs


@pytest.mark.parametrize("case", list(ENVS))
def test_output_is_byte_identical_whatever_the_environment(baseline: dict[str, bytes], case: str) -> None:
    outputs = run_all(env_for(ENVS[case]))
    different = {name: first_difference(baseline[name], out) for name, out in outputs.items() if out != baseline[name]}
    assert not different, "\n\n".join(f"--- {name} ---\n{d}" for name, d in different.items())


def test_two_runs_in_the_same_environment_agree(baseline: dict[str, bytes]) -> None:
    outputs = run_all(env_for({}))
    assert outputs == baseline


def _run_on_a_terminal(args: list[str], env: dict[str, str], columns: int = 40) -> bytes:
    """stdout (and stdin) on a pseudo-terminal `columns` wide; returns what the terminal received."""
    import fcntl
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    proc = subprocess.Popen(
        [sys.executable, "-m", "planner.cli", *args],
        cwd=ROOT,
        env=env,
        stdin=slave,
        stdout=slave,
        stderr=subprocess.PIPE,
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the other side closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    err = proc.stderr.read() if proc.stderr else b""
    assert proc.wait(timeout=180) == 0, err.decode("utf-8", "replace")
    return b"".join(chunks)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
@pytest.mark.parametrize("name", ["assess-table-en", "assess-table-ja", "assess-md-ja", "explain-en"])
def test_output_on_a_terminal_is_the_same_text(baseline: dict[str, bytes], name: str) -> None:
    env = env_for({"TERM": "xterm-256color"})
    env.pop("COLUMNS", None)
    got = _run_on_a_terminal(COMMANDS[name], env).replace(b"\r\n", b"\n")
    assert b"\x1b[" not in got, "colour codes on a terminal change the plan's text"
    assert got == baseline[name], first_difference(baseline[name], got)


@pytest.mark.skipif(not Path("/usr/bin/script").exists() and not Path("/bin/script").exists(), reason="needs script(1)")
def test_output_under_script_is_the_same_text(baseline: dict[str, bytes], tmp_path: Path) -> None:
    """The same through util-linux `script -qc`, as a user's terminal session would run it."""
    import shlex

    cmd = shlex.join([sys.executable, "-m", "planner.cli", *COMMANDS["assess-table-ja"]])
    proc = subprocess.run(
        ["script", "-qec", cmd, "/dev/null"],
        cwd=ROOT,
        env=env_for({"TERM": "xterm"}),
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stderr
    got = proc.stdout.replace(b"\r\n", b"\n")
    assert got == baseline["assess-table-ja"], first_difference(baseline["assess-table-ja"], got)


def test_out_file_equals_stdout(baseline: dict[str, bytes], tmp_path: Path) -> None:
    """--out writes exactly what stdout would have shown (same bytes, same newlines)."""
    env = env_for({"PYTHONHASHSEED": "777"})
    for name in ("assess-html-ja", "assess-json-en", "assess-md-en"):
        out = tmp_path / f"{name}.out"
        run([*COMMANDS[name], "--out", str(out)], env)
        assert out.read_bytes() == baseline[name], name


def test_a_whole_batch_is_identical_under_two_hash_seeds(tmp_path: Path) -> None:
    """Every municipality, not only koto: two seeds, byte-identical folders."""
    folders = []
    for seed in ("1", "4242"):
        for fmt in ("json", "md"):
            out = tmp_path / f"{seed}-{fmt}"
            out.mkdir()
            proc = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "planner.cli",
                    "assess",
                    "--all",
                    "--format",
                    fmt,
                    "--lang",
                    "en",
                    "--out-dir",
                    str(out),
                ],
                cwd=ROOT,
                env=env_for({"PYTHONHASHSEED": seed}),
                capture_output=True,
                timeout=300,
            )
            assert proc.returncode == 0, proc.stderr
            folders.append(out)
    for a, b in ((folders[0], folders[2]), (folders[1], folders[3])):
        files_a = {p.name: p.read_bytes() for p in a.iterdir()}
        files_b = {p.name: p.read_bytes() for p in b.iterdir()}
        assert files_a.keys() == files_b.keys()
        assert len(files_a) == 54
        different = [n for n in files_a if files_a[n] != files_b[n]]
        assert not different, different
