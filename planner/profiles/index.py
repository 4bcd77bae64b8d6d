"""Finding a profile by code or kanji name without parsing every profile: a cheap read of each file's head."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from planner.errors import InputError
from planner.yamlio import load_path, read_bytes

HEAD_BYTES = 4096  # identity keys come first in every profile; `planner init` writes them there
_CODE = re.compile(r'^code:[ \t]*(["\']?)(\d{5})\1[ \t]*(?:#.*)?$', re.M | re.ASCII)
_NAME_FLOW = re.compile(r"^name:[ \t]*\{[ \t]*ja:[ \t]*([^,}\s\"']+)[ \t]*[,}]", re.M)
_NAME_BLOCK = re.compile(r"^name:[ \t]*(?:#.*)?\n[ \t]+ja:[ \t]*([^\s\"'#]+)[ \t]*(?:#.*)?$", re.M)


@dataclass(frozen=True)
class Identity:
    """What a lookup needs of a profile: its file, code and name in kanji (None where unreadable)."""

    path: Path
    code: str | None
    name: str | None


def identity(path: Path) -> Identity:
    """The code and kanji name of a profile, from its head; the full YAML parse only if the head is unusual."""
    try:
        raw = read_bytes(path)
    except InputError:
        return Identity(path, None, None)  # a broken profile is reported when it is loaded
    # a cut may split a character; the identity lines are whole well before the cut
    head = raw[:HEAD_BYTES].decode("utf-8", errors="ignore").removeprefix("\ufeff")
    code = _CODE.search(head)
    name = _NAME_FLOW.search(head) or _NAME_BLOCK.search(head)
    if code and name:
        return Identity(path, code.group(2), name.group(1))
    try:
        data = load_path(path).data
    except InputError:
        return Identity(path, None, None)
    if not isinstance(data, dict):
        return Identity(path, None, None)
    names = data.get("name")
    return Identity(
        path,
        str(data["code"]) if "code" in data else None,
        str(names["ja"]) if isinstance(names, dict) and "ja" in names else None,
    )


def matching(ward: str, paths: list[Path]) -> list[Path]:
    """Every profile whose code or kanji name is `ward`."""
    found = []
    for path in paths:
        ident = identity(path)
        if ward in (ident.code, ident.name):
            found.append(path)
    return found
