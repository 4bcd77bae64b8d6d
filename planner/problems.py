"""Turns pydantic validation errors into located Problems, with a suggestion for misspelt keys."""

from __future__ import annotations

import hashlib
import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from planner.errors import InputError, Problem
from planner.messages import CATALOGUE, Msg, msg
from planner.suggest import did_you_mean
from planner.yamlio import Located, load_path, read_bytes

M = TypeVar("M", bound=BaseModel)

_HINTS = {
    "bool_type": "hint.bool",
    "bool_parsing": "hint.bool",
    "int_type": "hint.int",
    "int_parsing": "hint.int",
    "greater_than_equal": "hint.negative",
    "less_than_equal": "hint.too_large",
    "string_type": "hint.quote_text",
    "missing": "hint.add_key",
    "dict_type": "hint.mapping",
    "model_type": "hint.mapping",
    "list_type": "hint.list",
}

_FACT_HINTS = ("greater_than_equal", "less_than_equal")


@dataclass
class Folder:
    """Every *.yaml of a folder, validated by file name; problems collected, not raised."""

    located: dict[str, Located] = field(default_factory=dict)
    models: dict[str, BaseModel] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    sha256: str = ""


def read_folder(folder: Path, model_for: Callable[[str], type[BaseModel]], what: str) -> Folder:
    """Every *.yaml of a folder, each validated by the model its file name calls for."""
    if not folder.is_dir():
        raise InputError([Problem(str(folder), None, None, msg("lib.no_folder", what=what), msg("ward.pass_data"))])
    out = Folder()
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.yaml")):
        try:
            digest.update(path.name.encode() + b"\0" + read_bytes(path) + b"\0")
            loc = load_path(path)
            out.located[str(path)] = loc
            out.models[path.name] = read_model(model_for(path.name), loc)
        except InputError as exc:
            out.problems += exc.problems
    out.sha256 = digest.hexdigest()
    return out


def require(folder: Path, result: Folder, name: str, hint: Msg) -> None:
    """Record a problem if a file the folder needs is absent (and not already reported)."""
    if name not in result.models and not any(p.path.endswith(name) for p in result.problems):
        result.problems.append(Problem(str(folder / name), None, None, msg("lib.missing"), hint))


def read_model(model: type[M], located: Located, context: dict[str, Any] | None = None) -> M:
    """Validate located data against model; raise one InputError listing every problem."""
    try:
        return model.model_validate(located.data, context=context)
    except ValidationError as exc:
        problems = [to_problem(model, located, err) for err in exc.errors()]
        raise InputError(_unique(problems)) from None


def _unique(problems: list[Problem]) -> list[Problem]:
    seen: set[Problem] = set()
    out = []
    for p in problems:
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


# The names pydantic gives the branches of the condition union; a path shows them only where the YAML has them.
_UNION_TAGS = {"all", "any", "not", "ratio", "unknown", "known", "compare"}


def yaml_path(located: Located, loc: tuple[Any, ...]) -> tuple[Any, ...]:
    """A pydantic error location as a path in the YAML: no fact-form ('values', 0), no union branch names."""
    out: list[Any] = []
    i = 0
    while i < len(loc):
        seg = loc[i]
        here = (*out, seg)
        if (
            seg == "values"
            and i + 1 < len(loc)
            and isinstance(loc[i + 1], int)
            and (*out, "values") not in located.values
            and (*out, loc[i + 1]) not in located.values
        ):
            i += 2  # a bare value: the fact form wraps it as values[0], which the YAML does not have
            continue
        if isinstance(seg, str) and "[" in seg and here not in located.values and here not in located.keys:
            i += 1  # pydantic's own branch names (e.g. 'function-before[...]'), never a key the YAML has
            continue
        if isinstance(seg, str) and seg in _UNION_TAGS and here not in located.values and here not in located.keys:
            i += 1
            continue
        out.append(seg)
        i += 1
    if out and out[-1] == "value" and tuple(out) not in located.values:
        out.pop()  # a bare value: the YAML has no 'value' key to point at
    return tuple(out)


