"""The plan: ordered by prerequisites, scored in the open, unknown kept apart from zero, dated duties."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from planner.planning.api import load_ward, plan_for, plan_ward
from planner.profiles.fields import field_specs
from planner.profiles.load import load_all
from planner.render import FORMATS, render
from planner.rulebook.library import load_library
from tests.conftest import ROOT

LIB = load_library(ROOT)


def zeros() -> dict[str, object]:
    return {f: 0 for f, s in field_specs().items() if s.kind == "count"}


def test_every_action_comes_after_its_prerequisites_in_order_and_in_time() -> None:
    plan = plan_for(LIB, load_ward(ROOT, "chiyoda"), overrides=zeros())
    rank = {a.id: a.rank for a in plan.actions}
    by_id = {a.id: a for a in plan.actions}
    assert plan.actions, "an all-zero profile must raise actions"
    for a in plan.actions:
        for before in a.after:
            assert rank[before] < rank[a.id]
            assert by_id[before].end < a.start


def test_score_is_the_sum_of_its_written_down_parts() -> None:
    plan = plan_for(LIB, load_ward(ROOT, "koto"), overrides=zeros())
    for a in plan.actions:
        assert a.score == sum(a.score_parts.model_dump().values())
    assert [a.rank for a in plan.actions] == list(range(1, len(plan.actions) + 1))


def test_unknown_counts_give_more_data_gaps_than_zero_counts_and_wait_for_the_survey() -> None:
    lp = load_ward(ROOT, "okutama")
    unknown = plan_for(LIB, lp, overrides={f: None for f in zeros()})  # every count unknown, registry's too
    zero = plan_for(LIB, lp, overrides=zeros())
    assert len(unknown.data_gaps) > len(zero.data_gaps)
    assert [a.id for a in unknown.actions] == ["baseline-survey"]
    zero_ids = {a.id for a in zero.actions}
    assert "respite-beds" in zero_ids and "place-coordinator" in zero_ids
    assert "respite-beds" in {p.id for p in unknown.pending}, "unknown: the survey decides it"


def test_a_plan_as_of_2014_has_no_national_target_rules_in_force() -> None:
    lp = load_ward(ROOT, "okutama")
    then = plan_for(LIB, lp, as_of="2014-03", overrides={"coordinators.placed": False})
    now = plan_for(LIB, lp, as_of="2026-11", overrides={"coordinators.placed": False})
    status = lambda p: {f["rule"]: f["status"] for f in p.findings}  # noqa: E731
    assert {r: status(then)[r] for r in ("nt2.coordinator", "nt3.coordinator")} == dict.fromkeys(
        ("nt2.coordinator", "nt3.coordinator"), "not_in_force"
    )
    assert status(now)["nt2.coordinator"] == "not_in_force"  # the 2nd period ended in 2024-03
    assert status(now)["nt3.coordinator"] == "fired"
    assert status(then)["l4.no-coordinator"] == "fired"


def test_facts_dated_after_the_plan_date_are_not_used() -> None:
    lp = load_ward(ROOT, "koto")
    assert plan_for(LIB, lp, as_of="2014-03").ward.known_fields < plan_for(LIB, lp).ward.known_fields


def test_every_action_cites_the_report_or_a_guideline_and_its_facts() -> None:
    plan = plan_for(LIB, load_ward(ROOT, "koto"), as_of="2014-03", overrides=zeros())
    for a in plan.every_action:
        assert a.evidence and all(e.quote and e.where for e in a.evidence)
        assert a.because and all(r.facts for r in a.because)
    fired = [f for a in plan.every_action for r in a.because if r.status == "fired" for f in r.facts]
    assert fired and all(f.source for f in fired), "every fact behind a fired rule names its source"
    assert any(f.at and f.at.startswith("wards/koto.yaml:") for f in fired), "profile facts carry file:line"


def test_the_regional_model_lists_roles_as_present_missing_or_unknown() -> None:
    plan = plan_for(LIB, load_ward(ROOT, "koto"), as_of="2014-03", overrides={"coordinators.placed": False})
    status = {r.id: r.status for r in plan.model.roles}
    assert status["coordinator"] == "missing"
    assert status["council"] == "present"
    assert "unknown" in status.values()
    assert plan.model.id == "ku-tobu-council-led"
    assert plan_ward(ROOT, "shinjuku").model.id == "university-hospital"
    assert plan_ward(ROOT, "hachioji").model.id == "life-support"


def test_model_can_be_chosen_explicitly() -> None:
    assert plan_ward(ROOT, "koto", model_id="life-support").model.id == "life-support"


def test_start_sets_the_fiscal_year() -> None:
    plan = plan_ward(ROOT, "koto", start="2026-04", sets=["coordinators.placed=false"])
    assert plan.fiscal_year == 2026 and all(a.start >= "2026-04" for a in plan.actions)


def test_json_contract_has_the_documented_keys() -> None:
    data = json.loads(render(plan_ward(ROOT, "koto", sets=["coordinators.placed=false"]), "json", "en"))
    assert data["schema"] == "planner.plan/3" and data["ward"]["id"] == "koto" and data["ward"]["name_ja"] == "江東区"
    action = data["actions"][0]
    for key in ("id", "rank", "score", "lessons", "tasks", "after", "evidence", "because", "lead", "start", "end"):
        assert key in action
    assert {"quote", "where"} <= set(action["evidence"][0])
    assert {"field", "value", "source", "at"} <= set(action["because"][0]["facts"][0])
    assert "data_gaps" in data and "roles" in data["model"] and "generated_by" in data
    for key in ("present", "frame", "pending", "assumptions", "changes", "rules_in_force", "freshness_years"):
        assert key in data, key
    assert {"deadline", "overdue", "joint", "support", "survey"} <= set(action)
    assert set(data["generated_by"]) >= {"planner", "rulebook", "profile_sha256", "rules_sha256", "models_sha256"}


def test_every_shipped_municipality_gets_a_plan_in_every_format_and_language() -> None:
    for lp in load_all(ROOT):
        plan = plan_for(LIB, lp)
        for fmt in FORMATS:
            for lang in ("ja", "en"):
                text = render(plan, fmt, lang)
                assert lp.profile.name.ja in text


def test_ward_names_carry_kanji_in_english_output() -> None:
    text = render(plan_ward(ROOT, "koto"), "table", "en")
    assert "江東区 (Koto)" in text


def test_out_writes_the_file_atomically(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "koto.md"
    result = cli("assess", "koto", "--format", "md", "--out", str(out))
    assert result.code == 0 and result.out == ""
    assert out.read_text(encoding="utf-8").startswith(
        "資料第　　号\n\n# 江東区における医療的ケア児とその家族への支援の取組"
    )
    assert [p.name for p in tmp_path.iterdir()] == ["koto.md"]


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_batch_writes_one_plan_per_municipality_and_an_index(cli, tmp_path: Path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    result = cli("assess", "--area", "ku-tobu", "--format", fmt, "--out-dir", str(tmp_path))
    assert result.code == 0, result.err
    names = sorted(p.name for p in tmp_path.iterdir())
    suffix = ".md" if fmt == "md" else ".html"
    assert names == sorted([f"edogawa{suffix}", f"koto{suffix}", f"sumida{suffix}", f"index{suffix}"])
    assert "江東区" in (tmp_path / f"index{suffix}").read_text(encoding="utf-8")


def test_a_batch_whose_files_cannot_be_flushed_publishes_nothing_and_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.batch import run_batch
    from planner.errors import OutputError

    real_fsync, calls = os.fsync, []

    def failing_fsync(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(5, "Input/output error")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(OutputError) as err:
        run_batch(ROOT, tmp_path, "md", "ja", area="ku-tobu")
    problem = err.value.problems[0]
    assert "Input/output error" in problem.message.text("en")
    assert Path(problem.path).parent == tmp_path
    assert list(tmp_path.iterdir()) == []  # neither plans nor temporary files


def test_the_batch_index_lists_municipalities_by_code_with_top_actions_in_japanese(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("assess", "--all", "--format", "md", "--out-dir", str(tmp_path)).code == 0
    lines = [ln for ln in (tmp_path / "index.md").read_text(encoding="utf-8").splitlines() if ln.startswith("| 13")]
    codes = [ln.split(" | ")[0].lstrip("| ") for ln in lines]
    assert len(codes) == 53 and codes == sorted(codes), codes[:5]
    tops = [ln.rstrip(" |").split(" | ")[-1] for ln in lines]
    assert all(re.search("[\u3040-\u30ff\u4e00-\u9fff]", top) for top in tops), tops[:3]
    assert any("実態調査" in top for top in tops)
    assert not [ln for ln in lines if re.search(r"[a-z]+-[a-z]+", ln.split("](")[0])], "no action ids in the index"


def test_a_pool_of_processes_writes_the_same_bytes_as_one(tmp_path: Path) -> None:
    """PLANNER_WORKERS=2 against 1, over every municipality: identical files, in both formats a council reads."""
    import subprocess
    import sys

    for fmt in ("md", "html"):
        outs = []
        for workers in ("1", "2"):
            out = tmp_path / f"{fmt}-{workers}"
            env = {**os.environ, "PLANNER_WORKERS": workers}
            env.pop("PLANNER_DATA", None)
            proc = subprocess.run(
                [sys.executable, "-m", "planner", "assess", "--all", "--format", fmt, "--out-dir", str(out)],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                timeout=300,
            )
            assert proc.returncode == 0, proc.stderr
            outs.append({p.name: p.read_bytes() for p in out.iterdir()})
        assert outs[0] == outs[1] and len(outs[0]) == 54


def test_what_if_changes_the_plan_and_is_cited(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("assess", "koto", "--format", "json", "--set", "coordinators.placed=false")
    data = json.loads(result.out)
    facts = [
        f for a in data["actions"] for r in a["because"] for f in r["facts"] if f["field"] == "coordinators.placed"
    ]
    assert facts and facts[0]["source"] == "--set" and facts[0]["status"] == "assumed"


def test_explain_shows_why_and_why_not(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("explain", "koto", "l4.no-coordinator", "--lang", "en")
    assert result.code == 0
    assert "undecided" in result.out and "coordinators.placed = unknown" in result.out
    result = cli("explain", "koto", "l17.not-on-agenda", "--lang", "en", "--as-of", "2014-03")
    assert "not fired" in result.out and "wards/koto.yaml:" in result.out


def test_explain_runs_for_every_shipped_ward(cli) -> None:  # type: ignore[no-untyped-def]
    for lp in load_all(ROOT):
        result = cli("explain", lp.profile.id, "--lang", "en")
        assert result.code == 0 and lp.profile.id in result.out


def test_explain_fills_a_rules_title_in_the_municipalitys_words(cli) -> None:  # type: ignore[no-untyped-def]
    # a rule title holding {within} reads 町内 for a town, as its plan has it, never the placeholder
    result = cli("explain", "okutama", "law21.no-adult-care-provider")
    assert result.code == 0, result.err
    assert "町内に療養介護の事業所がなく" in result.out and "{within}" not in result.out, result.out
    english = cli("explain", "okutama", "law21.no-adult-care-provider", "--lang", "en")
    assert "office in the town" in english.out and "{" not in english.out, english.out


def test_explain_tells_a_target_whose_period_has_ended_from_one_not_yet_in_force(cli) -> None:  # type: ignore[no-untyped-def]
    ended = cli("explain", "tama", "nt2.coordinator", "--as-of", "2026-11")
    assert "nt2.coordinator: 基準日時点で適用期間終了" in ended.out and "未施行" not in ended.out, ended.out
    early = cli("explain", "tama", "nt2.coordinator", "--as-of", "2014-03")
    assert "nt2.coordinator: 基準日時点で未施行" in early.out, early.out
    english = cli("explain", "tama", "nt2.coordinator", "--as-of", "2026-11", "--lang", "en")
    assert "no longer in force at this date" in english.out, english.out
