"""Last year's record read into this year's plan: achieved actions leave it, unfinished ones carry on, reasons kept."""

from __future__ import annotations

from planner.planning.plan import PlannedAction, Reviewed
from planner.progress.record import ActionRecord, ProgressRecord
from planner.rulebook.book import RuleBook
from planner.rulebook.wording import Phraser


def outcome(rec: ActionRecord) -> str:
    """achieved | carried | declined | open: what last year's record means for this year."""
    if rec.decision == "declined":
        return "declined"
    if rec.decision in ("adopted", "continued"):
        return "achieved" if rec.evaluation == "met" else "carried"
    return "open"


def reviewed(record: ProgressRecord | None, fiscal_year: int, book: RuleBook, phraser: Phraser) -> list[Reviewed]:
    """前年度の振返り: every action of the previous fiscal year's record, in the catalogue's order."""
    year = record.year(fiscal_year - 1) if record else None
    if year is None:
        return []
    out = []
    for action in book.actions:
        rec = year.actions.get(action.id)
        if rec is None:
            continue
        out.append(
            Reviewed(
                id=action.id,
                title=phraser.text2(action.title),
                outcome=outcome(rec),
                decision=rec.decision,
                reason=rec.reason,
                done=rec.done,
                actual=rec.actual,
                indicator=phraser.text2(action.kpi.indicator),
                target_value=action.kpi.value,
                unit=action.kpi.unit,
                evaluation=rec.evaluation,
                note=rec.note,
                source=rec.source,
                as_of=rec.as_of,
            )
        )
    return out


def carry(planned: list[PlannedAction], review: list[Reviewed]) -> tuple[list[PlannedAction], list[Reviewed]]:
    """This year's actions without those achieved last year, each with last year's record; and the review, each
    marked with whether this year's plan holds it."""
    by_id = {r.id: r for r in review}
    kept = [a for a in planned if by_id.get(a.id) is None or by_id[a.id].outcome != "achieved"]
    kept = [a.model_copy(update={"previous": by_id.get(a.id)}) for a in kept]
    ids = {a.id for a in kept}
    return kept, [r.model_copy(update={"in_plan": r.id in ids}) for r in review]
