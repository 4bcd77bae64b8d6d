"""Appending to a round-trip YAML document keeps each comment beside the key it was written about."""

from __future__ import annotations

import io

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap

from planner.yamledit import append, set_key


def edit(text: str, change) -> str:  # type: ignore[no-untyped-def]
    yaml = YAML(typ="rt")
    doc = yaml.load(text)
    change(doc)
    out = io.StringIO()
    yaml.dump(doc, out)
    return out.getvalue()


def test_a_comment_above_the_next_key_stays_above_it_when_a_key_is_appended_before_it() -> None:
    text = "sources:\n  a:\n    title: A\n# about the council\ncouncil:\n  exists: true\n"
    out = edit(text, lambda d: set_key(d["sources"], "b", CommentedMap(title="B")))
    assert out.index("title: B") < out.index("# about the council") < out.index("council:")


def test_a_comment_at_the_end_of_the_file_stays_at_the_end() -> None:
    text = "description: >-\n  text\n# last word\n"
    out = edit(text, lambda d: set_key(d, "providers", CommentedMap(short_stay=1)))
    assert out.rstrip().endswith("# last word") and "providers:\n  short_stay: 1" in out


def test_an_end_of_line_comment_stays_on_its_own_line() -> None:
    text = "values:\n- value: 1  # the first reading\n# below the list\nnext: 2\n"
    out = edit(text, lambda d: append(d["values"], CommentedMap(value=2)))
    assert "value: 1  # the first reading\n" in out
    assert out.index("value: 2") < out.index("# below the list") < out.index("next:")


def test_an_empty_container_is_set_without_moving_a_comment_into_it() -> None:
    text = "a: 1\n# about b\nb: 2\n"
    out = edit(text, lambda d: set_key(d, "c", CommentedMap()))
    assert "# about b\nb: 2" in out and "c: {}" in out
