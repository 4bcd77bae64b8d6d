"""Dates as profiles write them (YYYY[-MM[-DD]]): checking, ordering, month arithmetic, fiscal years, 和暦."""

from __future__ import annotations

import functools
import re
from datetime import date
from typing import TYPE_CHECKING

from pydantic_core import PydanticCustomError

if TYPE_CHECKING:
    from planner.messages import Msg

# ASCII digits only: \d would also take full-width digits (２０２６), which sort and compare wrongly.
_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")

# Eras by the date they began (元号), for fiscal years and dates in Japanese output.
ERAS = (("令和", date(2019, 5, 1)), ("平成", date(1989, 1, 8)), ("昭和", date(1926, 12, 25)))


class DateError(ValueError):
    """A text that is not a date planner accepts; key and params name the message."""

    def __init__(self, key: str, text: str) -> None:
        super().__init__(f"{text!r}: {key}")
        self.key, self.params = key, {"text": repr(text)}


def check_date(text: str) -> str:
    """Accept YYYY, YYYY-MM or YYYY-MM-DD naming a real date between 1900 and 2100; return it unchanged."""
    m = _DATE.fullmatch(text) if isinstance(text, str) else None
    if not m:
        ascii_form = isinstance(text, str) and _DATE.fullmatch(_ascii_digits(text))
        raise DateError("date.ascii" if ascii_form else "date.format", text)
    year, month, day = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    try:
        date(year, month, day)
    except ValueError:
        raise DateError("date.not_real", text) from None
    if not 1900 <= year <= 2100:
        raise DateError("date.range", text)
    return text


def valid_date(text: str) -> str:
    """check_date for pydantic validators: the error carries its message key to the located problem."""
    try:
        return check_date(text)
    except DateError as exc:
        raise PydanticCustomError(f"planner.{exc.key}", str(exc), exc.params) from None


def _ascii_digits(text: str) -> str:
    return text.translate({0xFF10 + i: ord("0") + i for i in range(10)} | {0xFF0D: ord("-")}).strip()


@functools.lru_cache(maxsize=4096)
def date_key(text: str) -> str:
    """Sortable form: '2014' -> '2014-01-01', so partial dates compare correctly with full ones."""
    parts = text.split("-")
    return "-".join([parts[0], (parts[1] if len(parts) > 1 else "01"), (parts[2] if len(parts) > 2 else "01")])


def month_index(ym: str) -> int:
    """Months since year 0 of a YYYY-MM (or longer) date: the one month arithmetic of the project."""
    return int(ym[:4]) * 12 + (int(ym[5:7]) if len(ym) >= 7 else 1) - 1


def month_of(index: int) -> str:
    """The YYYY-MM of a month index."""
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def add_months(ym: str, months: int) -> str:
    """YYYY-MM plus a number of months."""
    return month_of(month_index(ym) + months)


def months_between(start: str, end: str) -> int:
    """Whole months from start to end (YYYY-MM), negative when end is earlier."""
    return month_index(end) - month_index(start)


def fiscal_year(ym: str) -> int:
    """The fiscal year (April–March) a date falls in: 2027-02 is FY2026."""
    return int(ym[:4]) - (1 if (int(ym[5:7]) if len(ym) >= 7 else 4) < 4 else 0)


def next_fiscal_start(as_of: str) -> str:
    """The April after as_of: the next fiscal year a municipality can still plan for."""
    year, mon = int(as_of[:4]), int(as_of[5:7]) if len(as_of) >= 7 else 1
    return f"{year + 1 if mon >= 4 else year:04d}-04"


def era(day: date) -> tuple[str, int]:
    """The era name and year of a day; the first year is 元年."""
    for name, begin in ERAS:
        if day >= begin:
            return name, day.year - begin.year + 1
    return "西暦", day.year


def era_year(year: int, name_first: str = "", first_as_gannen: bool = True) -> str:
    """A year number in an era as agenda papers write it: 1 is 元."""
    return f"{name_first}{'元' if year == 1 and first_as_gannen else year}"


def fy_label_ja(year: int) -> str:
    """令和9年度 for FY2027, 平成26年度 for FY2014, 令和元年度 for FY2019.

    A fiscal year takes the era of its April, except FY2019 (April 2019 was still 平成), which the
    government renamed 令和元年度 after the era changed on 1 May 2019.
    """
    if year == 2019:
        return "令和元年度"
    name, n = era(date(year, 4, 1))
    return f"{name}{era_year(n)}年度"


def month_label_ja(ym: str) -> str:
    """令和9年4月 for 2027-04 (the era in force on the first of that month)."""
    name, n = era(date(int(ym[:4]), int(ym[5:7]) if len(ym) >= 7 else 1, 1))
    return f"{name}{era_year(n)}年{int(ym[5:7]) if len(ym) >= 7 else 1}月"


def date_label_ja(text: str) -> str:
    """A profile date in Japanese: 令和5年9月 for 2023-09, 令和5年12月13日 for 2023-12-13, 令和5年 for 2023."""
    parts = text.split("-")
    y = int(parts[0])
    if len(parts) == 1:
        name, n = era(date(y, 12, 31))
        return f"{name}{era_year(n)}年"
    m = int(parts[1])
    d = int(parts[2]) if len(parts) > 2 else 1
    name, n = era(date(y, m, d))
    return f"{name}{era_year(n)}年{m}月" + (f"{d}日" if len(parts) > 2 else "")


def month_end_label_ja(ym: str) -> str:
    """令和9年6月末 for 2027-06: a target's deadline as agenda papers write it."""
    return month_label_ja(ym) + "末"


MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def month_end_label_en(ym: str) -> str:
    """the end of June 2027 for 2027-06."""
    return f"the end of {MONTHS_EN[int(ym[5:7]) - 1]} {ym[:4]}"


def date_label_en(text: str) -> str:
    """A profile date in English: September 2023, 13 December 2023, 2023."""
    parts = text.split("-")
    names = MONTHS_EN
    if len(parts) == 1:
        return parts[0]
    month = names[int(parts[1]) - 1]
    return f"{int(parts[2])} {month} {parts[0]}" if len(parts) > 2 else f"{month} {parts[0]}"


def date_message(exc: DateError) -> Msg:
    """The keyed message of a date check's error, for the command line."""
    from planner.messages import msg

    return msg(exc.key, **exc.params)
