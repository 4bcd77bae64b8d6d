"""`planner registry import` attacked with hostile CSV files: each refused at its file (and line and column where a
file has them), exit 3 like every other bad input, and no profile changed. Files are made here, never committed."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_registry import HEADER, SHORT_STAY, row, snapshot, write_csv

PLACE = HEADER.index("事業所住所（市区町村）")


def line_of(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def refused(cli, data: Path, *paths: Path) -> str:  # type: ignore[no-untyped-def]
    """Import the files: refused with exit 3 and no profile written; stderr's problem lines."""
    before = snapshot(data)
    result = cli("--data", str(data), "registry", "import", *map(str, paths))
    assert result.code == 3, (result.code, result.err)
    assert snapshot(data) == before, "nothing written"
    return "\n".join(result.err.splitlines()[1:])


def test_a_file_past_the_limit_is_refused_from_its_size_before_a_byte_is_read(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    f = data.parent / "024-2026-03.csv"
    with f.open("wb") as fh:
        fh.truncate(300 * 1024 * 1024)  # sparse: 300 MB that take no disk, and would take seconds to read
    started = time.monotonic()
    err = refused(cli, data, f)
    assert time.monotonic() - started < 5
    assert err.startswith(f"{f}:1:1: ファイルが") and "数十MB" in err, err  # a CSV's hint, not a profile's


def test_a_fifo_is_refused_without_hanging_and_with_a_csvs_hint(data: Path) -> None:
    fifo = data.parent / "024-2026-03.csv"
    os.mkfifo(fifo)
    proc = subprocess.run(
        [sys.executable, "-m", "planner", "--data", str(data), "registry", "import", str(fifo)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 3 and f"{fifo}: 通常のファイルではありません" in proc.stderr, proc.stderr
    assert "WAM NET" in proc.stderr and ".yaml" not in proc.stderr, proc.stderr


def test_a_binary_file_is_refused_at_its_first_nul(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    f = data.parent / "024-2026-03.csv"
    f.write_bytes(b"\x89PNG\r\n\x1a\n" + b"IHDR" + b"\x00" * 8)
    assert refused(cli, data, f).startswith(f"{f}:3:5: NULバイトを含んでいます")  # after \r\n, \x1a and \n


def test_a_nul_inside_a_field_is_located_at_its_line_and_column(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    f = write_csv(data.parent / "024-2026-03.csv", [*SHORT_STAY[:2], row("東京都江東区", "3", "東砂\x00ケア")])
    third = f.read_bytes().split(b"\r\n")[3].decode("utf-8")
    assert refused(cli, data, f).startswith(f"{f}:4:{third.index(chr(0)) + 1}: NULバイト")


def test_shift_jis_with_invalid_bytes_is_located_at_the_bad_bytes(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    good = write_csv(data.parent / "024-2026-03.csv", [row("東京都江東区", "1", "東砂テスト")], encoding="cp932")
    raw = good.read_bytes().replace("テスト".encode("cp932"), b"\x81\x7f\xa0\xfd")
    good.write_bytes(raw)
    column = line_of([row("東京都江東区", "1", "東砂テスト")]).index("テスト") + 1
    err = refused(cli, data, good)
    assert err.startswith(f"{good}:2:{column}: 文字コードがUTF-8でもShift_JISでもありません"), err


def test_a_row_of_ten_thousand_columns_is_one_located_problem(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    f = write_csv(data.parent / "024-2026-03.csv", [SHORT_STAY[0], SHORT_STAY[1] + [""] * 10_000])
    assert refused(cli, data, f) == f"{f}:3: この行は10029列です（見出し行は29列）"


def test_a_field_of_a_megabyte_is_refused_at_its_line_in_the_users_words(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    f = write_csv(data.parent / "024-2026-03.csv", [SHORT_STAY[0], row("東京都江東区", "2", "x" * 1_000_000)])
    err = refused(cli, data, f)
    assert err.startswith(f"{f}:3: 131,072文字を超える項目があります"), err[:300]


def test_a_header_without_the_offices_place_is_refused_at_the_header(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    f = data.parent / "024-2026-03.csv"
    cut = [[c for i, c in enumerate(r) if i != PLACE] for r in [HEADER, *SHORT_STAY]]
    f.write_text(line_of(cut), encoding="utf-8")
    assert refused(cli, data, f).startswith(f"{f}:1:1: 見出し行に列「事業所住所（市区町村）」がありません")


@pytest.mark.parametrize("how", ["path", "link", "folder"])
def test_the_same_file_named_twice_is_refused_naming_both(cli, data: Path, how: str) -> None:  # type: ignore[no-untyped-def]
    folder = data.parent / "wamnet"
    folder.mkdir()
    f = write_csv(folder / "024-2026-03.csv", SHORT_STAY)
    again = {"path": f, "link": folder.parent / "copy-2026-03.csv", "folder": folder}[how]
    if how == "link":
        again.symlink_to(f)
    err = refused(cli, data, f, again)
    assert "同じファイルが2回指定されています" in err and str(f) in err, err


def test_a_line_separator_inside_a_name_does_not_move_the_column_of_a_later_problem(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    rows = [row("東京都江東区", "1", "東砂\u2028ケア\x0cホーム\x85"), row("東京都江東", "2")]
    f = write_csv(data.parent / "024-2026-03.csv", rows)
    column = line_of([rows[1]]).index("東京都江東") + 1
    assert refused(cli, data, f).startswith(f"{f}:3:{column}: '東京都江東' は都内の区市町村名ではありません")


FORMULAS = ['=HYPERLINK("http://evil.example","開く")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "＝1+1"]


def test_office_names_that_read_as_formulas_stay_text_in_every_workbook_and_plan(
    cli, data: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    f = write_csv(data.parent / "024-2026-03.csv", [row("東京都江東区", str(i), n) for i, n in enumerate(FORMULAS)])
    assert cli("--data", str(data), "registry", "import", str(f)).code == 0
    out = tmp_path / "koto-survey.xlsx"
    assert cli("--data", str(data), "survey", "export", "koto", "--out", str(out)).code == 0
    with zipfile.ZipFile(out) as z:
        assert not any(b"<f>" in z.read(n) or b"<f " in z.read(n) for n in z.namelist() if n.endswith(".xml"))
    html = cli("--data", str(data), "assess", "koto", "--format", "html").out
    assert 'href="http://evil' not in html
