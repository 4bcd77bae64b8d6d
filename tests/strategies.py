"""Hypothesis strategies: field values by kind (unknown included) and random condition trees."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from planner.profiles.fields import field_specs


def value_for(kind: str, choices: tuple[str, ...]) -> st.SearchStrategy[Any]:
    if kind == "bool":
        known: st.SearchStrategy[Any] = st.booleans()
    elif kind == "enum":
        known = st.sampled_from(choices)
    elif kind == "year":
        known = st.integers(1990, 2100)
    elif kind == "text":
        known = st.sampled_from(["a", "協議会", "x y"])
    else:  # small counts make boundaries (0, equal, ratio edges) likely
        known = st.one_of(st.integers(0, 5), st.integers(0, 2000))
    return st.one_of(st.none(), known)


@st.composite
def values(draw: st.DrawFn, unknown_share: float | None = None) -> dict[str, Any]:
    out = {}
    for path, spec in field_specs().items():
        out[path] = draw(value_for(spec.kind, spec.choices))
    return out


FIELDS = [
    "coordinators.placed",
    "council.exists",
    "specialists.functioning",
    "beds.respite_child",
    "children.medical_care",
    "information.case_conferences_per_year",
]


@st.composite
def leaf(draw: st.DrawFn) -> dict[str, Any]:
    specs = field_specs()
    name = draw(st.sampled_from(FIELDS))
    spec = specs[name]
    shape = draw(st.sampled_from(["cmp", "unknown", "known", "ratio"]))
    if shape == "unknown":
        return {"unknown": name}
    if shape == "known":
        return {"known": name}
    if shape == "ratio":
        return {
            "ratio": {
                "of": "beds.respite_child",
                "per": "children.medical_care",
                "scale": draw(st.sampled_from([1, 100, 10000])),
            },
            draw(st.sampled_from(["lt", "le", "gt", "ge"])): draw(st.integers(0, 50)),
        }
    if spec.kind == "bool":
        return {"field": name, draw(st.sampled_from(["eq", "ne"])): draw(st.booleans())}
    if spec.kind == "enum":
        op = draw(st.sampled_from(["eq", "ne", "in"]))
        if op == "in":
            return {"field": name, "in": draw(st.lists(st.sampled_from(spec.choices), min_size=1, max_size=3))}
        return {"field": name, op: draw(st.sampled_from(spec.choices))}
    return {"field": name, draw(st.sampled_from(["eq", "ne", "lt", "le", "gt", "ge"])): draw(st.integers(0, 6))}


def conditions() -> st.SearchStrategy[dict[str, Any]]:
    return st.recursive(
        leaf(),
        lambda kids: st.one_of(
            st.builds(lambda xs: {"all": xs}, st.lists(kids, min_size=1, max_size=3)),
            st.builds(lambda xs: {"any": xs}, st.lists(kids, min_size=1, max_size=3)),
            st.builds(lambda x: {"not": x}, kids),
        ),
        max_leaves=6,
    )


@st.composite
def small_values(draw: st.DrawFn) -> dict[str, Any]:
    specs = field_specs()
    return {f: draw(value_for(specs[f].kind, specs[f].choices)) for f in FIELDS}
