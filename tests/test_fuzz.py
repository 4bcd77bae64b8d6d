"""Fuzzing profiles: whatever the file holds, loading and planning give a Plan or a PlannerError, never a crash.

Three families of input:
  * valid profiles, built from the field catalogue (every fact form, unknowns included) — these must plan;
  * slightly invalid ones: a valid profile with keys dropped or renamed, values of the wrong type, negative,
    huge or non-finite numbers, impossible dates, or a few bytes flipped in its YAML text;
  * hostile YAML: random text and bytes, token soup, deep brackets, anchors and aliases, tags.
Entry points: planner.profiles.load.load_profile + planner.planning.api.plan_for (then every renderer), and
planner.yamlio.load_text.

Examples: FUZZ_EXAMPLES (default 300). The long run (`make fuzz`) is the test marked slow, which takes
FUZZ_EXAMPLES (default 10000) and runs only with `-m slow` or when FUZZ_EXAMPLES is set.
"""

from __future__ import annotations

import copy
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.chars import HIDDEN, normal_form
from planner.errors import PlannerError
from planner.planning.api import plan_for
from planner.planning.build import Plan
from planner.profiles.fields import field_specs
from planner.profiles.load import load_profile
from planner.profiles.municipalities import CODE_OF, TOKYO
from planner.profiles.profile import AREAS
from planner.render import render
from planner.rulebook.library import load_library
from planner.yamlio import load_text
from tests.conftest import ROOT
from tests.strategies import value_for

CI_EXAMPLES = 300
SLOW_EXAMPLES = 10_000


def examples(default: int) -> int:
    return int(os.environ.get("FUZZ_EXAMPLES", default))


def fuzz_settings(n: int) -> settings:
    return settings(
        max_examples=n, deadline=None, database=None, print_blob=True, suppress_health_check=list(HealthCheck)
    )


# --------------------------------------------------------------------------------------------------
# Valid profiles
# --------------------------------------------------------------------------------------------------

SOURCES = ["report-2014", "survey-2025"]


@st.composite
def dates(draw: st.DrawFn) -> str:
    year = draw(st.integers(1990, 2100))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 28))
    return draw(st.sampled_from([f"{year}", f"{year}-{month:02d}", f"{year}-{month:02d}-{day:02d}"]))


@st.composite
def observation(draw: st.DrawFn, kind: str, choices: tuple[str, ...]) -> dict[str, Any]:
    obs: dict[str, Any] = {"value": draw(value_for(kind, choices))}
    if draw(st.booleans()):
        obs["source"] = draw(st.sampled_from(SOURCES))
    if draw(st.booleans()):
        obs["as_of"] = draw(dates())
    if draw(st.integers(0, 3)) == 0:
        obs["note"] = draw(st.sampled_from(["推計", "from the 2014 report", "x"]))
    return obs


@st.composite
def fact(draw: st.DrawFn, kind: str, choices: tuple[str, ...]) -> Any:
    form = draw(st.sampled_from(["bare", "observation", "values"]))
    if form == "bare":
        return draw(value_for(kind, choices))
    if form == "observation":
        return draw(observation(kind, choices))
    return {"values": draw(st.lists(observation(kind, choices), min_size=1, max_size=3))}


TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20).filter(str.strip)
# A name has nothing hidden, is written in NFC and is no real municipality's (its code is drawn from the others).
NAME = TEXT.filter(lambda s: not HIDDEN.search(s) and not normal_form(s) and s.split("（")[0] not in CODE_OF)


@st.composite
def valid_profiles(draw: st.DrawFn) -> dict[str, Any]:
    profile: dict[str, Any] = {
        "id": "testward",
        "code": "13" + draw(st.from_regex(r"\A[0-9]{3}\Z").filter(lambda c: "13" + c not in TOKYO)),
        "name": {"ja": draw(NAME), "en": draw(NAME)},
        "kind": draw(st.sampled_from(["ward", "city", "town", "village"])),
        "area": draw(st.sampled_from(sorted(AREAS))),
        "describes": draw(dates()),
    }
    if draw(st.booleans()):
        profile["hub_hospital"] = {"ja": draw(NAME), "en": draw(NAME)}
    if draw(st.booleans()):
        profile["description"] = draw(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=80))
    if draw(st.booleans()):
        profile["sources"] = {
            "survey-2025": {
                "title": "区の調査",
                "kind": "official",
                "published": draw(dates()),
                "respondent": "障害福祉課",
            }
        }
    specs = field_specs()
    chosen = draw(st.lists(st.sampled_from(sorted(specs)), unique=True, max_size=len(specs)))
    for path in chosen:
        spec = specs[path]
        section, name = path.split(".", 1)
        profile.setdefault(section, {})[name] = draw(fact(spec.kind, spec.choices))
    if "sources" not in profile:  # only the report may be cited then
        _replace_source(profile)
    return profile


