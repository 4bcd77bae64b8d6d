"""What respondents write in a questionnaire: each form read where its meaning is plain, or refused with a hint."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from planner.intake.answer_dates import read_date
from planner.intake.words import parse_answer
from planner.messages import Msg
from planner.profiles.fields import FieldSpec, field_specs


def spec(path: str) -> FieldSpec:
    return field_specs()[path]


def refusal(path: str, raw: object) -> tuple[str, str]:
    """The message and hint a refused answer gets, in Japanese."""
    with pytest.raises(ValueError) as caught:
        parse_answer(spec(path), raw, "ja")
    message = caught.value.args[0]
    hint = caught.value.args[1] if len(caught.value.args) > 1 else None
    assert isinstance(message, Msg)
    return message.text("ja"), hint.text("ja") if isinstance(hint, Msg) else ""


@pytest.mark.parametrize(
    "path, raw, value",
    [
        ("children.medical_care", "85名", 85),
        ("children.medical_care", "８５ 名", 85),
        ("providers.short_stay", "3カ所", 3),
        ("providers.short_stay", "3箇所", 3),
        ("providers.short_stay", "3ヶ所", 3),
        ("providers.short_stay", "3ケ所", 3),
        ("providers.short_stay", "3か所", 3),
        ("council.meetings_per_year", "年2回", 2),
        ("council.meetings_per_year", "年間4回", 4),
        ("council.meetings_per_year", "2回/年", 2),
        ("council.meetings_per_year", "3", 3),
        ("consultation_body.established_fy", "令和6年度", 2024),
        ("consultation_body.established_fy", "R6", 2024),
        ("consultation_body.established_fy", "平成30年度", 2018),
        ("consultation_body.established_fy", "2024年度", 2024),
        ("consultation_body.established_fy", datetime(2025, 2, 1), 2024),  # a date cell: its fiscal year
    ],
)
def test_a_number_is_read_in_the_forms_people_write_it(path: str, raw: object, value: int) -> None:
    assert parse_answer(spec(path), raw, "ja") == (value, True)


@pytest.mark.parametrize("raw", ["あり", "有", "有り", "ある", "はい", "○", "〇", "Yes", "YES", "ｙｅｓ", True])
def test_yes_is_read_from_every_plain_form(raw: object) -> None:
    assert parse_answer(spec("beds.in_home_respite"), raw, "ja") == (True, True)


@pytest.mark.parametrize("raw", ["なし", "無", "無し", "ない", "いいえ", "×", "No", False])
def test_no_is_read_from_every_plain_form(raw: object) -> None:
    assert parse_answer(spec("beds.in_home_respite"), raw, "ja") == (False, True)


def test_a_choice_is_read_from_its_japanese_words_and_partly_is_the_middle_choice() -> None:
    functioning = spec("specialists.functioning")
    assert parse_answer(functioning, "担当できている", "ja") == ("functioning", True)
    assert parse_answer(functioning, "一部のみ", "ja") == ("few", True)
    assert parse_answer(functioning, "一部", "ja") == ("few", True), "一部 is the choice 一部のみ"
    assert parse_answer(functioning, "担当できていない", "ja") == ("none", True)
    assert parse_answer(functioning, "only some", "en") == ("few", True)


def test_partly_is_refused_for_a_yes_no_question_with_the_reason() -> None:
    message, hint = refusal("welfare.subsidy_suction", "一部")
    assert "「あり」「なし」のどちらでもありません" in message
    assert "一部でも実施していれば「あり」" in hint and "備考" in hint


@pytest.mark.parametrize("raw", ["約120", "120程度", "およそ120", "120人くらい", "10人以上"])
def test_an_estimate_is_refused_with_a_hint_to_write_the_figure_known(raw: str) -> None:
    message, hint = refusal("children.medical_care", raw)
    assert "概数" in message and "把握している数" in hint and "備考" in hint


@pytest.mark.parametrize("raw", ["2〜3", "2～3", "2~3", "2-3", "2から3", "２～３人"])
def test_a_range_is_refused_with_a_hint_to_write_one_figure(raw: str) -> None:
    message, hint = refusal("children.medical_care", raw)
    assert "幅" in message and "備考" in hint


def test_a_monthly_frequency_is_refused_with_how_to_count_it_per_year() -> None:
    message, hint = refusal("council.meetings_per_year", "月1回")
    assert "年間の回数" in message and "12" in hint


@pytest.mark.parametrize(
    "path, raw",
    [
        ("children.medical_care", datetime(2026, 4, 1)),  # a date typed into a count
        ("children.medical_care", "85床"),  # another field's unit
        ("beds.in_home_respite", "たぶん"),
        ("beds.in_home_respite", 1),
        ("consultation_body.established_fy", "令和"),
        ("consultation_body.established_fy", 1989),
        ("coordinators.host", True),
    ],
)
def test_an_answer_of_the_wrong_kind_is_refused(path: str, raw: object) -> None:
    message, _ = refusal(path, raw)
    assert message


def test_a_text_answer_keeps_a_date_cell_as_a_date() -> None:
    assert parse_answer(spec("coordinators.host"), datetime(2026, 4, 1), "ja") == ("2026-04-01", True)


@pytest.mark.parametrize(
    "raw, day",
    [
        (datetime(2026, 12, 5), "2026-12-05"),
        (date(2026, 12, 5), "2026-12-05"),
        ("2026-12-05", "2026-12-05"),
        ("2026/12/5", "2026-12-05"),
        ("2026.12.5", "2026-12-05"),
        ("2026年12月5日", "2026-12-05"),
        ("２０２６年１２月５日", "2026-12-05"),
        ("令和8年12月5日", "2026-12-05"),
        ("令和 8 年 12 月 5 日", "2026-12-05"),
        ("R8.12.5", "2026-12-05"),
        ("令和元年5月1日", "2019-05-01"),
        ("令和6年4月", "2024-04"),  # a month: the answer is dated by its month
        ("2026年12月", "2026-12"),
    ],
)
def test_an_answer_date_is_read_in_western_and_japanese_era_forms(raw: object, day: str) -> None:
    assert read_date(raw) == day


@pytest.mark.parametrize("raw", ["令和元年4月1日", "平成31年5月1日", "2026-02-30", "R8.125", "12/5", 46361, "昨日"])
def test_a_date_that_is_not_a_date_or_not_of_its_era_is_refused(raw: object) -> None:
    with pytest.raises(ValueError) as caught:
        read_date(raw)
    assert isinstance(caught.value.args[0], Msg)
