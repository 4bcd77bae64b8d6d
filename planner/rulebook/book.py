"""The rule book's data model: lessons, tasks, rules with evidence, packs, and the action catalogue."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, Field, field_validator

from planner.dates import valid_date
from planner.errors import InputError, Problem
from planner.links import Url
from planner.messages import msg
from planner.problems import read_folder, require
from planner.profiles.fieldbook import FieldFile
from planner.rulebook.basics import Id, LessonId, TaskId, Text2
from planner.rulebook.conditions import Condition
from planner.rulebook.frame import Frame
from planner.rulebook.registry import Registry
from planner.rulebook.settings import Planning
from planner.rulebook.survey import Survey
from planner.rulebook.wording import Wording
from planner.strict import STRICT
from planner.yamlio import Located


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
    direction: Text2 = Field(description="基本的方向性: the plan's direction for this kind of work, one sentence")


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
    seen_in: str | None = Field(
        None,
        description="The municipality (kanji) the quote reports on, e.g. 江東区 for 「K区…」: other "
        "municipalities' plans show it as what the report saw there, never as their own",
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
    until: str | None = Field(None, description="Last month the rule is in force (a later guideline replaced it)")
    deadline: str | None = Field(None, description="Date by which the target should be met")

    @field_validator("applies_from", "until", "deadline")
    @classmethod
    def _date(cls, v: str | None) -> str | None:
        return None if v is None else valid_date(v)


class PackSource(BaseModel):
    """A document the rules of a pack quote."""

    model_config = STRICT
    title: str
    url: Url | None = None
    kind: Literal["report", "official", "secondary"]


class JointOption(BaseModel):
    """The guideline words that let a small municipality do an action jointly with its neighbours (圏域)."""

    model_config = STRICT
    quote: str = Field(min_length=2)
    where: str
    url: Url


class Pack(BaseModel):
    """One rules file: a named, versioned set of rules."""

    model_config = STRICT
    pack: Id
    title: Text2
    version: str
    description: str
    sources: dict[str, PackSource] = Field(default_factory=dict)
    rules: list[Rule] = Field(min_length=1)


class Kpi(BaseModel):
    """活動指標と目標値: what is counted to see the action done, and the value the target sets."""

    model_config = STRICT
    indicator: Text2
    value: int = Field(ge=0, le=100_000)
    unit: Text2


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
    basis: Text2 = Field(description="目標値設定の考え方: where the target's figure comes from")
    kpi: Kpi = Field(description="活動指標 and 目標値: the count that shows progress and the value the target sets")
    department: Text2 | None = Field(
        None, description="担当課 when it is not the disability welfare section (e.g. 保育主管課, 教育委員会)"
    )
    survey: list[str] = Field(default_factory=list, description="Field prefixes whose data gaps this survey closes")
    joint: JointOption | None = Field(None, description="Where a guideline lets small municipalities do it jointly")
    evidence: list[Evidence] = Field(
        default_factory=list,
        description="The report's words for the action itself (a survey has no fired rule to quote)",
    )


class ActionFile(BaseModel):
    """rules/actions.yaml."""

    model_config = STRICT
    description: str
    actions: list[Action]


@dataclass
class RuleBook:
    """Everything under rules/, validated; positions kept for lint and explain."""

    vocabulary: Vocabulary
    packs: list[Pack]
    action_file: ActionFile
    planning: Planning
    wording: Wording
    survey: Survey
    frame: Frame
    registry: Registry | None = None  # optional: only `planner registry import` needs it
    located: dict[str, Located] = field(default_factory=dict)
    sha256: str = ""
    _survey_for: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)

    def survey_for(self, name: str) -> str | None:
        """The survey action that asks for a profile field: the first whose field prefixes match it."""
        if name not in self._survey_for:  # asked for every data gap of every plan
            self._survey_for[name] = next(
                (a.id for a in self.actions if a.survey and any(name.startswith(p) for p in a.survey)), None
            )
        return self._survey_for[name]

    @property
    def actions(self) -> list[Action]:
        """Every action of rules/actions.yaml, in file order."""
        return self.action_file.actions

    @property
    def rules(self) -> list[Rule]:
        """Every rule of every pack, in file order."""
        return [r for p in self.packs for r in p.rules]

    def rule_position(self, rule_id: str) -> tuple[str, int | None, int | None]:
        """Where a rule's condition is written: file, line, column (the file alone if unknown)."""
        for path, loc in self.located.items():
            rules = (loc.data or {}).get("rules") if isinstance(loc.data, dict) else None
            for i, raw in enumerate(rules if isinstance(rules, list) else []):
                if isinstance(raw, dict) and raw.get("id") == rule_id:
                    line, col = loc.key_where(("rules", i, "when"))
                    return path, line, col
        return "rules", None, None

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


FILES: dict[str, type[BaseModel]] = {
    "lessons.yaml": Vocabulary,
    "actions.yaml": ActionFile,
    "planning.yaml": Planning,
    "wording.yaml": Wording,
    "survey.yaml": Survey,
    "frame.yaml": Frame,
    "registry.yaml": Registry,
    "fields.yaml": FieldFile,
}
OPTIONAL = ("registry.yaml", "fields.yaml")


def load_rulebook(rules_dir: Path) -> RuleBook:
    """Load lessons.yaml, actions.yaml and every other *.yaml as a pack; report all problems together."""
    kinds = FILES
    got = read_folder(rules_dir, lambda name: kinds.get(name, Pack), "rules")
    for name in (n for n in kinds if n not in OPTIONAL):
        require(rules_dir, got, name, msg("lib.need_file"))
    packs = [m for name, m in got.models.items() if name not in kinds]
    if not packs and not got.problems:
        got.problems.append(Problem(str(rules_dir), None, None, msg("lib.no_packs"), msg("lib.add_pack")))
    if got.problems:
        raise InputError(got.problems)
    m = got.models
    return RuleBook(
        _as(Vocabulary, m["lessons.yaml"]),
        [_as(Pack, p) for p in packs],
        _as(ActionFile, m["actions.yaml"]),
        _as(Planning, m["planning.yaml"]),
        _as(Wording, m["wording.yaml"]),
        _as(Survey, m["survey.yaml"]),
        _as(Frame, m["frame.yaml"]),
        _as(Registry, m["registry.yaml"]) if "registry.yaml" in m else None,
        got.located,
        got.sha256,
    )


M = TypeVar("M", bound=BaseModel)


def _as(kind: type[M], value: BaseModel) -> M:
    """A model read_folder validated by file name, as the class that name calls for."""
    assert isinstance(value, kind), (kind, type(value))
    return value
