"""Steps about the plan as a council reads it (Japanese first): its text, present state, deadlines, quotes.

Phrases (日本語 | English):

  ならば 計画の文章に "{text}" が含まれる          | Then the plan's text contains "{text}"
  ならば 計画の文章に "{text}" が含まれない        | Then the plan's text does not contain "{text}"
  ならば すべての形式の計画に "{text}" が含まれる  | Then every format of the plan contains "{text}"
  ならば 現状に "{label}" が "{value}" として載る  | Then the present state shows "{label}" as "{value}"
  ならば 現状の "{label}" は要確認である           | Then the present state marks "{label}" to confirm
  ならば "{action}" は期限超過である               | Then "{action}" is overdue
  ならば "{action}" は計画年度前に期限を迎える     | Then "{action}" is due before the plan year
  ならば "{action}" の期限は {date} である         | Then "{action}" has the deadline {date}
  ならば "{action}" の期限は示されない             | Then "{action}" has no deadline
  ならば "{action}" は{n}位以内である              | Then "{action}" ranks within the first {n}
  ならば 各取組の引用は{n}件以内で重複がない        | Then every action shows at most {n} distinct quotes
  ならば 調査票で最初に尋ねる項目は "{label}" である | Then the survey asks "{label}" first
  ならば 変更点に "{action}" が "{kind}" として挙がる | Then the changes list "{action}" as "{kind}"
  ならば "{action}" に共同設置の選択肢が示される   | Then "{action}" offers the joint option
  ならば "{action}" の協力に "{role}" が含まれる   | Then "{action}" has the partner "{role}"
  ならば "{action}" の協力に "{role}" が含まれない | Then "{action}" does not have the partner "{role}"
"""

from __future__ import annotations

import json
import re

from bdd_steps import P, World, _action, _plan, field_path
from pytest_bdd import then

from planner.render import render
from planner.render.view import label_of

JA = "ja"


def text_of(world: World, fmt: str = "md", lang: str = JA) -> str:
    return render(_plan(world), fmt, lang)


