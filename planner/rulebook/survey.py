"""rules/survey.yaml: the survey's respondent groups and the question that asks for each profile field."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from planner.rulebook.basics import Text2

STRICT = ConfigDict(extra="forbid", strict=True, frozen=True, defer_build=True)
GroupId = Literal["office", "secretariat", "consultation", "medical", "education"]


class Group(BaseModel):
    """One respondent group: one sheet of the questionnaire."""

    model_config = STRICT
    id: GroupId
    sheet: Text2 = Field(description="The questionnaire sheet's name (at most 25 characters)")
    title: Text2
    who: Text2 = Field(description="Who answers, and how")


class Question(BaseModel):
    """How a person asks for one profile field, and which group is asked."""

    model_config = STRICT
    group: GroupId
    ja: str = Field(min_length=2)
    en: str = Field(min_length=2)


class Survey(BaseModel):
    """The survey: groups in the order the questionnaire's sheets come, and one question per field."""

    model_config = STRICT
    description: str
    groups: list[Group] = Field(min_length=1)
    questions: dict[str, Question]

    def group(self, group_id: str) -> Group:
        """The group with this id."""
        return next(g for g in self.groups if g.id == group_id)
