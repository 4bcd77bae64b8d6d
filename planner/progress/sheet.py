"""The PDCA 管理シート: one row per action — Plan (目標・目標値・設定の考え方), Do (実績), Check・Act — A4 landscape."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

from planner.i18n import fy_label_short, pick, t
from planner.planning.plan import Plan, PlannedAction
from planner.progress.record import ActionRecord, ProgressRecord
from planner.render.action_view import target_value
from planner.xlsx import print_setup, put, set_height, workbook_bytes

THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD = PatternFill("solid", fgColor="DDE7F3")
WRAP = Alignment(wrap_text=True, vertical="top")
# (key, width in characters, group): the groups are the cycle's four steps, as 品川区's sheet lays them out
COLUMNS = [
    ("number", 5, "plan"),
    ("action", 28, "plan"),
    ("department", 12, "plan"),
    ("target", 30, "plan"),
    ("target_value", 18, "plan"),
    ("basis", 24, "plan"),
    ("done", 30, "do"),
    ("indicator_actual", 12, "do"),
    ("evaluation", 10, "check"),
    ("improve", 30, "act"),
]
GROUPS = {"plan": "sheet_plan", "do": "sheet_do", "check": "sheet_check", "act": "sheet_act"}
FIRST = 4  # rows 1–3: title, the cycle's steps, the column heads


def pdca_sheet(plan: Plan, record: ProgressRecord | None, lang: str) -> bytes:
    """The sheet for the plan's fiscal year, the record's entries in the Do and Check–Act columns (blank if none)."""
    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)
    ws.title = t("sheet_name", lang)
    year = record.year(plan.fiscal_year) if record else None
    title = t("sheet_title", lang, name=plan.ward.name.ja, fy=fy_label_short(plan.fiscal_year, lang))
    put(ws, "A1", title).font = Font(size=14, bold=True)
    _heads(ws, lang)
    actions = [*plan.actions, *plan.provisional, *plan.next_years]
    for i, a in enumerate(actions):
        rec = year.actions.get(a.id) if year else None
        _row(ws, FIRST + i, a, rec, lang)
    for j, (_, width, _) in enumerate(COLUMNS):
        ws.column_dimensions[chr(ord("A") + j)].width = width
    ws.freeze_panes = f"C{FIRST}"
    ws.print_title_rows = f"2:{FIRST - 1}"
    print_setup(ws, plan.ward.name.ja, title)
    return workbook_bytes(wb)


def _heads(ws: Worksheet, lang: str) -> None:
    start = 0
    for j, (key, _, group) in enumerate(COLUMNS):
        col = chr(ord("A") + j)
        cell = put(ws, f"{col}3", t(f"sheet_{key}", lang))
        cell.font, cell.fill, cell.border, cell.alignment = Font(bold=True), HEAD, BOX, WRAP
        last = j + 1 == len(COLUMNS) or COLUMNS[j + 1][2] != group
        if last:
            first = chr(ord("A") + start)
            put(ws, f"{first}2", t(GROUPS[group], lang)).font = Font(bold=True)
            ws[f"{first}2"].fill, ws[f"{first}2"].alignment = HEAD, Alignment(horizontal="center")
            if first != col:
                ws.merge_cells(f"{first}2:{col}2")
            start = j + 1


def _row(ws: Worksheet, row: int, a: PlannedAction, rec: ActionRecord | None, lang: str) -> None:
    """One action: the plan's words, then what the record says was done and how it was judged."""
    title = pick(a.title, lang) + (f"（{t('provisional', lang)}）" if a.status == "provisional" else "")
    actual = ""
    if rec is not None and rec.actual is not None and a.unit is not None:
        actual = f"{rec.actual}／{a.target_value}{pick(a.unit, lang)}"
    evaluation = t(f"evaluation_{rec.evaluation}", lang) if rec and rec.evaluation else ""
    if rec is not None and rec.decision == "declined":
        evaluation = t("decision_declined", lang)
    improve = (rec.note or "") if rec else ""
    if rec is not None and rec.decision == "declined" and rec.reason:
        improve = t("reason_was", lang, reason=rec.reason) + (f"。{improve}" if improve else "")
    values = [
        str(a.rank),
        title,
        pick(a.department, lang) if a.department else "",
        pick(a.target, lang),
        target_value(a, lang) if a.indicator else "",
        pick(a.basis, lang) if a.basis else "",
        (rec.done or "") if rec else "",
        actual,
        evaluation,
        improve,
    ]
    tallest = 1
    for j, value in enumerate(values):
        cell = put(ws, f"{chr(ord('A') + j)}{row}", value)
        cell.border, cell.alignment = BOX, WRAP
        tallest = max(tallest, -(-len(value) // max(1, COLUMNS[j][1] // 2 - 1)))  # CJK: two columns a character
    set_height(ws, row, 15 * tallest + 4)
