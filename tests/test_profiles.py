"""Ward profiles load strictly, keep unknown apart from zero, and every bad file gets a located message."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from planner.errors import InputError, UsageError
from planner.profiles.fields import completeness, value
from planner.profiles.load import load_all, load_profile, resolve
from tests.conftest import MINIMAL, ROOT

LOCATED = re.compile(r"^\S+\.yaml:\d+:\d+: ", re.M)


def problems_of(path: Path) -> str:
    with pytest.raises(InputError) as info:
        load_profile(path)
    return info.value.render()


def test_all_53_shipped_profiles_validate() -> None:
    profiles = load_all(ROOT)
    assert len(profiles) == 53
    assert len({p.profile.code for p in profiles}) == 53
    assert sum(p.profile.kind == "ward" for p in profiles) == 23


def test_ward_codes_and_kanji_match_their_ids() -> None:
    koto = load_profile(ROOT / "wards" / "koto.yaml").profile
    assert (koto.code, koto.name.ja, koto.area) == ("13108", "江東区", "ku-tobu")


def test_an_absent_fact_is_unknown_not_zero() -> None:
    koto = load_profile(ROOT / "wards" / "koto.yaml").profile
    assert value(koto, "beds.respite_child", None) is None
    assert value(koto, "children.medical_care", None) == 79


def test_a_fact_may_hold_several_dated_values_and_the_one_in_force_is_chosen(write_profile) -> None:  # type: ignore[no-untyped-def]
    path = write_profile(
        MINIMAL.format(id="testward")
        + """children:
  medical_care:
    values:
      - {value: 40, as_of: 2014-03, source: report-2014}
      - {value: 79, as_of: 2023-09, source: report-2014}
