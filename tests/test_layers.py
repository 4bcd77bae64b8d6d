"""The house's layers: a module imports only from its own layer or those below it, so the core never reaches up
into rendering, batches or the command line."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

# lowest first; a module is ranked by its longest listed prefix
LAYERS: list[tuple[str, ...]] = [
    (
        "planner.errors",
        "planner.messages",
        "planner.chars",
        "planner.safe",
        "planner.strict",
        "planner.yamlio",
        "planner.yamledit",
        "planner.dates",
        "planner.xlsx",
        "planner.output",
        "planner.links",
        "planner.suggest",
        "planner.problems",
        "planner.i18n",
        "planner.datafolder",
        "planner.plan_json",
    ),
    ("planner.profiles",),
    ("planner.rulebook",),
    ("planner.progress.record",),
    ("planner.planning",),
    ("planner.render", "planner.progress"),
    ("planner.intake",),
    ("planner.batch", "planner.validate", "planner.schemas"),
    ("planner.cli", "planner.__main__"),
]


def rank(module: str) -> int:
    if module == "planner":  # the package itself holds only __version__
        return 0
    best, found = -1, None
    for i, prefixes in enumerate(LAYERS):
        for p in prefixes:
            if (module == p or module.startswith(p + ".")) and len(p) > best:
                best, found = len(p), i
    assert found is not None, f"{module} is in no layer: add it to LAYERS"
    return found


def modules() -> dict[str, Path]:
    out = {}
    for path in sorted((ROOT / "planner").rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return out


def imports(path: Path) -> list[tuple[int, str]]:
    """Every planner module a file imports, at the top or inside a function."""
    out = []
    for node in ast.walk(ast.parse(path.read_bytes())):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("planner"):
            out += [(node.lineno, node.module)]
        elif isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names if a.name.startswith("planner")]
    return out


def test_every_module_imports_only_from_its_own_layer_or_below() -> None:
    upward = [
        f"{path.relative_to(ROOT)}:{line}: {name} imports {target}"
        for name, path in modules().items()
        for line, target in imports(path)
        if rank(target) > rank(name)
    ]
    assert upward == []


def test_the_layer_check_sees_an_upward_import() -> None:
    # a core module importing the command line would be caught
    assert rank("planner.cli.survey") > rank("planner.intake.read") > rank("planner.render.view")
    assert rank("planner.progress.sheet") > rank("planner.planning.build") > rank("planner.progress.record")
    assert len(modules()) > 80
