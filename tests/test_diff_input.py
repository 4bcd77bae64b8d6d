"""`planner diff` reads any file it is given as a plan: deep nesting, huge numbers and wrong shapes are located
errors (file:line:col, exit 3), never a traceback, and a plan planner wrote still compares."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from planner.plan_json import MAX_DEPTH, locate
from tests.conftest import ROOT

GOLDEN = ROOT / "tests" / "golden" / "koto.ja.json"


def plan() -> dict[str, Any]:
    return json.loads(GOLDEN.read_text(encoding="utf-8"))


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, needle: str) -> int:
    assert needle in text, needle
    return text[: text.index(needle)].count("\n") + 1


def test_a_plan_nested_past_the_limit_is_refused_at_the_bracket_that_passes_it(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    head = '{"schema": "planner.plan/2", "x": '
    deep = write(tmp_path / "deep.json", head + "[" * 100_000 + "]" * 100_000 + "}")
    result = cli("--lang", "en", "diff", str(GOLDEN), str(deep), "--lang", "en")
    assert result.code == 3, result.err
    # the object is the first level, so the bracket that passes the limit is the 32nd
    assert f"deep.json:1:{len(head) + MAX_DEPTH}: nested more than {MAX_DEPTH} levels deep" in result.err


def test_a_five_thousand_digit_number_is_refused_at_its_place(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = json.dumps(plan(), ensure_ascii=False, indent=2).replace('"rank": 1,', '"rank": ' + "9" * 5_000 + ",", 1)
    big = write(tmp_path / "big.json", text)
    result = cli("diff", str(GOLDEN), str(big), "--lang", "en")
    assert result.code == 3, result.err
    line = line_of(text, '"rank": 999')
    assert re.search(rf"big\.json:{line}:\d+: the number 999999999999… \(5,000\) is too long or not finite", result.err)
    assert len(result.err) < 1_000, "the number is not printed whole"


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_a_number_that_is_not_finite_is_refused_at_its_place(cli, tmp_path: Path, literal: str) -> None:  # type: ignore[no-untyped-def]
    text = json.dumps(plan(), ensure_ascii=False, indent=2).replace('"rank": 1,', f'"rank": {literal},', 1)
    result = cli("diff", str(GOLDEN), str(write(tmp_path / "n.json", text)), "--lang", "en")
    assert result.code == 3 and f"n.json:{line_of(text, literal)}:" in result.err, result.err
    assert "is too long or not finite" in result.err


def _set(data: dict[str, Any], path: tuple[Any, ...], value: Any) -> None:
    for part in path[:-1]:
        data = data[part]
    if value is KeyError:
        del data[path[-1]]
    else:
        data[path[-1]] = value


SHAPES = [
    (("actions",), "nope", "actions: "),
    (("ward",), [1], "ward: "),
    (("ward", "id"), 13108, "ward.id: "),
    (("lang",), "xx", "lang: "),
    (("as_of",), "garbage", "as_of: "),
    (("actions", 0, "rank"), "1", "actions.0.rank: "),
    (("actions", 0, "rank"), True, "actions.0.rank: "),
    (("actions", 0, "title"), KeyError, "actions.0.title: "),
    (("present", 0, "facts", 0, "value"), {"a": [1, 2]}, "present.0.facts.0.value: a fact's value is a number"),
    (("present", 0, "facts"), {"field": "x"}, "present.0.facts: "),
]


@pytest.mark.parametrize("path, value, words", SHAPES, ids=[f"{'.'.join(map(str, s[0]))}={s[1]!r}" for s in SHAPES])
def test_json_of_the_wrong_shape_is_refused_at_the_part_that_is_wrong(
    cli, tmp_path: Path, path: tuple[Any, ...], value: Any, words: str
) -> None:  # type: ignore[no-untyped-def]
    data = plan()
    _set(data, path, value)
    text = json.dumps(data, ensure_ascii=False, indent=2)
    result = cli("diff", str(GOLDEN), str(write(tmp_path / "shape.json", text)), "--lang", "en")
    assert result.code == 3, result.err
    (line,) = [x for x in result.err.splitlines() if "shape.json:" in x]
    where = path if value is not KeyError else path[:-1]
    offset = locate(text, where)
    expected = f"shape.json:{text[:offset].count(chr(10)) + 1}:{offset - text.rfind(chr(10), 0, offset)}: "
    assert expected in line and words in line, line
    assert line.endswith("(give a plan written by `planner assess --format json`)")


def test_locate_finds_a_member_after_nested_siblings_and_strings_holding_brackets() -> None:
    text = '{"a": {"x": "[{\\"", "y": [1, {"z": 2}]}, "b": [10, 20, {"c": "d"}]}'
    assert text[locate(text, ("b", 2, "c")) :].startswith('"d"')
    assert text[locate(text, ("a", "y", 1, "z")) :].startswith("2}")
    assert text[locate(text, ("b", 7)) :].startswith("[10"), "an index past the end: the list itself"


def test_a_plan_planner_wrote_still_compares(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = plan()
    data["actions"] = data["actions"][1:]
    later = write(tmp_path / "later.json", json.dumps(data, ensure_ascii=False, indent=2))
    result = cli("diff", str(GOLDEN), str(later), "--format", "json")
    assert result.code == 0, result.err
    assert [a["kind"] for a in json.loads(result.out)["actions"]][-1] == "dropped"
