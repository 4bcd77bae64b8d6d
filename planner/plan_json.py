"""A saved plan read back for `planner diff`: nesting and numbers bounded before parsing, then the shape diff reads.

A plan's JSON comes from `planner assess --format json`, but the file handed to diff may be anything: 100,000
nested brackets (Python's parser recurses until RecursionError), a 5,000-digit number (int() refuses more than
4,300 digits), NaN, or a list where an object belongs. Each is a located problem (file:line:col), exit 3.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError
from pydantic_core import PydanticCustomError

from planner.dates import valid_date
from planner.errors import InputError, Problem
from planner.messages import Msg, msg
from planner.yamlio import decode, read_bytes

LIMIT = 5_000_000  # a plan's JSON is some hundreds of kilobytes
MAX_DEPTH = 32  # a plan nests seven levels
MAX_NUMBER = 40  # characters of one number: a rank, a count or a score has a handful
MAX_PROBLEMS = 50  # each is located by a pass over the file; past this many the file is not a plan anyway
# Strings (skipped whole, escapes included), brackets, numbers and the constants JSON does not have.
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]|-?[0-9][0-9eE+.\-]*|NaN|-?Infinity', re.S)
_WS = re.compile(r"[ \t\n\r]*")
STRICT = ConfigDict(strict=True, extra="ignore", frozen=True)  # diff reads these fields; the others are let be

_SCALARS = (str, bool, int, float, type(None))


def _value(v: Any) -> Any:
    # checked here rather than as a union, which would report once per kind it is not
    if isinstance(v, _SCALARS) or (isinstance(v, list) and all(isinstance(x, _SCALARS) for x in v)):
        return v
    raise PydanticCustomError("planner.diff.bad_value", "diff.bad_value")


Date = Annotated[str, AfterValidator(valid_date)]
Value = Annotated[Any, AfterValidator(_value)]


class _Ward(BaseModel):
    model_config = STRICT
    id: str = Field(min_length=1, max_length=100)
    name_ja: str = Field(max_length=200)


class _Action(BaseModel):
    model_config = STRICT
    id: str = Field(min_length=1, max_length=100)
    title: str = Field(max_length=1_000)
    rank: int = Field(ge=1, le=100_000)


class _Fact(BaseModel):
    model_config = STRICT
    field: str = Field(min_length=1, max_length=100)
    label: str = Field(max_length=1_000)
    value: Value = None
    status: str | None = Field(None, max_length=40)


class _Group(BaseModel):
    model_config = STRICT
    facts: list[_Fact]


class _Plan(BaseModel):
    """The parts of a plan (`planner.plan/2`) that diff compares."""

    model_config = STRICT
    ward: _Ward
    as_of: Date
    lang: Literal["ja", "en"]
    actions: list[_Action]
    present: list[_Group]


def read_plan_json(path: Path, schemas: tuple[str, ...]) -> dict[str, Any]:
    """The plan in a file, as plain data whose every part diff reads has the right kind; else an InputError."""
    name = str(path)
    text = decode(name, read_bytes(path, LIMIT))
    bounds(name, text)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _error(name, exc.lineno, exc.colno, msg("diff.bad_json", detail=exc.msg)) from None
    if not isinstance(data, dict) or data.get("schema") not in schemas:
        raise _error(name, 1, 1, msg("diff.not_plan", schema=schemas[0]))
    try:
        _Plan.model_validate(data)
    except ValidationError as exc:
        raise InputError([_located(name, text, err) for err in exc.errors()[:MAX_PROBLEMS]]) from None
    return data


def bounds(name: str, text: str) -> None:
    """Refuse nesting past MAX_DEPTH, a number past MAX_NUMBER characters or not finite, and NaN or Infinity,
    at their place, before the parser sees them."""
    depth = 0
    for m in _TOKEN.finditer(text):
        token = m.group(0)
        if token[0] == '"':
            continue
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise _error(name, *_line_col(text, m.start()), msg("diff.too_deep", limit=MAX_DEPTH))
        elif token in "]}":
            depth -= 1
        elif len(token) > MAX_NUMBER or not _finite(token):
            shown = token if len(token) <= 20 else f"{token[:12]}… ({len(token):,})"
            raise _error(name, *_line_col(text, m.start()), msg("diff.bad_number", number=shown))


def _finite(token: str) -> bool:
    try:
        return math.isfinite(float(token))
    except ValueError:
        return True  # not a number JSON has: the parser says where


def _error(name: str, line: int | None, col: int | None, message: Msg) -> InputError:
    return InputError([Problem(name, line, col, message, msg("diff.make_json"))])


def _line_col(text: str, offset: int) -> tuple[int, int]:
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _located(name: str, text: str, err: Any) -> Problem:
    from planner.problems import error_message

    loc = tuple(err["loc"])
    dotted = ".".join(str(p) for p in loc) or "(document)"
    return Problem(
        name,
        *_line_col(text, locate(text, loc)),
        msg("v.field", path=dotted, detail=error_message(err)),
        msg("diff.make_json"),
    )


def locate(text: str, loc: tuple[Any, ...]) -> int:
    """The offset of the value at loc (keys and indexes), or of the deepest part of it the text has."""
    decoder = json.JSONDecoder()
    pos = _WS.match(text, 0).end()  # type: ignore[union-attr]
    for part in loc:
        found = _child(decoder, text, pos, part)
        if found is None:
            break
        pos = found
    return pos


def _child(decoder: json.JSONDecoder, text: str, pos: int, part: Any) -> int | None:
    """Where the member `part` of the object (or the element of the array) at pos starts."""
    if pos >= len(text) or text[pos] not in "[{" or isinstance(part, str) != (text[pos] == "{"):
        return None
    closing, i, index = "}" if text[pos] == "{" else "]", _WS.match(text, pos + 1).end(), 0  # type: ignore[union-attr]
    while i < len(text) and text[i] != closing:
        if closing == "}":
            key, i = decoder.raw_decode(text, i)
            i = _WS.match(text, _WS.match(text, i).end() + 1).end()  # type: ignore[union-attr]  # past ':'
            if key == part:
                return i
        elif index == part:
            return i
        _, i = decoder.raw_decode(text, i)
        i = _WS.match(text, i).end()  # type: ignore[union-attr]
        if i < len(text) and text[i] == ",":
            i = _WS.match(text, i + 1).end()  # type: ignore[union-attr]
        index += 1
    return None
