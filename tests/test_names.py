"""Names and identities: a municipality's code and kanji name agree with 総務省's table, names hold nothing a reader
cannot see, and `planner init` writes a profile only where later commands can still read everything."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from planner.profiles.municipalities import CODE_OF, TOKYO, check_digit, identity_problem, kind_of
from planner.safe import md, terminal

HIDDEN = ["\u200b", "\u200d", "\u200e", "\u2060", "\u2063", "\ufeff", "\u202e", "\u2066", "\u00ad", "\u3164", "\x1b"]


def test_the_table_holds_tokyos_62_municipalities_by_kind() -> None:
    kinds = [kind_of(name) for name in TOKYO.values()]
    assert len(TOKYO) == len(CODE_OF) == 62
    assert {k: kinds.count(k) for k in set(kinds)} == {"ward": 23, "city": 26, "town": 5, "village": 8}
    assert [c for c in TOKYO if kind_of(TOKYO[c]) == "ward"] == [str(c) for c in range(13101, 13124)]
    assert TOKYO["13421"] == "小笠原村" and TOKYO["13308"] == "奥多摩町"


def test_check_digits_follow_the_mod_11_rule() -> None:
    # 131016 千代田区, 131083 江東区, 131211 足立区 (a remainder of 0 gives 1), 132012 八王子市
    assert [check_digit(c) for c in ("13101", "13108", "13121", "13201")] == [6, 3, 1, 2]


def test_the_registrys_list_of_municipalities_is_the_official_table() -> None:
    from planner.rulebook.library import load_library
    from tests.conftest import ROOT

    registry = load_library(ROOT).book.registry
    assert registry is not None and registry.municipalities == CODE_OF


@pytest.mark.parametrize(
    "code, name, kind, part",
    [
        ("13108", "新宿区", "ward", "code"),
        ("13999", "江東区", "ward", "name"),
        ("13999", "江東区（平成26年の再構成）", "ward", "name"),
        ("13108", "江東区", "city", "kind"),
    ],
)
def test_a_code_name_and_kind_of_two_municipalities_disagree(code: str, name: str, kind: str, part: str) -> None:
    wrong = identity_problem(code, name, kind)
    assert wrong is not None and wrong[0] == part


@pytest.mark.parametrize(
    "code, name, kind",
    [("13108", "江東区", "ward"), ("13104", "新宿区（平成26年3月の再構成）", "ward"), ("13999", "試験区", "city")],
)
def test_one_municipality_a_qualified_name_or_one_tokyo_does_not_have_agree(code: str, name: str, kind: str) -> None:
    assert identity_problem(code, name, kind) is None


def test_validate_refuses_a_profile_whose_code_is_another_municipalitys_at_its_line(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    path = data / "wards" / "shinjuku.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('code: "13104"', 'code: "13108"', 1), encoding="utf-8")
    result = cli("--data", str(data), "--lang", "en", "validate", str(path))
    assert result.code == 1
    assert re.search(
        r"shinjuku\.yaml:3:7: code 13108 is 江東区's, and the name is another \(check .*総務省", result.err
    )


@pytest.mark.parametrize("char", HIDDEN, ids=[f"U+{ord(c):04X}" for c in HIDDEN])
@pytest.mark.parametrize("key", ["ja", "en"])
def test_a_hidden_character_in_a_profiles_name_is_refused_at_its_line_and_never_printed(
    cli, data: Path, char: str, key: str
) -> None:  # type: ignore[no-untyped-def]
    path = data / "wards" / "koto.yaml"
    escaped = f"\\u{ord(char):04x}"
    name = f'"江東{escaped}区"' if key == "ja" else f'"Ko{escaped}to"'
    old = "name: {ja: 江東区, en: Koto}"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(old, old.replace("江東区" if key == "ja" else "Koto", name)), encoding="utf-8")
    commands = [["validate"], ["assess", "koto"], ["wards", "list"]] if char == "\u200b" else [["validate"]]
    for args in commands:
        result = cli("--data", str(data), "--lang", "en", *args)
        assert result.code in (1, 3), (args, result.err)
        assert "koto.yaml:4:" in result.err and f"name.{key}:" in result.err and f"U+{ord(char):04X}" in result.err
        assert char not in result.out + result.err


@pytest.mark.parametrize("char", HIDDEN, ids=[f"U+{ord(c):04X}" for c in HIDDEN])
def test_text_for_a_terminal_or_markdown_shows_a_hidden_character_as_a_code(char: str) -> None:
    assert char not in terminal(f"江東{char}区") and char not in md(f"江東{char}区")


def test_a_ward_asked_for_with_a_hidden_character_is_unknown_and_not_printed_raw(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("assess", "江東\u200b区")
    assert result.code == 2 and "\u200b" not in result.err and "\\u200b" in result.err, result.err


# --- planner init -------------------------------------------------------------------------------------------

IDENTITY = ["--code", "13999", "--name", "新町", "--kind", "town", "--area", "nishi-tama", "--describes", "2026-11"]


def init(cli, data: Path, ward: str, *options: str):  # type: ignore[no-untyped-def]
    return cli("--data", str(data), "--lang", "en", "init", ward, *options)


def option(options: list[str], name: str, value: str) -> list[str]:
    out = list(options)
    out[out.index(name) + 1] = value
    return out


@pytest.mark.parametrize(
    "code, name, kind, words",
    [
        ("13108", "新宿区", "ward", "code 13108 is 江東区's"),
        ("13104", "江東区", "ward", "code 13104 is 新宿区's"),
        ("13108", "江東区", "city", "江東区 is a ward"),
        ("13999", "奥多摩町", "town", "奥多摩町's code is 13308"),
    ],
)
def test_init_refuses_another_municipalitys_code_or_name_before_writing(
    cli, data: Path, code: str, name: str, kind: str, words: str
) -> None:  # type: ignore[no-untyped-def]
    options = option(option(option(IDENTITY, "--code", code), "--name", name), "--kind", kind)
    result = init(cli, data, "newplace", *options)
    assert result.code == 2 and words in result.err and "総務省" in result.err, result.err
    assert not (data / "wards" / "newplace.yaml").exists()


def test_init_names_the_five_digits_when_given_the_code_with_its_check_digit(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    result = init(cli, data, "koto2", *option(IDENTITY, "--code", "131083"))
    assert result.code == 2 and "give the five digits, 13108" in result.err, result.err


def test_init_refuses_a_second_profile_of_a_municipality_the_data_folder_has(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    options = ["--code", "13108", "--name", "江東区", "--kind", "ward", "--area", "ku-tobu"]
    result = init(cli, data, "koto-2026", *options)
    assert result.code == 2 and "koto.yaml already describes 13108" in result.err, result.err
    assert not (data / "wards" / "koto-2026.yaml").exists()
    assert cli("--data", str(data), "assess", "13108").code == 0, "the code still names one profile"
    elsewhere = data.parent / "koto-2026.yaml"  # outside wards/, a fresh profile of 江東区 is no clash
    assert init(cli, data, "koto-2026", *options, "--out", str(elsewhere)).code == 0 and elsewhere.exists()


@pytest.mark.parametrize("folder", ["rules", "models", "rules-link"])
def test_init_never_writes_where_later_commands_would_read_it_as_rules_or_a_model(cli, data: Path, folder: str) -> None:  # type: ignore[no-untyped-def]
    if folder == "rules-link":  # a link that leads into rules/ is rules/
        (data.parent / "rules-link").symlink_to(data / "rules")
        target = data.parent / "rules-link" / "shinmachi.yaml"
    else:
        target = data / folder / "shinmachi.yaml"
    result = init(cli, data, "shinmachi", *IDENTITY, "--out", str(target))
    assert result.code == 4 and "refusing to write into an input folder" in result.err, result.err
    assert not target.exists() and cli("--data", str(data), "rules", "lint").code == 0


def test_init_into_wards_writes_the_file_named_after_the_id_only(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    result = init(cli, data, "shinmachi", *IDENTITY, "--out", str(data / "wards" / "other.yaml"))
    assert result.code == 2 and "is not ID.yaml for 'shinmachi'" in result.err, result.err
    assert not (data / "wards" / "other.yaml").exists() and cli("--data", str(data), "validate").code == 0
    assert init(cli, data, "shinmachi", *IDENTITY, "--out", str(data / "wards" / "shinmachi.yaml")).code == 0


NAMES = [
    "新\x1b[31m町",
    "新\x9b町",
    "新\x7f町",
    "新町\n# injected: true",
    "新\r町",
    "新\u200b町",
    "新\u202e町",
    "\ufeff新町",
]


@pytest.mark.parametrize("value", NAMES, ids=repr)
@pytest.mark.parametrize("which", ["--name", "--name-en"])
def test_init_refuses_a_name_with_a_control_or_hidden_character_before_naming_a_file(
    cli, data: Path, value: str, which: str
) -> None:  # type: ignore[no-untyped-def]
    result = init(cli, data, "shinmachi", *IDENTITY, which, value)
    bad = next(c for c in value if c not in "新町# injected:tru")
    assert result.code == 2, result.err
    assert f"U+{ord(bad):04X}" in result.err and bad not in result.err[:-1], "named by its code, never printed"
    assert "shinmachi.yaml" not in result.err and not (data / "wards" / "shinmachi.yaml").exists()


LOOKALIKES = {"compatibility ideograph": ("江東\ufa19区", "江東神区"), "separate voicing mark": ("か\u3099区", "が区")}


@pytest.mark.parametrize("case", sorted(LOOKALIKES))
def test_a_name_written_with_lookalike_characters_is_refused_and_its_ordinary_form_named(
    cli, data: Path, case: str
) -> None:  # type: ignore[no-untyped-def]
    odd, ordinary = LOOKALIKES[case]
    path = data / "wards" / "koto.yaml"
    text = path.read_text(encoding="utf-8").replace('code: "13108"', 'code: "13999"', 1)
    path.write_text(text.replace("name: {ja: 江東区", f"name: {{ja: {odd}", 1), encoding="utf-8")
    result = cli("--data", str(data), "--lang", "en", "validate", str(path))
    assert result.code == 1 and "koto.yaml:4:12: name.ja:" in result.err and f"'{ordinary}'" in result.err
    made = init(cli, data, "lookalike", *option(IDENTITY, "--name", odd))
    assert made.code == 2 and f"'{ordinary}'" in made.err and not (data / "wards" / "lookalike.yaml").exists()


def test_a_hidden_character_in_a_bodys_dated_name_is_refused_by_lint_at_its_line(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    path = data / "rules" / "wording.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("      ja: 東京都福祉局\n", '      ja: "東京都\\u200b福祉局"\n', 1), encoding="utf-8")
    result = cli("--data", str(data), "--lang", "en", "rules", "lint")
    assert result.code == 1 and re.search(r"wording\.yaml:29:11: names\.tokyo_bureau\.1\.ja: .*\(U\+200B\)", result.err)
