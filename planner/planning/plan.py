"""The approach plan as data (schema planner.plan/2): what every renderer reads and the JSON contract writes."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from planner.planning.assess import FactRef
from planner.planning.state import KnownFact
from planner.rulebook.basics import Text2
from planner.rulebook.regional import RoleState
from planner.strict import FROZEN

SCHEMA = "planner.plan/3"
EARLIER_SCHEMAS = ("planner.plan/2",)  # a plan of last year, which `planner diff` still reads


class ScoreParts(BaseModel):
    """The priority score, in the open: severity + lessons + gap + the report's weight + a passed deadline."""

    model_config = FROZEN
    severity: int
    lessons: int
    gap: int
    weight: int
    overdue: int = 0


class ScoringTerms(BaseModel):
    """The weights and thresholds the scores were made with (rules/planning.yaml), so the paper states them."""

    model_config = FROZEN
    severity: int
    lessons: int
    gap_max: int
    deadline: int
    survey_severity: int
    survey_base: int
    top: int
    high: int
    weights: dict[str, int]  # lesson id → its weight, for the lessons that carry one


class Reason(BaseModel):
    """A rule behind an action: fired, or undecided (a data gap the survey closes), with the facts it read."""

    model_config = FROZEN
    rule: str
    title: Text2
    status: str
    severity: int
    facts: list[FactRef]


class EvidenceRef(BaseModel):
    """A quote behind an action, once per action, strongest first; seen_in names another municipality's case."""

    model_config = FROZEN
    rules: list[str]
    quote: str
    where: str
    source: str
    kind: str
    seen_in: str | None = None
    title: str | None = None  # the document the quote is from (the appendix lists it; the body cites its place)
    url: str | None = None


class Joint(BaseModel):
    """The joint (圏域) option a guideline allows: offered to a small municipality, or if its size is unknown."""

    model_config = FROZEN
    offered: str  # small | if_small
    quote: str
    where: str
    url: str


class Support(BaseModel):
    """A national or metropolitan programme that serves an action (advice, training or funding)."""

    model_config = FROZEN
    id: str
    title: Text2
    kind: str
    source: str
    url: str
    source_kind: str


class SurveyItem(BaseModel):
    """One question of the survey: the field, how it is asked, and why (unknown, or to be confirmed)."""

    model_config = FROZEN
    field: str
    label: Text2
    question: Text2
    status: str  # unknown | stale | undated | other_body


class SurveyGroup(BaseModel):
    """One respondent group of the survey and what it is asked."""

    model_config = FROZEN
    id: str
    title: Text2
    who: Text2
    items: list[SurveyItem]
    questions: int = 0  # how many questions the group's sheet of the questionnaire holds (items are those needed)


class Reviewed(BaseModel):
    """Last fiscal year's record of one action: the council's decision, what was done, how it was judged."""

    model_config = FROZEN
    id: str
    title: Text2
    outcome: str  # achieved | carried | declined | open
    decision: str | None = None  # adopted | declined | continued
    reason: str | None = None
    done: str | None = None
    actual: int | None = None
    indicator: Text2 | None = None
    target_value: int | None = None
    unit: Text2 | None = None
    evaluation: str | None = None  # met | partly | not_met
    note: str | None = None
    source: str | None = None
    as_of: str | None = None
    in_plan: bool = False  # whether this year's plan holds the action again


class PlannedAction(BaseModel):
    """One action of the plan: why, by whom, when, against what target, with which evidence."""

    model_config = FROZEN
    id: str
    rank: int
    status: str = "decided"  # decided | provisional (it rests on out-of-date facts: 暫定・要確認)
    priority: str = "consider"  # top | high | consider: 最優先 / 優先 / 検討, from the score (rules/planning.yaml)
    score: int
    score_parts: ScoreParts
    title: Text2
    description: Text2
    target: Text2
    basis: Text2 | None = None
    indicator: Text2 | None = None  # 活動指標
    target_value: int | None = None  # 目標値, in `unit`
    unit: Text2 | None = None
    department: Text2 | None = None  # 担当課
    task: str
    tasks: list[str]
    lessons: list[str]
    after: list[str]
    evidence: list[EvidenceRef]
    because: list[Reason]
    lead: str
    lead_status: str
    partners: list[str]
    start: str
    end: str
    months: int
    beyond_year: bool
    deadline: str | None = None
    overdue: bool = False  # the target's deadline has passed at the plan's date
    due_before_start: bool = False  # not yet passed, but falls before the plan's year starts
    joint: Joint | None = None
    support: list[Support] = Field(default_factory=list)
    survey: list[SurveyGroup] = Field(default_factory=list)
    previous: Reviewed | None = None  # last fiscal year's record of it, when the council kept one


