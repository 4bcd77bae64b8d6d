"""Plans from odd but valid data: a model whose roles have all lapsed, and markup in every text field a profile has.

Every format is written without a traceback; text from a profile never becomes a heading, a list, a quote, a code
block, an image, raw HTML or a link, in Markdown or in HTML.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

FORMATS = ["table", "md", "json", "html"]


@pytest.fixture
def lapsed(data: Path) -> Path:
    """A data folder whose roles.yaml ends every role in 2000, before any plan's date."""
    path = data / "models" / "roles.yaml"
    text = path.read_text(encoding="utf-8")
    text = re.sub(r'\n    (from|until): "[0-9-]+"', "", text)  # the roles' own dates, so none is given twice
    text = re.sub(r"(\n  - id: [a-z-]+\n)", r'\1    until: "2000-01"\n', text)
    path.write_text(text, encoding="utf-8")
    return data


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_model_whose_roles_have_all_lapsed_still_makes_every_format(cli, lapsed: Path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    result = cli("--data", str(lapsed), "assess", "koto", "--format", fmt)
    assert result.code == 0, result.err
    if fmt == "html":
        assert "計画の時点で、このモデルの役割はいずれも存在しない。" in result.out, "the figure says so in words"
    if fmt == "json":
        assert json.loads(result.out)["model"]["roles"] == []


def test_a_model_whose_roles_have_all_lapsed_is_drawn_as_a_sentence_in_english(cli, lapsed: Path) -> None:  # type: ignore[no-untyped-def]
    html = cli("--data", str(lapsed), "assess", "koto", "--format", "html", "--lang", "en").out
    assert "None of this model&#x27;s roles exists at the plan&#x27;s date." in html


PAYLOAD = (
    "# H1\n> quote\n- item\n1. one\n    code\n---\n```\n<img src=x onerror=alert(1)>\n"
    "[x](javascript:alert(1)) ![i](https://evil.example/p.png) &#106;avascript: *em* | cell |"
)
STARTS = ("# H1", "> quote", "- item", "1. one", "    code", "---")


@pytest.fixture
def marked(data: Path) -> Path:
    """Koto's profile (as a municipality Tokyo does not have, so its name may change) with markup in its name, its
    hub hospital, description, a source's title, notes, a holder and two text facts."""
    from ruamel.yaml import YAML

    yaml = YAML()
    path = data / "wards" / "koto.yaml"
    profile = yaml.load(path.read_text(encoding="utf-8"))
    name = "# 江東区 <b>x</b> [a](javascript:1) | ---"
    profile["code"] = "13999"
    profile["name"] = {"ja": name, "en": name}
    profile["hub_hospital"] = {"ja": "> 墨東 <i>", "en": "- Bokutoh <i>"}
    profile["description"] = PAYLOAD
    profile["sources"]["koto-guidebook-2023"]["title"] = PAYLOAD
    profile["council"]["exists"]["note"] = PAYLOAD
    profile["information"]["resource_map"]["holder"] = "# holder <b>"
    profile["children"]["medical_care"]["note"] = PAYLOAD
    fact = {"value": PAYLOAD, "source": "koto-guidebook-2023", "as_of": "2026-10"}
    profile["coordinators"] = {"host": fact}
    profile["consultation_body"] = {"name": fact}
    with path.open("w", encoding="utf-8") as fh:
        yaml.dump(profile, fh)
    return data


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_markup_in_any_profile_text_stays_text_in_markdown(cli, marked: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert cli("--data", str(marked), "validate", str(marked / "wards" / "koto.yaml")).code == 0
    result = cli("--data", str(marked), "assess", "koto", "--format", "md", "--lang", lang)
    assert result.code == 0, result.err
    md = result.out
    assert "cell" in md and "holder" in md, "the hostile text is shown"
    assert not [line for line in md.splitlines() if line.startswith(STARTS)], "no line starts with the profile's text"
    assert "<img" not in md and "<b>" not in md and "<i>" not in md
    assert not re.search(r"(?<!\\)\]\(javascript:", md) and "![i]" not in md, "no link or image from text"
    assert md.count("```") == 2, "the one code fence is the model's Mermaid chart"


def test_markup_in_any_profile_text_stays_text_in_html(cli, marked: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("--data", str(marked), "assess", "koto", "--format", "html")
    assert result.code == 0, result.err
    html = result.out
    assert "<img" not in html and "<b>x" not in html and "<i>" not in html and "&lt;img" in html
    assert all(h.startswith(("https://", "http://")) for h in re.findall(r'href="([^"]*)"', html))


RAW = ("\x1b", "\x9b", "\u202e", "\u200b", "\u2066")


def test_controls_and_invisible_characters_in_profile_text_reach_html_only_as_codes(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    path = data / "wards" / "koto.yaml"
    old = "    title: 江東区 報道発表「医療的ケア児と家族への支援に向けてガイドブックを発行しました!」"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(
        text.replace(old, '    title: "\\e[2J\\e[31mRED\\u202eevil\\x9b1m\\u200b\\u2066"'), encoding="utf-8"
    )
    for lang in ("ja", "en"):
        html = cli("--data", str(data), "assess", "koto", "--format", "html", "--lang", lang).out
        assert "RED\\u202eevil\\x9b1m\\u200b\\u2066" in html, "shown as codes, as Markdown shows them"
        assert not [c for c in RAW if c in html], [hex(ord(c)) for c in RAW if c in html]
