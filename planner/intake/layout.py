"""What the questionnaire holds and where: its sheets, rows, columns, answer words and its fingerprint."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from planner.profiles.fields import FieldSpec, field_specs
from planner.rulebook.book import RuleBook

FORMAT = "planner.survey/2"  # /2: per-field record digests, the date made, copies (a /1 workbook is refused)
META = "_planner"
COVER = {"ja": "表紙", "en": "Cover"}
FIRST_ROW = 7  # questions start here; rows 3 and 4 hold the respondent's name and the answer date
RESPONDENT, ANSWERED = "D3", "D4"
COLUMNS = ("no", "question", "unit", "answer", "current", "date", "source", "confirm", "note", "field")
LETTERS = {name: chr(ord("A") + i) for i, name in enumerate(COLUMNS)}
HEADERS = {
    "ja": ["番号", "質問", "単位・選択肢", "回答", "現在の記録", "時点", "出典", "確認", "備考", "項目ID"],
    "en": ["No.", "Question", "Unit or choices", "Answer", "On record", "Date", "Source", "Check", "Note", "Field"],
}
WIDTHS = [5, 50, 16, 14, 16, 13, 26, 8, 24, 16]
YES = {"ja": "あり", "en": "yes"}
NO = {"ja": "なし", "en": "no"}
UNKNOWN = {"ja": "不明", "en": "unknown"}
# The words a respondent picks for a choice; the profile keeps the codes, which no respondent sees.
CHOICE_WORDS = {
    "ja": {"none": "担当できていない", "few": "一部のみ", "functioning": "担当できている"},
    "en": {"none": "they do not", "few": "only some", "functioning": "they do"},
}
MAX_COPIES = 200  # copies of one group's sheet (one per office): a ward has tens of consultation offices


@dataclass(frozen=True)
class Sheet:
    """One respondent group's sheet: its name and its questions' fields, in order."""

    group: str
    name: str
    fields: tuple[str, ...]


@dataclass(frozen=True)
class Copy:
    """One workbook to send: the groups it asks, and which copy of an office-by-office group it is."""

    groups: tuple[str, ...]
    number: int | None = None  # 1, 2, … for the copies of a group answered office by office
    respondent: str | None = None  # the office it is sent to, written in the respondent cell beforehand


def sheets(book: RuleBook, lang: str, groups: tuple[str, ...] | None = None) -> list[Sheet]:
    """The group sheets in the order of rules/survey.yaml (the office first: the number of children first).

    A sheet keeps its number ("3_相談支援事業所") in a workbook of one group, so a cell is named the same in all.
    """
    out = []
    for i, group in enumerate(book.survey.groups, 1):
        if groups is not None and group.id not in groups:
            continue
        fields = tuple(f for f, q in book.survey.questions.items() if q.group == group.id)
        name = f"{i}_{group.sheet.ja if lang == 'ja' else group.sheet.en}"
        out.append(Sheet(group.id, name, fields))
    return out


def fingerprint(book: RuleBook) -> str:
    """A hash of the questions as asked (field, group, kind, choices, how offices' answers combine): a workbook
    from other questions is refused."""
    specs = field_specs()
    items = [
        (f, q.group, specs[f].kind, list(specs[f].choices), q.combine, book.survey.group(q.group).answered)
        for f, q in book.survey.questions.items()
    ]
    return hashlib.sha256(json.dumps(items, ensure_ascii=False).encode()).hexdigest()


def choices(spec: FieldSpec, lang: str) -> list[str]:
    """The words a respondent may pick for a yes/no or choice field (unknown always among them)."""
    if spec.kind == "bool":
        return [YES[lang], NO[lang], UNKNOWN[lang]]
    if spec.kind == "enum":
        return [CHOICE_WORDS[lang].get(c, c) for c in reversed(spec.choices)] + [UNKNOWN[lang]]
    return []


def in_words(spec: FieldSpec, value: object, lang: str) -> str:
    """A value as a respondent would say it: a choice in words (never its code), else as plans write it."""
    from planner.render.view import value_of

    if spec.kind == "enum" and isinstance(value, str):
        return CHOICE_WORDS[lang].get(value, value)
    return value_of(spec.path, value, lang)


def unit_or_choices(spec: FieldSpec, lang: str) -> str:
    """What the third column says: the unit of a number, or the choices of a yes/no or choice question (a
    drop-down does not show on paper)."""
    if spec.kind in ("bool", "enum"):
        return "／".join(choices(spec, lang)) if lang == "ja" else " / ".join(choices(spec, lang))
    if spec.kind == "year":
        return "年度（西暦）" if lang == "ja" else "fiscal year"
    return (spec.unit_ja or "") if lang == "ja" else (spec.unit or "")