class Pending(BaseModel):
    """An action the survey will decide: the rules that would raise it and the facts they wait for."""

    model_config = FROZEN
    id: str
    title: Text2
    rules: list[Text2]
    fields: list[str]
    # every rule that would raise it is met on the record's out-of-date facts: likely done, to confirm
    met_on_record: bool = False
    recorded: list[FactRef] = Field(default_factory=list)


class DataGap(BaseModel):
    """A field the plan needs and does not know (or knows only from an out-of-date or another body's fact)."""

    model_config = FROZEN
    field: str
    title: Text2
    rules: list[str]
    survey: str | None
    group: str | None
    status: str


class PresentGroup(BaseModel):
    """One group of the present state (協議会, 人材, …) and its known facts."""

    model_config = FROZEN
    id: str
    title: Text2
    facts: list[KnownFact]


class Instrument(BaseModel):
    """A law, notice or guideline and its standing at the plan's date."""

    model_config = FROZEN
    id: str
    title: Text2
    status: str  # in_force | ended | draft
    start: str | None
    end: str | None
    source: str
    url: str
    source_kind: str


class Assumption(BaseModel):
    """A what-if (--set): the value assumed and what the profile itself says."""

    model_config = FROZEN
    field: str
    label: Text2
    value: Any
    profile_value: Any


class Change(BaseModel):
    """An action added, dropped or moved between two plans, with the facts behind it."""

    model_config = FROZEN
    id: str
    title: Text2
    kind: str  # added | dropped | moved
    rank_before: int | None
    rank_after: int | None
    facts: list[FactRef] = Field(default_factory=list)


class PlanModel(BaseModel):
    """The regional model at the plan's date: its roles (present, missing, unknown) and links."""

    model_config = FROZEN
    id: str
    title: Text2
    figure: str
    centre: str
    roles: list[RoleState]
    links: list[tuple[str, str]]


class Population(BaseModel):
    """The population a plan's size judgement rests on."""

    model_config = FROZEN
    value: int
    as_of: str | None
    status: str


class WardRef(BaseModel):
    """The municipality: identity, kind, area, the support centre serving it, how much its profile knows."""

    model_config = FROZEN
    id: str
    code: str
    name: Text2
    kind: str
    kind_label: Text2
    area: str
    area_ja: str
    hub_hospital: Text2 | None
    support_centre: Text2 | None
    describes: str
    known_fields: int
    current_fields: int
    total_fields: int
    population: Population | None
    size: str  # small | not_small | unknown


class Stamp(BaseModel):
    """What produced the plan, so a council can re-create it."""

    model_config = FROZEN
    planner: str
    rulebook: str
    profile_sha256: str
    rules_sha256: str
    models_sha256: str


class Plan(BaseModel):
    """The whole plan."""

    model_config = ConfigDict(frozen=True, populate_by_name=True, defer_build=True)
    schema_: str = Field(SCHEMA, alias="schema")
    ward: WardRef
    as_of: str
    fiscal_year: int
    start: str
    assumptions: list[Assumption]
    changes: list[Change] | None
    present: list[PresentGroup]
    frame: list[Instrument]
    actions: list[PlannedAction]
    provisional: list[PlannedAction] = Field(default_factory=list)
    next_years: list[PlannedAction] = Field(default_factory=list)  # actions that cannot start within the year
    review_year: int | None = None  # the fiscal year 前年度の振返り looks back on
    review: list[Reviewed] = Field(default_factory=list)
    pending: list[Pending]
    data_gaps: list[DataGap]
    findings: list[dict[str, Any]]
    model: PlanModel
    tasks: dict[str, Text2]
    directions: dict[str, Text2] = Field(default_factory=dict)  # 基本的方向性, by task category
    lessons: dict[str, Text2]
    roles: dict[str, Text2]
    freshness_years: int
    freshness_fields: dict[str, int] = Field(default_factory=dict)  # other limits, in years (censuses: 6)
    evidence_per_action: int
    small_below: int
    scoring: ScoringTerms | None = None
    rules_in_force: list[dict[str, Any]]
    generated_by: Stamp

    def years_for(self, field: str) -> int:
        """How old a field's fact may be before it must be confirmed (要確認)."""
        return self.freshness_fields.get(field, self.freshness_years)

    @property
    def every_action(self) -> list[PlannedAction]:
        """The decided actions, then the provisional ones, in rank order."""
        return [*self.actions, *self.provisional, *self.next_years]
