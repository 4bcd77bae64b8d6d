"""Safe, line-aware YAML reading: bytes checks, one compose, our own constructor, located data."""

from __future__ import annotations

import errno
import math
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.reader import ReaderError

from planner.errors import InputError, Problem
from planner.messages import Msg, msg

MAX_BYTES = 1_000_000  # a ward profile is a few KB; anything this large is not one
MAX_DEPTH = 32  # profiles nest four levels; rules about eight
MAX_NODES = 200_000  # nodes after alias expansion (stops "billion laughs")
FLOW_BRACKETS_C = 5_000  # above this many '[' and '{', parse with the (slower, recursion-safe) Python parser
BLOCK_DEPTH_C = 4 * MAX_DEPTH  # likewise above this indentation-plus-markers depth of block collections
_BLOCK = re.compile(r"^( *)((?:[-?:](?: +|$))*)", re.M)

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
        """Position of a key (or of its value when the key is not recorded)."""
        pos = self.keys.get(tuple(loc))
        return pos if pos else self.where(loc)


def decode(path: str, raw: bytes) -> str:
    """Bytes to text: UTF-8 only (a BOM is dropped); UTF-16/32, NUL bytes and Shift_JIS are named."""
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")) or b"\x00\x00\x00" in (raw[1:4], raw[:3]):
        raise _err(path, 1, 1, msg("file.utf32"), msg("file.save_utf8_nobom"))
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(raw) > 2 and b"\x00" in (raw[1:2], raw[:1])):
        raise _err(path, 1, 1, msg("file.utf16"), msg("file.save_utf8_nobom"))
    if b"\x00" in raw:
        at = raw.index(b"\x00")
        line, col = raw[:at].count(b"\n") + 1, at - (raw.rfind(b"\n", 0, at) + 1) + 1
        raise _err(path, line, col, msg("file.nul"), msg("file.nul_hint"))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        try:
            raw.decode("shift_jis")
            hint = msg("file.shift_jis")
        except UnicodeDecodeError:
            hint = msg("file.save_utf8")
        raise _err(path, line, col, msg("file.not_utf8"), hint) from None
    return text.removeprefix("\ufeff")


def _err(path: str, line: int | None, col: int | None, message: Msg, hint: Msg | None = None) -> InputError:
    return InputError([Problem(path, line, col, message, hint)])


def read_bytes(path: Path, limit: int = MAX_BYTES) -> bytes:
    """A regular file's bytes, at most limit of them: devices, FIFOs and endless files are refused unread."""
    name = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise _err(name, None, None, msg("file.missing"), msg("file.check_path")) from None
    except IsADirectoryError:
        raise _err(name, None, None, msg("file.is_dir"), msg("file.give_file")) from None
    except PermissionError:
        raise _err(name, None, None, msg("file.permission"), msg("file.make_readable")) from None
    except OSError as exc:
        raise _os_error(name, exc) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise _err(name, None, None, msg("file.is_dir"), msg("file.give_file"))
        if not stat.S_ISREG(info.st_mode):
            raise _err(name, None, None, msg("file.not_regular"), msg("file.not_regular_hint"))
        if info.st_size > limit:
            raise _err(
                name, 1, 1, msg("file.too_big", size=f"{info.st_size:,}", limit=f"{limit:,}"), msg("file.too_big_hint")
            )
        chunks, total = [], 0
        while total <= limit:  # a file that grows while read (or lies about its size) stops here
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise _err(
                name, 1, 1, msg("file.too_big", size=f"> {limit:,}", limit=f"{limit:,}"), msg("file.too_big_hint")
            )
        return b"".join(chunks)
    except OSError as exc:
        raise _os_error(name, exc) from None
    finally:
        os.close(fd)


def _os_error(name: str, exc: OSError) -> InputError:
    if exc.errno == errno.ELOOP:
        return _err(name, None, None, msg("file.symlink_loop"), msg("file.check_path"))
    if exc.errno == errno.ENAMETOOLONG:
        return _err(name, None, None, msg("file.name_too_long"), msg("file.check_path"))
    if exc.errno in (errno.ENOTDIR, errno.ENOENT):
        return _err(name, None, None, msg("file.missing"), msg("file.check_path"))
    return _err(name, None, None, msg("file.cannot_read", reason=exc.strerror or str(exc)))


def load_path(path: Path) -> Located:
    """Read and parse one YAML file."""
    return load_text(str(path), decode(str(path), read_bytes(path)))


