"""The questionnaire round trip: export a municipality's workbook, answer it as a respondent would, import it."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from planner.intake.words import parse_answer
from planner.planning.api import plan_ward
from planner.profiles.fields import FieldSpec, field_specs
from tests.conftest import ROOT


@pytest.fixture
def data(tmp_path: Path) -> Path:
    dest = tmp_path / "data"
    for name in ("wards", "rules", "models"):
        shutil.copytree(ROOT / name, dest / name)
    return dest


def export(cli, data: Path, ward: str = "koto", lang: str = "ja") -> Path:  # type: ignore[no-untyped-def]
    out = data.parent / f"{ward}-{lang}.xlsx"
    result = cli("--data", str(data), "survey", "export", ward, "--out", str(out), "--lang", lang, "--as-of", "2026-11")
    assert result.code == 0, result.err
    return out


def rows(ws) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {ws[f"J{r}"].value: r for r in range(7, 60) if ws[f"J{r}"].value}


def answer(book: Path, answers: dict[str, dict[str, object]], dates: dict[str, object], out: Path) -> Path:
    """Fill a questionnaire as a respondent would: answers and notes per sheet, a name and a date."""
    wb = load_workbook(book)
    for sheet, values in answers.items():
        ws = wb[sheet]
        where = rows(ws)
        for field, value in values.items():
            if isinstance(value, tuple):
                ws[f"D{where[field]}"], ws[f"I{where[field]}"] = value
            else:
                ws[f"D{where[field]}"] = value
        ws["D3"] = f"{sheet} 担当"
        ws["D4"] = dates.get(sheet, TODAY)
    wb.save(out)
    return out


# An answer is dated between the day its questionnaire was made and today: the tests make it today and answer it.
TODAY = datetime.combine(date.today(), datetime.min.time())
ISO_TODAY = date.today().isoformat()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


KOTO_ANSWERS = {
    "1_庁内": {
        "children.medical_care": (85, "令和8年12月1日現在"),
        "children.population": 524310,
        "beds.in_home_respite": "あり",
        "information.family_desk": "不明",
        "information.resource_map": "なし",
        "welfare.subsidy_suction": "あり",
    },
    "3_相談支援事業所": {"coordinators.placed": "なし", "specialists.total": 40},
}


def test_the_workbook_is_a_form_with_one_sheet_per_respondent_group(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    book = export(cli, data)
    wb = load_workbook(book)
    assert wb.sheetnames[:6] == ["表紙", "1_庁内", "2_協議会事務局", "3_相談支援事業所", "4_医療機関", "5_教育・保育"]
    assert wb["_planner"].sheet_state == "veryHidden"
    ws = wb["1_庁内"]
    assert [c.value for c in ws[6]][:4] == ["番号", "質問", "単位・選択肢", "回答"]
    where = rows(ws)
    first = min(where, key=where.get)  # type: ignore[arg-type]
    assert first == "children.medical_care", "the number of children is asked first"
    assert ws[f"B{where['children.medical_care']}"].value == "区内に住む医療的ケア児（0～18歳）を何人把握していますか。"
    assert (
        ws[f"E{where['children.medical_care']}"].value == "79人"
        and ws[f"H{where['children.medical_care']}"].value == "要確認"
    )
    kinds = {str(r): (dv.type, dv.formula1) for dv in ws.data_validations.dataValidation for r in dv.sqref.ranges}
    assert kinds[f"D{where['beds.in_home_respite']}"] == ("list", '"あり,なし,不明"')
    assert ws[f"C{where['beds.in_home_respite']}"].value == "あり／なし／不明", (
        "the choices are printed beside the cell"
    )
    count_check = kinds[f"D{where['children.medical_care']}"]
    assert count_check[0] == "custom" and '="不明"' in count_check[1], "不明 passes the check, as the cover invites"
    assert kinds["D4"][0] == "date"
    assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4 and ws.oddHeader.left.text == "江東区　令和8年11月"
    assert "区役所" in wb["表紙"]["B6"].value


def test_export_gives_the_same_bytes_every_time_and_speaks_the_municipalitys_words(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    a = export(cli, data)
    b = a.read_bytes()
    assert export(cli, data).read_bytes() == b
    chofu = load_workbook(export(cli, data, "chofu"))
    texts = " ".join(str(c.value) for ws in chofu.worksheets for row in ws.iter_rows() for c in row if c.value)
    assert "市内" in texts and "区内" not in texts and "区役所" not in texts


def test_a_filled_questionnaire_comes_back_as_sourced_facts(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    before_plan = plan_ward(data, "koto")
    original = (data / "wards" / "koto.yaml").read_text(encoding="utf-8")
    book = answer(export(cli, data), KOTO_ANSWERS, {}, data.parent / "answered.xlsx")
    dry = cli("--data", str(data), "survey", "import", str(book), "--dry-run")
    # 79 (令和5年9月) and 40 are on record: answers of today with other figures are newer values (更新), not 訂正
    assert dry.code == 0 and "追加 4" in dry.out and "更新 2" in dry.out and "確認 1" in dry.out, dry.out
    assert (data / "wards" / "koto.yaml").read_text(encoding="utf-8") == original, "--dry-run writes nothing"
    result = cli("--data", str(data), "survey", "import", str(book))
    assert result.code == 0, result.err
    text = (data / "wards" / "koto.yaml").read_text(encoding="utf-8")
    for line in original.splitlines():
        if line.startswith("#") or line.strip().startswith("note:"):
            assert line in text, f"lost: {line}"
    assert f"survey-office-{ISO_TODAY}:" in text and "respondent: 1_庁内 担当" in text
    assert "note: 令和8年12月1日現在" in text
    assert cli("--data", str(data), "validate").code == 0
    after = plan_ward(data, "koto")
    state = {f.field: f for g in after.present for f in g.facts}
    assert state["children.medical_care"].value == 85 and state["children.medical_care"].status == "current"
    assert "information.family_desk" not in state, "不明 stays unknown"
    assert "place-coordinator" in {a.id for a in after.actions}
    assert len(after.data_gaps) < len(before_plan.data_gaps)
    assert len(after.pending) < len(before_plan.pending)


def _break(kind: str, book: Path, tmp: Path, data: Path, cli) -> Path:  # type: ignore[no-untyped-def]
    out = tmp / f"{kind}.xlsx"
    if kind == "empty":
        out.write_bytes(b"")
        return out
    if kind == "not-xlsx":
        out.write_text("this is a text file, renamed\n", encoding="utf-8")
        return out
    if kind == "zip-not-workbook":
        with zipfile.ZipFile(out, "w") as z:
            z.writestr("hello.txt", "hi")
        return out
    if kind == "other-ward":
        return answer(export(cli, data, "chofu"), {"1_庁内": {"children.medical_care": 3}}, {}, out)
    wb = load_workbook(book)
    ws = wb["1_庁内"]
    where = rows(ws)
    ws["D3"], ws["D4"] = "担当", TODAY
    if kind == "text-in-count":
        ws[f"D{where['children.medical_care']}"] = "約80人"
    elif kind == "impossible-date":
        ws[f"D{where['children.medical_care']}"], ws["D4"] = 80, "2026-02-30"
    elif kind == "not-in-list":
        ws[f"D{where['beds.in_home_respite']}"] = "たぶん"
    elif kind == "negative-count":
        ws[f"D{where['children.medical_care']}"] = -3
    elif kind == "fraction":
        ws[f"D{where['children.medical_care']}"] = 7.5
    elif kind == "every-sheet-deleted":
        for name in ("1_庁内", "2_協議会事務局", "3_相談支援事業所", "4_医療機関", "5_教育・保育"):
            del wb[name]
    elif kind == "moved-row":
        a, b = where["children.medical_care"], where["children.population"]
        for col in "ABCDEFGHIJ":
            ws[f"{col}{a}"].value, ws[f"{col}{b}"].value = ws[f"{col}{b}"].value, ws[f"{col}{a}"].value
    elif kind == "no-answer-date":
        ws[f"D{where['children.medical_care']}"], ws["D4"] = 80, None
    elif kind == "control-characters":
        ws2 = wb["3_相談支援事業所"]
        # U+009B is a terminal's one-character escape (CSI) and, unlike U+001B, may stand in a workbook
        ws2[f"D{rows(ws2)['coordinators.host']}"] = "相談\x9b31m支援"
        ws2["D3"], ws2["D4"] = "相談", TODAY
    wb.save(out)
    return out


BAD = [
    "empty",
    "not-xlsx",
    "zip-not-workbook",
    "other-ward",
    "text-in-count",
    "impossible-date",
    "not-in-list",
    "negative-count",
    "fraction",
    "every-sheet-deleted",
    "moved-row",
    "no-answer-date",
    "control-characters",
]


@pytest.mark.parametrize("kind", BAD)
def test_a_bad_workbook_is_refused_with_its_place_and_the_profile_untouched(cli, data: Path, kind: str) -> None:  # type: ignore[no-untyped-def]
    book = export(cli, data)
    bad = _break(kind, book, data.parent, data, cli)
    before = sha(data / "wards" / "koto.yaml")
    result = cli("--data", str(data), "survey", "import", str(bad), "--ward", "koto")
    assert result.code == 3, (result.code, result.err)
    assert str(bad) in result.err and "Traceback" not in result.err
    if kind in (
        "text-in-count",
        "impossible-date",
        "not-in-list",
        "negative-count",
        "fraction",
        "moved-row",
        "no-answer-date",
    ):
        assert f"{bad}:1_庁内!" in result.err, result.err
    if kind == "control-characters":
        assert f"{bad}:3_相談支援事業所!D" in result.err and "\x1b" not in result.err, result.err
    assert sha(data / "wards" / "koto.yaml") == before
    assert sorted(p.name for p in (data / "wards").iterdir()) == sorted(p.name for p in (ROOT / "wards").iterdir())


def test_a_field_edited_in_the_profile_since_export_is_refused_at_its_cell_and_other_edits_are_not(
    cli, data: Path
) -> None:  # type: ignore[no-untyped-def]
    book = answer(export(cli, data), KOTO_ANSWERS, {}, data.parent / "answered.xlsx")
    profile = data / "wards" / "koto.yaml"
    profile.write_text(profile.read_text(encoding="utf-8").replace("value: 79", "value: 78"), encoding="utf-8")
    before = sha(profile)
    result = cli("--data", str(data), "survey", "import", str(book))
    assert result.code == 3 and f"{book}:1_庁内!D7:" in result.err and "変更されています" in result.err, result.err
    assert result.err.count(str(book)) == 1, "only the field that changed is refused"
    assert sha(profile) == before
    profile.write_text(
        profile.read_text(encoding="utf-8").replace("value: 78", "value: 79") + "# edited\n", encoding="utf-8"
    )
    taken = cli("--data", str(data), "survey", "import", str(book))
    assert taken.code == 0, "a comment, or another field, changed since export is no reason to refuse"
    assert "# edited" in profile.read_text(encoding="utf-8")


def test_questions_changed_since_export_are_refused(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    book = answer(export(cli, data), KOTO_ANSWERS, {}, data.parent / "answered.xlsx")
    survey = data / "rules" / "survey.yaml"
    survey.write_text(
        survey.read_text(encoding="utf-8").replace(
            "council.exists: {group: secretariat", "council.exists: {group: office"
        ),
        encoding="utf-8",
    )
    result = cli("--data", str(data), "survey", "import", str(book))
    assert result.code == 3 and ("質問が変更" in result.err or "questions have changed" in result.err), result.err


def test_init_writes_a_profile_that_validates_and_assesses_and_never_replaces_one(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    args = [
        "--data",
        str(data),
        "init",
        "shinmachi",
        "--code",
        "13999",
        "--name",
        "新町",
        "--kind",
        "town",
        "--area",
        "nishi-tama",
        "--describes",
        "2026-11",
    ]
    assert cli(*args).code == 0
    path = data / "wards" / "shinmachi.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schema/ward-profile.schema.json")
    assert "medical_care: null  # 医療的ケア児数（単位: 人） — 町内に住む医療的ケア児" in text
    assert cli("--data", str(data), "validate", str(path)).code == 0
    assert cli("--data", str(data), "assess", "shinmachi").code == 0
    again = cli(*args)
    assert again.code == 2 and path.read_text(encoding="utf-8") == text
    bad = cli(
        "--data",
        str(data),
        "init",
        "Bad_Id",
        "--code",
        "13999",
        "--name",
        "x",
        "--kind",
        "town",
        "--area",
        "nishi-tama",
    )
    assert bad.code == 2 and not (data / "wards" / "Bad_Id.yaml").exists()


def spec(path: str) -> FieldSpec:
    return field_specs()[path]


@pytest.mark.parametrize(
    "raw, value", [(79, 79), (79.0, 79), ("79", 79), ("７９", 79), ("79人", 79), ("１，２００人", 1200), (" 80 ", 80)]
)
def test_a_count_is_read_as_people_type_it(raw: object, value: int) -> None:
    assert parse_answer(spec("children.medical_care"), raw, "ja") == (value, True)


@pytest.mark.parametrize("raw", [None, "", "  ", "不明", "わからない", "-"])
def test_a_blank_or_unknown_answer_stays_unknown_never_zero_or_no(raw: object) -> None:
    assert parse_answer(spec("children.medical_care"), raw, "ja") == (None, False)
    assert parse_answer(spec("beds.in_home_respite"), raw, "ja") == (None, False)


@pytest.mark.parametrize(
    "raw", ["79.5", "約80", "80人程度", "7 9", "-3", "1e3", "0x10", True, 7.5, float("nan"), "８０床"]
)
def test_a_count_that_is_not_a_whole_number_of_the_unit_is_refused(raw: object) -> None:
    with pytest.raises(ValueError):
        parse_answer(spec("children.medical_care"), raw, "ja")


def test_a_line_break_in_a_text_answer_is_a_space_and_other_controls_are_refused() -> None:
    assert parse_answer(spec("coordinators.host"), "A病院\nB事業所", "ja") == ("A病院 B事業所", True)
    for raw in ("相談\x9b31m支援", "名\u202e前", "x\x00"):
        with pytest.raises(ValueError, match=r"制御文字|control"):
            parse_answer(spec("coordinators.host"), raw, "ja")
    with pytest.raises(ValueError):
        parse_answer(spec("coordinators.host"), "あ" * 501, "ja")


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.office
def test_the_questionnaire_prints_on_a4_as_a_japanese_form(cli, data: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """LibreOffice (as a respondent's office suite) prints it: A4 landscape, the Japanese questions as text."""
    if not SOFFICE or not shutil.which("pdftotext"):
        if os.environ.get("CI"):
            pytest.fail("LibreOffice or poppler is not installed; .ci/run installs libreoffice-calc and poppler-utils")
        pytest.skip("LibreOffice or poppler-utils not installed")
    book = export(cli, data)
    profile = tmp_path / "lo-profile"  # a private LibreOffice profile: parallel runs must not share one
    run = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(book),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    pdf = tmp_path / f"{book.stem}.pdf"
    assert pdf.exists(), run.stdout + run.stderr
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    size = re.search(r"Page size: +([\d.]+) x ([\d.]+) pts", info)
    assert size and abs(float(size[1]) - 841.9) < 1 and abs(float(size[2]) - 595.3) < 1, info  # A4 landscape
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for words in (
        "医療的ケア児支援 実態調査票",
        "江東区",
        "区内に住む医療的ケア児（0～18歳）を何人把握していますか。",
        "回答日",
    ):
        assert words in text, f"{words!r} is not printed"
    artefacts = ROOT / "out"
    artefacts.mkdir(exist_ok=True)
    shutil.copy(pdf, artefacts / "survey-koto.pdf")
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "100",
            "-png",
            "-f",
            "2",
            "-l",
            "2",
            "-singlefile",
            str(pdf),
            str(artefacts / "survey-koto"),
        ],
        check=True,
    )