def contains(world: World, text: str) -> None:
    body = text_of(world)
    if text not in body:
        head = text[: max(4, len(text) // 2)]
        near = [body[i : i + len(text) + 10] for i in _starts(body, head)][:3]
        raise AssertionError(f"{text!r} is not in the Japanese plan; lines starting alike: {near}")


def _starts(body: str, head: str) -> list[int]:
    found, at = [], body.find(head)
    while at >= 0:
        found.append(at)
        at = body.find(head, at + 1)
    return found


def lacks(world: World, text: str) -> None:
    body = text_of(world).split("\n## 別紙", 1)[0]  # the paper's body: the appendix cites documents by their titles
    at = body.find(text)
    assert at < 0, f"{text!r} is in the Japanese plan: …{body[max(0, at - 60) : at + 60]}…"


def every_format_contains(world: World, text: str) -> None:
    for fmt in ("table", "md", "json", "html"):
        assert text in text_of(world, fmt), f"{text!r} is not in the {fmt} plan"


def present_shows(world: World, label: str, value: str) -> None:
    path = field_path(label)
    facts = {f.field: f for g in _plan(world).present for f in g.facts}
    assert path in facts, f"{label!r} is not in the present state: {sorted(facts)}"
    row = next(line for line in text_of(world).splitlines() if line.startswith(f"| {label_of(path, JA)} |"))
    assert f"| {value} |" in row, f"the present state shows {row!r}, not {value!r}"


def present_to_confirm(world: World, label: str) -> None:
    path = field_path(label)
    facts = {f.field: f for g in _plan(world).present for f in g.facts}
    assert path in facts and facts[path].status in ("stale", "undated", "other_body"), (
        f"{label!r} is {facts[path].status if path in facts else 'not in the present state'}"
    )


def overdue(world: World, action: str) -> None:
    a = _action(world, action)
    assert a.overdue and a.deadline, f"{action!r}: overdue={a.overdue}, deadline={a.deadline}"
    data = json.loads(text_of(world, "json"))
    entry = next(x for x in data["actions"] if x["id"] == action)
    assert entry["overdue"] is True and entry["deadline"] == a.deadline
    for fmt in ("table", "md", "html"):
        assert "期限超過" in text_of(world, fmt), f"no 期限超過 in the {fmt} plan"


def due_before_start(world: World, action: str) -> None:
    a = _action(world, action)
    assert a.deadline and a.due_before_start and not a.overdue, (action, a.deadline, a.overdue, a.due_before_start)
    assert a.score_parts.overdue > 0, f"{action!r} gains no points for a deadline it cannot meet"
    for fmt in ("md", "html"):
        body = text_of(world, fmt)
        assert "計画年度前に期限" in body and "期限超過" not in body, f"the {fmt} plan does not say it as it is"


def deadline_is(world: World, action: str, date: str) -> None:
    a = _action(world, action)
    assert a.deadline == date and not a.overdue and not a.due_before_start, (
        f"{action!r}: deadline {a.deadline}, overdue {a.overdue}, before the year {a.due_before_start}"
    )


def no_deadline(world: World, action: str) -> None:
    a = _action(world, action)
    assert a.deadline is None and not a.overdue, f"{action!r} has the deadline {a.deadline}"


def within(world: World, action: str, n: int) -> None:
    a = _action(world, action)
    assert a.rank <= n, f"{action!r} ranks {a.rank}; plan: {[x.id for x in _plan(world).actions]}"


def quotes_at_most(world: World, n: int) -> None:
    plan = _plan(world)
    md = text_of(world)
    for a in plan.actions:
        quotes = ["".join(e.quote.split()) for e in a.evidence]
        assert len(quotes) == len(set(quotes)), f"{a.id} repeats a quote"
        section = md.split(f"#### {a.rank}. ", 1)[1].split("\n#### ", 1)[0].split("\n### ", 1)[0].split("\n## ", 1)[0]
        shown = re.findall(r"^> 「", section, re.M)
        assert len(shown) <= n, f"{a.id} shows {len(shown)} quotes"


def survey_first(world: World, label: str) -> None:
    survey = next(a for a in _plan(world).actions if a.survey)
    first = survey.survey[0].items[0]
    assert first.field == field_path(label), f"the survey asks {first.field} first"


def change_listed(world: World, action: str, kind: str) -> None:
    kinds = {"追加": "added", "削除": "dropped", "順位変更": "moved"}
    changes = _plan(world).changes
    assert changes is not None, "the plan has no what-if, so no changes"
    found = {c.id: c.kind for c in changes}
    assert found.get(action) == kinds.get(kind, kind), f"changes: {found}"


def joint_offered(world: World, action: str) -> None:
    a = _action(world, action)
    assert a.joint is not None, f"{action!r} offers no joint option"
    assert "圏域" in text_of(world) and "共同設置" in text_of(world)


def partner(world: World, action: str, role: str, present: bool) -> None:
    partners = _action(world, action).partners
    assert (role in partners) == present, f"{action!r} partners: {partners}"


@then(P('計画の文章に "{text}" が含まれる'))
@then(P('the plan\'s text contains "{text}"'))
def _contains(world: World, text: str) -> None:
    contains(world, text)


@then(P('計画の文章に "{text}" が含まれない'))
@then(P('the plan\'s text does not contain "{text}"'))
def _lacks(world: World, text: str) -> None:
    lacks(world, text)


@then(P('すべての形式の計画に "{text}" が含まれる'))
@then(P('every format of the plan contains "{text}"'))
def _every(world: World, text: str) -> None:
    every_format_contains(world, text)


@then(P('現状に "{label}" が "{value}" として載る'))
@then(P('the present state shows "{label}" as "{value}"'))
def _present(world: World, label: str, value: str) -> None:
    present_shows(world, label, value)


@then(P('現状の "{label}" は要確認である'))
@then(P('the present state marks "{label}" to confirm'))
def _confirm(world: World, label: str) -> None:
    present_to_confirm(world, label)


@then(P('"{action}" は期限超過である'))
@then(P('"{action}" is overdue'))
def _overdue(world: World, action: str) -> None:
    overdue(world, action)


@then(P('"{action}" は計画年度前に期限を迎える'))
@then(P('"{action}" is due before the plan year'))
def _due_before_start(world: World, action: str) -> None:
    due_before_start(world, action)


@then(P('"{action}" の期限は {date} である'))
@then(P('"{action}" has the deadline {date}'))
def _deadline(world: World, action: str, date: str) -> None:
    deadline_is(world, action, date)


@then(P('"{action}" の期限は示されない'))
@then(P('"{action}" has no deadline'))
def _no_deadline(world: World, action: str) -> None:
    no_deadline(world, action)


@then(P('"{action}" は{n}位以内である'))
@then(P('"{action}" ranks within the first {n}'))
def _within(world: World, action: str, n: str) -> None:
    within(world, action, int(n))


@then(P("各取組の引用は{n}件以内で重複がない"))
@then(P("every action shows at most {n} distinct quotes"))
def _quotes(world: World, n: str) -> None:
    quotes_at_most(world, int(n))


@then(P('調査票で最初に尋ねる項目は "{label}" である'))
@then(P('the survey asks "{label}" first'))
def _survey_first(world: World, label: str) -> None:
    survey_first(world, label)


@then(P('変更点に "{action}" が "{kind}" として挙がる'))
@then(P('the changes list "{action}" as "{kind}"'))
def _change(world: World, action: str, kind: str) -> None:
    change_listed(world, action, kind)


@then(P('"{action}" に共同設置の選択肢が示される'))
@then(P('"{action}" offers the joint option'))
def _joint(world: World, action: str) -> None:
    joint_offered(world, action)


@then(P('"{action}" の協力に "{role}" が含まれる'))
@then(P('"{action}" has the partner "{role}"'))
def _partner(world: World, action: str, role: str) -> None:
    partner(world, action, role, True)


@then(P('"{action}" の協力に "{role}" が含まれない'))
@then(P('"{action}" does not have the partner "{role}"'))
def _no_partner(world: World, action: str, role: str) -> None:
    partner(world, action, role, False)


def score_higher(world: World, action: str) -> None:
    assert world.previous is not None, "no earlier plan: assess twice"
    now = _action(world, action).score
    before = next((a.score for a in world.previous.actions if a.id == action), None)
    assert before is not None and now > before, f"{action!r} scores {now} now, {before} before"


@then(P('"{action}" の優先度は前回より高い'))
@then(P('"{action}" scores higher than before'))
def _higher(world: World, action: str) -> None:
    score_higher(world, action)
