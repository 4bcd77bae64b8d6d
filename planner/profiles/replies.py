"""A questionnaire reply kept in a profile: its answers checked against the fields they answer."""

from __future__ import annotations

from typing import Any

from planner.errors import Problem
from planner.messages import msg
from planner.profiles.fields import active
from planner.profiles.profile import WardProfile
from planner.yamlio import Located


def reply_problems(profile: WardProfile, located: Located) -> list[Problem]:
    """Each answer a reply keeps names a field and holds what the field holds: the merge of a later import adds
    these answers up, so a hand-edited `abc` or -5 would be summed, or taken as yes, without this check."""
    book = active()
    specs = book.specs
    out = []
    for key, source in profile.sources.items():
        if source.reply is None:
            continue
        at = ("sources", key, "reply")
        listed: list[tuple[str, str | int]] = [("answers", n) for n in source.reply.answers]
        listed += [("notes", n) for n in source.reply.notes]
        listed += [("preferred", i) for i in range(len(source.reply.preferred))]
        for part, name in listed:
            field = name if isinstance(name, str) else source.reply.preferred[name]
            if field not in specs:
                line, col = located.key_where((*at, part, name))
                out.append(
                    Problem(located.path, line, col, msg("reply.unknown_field", field=field), msg("reply.fix_hint"))
                )
        for field, value in source.reply.answers.items():
            spec = specs.get(field)
            if spec is None or value is None or book.holds(field, value):
                continue
            line, col = located.where((*at, "answers", field))
            out.append(
                Problem(
                    located.path,
                    line,
                    col,
                    msg("reply.wrong_value", field=spec.ja, value=_shown(value), kind=msg(f"reply.kind_{spec.kind}")),
                    msg("reply.fix_hint"),
                )
            )
    return out


def _shown(value: Any) -> str:
    text = repr(value) if isinstance(value, str) else str(value).lower() if isinstance(value, bool) else str(value)
    return text if len(text) <= 40 else text[:39] + "…"
