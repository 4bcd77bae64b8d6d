"""A reply kept in a profile is checked like any fact: a hand edit is a located error, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_survey_respondents import export_all, fill, imported

EDITS = {
    "a word in a count": (
        "specialists.total: 3",
        "specialists.total: abc",
        "88:28",
        "'abc' は0以上の整数ではありません",
    ),
    "a negative count": ("specialists.total: 3", "specialists.total: -5", "88:28", "-5 は0以上の整数ではありません"),
    "yes/no in a count": (
        "specialists.total: 3",
        "specialists.total: true",
        "88:28",
        "true は0以上の整数ではありません",
    ),
    "a word for yes/no": (
        "coordinators.placed: false",
        "coordinators.placed: maybe",
        "89:30",
        "'maybe' はtrue（あり）か false（なし）ではありません",
    ),
    "a field that does not exist": (
        "specialists.total: 3",
        "services.nosuch: 3",
        "88:9",
        "にない項目 'services.nosuch'",
    ),
    "a note on a field that does not exist": (
        "      answers:\n        specialists.total: 3",
        "      notes:\n        services.nosuch: x\n      answers:\n        specialists.total: 3",
        "88:9",
        "にない項目 'services.nosuch'",
    ),
}


@pytest.fixture
def two_offices(cli, data: Path) -> Path:  # type: ignore[no-untyped-def]
    """Koto's profile after two consultation offices' workbooks (3 and 5 specialists) were imported."""
    sent = export_all(cli, data)
    a = fill(
        sent / "koto-3_相談支援事業所-01.xlsx",
        data.parent / "a.xlsx",
        "A相談支援事業所",
        {"specialists.total": 3, "coordinators.placed": "なし"},
    )
    b = fill(
        sent / "koto-3_相談支援事業所-02.xlsx",
        data.parent / "b.xlsx",
        "B相談支援事業所",
        {"specialists.total": 5, "coordinators.placed": "あり"},
    )
    assert imported(cli, data, a, b).code == 0
    return a


def _edit(data: Path, old: str, new: str) -> bytes:
    path = data / "wards" / "koto.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path.read_bytes()


@pytest.mark.parametrize("edit", list(EDITS), ids=list(EDITS))
def test_a_hand_edited_answer_in_a_kept_reply_is_an_error_at_its_line(
    cli, data: Path, two_offices: Path, edit: str
) -> None:  # type: ignore[no-untyped-def]
    old, new, where, said = EDITS[edit]
    before = _edit(data, old, new)
    for args in (("assess", "koto"), ("survey", "import", str(two_offices))):
        result = cli("--data", str(data), *args)
        assert result.code == 3, (args, result.err)
        assert f"wards/koto.yaml:{where}: 記録された調査票の回答" in result.err and said in result.err, result.err
        assert "Traceback" not in result.err
    assert (data / "wards" / "koto.yaml").read_bytes() == before


@pytest.mark.parametrize(
    ("group", "said"),
    [
        ("zzz", "回答者区分 'zzz' は rules/survey.yaml にありません"),
        ("office", "回答者区分 'office' の調査票にない項目「相談支援専門員数」"),
    ],
)
def test_a_kept_reply_of_a_group_the_survey_does_not_ask_is_refused_when_its_round_is_merged_again(
    cli, data: Path, two_offices: Path, group: str, said: str
) -> None:  # type: ignore[no-untyped-def]
    before = _edit(data, "group: consultation", f"group: {group}")
    result = cli("--data", str(data), "survey", "import", str(two_offices))
    assert result.code == 3 and said in result.err and "Traceback" not in result.err, result.err
    assert "wards/koto.yaml:" in result.err
    assert (data / "wards" / "koto.yaml").read_bytes() == before


def test_the_untouched_replies_still_add_up_to_the_offices_total(cli, data: Path, two_offices: Path) -> None:  # type: ignore[no-untyped-def]
    # the check refuses only what is wrong: the two offices' 3 and 5 stay merged as 8
    text = (data / "wards" / "koto.yaml").read_text(encoding="utf-8")
    assert "specialists.total: 3" in text and "specialists.total: 5" in text
    result = cli("--data", str(data), "survey", "import", str(two_offices), "--dry-run")
    assert result.code == 0, result.err
    assert cli("--data", str(data), "assess", "koto").code == 0
