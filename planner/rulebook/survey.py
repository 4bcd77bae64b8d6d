"""rules/survey.yaml: the survey's respondent groups and the question that asks for each profile field."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field, field_validator
from pydantic_core import PydanticCustomError

from planner.rulebook.basics import Text2
from planner.strict import STRICT

GroupId = Literal["office", "secretariat", "consultation", "medical", "education"]
# A sheet is named "3_<name>" and Excel allows 31 characters: 25 leave room for the number. Excel refuses
# \ / ? * [ ] : in a sheet name, and a control character cannot be written to the workbook at all.
SHEET_MAX = 25
_SHEET_BAD = re.compile(r"[\\/?*\[\]:\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# How the answers of several offices to one question become the municipality's figure (see Question.combine).
Combine = Literal["sum", "any", "mixed", "list"]


class SheetName(Text2):
    """A sheet's name in both languages: what Excel accepts as a sheet name."""

    @field_validator("ja", "en")
    @classmethod
    def _sheet_name(cls, v: str) -> str:
        bad = _SHEET_BAD.search(v)
        if bad is not None:
            code = f"U+{ord(bad.group(0)):04X}"
            raise PydanticCustomError("planner.survey.sheet_char", "bad character", {"char": code})
        if len(v) > SHEET_MAX or v.startswith("'") or v.endswith("'"):
            raise PydanticCustomError("planner.survey.sheet_long", "too long", {"length": len(v), "limit": SHEET_MAX})
        return v


class Group(BaseModel):
    """One respondent group: one sheet of the questionnaire."""

    model_config = STRICT
    id: GroupId
    sheet: SheetName = Field(description="The questionnaire sheet's name (at most 25 characters, no \\ / ? * [ ] :)")
    title: Text2
    who: Text2 = Field(description="Who answers, and how")
    answered: Literal["once", "each"] = Field(
        "once",
        description="once: one answer for the municipality; each: every office answers its own copy and the "
        "secretariat adds them up (questions say how, with `combine`)",
    )


class Question(BaseModel):
    """How a person asks for one profile field, and which group is asked."""

    model_config = STRICT
    group: GroupId
    ja: str = Field(min_length=2)
    en: str = Field(min_length=2)
    combine: Combine | None = Field(
        None,
        description="For a group answered office by office: sum (a count: the offices' figures added), any (yes/no: "
        "yes when any office says yes), mixed (a choice: the offices' answer when they agree, else the middle "
        "choice), list (a text: every office's answer). Without it, offices must agree (else a conflict).",
    )


class Survey(BaseModel):
    """The survey: groups in the order the questionnaire's sheets come, and one question per field."""

    model_config = STRICT
    description: str
    groups: list[Group] = Field(min_length=1)
    questions: dict[str, Question]

    def group(self, group_id: str) -> Group:
        """The group with this id."""
        return next(g for g in self.groups if g.id == group_id)
