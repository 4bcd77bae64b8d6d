"""rules/planning.yaml: the priority score's weights, freshness, small municipalities, deadlines."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, Field

from planner.strict import STRICT


class Scoring(BaseModel):
    """The priority score's weights; the plan writes each part out."""

    model_config = STRICT
    severity: int = Field(ge=0, le=100, description="× the highest severity of the rules that raised the action")
    lessons: int = Field(ge=0, le=100, description="× the number of lessons pointing at the action")
    gap_max: int = Field(ge=0, le=100, description="points for a count's whole shortfall against its target")
    survey_severity: int = Field(ge=0, le=100, description="a survey: × the highest severity of the rules it decides")
    survey_base: int = Field(ge=0, le=100, description="a survey: points added (its lesson, L10)")
    reasoning: str = Field(min_length=1, description="Why these weights, in words a council can question")


class Freshness(BaseModel):
    """How old a fact may be before it must be confirmed (要確認) and decides no rule."""

    model_config = STRICT
    years: int = Field(ge=1, le=30)
    fields: dict[str, Annotated[int, Field(ge=1, le=30)]] = Field(
        default_factory=dict, description="Other limits for some fields, in years (field names are checked by lint)"
    )
    reasoning: str = Field(min_length=1)

    def years_for(self, field: str) -> int:
        """The limit for one field."""
        return self.fields.get(field, self.years)


class SmallMunicipality(BaseModel):
    """Below this population, plans offer the joint (圏域) option where a guideline allows it."""

    model_config = STRICT
    population_below: int = Field(ge=1, le=20_000_000, description="Tokyo's largest municipality has under 1,000,000")
    reasoning: str = Field(min_length=1)


class Deadlines(BaseModel):
    """What a passed deadline adds to an action's score."""

    model_config = STRICT
    overdue: int = Field(ge=0, le=100)
    reasoning: str = Field(min_length=1)


class PriorityWords(BaseModel):
    """How a council reads a score: 最優先 from `top`, 優先 from `high`, 検討 below; a prerequisite is at least 優先."""

    model_config = STRICT
    top: int = Field(ge=1, le=500)
    high: int = Field(ge=1, le=500)
    reasoning: str = Field(min_length=1)

    def word(self, score: int, prerequisite: bool = False) -> str:
        """top | high | consider for a score; an action others wait for is at least high."""
        if score >= self.top:
            return "top"
        return "high" if score >= self.high or prerequisite else "consider"


class Planning(BaseModel):
    """rules/planning.yaml: how findings become a plan."""

    model_config = STRICT
    description: str
    scoring: Scoring
    lane_capacity: int = Field(ge=1, le=12, description="Actions one task lane runs at once")
    lead_capacity: int = Field(
        3, ge=1, le=12, description="Actions one lead (e.g. the disability welfare section) starts or runs at once"
    )
    freshness: Freshness
    small_municipality: SmallMunicipality
    evidence_per_action: int = Field(ge=1, le=20, description="Quotes shown per action in tables, Markdown and HTML")
    deadlines: Deadlines
    priority: PriorityWords
