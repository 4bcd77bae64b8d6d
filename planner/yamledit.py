"""Round-trip edits of a profile: new keys and items appended where a comment written below them stays below them."""

from __future__ import annotations

from copy import copy
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString

# ruamel keeps a comment block that precedes a key as the "after" comment of whatever came last before it, however
# deep; appending to that mapping would put the new key below the comment, away from the key the comment is about.


def _tail(node: Any) -> tuple[Any, Any] | None:
    """The innermost last (container, key or index) of a node: where a following comment is stored."""
    found = None
    while isinstance(node, (CommentedMap, CommentedSeq)) and len(node):
        key = next(reversed(node)) if isinstance(node, CommentedMap) else len(node) - 1
        found, node = (node, key), node[key]
    return found


def _take_comment(node: Any) -> Any:
    """Detach the comment block after a node's last value (None when there is none)."""
    tail = _tail(node)
    if tail is None:
        return None
    holder, key = tail
    slot = 2 if isinstance(holder, CommentedMap) else 0
    tokens = holder.ca.items.get(key)
    if not tokens or len(tokens) <= slot or tokens[slot] is None or "#" not in tokens[slot].value:
        return None
    token = tokens[slot]
    block = isinstance(holder[key], (FoldedScalarString, LiteralScalarString))
    # after a plain value the token's first line is that value's own end-of-line comment: it stays with it
    head, sep, rest = ("", "", token.value) if block else token.value.partition("\n")
    if not rest.strip():
        return None
    tokens[slot] = copy(token) if head.strip() else None
    if tokens[slot] is not None:
        tokens[slot].value = head + sep
    moved = copy(token)
    moved.value = "\n" + rest
    return moved


def _put_comment(node: Any, token: Any) -> None:
    tail = _tail(node)
    if tail is None or token is None:
        return
    holder, key = tail
    slot = 2 if isinstance(holder, CommentedMap) else 0
    tokens = holder.ca.items.setdefault(key, [None, None, None, None] if slot == 2 else [None, None])
    tokens[slot] = token


def set_key(mapping: CommentedMap, key: str, value: Any) -> None:
    """mapping[key] = value; a new key goes last, and a comment that followed the old last value follows it."""
    if key in mapping or (isinstance(value, (CommentedMap, CommentedSeq)) and not value):
        mapping[key] = value  # an empty container cannot carry the comment: fill it first, then set it
        return
    token = _take_comment(mapping)
    mapping[key] = value
    _put_comment(mapping, token)


def append(seq: CommentedSeq, item: Any) -> None:
    """seq.append(item), the comment after the old last item moved after the new one."""
    token = _take_comment(seq)
    seq.append(item)
    _put_comment(seq, token)
