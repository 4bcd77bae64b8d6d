"""Dates as respondents write them: Excel dates, 2026-12-05 or 2026/12/5, 2026年12月5日, 令和8年12月5日, R8.12.5."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from planner.dates import ERAS
from planner.messages import msg

_WESTERN = re.compile(r"([0-9]{4})(?:[-/.]|年)([0-9]{1,2})(?:月?|(?:[-/.]|月)([0-9]{1,2})日?)")
_ERA = re.compile(
    r"(令和|平成|昭和|[RHSrhs])(元|[0-9]{1,2})(?:年|[-/.])([0-9]{1,2})(?:月?|(?:[-/.]|月)([0-9]{1,2})日?)"
)
_FISCAL = re.compile(r"(令和|平成|昭和|[RHSrhs])(元|[0-9]{1,2})(?:年度?)?")
_ERA_NAMES = {"R": "令和", "H": "平成", "S": "昭和"}
_ERA_START = dict(ERAS)
_ERA_NEXT = {"平成": date(2019, 5, 1), "昭和": date(1989, 1, 8), "令和": date(9999, 12, 31)}


def normal(text: str) -> str:
    """Full-width digits and letters as ASCII, no spaces around: what people type in Japanese Excel."""
    return unicodedata.normalize("NFKC", text).strip()


def read_date(value: object) -> str:
    """A date cell or text as YYYY-MM-DD (or YYYY-MM when only the month is written); ValueError with a message."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        raise ValueError(msg("xlsx.date_number", value=repr(value)))
    # 令和 8 年 12 月 5 日; a date pasted as text with its midnight time (2026-12-05 00:00:00)
    text = re.sub(r"\s+", "", re.sub(r"\s+00:00(:00)?$", "", normal(value)))
    m = _WESTERN.fullmatch(text)
    if m:
        return _iso(int(m[1]), int(m[2]), m[3], value)
    m = _ERA.fullmatch(text)
    if m:
        era = _ERA_NAMES.get(m[1].upper(), m[1])
        year = _era_year(era, m[2])
        found = _iso(year, int(m[3]), m[4], value)
        first = date.fromisoformat(found if len(found) == 10 else f"{found}-01")
        last = date.fromisoformat(found) if len(found) == 10 else _month_end(first)
        if last < _ERA_START[era] or first >= _ERA_NEXT[era]:
            raise ValueError(msg("xlsx.era_date", value=repr(value), era=era))
        return found
    raise ValueError(msg("xlsx.not_date", value=repr(value)))


def read_fiscal_year(text: str) -> int | None:
    """令和6年度, R6, 平成30年度 as the fiscal year (2024, 2024, 2018); None when the text is not an era year."""
    m = _FISCAL.fullmatch(re.sub(r"\s+", "", normal(text)))
    if not m:
        return None
    return _era_year(_ERA_NAMES.get(m[1].upper(), m[1]), m[2])


def fiscal_year_of(day: date) -> int:
    """The fiscal year (April to March) a day falls in: 2025-02-01 is FY2024."""
    return day.year - (1 if day.month < 4 else 0)


def _era_year(era: str, number: str) -> int:
    return _ERA_START[era].year - 1 + (1 if number == "元" else int(number))


def _iso(year: int, month: int, day: str | None, raw: str) -> str:
    try:
        found = date(year, month, int(day) if day else 1)
    except ValueError:
        raise ValueError(msg("xlsx.not_real_date", value=repr(raw))) from None
    return found.isoformat() if day else found.isoformat()[:7]


def _month_end(first: date) -> date:
    following = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)