def _replace_source(node: Any) -> None:
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "source" and v == "survey-2025":
                node[k] = "report-2014"
            else:
                _replace_source(v)
    elif isinstance(node, list):
        for v in node:
            _replace_source(v)


# --------------------------------------------------------------------------------------------------
# Slightly invalid profiles
# --------------------------------------------------------------------------------------------------


def paths_of(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = []
    if isinstance(node, dict):
        for k, v in node.items():
            out.append((*prefix, k))
            out += paths_of(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out.append((*prefix, i))
            out += paths_of(v, (*prefix, i))
    return out


BAD_DATES = [
    "2023-13",
    "2023-00",
    "2023-02-30",
    "0000-00-00",
    "9999-99-99",
    "1899-12",
    "2101",
    "2023/04",
    "20230401",
    "yesterday",
    "",
    "2023-1",
    "２０２３-04",
]
WRONG_VALUES = st.one_of(
    st.integers(-(10**6), -1),  # negative counts
    st.integers(10**5, 10**40),  # absurd and huge counts
    st.sampled_from([float("nan"), float("inf"), float("-inf"), 1e308, -0.0, 0.5, 1e-300]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(BAD_DATES),
    st.text(max_size=30),
    st.booleans(),
    st.none(),
    st.lists(st.integers(-5, 5), max_size=3),
    st.dictionaries(
        st.sampled_from(["value", "values", "source", "as_of", "note", "x"]), st.integers(-3, 3), max_size=3
    ),
    st.just(""),
    st.just({}),
    st.just([]),
    st.just([{}]),
)
TYPO_KEYS = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        [
            "valeu",
            "vaule",
            "values ",
            "Source",
            "asof",
            "as-of",
            "plaed",
            "respite_bedz",
            "childrens",
            "beds ",
            "ID",
            "<<",
            "~",
            "null",
            "true",
            "1",
            "",
        ]
    ),
)


@st.composite
def mutated_profiles(draw: st.DrawFn) -> dict[str, Any]:
    profile = copy.deepcopy(draw(valid_profiles()))
    for _ in range(draw(st.integers(1, 3))):
        paths = paths_of(profile)
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent: Any = profile
        for seg in path[:-1]:
            parent = parent[seg]
        key = path[-1]
        action = draw(st.sampled_from(["drop", "rename", "wrong", "wrong", "date", "wrap"]))
        if action == "drop":
            del parent[key]
        elif action == "rename" and isinstance(parent, dict):
            parent[draw(TYPO_KEYS)] = parent.pop(key)
        elif action == "date":
            parent[key] = draw(st.sampled_from(BAD_DATES))
        elif action == "wrap":
            parent[key] = draw(st.sampled_from([[parent[key]], {"value": parent[key]}, {"values": parent[key]}]))
        else:
            # st.just({}) hands out one shared object across examples: a copy keeps one example's
            # mutation (say M[0] = M) from making later profiles cyclic
            parent[key] = copy.deepcopy(draw(WRONG_VALUES))
    return profile


def _yaml_dump(data: Any, flow: bool) -> str:
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=False)  # the C emitter, matching the C parser planner reads with
    yaml.default_flow_style = flow
    buf = io.StringIO()
    yaml.dump(data, buf)
    return buf.getvalue()


@st.composite
def as_text(draw: st.DrawFn, profiles: st.SearchStrategy[dict[str, Any]]) -> str:
    data = draw(profiles)
    style = draw(st.sampled_from(["block", "flow", "json"]))
    try:
        if style == "json":
            # ensure_ascii=False: JSON's surrogate-pair escapes ("\\ud800\\udc00") are not valid YAML escapes
            return json.dumps(data, ensure_ascii=False)
        return _yaml_dump(data, style == "flow")
    except Exception:  # a dumper limit (e.g. a key it cannot write) is not what is under test
        return json.dumps(data, default=str)


