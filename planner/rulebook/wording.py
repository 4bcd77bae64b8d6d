"""The municipality's own words and the names in force at a date, filled into action, role and survey texts."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from typing import Literal, Protocol

from pydantic import BaseModel, Field, field_validator

from planner.chars import visible_name
from planner.dates import month_end_label_en, month_end_label_ja
from planner.rulebook.basics import Dated, Text2
from planner.strict import STRICT, STRICT_BY_NAME

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

    @field_validator("ja", "en")
    @classmethod
    def _visible(cls, v: str) -> str:
        return visible_name(v)  # filled into every plan's text as the body's name


class Wording(BaseModel):
    """rules/wording.yaml: kinds and dated names."""

    model_config = STRICT_BY_NAME
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


class Bilingual(Protocol):
    """Anything with a Japanese and an English text (a Text2, a survey question)."""

    @property
    def ja(self) -> str:
        """The Japanese text."""

    @property
    def en(self) -> str:
        """The English text."""


@dataclass(frozen=True)
class Phraser:
    """Fills texts for one municipality kind at one date; {end} only where an action's end is known."""

    wording: Wording
    kind: str
    as_of: str
    _cache: dict[tuple[str, str | None], dict[str, str]] = field(default_factory=dict, compare=False, repr=False)
    _filled: dict[tuple[str, str, str | None], str] = field(default_factory=dict, compare=False, repr=False)
    _texts: dict[tuple[str, str, str | None, bool], Text2] = field(default_factory=dict, compare=False, repr=False)

    def words(self, lang: str, end: str | None = None) -> dict[str, str]:
        """The values of every placeholder in lang (shared: do not change the dict)."""
        key = (lang, end)
        if key not in self._cache:  # the same words for every text of the plan: worked out once
            if end is None:
                self._cache[key] = _words(self.wording, self.kind, self.as_of, lang)
            else:
                label = month_end_label_ja(end) if lang == "ja" else month_end_label_en(end)
                self._cache[key] = {**self.words(lang), "end": label}
        return self._cache[key]

    def fill(self, text: str, lang: str, end: str | None = None) -> str:
        """A text with its placeholders filled (an unknown one is left as written; lint reports it)."""
        if "{" not in text:
            return text
        key = (text, lang, end)
        if key not in self._filled:
            words = self.words(lang, end)
            self._filled[key] = _FIELD.sub(lambda m: words.get(m.group(1), m.group(0)), text)
        return self._filled[key]

    def text2(self, text: Bilingual, end: str | None = None, *, check: bool = False) -> Text2:
        """Both languages filled, as a Text2; the same text gives the same (frozen) object, plan after plan.

        check: validate the filled text (folded spaces between Japanese characters removed) rather than trust
        that a text validated when the rule book was read stays valid once its words are filled in.
        """
        if not check and type(text) is Text2 and "{" not in text.ja and "{" not in text.en:
            return text
        key = (text.ja, text.en, end, check)
        if key not in self._texts:
            ja, en = self.fill(text.ja, "ja", end), self.fill(text.en, "en", end)
            self._texts[key] = Text2(ja=ja, en=en) if check else Text2.model_construct(ja=ja, en=en)
        return self._texts[key]


_PHRASERS: dict[tuple[int, str, str], Phraser] = {}


def phraser_for(wording: Wording, kind: str, as_of: str) -> Phraser:
    """The phraser of a kind at a date, shared by the plans a process makes with this wording (a batch's
    municipalities of one kind fill the same texts: each is filled once)."""
    key = (id(wording), kind, as_of)
    got = _PHRASERS.get(key)
    if got is None or got.wording is not wording:  # an id can be reused once a wording is gone
        if len(_PHRASERS) >= 64:
            _PHRASERS.clear()
        got = _PHRASERS[key] = Phraser(wording, kind, as_of)
    return got


def _words(wording: Wording, kind: str, as_of: str, lang: str) -> dict[str, str]:
    entry = wording.kinds[kind]  # type: ignore[index]
    out = (entry.ja if lang == "ja" else entry.en).model_dump()
    for key, names in wording.names.items():
        now = next((n for n in names if n.in_force(as_of)), names[-1])
        out[key] = now.ja if lang == "ja" else now.en
    return out
