"""The national registry (WAM NET open data): counts by municipality into every profile, sourced and dated."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

from planner.profiles.fields import get_fact
from planner.profiles.load import load_profile

# The national layout's 29 columns; planner reads four of them by name (rules/registry.yaml).
HEADER = [
    "都道府県コード又は市区町村コード", "NO（※システム内の固有の番号、連番）", "指定機関名", "法人の名称",
    "法人の名称_かな", "法人番号", "法人住所（市区町村）", "法人住所（番地以降）", "法人電話番号", "法人FAX番号",
    "法人URL", "サービス種別", "事業所の名称", "事業所の名称_かな", "事業所番号", "事業所住所（市区町村）",
    "事業所住所（番地以降）", "事業所電話番号", "事業所FAX番号", "事業所URL", "事業所緯度", "事業所経度",
    "利用可能な時間帯（平日）", "利用可能な時間帯（土曜）", "利用可能な時間帯（日曜）", "利用可能な時間帯（祝日）",
    "定休日", "利用可能曜日特記事項（留意事項）", "定員",
]  # fmt: skip


def row(place: str, number: str, name: str = "テスト事業所", kind: str = "短期入所") -> list[str]:
    """One office as WAM NET lists it: designated by Tokyo (13000), wherever it is."""
    cells = [""] * len(HEADER)
    cells[0], cells[1], cells[2] = "13000", f"A{number}", "東京都"
    cells[HEADER.index("サービス種別")] = kind
    cells[HEADER.index("事業所の名称")] = name
    cells[HEADER.index("事業所番号")] = number
    cells[HEADER.index("事業所住所（市区町村）")] = place
    return cells


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows([HEADER, *rows])
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def count(data: Path, ward: str, field: str, as_of: str | None = None):  # type: ignore[no-untyped-def]
    fact = get_fact(load_profile(data / "wards" / f"{ward}.yaml").profile, field)
    obs = fact.at(as_of) if fact else None
    return None if obs is None else obs.value


def snapshot(data: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((data / "wards").glob("*.yaml"))}


SHORT_STAY = [
    row("東京都江東区", "1310800001", "東砂ショートステイ"),
    row("東京都江東区", "1310800002", "塩浜ショートステイ"),
    row("東京都江東区", "1310800002", "塩浜ショートステイ（重複行）"),  # WAM NET lists some offices twice
    row("東京都西多摩郡日の出町", "1330500001"),
    row("東京都大島町", "1336100001"),
    row("大阪府大阪市北区", "2712700001"),
]


def test_offices_are_counted_where_they_are_and_every_profile_gets_a_sourced_dated_count(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    f = write_csv(data.parent / "024-2026-03.csv", SHORT_STAY)
    result = cli("--data", str(data), "registry", "import", str(f))
    assert result.code == 0, result.err
    assert count(data, "koto", "providers.short_stay", "2026-03") == 2  # the repeated office number counts once
    assert count(data, "hinode", "providers.short_stay", "2026-03") == 1  # 西多摩郡日の出町 is 日の出町
    assert count(data, "chiyoda", "providers.short_stay", "2026-03") == 0  # the file lists every Tokyo office
    lp = load_profile(data / "wards" / "koto.yaml")
    obs = get_fact(lp.profile, "providers.short_stay").at("2026-03")  # type: ignore[union-attr]
    assert obs.source == "wamnet-024-2026-03" and obs.as_of == "2026-03"
    assert "東砂ショートステイ" in (obs.note or "") and "床数ではない" in (obs.note or "")
    source = lp.profile.sources["wamnet-024-2026-03"]
    assert source.kind == "official" and source.period == "2026-03"
    assert source.url == "https://www.wam.go.jp/content/wamnet/pcpub/top/sfkopendata/"
    assert "短期入所" in source.title and "令和8年3月" in source.title
    assert "大島町" in result.out and "プロファイルなし" in result.out  # an island: reported, not an error
    assert "他の道府県の行1件は対象外" in result.out and "同じ事業所番号の行1件" in result.out


def test_a_newer_period_adds_a_dated_value_and_keeps_the_older_one(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    before = count(data, "koto", "providers.short_stay")
    f = write_csv(data.parent / "024-2026-03.csv", SHORT_STAY)
    result = cli("--data", str(data), "registry", "import", str(f))
    assert result.code == 0 and "更新" in result.out, result.err
    assert count(data, "koto", "providers.short_stay", "2024-03") == before  # the shipped 2024-03 count stays
    assert count(data, "koto", "providers.short_stay") == 2


def test_the_same_period_with_another_count_is_a_correction_not_a_second_value(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    f = write_csv(data.parent / "024-2026-03.csv", SHORT_STAY)
    assert cli("--data", str(data), "registry", "import", str(f)).code == 0
    write_csv(f, [*SHORT_STAY, row("東京都江東区", "1310800003")])
    result = cli("--data", str(data), "registry", "import", str(f))
    assert result.code == 0 and "2→3 訂正" in result.out, result.out
    fact = get_fact(load_profile(data / "wards" / "koto.yaml").profile, "providers.short_stay")
    assert [o.value for o in fact.values if o.as_of == "2026-03"] == [3]  # type: ignore[union-attr]


def test_importing_the_same_files_again_changes_no_byte(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    f = write_csv(data.parent / "024-2026-03.csv", SHORT_STAY)
    assert cli("--data", str(data), "registry", "import", str(f)).code == 0
    first = snapshot(data)
    again = cli("--data", str(data), "registry", "import", str(f))
    assert again.code == 0 and "0件のプロファイルに取り込みました" in again.out
    assert snapshot(data) == first


def test_the_shipped_profiles_already_hold_the_shipped_files_counts(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    """wards/ was written by importing ../shared/data/wamnet; the same counts from a file made here agree."""
    assert count(data, "hinohara", "providers.short_stay") == 0
    assert count(data, "koto", "providers.medical_child_development") == 1
    lp = load_profile(data / "wards" / "okutama.yaml")
    assert sum(1 for k in lp.profile.sources if k.startswith("wamnet-")) == 7


def test_a_dry_run_shows_the_changes_and_writes_nothing(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(data)
    f = write_csv(data.parent / "024-2026-03.csv", SHORT_STAY)
    result = cli("--data", str(data), "registry", "import", str(f), "--dry-run")
    assert result.code == 0 and "試行のため書き込みません" in result.out
    assert "江東区" in result.out and "3→2 更新" in result.out
    assert snapshot(data) == before


def test_a_shift_jis_file_counts_the_same_as_utf8(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    utf8, sjis = data.parent / "u" / "024-2026-03.csv", data.parent / "s" / "024-2026-03.csv"
    utf8.parent.mkdir(), sjis.parent.mkdir()
    write_csv(utf8, SHORT_STAY)
    write_csv(sjis, SHORT_STAY, "cp932")
    assert sjis.read_bytes() != utf8.read_bytes()
    a = cli("--data", str(data), "registry", "import", str(utf8), "--dry-run")
    b = cli("--data", str(data), "registry", "import", str(sjis), "--dry-run")
    assert a.code == b.code == 0 and a.out == b.out


def test_a_folder_is_read_file_by_file_oldest_first(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    folder = data.parent / "wamnet"
    folder.mkdir()
    write_csv(folder / "024-2025-09.csv", SHORT_STAY[:1])
    write_csv(folder / "024-2026-03.csv", SHORT_STAY)
    write_csv(folder / "066-2026-03.csv", [row("東京都江東区", "1310800009", kind="居宅訪問型児童発達支援")])
    (folder / "README.md").write_text("not a CSV", encoding="utf-8")
    assert cli("--data", str(data), "registry", "import", str(folder)).code == 0
    assert count(data, "koto", "providers.short_stay", "2025-09") == 1
    assert count(data, "koto", "providers.short_stay") == 2
    assert count(data, "koto", "providers.home_visit_child_development") == 1


def test_a_file_whose_name_has_no_month_needs_period(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    f = write_csv(data.parent / "csvdownload024.csv", SHORT_STAY)
    refused = cli("--data", str(data), "registry", "import", str(f))
    assert refused.code == 3 and "--period" in refused.err
    taken = cli("--data", str(data), "registry", "import", str(f), "--period", "2026-03")
    assert taken.code == 0 and count(data, "koto", "providers.short_stay") == 2


@pytest.mark.parametrize(
    ("name", "args", "words"),
    [
        ("024-2026-03.csv", ["--period", "2025-09"], "ファイル名の時点は2026-03、--period は2025-09"),
        ("024-2099-03.csv", [], "今日より後"),
        ("csvdownload024.csv", ["--period", "2026"], "YYYY-MM"),
        ("csvdownload024.csv", ["--period", "2026-13"], "--period"),
    ],
)
def test_a_period_that_clashes_lies_ahead_or_is_not_a_month_is_refused(
    cli, data: Path, name: str, args: list[str], words: str
) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(data)
    f = write_csv(data.parent / name, SHORT_STAY)
    result = cli("--data", str(data), "registry", "import", str(f), *args)
    assert result.code in (2, 3) and words in result.err, result.err
    assert snapshot(data) == before


def test_an_unknown_place_name_is_a_located_error_and_nothing_is_written(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(data)
    f = write_csv(data.parent / "024-2026-03.csv", [*SHORT_STAY, row("東京都江東", "1310800005")])
    result = cli("--data", str(data), "registry", "import", str(f))
    assert result.code == 3
    line = result.err.strip().splitlines()[-1]
    # the 8th line (header + 6 rows before it), at the column where 事業所住所（市区町村） starts
    column = f.read_text("utf-8").splitlines()[7].index("東京都江東") + 1
    assert line.startswith(f"{f}:8:{column}: "), line
    assert "'東京都江東' は都内の区市町村名ではありません" in line and "registry.yaml" in line
    assert snapshot(data) == before


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (lambda: [row("東京都江東区", "1", kind="生活介護")], "集計の対象ではありません"),
        (lambda: [row("東京都江東区", "1"), row("東京都江東区", "2", kind="療養介護")], "種別ごと"),
        (lambda: [row("大阪府大阪市北区", "1")], "東京都の事業所の行がありません"),
        (lambda: [row("東京都江東区", "1")[:20]], "この行は20列です"),
    ],
)
def test_files_of_the_wrong_kind_or_shape_are_refused(cli, data: Path, content, words: str) -> None:  # type: ignore[no-untyped-def]
    f = write_csv(data.parent / "024-2026-03.csv", content())
    result = cli("--data", str(data), "registry", "import", str(f))
    assert result.code == 3 and words in result.err, result.err


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b"", "空です"),
        ("事業所番号,サービス種別\r\n1,短期入所\r\n".encode(), "事業所住所（市区町村）"),
        ("\ufeff".encode("utf-16-le") + "a,b\r\n".encode("utf-16-le"), "NULバイト"),
        (b"\x81\x7f\xff\xfe,\r\n", "UTF-8でもShift_JISでもありません"),
        (b'"unterminated\r\n', "CSV"),
    ],
)
def test_files_that_are_not_the_national_csv_give_a_clear_error(cli, data: Path, raw: bytes, words: str) -> None:  # type: ignore[no-untyped-def]
    f = data.parent / "024-2026-03.csv"
    f.write_bytes(raw)
    result = cli("--data", str(data), "registry", "import", str(f))
    assert result.code == 3 and words in result.err, result.err


def test_a_fifo_a_missing_file_and_an_empty_folder_are_refused_without_hanging(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    fifo = data.parent / "024-2026-03.csv"
    os.mkfifo(fifo)
    assert "通常のファイルではありません" in cli("--data", str(data), "registry", "import", str(fifo)).err
    assert "ファイルがありません" in cli("--data", str(data), "registry", "import", str(data / "none.csv")).err
    empty = data.parent / "empty"
    empty.mkdir()
    result = cli("--data", str(data), "registry", "import", str(empty))
    assert result.code == 3 and ".csvファイルがありません" in result.err


def test_markup_and_escapes_in_an_office_name_reach_neither_the_terminal_nor_the_profile_raw(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    f = write_csv(data.parent / "024-2026-03.csv", [row("東京都江東区", "1", "<b>事業所</b>\x1b[31m赤\x07")])
    result = cli("--data", str(data), "registry", "import", str(f))
    assert result.code == 0 and "\x1b" not in result.out + result.err
    text = (data / "wards" / "koto.yaml").read_text("utf-8")
    assert "\x1b" not in text and "\x07" not in text
    plan = cli("--data", str(data), "assess", "koto", "--format", "html").out
    assert "<b>事業所</b>" not in plan


def test_a_profiles_comments_and_other_facts_survive_an_import(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    path = data / "wards" / "koto.yaml"
    path.write_text(path.read_text("utf-8").replace("council:\n", "# 区の協議会（会議録で確認）\ncouncil:\n"), "utf-8")
    f = write_csv(data.parent / "024-2026-03.csv", SHORT_STAY)
    assert cli("--data", str(data), "registry", "import", str(f)).code == 0
    text = path.read_text("utf-8")
    assert "# 区の協議会（会議録で確認）\ncouncil:" in text and "koto-guidebook-2023" in text
    assert count(data, "koto", "children.medical_care") == 79


def test_without_a_registry_file_the_command_says_what_is_missing(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    (data / "rules" / "registry.yaml").unlink()
    f = write_csv(data.parent / "024-2026-03.csv", SHORT_STAY)
    result = cli("--data", str(data), "registry", "import", str(f))
    assert result.code == 3 and "registry.yaml" in result.err
    assert cli("--data", str(data), "assess", "koto").code == 0  # nothing else needs it


def test_the_plan_says_a_count_is_of_offices_and_acts_on_a_zero(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    plan = cli("--data", str(data), "assess", "hinohara", "--format", "md").out
    assert "短期入所の事業所数" in plan and "0か所" in plan
    assert "レスパイト（医療型短期入所）の病床を確保する" in plan.split("## 4.")[0]
    assert "圏域・近隣自治体との共同設置" in plan  # a village: the joint option, with the guideline's words


def test_a_registry_import_waits_for_an_import_holding_a_profile_and_keeps_its_owner(data: Path) -> None:
    """The survey's lock: the registry reads a profile only once an import writing it has finished."""
    import fcntl
    import subprocess
    import sys
    import time

    from tests.conftest import ROOT

    f = write_csv(data.parent / "csvdownload024_202603.csv", SHORT_STAY)
    koto = data / "wards" / "koto.yaml"
    if os.geteuid() == 0:
        os.chown(koto, 12345, 12345)
    with open(koto, "r+b") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        run = subprocess.Popen(
            [sys.executable, "-m", "planner", "--data", str(data), "registry", "import", str(f)],
            cwd=ROOT,
            env={**os.environ, "PLANNER_CACHE": "off"},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(1.5)
        assert run.poll() is None, "it waits while koto.yaml is held"
    _, err = run.communicate(timeout=120)
    assert run.returncode == 0, err
    assert count(data, "koto", "providers.short_stay", "2026-03") == 2
    if os.geteuid() == 0:
        assert (koto.stat().st_uid, koto.stat().st_gid) == (12345, 12345)
