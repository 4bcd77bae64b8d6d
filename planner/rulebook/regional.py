"""Regional collaboration models (models/*.yaml): roles, links, and which roles a ward has."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from planner.errors import InputError, UsageError
from planner.messages import msg
from planner.problems import read_folder, require
from planner.rulebook.basics import Dated, Id, Text2
from planner.rulebook.conditions import Condition, Verdict, judge, referenced_fields
from planner.strict import STRICT_BY_NAME
from planner.yamlio import Located


class Role(Dated):
    """A role a regional model may show, and the profile condition that says it is filled."""

    id: Id
    title: Text2
    present_when: Condition | None = Field(
        None, description="Profile condition meaning the role is filled; absent = no field records it"
    )
    always: bool = Field(False, description="Present by definition (the municipal office, the child and family)")
    successor: Id | None = Field(None, description="The role a plan names instead once this one no longer exists")
    note: str | None = None


class RoleFile(BaseModel):
    """models/roles.yaml: every role any model or action may name."""

    model_config = STRICT_BY_NAME
    description: str
    roles: list[Role]


class Model(BaseModel):
    """One regional model after the report's figures."""

    model_config = STRICT_BY_NAME
    id: Id
    title: Text2
    description: Text2
    hub: Text2 | None = None
    figure: str = Field(description="Where the report draws it, e.g. 墨東 図１")
    areas: list[str] = Field(default_factory=list, description="Areas that get this model by default")
    home: list[str] = Field(
        default_factory=list, description="The areas the model was drawn for; elsewhere it is named `title_elsewhere`"
    )
    title_elsewhere: Text2 | None = Field(
        None, description="Its name in another area's plan, which must not read as that area's own model"
    )
    centre: Id = Field(description="The role at the centre of the figure")
    roles: list[Id] = Field(min_length=2)
    links: list[Annotated[list[Id], Field(min_length=2, max_length=2)]] = Field(
        default_factory=list, description="Pairs of role ids the figure connects"
    )

    def title_for(self, area: str) -> Text2:
        """The model's name in a plan for this area: its own name at home, a neutral one elsewhere."""
        return self.title if area in self.home or self.title_elsewhere is None else self.title_elsewhere


@dataclass
class Models:
    """The role file and every regional model of models/."""

    roles: RoleFile
    models: list[Model]
    located: dict[str, Located] = field(default_factory=dict)
    sha256: str = ""
    _by_id: dict[str, Role] = field(default_factory=dict, repr=False, compare=False)
    _at: dict[tuple[str, str], str | None] = field(default_factory=dict, repr=False, compare=False)

    def role(self, role_id: str) -> Role:
        """The role with this id."""
        if not self._by_id:
            for r in self.roles.roles:
                self._by_id.setdefault(r.id, r)  # the first of a duplicated id, as lint reports the others
        return self._by_id[role_id]

    def at(self, role_id: str, as_of: str) -> str | None:
        """The role to name at as_of: itself while it exists, else its successor in force, else None."""
        key = (role_id, as_of)  # asked for every action of every plan; the answer depends on these two only
        if key not in self._at:
            self._at[key] = self._successor(role_id, as_of)
        return self._at[key]

    def _successor(self, role_id: str, as_of: str) -> str | None:
        seen: set[str] = set()
        current: str | None = role_id
        while current is not None and current not in seen:
            seen.add(current)
            role = self.role(current)
            if role.in_force(as_of):
                return current
            current = role.successor
        return None

    def get(self, model_id: str) -> Model:
        """The model with this id (a usage error names the others)."""
        for m in self.models:
            if m.id == model_id:
                return m
        raise UsageError(
            msg("cli.unknown_model", model=model_id), msg("cli.one_of", options=", ".join(m.id for m in self.models))
        )

    def for_area(self, area: str) -> Model:
        """The model an area uses by default."""
        for m in self.models:
            if area in m.areas:
                return m
        raise UsageError(msg("cli.no_model", area=area), msg("cli.no_model_hint"))


def load_models(models_dir: Path) -> Models:
    """Load models/: the role file and every model, all problems together."""
    got = read_folder(models_dir, lambda name: RoleFile if name == "roles.yaml" else Model, "models")
    require(models_dir, got, "roles.yaml", msg("lib.need_roles"))
    if got.problems:
        raise InputError(got.problems)
    models = [m for name, m in got.models.items() if name != "roles.yaml"]
    return Models(got.models["roles.yaml"], models, got.located, got.sha256)  # type: ignore[arg-type]


class RoleState(BaseModel):
    """A role in a ward's model: present, missing or unknown, and the facts that say so."""

    model_config = ConfigDict(frozen=True)
    id: str
    title: Text2
    status: str  # present | missing | unknown
    fields: dict[str, Any] = Field(default_factory=dict)


def role_states(models: Models, model: Model, values: dict[str, Any], as_of: str) -> list[RoleState]:
    """Each role of a model at as_of (a body gone by then shown as its successor) as present, missing or unknown."""
    out = []
    for role_id in dict.fromkeys(r for r in (models.at(x, as_of) for x in model.roles) if r is not None):
        role = models.role(role_id)
        if role.always:
            out.append(RoleState(id=role.id, title=role.title, status="present"))
            continue
        if role.present_when is None:
            out.append(RoleState(id=role.id, title=role.title, status="unknown"))
            continue
        verdict = judge(role.present_when, values).verdict
        status = {Verdict.TRUE: "present", Verdict.FALSE: "missing", Verdict.UNKNOWN: "unknown"}[verdict]
        fields = {f: values.get(f) for f in referenced_fields(role.present_when)}
        out.append(RoleState(id=role.id, title=role.title, status=status, fields=fields))
    return out