def test_export_never_writes_over_an_input_or_a_special_file(cli, data: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    profile = data / "wards" / "koto.yaml"
    before = sha(profile)
    onto_profile = cli("--data", str(data), "survey", "export", "koto", "--out", str(profile))
    assert onto_profile.code == 4 and sha(profile) == before, onto_profile.err
    fifo = tmp_path / "pipe.xlsx"
    os.mkfifo(fifo)
    onto_fifo = cli("--data", str(data), "survey", "export", "koto", "--out", str(fifo))
    assert onto_fifo.code == 4 and fifo.is_fifo(), onto_fifo.err
    link = tmp_path / "link.xlsx"
    link.symlink_to(profile)
    through_link = cli("--data", str(data), "survey", "export", "koto", "--out", str(link))
    assert through_link.code == 4 and sha(profile) == before and link.is_symlink(), through_link.err


def test_import_reads_only_a_regular_file_of_a_sane_size(cli, data: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = sha(data / "wards" / "koto.yaml")
    fifo = tmp_path / "pipe.xlsx"
    os.mkfifo(fifo)  # nobody writes to it: reading it would block for ever
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", "")
        z.writestr("xl/big.xml", b"\0" * 60_000_000)  # deflates to about 60 KB
    huge = tmp_path / "huge.xlsx"
    with huge.open("wb") as f:
        f.truncate(20_000_000)
    for path in (fifo, folder, bomb, huge, tmp_path / "missing.xlsx"):
        result = cli("--data", str(data), "survey", "import", str(path))
        assert result.code == 3 and str(path) in result.err, (path, result.code, result.err)
    assert sha(data / "wards" / "koto.yaml") == before


def test_markup_and_controls_in_names_and_notes_stay_text(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    book = answer(
        export(cli, data),
        {"1_庁内": {"children.medical_care": (85, "<script>alert(1)</script> | # x")}},
        {},
        data.parent / "answered.xlsx",
    )
    wb = load_workbook(book)
    wb["1_庁内"]["D3"] = "課長\x9b2J"
    wb.save(book)
    refused = cli("--data", str(data), "survey", "import", str(book))
    assert refused.code == 3 and "1_庁内!D3" in refused.err and "\x9b" not in refused.err, refused.err
    wb["1_庁内"]["D3"] = "<b>課長</b>"
    wb.save(book)
    assert cli("--data", str(data), "survey", "import", str(book)).code == 0
    md = cli("--data", str(data), "assess", "koto", "--format", "md").out
    html = cli("--data", str(data), "assess", "koto", "--format", "html").out
    plan = json.loads(cli("--data", str(data), "assess", "koto", "--format", "json").out)
    facts = {f["field"]: f for group in plan["present"] for f in group["facts"]}
    assert facts["children.medical_care"]["note"] == "<script>alert(1)</script> | # x"
    assert "&lt;b&gt;課長&lt;/b&gt;" in html and "<b>課長" not in html and "<script>" not in html
    assert "\\<b\\>課長" in md or "&lt;b&gt;課長" in md, "the respondent's name is text in Markdown"
