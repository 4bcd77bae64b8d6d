"""docs/analysts.md §9, followed block by block: a new topic added as data only lints, validates, plans and passes
its scenarios in a copy of the data, and lint says what §9.8 says it says when a step is left out.

The guide marks each block an analyst adds with an HTML comment just above its fence (invisible on the page):
`<!-- topic: append PATH -->` (added at the end of the file), `<!-- topic: create PATH -->` (a new file) or
`<!-- topic: replace PATH "OLD" -->` (the one occurrence of OLD replaced by the block). PATH is relative to the
data folder, except features/… (the features folder). §9.8 marks the lint messages of a step left out with
`<!-- topic-missing: HOW PATH -->` (the block of that step not applied) or `<!-- topic-missing: quote -->` (the
report's quote miscopied), `<行>:<桁>` standing for the position."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_bdd.scenario import make_python_name

from tests.conftest import ROOT

GUIDE = (ROOT / "docs" / "analysts.md").read_text(encoding="utf-8")
SECTION = GUIDE[GUIDE.index("## 9. 新しい話題を加える") :]
STEP = re.compile(r"<!-- topic: (append|create|replace) (\S+)(?: \"([^\"]+)\")? -->\n```\w*\n(.*?)```", re.S)
MISSING = re.compile(r"<!-- topic-missing: ((?:append|create|replace) \S+|quote) -->\n```text\n(.*?)```", re.S)
POSITION = "<行>:<桁>"
# the guide's report quote and the one-character miscopy §9.8 shows (児 → 子)
QUOTE, MISCOPY = "その児の発達状態にあった", "その子の発達状態にあった"


def steps() -> list[tuple[str, str, str | None, str]]:
    found = [(m.group(1), m.group(2), m.group(3), m.group(4)) for m in STEP.finditer(SECTION)]
    assert len(found) == 8, [f[:2] for f in found]
    keys = [f"{how} {name}" for how, name, _, _ in found]
    assert len(set(keys)) == len(keys), f"two blocks of §9 are marked alike: {keys}"
    return found


def missing() -> dict[str, list[str]]:
    """§9.8: the lint lines shown for each step left out, by the step's key ('append rules/survey.yaml')."""
    found = {m.group(1): m.group(2).strip("\n").splitlines() for m in MISSING.finditer(SECTION)}
    assert len(found) == 6, sorted(found)
    keys = {f"{how} {name}" for how, name, _, _ in steps()} | {"quote"}
    assert set(found) <= keys, f"§9.8 names a step §9 does not have: {set(found) - keys}"
    return found


def apply(data: Path, features: Path, leave_out: str | None = None) -> None:
    """Every block of §9 applied as the guide says, to a data folder and a features folder; `leave_out` (a key
    'HOW PATH') is skipped."""
    for how, name, old, text in steps():
        if f"{how} {name}" == leave_out:
            continue
        path = (features.parent if name.startswith("features/") else data) / name
        if how == "create":
            assert not path.exists(), f"{name} already exists: the example would overwrite it"
            path.write_text(text, encoding="utf-8")
        elif how == "append":
            body = path.read_text(encoding="utf-8")
            path.write_text(body.rstrip("\n") + "\n" + text, encoding="utf-8")
        else:
            body = path.read_text(encoding="utf-8")
            assert old is not None and body.count(old) == 1, f"{old!r} is not once in {name}"
            path.write_text(body.replace(old, text.strip()), encoding="utf-8")


def scenario_tests(lang: str) -> list[str]:
    """The test names pytest-bdd gives the scenarios of the guide's feature in `lang` ('ja' or 'en')."""
    name = "features/families/school-travel.ja.feature" if lang == "ja" else "features/families/school-travel.feature"
    (text,) = [t for how, n, _, t in steps() if n == name]
    titles = re.findall(r"^\s*(?:シナリオ|Scenario): (.+)$", text, re.M)
    assert len(titles) == 3, titles
    return [f"test_{make_python_name(t)}" for t in titles]


