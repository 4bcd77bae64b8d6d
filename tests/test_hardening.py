"""A catalogue of bad input, run through every command that reads it.

Each case asserts the README's exit code (1 findings from validate/lint, 2 usage, 3 bad input file,
4 output), a message on stderr naming the file (and line:col when the file's content is at fault),
no traceback, nothing on stdout when assess/explain fail, and no output file left behind.
test_profiles.py checks what load_profile says about a bad profile; this file checks that every
command says it the same way.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import MINIMAL, ROOT, first_fast

LOCATED = re.compile(r"\S+:\d+:\d+: ")
JA_HEAD = {
    1: "問題が見つかりました",
    2: "コマンドの指定に誤りがあります",
    3: "入力ファイルに誤りがあります",
    4: "出力を書き込めません",
}
BASE = MINIMAL.format(id="testward")


def located_line(err: str, path: Path | str) -> str | None:
    """The first stderr line that names path with a line:col."""
    pat = re.compile(re.escape(str(path)) + r":\d+:\d+: ")
    return next((line for line in err.splitlines() if pat.search(line)), None)


def no_stray_files(folder: Path, allowed: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
    return sorted(p.name for p in folder.iterdir() if p.name not in allowed)


# --------------------------------------------------------------------------------------------------
# The catalogue of bad file content. Used for profiles, rule packs and model files alike, each time
# spliced into a document that is otherwise valid for that kind of file.
# --------------------------------------------------------------------------------------------------


def alias_bomb() -> str:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    return "\n".join(lines) + "\n"


def deep_mapping(levels: int = 80) -> str:
    text = ""
    for i in range(levels):
        text += "  " * i + f"k{i}:\n"
    return text + "  " * levels + "x: 1\n"


def oversized(valid: str) -> str:
    return valid + "description_padding: >-\n" + ("  " + "x" * 100 + "\n") * 11_000


GENERIC: dict[str, Callable[[str], bytes]] = {
    # syntax
    "yaml-syntax-error": lambda v: (v + "broken: [unclosed\n").encode(),
    "unclosed-quote": lambda v: (v + 'broken: "no end\n').encode(),
    "tab-indent": lambda v: (v + "extra:\n\tkey: 1\n").encode(),
    "multiple-documents": lambda v: (v + "---\n" + v).encode(),
    # shape
    "top-level-list": lambda v: b"- a\n- b\n",
    "top-level-scalar": lambda v: b"just some words\n",
    "top-level-number": lambda v: b"42\n",
    "empty": lambda v: b"",
    "whitespace-only": lambda v: b"\n   \n\n",
    "comment-only": lambda v: b"# only a comment\n# and another\n",
    "bom-then-comment": lambda v: "\ufeff# comment\n".encode(),
    "duplicate-top-key": lambda v: (v + v.splitlines()[0] + "\n").encode(),
    "unknown-top-key": lambda v: (v + "colour: blue\n").encode(),
    "non-string-key": lambda v: (v + "[a, b]: 1\n").encode(),
    "merge-key": lambda v: (v + "base: &b {x: 1}\nother:\n  <<: *b\n").encode(),
    # hostile
    "alias-bomb": lambda v: alias_bomb().encode(),
    "recursive-alias": lambda v: b"a: &a [*a]\n",
    "deep-flow-nesting": lambda v: (v + "deep: " + "[" * 200 + "]" * 200 + "\n").encode(),
    "very-deep-flow-nesting": lambda v: (v + "deep: " + "[" * 5000 + "]" * 5000 + "\n").encode(),
    "deep-block-nesting": lambda v: (v + deep_mapping()).encode(),
    "oversized": lambda v: oversized(v).encode(),
    "python-object-tag": lambda v: (v + "x: !!python/object/apply:os.system [echo pwned]\n").encode(),
    "python-name-tag": lambda v: (v + "x: !!python/name:os.system\n").encode(),
    "custom-tag": lambda v: (v + "x: !custom {a: 1}\n").encode(),
    "set-tag": lambda v: (v + "x: !!set {a, b}\n").encode(),
    "binary-tag": lambda v: (v + "x: !!binary aGVsbG8=\n").encode(),
    "bool-tag-bad-value": lambda v: (v + "x: !!bool maybe\n").encode(),
    "bool-tag-empty": lambda v: (v + "x: !!bool\n").encode(),
    "int-tag-empty": lambda v: (v + "x: !!int\n").encode(),
    "float-tag-empty": lambda v: (v + "x: !!float\n").encode(),
    "nan": lambda v: (v + "x: .nan\n").encode(),
    "infinity": lambda v: (v + "x: -.inf\n").encode(),
    # encodings and bytes
    "binary-garbage": lambda v: bytes(range(256)) * 4,
    "nul-byte": lambda v: (v + "x: a\x00b\n").encode(),
    "shift-jis": lambda v: (v + "note: 江東区の医療的ケア児\n").encode("cp932"),
    "utf-16-bom": lambda v: v.encode("utf-16"),
    "utf-16-be-no-bom": lambda v: v.encode("utf-16-be"),
    "latin-1": lambda v: v.encode() + b"note: caf\xe9\n",
    "lone-surrogate-escape": lambda v: (v + 'note: "\\ud800"\n').encode(),
    "control-character": lambda v: (v + "note: a\x07b\n").encode(),
}

# Profile-specific content faults (wrong types, bad numbers, dates, shapes).
PROFILE_CASES: dict[str, bytes] = {name: make(BASE) for name, make in GENERIC.items()}
PROFILE_CASES.update(
    {
        "wrong-type-bool": (BASE + "coordinators:\n  placed: yes\n").encode(),
        "wrong-type-count-string": (BASE + 'children:\n  medical_care: "79"\n').encode(),
        "wrong-type-count-float": (BASE + "children:\n  medical_care: 7.5\n").encode(),
        "wrong-type-code-int": BASE.replace('code: "13999"', "code: 13999").encode(),
        "wrong-enum": (BASE + "specialists:\n  functioning: mostly\n").encode(),
        "unknown-area": BASE.replace("area: ku-tobu", "area: ku-nowhere").encode(),
        "unknown-nested-key": (BASE + "beds:\n  respite_bedz: 3\n").encode(),
        "unknown-section": (BASE + "hospitals:\n  count: 3\n").encode(),
        "misspelt-key": (BASE + "coordinators:\n  placd: true\n").encode(),
        "duplicate-nested-key": (BASE + "beds:\n  respite_child: 1\n  respite_child: 2\n").encode(),
        "negative-count": (BASE + "children:\n  medical_care: -3\n").encode(),
        "absurd-count": (BASE + "children:\n  medical_care: 999999999\n").encode(),
        "huge-integer": (BASE + "children:\n  medical_care: " + "9" * 40 + "\n").encode(),
        "very-long-integer": (BASE + "children:\n  medical_care: " + "9" * 5000 + "\n").encode(),
        "float-overflow": (BASE + "children:\n  medical_care: 1e400\n").encode(),
        "nan-count": (BASE + "children:\n  medical_care: .nan\n").encode(),
        "infinite-count": (BASE + "children:\n  medical_care: .inf\n").encode(),
        "invalid-date-month": (BASE + "children:\n  medical_care: {value: 3, as_of: 2023-13}\n").encode(),
        "invalid-date-day": (BASE + "children:\n  medical_care: {value: 3, as_of: 2023-02-30}\n").encode(),
        "invalid-date-words": (BASE + "children:\n  medical_care: {value: 3, as_of: last spring}\n").encode(),
        "invalid-describes": BASE.replace("describes: 2026-11", "describes: 2026-00").encode(),
        "year-out-of-range": BASE.replace("describes: 2026-11", "describes: 9999-01").encode(),
        "list-for-mapping": (BASE + "children: [1, 2]\n").encode(),
        "scalar-for-mapping": (BASE + "children: 3\n").encode(),
        "scalar-for-names": BASE.replace("name: {ja: 試験区, en: Testward}", "name: 試験区").encode(),
        "empty-values-list": (BASE + "children:\n  medical_care: {values: []}\n").encode(),
        "unlisted-source": (BASE + "children:\n  medical_care: {value: 3, source: nowhere}\n").encode(),
        "id-differs-from-file": MINIMAL.format(id="otherward").encode(),
        "missing-required-key": BASE.replace("kind: ward\n", "").encode(),
        "overlong-text": (BASE + "coordinators:\n  host: " + "x" * 600 + "\n").encode(),
        "lone-surrogate-in-text": (BASE + 'coordinators:\n  host: "\\ud800"\n').encode(),
    }
)


def _profile_commands() -> dict[str, tuple[list[str], int]]:
    """name -> (argv template with {p} for the profile, {o} for an output file, {w} for its data dir), exit code."""
    return {
        "validate": (["validate", "{p}"], 1),
        "assess": (["--data", str(ROOT), "assess", "{p}", "--lang", "en", "--format", "md"], 3),
        "assess-json-out": (
            ["--data", str(ROOT), "assess", "{p}", "--lang", "en", "--format", "json", "--out", "{o}"],
            3,
        ),
        "assess-html-out": (["--data", str(ROOT), "assess", "{p}", "--format", "html", "--out", "{o}"], 3),
        "explain": (["--data", str(ROOT), "explain", "{p}", "--lang", "en"], 3),
        "explain-rule": (["--data", str(ROOT), "explain", "{p}", "l4.no-coordinator", "--lang", "en"], 3),
        "wards-list": (["--data", "{w}", "wards", "list"], 3),
    }


PROFILE_COMMANDS = _profile_commands()


def _argv(template: list[str], **subs: str) -> list[str]:
    return [a.format(**subs) if "{" in a else a for a in template]


@pytest.mark.parametrize("command", first_fast(list(PROFILE_COMMANDS)))
@pytest.mark.parametrize("case", list(PROFILE_CASES))
def test_bad_profile_content_is_reported_by_every_command(cli, tmp_path: Path, case: str, command: str) -> None:  # type: ignore[no-untyped-def]
    wards = tmp_path / "w" / "wards"
    wards.mkdir(parents=True)
    profile = wards / "testward.yaml"
    profile.write_bytes(PROFILE_CASES[case])
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "plan.out"
    template, code = PROFILE_COMMANDS[command]
    result = cli(*_argv(template, p=str(profile), o=str(out), w=str(tmp_path / "w")))
    assert result.code == code, (result.code, result.err)
    assert located_line(result.err, profile), f"no {profile}:line:col: in stderr:\n{result.err}"
    if command != "validate":
        assert result.out == "", result.out
    assert no_stray_files(out_dir) == [], "output folder must stay empty"
    assert profile.read_bytes() == PROFILE_CASES[case], "the input was modified"


def test_control_the_base_profile_is_valid(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Every case above is BASE plus one fault: BASE itself must pass through every command."""
    wards = tmp_path / "w" / "wards"
    wards.mkdir(parents=True)
    profile = wards / "testward.yaml"
    profile.write_text(BASE, encoding="utf-8")
    for name, (template, _) in PROFILE_COMMANDS.items():
        out = tmp_path / f"{name}.out"
        result = cli(*_argv(template, p=str(profile), o=str(out), w=str(tmp_path / "w")))
        assert result.code == 0, (name, result.err)


