"""Workbooks planner writes: every cell text or a number (never a formula), A4 set-up, the same bytes every time."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

FIXED = datetime(2000, 1, 1)  # workbook timestamps: fixed, so the same content gives the same bytes
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def put(ws: Worksheet, ref: str, value: Any) -> Cell:
    """Write a value as data: text that Excel would read as a formula (= + - @) stays text; control characters
    (which XML cannot hold) are dropped."""
    cell = ws[ref]
    if isinstance(value, str):
        cell.value = _CONTROL.sub("", value)
        cell.data_type = "s"  # never "f": a leading "=" is text here
    else:
        cell.value = value
    return cell


def print_setup(ws: Worksheet, left: str, right: str) -> None:
    """A4 landscape, fitted to the page's width, the municipality and the title in the header, pages numbered."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    # "&" starts a header code in Excel (&P page, &D date): a name with "&" must not become one
    ws.oddHeader.left.text = left.replace("&", "&&")
    ws.oddHeader.right.text = right.replace("&", "&&")
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
