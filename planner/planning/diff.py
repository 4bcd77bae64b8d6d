"""Two plans compared, as a council reviews last year's plan against this one: actions and facts that changed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel

from planner.errors import InputError, Problem
from planner.messages import msg
from planner.planning.plan import EARLIER_SCHEMAS, SCHEMA
from planner.strict import FROZEN


class ActionChange(BaseModel):
    """An action added, dropped or moved, with its title and ranks."""

    model_config = FROZEN
    id: str
    title: str
    # added | dropped | moved | achieved (met last year) | carried (unfinished, kept) | declined (and proposed again)
    # | provisional (its facts have aged: it now waits for the survey to confirm them)
    kind: str
    rank_before: int | None
    rank_after: int | None


class FactChange(BaseModel):
    """A fact whose value or standing differs between the two plans."""

    model_config = FROZEN
    field: str
    label: str
    before: Any
    after: Any
    status_before: str | None
    status_after: str | None


class PlanDiff(BaseModel):
    """What changed from one plan to the other."""

    model_config = FROZEN
    ward: str
    ward_ja: str
    lang: str
    before: str
    after: str
    actions: list[ActionChange]
    facts: list[FactChange]


def load_plan_json(path: Path) -> dict[str, Any]:
    """A plan written by `planner assess --format json`; anything else is a located error (planner/plan_json.py)."""
    from planner.plan_json import read_plan_json

    return read_plan_json(path, (SCHEMA, *EARLIER_SCHEMAS))


def _facts(plan: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["field"]: f for g in plan.get("present", []) for f in g.get("facts", [])}


def diff_plans(before: dict[str, Any], after: dict[str, Any]) -> PlanDiff:
    """Actions added, dropped or moved, and facts changed, from before to after (plain plan data, one language)."""
    if before["ward"]["id"] != after["ward"]["id"]:
        raise InputError(
            [
                Problem(
                    "planner",
                    None,
                    None,
                    msg("diff.two_wards", a=before["ward"]["id"], b=after["ward"]["id"]),
                    msg("diff.same_ward"),
                )
            ]
        )
    old = {a["id"]: a for a in before["actions"]}
    new = {a["id"]: a for a in after["actions"]}
    # the later plan's look back at last year (its council record): why an action left or stayed
    outcome = {r["id"]: r["outcome"] for r in after.get("review") or [] if isinstance(r, dict) and "id" in r}
    changes = []
    for a in after["actions"]:
        if a["id"] in old and outcome.get(a["id"]) in ("carried", "declined"):
            kind = outcome[a["id"]]
            changes.append(
                ActionChange(
                    id=a["id"], title=a["title"], kind=kind, rank_before=old[a["id"]]["rank"], rank_after=a["rank"]
                )
            )
        elif a["id"] not in old:
            changes.append(
                ActionChange(id=a["id"], title=a["title"], kind="added", rank_before=None, rank_after=a["rank"])
            )
        elif old[a["id"]]["rank"] != a["rank"]:
            changes.append(
                ActionChange(
                    id=a["id"], title=a["title"], kind="moved", rank_before=old[a["id"]]["rank"], rank_after=a["rank"]
                )
            )
    later = {a["id"] for a in after.get("provisional") or [] if isinstance(a, dict)}
    changes += [
        ActionChange(
            id=a["id"],
            title=a["title"],
            kind="achieved" if outcome.get(a["id"]) == "achieved" else "provisional" if a["id"] in later else "dropped",
            rank_before=a["rank"],
            rank_after=None,
        )
        for a in before["actions"]
        if a["id"] not in new
    ]
    fb, fa = _facts(before), _facts(after)
    facts = []
    for name in sorted(set(fb) | set(fa), key=lambda n: (list(fa) + [x for x in fb if x not in fa]).index(n)):
        b, a = fb.get(name, {}), fa.get(name, {})
        if (b.get("value"), b.get("status")) != (a.get("value"), a.get("status")):
            facts.append(
                FactChange(
                    field=name,
                    label=(a or b)["label"],
                    before=b.get("value"),
                    after=a.get("value"),
                    status_before=b.get("status"),
                    status_after=a.get("status"),
                )
            )
    return PlanDiff(
        ward=after["ward"]["id"],
        ward_ja=after["ward"]["name_ja"],
        lang=after["lang"],
        before=before["as_of"],
        after=after["as_of"],
        actions=changes,
        facts=facts,
    )
