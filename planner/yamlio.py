"""Safe, line-aware YAML reading: bytes checks, one compose, our own constructor, located data."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.reader import ReaderError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .errors import InputError, Problem

MAX_BYTES = 1_000_000  # a ward profile is a few KB; anything this large is not one
MAX_DEPTH = 32  # profiles nest four levels; rules about eight
MAX_NODES = 200_000  # nodes after alias expansion (stops "billion laughs")
FLOW_BRACKETS_C = 5_000  # above this many '[' and '{', parse with the (slower, recursion-safe) Python parser

_Y = "tag:yaml.org,2002:"
_PLAIN_TAGS = {_Y + t for t in ("str", "int", "float", "bool", "null", "timestamp")}

Path_ = tuple[str | int, ...]


@dataclass
class Located:
    """Plain data parsed from YAML, with the 1-based (line, column) of every key and value."""

    path: str
    data: Any
    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def where(self, loc: Path_) -> tuple[int | None, int | None]:
        """Position of the longest known prefix of loc (value position)."""
        for end in range(len(loc), -1, -1):
            pos = self.values.get(tuple(loc[:end]))
            if pos:
                return pos
        return None, None

    def key_where(self, loc: Path_) -> tuple[int | None, int | None]:
        pos = self.keys.get(tuple(loc))
        return pos if pos else self.where(loc)


def decode(path: str, raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(raw) > 1 and raw[1:2] == b"\x00"):
        raise _err(path, 1, 1, "file is UTF-16, not UTF-8", "save it as UTF-8 (without BOM)")
    if b"\x00" in raw:
        at = raw.index(b"\x00")
        line, col = raw[:at].count(b"\n") + 1, at - (raw.rfind(b"\n", 0, at) + 1) + 1
        raise _err(path, line, col, "file contains NUL bytes: it is binary, not YAML",
                   "point planner at a .yaml text file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        try:
            raw.decode("shift_jis")
            hint = "it looks like Shift_JIS (a spreadsheet export?): save it as UTF-8"
        except UnicodeDecodeError:
            hint = "save the file as UTF-8"
        raise _err(path, line, col, "file is not valid UTF-8", hint) from None
    return text.removeprefix("\ufeff")


def _err(path: str, line: int | None, col: int | None, msg: str, hint: str | None = None) -> InputError:
    return InputError([Problem(path, line, col, msg, hint)])


def read_bytes(path: Path) -> bytes:
    name = str(path)
    try:
        if path.is_dir():
            raise _err(name, None, None, "is a directory, not a file", "give the path of a file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _err(name, 1, 1, f"file is {size:,} bytes; the limit is {MAX_BYTES:,}",
                       "a profile or rule file is a few kilobytes: check you chose the right file")
        return path.read_bytes()
    except FileNotFoundError:
        raise _err(name, None, None, "no such file", "check the path") from None
    except PermissionError:
        raise _err(name, None, None, "permission denied", "make the file readable") from None
    except OSError as exc:
        raise _err(name, None, None, f"cannot read: {exc.strerror}") from None


def load_path(path: Path) -> Located:
    return load_text(str(path), decode(str(path), read_bytes(path)))


def load_text(name: str, text: str) -> Located:
    """Parse one YAML document into plain data with positions; every problem is an InputError."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise _err(name, 1, 1, f"document is larger than {MAX_BYTES:,} bytes")
    # The C composer recurses on the C stack and segfaults somewhere past 20,000 nested flow
    # brackets (measured); the Python one raises RecursionError instead, which we can report.
    brackets = text.count("[") + text.count("{")
    yaml = YAML(typ="safe", pure=brackets > FLOW_BRACKETS_C)
    try:
        nodes = list(yaml.compose_all(text))
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        msg = f"YAML syntax error: {exc.problem or exc.context}"
        bad_line = text.splitlines()[line - 1] if line and line <= len(text.splitlines()) else ""
        hint = "use spaces, not tabs, to indent" if "\t" in bad_line else None
        raise _err(name, line, col, msg, hint) from None
    except RecursionError:
        line, col = _deepest(text)
        raise _err(name, line, col, f"nesting deeper than {MAX_DEPTH} levels", "flatten the document") from None
    except ReaderError as exc:  # a character YAML forbids (control characters)
        before = text[: exc.position]
        line, col = before.count("\n") + 1, exc.position - (before.rfind("\n") + 1) + 1
        char = chr(exc.character) if isinstance(exc.character, int) else exc.character
        raise _err(name, line, col, f"character {char!r} is not allowed in YAML ({exc.reason})",
                   "remove it; use \\n or plain text instead") from None
    except (YAMLError, ValueError) as exc:
        raise _err(name, None, None, f"YAML error: {exc}") from None
    nodes = [n for n in nodes if n is not None]
    if not nodes:
        raise _err(name, 1, 1, "file is empty (or only comments)", "write the YAML mapping for it")
    if len(nodes) > 1:
        m = nodes[1].start_mark
        raise _err(name, m.line + 1, m.column + 1, "more than one YAML document ('---')",
                   "keep one document per file")
    out = Located(name, None)
    budget = [MAX_NODES]
    out.data = _build(nodes[0], (), out, budget, set(), yaml)
    return out


