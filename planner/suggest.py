"""One did-you-mean for every name a user can misspell: wards, rules, fields, keys, actions."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from planner.messages import Msg, msg


def did_you_mean(word: str, options: Iterable[str], otherwise: Msg | None = None, cutoff: float = 0.6) -> Msg | None:
    """'did you mean X?' for the option the word is when written plainly (ｋｏｔｏ, KOTO, 'koto ' are koto), else
    for the closest option, else the fallback hint."""
    import difflib  # only when a name is misspelt: no import on the path that finds it

    choices = [o for o in options if o != word]  # the word itself is no suggestion
    plain = unicodedata.normalize("NFKC", word).strip()
    for candidate in (plain, plain.lower()):
        if candidate != word and candidate in choices:
            return msg("suggest.mean", word=candidate)
    close = difflib.get_close_matches(word, choices, n=1, cutoff=cutoff)
    return msg("suggest.mean", word=close[0]) if close else otherwise
