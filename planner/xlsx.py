"""Workbooks planner writes: the one cell writer (text stays text, never a formula; controls shown as codes), A4
set-up, the same bytes every time."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

from planner.safe import CONTROL

MAX_ROW_HEIGHT = 409.0  # points: the tallest row Excel allows
FIXED = datetime(2000, 1, 1)  # workbook timestamps: fixed, so the same content gives the same bytes
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


def set_height(ws: Worksheet, row: int, points: float) -> None:
    """A row's height, at most Excel's largest (409 points): a record's 2,000 characters in one cell would ask for
    2,000 points, which Excel does not take and which would print a row longer than the page."""
    ws.row_dimensions[row].height = min(points, MAX_ROW_HEIGHT)


def looks_like_formula(text: str) -> bool:
    """Text a spreadsheet would read as a formula if it were typed in: refused as an answer."""
    return bool(re.match(r"^\s*[=＝]", text))


def print_setup(ws: Worksheet, left: str, right: str) -> None:
    """A4 landscape, one page wide, the municipality and date left in the header, the title right, page numbers."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    # "&" starts a header code in Excel (&P page, &D date): a name with "&" must not become one; a control
    # character from a profile is shown as a code, as in any cell
    ws.oddHeader.left.text = cell_text(left).replace("\n", " ").replace("&", "&&")
    ws.oddHeader.right.text = cell_text(right).replace("\n", " ").replace("&", "&&")
    ws.oddFooter.center.text = "&P / &N"


def workbook_bytes(wb: Workbook) -> bytes:
    """The workbook saved with fixed dates inside and out, so identical content gives identical bytes."""
    wb.properties.created = wb.properties.modified = FIXED
    wb.properties.creator = "planner"
    wb.calculation.fullCalcOnLoad = False  # nothing to calculate: no formula is ever written
    raw = io.BytesIO()
    wb.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
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
