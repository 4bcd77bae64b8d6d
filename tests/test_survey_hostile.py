"""Questionnaires attacked as a hostile or careless user would: formulas both ways, bombs, edited hidden sheets."""

from __future__ import annotations

import io
import os
import re
import time
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

TODAY = datetime.combine(date.today(), datetime.min.time())
SEEDS = ('=HYPERLINK("http://x.invalid","click")', "+1+1", "-2+3", "@SUM(1,1)", "＝1+1", "=1+1\x1b[2J")


def export(cli, data: Path, *args: str, name: str = "koto.xlsx") -> Path:  # type: ignore[no-untyped-def]
    out = data.parent / name
    result = cli("--data", str(data), "survey", "export", "koto", "--out", str(out), *args)
    assert result.code == 0, result.err
    return out


def office(book: Path, out: Path, **cells: object) -> Path:
    """The office's sheet, signed and dated today, with the given cells written as Excel would store them."""
    wb = load_workbook(book)
    ws = wb["1_庁内"]
    ws["D3"], ws["D4"] = "障害福祉課", TODAY
    for where, value in cells.items():
        ws[where] = value
    wb.save(out)
    return out


def seed(profile: Path) -> None:
    """Profile text a spreadsheet would take for formulas: a source title, a fact's note, the English name."""
    text = profile.read_text(encoding="utf-8")
    text = re.sub(r"title: 江東区 報道発表.*", f"title: '{SEEDS[0]}'", text, count=1)
    text = re.sub(r"    note: 「担当課で把握している.*", f"    note: '{SEEDS[1]} {SEEDS[3]}'", text, count=1)
    text = text.replace("name: {ja: 江東区, en: Koto}", f"name: {{ja: 江東区, en: '{SEEDS[2]}'}}", 1)
    profile.write_text(text, encoding="utf-8")


