"""How a profile section declares a fact field: value types, units, and the flag/count/year/choice/text helpers."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field

Count = Annotated[int, Field(ge=0, le=100_000)]
Population = Annotated[int, Field(ge=0, le=20_000_000)]
FiscalYear = Annotated[int, Field(ge=1990, le=2100)]
Functioning = Literal["none", "few", "functioning"]
TEXT_MAX = 500  # a name, a title, a short answer; a what-if (--set) is held to it too
Text = Annotated[str, Field(min_length=1, max_length=TEXT_MAX)]

STRICT = ConfigDict(extra="forbid", strict=True, frozen=True, defer_build=True)


# Units as a Japanese agenda paper writes them after a number (79人, 3か所, 年4回).
UNITS_JA = {
    "people": "人",
    "children": "人",
    "beds": "床",
    "stations": "か所",
    "clinics": "か所",
    "providers": "か所",
    "offices": "か所",
    "pharmacies": "か所",
    "centres": "か所",
    "nurseries": "か所",
    "schools": "校",
    "programmes": "事業",
    "departments": "部署",
    "meetings/year": "回／年",
    "conferences/year": "回／年",
    "sessions/year": "回／年",
    "FY": "年度",
}


def _fact(kind: str, ja: str, en: str, unit: str | None) -> Any:
    extra: dict[str, Any] = {"kind": kind, "ja": ja, "en": en}
    if unit:
        extra["unit"] = unit
        extra["unit_ja"] = UNITS_JA[unit]
    return Field(None, description=f"{ja} — {en}" + (f" [{unit}]" if unit else ""), json_schema_extra=extra)


def flag(ja: str, en: str) -> Any:
    """A yes/no fact field; the Japanese term leads, as in Tokyo's documents."""
    return _fact("bool", ja, en, None)


def count(ja: str, en: str, unit: str) -> Any:
    """A whole-number fact field with its unit."""
    return _fact("count", ja, en, unit)


def year(ja: str, en: str) -> Any:
    """A fiscal-year fact field."""
    return _fact("year", ja, en, "FY")


def choice(ja: str, en: str) -> Any:
    """A fact field holding one of the schema's choices."""
    return _fact("enum", ja, en, None)


def text(ja: str, en: str) -> Any:
    """A short free-text fact field."""
    return _fact("text", ja, en, None)
