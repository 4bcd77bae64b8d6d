"""The answer vocabulary: what a respondent writes (85名, 3ヶ所, 有り, ○, Yes, 年2回, 令和6年度) as a typed value.

A form is read only where its meaning is plain. An estimate (約120) or a range (2〜3) is refused with a hint: the
plan needs the figure the respondent knows, and the note column holds the rest. 一部 is read by the field's kind:
for the choice question it is the choice 一部のみ; a yes/no question cannot hold "partly" (the rules read あり as
"there is one"), so the respondent is asked to choose and describe the part in the note.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from typing import Any

from planner.intake.answer_dates import fiscal_year_of, normal, read_fiscal_year
from planner.intake.layout import CHOICE_WORDS, NO, UNKNOWN, YES
from planner.messages import msg
from planner.profiles.fields import FieldSpec
from planner.safe import CONTROL, one_line, terminal

MAX_TEXT = 500  # a name or a short description; a longer text belongs in a cited document
UNKNOWN_WORDS = {"不明", "unknown", "わからない", "分からない", "不詳", "-", "－", "―", "ー"}
TRUE_WORDS = {"あり", "有", "有り", "ある", "はい", "○", "〇", "◯", "yes", "y", "true"}
FALSE_WORDS = {"なし", "無", "無し", "ない", "いいえ", "×", "✕", "no", "n", "false"}
PARTLY = {"一部", "一部あり", "一部のみ"}
# The forms of each unit people write after a number (NFKC-normalised: ｹ is ケ, ／ is /).
UNIT_FORMS = {
    "人": ("人", "名"),
    "か所": ("か所", "カ所", "ヶ所", "ケ所", "ヵ所", "箇所", "個所", "所"),
    "床": ("床",),
    "校": ("校",),
    "事業": ("事業",),
    "部署": ("部署",),
}
_ESTIMATE = re.compile(
    r"^(約|およそ|概ね|おおむね|大体|だいたい)|(程度|くらい|ぐらい|位|前後|ほど|以上|以下|未満|超|強|弱)$"
)
_RANGE = re.compile(r"^[0-9,]+[^0-9]*(?:~|〜|-|ー|―|から)[0-9,]+[^0-9]*$")
_PER_YEAR = re.compile(r"(?:年間?|毎年)?([0-9,]+)回?(?:/年|/年度)?")


def parse_answer(spec: FieldSpec, raw: Any, lang: str) -> tuple[Any, bool]:
    """(value, given): blank or 不明 is unknown (never zero or no); anything else must fit the field."""
    if raw is None or (isinstance(raw, str) and normal(raw).casefold() in UNKNOWN_WORDS | {""}):
        return None, False
    if spec.kind == "bool":
        return _flag(raw, lang), True
    if spec.kind == "enum":
        return _choice(spec, raw, lang), True
    if spec.kind == "year":
        return _year(raw), True
    if spec.kind == "count":
        return _count(spec, raw), True
    return _text(raw), True


def _flag(raw: Any, lang: str) -> bool:
    if isinstance(raw, bool):
        return raw
    word = normal(raw).casefold() if isinstance(raw, str) else None
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    options = f"{YES[lang]}, {NO[lang]}, {UNKNOWN[lang]}"
    if word in PARTLY:
        raise ValueError(msg("xlsx.partly_flag", value=_show(raw)), msg("xlsx.partly_hint"))
    raise ValueError(msg("xlsx.not_choice", value=_show(raw), options=options))


def _choice(spec: FieldSpec, raw: Any, lang: str) -> str:
    words = {normal(w).casefold(): c for lg in ("ja", "en") for c, w in CHOICE_WORDS[lg].items()}
    words |= {c: c for c in spec.choices}  # the codes themselves, from a workbook of an earlier version
    if "few" in spec.choices:
        words |= {normal(w): "few" for w in PARTLY}
    word = normal(raw).casefold() if isinstance(raw, str) else None
    if word in words and words[word] in spec.choices:
        return words[word]
    shown = [CHOICE_WORDS[lang].get(c, c) for c in reversed(spec.choices)]
    raise ValueError(msg("xlsx.not_choice", value=_show(raw), options=", ".join(shown)))


def _year(raw: Any) -> int:
    if isinstance(raw, (datetime, date)):
        return fiscal_year_of(raw if isinstance(raw, date) and not isinstance(raw, datetime) else raw.date())
    if isinstance(raw, str):
        era = read_fiscal_year(raw)
        text = re.sub(r"年度?$", "", normal(raw))
        number = era if era is not None else _whole(text)
    else:
        number = _whole(raw)
    if number is None:
        raise ValueError(msg("xlsx.not_year", value=_show(raw)))
    if not 1990 <= number <= 2100:
        raise ValueError(msg("xlsx.out_of_range", value=number, low=1990, high=2100))
    return number


def _count(spec: FieldSpec, raw: Any) -> int:
    if isinstance(raw, (datetime, date)):
        raise ValueError(msg("xlsx.date_not_count", value=_show(raw)))
    text = normal(raw).replace(",", "") if isinstance(raw, str) else raw
    if isinstance(text, str):
        if _ESTIMATE.search(text):
            raise ValueError(msg("xlsx.estimate", value=_show(raw)), msg("xlsx.exact_hint"))
        if _RANGE.fullmatch(text):
            raise ValueError(msg("xlsx.range", value=_show(raw)), msg("xlsx.range_hint"))
        text = _without_unit(spec, text)
    number = _whole(text)
    if number is None:
        raise ValueError(msg("xlsx.not_whole", value=_show(raw)))
    high = spec.maximum or 100_000
    if not 0 <= number <= high:
        raise ValueError(msg("xlsx.out_of_range", value=number, low=0, high=high))
    return number


def _without_unit(spec: FieldSpec, text: str) -> str:
    """The number of "85名", "3ヶ所", "年2回": the field's own unit (in any of its written forms) taken off."""
    if spec.unit_ja == "回／年":
        if text.startswith(("月", "毎月", "週", "毎週")):
            raise ValueError(msg("xlsx.per_month", value=_show(text)), msg("xlsx.per_month_hint"))
        m = _PER_YEAR.fullmatch(text)
        return m[1] if m else text
    for form in UNIT_FORMS.get(spec.unit_ja or "", (spec.unit_ja,) if spec.unit_ja else ()):
        if text.endswith(form) and text[: -len(form)].strip():
            return text[: -len(form)].strip()
    return text


def _whole(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 9:
        return int(value)
    return None


def _text(raw: Any) -> str:
    if isinstance(raw, (datetime, date)):
        return (raw.date() if isinstance(raw, datetime) else raw).isoformat()
    if isinstance(raw, bool):
        raise ValueError(msg("xlsx.not_text", value=_show(raw)))
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    return checked_text(str(raw))


def checked_text(raw: str) -> str:
    """A note, a name or a text answer: one line (Alt+Enter is a space), no control characters, not too long."""
    value = one_line(raw).strip()
    if len(value) > MAX_TEXT:
        raise ValueError(msg("xlsx.long_text", length=len(value), limit=MAX_TEXT))
    if (bad := CONTROL.search(value)) is not None:
        raise ValueError(msg("xlsx.control_text", code=terminal(bad.group(0))), msg("xlsx.control_hint"))
    return value


def _show(value: Any) -> str:
    if isinstance(value, bool):  # a cell holding Excel's TRUE/FALSE, shown as Excel shows it
        return "TRUE" if value else "FALSE"
    text = terminal(str(value))
    return repr(text if len(text) <= 60 else text[:57] + "...")
