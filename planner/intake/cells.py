"""The one place that writes a questionnaire's cells: text stays text, never a formula; controls shown as codes."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

from planner.render.safe import CONTROL

# What a spreadsheet takes as the start of a formula when the text is typed or pasted: = + - @ (and their
# full-width forms, which Excel's Japanese input converts). Such text is stored as a string with a quote prefix,
# so it shows as typed and stays text even when a respondent edits the cell.
_FORMULA_START = re.compile(r"^\s*[=+\-@＝＋－＠]")
# XML 1.0 cannot hold these (openpyxl raises on them); they and the other controls are shown as \x.. codes.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def cell_text(text: str) -> str:
    """Text as a cell may hold it: a line break kept, a tab as a space, other controls and direction overrides
    written as visible codes (a title with ESC in a profile cannot break the workbook or act in it)."""
    text = text.replace("\r\n", "\n").replace("\t", " ")
    return CONTROL.sub(lambda m: m.group(0) if m.group(0) == "\n" else f"\\u{ord(m.group(0)):04x}", text)


def put(ws: Worksheet, where: str | tuple[int, int], value: Any) -> Cell:
    """Write one value: a number or a date as itself, anything else as a string cell (never a formula)."""
    cell = ws[where] if isinstance(where, str) else ws.cell(row=where[0], column=where[1])
    assert isinstance(cell, Cell)
    if value is None or isinstance(value, (bool, int, float, date, datetime)):
        cell.value = value
        return cell
    text = cell_text(str(value))
    assert not _ILLEGAL.search(text)  # cell_text shows every control as a code
    cell.value = text
    cell.data_type = "s"  # openpyxl would take a leading "=" as a formula: this is text
    if _FORMULA_START.match(text):
        cell.quotePrefix = True
    return cell


def looks_like_formula(text: str) -> bool:
    """Text a spreadsheet would read as a formula if it were typed in: refused as an answer."""
    return bool(re.match(r"^\s*[=＝]", text))
