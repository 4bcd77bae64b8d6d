"""Every figure in wards/ has a source a reader can open, dated, in Japanese, and none from the avoid list."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from planner.profiles.fields import sections
from planner.profiles.load import AVOID, REPORT_SOURCE, load_all
from tests.conftest import ROOT

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
PROFILES = load_all(ROOT)


def observations(lp):  # type: ignore[no-untyped-def]
    for section in sections():
        for name, fact in getattr(lp.profile, section):
            if fact is not None:
                for obs in fact.values:
                    yield f"{section}.{name}", obs


@pytest.mark.parametrize("lp", PROFILES, ids=[lp.profile.id for lp in PROFILES])
def test_every_known_fact_is_sourced_and_dated(lp) -> None:  # type: ignore[no-untyped-def]
    for field, obs in observations(lp):
        if obs.value is None:
            continue
        assert obs.source, f"{lp.path}: {field} has no source"
        assert obs.source == REPORT_SOURCE or obs.source in lp.profile.sources, f"{lp.path}: {field}: {obs.source}"
        assert obs.as_of or (obs.note and "日付の記載なし" in obs.note), (
            f"{lp.path}: {field} has neither a date nor a note saying the page gives none"
        )


@pytest.mark.parametrize("lp", PROFILES, ids=[lp.profile.id for lp in PROFILES])
def test_every_source_can_be_opened_and_is_titled_in_japanese(lp) -> None:  # type: ignore[no-untyped-def]
    for key, source in lp.profile.sources.items():
        assert source.url or source.kind == "report" or source.respondent, f"{lp.path}: {key} has no url"
        assert not source.url or not any(bad in source.url for bad in AVOID), f"{lp.path}: {key}: {source.url}"
        assert not source.url or source.url.startswith(("https://", "http://")), f"{lp.path}: {key}: {source.url}"
        assert JAPANESE.search(source.title), f"{lp.path}: {key}: title {source.title!r} is not in Japanese"
        assert "cache.yimg.jp" not in (source.url or ""), f"{lp.path}: {key} cites a cache copy"


def test_profiles_describe_themselves_in_japanese() -> None:
    english = [
        lp.profile.id for lp in PROFILES if lp.profile.description and not JAPANESE.search(lp.profile.description)
    ]
    assert not english, english


@pytest.mark.parametrize(
    "url, words", [("https://joseikin-insight.com/tokyo/koto", "引用しない出典"), (None, "url がありません")]
)
def test_validate_refuses_a_source_to_avoid_or_without_a_url(cli, data: Path, url: str | None, words: str) -> None:  # type: ignore[no-untyped-def]
    path = data / "wards" / "koto.yaml"
    text = path.read_text(encoding="utf-8")
    entry = "  extra-source:\n    title: 江東区 在宅レスパイト\n    kind: secondary\n" + (
        f"    url: {url}\n" if url else ""
    )
    path.write_text(text.replace("sources:\n", "sources:\n" + entry, 1), encoding="utf-8")
    result = cli("validate", str(path))
    assert result.code == 1 and words in result.err and f"{path}:" in result.err, result.err