@st.composite
def byte_mutations(draw: st.DrawFn) -> bytes:
    raw = bytearray(draw(as_text(valid_profiles())).encode("utf-8"))
    for _ in range(draw(st.integers(1, 4))):
        if not raw:
            break
        i = draw(st.integers(0, len(raw) - 1))
        op = draw(st.sampled_from(["flip", "insert", "delete", "dup"]))
        if op == "flip":
            raw[i] = draw(st.integers(0, 255))
        elif op == "insert":
            raw[i:i] = draw(
                st.sampled_from(
                    [
                        b"\t",
                        b":",
                        b"- ",
                        b"[",
                        b"{",
                        b"&a ",
                        b"*a",
                        b"!!",
                        b"\x00",
                        b"\n  ",
                        b"'",
                        b'"',
                        b"#",
                        b"---\n",
                        b"\xef\xbb\xbf",
                        b"\xff",
                        b"\x82\xa0",
                    ]
                )
            )
        elif op == "delete":
            del raw[i : i + draw(st.integers(1, 8))]
        else:
            j = draw(st.integers(i, min(len(raw), i + 40)))
            raw[j:j] = raw[i:j]
    return bytes(raw)


# --------------------------------------------------------------------------------------------------
# Hostile YAML
# --------------------------------------------------------------------------------------------------

TOKENS = [
    "id",
    "code",
    "name",
    "children",
    "medical_care",
    "value",
    "values",
    "source",
    "as_of",
    "report-2014",
    ": ",
    ":",
    "- ",
    "-",
    "[",
    "]",
    "{",
    "}",
    ",",
    "\n",
    "  ",
    "    ",
    "\t",
    "'",
    '"',
    "#",
    "&a ",
    "*a",
    "&b ",
    "*b",
    "!!python/object:os.system ",
    "!!binary ",
    "!!set ",
    "!!omap ",
    "!!float ",
    "!!str ",
    "!custom ",
    "!<tag:yaml.org,2002:int> ",
    "<<: ",
    "? ",
    "| ",
    "> ",
    "---",
    "...",
    "%YAML 1.2\n",
    "%TAG ! !x\n",
    "null",
    "~",
    "true",
    "yes",
    "1",
    "-1",
    "1e400",
    ".nan",
    ".inf",
    "0x1F",
    "0o17",
    "1_000",
    "2023-13",
    "2014-03-06T12:00:00Z",
    "江東区",
    "\u3000",
    "\ufeff",
    "\x85",
    "\u2028",
    "\\",
    "\\u",
    "%",
    "@",
    "`",
]


@st.composite
def token_soup(draw: st.DrawFn) -> str:
    return "".join(draw(st.lists(st.sampled_from(TOKENS), max_size=80)))


@st.composite
def deep_brackets(draw: st.DrawFn) -> str:
    n = draw(st.integers(1, 3000))
    opener, closer = draw(st.sampled_from([("[", "]"), ("{", "}"), ("[{a: ", "}]"), ("- ", "")]))
    close = closer * draw(st.sampled_from([n, n - 1, 0, n + 1]))
    if opener == "- ":
        return "\n".join("  " * i + "- " for i in range(min(n, 400))) + "x\n"
    return draw(st.sampled_from(["", "id: testward\nchildren: "])) + opener * n + close + "\n"


@st.composite
def alias_documents(draw: st.DrawFn) -> str:
    depth = draw(st.integers(1, 12))
    fanout = draw(st.integers(1, 12))
    lines = [f"a0: &a0 [{', '.join(['x'] * fanout)}]"]
    for i in range(1, depth):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * fanout) + "]")
    tail = draw(
        st.sampled_from(
            ["", "self: &s [*s]\n", "children: *a0\n", "<<: *a0\n", "x: *undefined\n", "b: &a0 1\nc: *a0\n"]
        )
    )
    return "\n".join(lines) + "\n" + tail


TAGS = [
    "!!python/object/apply:os.system",
    "!!python/name:os.system",
    "!!python/module:os",
    "!!python/tuple",
    "!!binary",
    "!!set",
    "!!omap",
    "!!pairs",
    "!!timestamp",
    "!!float",
    "!!int",
    "!!bool",
    "!!null",
    "!!str",
    "!!map",
    "!!seq",
    "!custom",
    "!",
    "!<tag:example.com,2000:x>",
    "!!merge",
]


