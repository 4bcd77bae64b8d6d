"""`--set` is held to what a profile may hold: a text of at most 500 characters, and a message that quotes a
malformed item or an unknown field shows only its start (a 100,000-character argument is not echoed back)."""

from __future__ import annotations

import time

import pytest


def test_a_what_if_text_longer_than_a_profiles_is_a_usage_error(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("--lang", "en", "assess", "koto", "--set", "coordinators.host=" + "x" * 100_000, "--lang", "en")
    assert result.code == 2 and "the text is 100000 characters; a profile's text holds at most 500" in result.err
    assert cli("assess", "koto", "--set", "coordinators.host=" + "x" * 500).code == 0, "500 is still a text"


@pytest.mark.parametrize("item", ["a" * 100_000 + "=1", "a" * 100_000])
def test_a_huge_unknown_field_or_item_is_quoted_short_and_answered_at_once(cli, item: str) -> None:  # type: ignore[no-untyped-def]
    start = time.monotonic()
    result = cli("assess", "koto", "--set", item)
    assert result.code == 2 and len(result.err) < 400 and "a" * 60 + "…" in result.err, result.err[:400]
    assert time.monotonic() - start < 5, "no suggestion is computed over the whole argument"
