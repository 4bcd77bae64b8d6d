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
from planner.render.diagrams import model_svg, overlaps
from planner.rulebook.library import load_library
from tests.conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def page(lang: str = "ja") -> str:
    return render(
        plan_ward(ROOT, "koto", sets=["coordinators.placed=false", "beds.respite_child=0", "children.medical_care=79"]),
        "html",
        lang,
    )


def test_html_loads_nothing_from_the_network() -> None:
    html = page()
    assert not re.search(r"""src\s*=\s*["']?(https?:)?//""", html)  # sources are links to read, never loaded
    assert "<script" not in html and "<link" not in html and "@import" not in html and "url(" not in html
    assert html.count("<svg") == 2  # timeline and regional model, inline


def test_html_marks_missing_roles_in_the_model_diagram() -> None:
    html = page("en")
    assert 'stroke="#c62828" stroke-width="2" stroke-dasharray="6 3"' in html  # the missing coordinator
    assert "<tspan" in html and "(missing)</tspan>" in html, "a missing role is said in words, not only drawn"


@pytest.mark.parametrize("model", [m.id for m in load_library(ROOT).models.models])
@pytest.mark.parametrize("ward", ["koto", "okutama", "setagaya"])
def test_the_model_diagram_prints_its_labels_at_9_points_or_more_on_a4(model: str, ward: str) -> None:
    from planner.render.diagrams import printed_font_pt

    for lang in ("ja", "en"):
        svg = model_svg(plan_ward(ROOT, ward, model_id=model), lang)
        assert printed_font_pt(svg) >= 9, (model, ward, lang, printed_font_pt(svg))
        assert "?" not in re.sub(r"<title>.*?</title>", "", svg), "an unknown role is said in words, never as ?"


def _png_size_and_colours(path: Path) -> tuple[int, int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    idat, pos = b"", 8
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8 : pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(idat)
    return width, height, len(set(raw[i : i + 3] for i in range(1, min(len(raw), 400_000), 97)))


@pytest.mark.browser
def test_headless_chromium_renders_the_plan(tmp_path: Path) -> None:
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed; .ci/run installs Debian's chromium package")
        pytest.skip("chromium not installed (apt-get install chromium)")
    html = tmp_path / "koto.html"
    html.write_text(page(), encoding="utf-8")
    shot = tmp_path / "koto.png"
    run = subprocess.run(
        [
            CHROMIUM,
            *FLAGS,
            f"--user-data-dir={tmp_path / 'profile'}",
            "--window-size=1100,2400",
            f"--screenshot={shot}",
            html.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert shot.exists(), run.stderr[-2000:]
    width, height, colours = _png_size_and_colours(shot)
    assert (width, height) == (1100, 2400)
    assert colours > 20, "the screenshot looks blank"
    dom = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile2'}", "--dump-dom", html.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    assert "江東区" in dom and "<svg" in dom
    keep = ROOT / "out"
    keep.mkdir(exist_ok=True)
    shutil.copy(shot, keep / "koto-plan.png")  # for a person to look at; out/ is ignored by git


RECT = re.compile(r'<rect x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)"')
MODELS = [m.id for m in load_library(ROOT).models.models]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("as_of", ["2014-03", "2026-11"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_two_boxes_of_a_model_diagram_overlap(model: str, as_of: str, lang: str) -> None:
    plan = plan_ward(ROOT, "okutama", model_id=model, as_of=as_of)
    svg = model_svg(plan, lang)
    boxes = [tuple(map(float, m)) for m in RECT.findall(svg)]
    assert len(boxes) == len(plan.model.roles) >= 5
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not overlaps(a, b, gap=0), (model, as_of, lang, a, b)  # type: ignore[arg-type]


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed; .ci/run installs Debian's chromium package")
        pytest.skip("chromium not installed (apt-get install chromium)")
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    return subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True, text=True, timeout=180
    )


@pytest.mark.browser
@pytest.mark.parametrize("ward", ["koto", "okutama"])
def test_the_plan_prints_on_a4_with_page_numbers(tmp_path: Path, ward: str) -> None:
    html = tmp_path / f"{ward}.html"
    html.write_text(render(plan_ward(ROOT, ward, sets=["coordinators.placed=false"]), "html", "ja"), encoding="utf-8")
    pdf = tmp_path / f"{ward}.pdf"
    run = _chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", html.as_uri())
    assert pdf.exists(), run.stderr[-2000:]
    data = pdf.read_bytes()
    sizes = set(re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data))
    assert (
        sizes == {(b"594.95996", b"841.91998")}
        or sizes == {(b"595.91998", b"842.88")}
        or all(abs(float(w) - 595.3) < 2 and abs(float(h) - 841.9) < 2 for w, h in sizes)
    ), sizes  # A4 in points
    keep = ROOT / "out"
    keep.mkdir(exist_ok=True)
    shutil.copy(pdf, keep / f"{ward}-plan-a4.pdf")  # for a person to look at; out/ is ignored by git


@pytest.mark.browser
@pytest.mark.parametrize("model", MODELS)
def test_each_model_diagram_renders_in_a_browser(tmp_path: Path, model: str) -> None:
    plan = plan_ward(ROOT, "koto", model_id=model, sets=["coordinators.placed=false"])
    html = tmp_path / f"{model}.html"
    html.write_text(
        f'<!DOCTYPE html><html lang="ja"><meta charset="utf-8"><body style="margin:0">'
        f"{model_svg(plan, 'ja')}</body></html>",
        encoding="utf-8",
    )
    shot = tmp_path / f"{model}.png"
    run = _chromium(tmp_path, "--window-size=1000,800", f"--screenshot={shot}", html.as_uri())
    assert shot.exists(), run.stderr[-2000:]
    width, height, colours = _png_size_and_colours(shot)
    assert (width, height) == (1000, 800) and colours > 10, "the diagram looks blank"
    keep = ROOT / "out"
    keep.mkdir(exist_ok=True)
    shutil.copy(shot, keep / f"model-{model}.png")
