"""Hardening, round three, attacking our own work: the data folder (what --data names, links out of it), ward names
written with look-alike characters, and `planner review` (its record and the PDCA sheet). Each attack a test.

Hostile files are made by the tests, never committed. A FIFO is tried in a real process with a timeout, so a
hang fails the test instead of stopping the suite.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from ruamel.yaml import YAML

from planner.errors import UsageError
from planner.profiles.load import resolve
from tests.conftest import ROOT

SECRET = "password: hunter2-do-not-print"


def run(args: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """planner in a process of its own, with a timeout: what could hang is tried here."""
    base = {k: v for k, v in os.environ.items() if k != "PLANNER_DATA"}
    return subprocess.run(
        [sys.executable, "-m", "planner", *args],
        cwd=ROOT,
        env=base | (env or {}),
        capture_output=True,
        text=True,
        timeout=120,
    )


def outside(tmp_path: Path) -> Path:
    """Another user's file, outside the data folder, that planner must never read or quote."""
    path = tmp_path / "elsewhere" / "secret.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(SECRET + "\n", encoding="utf-8")
    return path


# --- 1. what --data and PLANNER_DATA name --------------------------------------------------------------


def not_a_data_folder(tmp_path: Path, kind: str) -> tuple[Path, str]:
    """A path that is no usable data folder, and the path the message must start with."""
    target = tmp_path / kind
    if kind == "file":
        target.write_text("not a folder\n")
    elif kind == "device":
        target = Path("/dev/null")
    elif kind == "loop":
        target.symlink_to(target.name)
    elif kind == "empty":
        target.mkdir()
    elif kind == "no-rules":
        shutil.copytree(ROOT / "wards", target / "wards")
        shutil.copytree(ROOT / "models", target / "models")
        return target, f"{target / 'rules'}: "
    elif kind == "rules-is-a-file":
        for name in ("wards", "models"):
            shutil.copytree(ROOT / name, target / name)
        (target / "rules").write_text("x\n")
        return target, f"{target / 'rules'}: "
    return target, f"{target}: "


@pytest.mark.parametrize("how", ["option", "env"])
@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("missing", "フォルダがありません"),
        ("file", "ファイルです（フォルダではありません）"),
        ("device", "デバイスです"),
        ("loop", "シンボリックリンクが循環しています"),
        ("empty", "データフォルダではありません"),
        ("no-rules", "フォルダがありません"),
        ("rules-is-a-file", "ファイルです（フォルダではありません）"),
    ],
)
def test_a_data_folder_that_is_none_says_which_path_and_what_is_wrong(
    cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, kind: str, words: str, how: str
) -> None:  # type: ignore[no-untyped-def]
    target, starts = not_a_data_folder(tmp_path, kind)
    if how == "env":
        monkeypatch.setenv("PLANNER_DATA", str(target))
        result = cli("assess", "koto")
    else:
        result = cli("--data", str(target), "assess", "koto")
    assert result.code == 2 and result.out == "", result.err
    line = result.err.splitlines()[1]
    assert line.startswith(starts) and words in line, line
    assert ("PLANNER_DATA の指定です" if how == "env" else "--data の指定です") in line, line


@pytest.mark.parametrize("how", ["option", "env"])
@pytest.mark.parametrize("where", ["", "rules"])
def test_a_fifo_named_as_the_data_folder_or_its_rules_is_refused_without_hanging(
    tmp_path: Path, where: str, how: str
) -> None:
    data = tmp_path / "data"
    if where:
        for name in ("wards", "models"):
            shutil.copytree(ROOT / name, data / name)
    else:
        data.parent.mkdir(exist_ok=True)
    fifo = data / where if where else data
    os.mkfifo(fifo)  # nobody writes: opening it to read would block for ever
    args, env = (["--data", str(data)], None) if how == "option" else ([], {"PLANNER_DATA": str(data)})
    for command in (["assess", "koto"], ["validate"], ["rules", "lint"]):
        proc = run([*args, *command], env)
        assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr
        assert f"\n{fifo}: FIFO（名前付きパイプ）です（フォルダではありません）（" in proc.stderr, proc.stderr


