"""Web addresses: one check (planner/links.py) that every file's `url` passes, and the one place plans link.

A `javascript:` or `data:` address, or one with a line break, an escape or a zero-width character in it, is
refused at its line by validate and lint, and by every command that plans; what reaches a plan unchecked is
shown as text, never as a link.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from planner.links import live, url_problem
from planner.render.paper import Sources

GOOD = [
    "https://www.city.koto.lg.jp/kuse/koho/houdou/r05/r0512/051211ikeaguidebook.html",
    "http://www.city.meguro.tokyo.jp/documents/693/dai5syour35.txt",
    "HTTPS://WWW.MHLW.GO.JP/",
    "https://iuris.jp/医療的ケア児/jpn/c/4336",  # the shipped profiles cite pages with Japanese paths
    "https://example.jp:8443/a?b=c&d=e#f",
]
BAD = {
    "javascript:alert(1)": "url.scheme",
    "JavaScript:alert(1)": "url.scheme",
    "data:text/html,<script>alert(1)</script>": "url.scheme",
    "vbscript:msgbox(1)": "url.scheme",
    "mailto:someone@example.jp": "url.scheme",
    "file:///etc/passwd": "url.scheme",
    "//evil.example/x": "url.no_scheme",
    "www.city.koto.lg.jp": "url.no_scheme",
    " https://a.jp/": "url.no_scheme",
    "https://": "url.no_host",
    "https:///path": "url.no_host",
    "https:evil.example": "url.no_host",
    "https://a.jp:port/": "url.no_host",
    "https://www.city.koto.lg.jp@evil.example/": "url.userinfo",
    "https://a.jp/x\n[x](javascript:alert(1))": "url.hidden",
    "https://a.jp/\r\nSet-Cookie: x": "url.hidden",
    "https://a.jp/\x1b[2J": "url.hidden",
    "https://a.jp/\x9b31m": "url.hidden",
    "https://a.jp/\u200bx": "url.hidden",
    "https://a.jp/\u202etxt.exe": "url.hidden",
    "https://a.jp/a b": "url.char",
    "https://a.jp/a|b": "url.char",
    "https://a.jp/a>b": "url.char",
    'https://a.jp/"onmouseover="x': "url.char",
    "https://a.jp/a\\b": "url.char",
    "https://a.jp/" + "a" * 2_000: "url.too_long",
}


@pytest.mark.parametrize("url", GOOD)
def test_an_http_or_https_address_of_a_site_passes(url: str) -> None:
    assert url_problem(url) is None and live(url) == url


@pytest.mark.parametrize("url", sorted(BAD), ids=repr)
def test_any_other_address_is_refused_with_its_reason_and_never_linked(url: str) -> None:
    problem = url_problem(url)
    assert problem is not None and problem.key == BAD[url]
    assert live(url) is None
    shown = problem.text("ja") + problem.text("en")
    assert "\x1b" not in shown and "\u200b" not in shown and "\n" not in shown, "the message quotes no raw control"


def test_the_plans_one_list_of_links_links_only_addresses_that_pass() -> None:
    sources = Sources("ja")
    marks = [sources.ref("bad", "javascript:alert(1)"), sources.ref("good", GOOD[0]), sources.ref("none")]
    rows = sources.rows()
    assert marks == ["※1", "※2", "※3"]
    assert [r.links for r in rows] == [{}, {1: GOOD[0]}, {}]
    assert rows[0].cells == ["※1", "bad"], "the document is still listed, as text"


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path.name, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


KOTO_URL = "url: https://www.city.koto.lg.jp/kuse/koho/houdou/r05/r0512/051211ikeaguidebook.html"


@pytest.mark.parametrize(
    "url, words",
    [
        ('"javascript:alert(1)"', "'javascript:' addresses are not allowed"),
        ('"https://a.jp/\\n[x](javascript:alert(1))"', "control or invisible character (U+000A)"),
        ('"https://a.jp/\\e[31m"', "control or invisible character (U+001B)"),
        ("www.city.koto.lg.jp/page", "does not start with http:// or https://"),
    ],
)
def test_validate_refuses_a_profiles_bad_address_at_its_line_with_a_hint(cli, data: Path, url: str, words: str) -> None:  # type: ignore[no-untyped-def]
    profile = data / "wards" / "koto.yaml"
    replace(profile, KOTO_URL, f"url: {url}")
    before = profile.read_bytes()
    result = cli("--data", str(data), "--lang", "en", "validate")
    assert result.code == 1, result.err
    line = next(x for x in result.err.splitlines() if "koto.yaml" in x)
    assert re.search(r"koto\.yaml:18:10: sources\.koto-guidebook-2023\.url: ", line), line
    assert words in line and line.endswith(")"), "the message says what is wrong and, in brackets, what would fix it"
    assert "\x1b" not in result.err and profile.read_bytes() == before


def test_a_plan_is_never_made_from_a_profile_with_a_bad_address(cli, data: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    replace(data / "wards" / "koto.yaml", KOTO_URL, 'url: "javascript:alert(document.cookie)"')
    for fmt in ("md", "html"):
        out = tmp_path / f"koto.{fmt}"
        result = cli("--data", str(data), "assess", "koto", "--format", fmt, "--out", str(out))
        assert result.code == 3 and "koto.yaml:18:10:" in result.err and not out.exists(), result.err


RULE_FILES = [
    ("law-2021.yaml", "url: https://hyougo-soudan-net.jp/mhlw/3-2", 'url: "javascript:alert(1)"', "sources."),
    (
        "frame.yaml",
        "url: https://laws.e-gov.go.jp/law/322AC0000000164",
        'url: "data:text/html,<b>x</b>"',
        "instruments.",
    ),
    ("actions.yaml", "url: https://www.mhlw.go.jp/stf/newpage_35915.html", 'url: "https://a.jp/\\x1b"', "joint.url"),
    ("registry.yaml", "url: https://www.wam.go.jp/content/", 'url: "https://www.wam.go.jp/\\u200b"  # ', "url: "),
]


@pytest.mark.parametrize("name, old, new, where", RULE_FILES, ids=[r[0] for r in RULE_FILES])
def test_rules_lint_refuses_a_bad_address_in_any_rule_file_at_its_line(
    cli, data: Path, name: str, old: str, new: str, where: str
) -> None:  # type: ignore[no-untyped-def]
    replace(data / "rules" / name, old, new)
    result = cli("--data", str(data), "--lang", "en", "rules", "lint")
    assert result.code == 1, result.err
    (line,) = [x for x in result.err.splitlines() if name in x]
    assert re.search(re.escape(name) + r":\d+:\d+: ", line) and where in line and "(" in line, line
    assert cli("--data", str(data), "assess", "koto").code == 3, "no plan is made from that rule book either"
