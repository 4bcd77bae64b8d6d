"""What-ifs from the command line (`--set FIELD=VALUE`), typed by each field's kind."""

from __future__ import annotations

from typing import Any

from planner.errors import UsageError
from planner.messages import Msg, msg
from planner.profiles.fields import FieldSpec, field_specs
from planner.profiles.kinds import TEXT_MAX
from planner.suggest import did_you_mean

UNKNOWN_WORDS = ("null", "unknown", "~", "不明")
TRUE_WORDS = ("true", "あり", "はい")
SHOWN = 60  # characters of a malformed item or an unknown field a message quotes
FALSE_WORDS = ("false", "なし", "いいえ")


class BadValue(ValueError):
    """A value that does not fit a field, with its keyed message."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message.text())
        self.message = message


def parse_set(items: list[str]) -> dict[str, Any]:
    """--set FIELD=VALUE: typed by the field's kind; 'null', 'unknown' or 不明 makes it unknown."""
    specs = field_specs()
    out: dict[str, Any] = {}
    for item in items:
        if "=" not in item:
            raise UsageError(msg("set.form", item=_short(item)), msg("set.example"))
        name, raw = (s.strip() for s in item.split("=", 1))
        spec = specs.get(name)
        if spec is None:
            raise UsageError(
                msg("set.unknown", field=_short(name)), did_you_mean(name[:SHOWN], specs, msg("set.see_fields"))
            )
        try:
            out[name] = typed_value(spec, raw)
        except BadValue as exc:
            raise UsageError(msg("set.value", field=name, detail=exc.message)) from None
    return out


def _short(text: str) -> str:
    return text if len(text) <= SHOWN else text[:SHOWN] + "…"


def typed_value(spec: FieldSpec, raw: str) -> Any:
    """A text as a value of the field's kind; None for the words of unknown."""
    if raw.lower() in UNKNOWN_WORDS:
        return None
    if spec.kind == "bool":
        if raw.lower() in TRUE_WORDS + FALSE_WORDS:
            return raw.lower() in TRUE_WORDS
        raise BadValue(msg("set.not_bool", value=repr(raw)))
    if spec.kind in ("count", "year"):
        if not (raw.isascii() and raw.isdigit()):
            raise BadValue(msg("set.not_count", value=repr(raw)))
        if len(raw) > 12:  # far past any maximum, and int() refuses very long digit strings
            raise BadValue(msg("set.too_large", value=raw[:12] + "…", maximum=spec.maximum))
        value = int(raw)
        if spec.kind == "year" and value < 1990:
            raise BadValue(msg("set.too_early", value=value))
        if spec.maximum is not None and value > spec.maximum:
            raise BadValue(msg("set.too_large", value=value, maximum=spec.maximum))
        return value
    if spec.kind == "enum":
        if raw not in spec.choices:
            raise BadValue(msg("set.not_choice", value=repr(raw), choices=", ".join(spec.choices)))
        return raw
    if not raw:
        raise BadValue(msg("set.empty"))
    if len(raw) > TEXT_MAX:  # as in a profile: a plan's text is a name or a short phrase
        raise BadValue(msg("set.too_long", length=len(raw), limit=TEXT_MAX))
    return raw
