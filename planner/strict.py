"""The one setting of every model read from a file: unknown keys refused, no coercion, frozen once read."""

from __future__ import annotations

from pydantic import ConfigDict

# extra="forbid": a misspelt key is an error, not ignored; strict: "3" is not 3 and "yes" is not true
STRICT = ConfigDict(extra="forbid", strict=True, frozen=True, defer_build=True)
# the same, where a file's key is a Python keyword or a reserved word (`not`, `in`, `from`) given by alias
STRICT_BY_NAME = ConfigDict(extra="forbid", strict=True, frozen=True, populate_by_name=True, defer_build=True)
# results planner builds itself (no file behind them): frozen, nothing more to check
FROZEN = ConfigDict(frozen=True, defer_build=True)
