"""The rule book's data model: lessons, tasks, rules with evidence, packs, and the action catalogue."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from planner.dates import valid_date
from planner.errors import InputError, Problem
from planner.messages import msg
from planner.problems import read_folder, require
from planner.rulebook.conditions import Condition
from planner.yamlio import Located

STRICT = ConfigDict(extra="forbid", strict=True, frozen=True)
LessonId = Annotated[str, Field(pattern=r"^L\d{1,2}$")]
TaskId = Annotated[str, Field(pattern=r"^T\d$")]
Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9.-]{1,60}$")]


_CJK_GAP = re.compile(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])")


class Text2(BaseModel):
    """The same text in Japanese and English."""

    model_config = STRICT
    ja: str = Field(min_length=1)
    en: str = Field(min_length=1)

    @field_validator("ja")
    @classmethod
    def _no_folded_spaces(cls, v: str) -> str:
        # YAML folding turns line breaks into spaces; Japanese puts none between characters.
        return _CJK_GAP.sub("", v.strip())


class Lesson(BaseModel):
    """One lesson of the report (L1–L17): title, where the report says it, its weight."""
    model_config = STRICT
    id: LessonId
    title: Text2
    where: str
    weight: int = Field(0, ge=0, le=30, description="The report's own emphasis, added to priority")


class Task(BaseModel):
    """One task category of the report's progress table (T1–T6)."""
    model_config = STRICT
    id: TaskId
    title: Text2


class Vocabulary(BaseModel):
    """rules/lessons.yaml: the project's stable IDs."""

    model_config = STRICT
    description: str
    lessons: list[Lesson]
    tasks: list[Task]


class Evidence(BaseModel):
    """Words a rule cites: an exact quote, where it is, its source and what kind of statement it is."""
    model_config = STRICT
    quote: str = Field(min_length=2, description="Exact words; for the report they are checked verbatim")
    where: str = Field(description="e.g. 墨東 (4)①")
    source: str = Field("report-2014", description="report-2014, or a key of the pack's sources")
    kind: Literal["finding", "outcome", "proposal", "target"] = Field(
        "finding", description="What the quote is: a problem found, an observed outcome, a proposal, a legal target"
    )


class Gap(BaseModel):
    """How far a count falls short of a target; feeds the priority score's gap part."""

    model_config = STRICT
    field: str
    target: int | float = Field(gt=0)


class Rule(BaseModel):
    """One rule: a condition on profile facts, the lessons it encodes, the actions it raises."""
    model_config = STRICT
    id: Id
    title: Text2
    lessons: list[LessonId] = Field(min_length=1)
    evidence: list[Evidence] = Field(min_length=1)
    when: Condition
    severity: int = Field(ge=1, le=5)
    actions: list[Id] = Field(min_length=1)
    gap: Gap | None = None
    applies_from: str | None = Field(None, description="Date the duty starts; before it the rule is not in force")
    deadline: str | None = Field(None, description="Date by which the target should be met")

    @field_validator("applies_from", "deadline")
    @classmethod
    def _date(cls, v: str | None) -> str | None:
        return None if v is None else valid_date(v)


class PackSource(BaseModel):
    """A document the rules of a pack quote."""
    model_config = STRICT
    title: str
    url: str | None = None
    kind: Literal["report", "official", "secondary"]


class Pack(BaseModel):
    """One rules file: a named, versioned set of rules."""

    model_config = STRICT
    pack: Id
    title: Text2
    version: str
    description: str
    sources: dict[str, PackSource] = Field(default_factory=dict)
    rules: list[Rule] = Field(min_length=1)


class Action(BaseModel):
    """One action a plan can contain: what, who leads, with whom, after what, how long, its target."""
    model_config = STRICT
    id: Id
    title: Text2
    description: Text2
    task: TaskId
    lead: Id
    partners: list[Id] = Field(default_factory=list)
    after: list[Id] = Field(default_factory=list, description="Prerequisite actions")
    months: int = Field(ge=1, le=36, description="Typical duration")
    target: Text2 = Field(description="A measurable target (KPI)")
    survey: list[str] = Field(default_factory=list, description="Field prefixes whose data gaps this survey closes")


class ActionFile(BaseModel):
    """rules/actions.yaml."""

    model_config = STRICT
    description: str
    actions: list[Action]


class Scoring(BaseModel):
    """The priority score's weights (rules/planning.yaml); the plan writes each part out."""

    model_config = STRICT
    severity: int = Field(ge=0, le=100, description="× the highest severity of the rules that raised the action")
    lessons: int = Field(ge=0, le=100, description="× the number of lessons pointing at the action")
    gap_max: int = Field(ge=0, le=100, description="points for a count's whole shortfall against its target")
    survey_severity: int = Field(ge=0, le=100, description="a survey: × the highest severity of the rules it decides")
    survey_base: int = Field(ge=0, le=100, description="a survey: points added (its lesson, L10)")
    reasoning: str = Field(min_length=1, description="Why these weights, in words a council can question")


class Planning(BaseModel):
    """rules/planning.yaml: how findings become a plan."""

    model_config = STRICT
    description: str
    scoring: Scoring
    lane_capacity: int = Field(ge=1, le=12, description="Actions one task lane runs at once")


@dataclass
class RuleBook:
    """Everything under rules/, validated; positions kept for lint and explain."""

    vocabulary: Vocabulary
    packs: list[Pack]
    action_file: ActionFile
    planning: Planning
    located: dict[str, Located] = field(default_factory=dict)
    sha256: str = ""

    @property
    def actions(self) -> list[Action]:
        """Every action of rules/actions.yaml, in file order."""
        return self.action_file.actions

    @property
    def rules(self) -> list[Rule]:
        """Every rule of every pack, in file order."""
        return [r for p in self.packs for r in p.rules]

    @property
    def version(self) -> str:
        """The packs and their versions, as a plan's stamp names them."""
        return "+".join(f"{p.pack}@{p.version}" for p in self.packs)

    def action(self, action_id: str) -> Action:
        """The action with this id."""
        return next(a for a in self.actions if a.id == action_id)

    def lesson(self, lesson_id: str) -> Lesson:
        """The lesson with this id."""
        return next(x for x in self.vocabulary.lessons if x.id == lesson_id)

    def pack_of(self, rule_id: str) -> Pack:
        """The pack a rule belongs to."""
        return next(p for p in self.packs if any(r.id == rule_id for r in p.rules))


def load_rulebook(rules_dir: Path) -> RuleBook:
    """Load lessons.yaml, actions.yaml and every other *.yaml as a pack; report all problems together."""
    kinds: dict[str, type[BaseModel]] = {
        "lessons.yaml": Vocabulary,
        "actions.yaml": ActionFile,
        "planning.yaml": Planning,
    }
    got = read_folder(rules_dir, lambda name: kinds.get(name, Pack), "rules")
    for name in kinds:
        require(rules_dir, got, name, msg("lib.need_file"))
    packs = [m for name, m in got.models.items() if name not in kinds]
    if not packs and not got.problems:
        got.problems.append(Problem(str(rules_dir), None, None, msg("lib.no_packs"), msg("lib.add_pack")))
    if got.problems:
        raise InputError(got.problems)
    return RuleBook(
        got.models["lessons.yaml"],
        packs,
        got.models["actions.yaml"],  # type: ignore[arg-type]
        got.models["planning.yaml"],
        got.located,
        got.sha256,
    )  # type: ignore[arg-type]
