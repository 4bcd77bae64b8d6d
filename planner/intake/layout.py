"""What the questionnaire holds and where: its sheets, rows, columns, answer words and its fingerprint."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from planner.profiles.fields import FieldSpec, field_specs
from planner.rulebook.book import RuleBook

FORMAT = "planner.survey/1"
META = "_planner"
COVER = {"ja": "表紙", "en": "Cover"}
FIRST_ROW = 7  # questions start here; rows 3 and 4 hold the respondent's name and the answer date
RESPONDENT, ANSWERED = "D3", "D4"
COLUMNS = ("no", "question", "unit", "answer", "current", "date", "source", "confirm", "note", "field")
LETTERS = {name: chr(ord("A") + i) for i, name in enumerate(COLUMNS)}
HEADERS = {
    "ja": ["番号", "質問", "単位", "回答", "現在の記録", "時点", "出典", "確認", "備考", "項目ID"],
    "en": ["No.", "Question", "Unit", "Answer", "On record", "Date", "Source", "Check", "Note", "Field"],
}
WIDTHS = [5, 52, 8, 14, 16, 13, 26, 8, 24, 16]
YES = {"ja": "あり", "en": "yes"}
NO = {"ja": "なし", "en": "no"}
UNKNOWN = {"ja": "不明", "en": "unknown"}
CHOICE_WORDS = {
    "ja": {"none": "担当できていない", "few": "一部のみ", "functioning": "担当できている"},
    "en": {"none": "none", "few": "few", "functioning": "functioning"},
}


@dataclass(frozen=True)
class Sheet:
    """One respondent group's sheet: its name and its questions' fields, in order."""

    group: str
    name: str
    fields: tuple[str, ...]


def sheets(book: RuleBook, lang: str) -> list[Sheet]:
    """The group sheets in the order of rules/survey.yaml (the office first: the number of children first)."""
    out = []
    for i, group in enumerate(book.survey.groups, 1):
        fields = tuple(f for f, q in book.survey.questions.items() if q.group == group.id)
        name = f"{i}_{group.sheet.ja if lang == 'ja' else group.sheet.en}"
        out.append(Sheet(group.id, name, fields))
    return out


def fingerprint(book: RuleBook) -> str:
    """A hash of the questions as asked (field, group, kind, choices): a workbook from other questions is refused."""
    specs = field_specs()
    items = [(f, q.group, specs[f].kind, list(specs[f].choices)) for f, q in book.survey.questions.items()]
    return hashlib.sha256(json.dumps(items, ensure_ascii=False).encode()).hexdigest()


def choices(spec: FieldSpec, lang: str) -> list[str]:
    """The words a respondent may pick for a yes/no or choice field (unknown always among them)."""
    if spec.kind == "bool":
        return [YES[lang], NO[lang], UNKNOWN[lang]]
    if spec.kind == "enum":
        return [CHOICE_WORDS[lang].get(c, c) for c in spec.choices] + [UNKNOWN[lang]]
    return []