def to_problem(model: type[BaseModel], located: Located, err: Any) -> Problem:
    """One pydantic error as a located, keyed Problem; misspelt keys get a suggestion."""
    path = yaml_path(located, tuple(err["loc"]))
    dotted = ".".join(str(p) for p in path) or "(document)"
    kind = err["type"]
    if kind == "extra_forbidden":
        line, col = located.key_where(path)
        key = str(path[-1]) if path else "?"
        options = sibling_fields(model, path[:-1])
        fallback = (
            msg("v.allowed_here", options=", ".join(sorted(options)))
            if options and len(options) <= 12
            else msg("v.remove_or_schema")
        )
        return Problem(
            located.path,
            line,
            col,
            msg("v.unknown_key", key=dotted),
            did_you_mean(key, [o for o in options if o != key], fallback),
        )
    line, col = located.where(path)
    detail = error_message(err)
    if (
        kind != "missing"
        and not kind.startswith("planner.")
        and "input" in err
        and not isinstance(err["input"], (dict, list))
    ):
        detail = msg("v.got", detail=detail, value=_visible(err["input"]))
    hint = msg(_HINTS[kind]) if kind in _HINTS else None
    if kind in _FACT_HINTS and model.__name__ != "WardProfile":
        hint = None  # "counts cannot be negative" is about a profile's facts; a setting's message gives its bound
    if kind.startswith("planner.") and f"{kind[8:]}_hint" in CATALOGUE:  # our own checks say what would fix it
        hint = msg(f"{kind[8:]}_hint")
    if kind == "planner.cond.unknown_op":
        hint = msg("cond.ops", options=err["ctx"]["options"])
    return Problem(located.path, line, col, msg("v.field", path=dotted, detail=detail), hint)


def error_message(err: Any) -> Msg:
    """A pydantic error's message by key: our own validators' keys, pydantic's types, else its own words."""
    kind, ctx = err["type"], dict(err.get("ctx") or {})
    if kind.startswith("planner."):
        return msg(kind.removeprefix("planner."), **{k: v for k, v in ctx.items() if k in _params(kind[8:])})
    key = f"pd.{kind}"
    if key in CATALOGUE:
        params = {k: ctx.get(k, "") for k in _params(key)}
        return msg(key, **params)
    return msg("pd.other", detail=err["msg"])


def _params(key: str) -> list[str]:
    return re.findall(r"{(\w+)}", CATALOGUE[key][1])


def _visible(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _unwrap(tp: Any) -> list[Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return [x for a in typing.get_args(tp) for x in _unwrap(a)]
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(tp)[0])
    if origin in (list, dict):
        return _unwrap(typing.get_args(tp)[-1])
    return [tp]


def sibling_fields(model: type[BaseModel], path: tuple[Any, ...]) -> list[str]:
    """Field names allowed at path (best effort, for suggestions)."""
    current: list[Any] = [model]
    for seg in path:
        if isinstance(seg, int):
            continue
        nxt: list[Any] = []
        for m in current:
            if isinstance(m, type) and issubclass(m, BaseModel) and seg in m.model_fields:
                nxt += _unwrap(m.model_fields[seg].annotation)
            elif isinstance(m, type) and issubclass(m, BaseModel) and "values" in m.model_fields:
                nxt += _unwrap(m.model_fields["values"].annotation)
        current = nxt
    names: set[str] = set()
    for m in current:
        if isinstance(m, type) and issubclass(m, BaseModel):
            names |= set(m.model_fields)
            if "values" in m.model_fields:  # the fact form also accepts an observation's keys
                for o in _unwrap(m.model_fields["values"].annotation):
                    if isinstance(o, type) and issubclass(o, BaseModel):
                        names |= set(o.model_fields)
    return sorted(names)
