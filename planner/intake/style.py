"""How the questionnaire looks: fills, borders, row heights that fit their text, A4 landscape with a header."""

from __future__ import annotations

import unicodedata

from openpyxl.styles import Alignment, Border, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

from planner.xlsx import set_height

THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD = PatternFill("solid", fgColor="DDE7F3")
INPUT = PatternFill("solid", fgColor="FFF8DC")
CONFIRM = PatternFill("solid", fgColor="FDE2C8")
WRAP = Alignment(wrap_text=True, vertical="top")
LINE = 15.0  # points a line of 11-point text takes, its spacing included (Excel's default row is 15)
MARGIN = 1.5  # character units a cell's padding takes from its width


def lines(text: str, width: float) -> int:
    """Lines a text wraps to in a column of this width (Excel's character units, in which a full-width character
    takes two). Each line break starts a line; 10% of the width is kept in hand, because Excel and LibreOffice
    wrap at word and punctuation boundaries and their Japanese fonts run a little wider than two units."""
    room = max(1.0, width * 0.9 - MARGIN)
    total = 0
    for part in text.split("\n"):
        units = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in part)
        total += max(1, -(-units // int(room)))
    return total


def fit_row(ws: Worksheet, row: int, texts: list[tuple[str, float]]) -> None:
    """Make a row tall enough for the longest of its wrapped texts (text, column width), as printed."""
    set_height(ws, row, LINE * max([1] + [lines(text, width) for text, width in texts]) + 2)
