"""One did-you-mean for every name a user can misspell: wards, rules, fields, keys, actions."""

from __future__ import annotations

from collections.abc import Iterable

from planner.messages import Msg, msg


def did_you_mean(word: str, options: Iterable[str], otherwise: Msg | None = None, cutoff: float = 0.6) -> Msg | None:
    """'did you mean X?' for the closest option, else the fallback hint."""
    import difflib  # only when a name is misspelt: no import on the path that finds it

    close = difflib.get_close_matches(word, list(options), n=1, cutoff=cutoff)
    return msg("suggest.mean", word=close[0]) if close else otherwise
