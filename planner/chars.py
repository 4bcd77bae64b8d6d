"""Characters a reader cannot see, or that act on the screen: one list, to refuse them in names and addresses and
to show them as codes wherever text is printed."""

from __future__ import annotations

import re
import unicodedata

from pydantic_core import PydanticCustomError

# C0 and C1 controls and DEL (ESC starts a terminal's escape sequences); the line and paragraph separators; every
# format character of Unicode 15 (category Cf: soft hyphen, Arabic number signs and letter mark, Mongolian vowel
# separator, the zero-width space, joiners and marks U+200B–U+200F, the direction embeddings, overrides and
# isolates, word joiner and invisible operators U+2060–U+206F, the byte order mark, interlinear annotations,
# Egyptian and shorthand format controls, musical formatting, the tag characters); and the characters that
# print as nothing though they are letters: the combining grapheme joiner, Hangul fillers and Khmer's
# inherent vowels. Written out rather than asked of unicodedata, whose tables change with Python's version:
# what is refused must not depend on the interpreter.
_RANGES = (
    "\u00ad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u115f\u1160\u17b4\u17b5\u180e"
    "\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f"
)
HIDDEN = re.compile(f"[\x00-\x1f\x7f-\x9f{_RANGES}]")
# The same less the C0 controls, which JSON escapes of itself (and whose newlines are its layout).
HIDDEN_BUT_C0 = re.compile(f"[\x7f-\x9f{_RANGES}]")
# The same less tab, line feed and carriage return, which HTML reads as spaces.
HIDDEN_BUT_BREAKS = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_RANGES}]")


def code(ch: str) -> str:
    """A character as a message names it: U+200B."""
    return f"U+{ord(ch):04X}"


def normal_form(text: str) -> str | None:
    """The text in Unicode's composed form (NFC) when it is written otherwise, else None: a compatibility
    ideograph (U+FA19 for 神) or a separate voicing mark (か + U+3099 for が) looks the same as the ordinary
    character and compares unequal, so a name written so would be another name."""
    fixed = unicodedata.normalize("NFC", text)
    return fixed if fixed != text else None


def visible_name(name: str) -> str:
    """A pydantic check of a name: nothing hidden (named by its code, never shown) and written in NFC."""
    hidden = first_hidden(name)
    if hidden:
        raise PydanticCustomError("planner.name.hidden", "name.hidden", {"char": hidden})
    fixed = normal_form(name)
    if fixed:
        raise PydanticCustomError("planner.name.not_nfc", "name.not_nfc", {"fixed": fixed})
    return name


def first_hidden(text: str) -> str | None:
    """The code of the first hidden or control character of text (None when there is none)."""
    found = HIDDEN.search(text)
    return code(found.group(0)) if found else None
