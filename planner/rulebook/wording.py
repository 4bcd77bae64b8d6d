"""The municipality's own words and the names in force at a date, filled into action, role and survey texts."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from planner.dates import month_end_label_en, month_end_label_ja
from planner.rulebook.basics import Dated, Text2

STRICT = ConfigDict(extra="forbid", strict=True, frozen=True, defer_build=True)
KIND_WORDS = ("kind", "office", "within", "own")
PLAN_WORDS = ("end",)  # filled in per action: the last month of its phase, as a deadline


class KindWords(BaseModel):
    """How texts name a municipality of one kind: 区 / 区役所 / 区内 / 区独自."""

    model_config = STRICT
    kind: str = Field(min_length=1)
    office: str = Field(min_length=1)
    within: str = Field(min_length=1)
    own: str = Field(min_length=1)


class KindEntry(BaseModel):
    """The words of one municipality kind in both languages."""

    model_config = STRICT
    ja: KindWords
    en: KindWords


class DatedName(Dated):
    """A body's name while it held it: from (inclusive) until (inclusive), YYYY-MM."""

    ja: str = Field(min_length=1)
    en: str = Field(min_length=1)
    source: str = Field(min_length=1, description="Where the name and its dates come from")


class Wording(BaseModel):
    """rules/wording.yaml: kinds and dated names."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, populate_by_name=True, defer_build=True)
    description: str
    kinds: dict[Literal["ward", "city", "town", "village"], KindEntry]
    names: dict[str, list[DatedName]] = Field(default_factory=dict)
    support_centre_sites: dict[Literal["ku", "tama"], Text2] = Field(
        description="The Tokyo support centre's site serving the ward area (ku) and Tama"
    )

    def placeholders(self) -> tuple[str, ...]:
        """Every {name} a text may use."""
        return KIND_WORDS + PLAN_WORDS + tuple(self.names)


_FIELD = re.compile(r"{(\w+)}")


def placeholders_in(text: str) -> list[str]:
    """The {names} a text uses."""
    return [name for _, name, _, _ in string.Formatter().parse(text) if name]


@dataclass(frozen=True)
class Phraser:
    """Fills texts for one municipality kind at one date; {end} only where an action's end is known."""

    wording: Wording
    kind: str
    as_of: str
    _cache: dict[str, dict[str, str]] = field(default_factory=dict, compare=False, repr=False)

    def words(self, lang: str, end: str | None = None) -> dict[str, str]:
        """The values of every placeholder in lang."""
        if lang not in self._cache:  # the same words for every text of the plan: worked out once
            self._cache[lang] = _words(self.wording, self.kind, self.as_of, lang)
        out = dict(self._cache[lang])
        if end is not None:
            out["end"] = month_end_label_ja(end) if lang == "ja" else month_end_label_en(end)
        return out

    def fill(self, text: str, lang: str, end: str | None = None) -> str:
        """A text with its placeholders filled (an unknown one is left as written; lint reports it)."""
        words = self.words(lang, end)
        return _FIELD.sub(lambda m: words.get(m.group(1), m.group(0)), text)


def _words(wording: Wording, kind: str, as_of: str, lang: str) -> dict[str, str]:
    entry = wording.kinds[kind]  # type: ignore[index]
    out = (entry.ja if lang == "ja" else entry.en).model_dump()
    for key, names in wording.names.items():
        now = next((n for n in names if n.in_force(as_of)), names[-1])
        out[key] = now.ja if lang == "ja" else now.en
    return out
