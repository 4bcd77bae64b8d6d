"""The rule book's data model: lessons, tasks, rules with evidence, packs, and the action catalogue."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .conditions import Condition
from .errors import InputError, Problem
from .facts import check_date
from .validation import read_folder, require
from .yamlio import Located

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
    model_config = STRICT
    id: LessonId
    title: Text2
    where: str
    weight: int = Field(0, ge=0, le=30, description="The report's own emphasis, added to priority")


class Task(BaseModel):
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
    model_config = STRICT
    quote: str = Field(min_length=2, description="Exact words; for the report they are checked verbatim")
    where: str = Field(description="e.g. 墨東 (4)①")
    source: str = Field("report-2014", description="report-2014, or a key of the pack's sources")
    kind: Literal["finding", "outcome", "proposal", "target"] = Field(
        "finding", description="What the quote is: a problem found, an observed outcome, a proposal, a legal target")


class Gap(BaseModel):
    """How far a count falls short of a target; feeds the priority score's gap part."""

    model_config = STRICT
    field: str
    target: int | float = Field(gt=0)


class Rule(BaseModel):
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
        return None if v is None else check_date(v)


class PackSource(BaseModel):
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


class Catalogue(BaseModel):
    """rules/actions.yaml."""

    model_config = STRICT
    description: str
    actions: list[Action]


@dataclass
class RuleBook:
    """Everything under rules/, validated; positions kept for lint and explain."""

    vocabulary: Vocabulary
    packs: list[Pack]
    catalogue: Catalogue
    located: dict[str, Located] = field(default_factory=dict)
    sha256: str = ""

    @property
    def rules(self) -> list[Rule]:
        return [r for p in self.packs for r in p.rules]

    @property
    def version(self) -> str:
        return "+".join(f"{p.pack}@{p.version}" for p in self.packs)

    def action(self, action_id: str) -> Action:
        return next(a for a in self.catalogue.actions if a.id == action_id)

    def lesson(self, lesson_id: str) -> Lesson:
        return next(x for x in self.vocabulary.lessons if x.id == lesson_id)

    def pack_of(self, rule_id: str) -> Pack:
        return next(p for p in self.packs if any(r.id == rule_id for r in p.rules))


def load_rulebook(rules_dir: Path) -> RuleBook:
    """Load lessons.yaml, actions.yaml and every other *.yaml as a pack; report all problems together."""
    kinds = {"lessons.yaml": Vocabulary, "actions.yaml": Catalogue}
    got = read_folder(rules_dir, lambda name: kinds.get(name, Pack), "rules")
    for name in kinds:
        require(rules_dir, got, name, "the rule book needs this file")
    packs = [m for name, m in got.models.items() if name not in kinds]
    if not packs and not got.problems:
        got.problems.append(Problem(str(rules_dir), None, None, "no rule packs found", "add rules/<pack>.yaml"))
    if got.problems:
        raise InputError(got.problems)
    return RuleBook(got.models["lessons.yaml"], packs, got.models["actions.yaml"],  # type: ignore[arg-type]
                    got.located, got.sha256)