"""
    )
    p = load_profile(path).profile
    assert value(p, "children.medical_care", "2014-12") == 40
    assert value(p, "children.medical_care", "2026-11") == 79
    assert value(p, "children.medical_care", "2010-01") is None


def test_completeness_counts_known_fields() -> None:
    koto = load_profile(ROOT / "wards" / "koto.yaml").profile
    known, total = completeness(koto)
    assert 0 < known < total


@pytest.mark.parametrize(
    "text, expected",
    [
        ("id: testward\ncode: [unclosed\n", r"testward\.yaml:\d+:\d+: YAML syntax error"),
        (
            MINIMAL.format(id="testward") + "coordinators:\n  placed: yes\n",
            r":8:11: coordinators\.placed: Input should be a valid boolean",
        ),
        (
            MINIMAL.format(id="testward") + "beds:\n  respite_bedz: 3\n",
            r":8:3: unknown key 'beds\.respite_bedz' \(did you mean 'respite_beds'\?"
            r"|:8:3: unknown key 'beds.respite_bedz' \(did you mean 'respite_child'\?",
        ),
        (
            MINIMAL.format(id="testward") + "children:\n  medical_care: -3\n",
            r":8:17: children\.medical_care: Input should be greater than or equal to 0",
        ),
        (MINIMAL.format(id="testward") + "kind: city\n", r":7:1: duplicate key 'kind' \(first at line 4\)"),
        (MINIMAL.format(id="testward") + "children:\n  medical_care: .nan\n", r":8:17: '\.nan' is not a finite number"),
        (
            MINIMAL.format(id="testward") + "children:\n  medical_care: {value: 3, as_of: 2023-13}\n",
            r"is not a real date",
        ),
        (MINIMAL.format(id="testward") + "children: [1, 2]\n", r":7:11: children: Input should be"),
        (MINIMAL.format(id="testward") + "x: !!python/object/apply:os.system [ls]\n", r":7:4: tag .* is not allowed"),
        ("id: testward\n\tcode: x\n", r":2:1: YAML syntax error.*use spaces, not tabs"),
        ("", r":1:1: file is empty"),
        ("# only a comment\n", r":1:1: file is empty"),
        ("- a\n- b\n", r":1:1: a profile must be a mapping"),
    ],
)
def test_bad_profiles_get_located_messages(write_profile, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    message = problems_of(write_profile(text))
    assert re.search(expected, message), message
    assert "Traceback" not in message


def test_every_error_is_reported_at_once(write_profile) -> None:  # type: ignore[no-untyped-def]
    text = (
        MINIMAL.format(id="testward")
        + "beds:\n  respite_bedz: 3\ncoordinators:\n  placed: 2\nchildren:\n  medical_care: -1\n"
    )
    message = problems_of(write_profile(text))
    assert len(LOCATED.findall(message)) == 3, message


def test_misspelt_key_gets_a_suggestion(write_profile) -> None:  # type: ignore[no-untyped-def]
    message = problems_of(write_profile(MINIMAL.format(id="testward") + "coordinators:\n  placd: true\n"))
    assert "did you mean 'placed'?" in message


def test_an_unlisted_source_is_an_error(write_profile) -> None:  # type: ignore[no-untyped-def]
    text = MINIMAL.format(id="testward") + "children:\n  medical_care: {value: 3, source: nowhere}\n"
    assert "source 'nowhere' is not listed under 'sources'" in problems_of(write_profile(text))


def test_alias_bomb_is_refused(write_profile) -> None:  # type: ignore[no-untyped-def]
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    message = problems_of(write_profile("\n".join(lines) + "\n"))
    assert "expands to more than" in message


def test_deep_nesting_is_refused(write_profile) -> None:  # type: ignore[no-untyped-def]
    message = problems_of(write_profile("a: " + "[" * 60 + "]" * 60 + "\n"))
    assert "nesting deeper than" in message


def test_shift_jis_file_gets_a_clear_message(write_profile) -> None:  # type: ignore[no-untyped-def]
    message = problems_of(write_profile("name: 江東区\n".encode("shift_jis")))
    assert "not valid UTF-8" in message and "Shift_JIS" in message


def test_utf16_file_gets_a_clear_message(write_profile) -> None:  # type: ignore[no-untyped-def]
    assert "UTF-16" in problems_of(write_profile("id: x\n".encode("utf-16")))


def test_binary_file_is_refused(write_profile) -> None:  # type: ignore[no-untyped-def]
    assert "binary" in problems_of(write_profile(b"id: x\n\x00\x01\x02"))


def test_oversized_file_is_refused(write_profile) -> None:  # type: ignore[no-untyped-def]
    assert "the limit is" in problems_of(write_profile("# " + "x" * 1_100_000 + "\n"))


def test_missing_file_and_directory_are_refused(tmp_path: Path) -> None:
    assert "no such file" in problems_of(tmp_path / "nothing.yaml")
    assert "is a directory" in problems_of(tmp_path)


def test_id_must_match_the_file_name(write_profile) -> None:  # type: ignore[no-untyped-def]
    message = problems_of(write_profile(MINIMAL.format(id="otherward")))
    assert "differs from the file name" in message


@pytest.mark.parametrize("ward", ["koto", "江東区", "13108", "wards/koto.yaml"])
def test_one_lookup_finds_a_ward_by_id_kanji_code_or_path(ward: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    assert resolve(ward, ROOT).name == "koto.yaml"


@pytest.mark.parametrize("ward", ["../koto", "../../etc/passwd", "kotoo", "13999", "東京都"])
def test_unknown_or_path_like_ward_names_are_refused(ward: str) -> None:
    with pytest.raises(UsageError):
        resolve(ward, ROOT)


def test_validate_command_reports_every_broken_file(cli, write_profile) -> None:  # type: ignore[no-untyped-def]
    bad = write_profile(MINIMAL.format(id="testward") + "beds:\n  respite_bedz: 1\n")
    result = cli("--lang", "en", "validate", str(bad))
    assert result.code == 1
    assert re.search(r"testward\.yaml:8:3: unknown key", result.err)


def test_validate_command_passes_on_shipped_data(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("validate")
    assert result.code == 0, result.err
    assert "53 profiles" in result.out


def test_wards_list_shows_every_municipality_with_completeness(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("wards", "list")
    assert result.code == 0
    assert "江東区" in result.out and "13108" in result.out and "ku-tobu" in result.out
    assert len([line for line in result.out.splitlines() if re.match(r"^[a-z]", line)]) == 53 + 1


def test_schema_command_prints_a_json_schema_with_fact_forms(cli) -> None:  # type: ignore[no-untyped-def]
    import json

    result = cli("schema")
    schema = json.loads(result.out)
    assert schema["properties"]["id"]["type"] == "string"
    fact = next(v for k, v in schema["$defs"].items() if k.startswith("Fact_"))
    assert len(fact["anyOf"]) == 3


def test_the_shipped_data_is_found_from_any_working_folder(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """`planner assess koto` run outside the clone uses the clone's wards/, rules/ and models/."""
    from planner.profiles.load import default_data_dir

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PLANNER_DATA", raising=False)
    assert default_data_dir().resolve() == ROOT.resolve()
    result = cli("assess", "koto")
    assert result.code == 0 and "江東区" in result.out, result.err
