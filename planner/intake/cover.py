"""The questionnaire's cover sheet: what it is, the 基準日 and reply date, whom to ask, who answers which sheet."""

from __future__ import annotations

from typing import Any

from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from planner.dates import date_label_en, date_label_ja
from planner.intake.layout import Sheet
from planner.intake.style import BOX, HEAD, INPUT, WRAP, fit_row
from planner.profiles.load import LoadedProfile
from planner.rulebook.book import RuleBook
from planner.rulebook.wording import Phraser
from planner.xlsx import print_setup, put

WORDS = {
    "title": ("医療的ケア児支援 実態調査票", "Survey of support for children needing medical care"),
    "about": (
        "この調査票は、医療的ケア児と支援の現状を把握し、アプローチプラン（取組計画）に反映するためのものです。"
        "回答は、本調査票・回答者・回答日を出典として{office}の記録に取り込みます。",
        "This questionnaire establishes how children needing medical care are supported, for the approach "
        "plan. Answers are taken into the municipality's record with their source (this questionnaire, the "
        "respondent, the answer date).",
    ),
    "how": (
        "記入要領\n"
        "1 各シートの「回答」欄（黄色の欄）に記入してください。\n"
        "2 選択肢のある質問は、欄の一覧から選んでください（選択肢は「単位・選択肢」欄にも記載しています）。\n"
        "3 数は0以上の整数で記入してください。概数や幅（「約120」「2～3」など）ではなく把握している数を記入し、"
        "補足は「備考」欄に記入してください。\n"
        "4 分からない項目は「不明」と記入するか、空欄としてください（0とは記入しないでください）。\n"
        "5 「現在の記録」欄に値のある項目は、正しければ同じ値を、変わっていれば新しい値を記入してください。"
        "「要確認」の項目（橙色の欄）は、特に確認をお願いします。\n"
        "6 各シートの「回答者」と「回答日」を記入してください。\n"
        "7 行の並べ替え・削除及びシートの削除はしないでください。",
        "How to answer\n"
        "1 Write in the yellow Answer column of each sheet.\n"
        "2 For a question with choices, pick from the cell's list (the choices are also printed in the "
        "'Unit or choices' column).\n"
        "3 Counts are whole numbers ≥ 0: the figure you know, not an estimate or a range (say more in the Note).\n"
        "4 Write 'unknown' or leave a question blank if you do not know (never 0 for unknown).\n"
        "5 Where a value is on record, write it again if it is right, or the new value. Please check the orange "
        "'to confirm' rows.\n"
        "6 Fill in the respondent and the answer date on each sheet.\n"
        "7 Do not sort or delete rows or sheets.",
    ),
    "ward": ("自治体", "Municipality"),
    "as_of": ("調査基準日", "Reference date"),
    "reply_by": ("回答期限", "Reply by"),
    "contact": ("問い合わせ先", "Contact"),
    "contact_name": ("担当（所属・氏名）", "Contact (section, name)"),
    "phone": ("電話", "Telephone"),
    "email": ("メール", "E-mail"),
    "groups": ("回答者の区分とシート", "Who answers which sheet"),
    "sheet": ("シート", "Sheet"),
    "who": ("回答者", "Who answers"),
    "count": ("項目数", "Questions"),
    "copy": ("この調査票の送付先", "This copy is for"),
}


def words(key: str, lang: str, **params: Any) -> str:
    """The cover's words in the questionnaire's language."""
    ja, en = WORDS[key]
    return (ja if lang == "ja" else en).format(**params)


def cover_sheet(
    ws: Worksheet,
    book: RuleBook,
    lp: LoadedProfile,
    lang: str,
    dates: tuple[str, str],
    layout: list[Sheet],
    phraser: Phraser,
    contact: list[str],
    copy_label: str | None,
) -> None:
    """The cover: title, municipality, 基準日, reply date, contact, how to answer, who answers which sheet."""
    p = lp.profile
    label = date_label_ja if lang == "ja" else date_label_en
    put(ws, "A1", words("title", lang)).font = Font(size=16, bold=True)
    office = phraser.fill("{office}（障害福祉主管課）" if lang == "ja" else "The {office} (disability section)", lang)
    rows: list[tuple[str, str | None]] = [
        (words("ward", lang), f"{p.name.ja}（{p.code}）" if lang == "ja" else f"{p.name.ja} ({p.name.en}, {p.code})"),
        (words("as_of", lang), label(dates[0])),
        (words("reply_by", lang), label(dates[1])),
        (words("contact", lang), office),
    ]
    # the section's own name, telephone and e-mail: given with --contact, else left for the clerk to fill in
    rows += [(words("contact_name" if i == 0 else "phone" if i == 1 else "email", lang), None) for i in range(3)]
    if copy_label:
        rows.append((words("copy", lang), copy_label))
    r = 3
    for r, (k, v) in enumerate(rows, 3):
        put(ws, f"A{r}", k).font = Font(bold=True)
        put(ws, f"B{r}", v)
    for i, line in enumerate(contact[:3]):
        put(ws, f"B{7 + i}", line)
    for i in range(3):
        if i >= len(contact):
            ws[f"B{7 + i}"].fill, ws[f"B{7 + i}"].border = INPUT, BOX
    r += 2
    for key in ("about", "how"):
        text = words(key, lang, office=phraser.fill("{office}", lang))
        put(ws, f"A{r}", text).alignment = WRAP
        ws.merge_cells(f"A{r}:D{r}")
        fit_row(ws, r, [(text, 22 + 60 + 10 + 10)])
        r += 1
    _groups(ws, book, lang, layout, phraser, r + 1)
    for col, width in zip("ABCD", (22, 60, 10, 10), strict=True):
        ws.column_dimensions[col].width = width
    print_setup(ws, f"{p.name.ja}　{label(dates[0])}", words("title", lang))
    ws.page_setup.fitToHeight = 1  # the cover is one page, whatever its how-to takes


def _groups(ws: Worksheet, book: RuleBook, lang: str, layout: list[Sheet], phraser: Phraser, start: int) -> None:
    """Who answers which sheet, and how many questions each holds."""
    put(ws, f"A{start}", words("groups", lang)).font = Font(bold=True)
    for j, head in enumerate((words("sheet", lang), words("who", lang), words("count", lang))):
        cell = put(ws, (start + 1, j + 1), head)
        cell.fill, cell.border, cell.font = HEAD, BOX, Font(bold=True)
    for i, sheet in enumerate(layout, start + 2):
        group = book.survey.group(sheet.group)
        who = phraser.fill(group.who.ja if lang == "ja" else group.who.en, lang)
        for j, value in enumerate((sheet.name, who, len(sheet.fields))):
            cell = put(ws, (i, j + 1), value)
            cell.border, cell.alignment = BOX, WRAP
        fit_row(ws, i, [(sheet.name, 22), (who, 60)])
