"""Observations put into a profile's YAML in place, whatever form the fact is written in (bare, one, values, list)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from planner.profiles.fields import active, sections
from planner.yamledit import append, set_key


def _top_order() -> list[str]:
    """Where a new section goes: in the schema's order, so the same answers give the same file whatever order
    the workbooks were imported in (the active field book's, which rules/fields.yaml defines)."""
    return list(active().profile_model().model_fields)


def put_observation(doc: CommentedMap, path: str, obs: CommentedMap | None, drop: Callable[[Any], bool]) -> None:
    """Remove the observations `drop` picks and put obs where the first of them stood (else last).

    A fact may be written bare (`3`), as one observation (a mapping), as `values: [...]`, or as a plain list of
    observations; each keeps its form where it can, and its comments.
    """
    section, name = path.split(".", 1)
    if doc.get(section) is None:
        if obs is not None:
            put_in_order(doc, section, CommentedMap([(name, obs)]), _top_order())
        return
    holder = doc[section]
    current = holder.get(name)
    if current is None:
        if obs is not None:
            put_in_order(holder, name, obs, list(sections()[section].model_fields))
        return
    if isinstance(current, CommentedSeq):
        _edit(current, obs, drop)  # the list form: a list of observations
    elif isinstance(current, dict) and "values" in current and isinstance(current["values"], CommentedSeq):
        _edit(current["values"], obs, drop)
    else:
        one = current if isinstance(current, dict) else CommentedMap(value=current)  # bare: undated, as written
        if drop(one):
            holder[name] = obs
        elif obs is not None:
            holder[name] = CommentedMap(values=CommentedSeq([one, obs]))
        return
    seq = current if isinstance(current, CommentedSeq) else current["values"]
    if not seq:
        holder[name] = None


def put_in_order(mapping: CommentedMap, key: str, value: Any, order: list[str]) -> None:
    """mapping[key] = value; a new key before the first key that the order puts after it (else last)."""
    if key in mapping or key not in order:
        set_key(mapping, key, value)
        return
    rank = order.index(key)
    later = [i for i, k in enumerate(mapping) if k in order and order.index(k) > rank]
    if later:
        mapping.insert(later[0], key, value)
    else:
        set_key(mapping, key, value)


def _edit(seq: CommentedSeq, obs: CommentedMap | None, drop: Callable[[Any], bool]) -> None:
    gone = [i for i, item in enumerate(seq) if drop(item)]
    for i in reversed(gone[1:]):
        del seq[i]
    if gone and obs is not None:
        seq[gone[0]] = obs
    elif gone:
        del seq[gone[0]]
    elif obs is not None:
        append(seq, obs)


def citing(keys: set[str]) -> Callable[[Any], bool]:
    """Picks the observations that cite one of these sources (a bare value cites none)."""
    return lambda item: isinstance(item, dict) and item.get("source") in keys
