"""Every command and subcommand has --help that exits 0 and names its options; README documents them all."""

from __future__ import annotations

import re
from typing import Any

import pytest
import typer

from planner.cli import app
from tests.conftest import ROOT


def _walk(cmd: Any, path: tuple[str, ...]) -> list[tuple[tuple[str, ...], Any]]:
    out = [(path, cmd)]
    for name, sub in sorted((getattr(cmd, "commands", None) or {}).items()):
        if not getattr(sub, "hidden", False):
            out += _walk(sub, (*path, name))
    return out


COMMANDS = _walk(typer.main.get_command(app), ())
IDS = [" ".join(p) or "planner" for p, _ in COMMANDS]
LEAVES = [(p, c) for p, c in COMMANDS if p and not getattr(c, "commands", None)]


def test_the_command_tree_is_what_the_readme_documents() -> None:
    names = {" ".join(p) for p, _ in LEAVES}
    assert {
        "assess",
        "explain",
        "validate",
        "schema",
        "wards list",
        "rules list",
        "rules show",
        "rules lint",
    } <= names, names


@pytest.mark.parametrize("path, cmd", COMMANDS, ids=IDS)
def test_help_exits_0_and_mentions_every_option(cli, path: tuple[str, ...], cmd: Any) -> None:  # type: ignore[no-untyped-def]
    result = cli(*path, "--help")
    assert result.code == 0, result.err
    assert result.err == ""
    text = result.out
    assert text.startswith("Usage: planner" + "".join(f" {p}" for p in path)), text[:200]
    for param in cmd.params:
        if getattr(param, "hidden", False):
            continue
        if param.param_type_name == "option":
            longest = max(param.opts, key=len)
            assert re.search(rf"(?<![\w-]){re.escape(longest)}(?![\w-])", text), f"{longest} missing from help:\n{text}"
            assert param.help, f"{' '.join(path)} {longest} has no help text"
        else:  # arguments appear in the usage line, as their metavar
            assert (param.metavar or param.name).lower() in text.lower(), f"argument {param.name} missing:\n{text}"
    assert "--help" in text


@pytest.mark.parametrize("path, cmd", [c for c in COMMANDS if c[0]], ids=[i for i in IDS if i != "planner"])
def test_every_command_has_a_one_line_description(path: tuple[str, ...], cmd: Any) -> None:
    assert (cmd.help or "").strip(), f"`planner {' '.join(path)}` has no description"


@pytest.mark.parametrize("path, cmd", COMMANDS[1:], ids=IDS[1:])
def test_the_parent_help_lists_each_subcommand(cli, path: tuple[str, ...], cmd: Any) -> None:  # type: ignore[no-untyped-def]
    result = cli(*path[:-1], "--help")
    assert result.code == 0
    assert re.search(rf"^\s+{re.escape(path[-1])}\s", result.out, re.M), result.out


@pytest.mark.parametrize("path", [p for p, _ in LEAVES], ids=[" ".join(p) for p, _ in LEAVES])
def test_every_command_appears_in_the_readme(path: tuple[str, ...]) -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    assert f"planner {' '.join(path)}" in readme, f"README.md never mentions `planner {' '.join(path)}`"


@pytest.mark.parametrize("path, cmd", LEAVES, ids=[" ".join(p) for p, _ in LEAVES])
def test_every_long_option_appears_in_the_readme(path: tuple[str, ...], cmd: Any) -> None:
    """sqlite-utils style: the README is the manual, so each option a command takes is written there."""
    readme = (ROOT / "README.md").read_text("utf-8")
    missing = [
        max(p.opts, key=len)
        for p in cmd.params
        if p.param_type_name == "option" and not getattr(p, "hidden", False) and max(p.opts, key=len) not in readme
    ]
    assert not missing, f"`planner {' '.join(path)}`: options not in README.md: {missing}"


def test_version_exits_0(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("--version")
    assert result.code == 0
    assert re.match(r"planner \d+\.\d+", result.out)


def test_no_arguments_shows_help_and_not_a_traceback(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli()
    assert result.code in (0, 2)
    assert "Usage: planner" in result.out + result.err
    for name in ("assess", "explain", "validate", "schema", "wards", "rules"):
        assert name in result.out + result.err