def load_text(name: str, text: str) -> Located:
    """Parse one YAML document into plain data with positions; every problem is an InputError."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise _err(name, 1, 1, msg("yaml.too_big", limit=f"{MAX_BYTES:,}"))
    # The C composer recurses on the C stack and segfaults somewhere past 20,000 nested flow
    # brackets (measured); the Python one raises RecursionError instead, which we can report.
    # The same holds for deep block nesting (measured: a 60 KB file of nested block sequences).
    brackets = text.count("[") + text.count("{")
    yaml = YAML(typ="safe", pure=brackets > FLOW_BRACKETS_C or _block_depth(text)[0] > BLOCK_DEPTH_C)
    try:
        nodes = list(yaml.compose_all(text))
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        bad_line = text.splitlines()[line - 1] if line and line <= len(text.splitlines()) else ""
        hint = msg("yaml.tabs") if "\t" in bad_line else None
        raise _err(name, line, col, msg("yaml.syntax", detail=exc.problem or exc.context), hint) from None
    except RecursionError:
        line, col = _deepest(text)
        raise _err(name, line, col, msg("yaml.too_deep", limit=MAX_DEPTH), msg("yaml.flatten")) from None
    except ReaderError as exc:  # a character YAML forbids (control characters)
        before = text[: exc.position]
        line, col = before.count("\n") + 1, exc.position - (before.rfind("\n") + 1) + 1
        char = chr(exc.character) if isinstance(exc.character, int) else exc.character
        raise _err(name, line, col, msg("yaml.bad_char", char=_visible(char)), msg("yaml.bad_char_hint")) from None
    except (YAMLError, ValueError) as exc:
        raise _err(name, None, None, msg("yaml.error", detail=str(exc))) from None
    nodes = [n for n in nodes if n is not None]
    if not nodes:
        raise _err(name, 1, 1, msg("yaml.empty"), msg("yaml.empty_hint"))
    if len(nodes) > 1:
        m = nodes[1].start_mark
        raise _err(name, m.line + 1, m.column + 1, msg("yaml.many_docs"), msg("yaml.one_doc"))
    out = Located(name, None)
    budget = [MAX_NODES]
    out.data = _build(nodes[0], (), out, budget, set(), yaml)
    return out


def _block_depth(text: str) -> tuple[int, int]:
    """The deepest block line, estimated from indentation and leading '- ' markers, and its line number."""
    deepest, where = 0, 1
    for m in _BLOCK.finditer(text):
        depth = len(m.group(1)) + len(m.group(2))
        if depth > deepest:
            deepest, where = depth, text.count("\n", 0, m.start()) + 1
    return deepest, where


def _deepest(text: str) -> tuple[int, int]:
    """Where nesting first passes MAX_DEPTH (a rough scan of brackets and block depth, for the message only)."""
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
    block, at = _block_depth(text)
    return (at, 1) if block > MAX_DEPTH else (1, 1)


def _pos(node: Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _build(node: Node, path: Path_, out: Located, budget: list[int], stack: set[int], yaml: YAML) -> Any:
    budget[0] -= 1
    line, col = _pos(node)
    if budget[0] < 0:
        raise _err(out.path, line, col, msg("yaml.too_many_nodes", limit=f"{MAX_NODES:,}"), msg("yaml.remove_aliases"))
    if len(path) > MAX_DEPTH or id(node) in stack:
        raise _err(out.path, line, col, msg("yaml.too_deep_alias", limit=MAX_DEPTH), msg("yaml.flatten"))
    out.values.setdefault(path, (line, col))
    if isinstance(node, ScalarNode):
        return _scalar(node, out, yaml)
    if node.tag not in (_Y + "map", _Y + "seq", _Y + "omap"):
        raise _err(out.path, line, col, msg("yaml.tag", tag=repr(node.tag)), msg("yaml.tag_hint"))
    stack.add(id(node))
    try:
        if isinstance(node, SequenceNode):
            return [_build(n, (*path, i), out, budget, stack, yaml) for i, n in enumerate(node.value)]
        assert isinstance(node, MappingNode)
        result: dict[Any, Any] = {}
        for knode, vnode in node.value:
            if knode.tag == _Y + "merge":
                raise _err(out.path, *_pos(knode), msg("yaml.merge"), msg("yaml.merge_hint"))
            if not isinstance(knode, ScalarNode):
                raise _err(out.path, *_pos(knode), msg("yaml.key_scalar"))
            key = _scalar(knode, out, yaml)
            if not isinstance(key, (str, int)) or isinstance(key, bool):
                key = str(knode.value)
            if key in result:
                first = out.keys.get((*path, key))
                at = msg("yaml.first_at", line=first[0]) if first else ""
                raise _err(
                    out.path, *_pos(knode), msg("yaml.duplicate_key", key=repr(key), first=at), msg("yaml.keep_one")
                )
            out.keys[(*path, key)] = _pos(knode)
            result[key] = _build(vnode, (*path, key), out, budget, stack, yaml)
        return result
    finally:
        stack.discard(id(node))


def _scalar(node: ScalarNode, out: Located, yaml: YAML) -> Any:
    if node.tag not in _PLAIN_TAGS:
        raise _err(out.path, *_pos(node), msg("yaml.tag", tag=repr(node.tag)), msg("yaml.tag_hint"))
    if node.tag == _Y + "timestamp":
        return node.value  # dates stay as written ("2014-03-01"); models check their format
    try:
        value = yaml.constructor.construct_object(node, deep=True)
    except Exception:
        kind = node.tag.rsplit(":", 1)[-1]
        raise _err(
            out.path,
            *_pos(node),
            msg("yaml.bad_scalar", value=_visible(node.value), kind=kind),
            msg("yaml.bad_scalar_hint"),
        ) from None
    if isinstance(value, float) and not math.isfinite(value):
        raise _err(
            out.path, *_pos(node), msg("yaml.not_finite", value=_visible(node.value)), msg("yaml.not_finite_hint")
        )
    return value


def _visible(text: str) -> str:
    """Text for a message: quoted, control characters and escapes shown as codes, never sent raw to a terminal."""
    return ascii(text) if any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in str(text)) else repr(text)