@pytest.fixture
def copy(tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    data, features = tmp_path / "data", tmp_path / "features"
    for name in ("wards", "rules", "models", "schema"):
        shutil.copytree(ROOT / name, data / name)
    shutil.copytree(ROOT / "features", features)
    env = {
        **os.environ,
        "PLANNER_DATA": str(data),
        "PLANNER_FEATURES": str(features),
        "PLANNER_CACHE": "off",
        "PLANNER_LANG": "ja",
    }
    return data, features, env


def planner(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planner", "--data", env["PLANNER_DATA"], *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def scenarios(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "tests/test_bdd.py",
            "-q",
            "-rA",
            "-p",
            "no:randomly",
            "-p",
            "no:cacheprovider",
            *args,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def outcome(run: subprocess.CompletedProcess[str], test: str) -> str | None:
    """PASSED, FAILED or ERROR for one scenario's test in a run's -rA summary (None when it did not run)."""
    found = re.findall(rf"^(PASSED|FAILED|ERROR) tests/test_bdd\.py::{re.escape(test)}\b", run.stdout, re.M)
    assert len(found) <= 1, found
    return found[0] if found else None


@pytest.mark.full
def test_the_guides_topic_lints_validates_plans_and_passes_its_scenarios(copy) -> None:  # type: ignore[no-untyped-def]
    data, features, env = copy
    before = {p: p.read_bytes() for p in (ROOT / "planner").rglob("*.py")}
    apply(data, features)
    for args in (["rules", "lint"], ["validate"]):
        result = planner(env, *args)
        assert result.returncode == 0, (args, result.stdout[-2000:], result.stderr[-2000:])

    # the fields of 9.1 are known to `planner fields` and the profile's schema of the copy
    fields = planner(env, "fields")
    assert fields.returncode == 0, fields.stderr
    assert "school_travel.support" in fields.stdout and "school_travel.parent_escorted" in fields.stdout
    out = data / "schema" / "ward-profile.schema.json"
    shipped = out.read_text(encoding="utf-8")
    written = planner(env, "schema", "profile", "--out", str(out))
    assert written.returncode == 0, written.stderr
    schema = json.loads(out.read_text(encoding="utf-8"))
    assert "school_travel" not in json.loads(shipped)["properties"]  # the copy's file changed, not was already so
    assert schema["properties"]["school_travel"] == {"$ref": "#/$defs/SchoolTravel"}
    travel = schema["$defs"]["SchoolTravel"]["properties"]
    assert travel["parent_escorted"]["ja"] == "保護者の付添いで通学している医療的ケア児"
    assert travel["parent_escorted"]["unit_ja"] == "人" and travel["support"]["kind"] == "bool"

    # the rule fires on the fact (9.5's `--set`), and the plan carries the action, its role and its department
    fired = planner(env, "assess", "koto", "--set", "school_travel.support=false", "--format", "json")
    assert fired.returncode == 0, fired.stderr
    assert "school-travel-support" in [a["id"] for a in json.loads(fired.stdout)["actions"]]
    paper = planner(env, "assess", "koto", "--set", "school_travel.support=false", "--format", "md").stdout
    for words in (
        "医療的ケア児の通学支援（送迎・付添い）を整える",
        "移動支援・通学支援の事業所",
        "保護者の付添いで通学している医療的ケア児",
    ):
        assert words in paper, words
    supported = planner(env, "assess", "koto", "--set", "school_travel.support=true", "--format", "json")
    assert supported.returncode == 0, supported.stderr
    assert "school-travel-support" not in [a["id"] for a in json.loads(supported.stdout)["actions"]]
    unknown = json.loads(planner(env, "assess", "koto", "--format", "json").stdout)
    assert "school-travel-support" not in [a["id"] for a in unknown["actions"]]
    assert "school-travel-support" in [a["id"] for a in unknown["pending"]]  # undecided: waits for the survey
    book = planner(env, "survey", "export", "koto", "--out", str(data.parent / "koto.xlsx"))
    assert book.returncode == 0, book.stderr

    # 9.6: every scenario against the copy (the new ones pass, and the topic broke none of the others)
    run = scenarios(env)
    assert run.returncode == 0, run.stdout[-3000:]
    new = scenario_tests("ja") + scenario_tests("en")
    assert {t: outcome(run, t) for t in new} == dict.fromkeys(new, "PASSED"), run.stdout[-3000:]
    assert {p: p.read_bytes() for p in (ROOT / "planner").rglob("*.py")} == before, "the guide touched no Python"

    # the lesson-tag contract (§1): without the trv. rule, the @L9 scenarios of the topic fail on what they check
    (data / "rules" / "school-travel.yaml").unlink()
    tagged = [scenario_tests("ja")[0], scenario_tests("en")[0]]
    without = scenarios(env, "-m", "L9", "-k", " or ".join(tagged))
    assert {t: outcome(without, t) for t in tagged} == dict.fromkeys(tagged, "FAILED"), without.stdout[-3000:]
    assert "the plan does not include 'school-travel-support'" in without.stdout, without.stdout[-3000:]


@pytest.mark.full
@pytest.mark.parametrize("left_out", sorted(missing()))
def test_lint_says_what_the_guide_says_when_a_step_is_left_out(copy, left_out: str) -> None:  # type: ignore[no-untyped-def]
    data, features, env = copy
    if left_out == "quote":
        apply(data, features)
        pack = data / "rules" / "school-travel.yaml"
        body = pack.read_text(encoding="utf-8")
        assert body.count(QUOTE) == 1
        pack.write_text(body.replace(QUOTE, MISCOPY), encoding="utf-8")
    else:
        apply(data, features, leave_out=left_out)
    result = planner(env, "rules", "lint")
    assert result.returncode == 1, (result.stdout, result.stderr)
    prefix = str(data) + os.sep
    said = [line.removeprefix(prefix) for line in result.stderr.splitlines() if line.startswith(prefix)]
    expected = missing()[left_out]
    patterns = [re.escape(line).replace(re.escape(POSITION), r"\d+:\d+") for line in expected]
    # exactly the problems §9.8 shows, no more and no fewer
    assert len(said) == len(expected), (said, expected)
    for pattern in patterns:
        assert any(re.fullmatch(pattern, line) for line in said), (pattern, said)
    # the English message names the same thing (the field, role, action or section in quotes)
    english = planner({**env, "PLANNER_LANG": "en"}, "rules", "lint")
    assert english.returncode == 1
    for named in {m for line in expected for m in re.findall(r"'([^']+)'", line)}:
        assert f"'{named}'" in english.stderr, (named, english.stderr)
    # validate (exit 1) and a command that plans (bad input, exit 3) refuse it too, with the same words
    first = expected[0].split(POSITION + ": ")[1]
    for args, code in ((["validate"], 1), (["assess", "koto"], 3)):
        result = planner(env, *args)
        assert result.returncode == code and first in result.stderr, (args, result.returncode, result.stderr[-2000:])
