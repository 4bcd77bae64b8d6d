"""Lint of the rule book's other files: every field, action and municipality they name exists, numbers agree.

A name the schema cannot check (a key of `freshness.fields` or of the survey's questions, an action a programme
serves) would otherwise be read as nothing at all: a misspelt field keeps its default freshness, a misspelt
question is never asked, a programme is never shown. Each is refused at its line with the nearest name.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from planner.errors import Problem
from planner.messages import msg
from planner.profiles.fields import field_specs
from planner.profiles.municipalities import CODE_OF
from planner.rulebook.book import RuleBook
from planner.suggest import did_you_mean
from planner.yamlio import Located


def _at(loc: Located, path: tuple[Any, ...], key: bool = False) -> tuple[int | None, int | None]:
    return loc.key_where(path) if key else loc.where(path)


def settings_problems(book: RuleBook) -> list[Problem]:
    """Field names in planning.yaml and survey.yaml, actions in frame.yaml, the registry's municipalities."""
    files = {Path(p).name: loc for p, loc in book.located.items()}
    out: list[Problem] = []
    specs = list(field_specs())
    planning = files["planning.yaml"]
    for name in book.planning.freshness.fields:
        if name not in field_specs():
            line, col = _at(planning, ("freshness", "fields", name), key=True)
            out.append(
                Problem(planning.path, line, col, msg("lint.unknown_field", field=name), did_you_mean(name, specs))
            )
    words = book.planning.priority
    if words.high > words.top:
        line, col = _at(planning, ("priority", "high"))
        order = msg("lint.priority_order", high=words.high, top=words.top)
        out.append(Problem(planning.path, line, col, order, msg("lint.priority_order_hint")))
    survey = files["survey.yaml"]
    for name in book.survey.questions:
        if name not in field_specs():
            line, col = _at(survey, ("questions", name), key=True)
            out.append(
                Problem(survey.path, line, col, msg("lint.unknown_field", field=name), did_you_mean(name, specs))
            )
    out += _frame_problems(book, files["frame.yaml"])
    if book.registry is not None:
        out += _registry_problems(book, files["registry.yaml"])
    return out


def _frame_problems(book: RuleBook, frame: Located) -> list[Problem]:
    """Each programme serves actions of the catalogue."""
    out = []
    actions = [a.id for a in book.actions]
    for i, programme in enumerate(book.frame.programmes):
        for j, action in enumerate(programme.serves):
            if action not in actions:
                line, col = _at(frame, ("programmes", i, "serves", j))
                hint = did_you_mean(action, actions, msg("lint.add_action"))
                out.append(Problem(frame.path, line, col, msg("lint.unknown_action", action=action), hint))
    return out


def _registry_problems(book: RuleBook, loc: Located) -> list[Problem]:
    """The registry's municipalities are Tokyo's, each with its own code (a wrong one would count offices
    into another municipality's profile)."""
    assert book.registry is not None
    out = []
    listed = book.registry.municipalities
    for name, code in listed.items():
        if CODE_OF.get(name) != code:
            line, col = _at(loc, ("municipalities", name))
            official = msg("lint.registry_code", name=name, code=CODE_OF[name]) if name in CODE_OF else None
            out.append(
                Problem(loc.path, line, col, official or msg("lint.registry_place", name=name), msg("muni.hint"))
            )
    for name in CODE_OF:
        if name not in listed:
            line, col = _at(loc, ("municipalities",), key=True)
            out.append(Problem(loc.path, line, col, msg("lint.registry_missing", name=name), msg("muni.hint")))
    return out
