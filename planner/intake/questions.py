"""A respondent group's sheet: one question a row, what is on record, the answer cell, its choices and its check."""

from __future__ import annotations

from openpyxl.styles import Alignment, Font, Protection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from planner.dates import date_label_en, date_label_ja
from planner.intake.layout import (
    ANSWERED,
    FIRST_ROW,
    HEADERS,
    LETTERS,
    RESPONDENT,
    UNKNOWN,
    WIDTHS,
    Sheet,
    choices,
    in_words,
    unit_or_choices,
)
from planner.intake.style import BOX, CONFIRM, HEAD, INPUT, WRAP, fit_row
from planner.planning.state import State
from planner.profiles.fields import FieldSpec, field_specs
from planner.rulebook.book import RuleBook
from planner.rulebook.wording import Phraser
from planner.xlsx import print_setup, put

WORDS = {
    "respondent": ("回答者（所属・氏名）", "Respondent (organisation, name)"),
    "answered": ("回答日", "Answer date"),
    "confirm": ("要確認", "to confirm"),
    "date_error": ("日付を入力してください（例: 2026-12-10）", "Enter a date (e.g. 2026-12-10)"),
    "pick": ("一覧から選んでください（分からなければ「不明」）", "Pick from the list (or 'unknown')"),
    "whole": (
        "0以上の整数を入力してください（分からなければ「不明」か空欄。0とはしないでください）",
        "Enter a whole number ≥ 0 (or 'unknown', or leave it blank; never 0 for unknown)",
    ),
    "year": ("西暦の年度を入力してください（例: 2024。分からなければ「不明」）", "Enter a fiscal year (e.g. 2024)"),
    "text": ("500字以内で入力してください", "At most 500 characters"),
}


def _w(key: str, lang: str) -> str:
    ja, en = WORDS[key]
    return ja if lang == "ja" else en


def group_sheet(
    ws: Worksheet,
    book: RuleBook,
    state: State,
    lang: str,
    sheet: Sheet,
    phraser: Phraser,
    header: tuple[str, str],
    respondent: str | None,
) -> None:
    """One group's sheet: title, who answers, the respondent and date cells, then a row per question."""
    group = book.survey.group(sheet.group)
    title = group.title.ja if lang == "ja" else group.title.en
    put(ws, "A1", f"{header[1]} — {title}").font = Font(size=14, bold=True)
    put(ws, "A2", phraser.fill(group.who.ja if lang == "ja" else group.who.en, lang))
    for cell, key in ((RESPONDENT, "respondent"), (ANSWERED, "answered")):
        put(ws, f"B{cell[1:]}", _w(key, lang)).font = Font(bold=True)
        ws[cell].fill, ws[cell].border, ws[cell].protection = INPUT, BOX, Protection(locked=False)
    if respondent:
        put(ws, RESPONDENT, respondent)
    answered = DataValidation(type="date", operator="between", formula1="36526", formula2="73051", allow_blank=True)
    answered.showErrorMessage, answered.error = True, _w("date_error", lang)
    ws.add_data_validation(answered)
    answered.add(ANSWERED)
    ws[ANSWERED].number_format = "yyyy-mm-dd"
    for j, head in enumerate(HEADERS[lang]):
        cell = put(ws, (FIRST_ROW - 1, j + 1), head)
        cell.fill, cell.border, cell.font, cell.alignment = HEAD, BOX, Font(bold=True), WRAP
    fit_row(ws, FIRST_ROW - 1, [(h, WIDTHS[j]) for j, h in enumerate(HEADERS[lang])])
    for i, name in enumerate(sheet.fields):
        _question_row(ws, i, name, book, state, lang, phraser)
    for j, width in enumerate(WIDTHS):
        ws.column_dimensions[chr(ord("A") + j)].width = width
    ws.freeze_panes = f"A{FIRST_ROW}"
    ws.protection.sheet = True  # no password: it keeps rows in place, and anyone may lift it
    ws.protection.formatColumns = ws.protection.formatRows = False
    print_setup(ws, header[0], title)
    ws.print_title_rows = f"{FIRST_ROW - 1}:{FIRST_ROW - 1}"


def _question_row(ws: Worksheet, i: int, name: str, book: RuleBook, state: State, lang: str, phraser: Phraser) -> None:
    """One question: what is on record (orange when it needs confirming), the answer cells and their check."""
    row, spec, q = FIRST_ROW + i, field_specs()[name], book.survey.questions[name]
    known = state.fact(name)
    shown = known is not None and known.value is not None
    stale = shown and known is not None and known.status in ("stale", "undated", "other_body")
    label = date_label_ja if lang == "ja" else date_label_en
    values = {
        "no": i + 1,
        "question": phraser.fill(q.ja if lang == "ja" else q.en, lang),
        "unit": unit_or_choices(spec, lang),
        "answer": None,
        "current": in_words(spec, known.value, lang) if shown and known else None,
        "date": label(known.as_of) if shown and known and known.as_of else None,
        "source": known.source if shown and known else None,
        "confirm": _w("confirm", lang) if stale else None,
        "note": None,
        "field": name,
    }
    for col, value in values.items():
        cell = put(ws, f"{LETTERS[col]}{row}", value)
        cell.border, cell.alignment = BOX, WRAP
    fit_row(ws, row, [(str(v), WIDTHS[j]) for j, v in enumerate(values.values()) if v is not None and j < 9])
    field_cell = ws[f"{LETTERS['field']}{row}"]
    field_cell.font = Font(size=8, color="666666")  # the field id, for the import
    field_cell.alignment = Alignment(vertical="top", shrink_to_fit=True)
    for col in ("answer", "note"):
        ws[f"{LETTERS[col]}{row}"].fill = CONFIRM if stale and col == "answer" else INPUT
        ws[f"{LETTERS[col]}{row}"].protection = Protection(locked=False)
    _validation(ws, f"{LETTERS['answer']}{row}", spec, lang)


def _validation(ws: Worksheet, cell: str, spec: FieldSpec, lang: str) -> None:
    """The answer cell's check in Excel: a list of choices, or a number that may also be 不明 (as the cover says)."""
    unknown = UNKNOWN[lang]
    if spec.kind in ("bool", "enum"):
        dv = DataValidation(type="list", formula1='"' + ",".join(choices(spec, lang)) + '"', allow_blank=True)
        error = _w("pick", lang)
    elif spec.kind in ("count", "year"):
        low, high = (1990, 2100) if spec.kind == "year" else (0, spec.maximum or 100_000)
        # a whole-number check would refuse 不明, which the cover invites: a custom check allows both
        dv = DataValidation(
            type="custom",
            formula1=f'OR({cell}="{unknown}",AND(ISNUMBER({cell}),{cell}>={low},{cell}<={high},{cell}=INT({cell})))',
            allow_blank=True,
        )
        error = _w("year" if spec.kind == "year" else "whole", lang)
    else:
        dv = DataValidation(type="textLength", operator="lessThanOrEqual", formula1="500", allow_blank=True)
        error = _w("text", lang)
    dv.showErrorMessage, dv.error = True, error
    ws.add_data_validation(dv)
    dv.add(cell)