def test_commands_need_only_the_folders_they_read(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    shutil.copytree(ROOT / "wards", data / "wards")
    assert cli("--data", str(data), "wards", "list").code == 0  # profiles only
    assert cli("--data", str(data), "validate").code == 2  # the data folder is checked whole
    assert cli("validate", str(data)).code == 0  # a folder named is checked for what it holds


# --- 2. links out of the data folder ---------------------------------------------------------------------


@pytest.fixture
def linked(data: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    """link(where) makes data/where a link to another user's file outside the data folder."""

    def link(where: str) -> Path:
        path = data / where
        if path.exists():
            path.unlink()
        path.symlink_to(outside(tmp_path))
        return path

    return link


def test_a_profile_linked_out_of_the_folder_is_refused_unread_and_the_others_plan(cli, data: Path, linked) -> None:  # type: ignore[no-untyped-def]
    link = linked("wards/evil.yaml")
    for args, code in ((["assess", "evil"], 3), (["wards", "list"], 3), (["validate"], 1)):
        result = cli("--data", str(data), *args)
        assert result.code == code, (args, result.err)
        assert f"{link}: データフォルダの外" in result.err and "secret.yaml" in result.err, result.err
        assert "hunter2" not in result.err + result.out
    assert cli("--data", str(data), "assess", "koto").code == 0  # another municipality's profile is no input


@pytest.mark.parametrize("cache", ["off", "on"])
@pytest.mark.parametrize("where", ["rules/extra.yaml", "rules/planning.yaml", "models/extra.yaml"])
def test_a_rule_or_model_linked_out_of_the_folder_stops_every_command_that_reads_the_book(
    cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, data: Path, linked, where: str, cache: str
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PLANNER_CACHE", "off" if cache == "off" else str(tmp_path / "cache"))
    assert cli("--data", str(data), "assess", "koto").code == 0  # with a cache: the good book is cached first
    link = linked(where)
    for args, code in ((["assess", "koto"], 3), (["rules", "lint"], 1), (["validate"], 1)):
        result = cli("--data", str(data), *args)
        assert result.code == code, (args, result.err)
        assert f"{link}: データフォルダの外" in result.err and "hunter2" not in result.err, result.err


def test_links_inside_the_folder_and_a_linked_folder_are_read(cli, data: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (data / "shared").mkdir()
    (data / "rules" / "planning.yaml").rename(data / "shared" / "planning.yaml")
    (data / "rules" / "planning.yaml").symlink_to("../shared/planning.yaml")
    assert cli("--data", str(data), "assess", "koto").code == 0
    whole = tmp_path / "linked-data"
    whole.symlink_to(data)  # the data folder itself, given explicitly
    assert cli("--data", str(whole), "assess", "koto").code == 0
    office = tmp_path / "office"  # an office's own profiles, the clone's rule book and models linked whole
    shutil.copytree(data / "wards", office / "wards")
    (office / "rules").symlink_to(ROOT / "rules")
    (office / "models").symlink_to(ROOT / "models")
    assert cli("--data", str(office), "assess", "koto").code == 0


@pytest.mark.parametrize("cache", ["off", "on"])
@pytest.mark.parametrize(("target", "words"), [("loop.yaml", "循環"), ("gone.yaml", "ファイルがありません")])
def test_a_link_loop_or_broken_link_among_the_rules_is_refused_with_a_cache_as_without(
    cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, data: Path, cache: str, target: str, words: str
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PLANNER_CACHE", "off" if cache == "off" else str(tmp_path / "cache"))
    assert cli("--data", str(data), "assess", "koto").code == 0
    (data / "rules" / "loop.yaml").symlink_to(target)
    result = cli("--data", str(data), "assess", "koto")
    assert result.code == 3 and f"{data / 'rules' / 'loop.yaml'}: " in result.err and words in result.err


def test_a_profile_in_a_link_loop_is_named_by_validate_and_assess(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    (data / "wards" / "aa.yaml").symlink_to("bb.yaml")
    (data / "wards" / "bb.yaml").symlink_to("aa.yaml")
    result = cli("--data", str(data), "validate")
    assert result.code == 1 and "aa.yaml: シンボリックリンクが循環しています" in result.err, result.err
    assert cli("--data", str(data), "assess", "aa").code == 3
    assert cli("--data", str(data), "assess", "koto").code == 0


def test_a_record_or_its_folder_linked_out_is_refused_and_nothing_is_written_there(
    cli, data: Path, tmp_path: Path, linked
) -> None:  # type: ignore[no-untyped-def]
    (data / "wards" / "progress").mkdir()
    link = linked("wards/progress/koto.yaml")
    for args in (["assess", "koto"], ["review", "koto"]):
        result = cli("--data", str(data), *args)
        assert result.code == 3 and f"{link}: データフォルダの外" in result.err, result.err
        assert "hunter2" not in result.err + result.out  # the record's text is never quoted back
    shutil.rmtree(data / "wards" / "progress")
    away = tmp_path / "away"
    away.mkdir()
    (data / "wards" / "progress").symlink_to(away)
    result = cli("--data", str(data), "review", "koto")
    assert result.code == 3 and "データフォルダの外" in result.err and list(away.iterdir()) == []


# --- 3. ward names and arguments written with look-alike characters ----------------------------------------


@pytest.mark.parametrize(
    ("ward", "plain"),
    [
        ("ｋｏｔｏ", "koto"),
        ("koto ", "koto"),
        (" koto", "koto"),
        ("ko\u200bto", "koto"),
        ("江東区\u3000", "江東区"),
        ("\u3000江東区", "江東区"),
        ("江東区 ", "江東区"),
        ("\ufa3a田区", "墨田区"),  # a compatibility ideograph of 墨
        ("１３１０８", "13108"),
        ("13108 ", "13108"),
    ],
)
def test_a_ward_in_look_alike_characters_is_refused_naming_the_plain_form(cli, ward: str, plain: str) -> None:  # type: ignore[no-untyped-def]
    result = cli("assess", ward)
    assert result.code == 2 and result.out == "", result.err
    assert f"'{plain}' と書いてください" in result.err and "U+" in result.err, result.err


@pytest.mark.parametrize(("ward", "near"), [("KOTO", "koto"), ("ＫＯＴＯ", "koto"), ("江東区\u0301", "江東区")])
def test_capitals_and_marks_are_refused_with_the_ward_they_come_nearest(cli, ward: str, near: str) -> None:  # type: ignore[no-untyped-def]
    result = cli("assess", ward)
    assert result.code == 2 and f"'{near}' の誤りではありませんか" in result.err, result.err


def test_no_look_alike_of_any_ward_is_read_as_another_and_nfd_names_are_the_same_name() -> None:
    width = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "abcdefghijklmnopqrstuvwxyz0123456789-"})
    for path in sorted((ROOT / "wards").glob("*.yaml")):
        text = path.read_text("utf-8")
        name = text.split("name: {ja: ", 1)[1].split(",", 1)[0]
        code = text.split('code: "', 1)[1][:5]
        assert resolve(unicodedata.normalize("NFD", name), ROOT) == path  # NFD leaves kanji as they are
        for variant, plain in (
            (path.stem.translate(width), path.stem),
            (path.stem + " ", path.stem),
            ("\u3000" + name, name),
            (code + "\u200b", code),
        ):
            with pytest.raises(UsageError) as refused:
                resolve(variant, ROOT)
            hint = refused.value.problems[0].hint
            assert hint is not None and hint.text("en").endswith(f"write '{plain}'"), (variant, hint)


def test_a_rule_in_full_width_characters_is_refused_with_the_rule_it_is(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("explain", "koto", "ｌ４．ｎｏ-ｃｏｏｒｄｉｎａｔｏｒ")
    assert result.code == 2 and "'l4.no-coordinator' の誤りではありませんか" in result.err, result.err


# --- 5. planner review: its record and the PDCA sheet -------------------------------------------------------

WARD = "hinohara"


def record(data: Path) -> Path:
    return data / "wards" / "progress" / f"{WARD}.yaml"


def fill(data: Path, entries: dict[str, dict[str, object]]) -> None:
    yaml = YAML(typ="rt")
    doc = yaml.load(record(data).read_text("utf-8"))
    for aid, values in entries.items():
        doc["years"][0]["actions"][aid].update(values)
    with record(data).open("w", encoding="utf-8") as fh:
        yaml.dump(doc, fh)


@pytest.fixture
def started(cli, data: Path) -> Path:  # type: ignore[no-untyped-def]
    assert cli("--data", str(data), "review", WARD, "--as-of", "2026-11").code == 0
    return data


@pytest.mark.parametrize("kind", ["file", "loop", "fifo"])
def test_a_record_folder_that_is_no_folder_is_an_input_error_not_a_traceback(cli, data: Path, kind: str) -> None:  # type: ignore[no-untyped-def]
    folder = data / "wards" / "progress"
    if kind == "file":
        folder.write_text("x\n")
    elif kind == "loop":
        folder.symlink_to("progress")
    else:
        os.mkfifo(folder)
    for args in (["review", WARD], ["assess", WARD]):
        result = cli("--data", str(data), *args)
        assert result.code == 3 and f"{folder}: " in result.err and "wards/progress/" in result.err, result.err


def test_a_record_that_is_a_fifo_or_too_big_is_refused_at_once(started: Path) -> None:
    path = record(started)
    path.unlink()
    os.mkfifo(path)
    proc = run(["--data", str(started), "--lang", "en", "review", WARD, "--lang", "en"])
    assert proc.returncode == 3 and f"{path}: is not a regular file" in proc.stderr, proc.stderr
    path.unlink()
    path.write_text("ward: hinohara\n" + "#" * 1_100_000 + "\n", encoding="utf-8")
    proc = run(["--data", str(started), "--lang", "en", "assess", WARD, "--lang", "en"])
    assert proc.returncode == 3 and f"{path}:1:1: file is" in proc.stderr, proc.stderr


def test_review_out_without_sheet_is_refused_rather_than_ignored(cli, started: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = record(started).read_bytes()
    result = cli("--data", str(started), "review", WARD, "--as-of", "2026-11", "--out", str(tmp_path / "x.yaml"))
    assert result.code == 2 and "--sheet" in result.err and not (tmp_path / "x.yaml").exists()
    assert record(started).read_bytes() == before


@pytest.mark.parametrize("onto", ["profile", "record"])
def test_the_sheet_is_never_written_over_the_profile_or_the_record(cli, started: Path, onto: str) -> None:  # type: ignore[no-untyped-def]
    target = record(started) if onto == "record" else started / "wards" / f"{WARD}.yaml"
    before = target.read_bytes()
    result = cli("--data", str(started), "review", WARD, "--as-of", "2026-11", "--sheet", "--out", str(target))
    assert result.code == 4 and target.read_bytes() == before, result.err


HOSTILE = "<script>alert(1)</script> [x](javascript:alert(1)) \x1b[31m赤 \u202eevil\n# 見出し\n- 項目 |表|"


def test_markup_and_escapes_in_a_record_stay_text_in_markdown_and_html(cli, started: Path) -> None:  # type: ignore[no-untyped-def]
    fill(
        started,
        {
            "respite-beds": {"decision": "adopted", "done": HOSTILE, "note": HOSTILE, "source": HOSTILE},
            "home-visit-development": {"decision": "declined", "reason": HOSTILE},
        },
    )
    for fmt in ("md", "html"):
        result = cli("--data", str(started), "assess", WARD, "--as-of", "2027-03", "--format", fmt)
        assert result.code == 0, result.err
        assert "<script>" not in result.out and "\x1b" not in result.out and "\u202e" not in result.out
        assert "](javascript:" not in result.out and 'href="javascript' not in result.out
        assert "\n# 見出し" not in result.out and "\n- 項目" not in result.out


def test_text_a_spreadsheet_reads_as_a_formula_stays_text_in_the_pdca_sheet(cli, started: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fill(
        started,
        {
            "respite-beds": {"decision": "adopted", "done": "+cmd|' /C calc'!A0", "note": '=HYPERLINK("http://x","y")'},
            "home-visit-development": {"decision": "adopted", "done": "@SUM(1)", "note": "＝1+1"},
        },
    )
    out = tmp_path / "pdca.xlsx"
    assert cli("--data", str(started), "review", WARD, "--as-of", "2026-11", "--sheet", "--out", str(out)).code == 0
    with zipfile.ZipFile(out) as z:
        assert not any(b"<f>" in z.read(n) or b"<f " in z.read(n) for n in z.namelist() if n.endswith(".xml"))
    ws = load_workbook(out).active
    cells = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value[:1] in "=+@＝"]
    assert len(cells) == 4 and all(c.data_type == "s" and c.quotePrefix for c in cells), [c.value for c in cells]


def test_a_records_longest_text_gives_a_row_excel_can_hold(cli, started: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fill(started, {"respite-beds": {"decision": "adopted", "done": "協議" * 1000, "note": "評価" * 1000}})
    out = tmp_path / "pdca.xlsx"
    assert cli("--data", str(started), "review", WARD, "--as-of", "2026-11", "--sheet", "--out", str(out)).code == 0
    heights = [d.height for d in load_workbook(out).active.row_dimensions.values() if d.height]
    assert heights and max(heights) == 409, heights  # Excel's tallest row; 2,000 characters asked for 2,149 points