def sheet_xml(book: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(book) as z:
        return {n: z.read(n) for n in z.namelist() if n.endswith(".xml")}


def test_no_exported_workbook_holds_a_formula_even_from_formula_like_profile_text(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    seed(data / "wards" / "koto.yaml")
    assert cli("--data", str(data), "validate", str(data / "wards" / "koto.yaml")).code == 0
    folder = data.parent / "sent"
    folder.mkdir()
    books = [export(cli, data), export(cli, data, "--lang", "en", name="en.xlsx")]
    assert (
        cli(
            "--data", str(data), "survey", "export", "koto", "--per-respondent", "--copies", "2", "--out", str(folder)
        ).code
        == 0
    )
    books += sorted(folder.iterdir())
    for book in books:
        parts = sheet_xml(book)
        for name, xml in parts.items():
            assert not re.search(rb"<(\w+:)?f[ >/]", xml), f"{book.name}:{name} holds a formula"
        assert b'fullCalcOnLoad="1"' not in parts["xl/workbook.xml"], "the workbook must not ask for recalculation"
        assert "xl/calcChain.xml" not in parts
    wb = load_workbook(books[0])
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    seeded = [c for c in cells if c.value.startswith(("=", "+", "@"))]
    assert {c.value for c in seeded} >= {SEEDS[0]}, "the text is there, as text"
    assert all(c.data_type == "s" and c.quotePrefix for c in seeded), "stored as text, shown as typed"
    assert not any("\x1b" in c.value for c in cells)


def test_a_control_character_in_a_source_title_is_shown_as_a_code_not_a_crash(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    profile = data / "wards" / "koto.yaml"
    text = re.sub(
        r"title: 江東区 報道発表.*", r'title: "江東区\\x07\\x1b[31m 報道発表"', profile.read_text("utf-8"), count=1
    )
    profile.write_text(text, encoding="utf-8")
    assert cli("--data", str(data), "validate", str(profile)).code == 0, "a profile may hold it (YAML escapes)"
    book = export(cli, data)
    texts = [str(c.value) for ws in load_workbook(book).worksheets for row in ws.iter_rows() for c in row if c.value]
    assert any("\\u0007\\u001b[31m" in t for t in texts), "the control characters are shown as codes"


@pytest.mark.parametrize(
    "cells, words",
    [
        ({"D7": "=80+5"}, "数式"),  # a formula typed into the answer (openpyxl stores it with no cached value)
        ({"D7": "=SUM(A1:A3)"}, "数式"),
        ({"I7": '=HYPERLINK("http://x.invalid")'}, "数式"),  # in the note
        ({"D3": "=USER()"}, "数式"),  # as the respondent
        ({"D4": "=TODAY()"}, "数式"),  # as the date
        ({"D7": "#N/A"}, "#N/A"),  # an Excel error value
        ({"D7": "#DIV/0!"}, "#DIV/0!"),
    ],
)
def test_a_formula_or_an_error_value_in_a_cell_is_refused_at_that_cell(cli, data: Path, cells, words) -> None:  # type: ignore[no-untyped-def]
    book = office(export(cli, data), data.parent / "f.xlsx", **cells)
    before = (data / "wards" / "koto.yaml").read_bytes()
    result = cli("--data", str(data), "survey", "import", str(book))
    where = next(iter(cells))
    assert result.code == 3 and f"{book}:1_庁内!{where}:" in result.err and words in result.err, result.err
    assert (data / "wards" / "koto.yaml").read_bytes() == before


def test_text_beginning_with_equals_is_refused_and_other_leading_signs_stay_text(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    book = export(cli, data)
    wb = load_workbook(book)
    ws = wb["3_相談支援事業所"]
    host = next(r for r in range(7, 20) if ws[f"J{r}"].value == "coordinators.host")
    ws[f"D{host}"].value, ws[f"D{host}"].data_type = "=1+1", "s"  # typed as text, as a respondent's '=1+1 would be
    ws["D3"], ws["D4"] = "A相談支援事業所", TODAY
    wb.save(book)
    refused = cli("--data", str(data), "survey", "import", str(book))
    assert refused.code == 3 and f"3_相談支援事業所!D{host}:" in refused.err and "「=」" in refused.err, refused.err
    ws[f"D{host}"].value = "@基幹相談支援センター"
    wb.save(book)
    assert cli("--data", str(data), "survey", "import", str(book)).code == 0
    again = export(cli, data, name="again.xlsx")
    xml = b"".join(sheet_xml(again).values())
    assert "@基幹相談支援センター".encode() in xml and not re.search(rb"<(\w+:)?f[ >/]", xml)


def _bomb(tmp: Path, book: Path, name: str, sheet: bytes) -> Path:
    """The exported workbook with its office sheet's XML replaced."""
    out = tmp / f"{name}.xlsx"
    with zipfile.ZipFile(book) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = sheet if info.filename == "xl/worksheets/sheet2.xml" else src.read(info.filename)
            dst.writestr(info, body)
    return out


def _sheet(inside: bytes) -> bytes:
    head = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    return head + inside + b"</worksheet>"


def _empty_cells(rows: int) -> bytes:
    """Rows of formatted, empty cells; without positions, so the XML deflates to almost nothing."""
    return (
        b"<sheetData>"
        + b"<row>"
        + b'<c s="1"/>' * 8
        + b"</row>" * 1
        + (b"<row>" + b'<c s="1"/>' * 8 + b"</row>") * rows
        + b"</sheetData>"
    )


@pytest.mark.parametrize(
    "name, sheet",
    [
        ("empty-formatted-cells", _sheet(_empty_cells(50_000))),  # 400,000 cells in a few kilobytes
        (
            "merged-everything",
            _sheet(b'<sheetData/><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'),
        ),
        (
            "linked-everything",
            _sheet(b'<sheetData/><hyperlinks><hyperlink ref="A1:Z1000000" display="x"/></hyperlinks>'),
        ),
        ("whole-column", _sheet(b'<sheetData/><mergeCells count="1"><mergeCell ref="A:A"/></mergeCells>')),
        ("doctype", b'<!DOCTYPE x [<!ENTITY a "aaaa">]>' + _sheet(b"<sheetData/>")),
    ],
)
def test_a_workbook_that_would_cost_too_much_is_refused_before_it_is_loaded(
    cli, data: Path, name: str, sheet: bytes
) -> None:  # type: ignore[no-untyped-def]
    bomb = _bomb(data.parent, export(cli, data), name, sheet)
    assert bomb.stat().st_size < 200_000
    started = time.monotonic()
    result = cli("--data", str(data), "survey", "import", str(bomb))
    assert result.code == 3 and str(bomb) in result.err, result.err
    assert time.monotonic() - started < 5, "refused from the zip, before openpyxl builds anything"


def _edit_meta(book: Path, out: Path, key: str, value: object) -> Path:
    wb = load_workbook(book)
    ws = wb["_planner"]
    row = next((r for r in range(1, ws.max_row + 1) if ws[f"A{r}"].value == key), ws.max_row + 1)
    ws[f"A{row}"], ws[f"B{row}"] = key, value
    ws2 = wb["1_庁内"]
    ws2["D3"], ws2["D4"], ws2["D7"] = "障害福祉課", TODAY, 85
    wb.save(out)
    return out


@pytest.mark.parametrize(
    "key, value, words",
    [
        ("ward", "../../../etc/passwd", "ward"),
        ("ward", "/etc/hosts.yaml", "ward"),
        ("lang", "fr", "言語"),
        ("sheet:office", "1_庁内|children.medical_care,children.nonsense", "children.nonsense"),
        ("sheet:nurses", "9_看護|children.medical_care", "nurses"),
        ("made", "yesterday", "made"),
        ("copy", "-1", "copy"),
        ("extra", "1", "extra"),
        ("fact:children.medical_care", "=1+1", "編集されています"),  # a formula, said at its cell
        ("fact:children.medical_care", "zzz", "fact:children.medical_care"),
    ],
)
def test_an_edited_hidden_sheet_is_refused_at_its_cell_and_never_read_as_a_path(
    cli, data: Path, key, value, words
) -> None:  # type: ignore[no-untyped-def]
    book = _edit_meta(export(cli, data), data.parent / "meta.xlsx", key, value)
    result = cli("--data", str(data), "survey", "import", str(book))
    assert result.code == 3 and f"{book}:_planner!" in result.err and words in result.err, result.err
    assert "passwd" not in result.err or "../../../etc/passwd" in result.err  # quoted, never opened


def test_a_workbook_of_an_earlier_version_is_refused_with_what_to_do(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    book = _edit_meta(export(cli, data), data.parent / "old.xlsx", "format", "planner.survey/1")
    result = cli("--data", str(data), "survey", "import", str(book))
    assert result.code == 3 and "以前の版" in result.err, result.err


@pytest.mark.parametrize(
    "sheet, words",
    [("庁内/総務", "/"), ("庁内\x07", "U+0007"), ("とても長いシート名とても長いシート名とても長いシート", "文字")],
)
def test_a_sheet_name_excel_refuses_is_a_located_error_in_survey_yaml(cli, data: Path, sheet: str, words: str) -> None:  # type: ignore[no-untyped-def]
    survey = data / "rules" / "survey.yaml"
    escaped = sheet.encode("unicode_escape").decode("ascii") if "\x07" in sheet else sheet
    survey.write_text(
        survey.read_text(encoding="utf-8").replace("sheet: {ja: 庁内,", f'sheet: {{ja: "{escaped}",', 1),
        encoding="utf-8",
    )
    for args in (
        ("rules", "lint"),
        ("validate", str(data)),
        ("survey", "export", "koto", "--out", str(data.parent / "x.xlsx")),
    ):
        result = cli("--data", str(data), *args)
        assert result.code in (1, 3), (args, result.err)
        assert re.search(rf"{re.escape(str(survey))}:\d+:\d+: ", result.err) and words in result.err, result.err
        assert "Warning" not in result.err and not (data.parent / "x.xlsx").exists()


def test_a_profile_whose_facts_use_the_list_form_takes_answers(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    profile = data / "wards" / "koto.yaml"
    text = profile.read_text(encoding="utf-8").replace(
        "  medical_care:\n    value: 79\n    source: koto-guidebook-2023\n    as_of: 2023-09\n",
        "  medical_care:\n  - value: 79\n    source: koto-guidebook-2023\n    as_of: 2023-09\n",
    )
    text = text.replace("    note: 「担当課で把握している", "    note: 「担当課で把握している", 1)
    profile.write_text(text, encoding="utf-8")
    assert cli("--data", str(data), "validate", str(profile)).code == 0
    book = office(export(cli, data), data.parent / "list.xlsx", D7=85)
    result = cli("--data", str(data), "survey", "import", str(book))
    assert result.code == 0, result.err
    assert "  - value: 85\n" in profile.read_text(encoding="utf-8"), "the answer joins the list"


def test_an_imported_profile_keeps_its_mode_and_owner(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    profile = data / "wards" / "koto.yaml"
    os.chmod(profile, 0o640)
    if os.geteuid() == 0:
        os.chown(profile, 12345, 12345)
    book = office(export(cli, data), data.parent / "owner.xlsx", D7=85)
    assert cli("--data", str(data), "survey", "import", str(book)).code == 0
    info = profile.stat()
    assert info.st_mode & 0o777 == 0o640
    if os.geteuid() == 0:
        assert (info.st_uid, info.st_gid) == (12345, 12345)


def test_a_profile_that_cannot_be_given_back_to_its_owner_is_written_in_place(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Another user's profile, writable by a shared group: a new file could not be theirs, so the file is rewritten."""
    from planner.intake import lock

    profile = tmp_path / "koto.yaml"
    profile.write_text("old\n", encoding="utf-8")
    inode = profile.stat().st_ino
    real = os.stat

    def stat_as_other(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        found = real(path, *args, **kwargs)
        if Path(path) == profile:
            return os.stat_result((found.st_mode, found.st_ino, found.st_dev, 1, 12345, 12345, *found[6:]))
        return found

    def refuse(*_: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(lock.os, "stat", stat_as_other)
    monkeypatch.setattr(lock.os, "chown", refuse)
    lock.replace_keeping_owner(profile, "new\n")
    assert profile.read_text(encoding="utf-8") == "new\n" and profile.stat().st_ino == inode
    assert [p.name for p in tmp_path.iterdir()] == ["koto.yaml"], "no temporary file is left"


def test_workbook_arguments_that_are_not_workbooks_are_refused_each_at_its_name(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    folder = data.parent / "back"
    folder.mkdir()
    os.mkfifo(folder / "pipe.xlsx")
    (folder / "~$koto.xlsx").write_bytes(b"\0" * 165)  # Excel's lock file while the workbook is open: left out
    profile = data / "wards" / "koto.yaml"
    before = profile.read_bytes()
    for args in ([str(folder)], [str(profile)], [str(data.parent / "missing.xlsx")], [str(data.parent / "empty")]):
        if args[0].endswith("empty"):
            Path(args[0]).mkdir()
        result = cli("--data", str(data), "survey", "import", *args)
        assert result.code == 3 and args[0] in result.err and "~$" not in result.err, (args, result.err)
    assert profile.read_bytes() == before
    book = office(export(cli, data), data.parent / "twice.xlsx", D7=85)
    twice = cli("--data", str(data), "survey", "import", str(book), str(book), str(data.parent / "." / "twice.xlsx"))
    assert twice.code == 0, "one file named three times is read once"
    chofu = data.parent / "chofu.xlsx"
    assert cli("--data", str(data), "survey", "export", "chofu", "--out", str(chofu)).code == 0
    mixed = cli("--data", str(data), "survey", "import", str(book), str(chofu))
    assert mixed.code == 3 and str(chofu) in mixed.err


def test_no_file_path_is_written_into_a_workbook(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    xml = b"".join(sheet_xml(export(cli, data)).values())
    for path in (b"wards/", b".yaml", str(data).encode()):
        assert path not in xml


def test_rows_are_tall_enough_for_their_wrapped_text(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    wb = load_workbook(export(cli, data))
    for ws in wb.worksheets[1:6]:
        for r in range(7, ws.max_row + 1):
            question = str(ws[f"B{r}"].value or "")
            units = sum(2 if ord(ch) > 0x2E80 else 1 for ch in question)
            naive = -(-units // (ws.column_dimensions["B"].width - 2))  # lines at the full width, no margin kept
            assert ws.row_dimensions[r].height >= 15 * naive, f"{ws.title}!B{r} is cut"
    cover = wb.worksheets[0]
    how = next(r for r in range(1, 30) if str(cover[f"A{r}"].value or "").startswith("記入要領"))
    assert cover.row_dimensions[how].height >= 15 * 8, "eight lines of how to answer"


def test_the_cover_asks_for_contact_and_the_reply_date_is_four_weeks_away(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    book = export(
        cli, data, "--contact", "障害福祉課 調整係 山田", "--contact", "03-3647-0000", "--contact", "x@city.koto.lg.jp"
    )
    cover = load_workbook(book)["表紙"]
    values = {cover[f"A{r}"].value: cover[f"B{r}"].value for r in range(3, 12)}
    assert values["担当（所属・氏名）"] == "障害福祉課 調整係 山田" and values["電話"] == "03-3647-0000"
    assert values["メール"] == "x@city.koto.lg.jp"
    from planner.dates import date_label_ja

    due = date.fromordinal(date.today().toordinal() + 28).isoformat()
    assert values["回答期限"] == date_label_ja(due)
    plain = load_workbook(export(cli, data, name="plain.xlsx"))["表紙"]
    blank = [r for r in range(3, 12) if plain[f"A{r}"].value in ("担当（所属・氏名）", "電話", "メール")]
    assert all(plain[f"B{r}"].value is None and plain[f"B{r}"].fill.fgColor.rgb.endswith("FFF8DC") for r in blank)


def test_the_exported_workbook_is_byte_identical_run_to_run(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    a = export(cli, data, "--reply-by", "2099-01-31").read_bytes()
    b = export(cli, data, "--reply-by", "2099-01-31", name="b.xlsx").read_bytes()
    assert a == b
    with zipfile.ZipFile(io.BytesIO(a)) as z:
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_a_japanese_questionnaire_shows_no_english_codes(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    wb = load_workbook(export(cli, data))
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        for row in ws.iter_rows():
            for c in row:
                if not c.coordinate.startswith("J"):  # the field id column, for the import
                    assert not re.search(r"\b(none|few|functioning)\b", str(c.value or "")), (
                        f"{ws.title}!{c.coordinate}"
                    )


def test_what_would_not_fit_the_profile_is_refused_at_the_cells_never_blamed_on_the_profile(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    long_name = office(export(cli, data), data.parent / "long.xlsx", D3="課" * 201, D7=85)
    result = cli("--data", str(data), "survey", "import", str(long_name))
    assert result.code == 3 and f"{long_name}:1_庁内!D3:" in result.err and "koto.yaml" not in result.err, result.err
    out = data.parent / "offices"
    out.mkdir()
    assert (
        cli(
            "--data",
            str(data),
            "survey",
            "export",
            "koto",
            "--group",
            "consultation",
            "--copies",
            "2",
            "--out",
            str(out),
        ).code
        == 0
    )
    books = []
    for n, (total, host) in enumerate(((90_000, "あ" * 300), (20_000, "い" * 300)), 1):
        wb = load_workbook(out / f"koto-3_相談支援事業所-{n:02d}.xlsx")
        ws = wb["3_相談支援事業所"]
        where = {ws[f"J{r}"].value: r for r in range(7, 20) if ws[f"J{r}"].value}
        ws[f"D{where['specialists.total']}"], ws[f"D{where['coordinators.host']}"] = total, host
        ws["D3"], ws["D4"] = f"事業所{n}", TODAY
        books.append(data.parent / f"office{n}.xlsx")
        wb.save(books[-1])
    before = (data / "wards" / "koto.yaml").read_bytes()
    together = cli("--data", str(data), "survey", "import", *map(str, books))
    assert together.code == 3 and together.err.count("収まりません") == 4 and "koto.yaml" not in together.err, (
        together.err
    )
    assert (data / "wards" / "koto.yaml").read_bytes() == before


def test_a_profile_that_is_a_link_or_read_only_is_refused_before_any_waiting(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    book = office(export(cli, data), data.parent / "ro.xlsx", D7=85)
    profile = data / "wards" / "koto.yaml"
    os.chmod(profile, 0o444)
    read_only = cli("--data", str(data), "survey", "import", str(book))
    assert read_only.code == 4 and str(profile) in read_only.err, read_only.err
    os.chmod(profile, 0o644)
    real = data.parent / "real-koto.yaml"
    profile.rename(real)
    profile.symlink_to(real)
    linked = cli("--data", str(data), "survey", "import", str(book))
    assert linked.code == 4 and "リンク" in linked.err and real.read_text("utf-8").count("value: 85") == 0, linked.err


def test_workbooks_are_never_written_into_the_data_folders(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    before = sorted(p.name for p in (data / "wards").iterdir())
    result = cli("--data", str(data), "survey", "export", "koto", "--per-respondent", "--out", str(data / "wards"))
    assert result.code == 4 and sorted(p.name for p in (data / "wards").iterdir()) == before, result.err


def test_a_choice_on_record_is_shown_in_words_in_either_language(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    profile = data / "wards" / "koto.yaml"
    profile.write_text(
        profile.read_text("utf-8") + "specialists:\n  functioning: {value: few, as_of: 2026-10, source: report-2014}\n",
        "utf-8",
    )
    for lang, words in (("ja", "一部のみ"), ("en", "only some")):
        ws = load_workbook(export(cli, data, "--lang", lang, name=f"{lang}.xlsx"))[
            "3_相談支援事業所" if lang == "ja" else "3_Consultation"
        ]
        row = next(r for r in range(7, 20) if ws[f"J{r}"].value == "specialists.functioning")
        assert ws[f"E{row}"].value == words


def test_an_edited_hidden_sheet_is_refused_once_at_the_cell_that_was_edited(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    book = export(cli, data)
    wb = load_workbook(book)
    ws = wb["_planner"]
    code = next(r for r in range(1, ws.max_row + 1) if ws[f"A{r}"].value == "code")
    sheet = next(r for r in range(1, ws.max_row + 1) if ws[f"A{r}"].value == "sheet:office")
    ws[f"B{code}"] = "=A1"  # a formula where the municipality's code was
    ws[f"B{sheet}"] = ws[f"B{sheet}"].value.replace("children.population", "children.nonsense")
    sign = wb["1_庁内"]
    sign["D3"], sign["D4"], sign["D7"] = "障害福祉課", TODAY, 85
    wb.save(book)
    result = cli("--data", str(data), "survey", "import", str(book))
    lines = [line for line in result.err.splitlines() if str(book) in line]
    assert result.code == 3 and len(lines) == 2, result.err
    assert f"_planner!B{code}:" in lines[0] + lines[1] and f"_planner!B{sheet}:" in lines[0] + lines[1]


def test_a_reference_date_after_this_month_is_refused(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli(
        "--data", str(data), "survey", "export", "koto", "--as-of", "2099-01", "--out", str(data.parent / "x.xlsx")
    )
    assert result.code == 2 and "--as-of" in result.err and not (data.parent / "x.xlsx").exists()


def test_a_hidden_character_pasted_into_a_note_is_refused_with_what_to_do(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    book = office(export(cli, data), data.parent / "c1.xlsx", D7=85, I7="担当課で把握\x9b31m")  # CSI, legal in XML
    result = cli("--data", str(data), "survey", "import", str(book))
    assert result.code == 3 and "c1.xlsx:1_庁内!I7: 文字列に制御文字（\\x9b）" in result.err, result.err
    assert "入力し直してください" in result.err and "短く" not in result.err


def test_excels_true_in_a_count_cell_is_shown_as_excel_shows_it(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    book = office(export(cli, data), data.parent / "true.xlsx", D7=True)
    result = cli("--data", str(data), "survey", "import", str(book))
    assert result.code == 3 and "true.xlsx:1_庁内!D7: TRUE は整数ではありません" in result.err, result.err


def test_a_fifo_named_as_a_workbook_gets_a_hint_about_files_not_yaml(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    os.mkfifo(data.parent / "pipe.xlsx")
    result = cli("--data", str(data), "survey", "import", str(data.parent / "pipe.xlsx"))
    assert result.code == 3 and "通常のファイルのパスを指定してください" in result.err and ".yaml" not in result.err


def test_a_workbook_whose_sheet_was_renamed_names_the_sheet_it_wants_and_those_it_has(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    sent = data.parent / "sent"
    sent.mkdir()
    assert cli("--data", str(data), "survey", "export", "koto", "--per-respondent", "--out", str(sent)).code == 0
    book = office(sent / "koto-1_庁内.xlsx", data.parent / "renamed.xlsx", D7=85)
    wb = load_workbook(book)
    wb["1_庁内"].title = "庁内（回答済）"
    wb.save(book)
    result = cli("--data", str(data), "survey", "import", str(book))
    assert result.code == 3, result.err
    assert "回答者のシート（1_庁内）が一つもありません。ブックにあるシート: 表紙、庁内（回答済）" in result.err, (
        result.err
    )
    assert "シート名を元に戻してください" in result.err


def test_a_renamed_sheet_among_others_is_named_in_the_warning_that_its_answers_are_left(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    book = office(export(cli, data), data.parent / "renamed.xlsx", D7=85)
    wb = load_workbook(book)
    wb["2_協議会事務局"].title = "事務局"
    wb.save(book)
    result = cli("--data", str(data), "survey", "import", str(book))
    assert result.code == 0, result.err
    assert "シート「2_協議会事務局」がありません。調査票になかったシート（事務局）があります" in result.err, result.err


@pytest.mark.parametrize("option", ["--respondent", "--contact"])
@pytest.mark.parametrize("value", ["=A事業所", '＝HYPERLINK("x")', " =1+1"])
def test_a_name_a_spreadsheet_would_read_as_a_formula_is_refused_before_any_workbook_is_written(
    cli, data: Path, option: str, value: str
) -> None:  # type: ignore[no-untyped-def]
    out = data.parent / "sent"
    out.mkdir()
    result = cli("--data", str(data), "survey", "export", "koto", "--per-respondent", "--out", str(out), option, value)
    assert result.code == 2 and f"{option} の値が正しくありません: 「=」で始まる文字列" in result.err, result.err
    assert list(out.iterdir()) == []


def test_an_english_export_lists_its_workbooks_in_english(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    out = data.parent / "sent"
    out.mkdir()
    args = ("survey", "export", "koto", "--per-respondent", "--copies", "2", "--out", str(out), "--lang", "en")
    result = cli("--data", str(data), *args)
    assert result.code == 0, result.err
    assert "Koto 3_Consultation (copy 2)" in result.err and "部目" not in result.err and "江東区" not in result.err