@st.composite
def tagged_profiles(draw: st.DrawFn) -> str:
    lines = draw(as_text(valid_profiles())).splitlines()
    if not lines:
        return ""
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.integers(0, len(lines) - 1))
        line = lines[i]
        if ": " in line:
            k, v = line.split(": ", 1)
            lines[i] = f"{k}: {draw(st.sampled_from(TAGS))} {v}"
        else:
            lines[i] = f"{draw(st.sampled_from(TAGS))} {line}"
    return "\n".join(lines) + "\n"


HOSTILE_TEXT = st.one_of(
    st.text(max_size=500),
    st.text(st.characters(min_codepoint=0, max_codepoint=0x7F), max_size=500),
    token_soup(),
    deep_brackets(),
    alias_documents(),
    tagged_profiles(),
)
HOSTILE_BYTES = st.one_of(
    st.binary(max_size=500),
    byte_mutations(),
    HOSTILE_TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")),
    HOSTILE_TEXT.map(lambda t: t.encode("utf-16")),
    as_text(valid_profiles()).map(lambda t: t.encode("cp932", "replace")),
)

PROFILE_BYTES = st.one_of(
    as_text(valid_profiles()).map(str.encode),
    as_text(mutated_profiles()).map(str.encode),
    byte_mutations(),
    HOSTILE_BYTES,
)


# --------------------------------------------------------------------------------------------------
# The properties
# --------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def profile_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fuzz") / "wards"
    folder.mkdir()
    return folder / "testward.yaml"


@pytest.fixture(scope="module")
def library():  # type: ignore[no-untyped-def]
    return load_library(ROOT)


OUTPUTS = st.sampled_from([(fmt, lang) for fmt in ("json", "md", "html", "table") for lang in ("ja", "en")])


def plan_or_error(
    library,
    path: Path,
    raw: bytes,
    output: tuple[str, str] = ("json", "en"),  # type: ignore[no-untyped-def]
    must_plan: bool = False,
) -> str:
    """Load and plan raw as a profile: a Plan (rendered in one format and language) or a PlannerError."""
    path.write_bytes(raw)
    try:
        lp = load_profile(path)
        plan = plan_for(library, lp)
    except PlannerError as exc:
        assert not must_plan, (
            f"a valid profile was refused:\n{exc.render()}\n--- profile ---\n{raw.decode('utf-8', 'replace')}"
        )
        assert exc.problems, "a PlannerError must carry at least one problem"
        text = exc.render()
        assert text.strip() and "Traceback" not in text
        return "error"
    assert isinstance(plan, Plan)
    out = render(plan, *output)
    assert isinstance(out, str) and out
    out.encode("utf-8")  # every plan can be written as UTF-8 (no lone surrogates)
    if output[0] == "json":
        json.loads(out)
    return "plan"


def text_or_error(name: str, text: str) -> str:
    try:
        load_text(name, text)
    except PlannerError as exc:
        assert exc.problems
        return "error"
    return "loaded"


def test_valid_profiles_always_plan(profile_path: Path, library) -> None:  # type: ignore[no-untyped-def]
    @fuzz_settings(examples(CI_EXAMPLES))
    @given(as_text(valid_profiles()), OUTPUTS)
    def check(text: str, output: tuple[str, str]) -> None:
        plan_or_error(library, profile_path, text.encode("utf-8"), output, must_plan=True)

    check()


def test_slightly_invalid_profiles_plan_or_raise_planner_error(profile_path: Path, library) -> None:  # type: ignore[no-untyped-def]
    outcomes = {"plan": 0, "error": 0}

    @fuzz_settings(examples(CI_EXAMPLES))
    @given(st.one_of(as_text(mutated_profiles()).map(str.encode), byte_mutations()), OUTPUTS)
    def check(raw: bytes, output: tuple[str, str]) -> None:
        outcomes[plan_or_error(library, profile_path, raw, output)] += 1

    check()
    assert outcomes["error"] > 0  # the mutations do produce invalid profiles


def test_hostile_files_plan_or_raise_planner_error(profile_path: Path, library) -> None:  # type: ignore[no-untyped-def]
    @fuzz_settings(examples(CI_EXAMPLES))
    @given(HOSTILE_BYTES)
    def check(raw: bytes) -> None:
        plan_or_error(library, profile_path, raw)

    check()


