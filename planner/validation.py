"""Turns pydantic validation errors into located Problems, with a suggestion for misspelt keys."""
from __future__ import annotations

import difflib
import hashlib
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from .errors import InputError, Problem
from .yamlio import Located, load_path, read_bytes

M = TypeVar("M", bound=BaseModel)

_HINTS = {
    "bool_type": "write true or false, or null if unknown",
    "bool_parsing": "write true or false, or null if unknown",
    "int_type": "write a whole number, or null if unknown",
    "int_parsing": "write a whole number, or null if unknown",
    "greater_than_equal": "counts cannot be negative; write null if unknown",
    "less_than_equal": "this is far larger than any Tokyo municipality could have: check the figure",
    "string_type": "quote the value as text",
    "literal_error": None,
    "missing": "add this key",
    "dict_type": "write a mapping (key: value) here",
    "model_type": "write a mapping (key: value) here",
    "list_type": "write a list here",
}


@dataclass
class Folder:
    """Every *.yaml of a folder, validated by file name; problems collected, not raised."""

    located: dict[str, Located] = field(default_factory=dict)
    models: dict[str, BaseModel] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    sha256: str = ""


def read_folder(folder: Path, model_for: Callable[[str], type[BaseModel]], what: str) -> Folder:
    if not folder.is_dir():
        raise InputError([Problem(str(folder), None, None, f"no {what} folder here",
                                  "pass --data DIR or set PLANNER_DATA")])
    out = Folder()
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.yaml")):
        try:
            digest.update(path.name.encode() + b"\0" + read_bytes(path) + b"\0")
            loc = load_path(path)
            out.located[str(path)] = loc
            out.models[path.name] = validate(model_for(path.name), loc)
        except InputError as exc:
            out.problems += exc.problems
    out.sha256 = digest.hexdigest()
    return out


def require(folder: Path, result: Folder, name: str, hint: str) -> None:
    if name not in result.models and not any(p.path.endswith(name) for p in result.problems):
        result.problems.append(Problem(str(folder / name), None, None, "missing", hint))


def validate(model: type[M], located: Located, context: dict[str, Any] | None = None) -> M:
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


def yaml_path(located: Located, loc: tuple[Any, ...]) -> tuple[Any, ...]:
    """Drop the ('values', 0) that the fact form inserts when the YAML wrote a bare value."""
    out: list[Any] = []
    i = 0
    while i < len(loc):
        seg = loc[i]
        if (seg == "values" and i + 1 < len(loc) and isinstance(loc[i + 1], int)
                and tuple(out) + ("values",) not in located.values):
            if tuple(out) + (loc[i + 1],) not in located.values:
                i += 2
                continue
        # Pydantic names union branches (e.g. 'function-before[...]'); they are not YAML keys.
        if isinstance(seg, str) and ("[" in seg or seg in ("list[...]",)):
            i += 1
            continue
        out.append(seg)
        i += 1
    if out and out[-1] == "value" and tuple(out) not in located.values:
        out.pop()  # a bare value: the YAML has no 'value' key to point at
    return tuple(out)


def to_problem(model: type[BaseModel], located: Located, err: Any) -> Problem:
    path = yaml_path(located, tuple(err["loc"]))
    dotted = ".".join(str(p) for p in path) or "(document)"
    kind = err["type"]
    if kind == "extra_forbidden":
        line, col = located.key_where(path)
        key = str(path[-1]) if path else "?"
        options = sibling_fields(model, path[:-1])
        close = difflib.get_close_matches(key, options, n=1, cutoff=0.6)
        hint = f"did you mean '{close[0]}'?" if close else (
            f"allowed here: {', '.join(sorted(options))}" if options and len(options) <= 12 else
            "remove it, or see `planner schema`")
        return Problem(located.path, line, col, f"unknown key '{dotted}'", hint)
    line, col = located.where(path)
    msg = err["msg"]
    if kind not in ("missing",) and "input" in err and not isinstance(err["input"], (dict, list)):
        msg += f", got {err['input']!r}"
    if kind == "value_error":
        msg = msg.removeprefix("Value error, ")
    return Problem(located.path, line, col, f"{dotted}: {msg}", _HINTS.get(kind))


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
