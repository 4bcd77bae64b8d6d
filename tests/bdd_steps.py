"""Step library for the Gherkin features in features/ (English and Japanese).

Every phrase, in either language, is bound to one helper function below, so an English and a Japanese
scenario that say the same thing test the same thing. The data folder (wards/, rules/, models/) is
`$PLANNER_DATA` when set, else the repository root, read afresh for every scenario, so a test can point
the scenarios at a modified copy (tests/test_bdd_lessons_mutation.py does).

Phrases (English | 日本語) — `{x}` is a word, `"{x}"` a quoted text:

  Given the ward "{ward}"                              | 前提 区 "{ward}" のプロファイル
  Given a ward whose profile says: + | field | value | | 前提 次のプロファイルの区: + | 項目 | 値 |
  Given a ward whose {field} is {value}               | 前提 {field} が {value} の区
  And whose {field} is {value}                        | かつ プロファイルの {field} が {value}
  Given a ward described only by its identity         | 前提 識別情報だけの区
  Given/When with {field} set to {value}              | かつ {field} を {value} とする
  Given/When every count is set to 0                  | かつ すべての件数を 0 とする
  Given the plan is made as of {date}                 | かつ 計画日を {date} とする
  Given the plan year starts in {month}               | かつ 計画の開始月を {month} とする
  Given the regional model "{model}"                  | かつ 地域モデル "{model}" を使う
  When it is assessed                                 | もし 評価する
  When it is assessed as of {date}                    | もし {date} 時点で評価する
  Then the plan includes "{action}"                   | ならば 計画に "{action}" が含まれる
  Then the plan does not include "{action}"           | ならば 計画に "{action}" が含まれない
  Then "{a}" ranks before "{b}"                       | ならば "{a}" は "{b}" より上位である
  Then "{action}" ranks first                         | ならば "{action}" が1位である
  Then "{action}" starts in {month}                   | ならば "{action}" は {month} に始まる
  Then "{a}" starts after "{b}" ends                  | ならば "{a}" は "{b}" の終了後に始まる
  Then the plan starts in {month}                     | ならば 計画は {month} に始まる
  Then "{action}" is raised by rule "{rule}"          | ならば "{action}" はルール "{rule}" による
  Then "{action}" is not raised by rule "{rule}"      | ならば "{action}" はルール "{rule}" によらない
  Then the plan lists the data gap "{field}"          | ならば データギャップ "{field}" が挙がる
  Then the plan lists the data gap "{field}" closed by "{survey}"
                                                      | ならば データギャップ "{field}" が調査 "{survey}" とともに挙がる
  Then the plan does not list the data gap "{field}"  | ならば データギャップ "{field}" が挙がらない
  Then the plan includes only survey actions          | ならば 計画は調査だけである
  Then the plan has {more|fewer} data gaps than before      | ならば データギャップが前回より{多い|少ない}
  Then the plan has {more|fewer} survey actions than before | ならば 調査が前回より{多い|少ない}
  Then the plan uses the model "{model}"              | ならば 地域モデルは "{model}" である
  Then the model lists role "{role}" as {missing|present|unknown}
                                                      | ならば モデルの役割 "{role}" が{欠けている|存在する|不明である}
  Then rule "{rule}" {fired|did not fire|is undecided|is not in force}
                                                      | ならば ルール "{rule}" が{該当する|該当しない|判定不能である|未施行である}
  Then the why-not of rule "{rule}" names the unknown field "{field}"
                                                      | ならば ルール "{rule}" の説明が不明な項目 "{field}" を挙げる
  Then the explanation of rule "{rule}" shows "{text}" | ならば ルール "{rule}" の説明に "{text}" が表示される
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import parse as _parse
import pytest
from pytest_bdd import given, parsers, then, when

from planner.planning.api import explain_ward, load_ward, plan_for
from planner.planning.assess import Assessment
from planner.planning.build import Plan
from planner.planning.whatif import parse_set
from planner.profiles.fields import field_specs
from planner.profiles.load import load_profile
from planner.render.explain import explain_text
from planner.rulebook.library import Library, load_library

ROOT = Path(__file__).resolve().parent.parent

# --- phrase patterns --------------------------------------------------------------------------------
# A quoted {name} matches any text without a double quote; a bare {name} matches one word. This keeps
# phrases that share a prefix ("the data gap "x"" / "the data gap "x" closed by "y"") from overlapping.


@_parse.with_pattern(r'[^"]+')
def _quoted(text: str) -> str:
    return text


@_parse.with_pattern(r"\S+")
def _word(text: str) -> str:
    return text


_TYPES = {"Q": _quoted, "W": _word}


def P(phrase: str) -> parsers.parse:
    """parsers.parse with {x} typed: inside double quotes any text, elsewhere one word."""
    typed = re.sub(r'"\{(\w+)\}"', r'"{\1:Q}"', phrase)
    typed = re.sub(r"(?<!\")\{(\w+)\}(?!\")", r"{\1:W}", typed)
    return parsers.parse(typed, extra_types=_TYPES)


# --- the scenario's state -----------------------------------------------------------------------------

IDENTITY = {"id": "testward", "code": "13999", "kind": "ward", "area": "ku-tobu", "describes": "2026-11"}
IDENTITY_KEYS = {"area", "kind", "describes", "code"}


def data_dir() -> Path:
    """$PLANNER_DATA when set (a test's modified copy), else the repository root."""
    env = os.environ.get("PLANNER_DATA")
    return Path(env) if env else ROOT


@dataclass(repr=False)
class World:
    """What one scenario has said so far and what the last assessment produced."""

    folder: Path
    data: Path = field(default_factory=data_dir)
    ward: str | None = None  # a shipped ward id/kanji/code, or a .yaml path
    inline: dict[str, Any] | None = None  # identity + facts of a ward described in the scenario
    sets: list[str] = field(default_factory=list)  # what-ifs, FIELD=VALUE as on the command line
    # the plan was last made by a what-if step: the next assessment compares with the plan before the what-ifs
    reassessed: bool = False
    as_of: str | None = None
    start: str | None = None
    model_id: str | None = None
    plan: Plan | None = None
    previous: Plan | None = None
    assessment: Assessment | None = None
    kind: str = "ward"  # the municipality's kind, for the explanation's wording
    lib: Library | None = None

    def __repr__(self) -> str:  # short, so a failure's traceback stays readable
        return (
            f"World(ward={self.ward or (self.inline or {}).get('facts')}, sets={self.sets}, "
            f"as_of={self.as_of}, data={self.data})"
        )

    def profile_path(self) -> str:
        assert self.ward is not None or self.inline is not None, "no ward given: start with a Given step"
        if self.inline is None:
            return self.ward  # type: ignore[return-value]
        path = self.folder / "wards" / f"{self.inline['identity']['id']}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_profile_yaml(self.inline, self.as_of), encoding="utf-8")
        return str(path)


def _profile_yaml(inline: dict[str, Any], as_of: str | None) -> str:
    """Identity plus sections; every scalar written as JSON, which is valid YAML."""
    ident = inline["identity"]
    lines = [
        f"id: {ident['id']}",
        f"code: {json.dumps(ident['code'])}",
        "name: {ja: 試験区, en: Testward}",
        f"kind: {ident['kind']}",
        f"area: {ident['area']}",
        f"describes: {json.dumps(ident['describes'])}",
    ]
    sections: dict[str, dict[str, Any]] = {}
    for name, value in inline["facts"].items():
        section, key = name.split(".", 1)
        sections.setdefault(section, {})[key] = value
    # A fact a scenario states holds at the date the scenario assesses: dated then, it is current.
    when = json.dumps(as_of or ident["describes"])
    for section, facts in sections.items():
        lines.append(f"{section}:")
        lines += [
            f"  {key}: {{value: {json.dumps(value, ensure_ascii=False)}, as_of: {when}}}"
            for key, value in facts.items()
        ]
    return "\n".join(lines) + "\n"


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(folder=tmp_path)


# --- helpers: Given -------------------------------------------------------------------------------------


def use_ward(world: World, ward: str) -> None:
    if ward.endswith(".yaml") and not Path(ward).is_absolute() and not Path(ward).exists():
        ward = str(ROOT / ward)  # a fixture named from the repository root, wherever pytest runs
    load_ward(world.data, ward)  # fails here, clearly, if the ward is unknown
    world.ward, world.inline = ward, None


def describe_ward(world: World, rows: list[tuple[str, str]]) -> None:
    """A ward from a minimal identity plus facts; values typed by field kind, 'unknown' = null."""
    world.ward = None
    world.inline = {"identity": dict(IDENTITY), "facts": {}}
    add_facts(world, rows)


def field_path(name: str) -> str:
    """A field named by its path (coordinators.placed) or by its Japanese label (コーディネーターの配置)."""
    specs = field_specs()
    if name in specs or name in IDENTITY_KEYS:
        return name
    by_label = {s.ja: p for p, s in specs.items()}
    assert name in by_label, f"no field or Japanese label {name!r}; see `planner fields --lang ja`"
    return by_label[name]


def add_facts(world: World, rows: list[tuple[str, str]]) -> None:
    assert world.inline is not None, "'whose … is …' adds to a ward described in the scenario"
    for name, raw in rows:
        name, raw = field_path(name.strip()), raw.strip()
        if name in IDENTITY_KEYS:
            world.inline["identity"][name] = raw
            continue
        world.inline["facts"].update(parse_set([f"{name}={raw}"]))


def table_rows(datatable: list[list[str]]) -> list[tuple[str, str]]:
    rows = [tuple(r) for r in datatable]
    if rows and rows[0][0].strip().lower() in ("field", "項目"):
        rows = rows[1:]
    assert all(len(r) == 2 for r in rows), "the table needs two columns: | field | value |"
    return rows  # type: ignore[return-value]


def set_fact(world: World, name: str, value: str) -> None:
    """A what-if. After a plan has been made it is assessed again, so the next Then sees the changed plan."""
    name = field_path(name)
    parse_set([f"{name}={value}"])  # a malformed value fails here, with the CLI's message
    world.sets.append(f"{name}={value}")
    _reassess(world)


def _reassess(world: World) -> None:
    """Plan again after a what-if, keeping as `previous` the plan made before the what-ifs."""
    if world.plan is None:
        return
    before = world.previous if world.reassessed else world.plan
    assess_ward(world)
    world.previous, world.reassessed = before, True


def every_count_zero(world: World) -> None:
    """Every count field of the resource sections set to 0 (children's numbers stay as they are); re-assessed
    when a plan has already been made."""
    for spec in field_specs().values():
        if spec.kind == "count" and not spec.path.startswith("children."):
            world.sets.append(f"{spec.path}=0")
    _reassess(world)


def plan_date(world: World, date: str) -> None:
    world.as_of = date


def plan_start(world: World, month: str) -> None:
    world.start = month


def regional_model(world: World, model: str) -> None:
    world.model_id = model


# --- helpers: When --------------------------------------------------------------------------------------


def assess_ward(world: World, as_of: str | None = None) -> None:
    if as_of is not None:
        world.as_of = as_of
    if not world.reassessed:
        world.previous = world.plan
    world.reassessed = False
    ward = world.profile_path()
    world.lib = load_library(world.data)
    lp = load_profile(Path(ward)) if ward.endswith(".yaml") else load_ward(world.data, ward)
    world.plan = plan_for(
        world.lib, lp, as_of=world.as_of, start=world.start, model_id=world.model_id, overrides=parse_set(world.sets)
    )
    world.assessment = None  # explained on demand, from the same inputs


def _plan(world: World) -> Plan:
    assert world.plan is not None, "no plan yet: add 'When it is assessed'"
    return world.plan


def _explained(world: World) -> Assessment:
    if world.assessment is None:
        _plan(world)
        world.lib, lp, world.assessment = explain_ward(
            world.data, world.profile_path(), as_of=world.as_of, sets=world.sets
        )
        world.kind = lp.profile.kind
    return world.assessment


# --- helpers: Then --------------------------------------------------------------------------------------


def _decided(plan: Plan) -> list[Any]:
    """The plan's decided actions: this year's, then those that start in a later year (provisional ones are not)."""
    return [*plan.actions, *(a for a in plan.next_years if a.status == "decided")]


def _ids(plan: Plan) -> list[str]:
    return [a.id for a in _decided(plan)]


def _action(world: World, action: str) -> Any:
    plan = _plan(world)
    for a in _decided(plan):
        if a.id == action:
            return a
    raise AssertionError(
        f"the plan does not include {action!r}; it has {_ids(plan)}; rules naming {action!r}: {_raisers(world, action)}"
    )


def _raisers(world: World, action: str) -> str:
    """Each rule that names the action, with its status: why an expected action is absent."""
    status = {f["rule"]: f["status"] for f in _plan(world).findings}
    assert world.lib is not None
    found = [f"{r.id} ({status.get(r.id, '?')})" for r in world.lib.book.rules if action in r.actions]
    return ", ".join(found) or "none in the rule book"


def includes(world: World, action: str) -> None:
    _action(world, action)


def excludes(world: World, action: str) -> None:
    plan = _plan(world)
    assert action not in _ids(plan), (
        f"the plan includes {action!r} (rank {_action(world, action).rank}), raised by "
        f"{[r.rule for r in _action(world, action).because]}"
    )


def ranks_before(world: World, first: str, second: str) -> None:
    a, b = _action(world, first), _action(world, second)
    assert a.rank < b.rank, f"{first!r} has rank {a.rank}, {second!r} has rank {b.rank}; plan: {_ids(_plan(world))}"


def ranks_first(world: World, action: str) -> None:
    a = _action(world, action)
    assert a.rank == 1, f"{action!r} has rank {a.rank}; plan: {_ids(_plan(world))}"


def starts_in(world: World, action: str, month: str) -> None:
    a = _action(world, action)
    assert a.start == month, f"{action!r} runs {a.start}–{a.end}, not from {month}"


def plan_starts(world: World, month: str) -> None:
    plan = _plan(world)
    first = min((a.start for a in plan.actions), default=None)
    assert plan.start == month and first == month, f"the plan starts {plan.start}, its first action {first}"


def starts_after(world: World, later: str, earlier: str) -> None:
    a, b = _action(world, later), _action(world, earlier)
    assert a.start > b.end, f"{later!r} starts {a.start}, but {earlier!r} ends {b.end}"


def raised_by(world: World, action: str, rule: str) -> None:
    rules = [r.rule for r in _action(world, action).because]
    assert rule in rules, f"{action!r} is raised by {rules}, not by {rule!r}"


def not_raised_by(world: World, action: str, rule: str) -> None:
    rules = [r.rule for r in _action(world, action).because]
    assert rule not in rules, f"{action!r} is raised by {rule!r} (all: {rules})"


def gap_listed(world: World, name: str, survey: str | None = None) -> None:
    plan = _plan(world)
    gaps = {g.field: g for g in plan.data_gaps}
    assert name in gaps, f"no data gap {name!r}; gaps: {sorted(gaps)}"
    if survey is not None:
        assert gaps[name].survey == survey, f"data gap {name!r} is closed by {gaps[name].survey!r}, not {survey!r}"
        includes(world, survey)


def gap_not_listed(world: World, name: str) -> None:
    gaps = [g.field for g in _plan(world).data_gaps]
    assert name not in gaps, f"data gap {name!r} is listed (gaps: {gaps})"


def _surveys(lib: Library | None, plan: Plan) -> list[str]:
    assert lib is not None
    survey_ids = {a.id for a in lib.book.actions if a.survey}
    return [a.id for a in plan.actions if a.id in survey_ids]


def only_surveys(world: World) -> None:
    plan = _plan(world)
    others = [a for a in _ids(plan) if a not in _surveys(world.lib, plan)]
    assert plan.actions and not others, f"the plan has actions other than surveys: {others}"


MORE = {"more": 1, "fewer": -1, "多い": 1, "少ない": -1}


def _compare(now: int, before: int, direction: str, what: str) -> None:
    sign = MORE[direction]
    assert (now - before) * sign > 0, f"{what}: {now} now, {before} before — expected {direction}"


def gaps_compared(world: World, direction: str) -> None:
    assert world.previous is not None, "no earlier plan: assess twice"
    _compare(len(_plan(world).data_gaps), len(world.previous.data_gaps), direction, "data gaps")


def surveys_compared(world: World, direction: str) -> None:
    assert world.previous is not None, "no earlier plan: assess twice"
    _compare(
        len(_surveys(world.lib, _plan(world))), len(_surveys(world.lib, world.previous)), direction, "survey actions"
    )


def uses_model(world: World, model: str) -> None:
    assert _plan(world).model.id == model, f"the plan uses the model {_plan(world).model.id!r}"


ROLE_STATUS = {
    "missing": "missing",
    "present": "present",
    "unknown": "unknown",
    "欠けている": "missing",
    "存在する": "present",
    "不明である": "unknown",
}


def role_status(world: World, role: str, status: str) -> None:
    roles = {r.id: r.status for r in _plan(world).model.roles}
    assert role in roles, f"the model {_plan(world).model.id!r} has no role {role!r}; roles: {sorted(roles)}"
    assert roles[role] == ROLE_STATUS[status], f"role {role!r} is {roles[role]}, not {ROLE_STATUS[status]}"


RULE_STATUS = {
    "fired": "fired",
    "did not fire": "not_fired",
    "is undecided": "undecided",
    "is not in force": "not_in_force",
    "該当する": "fired",
    "該当しない": "not_fired",
    "判定不能である": "undecided",
    "未施行である": "not_in_force",
}


def _finding(world: World, rule: str) -> Any:
    assessment = _explained(world)
    for f in assessment.findings:
        if f.rule == rule:
            return f
    raise AssertionError(f"no rule {rule!r} in the rule book of {world.data}")


SAID = {"fired": "fired", "not_fired": "did not fire", "undecided": "is undecided", "not_in_force": "is not in force"}


def rule_status(world: World, rule: str, status: str) -> None:
    f = _finding(world, rule)
    facts = ", ".join(f"{x.field}={x.value!r}" for x in f.facts)
    assert f.status == RULE_STATUS[status], (
        f"rule {rule!r} {SAID[f.status]}, where the scenario expects it {SAID[RULE_STATUS[status]]!r}; its facts: {facts}"
    )


def why_not_names(world: World, rule: str, name: str, lang: str) -> None:
    f = _finding(world, rule)
    assert f.status in ("undecided", "not_fired"), f"rule {rule!r} {f.status}: there is no why-not"
    assert world.lib is not None and world.assessment is not None
    text = explain_text(world.lib.book, world.assessment, [f], lang, world.kind)
    assert f"{name} = " in text, f"the why-not of {rule!r} does not name {name!r}:\n{text}"
    if f.status == "undecided":
        assert name in f.unknown, f"{name!r} is not among the unknown inputs {f.unknown} of {rule!r}"


def explanation_shows(world: World, rule: str, text: str, lang: str) -> None:
    f = _finding(world, rule)
    assert world.lib is not None and world.assessment is not None
    shown = explain_text(world.lib.book, world.assessment, [f], lang, world.kind)
    assert text in shown, f"the explanation of {rule!r} does not show {text!r}:\n{shown}"


# --- English phrases ----------------------------------------------------------------------------------


@given(P('the ward "{ward}"'))
def _en_ward(world: World, ward: str) -> None:
    use_ward(world, ward)


@given(P("a ward whose profile says:"))
def _en_table(world: World, datatable: list[list[str]]) -> None:
    describe_ward(world, table_rows(datatable))


@given(P("a ward whose {name} is {value}"))
def _en_whose(world: World, name: str, value: str) -> None:
    describe_ward(world, [(name, value)])


@given(P("whose {name} is {value}"))
def _en_and_whose(world: World, name: str, value: str) -> None:
    add_facts(world, [(name, value)])


@given(P("a ward described only by its identity"))
def _en_identity(world: World) -> None:
    describe_ward(world, [])


@given(P("with {name} set to {value}"))
@when(P("with {name} set to {value}"))
@given(P("{name} is set to {value}"))
@when(P("{name} is set to {value}"))
def _en_set(world: World, name: str, value: str) -> None:
    set_fact(world, name, value)


@given(P("every count is set to 0"))
@when(P("every count is set to 0"))
def _en_zero(world: World) -> None:
    every_count_zero(world)


@given(P("the plan is made as of {date}"))
@given(P("as of {date}"))
def _en_as_of(world: World, date: str) -> None:
    plan_date(world, date)


@given(P("the plan year starts in {month}"))
def _en_start(world: World, month: str) -> None:
    plan_start(world, month)


@given(P('the regional model "{model}"'))
def _en_model(world: World, model: str) -> None:
    regional_model(world, model)


@when(P("it is assessed"))
def _en_assess(world: World) -> None:
    assess_ward(world)


@when(P("it is assessed as of {date}"))
def _en_assess_as_of(world: World, date: str) -> None:
    assess_ward(world, date)


@then(P('the plan includes "{action}"'))
def _en_includes(world: World, action: str) -> None:
    includes(world, action)


@then(P('the plan does not include "{action}"'))
def _en_excludes(world: World, action: str) -> None:
    excludes(world, action)


@then(P('"{first}" ranks before "{second}"'))
def _en_before(world: World, first: str, second: str) -> None:
    ranks_before(world, first, second)


@then(P('"{action}" ranks first'))
def _en_first(world: World, action: str) -> None:
    ranks_first(world, action)


@then(P('"{action}" starts in {month}'))
def _en_starts_in(world: World, action: str, month: str) -> None:
    starts_in(world, action, month)


@then(P("the plan starts in {month}"))
def _en_plan_starts(world: World, month: str) -> None:
    plan_starts(world, month)


@then(P('"{later}" starts after "{earlier}" ends'))
def _en_starts_after(world: World, later: str, earlier: str) -> None:
    starts_after(world, later, earlier)


@then(P('"{action}" is raised by rule "{rule}"'))
def _en_raised_by(world: World, action: str, rule: str) -> None:
    raised_by(world, action, rule)


@then(P('"{action}" is not raised by rule "{rule}"'))
def _en_not_raised_by(world: World, action: str, rule: str) -> None:
    not_raised_by(world, action, rule)


@then(P('the explanation of rule "{rule}" shows "{text}"'))
def _en_explanation(world: World, rule: str, text: str) -> None:
    explanation_shows(world, rule, text, "en")


@then(P('the plan lists the data gap "{name}"'))
def _en_gap(world: World, name: str) -> None:
    gap_listed(world, name)


@then(P('the plan lists the data gap "{name}" closed by "{survey}"'))
def _en_gap_survey(world: World, name: str, survey: str) -> None:
    gap_listed(world, name, survey)


@then(P('the plan does not list the data gap "{name}"'))
def _en_no_gap(world: World, name: str) -> None:
    gap_not_listed(world, name)


@then(P("the plan includes only survey actions"))
def _en_only_surveys(world: World) -> None:
    only_surveys(world)


@then(P("the plan has {direction} data gaps than before"))
def _en_gaps_compared(world: World, direction: str) -> None:
    gaps_compared(world, direction)


@then(P("the plan has {direction} survey actions than before"))
def _en_surveys_compared(world: World, direction: str) -> None:
    surveys_compared(world, direction)


@then(P('the plan uses the model "{model}"'))
def _en_uses_model(world: World, model: str) -> None:
    uses_model(world, model)


@then(P('the model lists role "{role}" as {status}'))
def _en_role(world: World, role: str, status: str) -> None:
    role_status(world, role, status)


@then(parsers.re(r'rule "(?P<rule>[^"]+)" (?P<status>fired|did not fire|is undecided|is not in force)'))
def _en_rule(world: World, rule: str, status: str) -> None:
    rule_status(world, rule, status)


@then(P('the why-not of rule "{rule}" names the unknown field "{name}"'))
def _en_why_not(world: World, rule: str, name: str) -> None:
    why_not_names(world, rule, name, "en")


# --- 日本語の句 ---------------------------------------------------------------------------------------------


@given(P('区 "{ward}" のプロファイル'))
def _ja_ward(world: World, ward: str) -> None:
    use_ward(world, ward)


@given(P("次のプロファイルの区:"))
def _ja_table(world: World, datatable: list[list[str]]) -> None:
    describe_ward(world, table_rows(datatable))


@given(P("{name} が {value} の区"))
def _ja_whose(world: World, name: str, value: str) -> None:
    describe_ward(world, [(name, value)])


@given(P("プロファイルの {name} が {value}"))
def _ja_and_whose(world: World, name: str, value: str) -> None:
    add_facts(world, [(name, value)])


@given(P("識別情報だけの区"))
def _ja_identity(world: World) -> None:
    describe_ward(world, [])


@given(P("{name} を {value} とする"))
@when(P("{name} を {value} とする"))
def _ja_set(world: World, name: str, value: str) -> None:
    set_fact(world, name, value)


@given(P("すべての件数を 0 とする"))
@when(P("すべての件数を 0 とする"))
def _ja_zero(world: World) -> None:
    every_count_zero(world)


@given(P("計画日を {date} とする"))
def _ja_as_of(world: World, date: str) -> None:
    plan_date(world, date)


@given(P("計画の開始月を {month} とする"))
def _ja_start(world: World, month: str) -> None:
    plan_start(world, month)


@given(P('地域モデル "{model}" を使う'))
def _ja_model(world: World, model: str) -> None:
    regional_model(world, model)


@when(P("評価する"))
def _ja_assess(world: World) -> None:
    assess_ward(world)


@when(P("{date} 時点で評価する"))
def _ja_assess_as_of(world: World, date: str) -> None:
    assess_ward(world, date)


@then(P('計画に "{action}" が含まれる'))
def _ja_includes(world: World, action: str) -> None:
    includes(world, action)


@then(P('計画に "{action}" が含まれない'))
def _ja_excludes(world: World, action: str) -> None:
    excludes(world, action)


@then(P('"{first}" は "{second}" より上位である'))
def _ja_before(world: World, first: str, second: str) -> None:
    ranks_before(world, first, second)


@then(P('"{action}" が1位である'))
def _ja_first(world: World, action: str) -> None:
    ranks_first(world, action)


@then(P('"{action}" は {month} に始まる'))
def _ja_starts_in(world: World, action: str, month: str) -> None:
    starts_in(world, action, month)


@then(P("計画は {month} に始まる"))
def _ja_plan_starts(world: World, month: str) -> None:
    plan_starts(world, month)


@then(P('"{later}" は "{earlier}" の終了後に始まる'))
def _ja_starts_after(world: World, later: str, earlier: str) -> None:
    starts_after(world, later, earlier)


@then(P('"{action}" はルール "{rule}" による'))
def _ja_raised_by(world: World, action: str, rule: str) -> None:
    raised_by(world, action, rule)


@then(P('"{action}" はルール "{rule}" によらない'))
def _ja_not_raised_by(world: World, action: str, rule: str) -> None:
    not_raised_by(world, action, rule)


@then(P('ルール "{rule}" の説明に "{text}" が表示される'))
def _ja_explanation(world: World, rule: str, text: str) -> None:
    explanation_shows(world, rule, text, "ja")


@then(P('データギャップ "{name}" が挙がる'))
def _ja_gap(world: World, name: str) -> None:
    gap_listed(world, name)


@then(P('データギャップ "{name}" が調査 "{survey}" とともに挙がる'))
def _ja_gap_survey(world: World, name: str, survey: str) -> None:
    gap_listed(world, name, survey)


@then(P('データギャップ "{name}" が挙がらない'))
def _ja_no_gap(world: World, name: str) -> None:
    gap_not_listed(world, name)


@then(P("計画は調査だけである"))
def _ja_only_surveys(world: World) -> None:
    only_surveys(world)


@then(parsers.re(r"データギャップが前回より(?P<direction>多い|少ない)"))
def _ja_gaps_compared(world: World, direction: str) -> None:
    gaps_compared(world, direction)


@then(parsers.re(r"調査が前回より(?P<direction>多い|少ない)"))
def _ja_surveys_compared(world: World, direction: str) -> None:
    surveys_compared(world, direction)


@then(P('地域モデルは "{model}" である'))
def _ja_uses_model(world: World, model: str) -> None:
    uses_model(world, model)


@then(parsers.re(r'モデルの役割 "(?P<role>[^"]+)" が(?P<status>欠けている|存在する|不明である)'))
def _ja_role(world: World, role: str, status: str) -> None:
    role_status(world, role, status)


@then(parsers.re(r'ルール "(?P<rule>[^"]+)" が(?P<status>該当する|該当しない|判定不能である|未施行である)'))
def _ja_rule(world: World, rule: str, status: str) -> None:
    rule_status(world, rule, status)


@then(P('ルール "{rule}" の説明が不明な項目 "{name}" を挙げる'))
def _ja_why_not(world: World, rule: str, name: str) -> None:
    why_not_names(world, rule, name, "ja")
