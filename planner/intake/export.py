"""`planner survey export`: questionnaire workbooks (a cover and the groups' sheets), the same bytes every time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from planner.dates import date_label_en, date_label_ja
from planner.intake.cover import cover_sheet, words
from planner.intake.layout import COVER, META, Copy, sheets
from planner.intake.meta import Meta, record_digest, round_keys, write_meta
from planner.intake.questions import group_sheet
from planner.planning.state import State
from planner.profiles.load import LoadedProfile
from planner.rulebook.book import RuleBook
from planner.rulebook.wording import Phraser
from planner.xlsx import cell_text, workbook_bytes

REPLY_WEEKS = 4  # the reply date asked for unless --reply-by says otherwise


@dataclass(frozen=True)
class Request:
    """What to export: which groups, one workbook or one per respondent, copies, contact, reply date, language."""

    lang: str
    reply_by: str
    made: str  # today: no answer may be dated before it
    groups: tuple[str, ...] = ()
    per_respondent: bool = False
    copies: int | None = None
    respondents: tuple[str, ...] = ()
    contact: tuple[str, ...] = ()


def default_reply_by(today: date) -> str:
    """Four weeks from today: time for an office to ask its departments, short enough to stay in mind."""
    return (today + timedelta(weeks=REPLY_WEEKS)).isoformat()


def workbooks(book: RuleBook, req: Request) -> list[Copy]:
    """The workbooks to make: one with every chosen group, or one per group and per office of a group answered
    office by office (a copy per --copies, or one per named respondent)."""
    chosen = req.groups or tuple(g.id for g in book.survey.groups)
    if not (req.per_respondent or req.copies or req.respondents):
        return [Copy(chosen)]
    out = []
    for g in chosen:
        if book.survey.group(g).answered == "each" and (req.copies or req.respondents):
            names: list[str | None] = list(req.respondents) or [None] * (req.copies or 1)
            out += [Copy((g,), k, name) for k, name in enumerate(names, 1)]
        else:
            out.append(Copy((g,)))
    return out


def file_name(ward: str, copy: Copy, book: RuleBook, lang: str) -> str:
    """koto-3_相談支援事業所-02.xlsx: the municipality, the sheet, the copy (sheet names hold no / or control)."""
    sheet = sheets(book, lang, copy.groups)[0].name
    return f"{ward}-{sheet}" + (f"-{copy.number:02d}" if copy.number else "") + ".xlsx"


def export_workbook(book: RuleBook, lp: LoadedProfile, state: State, req: Request, copy: Copy) -> bytes:
    """One questionnaire as xlsx bytes (deterministic: fixed timestamps, fixed zip dates, no recalculation)."""
    lang = req.lang
    phraser = Phraser(book.wording, lp.profile.kind, state.as_of)
    wb = Workbook()
    wb.properties.title = cell_text(f"{words('title', lang)} — {lp.profile.name.ja}")
    cover = wb.active
    assert isinstance(cover, Worksheet)
    cover.title = COVER[lang]
    layout = sheets(book, lang, copy.groups)
    label = date_label_ja if lang == "ja" else date_label_en
    copy_label = _copy_label(copy, lang)
    cover_sheet(cover, book, lp, lang, (state.as_of, req.reply_by), layout, phraser, list(req.contact), copy_label)
    header = (f"{lp.profile.name.ja}　{label(state.as_of)}", words("title", lang))
    for sheet in layout:
        group_sheet(wb.create_sheet(sheet.name), book, state, lang, sheet, phraser, header, copy.respondent)
    keys = round_keys(lp, state.as_of)
    meta = Meta(
        ward=lp.profile.id,
        code=lp.profile.code,
        lang=lang,
        as_of=state.as_of[:7],
        made=req.made,
        copy=copy.number,
        respondent=copy.respondent,
        sheets=layout,
        facts={f: record_digest(lp, f, keys) for s in layout for f in s.fields},
    )
    write_meta(wb.create_sheet(META), book, lp, meta)
    return workbook_bytes(wb)


def _copy_label(copy: Copy, lang: str) -> str | None:
    if copy.number is None:
        return None
    number = f"{copy.number}部目" if lang == "ja" else f"copy {copy.number}"
    return f"{copy.respondent}（{number}）" if copy.respondent and lang == "ja" else copy.respondent or number
