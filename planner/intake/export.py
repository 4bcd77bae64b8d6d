"""`planner survey export`: a questionnaire workbook (cover + one sheet per respondent group), same bytes every time."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from planner.dates import date_label_en, date_label_ja
from planner.intake.layout import (
    ANSWERED,
    COVER,
    FIRST_ROW,
    FORMAT,
    HEADERS,
    LETTERS,
    META,
    RESPONDENT,
    WIDTHS,
    Sheet,
    choices,
    fingerprint,
    sheets,
)
from planner.planning.state import State
from planner.profiles.fields import field_specs
from planner.profiles.load import LoadedProfile
from planner.render.view import value_of
from planner.rulebook.book import RuleBook
from planner.rulebook.wording import Phraser

THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD = PatternFill("solid", fgColor="DDE7F3")
INPUT = PatternFill("solid", fgColor="FFF8DC")
CONFIRM = PatternFill("solid", fgColor="FDE2C8")
WRAP = Alignment(wrap_text=True, vertical="top")
FIXED = datetime(2000, 1, 1)  # workbook timestamps: fixed, so the same profile gives the same bytes


def _text(key: str, lang: str, **params: Any) -> str:
    words = {
        "title": ("医療的ケア児支援 実態調査票", "Survey of support for children needing medical care"),
        "about": (
            "この調査票は、医療的ケア児と支援の現状を把握し、アプローチプラン（取組計画）に反映するためのものです。"
            "回答は出典（本調査票・回答者の区分・回答日）付きでプロファイル（{file}）に取り込みます。",
            "This questionnaire establishes how children needing medical care are supported, for the approach "
            "plan. Answers are imported into the profile ({file}) with their source (this questionnaire, the "
            "respondent group, the answer date).",
        ),
        "how": (
            "記入のしかた: 各シートの「回答」欄（黄色）に記入してください。分からない項目は「不明」とするか空欄のままにしてください"
            "（0と記入しないでください）。「現在の記録」がある項目は、正しければ同じ値を、変わっていれば新しい値を記入してください。"
            "「要確認」の項目（橙色）は特に確認をお願いします。数は0以上の整数で記入してください。各シートの回答者と回答日も記入してください。"
            "行の並べ替え・削除、シートの削除はしないでください。",
            "How to answer: write in the yellow Answer column of each sheet. Leave a question blank or write "
            "'unknown' if you do not know (never 0 for unknown). Where a value is on record, write it again if it "
            "is right, or the new value. Please check the orange 'to confirm' rows. Counts are whole numbers ≥ 0. "
            "Fill in the respondent and the answer date on each sheet. Do not sort or delete rows or sheets.",
        ),
        "ward": ("自治体", "Municipality"),
        "as_of": ("基準日", "As of"),
        "reply_by": ("回答期限", "Reply by"),
        "contact": ("問い合わせ先", "Contact"),
        "groups": ("回答者の区分とシート", "Who answers which sheet"),
        "sheet": ("シート", "Sheet"),
        "who": ("回答者", "Who answers"),
        "count": ("項目数", "Questions"),
        "respondent": ("回答者（所属・氏名）", "Respondent (organisation, name)"),
        "answered": ("回答日", "Answer date"),
        "confirm": ("要確認", "to confirm"),
    }
    ja, en = words[key]
    return (ja if lang == "ja" else en).format(**params)


def export_workbook(book: RuleBook, lp: LoadedProfile, state: State, lang: str, reply_by: str) -> bytes:
    """The questionnaire for one municipality as xlsx bytes (deterministic: fixed timestamps, fixed zip dates)."""
    phraser = Phraser(book.wording, lp.profile.kind, state.as_of)
    wb = Workbook()
    wb.properties.created = wb.properties.modified = FIXED
    wb.properties.creator = "planner"
    wb.properties.title = f"{_text('title', lang)} — {lp.profile.name.ja}"
    cover = wb.active
    assert isinstance(cover, Worksheet)
    cover.title = COVER[lang]
    layout = sheets(book, lang)
    _cover(cover, book, lp, state, lang, reply_by, layout, phraser)
    for sheet in layout:
        _group_sheet(wb.create_sheet(sheet.name), book, lp, state, lang, sheet, phraser)
    _meta(wb.create_sheet(META), book, lp, state, lang, layout)
    raw = io.BytesIO()
    wb.save(raw)
    return _fixed_zip(raw.getvalue())


def _cover(
    ws: Worksheet,
    book: RuleBook,
    lp: LoadedProfile,
    state: State,
    lang: str,
    reply_by: str,
    layout: list[Sheet],
    phraser: Phraser,
) -> None:
    p = lp.profile
    label = date_label_ja if lang == "ja" else date_label_en
    ws["A1"] = _text("title", lang)
    ws["A1"].font = Font(size=16, bold=True)
    rows = [
        (_text("ward", lang), f"{p.name.ja}（{p.code}）" if lang == "ja" else f"{p.name.ja} ({p.name.en}, {p.code})"),
        (_text("as_of", lang), label(state.as_of)),
        (_text("reply_by", lang), label(reply_by)),
        (
            _text("contact", lang),
            phraser.fill(
                "{office}（障害福祉主管課）" if lang == "ja" else "The {office} (disability welfare section)", lang
            ),
        ),
    ]
    for i, (k, v) in enumerate(rows, 3):
        ws[f"A{i}"], ws[f"B{i}"] = k, v
        ws[f"A{i}"].font = Font(bold=True)
    ws["A8"] = _text("about", lang, file=f"wards/{p.id}.yaml")
    ws["A9"] = _text("how", lang)
    for cell in ("A8", "A9"):
        ws.merge_cells(f"{cell}:D{cell[1:]}")
        ws[cell].alignment = WRAP
    ws.row_dimensions[8].height, ws.row_dimensions[9].height = 60, 120
    ws["A11"] = _text("groups", lang)
    ws["A11"].font = Font(bold=True)
    for j, head in enumerate((_text("sheet", lang), _text("who", lang), _text("count", lang))):
        cell = ws.cell(row=12, column=j + 1, value=head)
        cell.fill, cell.border, cell.font = HEAD, BOX, Font(bold=True)
    for i, sheet in enumerate(layout, 13):
        group = book.survey.group(sheet.group)
        for j, value in enumerate(
            (sheet.name, phraser.fill(group.who.ja if lang == "ja" else group.who.en, lang), len(sheet.fields))
        ):
            cell = ws.cell(row=i, column=j + 1, value=value)
            cell.border, cell.alignment = BOX, WRAP
    for col, width in zip("ABCD", (22, 60, 10, 10), strict=True):
        ws.column_dimensions[col].width = width
    _print_setup(ws, f"{p.name.ja}　{label(state.as_of)}", _text("title", lang))


def _group_sheet(
    ws: Worksheet, book: RuleBook, lp: LoadedProfile, state: State, lang: str, sheet: Sheet, phraser: Phraser
) -> None:
    group = book.survey.group(sheet.group)
    ws["A1"] = f"{_text('title', lang)} — {group.title.ja if lang == 'ja' else group.title.en}"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = phraser.fill(group.who.ja if lang == "ja" else group.who.en, lang)
    for cell, key in ((RESPONDENT, "respondent"), (ANSWERED, "answered")):
        ws[f"B{cell[1:]}"] = _text(key, lang)
        ws[f"B{cell[1:]}"].font = Font(bold=True)
        ws[cell].fill, ws[cell].border, ws[cell].protection = INPUT, BOX, Protection(locked=False)
    answered = DataValidation(
        type="date",
        operator="between",
        formula1="36526",
        formula2="73051",
        allow_blank=True,
        showErrorMessage=True,
        error="日付を入力してください" if lang == "ja" else "Enter a date",
    )
    ws.add_data_validation(answered)
    answered.add(ANSWERED)
    ws[ANSWERED].number_format = "yyyy-mm-dd"
    for j, head in enumerate(HEADERS[lang]):
        cell = ws.cell(row=FIRST_ROW - 1, column=j + 1, value=head)
        cell.fill, cell.border, cell.font, cell.alignment = HEAD, BOX, Font(bold=True), WRAP
    for i, name in enumerate(sheet.fields):
        _question_row(ws, i, name, book, state, lang, phraser)
    for j, width in enumerate(WIDTHS):
        ws.column_dimensions[chr(ord("A") + j)].width = width
    ws.freeze_panes = f"A{FIRST_ROW}"
    ws.protection.sheet = True  # no password: it keeps rows in place, and anyone may lift it
    ws.protection.formatColumns = ws.protection.formatRows = False
    made = (date_label_ja if lang == "ja" else date_label_en)(state.as_of)
    _print_setup(ws, f"{lp.profile.name.ja}　{made}", group.title.ja if lang == "ja" else group.title.en)
    ws.print_title_rows = f"{FIRST_ROW - 1}:{FIRST_ROW - 1}"


def _question_row(ws: Worksheet, i: int, name: str, book: RuleBook, state: State, lang: str, phraser: Phraser) -> None:
    """One question: what is on record (orange when it needs confirming), the answer cells and their check."""
    row, spec, q = FIRST_ROW + i, field_specs()[name], book.survey.questions[name]
    known = state.fact(name)
    stale = known is not None and known.status in ("stale", "undated", "other_body")
    values = {
        "no": i + 1,
        "question": phraser.fill(q.ja if lang == "ja" else q.en, lang),
        "unit": (spec.unit_ja or "") if lang == "ja" else (spec.unit or ""),
        "answer": None,
        "current": value_of(name, known.value, lang) if known else None,
        "date": (date_label_ja if lang == "ja" else date_label_en)(known.as_of) if known and known.as_of else None,
        "source": known.source if known else None,
        "confirm": _text("confirm", lang) if stale else None,
        "note": None,
        "field": name,
    }
    for col, value in values.items():
        cell = ws[f"{LETTERS[col]}{row}"]
        cell.value, cell.border, cell.alignment = value, BOX, WRAP
    ws.row_dimensions[row].height = 15 * max(_lines(str(values[c] or ""), WIDTHS[j]) for j, c in enumerate(values))
    ws[f"{LETTERS['field']}{row}"].font = Font(size=8, color="666666")  # the field id, for the import
    ws[f"{LETTERS['field']}{row}"].alignment = Alignment(vertical="top", shrink_to_fit=True)
    for col in ("answer", "note"):
        ws[f"{LETTERS[col]}{row}"].fill = CONFIRM if stale and col == "answer" else INPUT
        ws[f"{LETTERS[col]}{row}"].protection = Protection(locked=False)
    _validation(ws, f"{LETTERS['answer']}{row}", spec, lang)


def _lines(text: str, width: int) -> int:
    """Lines a text takes in a column of this width (CJK characters count two), so wrapped rows are tall enough."""
    cells = sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)
    return max(1, -(-cells // max(1, width - 4)))


def _validation(ws: Worksheet, cell: str, spec: Any, lang: str) -> None:
    error = {
        "ja": "選択肢から選ぶか、0以上の整数を入力してください（分からなければ空欄）",
        "en": "Pick from the list, or enter a whole number ≥ 0 (leave blank if unknown)",
    }[lang]
    if spec.kind in ("bool", "enum"):
        dv = DataValidation(type="list", formula1='"' + ",".join(choices(spec, lang)) + '"', allow_blank=True)
    elif spec.kind == "count":
        dv = DataValidation(
            type="whole", operator="between", formula1="0", formula2=str(spec.maximum or 100000), allow_blank=True
        )
    elif spec.kind == "year":
        dv = DataValidation(type="whole", operator="between", formula1="1990", formula2="2100", allow_blank=True)
    else:
        dv = DataValidation(type="textLength", operator="lessThanOrEqual", formula1="500", allow_blank=True)
    dv.showErrorMessage, dv.error = True, error
    ws.add_data_validation(dv)
    dv.add(cell)


def _print_setup(ws: Worksheet, left: str, right: str) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    # "&" starts a header code in Excel (&P page, &D date): a name with "&" must not become one
    ws.oddHeader.left.text = left.replace("&", "&&")
    ws.oddHeader.right.text = right.replace("&", "&&")
    ws.oddFooter.center.text = "&P / &N"


def _meta(ws: Worksheet, book: RuleBook, lp: LoadedProfile, state: State, lang: str, layout: list[Sheet]) -> None:
    rows: list[tuple[str, str]] = [
        ("format", FORMAT),
        ("ward", lp.profile.id),
        ("code", lp.profile.code),
        ("lang", lang),
        ("as_of", state.as_of),
        ("profile_sha256", lp.sha256),
        ("questions_sha256", fingerprint(book)),
    ]
    rows += [(f"sheet:{s.group}", f"{s.name}|{','.join(s.fields)}") for s in layout]
    for i, (k, v) in enumerate(rows, 1):
        ws[f"A{i}"], ws[f"B{i}"] = k, v
    ws.sheet_state = "veryHidden"


def _fixed_zip(data: bytes) -> bytes:
    """The workbook's zip with every entry dated 1980-01-01, so identical content gives identical bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type, fixed.external_attr = zipfile.ZIP_DEFLATED, 0o644 << 16
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time here
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2000-01-01T00:00:00Z", body)
            dst.writestr(fixed, body)
    return out.getvalue()


def reply_by_for(end_month: str) -> str:
    """The last day of the month the plan's survey ends: the reply date the questionnaire asks for."""
    year, month = int(end_month[:4]), int(end_month[5:7])
    following = date(year + (month == 12), month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1).isoformat()