def _deepest(text: str) -> tuple[int, int]:
    """Where flow brackets first nest past MAX_DEPTH (a rough scan, for the message only)."""
    depth, line, col = 0, 1, 0
    for ch in text:
        col += 1
        if ch == "\n":
            line, col = line + 1, 0
        elif ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return line, col
        elif ch in "]}":
            depth = max(0, depth - 1)
    return 1, 1


def _pos(node: Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _build(node: Node, path: Path_, out: Located, budget: list[int], stack: set[int], yaml: YAML) -> Any:
    budget[0] -= 1
    line, col = _pos(node)
    if budget[0] < 0:
        raise _err(out.path, line, col, f"document expands to more than {MAX_NODES:,} nodes",
                   "remove the aliases (*name) that repeat large parts")
    if len(path) > MAX_DEPTH or id(node) in stack:
        raise _err(out.path, line, col, f"nesting deeper than {MAX_DEPTH} levels (or a recursive alias)",
                   "flatten the document")
    out.values.setdefault(path, (line, col))
    if isinstance(node, ScalarNode):
        return _scalar(node, out, yaml)
    if node.tag not in (_Y + "map", _Y + "seq", _Y + "omap"):
        raise _err(out.path, line, col, f"tag {node.tag!r} is not allowed", "remove the '!' tag")
    stack.add(id(node))
    try:
        if isinstance(node, SequenceNode):
            return [_build(n, path + (i,), out, budget, stack, yaml) for i, n in enumerate(node.value)]
        assert isinstance(node, MappingNode)
        result: dict[Any, Any] = {}
        for knode, vnode in node.value:
            if knode.tag == _Y + "merge":
                raise _err(out.path, *_pos(knode), "merge keys ('<<') are not supported",
                           "write the keys out")
            if not isinstance(knode, ScalarNode):
                raise _err(out.path, *_pos(knode), "a key must be a plain scalar")
            key = _scalar(knode, out, yaml)
            if not isinstance(key, (str, int)) or isinstance(key, bool):
                key = str(knode.value)
            if key in result:
                first = out.keys.get(path + (key,))
                at = f" (first at line {first[0]})" if first else ""
                raise _err(out.path, *_pos(knode), f"duplicate key {key!r}{at}", "keep one of them")
            out.keys[path + (key,)] = _pos(knode)
            result[key] = _build(vnode, path + (key,), out, budget, stack, yaml)
        return result
    finally:
        stack.discard(id(node))


def _scalar(node: ScalarNode, out: Located, yaml: YAML) -> Any:
    if node.tag not in _PLAIN_TAGS:
        raise _err(out.path, *_pos(node), f"tag {node.tag!r} is not allowed",
                   "remove the '!' tag; planner reads plain YAML only")
    if node.tag == _Y + "timestamp":
        return node.value  # dates stay as written ("2014-03-01"); models check their format
    try:
        value = yaml.constructor.construct_object(node, deep=True)
    except Exception:  # noqa: BLE001 - ruamel raises IndexError/KeyError on e.g. `!!int` with no value
        kind = node.tag.rsplit(":", 1)[-1]
        raise _err(out.path, *_pos(node), f"{node.value!r} is not a valid {kind}",
                   "remove the '!!' tag or fix the value") from None
    if isinstance(value, float) and not math.isfinite(value):
        raise _err(out.path, *_pos(node), f"{node.value!r} is not a finite number",
                   "write a number, or null if unknown")
    return value