def test_load_text_returns_data_or_raises_planner_error() -> None:
    @fuzz_settings(examples(CI_EXAMPLES))
    @given(
        st.one_of(
            HOSTILE_TEXT,
            as_text(mutated_profiles()),
            as_text(valid_profiles()),
            st.text(max_size=200).map(lambda t: t + "\ud800"),
        )
    )  # lone surrogates (from bad decoding)
    def check(text: str) -> None:
        text_or_error("fuzz.yaml", text)

    check()


PATHOLOGICAL = {
    "unclosed-flow-sequences-100k": "'a: ' + '[' * 100_000",
    "unclosed-flow-sequences-30k": "'a: ' + '[' * 30_000",
    "unclosed-flow-mappings-30k": "'a: ' + '{a: ' * 30_000",
    "closed-flow-sequences-20k": "'[' * 20_000 + ']' * 20_000",
    "closed-flow-mappings-5k": "'{a: ' * 5_000 + '1' + '}' * 5_000",
    "block-sequence-5k": "'- ' * 5_000 + 'x'",
    "complex-keys-3k": "'? ' * 3_000 + 'x'",
    "recursive-alias": "'a: &a [*a, *a]'",
    "recursive-root-alias": "'&a [*a]'",
    "huge-integer": "'x: ' + '9' * 200_000",
}


@pytest.mark.parametrize("case", list(PATHOLOGICAL))
def test_pathological_documents_are_refused_cleanly(case: str, tmp_path: Path) -> None:
    """Fixed worst cases the random strategies stay clear of (C-level recursion, huge scalars).

    Each runs in its own interpreter, so a crash (a segfault in a YAML C extension) is reported as a failure
    instead of killing the test run; and then once more through `planner validate`.
    """
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from planner.yamlio import load_text\n"
        "from planner.errors import PlannerError\n"
        f"text = {PATHOLOGICAL[case]}\n"
        "open(sys.argv[1], 'w', encoding='utf-8').write(text)\n"
        "try:\n"
        "    load_text('x.yaml', text)\n"
        "    print('loaded')\n"
        "except PlannerError as exc:\n"
        "    assert exc.problems\n"
        "    print('error')\n"
    )
    path = tmp_path / "x.yaml"
    proc = subprocess.run(
        [sys.executable, "-c", code, str(path)], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, f"load_text crashed (exit {proc.returncode}): {proc.stderr[-800:]}"
    assert proc.stdout.strip() in ("loaded", "error")
    proc = subprocess.run(
        [sys.executable, "-m", "planner.cli", "validate", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode in (0, 1), f"planner validate crashed (exit {proc.returncode}): {proc.stderr[-800:]}"
    assert "Traceback" not in proc.stderr


@pytest.mark.slow
def test_long_fuzz_of_every_entry_point(request: pytest.FixtureRequest, profile_path: Path, library) -> None:  # type: ignore[no-untyped-def]
    """`make fuzz`: FUZZ_EXAMPLES (default 10000) examples through load_profile + plan_for, and through load_text."""
    markexpr = str(request.config.getoption("-m") or "")
    asked = "slow" in markexpr.replace("not slow", "")
    if not asked and "FUZZ_EXAMPLES" not in os.environ:
        pytest.skip("long fuzz: run `make fuzz` (FUZZ_EXAMPLES=10000 pytest -m slow tests/test_fuzz.py)")
    n = examples(SLOW_EXAMPLES)
    outcomes = {"plan": 0, "error": 0, "loaded": 0}

    @fuzz_settings(n)
    @given(PROFILE_BYTES, OUTPUTS)
    def check_profiles(raw: bytes, output: tuple[str, str]) -> None:
        outcomes[plan_or_error(library, profile_path, raw, output)] += 1

    @fuzz_settings(n)
    @given(st.one_of(HOSTILE_TEXT, as_text(mutated_profiles()), as_text(valid_profiles())))
    def check_text(text: str) -> None:
        outcomes[text_or_error("fuzz.yaml", text)] += 1

    check_profiles()
    check_text()
    print(f"\nfuzz outcomes over {n} + {n} examples: {outcomes}")
    assert outcomes["plan"] > 0 and outcomes["error"] > 0