def test_nul_byte_is_located_where_it_is(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "testward.yaml"
    path.write_bytes((BASE + "note: a\x00b\n").encode())
    result = cli("validate", str(path))
    nul_line = BASE.count("\n") + 1
    assert result.code == 1
    assert re.search(re.escape(str(path)) + rf":{nul_line}:\d+: ", result.err), result.err


def test_every_problem_of_a_profile_is_reported_at_once_by_assess_and_wards_list(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wards = tmp_path / "w" / "wards"
    wards.mkdir(parents=True)
    profile = wards / "testward.yaml"
    profile.write_text(
        BASE + "beds:\n  respite_bedz: 3\ncoordinators:\n  placed: 2\nchildren:\n  medical_care: -1\n", encoding="utf-8"
    )
    other = wards / "otherward.yaml"
    other.write_text(MINIMAL.format(id="otherward") + "council:\n  exists: maybe\n", encoding="utf-8")
    for args, code, expected in (
        (["--data", str(ROOT), "assess", str(profile), "--lang", "en"], 3, 3),
        (["--data", str(ROOT), "explain", str(profile), "--lang", "en"], 3, 3),
        (["validate", str(profile)], 1, 3),
        (["validate", str(wards)], 1, 4),
        (["--data", str(tmp_path / "w"), "wards", "list"], 3, 4),
    ):
        result = cli(*args)
        assert result.code == code, (args, result.err)
        lines = [line for line in result.err.splitlines() if LOCATED.match(line)]
        assert len(lines) == expected, (args, result.err)


# --------------------------------------------------------------------------------------------------
# Missing, unreadable and directory paths
# --------------------------------------------------------------------------------------------------


def _bad_path(kind: str, tmp_path: Path) -> Path:
    if kind == "missing":
        return tmp_path / "nothing.yaml"
    if kind == "missing-folder":
        return tmp_path / "no" / "such" / "testward.yaml"
    if kind == "directory":
        path = tmp_path / "folder.yaml"
        path.mkdir()
        return path
    if kind == "parent-is-a-file":
        (tmp_path / "afile.yaml").write_text(BASE, encoding="utf-8")
        return tmp_path / "afile.yaml" / "testward.yaml"
    if kind == "broken-symlink":
        path = tmp_path / "testward.yaml"
        path.symlink_to(tmp_path / "gone.yaml")
        return path
    if kind == "unreadable-io-error":  # works as root too: reading /proc/self/mem at 0 fails with EIO
        if not Path("/proc/self/mem").exists():
            pytest.skip("needs /proc")
        path = tmp_path / "testward.yaml"
        path.symlink_to("/proc/self/mem")
        return path
    if kind == "unreadable-chmod":
        if os.geteuid() == 0:
            pytest.skip("root reads files whatever their mode")
        path = tmp_path / "testward.yaml"
        path.write_text(BASE, encoding="utf-8")
        path.chmod(0)
        return path
    raise AssertionError(kind)


PATH_KINDS = [
    "missing",
    "missing-folder",
    "directory",
    "parent-is-a-file",
    "broken-symlink",
    "unreadable-io-error",
    "unreadable-chmod",
]


@pytest.mark.parametrize("kind", PATH_KINDS)
def test_validate_names_a_path_it_cannot_read(cli, tmp_path: Path, kind: str) -> None:  # type: ignore[no-untyped-def]
    path = _bad_path(kind, tmp_path)
    result = cli("validate", str(path))
    assert result.code == 1, result.err
    assert str(path) in result.err, result.err
    assert not result.out


@pytest.mark.parametrize("command", ["assess", "explain"])
@pytest.mark.parametrize("kind", PATH_KINDS)
def test_assess_and_explain_refuse_a_path_they_cannot_read(cli, tmp_path: Path, kind: str, command: str) -> None:  # type: ignore[no-untyped-def]
    path = _bad_path(kind, tmp_path)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    args = ["--data", str(ROOT), command, str(path), "--lang", "en"]
    if command == "assess":
        args += ["--out", str(out_dir / "plan.txt")]
    result = cli(*args)
    # an unknown path is a bad command line (2); a file that exists but cannot be read is bad input (3)
    expected = {2} if kind in ("missing", "missing-folder", "directory", "parent-is-a-file", "broken-symlink") else {3}
    assert result.code in expected, (result.code, result.err)
    assert str(path) in result.err, result.err
    assert result.out == ""
    assert no_stray_files(out_dir) == []


@pytest.mark.parametrize("kind", ["directory-named-yaml", "broken-symlink", "unreadable-io-error", "unreadable-chmod"])
def test_wards_list_names_an_unreadable_entry_of_wards(cli, tmp_path: Path, kind: str) -> None:  # type: ignore[no-untyped-def]
    wards = tmp_path / "w" / "wards"
    wards.mkdir(parents=True)
    (wards / "okward.yaml").write_text(MINIMAL.format(id="okward"), encoding="utf-8")
    bad = wards / "testward.yaml"
    if kind == "directory-named-yaml":
        bad.mkdir()
    elif kind == "broken-symlink":
        bad.symlink_to(wards / "gone.yaml")
    elif kind == "unreadable-io-error":
        bad.symlink_to("/proc/self/mem")
    else:
        if os.geteuid() == 0:
            pytest.skip("root reads files whatever their mode")
        bad.write_text(BASE, encoding="utf-8")
        bad.chmod(0)
    result = cli("--data", str(tmp_path / "w"), "wards", "list")
    assert result.code == 3, result.err
    assert str(bad) in result.err
    result = cli("validate", str(tmp_path / "w"))
    assert result.code == 1, result.err
    assert str(bad) in result.err


@pytest.mark.parametrize(
    "args",
    [
        ["--data", "{t}/nowhere", "wards", "list"],
        ["--data", "{t}/nowhere", "assess", "koto"],
        ["--data", "{t}/nowhere", "rules", "list"],
        ["--data", "{t}/nowhere", "rules", "lint"],
        ["--data", "{t}/afile", "wards", "list"],
        ["--data", "{t}/afile", "rules", "show", "l4.no-coordinator"],
    ],
)
def test_a_data_folder_that_is_not_there_is_reported(cli, tmp_path: Path, args: list[str]) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "afile").write_text("not a folder\n")
    result = cli(*[a.format(t=tmp_path) for a in args])
    assert result.code in (2, 3), (result.code, result.err)
    assert "nowhere" in result.err or "afile" in result.err, result.err
    assert result.out == ""


# --------------------------------------------------------------------------------------------------
# Bad command lines (exit 2)
# --------------------------------------------------------------------------------------------------

USAGE = {
    "unknown-ward": ["assess", "nosuchward"],
    "misspelt-ward": ["assess", "kotoo"],
    "unknown-code": ["assess", "13999"],
    "unknown-kanji": ["assess", "東京都"],
    "path-like-ward": ["assess", "../koto"],
    "ward-with-nul": ["assess", "ko\x00to"],
    "very-long-ward": ["assess", "k" * 5000],
    "explain-unknown-ward": ["explain", "nosuchward"],
    "explain-unknown-rule": ["explain", "koto", "l4.no-coordinatr"],
    "rules-show-unknown": ["rules", "show", "no.such-rule"],
    "unknown-format": ["assess", "koto", "--format", "pdf"],
    "explain-unknown-format": ["explain", "koto", "--format", "xml"],
    "unknown-language": ["assess", "koto", "--lang", "fr"],
    "explain-unknown-language": ["explain", "koto", "--lang", "fr"],
    "rules-list-unknown-language": ["rules", "list", "--lang", "fr"],
    "unknown-model": ["assess", "koto", "--model", "nosuch-model"],
    "unknown-area-wards-list": ["wards", "list", "--area", "ku-nowhere"],
    "unknown-area-batch": ["assess", "--area", "ku-nowhere", "--out-dir", "{t}"],
    "bad-as-of": ["assess", "koto", "--as-of", "2023-13"],
    "bad-as-of-words": ["assess", "koto", "--as-of", "yesterday"],
    "bad-start-month": ["assess", "koto", "--start", "2027"],
    "explain-bad-as-of": ["explain", "koto", "--as-of", "2023-02-30"],
    "wards-list-bad-as-of": ["wards", "list", "--as-of", "2023-13"],
    "all-without-out-dir": ["assess", "--all"],
    "ward-and-all": ["assess", "koto", "--all", "--out-dir", "{t}"],
    "no-ward": ["assess"],
    "unknown-option": ["assess", "koto", "--colour"],
    "unknown-command": ["plan", "koto"],
    "unknown-subcommand": ["rules", "delete"],
    "set-without-equals": ["assess", "koto", "--set", "coordinators.placed"],
    "set-unknown-field": ["assess", "koto", "--set", "coordinators.plaed=true"],
    "set-unknown-section": ["assess", "koto", "--set", "hospitals.count=3"],
    "set-empty-field": ["assess", "koto", "--set", "=3"],
    "set-bad-bool": ["assess", "koto", "--set", "coordinators.placed=maybe"],
    "set-negative-count": ["assess", "koto", "--set", "beds.respite_child=-1"],
    "set-fraction": ["assess", "koto", "--set", "beds.respite_child=1.5"],
    "set-huge-count": ["assess", "koto", "--set", "beds.respite_child=99999999999999999999"],
    "set-very-long-count": ["assess", "koto", "--set", "beds.respite_child=" + "9" * 5000],
    "set-superscript-digit": ["assess", "koto", "--set", "beds.respite_child=²"],
    "set-nan": ["assess", "koto", "--set", "beds.respite_child=nan"],
    "set-empty-count": ["assess", "koto", "--set", "beds.respite_child="],
    "set-bad-enum": ["assess", "koto", "--set", "specialists.functioning=mostly"],
    "set-empty-text": ["assess", "koto", "--set", "coordinators.host="],
    "set-year-too-early": ["assess", "koto", "--set", "consultation_body.established_fy=1"],
    "explain-set-unknown-field": ["explain", "koto", "--set", "nosuch=1"],
    "batch-set-unknown-field": ["assess", "--all", "--out-dir", "{t}", "--set", "nosuch=1"],
}


@pytest.mark.parametrize("case", list(USAGE))
def test_bad_command_line_exits_2(cli, tmp_path: Path, case: str) -> None:  # type: ignore[no-untyped-def]
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    args = [a.format(t=out_dir) for a in USAGE[case]]
    if args[0] == "assess" and "--all" not in args and "--area" not in args and "--out" not in args:
        args += ["--out", str(out_dir / "plan.txt")]
    result = cli("--data", str(ROOT), *args)
    assert result.code == 2, (result.code, result.err)
    assert result.err.strip(), "a usage error must say what is wrong"
    assert result.out == ""
    assert no_stray_files(out_dir) == []


@pytest.mark.parametrize(
    "item",
    [
        "coordinators.placed=true",
        "beds.respite_child=4",
        "beds.respite_child=null",
        "specialists.functioning=few",
        "coordinators.host=区役所",
        "children.medical_care=0",
    ],
)
def test_control_well_formed_set_is_accepted(cli, item: str) -> None:  # type: ignore[no-untyped-def]
    result = cli("--data", str(ROOT), "assess", "koto", "--lang", "en", "--format", "json", "--set", item)
    assert result.code == 0, result.err


def test_usage_error_names_the_closest_ward(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("--data", str(ROOT), "assess", "kotoo", "--lang", "en")
    assert result.code == 2 and "did you mean 'koto'?" in result.err


# --------------------------------------------------------------------------------------------------
# Outputs that cannot be written (exit 4)
# --------------------------------------------------------------------------------------------------


def _out_target(kind: str, tmp_path: Path) -> Path:
    if kind == "missing-folder":
        return tmp_path / "missing" / "plan.md"
    if kind == "parent-is-a-file":
        (tmp_path / "afile").write_text("x\n")
        return tmp_path / "afile" / "plan.md"
    if kind == "dev-null-parent":
        return Path("/dev/null/plan.md")
    if kind == "is-a-directory":
        (tmp_path / "adir").mkdir()
        return tmp_path / "adir"
    if kind == "read-only-filesystem":  # /proc refuses new files even to root
        return Path("/proc/planner-test-plan.md")
    if kind == "read-only-folder":
        if os.geteuid() == 0:
            pytest.skip("root writes into read-only folders")
        folder = tmp_path / "ro"
        folder.mkdir()
        folder.chmod(0o555)
        return folder / "plan.md"
    raise AssertionError(kind)


OUT_KINDS = [
    "missing-folder",
    "parent-is-a-file",
    "dev-null-parent",
    "is-a-directory",
    "read-only-filesystem",
    "read-only-folder",
]


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize("kind", OUT_KINDS)
def test_assess_out_that_cannot_be_written_exits_4(cli, tmp_path: Path, kind: str, fmt: str) -> None:  # type: ignore[no-untyped-def]
    target = _out_target(kind, tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    result = cli("--data", str(ROOT), "assess", "koto", "--format", fmt, "--out", str(target))
    assert result.code == 4, (result.code, result.err)
    assert str(target) in result.err
    assert result.out == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert not (target.parent.is_dir() and any(p.name.startswith(f".{target.name}") for p in target.parent.iterdir()))


@pytest.mark.parametrize("kind", OUT_KINDS)
def test_schema_out_that_cannot_be_written_exits_4(cli, tmp_path: Path, kind: str) -> None:  # type: ignore[no-untyped-def]
    target = _out_target(kind, tmp_path)
    result = cli("schema", "--out", str(target))
    assert result.code == 4, (result.code, result.err)
    assert str(target) in result.err
    assert result.out == ""


@pytest.mark.parametrize("kind", ["under-a-file", "a-file", "dev-null", "proc"])
def test_batch_out_dir_that_cannot_be_written_exits_4(cli, tmp_path: Path, kind: str) -> None:  # type: ignore[no-untyped-def]
    target = {
        "under-a-file": tmp_path / "afile" / "plans",
        "a-file": tmp_path / "afile",
        "dev-null": Path("/dev/null"),
        "proc": Path("/proc"),
    }[kind]
    (tmp_path / "afile").write_text("x\n")
    result = cli("--data", str(ROOT), "assess", "--area", "ku-tobu", "--format", "md", "--out-dir", str(target))
    assert result.code == 4, (result.code, result.err)
    assert str(target) in result.err
    assert (tmp_path / "afile").read_text() == "x\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile"]


def test_a_failed_assess_leaves_an_existing_output_untouched(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "plan.md"
    out.write_text("previous plan\n")
    bad = tmp_path / "testward.yaml"
    bad.write_text(BASE + "children: [1]\n", encoding="utf-8")
    for args in (
        ["assess", str(bad)],
        ["assess", "koto", "--set", "x=1"],
        ["assess", "nosuchward"],
        ["assess", "koto", "--format", "pdf"],
    ):
        result = cli("--data", str(ROOT), *args, "--out", str(out))
        assert result.code in (2, 3), result.err
        assert out.read_text() == "previous plan\n"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.md", "testward.yaml"]


# --------------------------------------------------------------------------------------------------
# --out pointing into the inputs (exit 4, inputs unchanged)
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "target",
    [
        "wards/koto.yaml",
        "wards/new-plan.md",
        "rules/report-2014.yaml",
        "rules/report-2014.txt",
        "models/roles.yaml",
        "wards",
    ],
)
def test_assess_refuses_to_write_over_its_inputs(cli, data: Path, target: str) -> None:  # type: ignore[no-untyped-def]
    path = data / target
    before = path.read_bytes() if path.is_file() else None
    listing = sorted(p.name for p in (data / target.split("/")[0]).iterdir())
    result = cli("--data", str(data), "assess", "koto", "--format", "md", "--out", str(path))
    assert result.code == 4, (result.code, result.err)
    assert str(path) in result.err
    if before is not None:
        assert path.read_bytes() == before
    assert sorted(p.name for p in (data / target.split("/")[0]).iterdir()) == listing


@pytest.mark.parametrize("target", ["wards/koto.yaml", "rules/actions.yaml", "models/new.json"])
def test_schema_refuses_to_write_over_its_inputs(cli, data: Path, target: str) -> None:  # type: ignore[no-untyped-def]
    path = data / target
    before = path.read_bytes() if path.is_file() else None
    result = cli("--data", str(data), "schema", "--out", str(path))
    assert result.code == 4, (result.code, result.err)
    assert (path.read_bytes() if path.is_file() else None) == before


def test_assess_refuses_an_input_reached_through_a_relative_or_dotted_path(cli, data: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(data)
    before = (data / "wards" / "koto.yaml").read_bytes()
    for out in ("wards/koto.yaml", "./wards/../wards/koto.yaml", str(data / "models" / ".." / "wards" / "koto.yaml")):
        result = cli("--data", ".", "assess", "koto", "--out", out)
        assert result.code == 4, (out, result.err)
        assert (data / "wards" / "koto.yaml").read_bytes() == before


def test_assess_refuses_an_input_reached_through_a_symlink(cli, data: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    link = tmp_path / "link.md"
    link.symlink_to(data / "wards" / "koto.yaml")
    before = (data / "wards" / "koto.yaml").read_bytes()
    result = cli("--data", str(data), "assess", "koto", "--out", str(link))
    assert result.code == 4, result.err
    assert (data / "wards" / "koto.yaml").read_bytes() == before


def test_batch_refuses_an_input_folder_as_out_dir(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    listing = sorted(p.name for p in (data / "wards").iterdir())
    result = cli("--data", str(data), "assess", "--area", "ku-tobu", "--format", "md", "--out-dir", str(data / "wards"))
    assert result.code == 4, result.err
    assert sorted(p.name for p in (data / "wards").iterdir()) == listing


# --------------------------------------------------------------------------------------------------
# The same catalogue for rule files and model files (bad content in a private copy, --data <copy>)
# --------------------------------------------------------------------------------------------------

QUOTE = "在宅のプランをマネージメントをする人がいない"
EXTRA_PACK = f"""pack: extra
title: {{ja: 追加の規則, en: Extra rules}}
version: "1"
description: A pack added by the hardening tests.
rules:
  - id: x.extra-rule
    title: {{ja: 追加の規則, en: An extra rule}}
    lessons: [L4]
    evidence:
      - quote: {QUOTE}
        where: 小児総 (4)①
        kind: finding
    when: {{field: coordinators.placed, eq: false}}
    severity: 3
    actions: [place-coordinator]
"""
EXTRA_MODEL = """id: extra-model
title: {ja: 追加のモデル, en: Extra model}
description: {ja: 試験用, en: For tests}
figure: none
areas: []
centre: municipal-office
roles: [municipal-office, child-family]
links: [[municipal-office, child-family]]
"""
EXTRA_ACTION = """
  - id: {id}
    title: {{ja: 追加, en: Extra}}
    description: {{ja: 追加の施策, en: An extra action}}
    task: {task}
    lead: municipal-office
    after: {after}
    months: 2
    target: {{ja: 目標, en: a target}}
    basis: {{ja: 目標値の考え方, en: where it comes from}}
    kpi: {{indicator: {{ja: 指標, en: indicator}}, value: 1, unit: {{ja: 件, en: item}}}}
"""


def _rule(**changes: str) -> str:
    """EXTRA_PACK with lines of its rule replaced (key -> new 'key: value' text, '' to drop)."""
    lines = []
    for line in EXTRA_PACK.splitlines():
        stripped = line.strip().removeprefix("- ")
        key = stripped.split(":", 1)[0]
        indent = line[: len(line) - len(line.lstrip())]
        if key in changes and line.startswith("    ") and not line.startswith("      "):
            if changes[key]:
                lines.append(indent + changes[key])
            continue
        lines.append(line)
    return "\n".join(lines) + "\n"


RULE_CASES: dict[str, tuple[str, bytes]] = {
    name: ("rules/extra.yaml", make(EXTRA_PACK)) for name, make in GENERIC.items()
}
RULE_CASES.update(
    {
        "wrong-type-severity": ("rules/extra.yaml", _rule(severity='severity: "high"').encode()),
        "negative-severity": ("rules/extra.yaml", _rule(severity="severity: -1").encode()),
        "absurd-severity": ("rules/extra.yaml", _rule(severity="severity: 1000000000").encode()),
        "nan-severity": ("rules/extra.yaml", _rule(severity="severity: .nan").encode()),
        "infinite-gap-target": (
            "rules/extra.yaml",
            (EXTRA_PACK + "    gap: {field: coordinators.count, target: .inf}\n").encode(),
        ),
        "negative-gap-target": (
            "rules/extra.yaml",
            (EXTRA_PACK + "    gap: {field: coordinators.count, target: -2}\n").encode(),
        ),
        "invalid-date": ("rules/extra.yaml", (EXTRA_PACK + "    applies_from: 2024-02-30\n").encode()),
        "invalid-deadline": ("rules/extra.yaml", (EXTRA_PACK + "    deadline: someday\n").encode()),
        "unknown-rule-key": ("rules/extra.yaml", (EXTRA_PACK + "    colour: red\n").encode()),
        "misspelt-rule-key": ("rules/extra.yaml", _rule(severity="severty: 3").encode()),
        "duplicate-rule-key": ("rules/extra.yaml", (EXTRA_PACK + "    severity: 4\n").encode()),
        "list-for-mapping": ("rules/extra.yaml", _rule(title="title: [a, b]").encode()),
        "scalar-for-mapping": ("rules/extra.yaml", _rule(when="when: 3").encode()),
        "scalar-for-list": ("rules/extra.yaml", _rule(lessons="lessons: L4").encode()),
        "mapping-for-rules": (
            "rules/extra.yaml",
            EXTRA_PACK.replace("rules:\n", "rules:\n  x: 1\nignored:\n").encode(),
        ),
        "empty-rules": ("rules/extra.yaml", EXTRA_PACK.split("rules:")[0].encode() + b"rules: []\n"),
        "unknown-operator": ("rules/extra.yaml", _rule(when="when: {field: coordinators.placed, is: false}").encode()),
        "missing-lessons-yaml": ("rules/lessons.yaml", None),  # type: ignore[dict-item]
        "missing-actions-yaml": ("rules/actions.yaml", None),  # type: ignore[dict-item]
        "report-text-shift-jis": ("rules/report-2014.txt", "SJIS"),  # type: ignore[dict-item]
        "report-text-binary": ("rules/report-2014.txt", b"\x00\x01\x02\xff\xfe" * 100),
        "rule-file-is-a-directory": ("rules/extra.yaml", "DIR"),  # type: ignore[dict-item]
        "rule-file-broken-symlink": ("rules/extra.yaml", "SYMLINK"),  # type: ignore[dict-item]
    }
)

# Semantic errors: files that parse and validate, but do not fit together (lint finds them).
SEMANTIC_RULE_CASES: dict[str, tuple[str, bytes]] = {
    "unknown-field": ("rules/extra.yaml", _rule(when="when: {field: coordinators.placd, eq: false}").encode()),
    "unknown-gap-field": ("rules/extra.yaml", (EXTRA_PACK + "    gap: {field: beds.nosuch, target: 2}\n").encode()),
    "wrong-type-comparison": ("rules/extra.yaml", _rule(when="when: {field: coordinators.placed, gt: 3}").encode()),
    "unknown-action": ("rules/extra.yaml", _rule(actions="actions: [place-coordinater]").encode()),
    "quote-not-in-report": ("rules/extra.yaml", EXTRA_PACK.replace(QUOTE, "報告書のどこにもない言葉です").encode()),
    "lesson-L18": ("rules/extra.yaml", _rule(lessons="lessons: [L18]").encode()),
    "lesson-L0": ("rules/extra.yaml", _rule(lessons="lessons: [L0]").encode()),
    "duplicate-rule-id-across-packs": (
        "rules/extra.yaml",
        EXTRA_PACK.replace("x.extra-rule", "l4.no-coordinator").encode(),
    ),
    "duplicate-rule-id-in-pack": (
        "rules/extra.yaml",
        (EXTRA_PACK + "\n".join(EXTRA_PACK.split("rules:\n")[1].splitlines()) + "\n").encode(),
    ),
    "unknown-evidence-source": (
        "rules/extra.yaml",
        EXTRA_PACK.replace("        kind: finding", "        source: nowhere\n        kind: finding").encode(),
    ),
    "task-T7": ("rules/actions.yaml", EXTRA_ACTION.format(id="extra-action", task="T7", after="[]")),  # type: ignore[dict-item]
    "prerequisite-cycle": (
        "rules/actions.yaml",
        EXTRA_ACTION.format(id="cycle-a", task="T1", after="[cycle-b]")
        + EXTRA_ACTION.format(id="cycle-b", task="T1", after="[cycle-a]"),
    ),  # type: ignore[dict-item]
    "self-prerequisite": ("rules/actions.yaml", EXTRA_ACTION.format(id="cycle-a", task="T1", after="[cycle-a]")),  # type: ignore[dict-item]
    "unknown-prerequisite": (
        "rules/actions.yaml",
        EXTRA_ACTION.format(id="extra-action", task="T1", after="[nosuch-action]"),
    ),  # type: ignore[dict-item]
    "duplicate-action-id": ("rules/actions.yaml", EXTRA_ACTION.format(id="place-coordinator", task="T1", after="[]")),  # type: ignore[dict-item]
    "report-text-is-a-directory": ("rules/report-2014.txt", "DIR"),  # type: ignore[dict-item]
    "report-text-missing": ("rules/report-2014.txt", None),  # type: ignore[dict-item]
}
# Conflicts between two files: the message may point at either of them.
CROSS_FILE = {"duplicate-rule-id-across-packs", "area-claimed-twice"}

MODEL_CASES: dict[str, tuple[str, bytes]] = {
    name: ("models/extra.yaml", make(EXTRA_MODEL)) for name, make in GENERIC.items()
}
MODEL_CASES.update(
    {
        "wrong-type-roles": (
            "models/extra.yaml",
            EXTRA_MODEL.replace("roles: [municipal-office, child-family]", "roles: municipal-office").encode(),
        ),
        "unknown-model-key": ("models/extra.yaml", (EXTRA_MODEL + "colour: red\n").encode()),
        "misspelt-model-key": ("models/extra.yaml", EXTRA_MODEL.replace("centre:", "center:").encode()),
        "duplicate-model-key": ("models/extra.yaml", (EXTRA_MODEL + "figure: again\n").encode()),
        "list-for-mapping": (
            "models/extra.yaml",
            EXTRA_MODEL.replace("title: {ja: 追加のモデル, en: Extra model}", "title: [a, b]").encode(),
        ),
        "bad-link-shape": (
            "models/extra.yaml",
            EXTRA_MODEL.replace("links: [[municipal-office, child-family]]", "links: [[municipal-office]]").encode(),
        ),
        "roles-yaml-broken": ("models/roles.yaml", b"roles: [unclosed\n"),
        "missing-roles-yaml": ("models/roles.yaml", None),  # type: ignore[dict-item]
        "model-file-is-a-directory": ("models/extra.yaml", "DIR"),  # type: ignore[dict-item]
        "model-file-broken-symlink": ("models/extra.yaml", "SYMLINK"),  # type: ignore[dict-item]
    }
)
SEMANTIC_MODEL_CASES: dict[str, tuple[str, bytes]] = {
    "unknown-role": (
        "models/extra.yaml",
        EXTRA_MODEL.replace(
            "roles: [municipal-office, child-family]", "roles: [municipal-office, child-family, nosuch-role]"
        ).encode(),
    ),
    "centre-not-a-role": (
        "models/extra.yaml",
        EXTRA_MODEL.replace("centre: municipal-office", "centre: coordinator").encode(),
    ),
    "link-to-absent-role": (
        "models/extra.yaml",
        EXTRA_MODEL.replace(
            "links: [[municipal-office, child-family]]", "links: [[municipal-office, coordinator]]"
        ).encode(),
    ),
    "unknown-area": ("models/extra.yaml", EXTRA_MODEL.replace("areas: []", "areas: [ku-nowhere]").encode()),
    "area-claimed-twice": ("models/extra.yaml", EXTRA_MODEL.replace("areas: []", "areas: [ku-tobu]").encode()),
    "unknown-action-lead": (
        "rules/actions.yaml",
        EXTRA_ACTION.format(id="extra-action", task="T1", after="[]").replace(
            "lead: municipal-office", "lead: nosuch-role"
        ),
    ),  # type: ignore[dict-item]
}


def apply_case(data: Path, rel: str, content: bytes | str | None) -> Path:
    path = data / rel
    if content is None:
        path.unlink()
    elif content == "DIR":
        if path.exists():
            path.chmod(0o644)
            path.unlink()
        path.mkdir()
    elif content == "SYMLINK":
        path.symlink_to(data / "gone.yaml")
    elif content == "SJIS":
        text = path.read_text("utf-8")
        path.chmod(0o644)
        path.write_bytes(text.encode("shift_jis", "replace"))
    elif isinstance(content, str):  # appended to an existing file
        with path.open("a", encoding="utf-8") as fh:
            fh.write(content)
    else:
        if path.exists():
            path.chmod(0o644)
        path.write_bytes(content)
    return path


DATA_COMMANDS: dict[str, tuple[list[str], int, int]] = {
    # name -> (argv after --data D, exit code for a bad file, exit code for a semantic error)
    "assess": (["assess", "koto", "--lang", "en", "--format", "md"], 3, 3),
    "assess-html-out": (["assess", "koto", "--format", "html", "--out", "{o}"], 3, 3),
    "assess-batch": (["assess", "--area", "ku-tobu", "--format", "md", "--out-dir", "{d}"], 3, 3),
    "explain": (["explain", "koto", "--lang", "en"], 3, 3),
    "rules-list": (["rules", "list", "--lang", "en"], 3, 3),
    "rules-show": (["rules", "show", "l4.no-coordinator"], 3, 3),
    "rules-lint": (["rules", "lint"], 1, 1),  # like validate: lint's job is to find problems (README)
    "validate": (["validate"], 1, 1),
}


def _run_data_case(
    cli,
    tmp_path: Path,
    rel: str,
    content,
    command: str,
    semantic: bool,  # type: ignore[no-untyped-def]
    cross_file: bool = False,
) -> None:
    data = tmp_path / "data"
    for name in ("wards", "rules", "models"):
        shutil.copytree(ROOT / name, data / name)
    path = apply_case(data, rel, content)
    snapshot = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    template, code, semantic_code = DATA_COMMANDS[command]
    args = [a.format(o=out_dir / "plan.html", d=out_dir) for a in template]
    result = cli("--data", str(data), *args)
    assert result.code == (semantic_code if semantic else code), (result.code, result.err)
    if cross_file:
        assert re.search(re.escape(str(data)) + r"/\S+:\d+:\d+: ", result.err), result.err
    elif content not in (None, "DIR", "SYMLINK"):  # the fault is in the file's content: say where
        assert located_line(result.err, path), f"no {path}:line:col: in stderr:\n{result.err}"
    else:
        assert str(path) in result.err, result.err
    if command != "validate":
        assert result.out == "", result.out[:500]
    assert no_stray_files(out_dir) == []
    assert {p: p.read_bytes() for p in data.rglob("*") if p.is_file()} == snapshot, "an input was modified"


@pytest.mark.parametrize("command", first_fast(list(DATA_COMMANDS)))
@pytest.mark.parametrize("case", list(RULE_CASES))
def test_bad_rule_file_is_reported_by_every_command(cli, tmp_path: Path, case: str, command: str) -> None:  # type: ignore[no-untyped-def]
    rel, content = RULE_CASES[case]
    _run_data_case(cli, tmp_path, rel, content, command, semantic=False)


@pytest.mark.parametrize("command", first_fast(list(DATA_COMMANDS)))
@pytest.mark.parametrize("case", list(SEMANTIC_RULE_CASES))
def test_inconsistent_rule_book_is_reported_by_every_command(cli, tmp_path: Path, case: str, command: str) -> None:  # type: ignore[no-untyped-def]
    rel, content = SEMANTIC_RULE_CASES[case]
    _run_data_case(cli, tmp_path, rel, content, command, semantic=True, cross_file=case in CROSS_FILE)


@pytest.mark.parametrize("command", first_fast(list(DATA_COMMANDS)))
@pytest.mark.parametrize("case", list(MODEL_CASES))
def test_bad_model_file_is_reported_by_every_command(cli, tmp_path: Path, case: str, command: str) -> None:  # type: ignore[no-untyped-def]
    rel, content = MODEL_CASES[case]
    _run_data_case(cli, tmp_path, rel, content, command, semantic=False)


@pytest.mark.parametrize("command", first_fast(list(DATA_COMMANDS)))
@pytest.mark.parametrize("case", list(SEMANTIC_MODEL_CASES))
def test_inconsistent_models_are_reported_by_every_command(cli, tmp_path: Path, case: str, command: str) -> None:  # type: ignore[no-untyped-def]
    rel, content = SEMANTIC_MODEL_CASES[case]
    _run_data_case(cli, tmp_path, rel, content, command, semantic=True, cross_file=case in CROSS_FILE)


@pytest.mark.parametrize(
    "rel, content",
    [
        ("rules/extra.yaml", EXTRA_PACK.encode()),
        ("models/extra.yaml", EXTRA_MODEL.encode()),
        ("rules/actions.yaml", EXTRA_ACTION.format(id="extra-action", task="T1", after="[place-coordinator]")),
    ],
)
def test_control_the_base_rule_and_model_additions_are_valid(cli, tmp_path: Path, rel: str, content) -> None:  # type: ignore[no-untyped-def]
    """The catalogue splices faults into these; unchanged, every command must accept them."""
    data = tmp_path / "data"
    for name in ("wards", "rules", "models"):
        shutil.copytree(ROOT / name, data / name)
    apply_case(data, rel, content)
    (tmp_path / "out").mkdir()
    for command, (template, _, _) in DATA_COMMANDS.items():
        args = [a.format(o=tmp_path / "out" / f"{command}.html", d=tmp_path / "out") for a in template]
        result = cli("--data", str(data), *args)
        assert result.code == 0, (command, result.err)


def test_validate_reports_broken_profiles_rules_and_models_together(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    """One run, every problem: a broken rule file must not hide a broken model file, nor the reverse."""
    (data / "wards" / "koto.yaml").write_text(
        (ROOT / "wards" / "koto.yaml").read_text("utf-8") + "beds:\n  respite_bedz: 1\n", encoding="utf-8"
    )
    (data / "rules" / "extra.yaml").write_text(EXTRA_PACK + "    colour: red\n", encoding="utf-8")
    (data / "models" / "extra.yaml").write_text(EXTRA_MODEL + "colour: red\n", encoding="utf-8")
    result = cli("--data", str(data), "validate")
    assert result.code == 1, result.err
    for rel in ("wards/koto.yaml", "rules/extra.yaml", "models/extra.yaml"):
        assert located_line(result.err, data / rel), f"{rel} missing from:\n{result.err}"


def test_rules_lint_reports_rule_and_model_problems_together(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    (data / "rules" / "extra.yaml").write_text(_rule(lessons="lessons: [L18]"), encoding="utf-8")
    (data / "models" / "extra.yaml").write_text(
        EXTRA_MODEL.replace(
            "roles: [municipal-office, child-family]", "roles: [municipal-office, child-family, nosuch-role]"
        ),
        encoding="utf-8",
    )
    result = cli("--data", str(data), "rules", "lint")
    assert result.code == 1, result.err
    assert located_line(result.err, data / "rules" / "extra.yaml"), result.err
    assert located_line(result.err, data / "models" / "extra.yaml"), result.err


# --------------------------------------------------------------------------------------------------
# Messages in the user's language
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args, code",
    [
        (["assess", "{bad}", "--lang", "ja"], 3),
        (["assess", "{bad}"], 3),  # ja is assess's default language
        (["explain", "{bad}", "--lang", "ja"], 3),
        (["assess", "nosuchward", "--lang", "ja"], 2),
        (["assess", "koto", "--lang", "ja", "--format", "pdf"], 2),
        (["assess", "koto", "--lang", "ja", "--set", "nosuch=1"], 2),
        (["assess", "koto", "--lang", "ja", "--set", "coordinators.placed=maybe"], 2),
        (["assess", "koto", "--lang", "ja", "--as-of", "2023-13"], 2),
        (["explain", "koto", "no.such-rule", "--lang", "ja"], 2),
        (["assess", "koto", "--lang", "ja", "--out", "{t}/missing/plan.md"], 4),
        (["assess", "--all", "--lang", "ja", "--out-dir", "{t}/afile/plans"], 4),
        (["assess", "koto", "--lang", "ja", "--colour"], 2),
    ],
)
def test_errors_start_with_a_japanese_header_in_ja(cli, tmp_path: Path, args: list[str], code: int) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "testward.yaml"
    bad.write_text(BASE + "children: [1, 2]\n", encoding="utf-8")
    (tmp_path / "afile").write_text("x\n")
    result = cli("--data", str(ROOT), *[a.format(bad=bad, t=tmp_path) for a in args])
    assert result.code == code, result.err
    first = result.err.splitlines()[0] if result.err else ""
    assert first.startswith("エラー: ") and JA_HEAD[code] in first, result.err


@pytest.mark.parametrize("command", ["assess", "explain", "rules-list"])
def test_a_broken_rule_book_is_reported_with_a_japanese_header_in_ja(cli, data: Path, command: str) -> None:  # type: ignore[no-untyped-def]
    (data / "rules" / "extra.yaml").write_text("rules: [unclosed\n", encoding="utf-8")
    args = {
        "assess": ["assess", "koto", "--lang", "ja"],
        "explain": ["explain", "koto", "--lang", "ja"],
        "rules-list": ["rules", "list", "--lang", "ja"],
    }[command]
    result = cli("--data", str(data), *args)
    assert result.code == 3, result.err
    assert result.err.splitlines()[0].startswith("エラー: " + JA_HEAD[3]), result.err
    assert located_line(result.err, data / "rules" / "extra.yaml"), result.err


@pytest.mark.parametrize("args", [["assess", "nosuchward", "--lang", "en"], ["assess", "{bad}", "--lang", "en"]])
def test_errors_in_english_have_no_japanese_header(cli, tmp_path: Path, args: list[str]) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "testward.yaml"
    bad.write_text(BASE + "children: [1, 2]\n", encoding="utf-8")
    result = cli("--data", str(ROOT), *[a.format(bad=bad) for a in args])
    assert result.code in (2, 3)
    assert not result.err.startswith("エラー")


def test_the_real_interpreter_prints_no_traceback_for_a_bad_file(tmp_path: Path) -> None:
    """The same as the in-process cases, once through `python -m planner.cli` with real std streams."""
    import subprocess

    bad = tmp_path / "testward.yaml"
    bad.write_bytes(b"id: [unclosed\n")
    proc = subprocess.run(
        [sys.executable, "-m", "planner.cli", "assess", str(bad), "--lang", "en"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 3, proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stdout == ""
    assert located_line(proc.stderr, bad)


# --------------------------------------------------------------------------------------------------
# Input that crashes the YAML C extension: run in real processes, so a segfault fails the test instead of
# killing the test run.
# --------------------------------------------------------------------------------------------------

CRASHERS = {
    "unclosed-flow-sequences": "id: testward\nchildren: " + "[" * 40_000 + "\n",
    "unclosed-flow-mappings": "id: testward\nchildren: " + "{a: " * 40_000 + "\n",
}


@pytest.mark.parametrize("command", first_fast(["validate", "assess", "explain", "wards-list", "rules-lint"]))
@pytest.mark.parametrize("case", list(CRASHERS))
def test_deeply_unclosed_brackets_are_refused_without_a_crash(tmp_path: Path, case: str, command: str) -> None:
    import subprocess

    data = tmp_path / "data"
    if command == "rules-lint":
        for name in ("wards", "rules", "models"):
            shutil.copytree(ROOT / name, data / name)
        bad = data / "rules" / "extra.yaml"
        args = ["--data", str(data), "rules", "lint"]
        code = 1
    else:
        (data / "wards").mkdir(parents=True)
        bad = data / "wards" / "testward.yaml"
        args = {
            "validate": ["validate", str(bad)],
            "assess": ["--data", str(ROOT), "assess", str(bad), "--lang", "en"],
            "explain": ["--data", str(ROOT), "explain", str(bad), "--lang", "en"],
            "wards-list": ["--data", str(data), "wards", "list"],
        }[command]
        code = 1 if command == "validate" else 3
    bad.write_text(CRASHERS[case], encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "planner.cli", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == code, f"exit {proc.returncode} (-11 = segmentation fault): {proc.stderr[-500:]}"
    assert "Traceback" not in proc.stderr
    assert located_line(proc.stderr, bad), proc.stderr
    assert proc.stdout == "" or command == "validate"
