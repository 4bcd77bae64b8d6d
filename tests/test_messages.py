"""Every message a user can see exists in Japanese and English, with the same parameters."""

from __future__ import annotations

import re
import string

import pytest

from planner.messages import CATALOGUE, msg


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_each_message_is_written_in_japanese_with_the_same_parameters(key: str) -> None:
    ja, en = CATALOGUE[key]
    assert _fields(en) == _fields(ja), key
    if key not in ("v.field", "pd.other", "cli.bad_date", "set.value"):  # these only join other messages
        assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", ja), f"{key}: {ja!r} is not Japanese"


def test_a_nested_message_is_shown_in_the_outer_messages_language() -> None:
    m = msg("cli.bad_date", option="--as-of", detail=msg("date.not_real", text="'2023-13'"))
    assert m.text("ja") == "--as-of: '2023-13' は存在しない日付です"
    assert m.text("en") == "--as-of: '2023-13' is not a real date"


def test_an_unknown_key_fails_at_once() -> None:
    with pytest.raises(KeyError):
        msg("no.such.message")
