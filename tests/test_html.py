"""The HTML plan is one self-contained page that headless Chromium renders (screenshot kept for review)."""
from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from planner.planning.api import plan_ward
from planner.render import render
from tests.conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars"]


def page(lang: str = "ja") -> str:
    return render(plan_ward(ROOT, "koto", sets=["coordinators.placed=false", "beds.respite_child=0",
                                                  "children.medical_care=79"]), "html", lang)


def test_html_loads_nothing_from_the_network() -> None:
    html = page()
    assert not re.search(r"""src\s*=\s*["']?(https?:)?//""", html)  # sources are links to read, never loaded
    assert "<script" not in html and "<link" not in html and "@import" not in html and "url(" not in html
    assert html.count("<svg") == 2  # timeline and regional model, inline


def test_html_marks_missing_roles_in_the_model_diagram() -> None:
    html = page("en")
    assert 'stroke="#c62828" stroke-width="2" stroke-dasharray="6 3"' in html  # the missing coordinator
    assert "✗" in html


def _png_size_and_colours(path: Path) -> tuple[int, int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    idat, pos = b"", 8
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(idat)
    return width, height, len(set(raw[i:i + 3] for i in range(1, min(len(raw), 400_000), 97)))


@pytest.mark.browser
def test_headless_chromium_renders_the_plan(tmp_path: Path) -> None:
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed; .ci/run installs Debian's chromium package")
        pytest.skip("chromium not installed (apt-get install chromium)")
    html = tmp_path / "koto.html"
    html.write_text(page(), encoding="utf-8")
    shot = tmp_path / "koto.png"
    run = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1100,2400",
                          f"--screenshot={shot}", html.as_uri()], capture_output=True, text=True, timeout=120)
    assert shot.exists(), run.stderr[-2000:]
    width, height, colours = _png_size_and_colours(shot)
    assert (width, height) == (1100, 2400)
    assert colours > 20, "the screenshot looks blank"
    dom = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile2'}", "--dump-dom", html.as_uri()],
                         capture_output=True, text=True, timeout=120).stdout
    assert "江東区" in dom and "<svg" in dom
    keep = ROOT / "out"
    keep.mkdir(exist_ok=True)
    shutil.copy(shot, keep / "koto-plan.png")  # for a person to look at; out/ is ignored by git
