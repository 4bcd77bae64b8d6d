"""Text from profiles made safe for where it lands: terminals (no escape sequences) and Markdown (no markup)."""

from __future__ import annotations

import re
from functools import lru_cache

from planner.chars import HIDDEN, HIDDEN_BUT_BREAKS, HIDDEN_BUT_C0

CONTROL = HIDDEN  # controls, direction controls and the zero-width and other invisible characters
_JSON_RAW = HIDDEN_BUT_C0
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_BREAKS = re.compile(r"[\r\n\t\u2028\u2029]+")


def _code(ch: str) -> str:
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


def terminal(text: str) -> str:
    """Control characters, escape sequences, direction overrides and invisible characters shown as codes, never
    sent raw: a zero-width space in a name would otherwise make two names look alike."""
    return CONTROL.sub(lambda m: _code(m.group(0)), text)


def one_line(text: str) -> str:
    """Line breaks and tabs as single spaces: a value stays in its table cell or list item."""
    return _BREAKS.sub(" ", text)


def html_text(value: object) -> object:
    """A value a page template prints: text with its controls, escapes, direction overrides and invisible
    characters shown as codes, as in Markdown (a U+202E in a note would turn the printed paper's words around;
    an ESC would act on a terminal showing the file); markup made by planner, and numbers, as they are."""
    from markupsafe import Markup

    if isinstance(value, str) and not isinstance(value, Markup):
        return HIDDEN_BUT_BREAKS.sub(lambda m: _code(m.group(0)), value)
    return value


@lru_cache(maxsize=8192)  # a batch escapes the same titles and names for every municipality
def md(text: str) -> str:
    """Profile text inside Markdown: markup characters escaped, HTML inert, one line, no control codes."""
    text = terminal(one_line(text))
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def json_text(data: object) -> str:
    """Indented JSON, UTF-8 as is, except controls and direction overrides written as \\u escapes.

    json.dumps escapes C0 controls only; a C1 control (U+009B is a terminal's escape), a direction override or
    a zero-width character would reach a terminal raw. Escaped, the decoded value is the same.
    """
    import json

    text = json.dumps(data, ensure_ascii=False, indent=2)  # C0 controls are escaped already; newlines are layout
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text) + "\n"
