"""User-facing words and formats in Japanese and English; Japanese as a ward's agenda paper writes it."""

from __future__ import annotations

from typing import Any

from planner.dates import date_label_en, date_label_ja, fy_label_ja, month_label_ja

LANGS = ("ja", "en")

WORDS: dict[str, tuple[str, str]] = {
    "plan_title": (
        "医療的ケア児支援 アプローチプラン（案）",
        "Approach plan for children needing medical care (draft)",
    ),
    "ward": ("自治体", "Municipality"),
    "code": ("団体コード", "Code"),
    "area": ("二次保健医療圏", "Secondary medical care area"),
    "hub": ("拠点病院（平成25～26年度の事業）", "Hub hospital (2013–14 programme)"),
    "support_centre": ("東京都医療的ケア児支援センター", "Tokyo support centre"),
    "as_of": ("基準日", "As of"),
    "fiscal_year": ("計画年度", "Fiscal year"),
    "profile": ("プロファイル", "Profile"),
    "model": ("地域連携モデル", "Regional collaboration model"),
    "banner_title": ("仮定条件による試算", "A what-if, not the municipality's plan"),
    "banner_text": (
        "この計画は次の仮定条件に基づく試算であり、現状を示すものではない。",
        "This plan rests on the assumptions below; it does not describe the municipality as it is.",
    ),
    "assumption": ("仮定", "assumed"),
    "profile_says": ("プロファイル", "profile"),
    "present": ("現状", "Present state"),
    "present_note": (
        "記録された事実を示す。{years}年を超える情報（国勢調査の人口は6年）、時点の不明な情報及び他機関の情報は「要確認」とし、取組の判断には用いていない（暫定の取組を除く）。",
        "Facts on record. Facts older than {years} years (six for census populations), undated facts and other bodies' facts are marked to confirm and decide no action (except provisional ones).",
    ),
    "no_facts": (
        "記録された事実はない。まず実態調査で把握する。",
        "No fact is on record yet; the survey comes first.",
    ),
    "item": ("項目", "Item"),
    "content": ("内容", "Value"),
    "date": ("時点", "Date"),
    "source": ("出典", "Source"),
    "remark": ("備考", "Remark"),
    "frame": ("政策の枠組み", "Policy frame"),
    "frame_in_force": ("施行中", "in force"),
    "frame_ended": ("計画期間終了", "period ended"),
    "frame_draft": ("見直し案（告示前）", "draft (not issued)"),
    "summary": ("取組の一覧（優先順）", "Actions by priority"),
    "rank": ("順位", "Rank"),
    "action": ("取組", "Action"),
    "task": ("区分", "Task"),
    "period": ("期間", "Period"),
    "lead": ("主担当", "Lead"),
    "partners": ("協力", "Partners"),
    "target": ("目標", "Target"),
    "score": ("点数", "Score"),
    "lessons": ("教訓", "Lessons"),
    "after": ("前提となる取組", "After"),
    "changes": ("変更点", "What the assumptions change"),
    "changes_none": ("取組の構成と順位に変更はありません。", "No action was added, dropped or moved."),
    "change_added": ("追加", "added"),
    "change_dropped": ("削除", "dropped"),
    "change_moved": ("順位変更", "moved"),
    "change_achieved": ("達成により終了", "met: ended"),
    "change_provisional": ("情報が古くなり暫定に変更", "facts aged: now provisional"),
    "change_carried": ("未完了のため継続", "unfinished: carried on"),
    "change_declined": ("前年度見送り・再提案", "declined last year, proposed again"),
    "before_after": ("順位（変更前→変更後）", "Rank (before → after)"),
    "facts_behind": ("判断に用いた事実", "Facts behind it"),
    "timeline": ("年度内のスケジュール", "Timeline over the fiscal year"),
    "details": ("各取組の内容", "Each action"),
    "why": ("根拠となる現状", "Why: the facts"),
    "evidence": ("報告書・法令・指針の記述", "Words of the report, the law and the guidelines"),
    "evidence_more": (
        "このほか{n}件の記述がある。",
        "{n} more quotes support it.",
    ),
    "seen_in": ("報告書が{place}で確認した事例", "what the report saw in {place}"),
    "support": ("活用できる国・都の事業", "National and metropolitan programmes to use"),
    "joint": ("小規模自治体の選択肢", "Option for a small municipality"),
    "joint_small": (
        "人口{limit}人未満であり、圏域・近隣自治体との共同設置も選択肢となる。",
        "With fewer than {limit} residents, a joint set-up with neighbouring municipalities (圏域) is an option.",
    ),
    "joint_if_small": (
        "人口が{limit}人未満であれば、圏域・近隣自治体との共同設置も選択肢となる（人口は不明）。",
        "If the population is under {limit} (it is unknown), a joint set-up with neighbours (圏域) is an option.",
    ),
    "overdue": ("期限超過", "overdue"),
    "due_before_start": ("計画年度の開始前に期限を迎える", "falls before the plan's year starts"),
    "due_before_start_flag": ("計画年度前に期限", "due before the plan year"),
    "priority_top": ("最優先", "top priority"),
    "priority_high": ("優先", "priority"),
    "priority_consider": ("検討", "to consider"),
    "priority": ("優先度", "Priority"),
    "number": ("番号", "No."),
    "document": ("資料", "Document"),
    "rules_behind": ("判断に用いた規則（規則番号）", "Rules behind it (ids)"),
    "funding": ("財源", "Funding"),
    "basis": ("目標値設定の考え方", "Where the target comes from"),
    "target_value": ("活動指標と目標値", "Indicator and target value"),
    "department": ("担当課", "Department in charge"),
    "funding_none": (
        "国・都の補助事業の該当なし（本資料の調べによる）",
        "no national or metropolitan subsidy found for it (as far as this paper's sources go)",
    ),
    "survey_counts": (
        "調査票{total}問のうち、不明{unknown}項目、要確認{confirm}項目",
        "{total} questions on its sheet; {unknown} unknown, {confirm} to confirm",
    ),
    "doc_no": ("資料第　　号", "Paper No."),
    "subject": (
        "{name}における医療的ケア児とその家族への支援の取組（{fy}アプローチプラン）について（案）",
        "Support for children needing medical care and their families in {name}: the {fy} approach plan (draft)",
    ),
    "byline": ("{date}　{name}障害福祉主管課", "{date}, disability welfare section of {name}"),
    "purpose": ("趣旨", "Purpose"),
    "purpose_1": (
        "本資料は、{name}の医療的ケア児とその家族への支援について、現状と課題を整理し、{fy}の取組案を示して、協議会の協議に付すものである。",
        "This paper sets out the present state of support for children needing medical care and their families in {name}, the issues it raises, and the actions proposed for {fy}, for the council to discuss.",
    ),
    "purpose_2": (
        "アプローチプランは、東京都の小児等在宅医療連携拠点事業（平成25・26年度）の成果報告（平成26年3月）が区ごとの策定を提案した取組の計画であり、法令で策定が義務付けられたものではない。本資料は、{against}に照らして作成した。",
        "An approach plan is what the 2014 report of Tokyo's pediatric home-care hub programme (FY2013–14) proposed each ward draw up; no law requires one. This paper is written against {against}.",
    ),
    "present_and_issues": ("現状と課題", "Present state and issues"),
    "purpose_lessons": ("同報告の教訓", "that report's lessons"),
    "purpose_law": (
        "医療的ケア児及びその家族に対する支援に関する法律（令和3年法律第81号）",
        "the 2021 Act on Support for Children Needing Medical Care and their Families",
    ),
    "purpose_targets": ("国の基本指針の成果目標", "the national guidelines' targets"),
    "and": ("及び", " and "),
    "basics": ("基本情報", "The municipality"),
    "facts": ("現状（記録された事実）", "Facts on record"),
    "issues": ("課題", "Issues"),
    "issue_provisional": ("（時点の古い情報による。要確認）", " (from out-of-date facts; to confirm)"),
    "group_count": ("{group}{n}項目", "{group}: {n}"),
    "issue_unknown": (
        "取組の判断に必要な次の事項が把握できていない。実態調査により把握する必要がある（{groups}）。",
        "Facts the plan needs are not known; the survey must find them ({groups}).",
    ),
    "proposals": ("{fy}の取組案", "Actions proposed for {fy}"),
    "proposal_list": ("取組の一覧", "The actions"),
    "agenda": ("協議事項", "For the council to decide"),
    "agenda_actions": (
        "{fy}の取組案（{section}の{n}件）について",
        "The {n} actions proposed for {fy} (section {section})",
    ),
    "agenda_survey": (
        "実態調査の実施と、関係機関への調査票の回答の依頼について",
        "Carrying out the survey, and asking the bodies concerned to answer it",
    ),
    "agenda_provisional": (
        "暫定の取組（{section}）について、前提とした情報の確認の進め方",
        "How to confirm the facts behind the provisional actions (section {section})",
    ),
    "agenda_model": (
        "地域連携モデル（{section}）の役割分担について",
        "The division of roles in the regional model (section {section})",
    ),
    "provisional_from": ("{rank}番以降は暫定の取組である。", "From rank {rank} on, actions are provisional. "),
    "on_record": ("記録上の状況", "What the record says"),
    "met_on_record": (
        "記録の値（{facts}）によれば必要ない。現在も同じか実態調査で確認する",
        "not needed by the values on record ({facts}); the survey confirms they still hold",
    ),
    "provisional_section": ("暫定の取組（要確認）", "Provisional actions (to confirm)"),
    "appendix": ("別紙　出典・優先度の算定・作成情報", "Appendix: sources, priority and how the paper was made"),
    "appendix_sources": ("出典", "Sources"),
    "appendix_scores": ("優先度の算定", "How priority was set"),
    "appendix_rules": ("判断に用いた規則", "The rules behind each action"),
    "appendix_survey": ("調査票の作成", "Making the questionnaire"),
    "appendix_made": ("作成情報", "How the paper was made"),
    "appendix_made_note": (
        "同じ記録と規則から同じ資料を再作成できるよう、作成に用いたプログラムと規則の版及び記録の要約値を示す。",
        "The program and rule versions and the hashes of the records used, so the same paper can be made again.",
    ),
    "population": ("人口", "Population"),
    "sheet_name": ("PDCA管理シート", "PDCA sheet"),
    "sheet_title": (
        "医療的ケア児支援の取組　PDCAサイクル管理シート（{name}　{fy}）",
        "Support for children needing medical care: PDCA sheet ({name}, {fy})",
    ),
    "sheet_plan": ("計画（Plan）", "Plan"),
    "sheet_do": ("実施（Do）", "Do"),
    "sheet_check": ("評価（Check）", "Check"),
    "sheet_act": ("改善（Act）", "Act"),
    "sheet_number": ("番号", "No."),
    "sheet_action": ("取組（事業）", "Action"),
    "sheet_department": ("担当課", "Department"),
    "sheet_target": ("目標", "Target"),
    "sheet_target_value": ("活動指標と目標値", "Indicator and target value"),
    "sheet_basis": ("目標値設定の考え方", "Where the target comes from"),
    "sheet_done": ("実績", "Done"),
    "sheet_indicator_actual": ("活動指標の実績", "Indicator reached"),
    "sheet_evaluation": ("評価", "Evaluation"),
    "sheet_improve": ("評価の理由・改善", "Why, and what changes"),
    "decision_adopted": ("採択", "adopted"),
    "decision_declined": ("見送り", "declined"),
    "decision_continued": ("継続", "continued"),
    "decision_none": ("決定の記録なし", "no decision recorded"),
    "evaluation_met": ("達成", "met"),
    "evaluation_partly": ("一部達成", "partly met"),
    "evaluation_not_met": ("未達", "not met"),
    "evaluation_none": ("未評価", "not evaluated"),
    "outcome_achieved": ("達成により終了", "met: ended"),
    "outcome_carried": ("今年度も継続", "carried on this year"),
    "outcome_carried_not_raised": (
        "現状では課題に該当しないため、今年度の計画には含めない",
        "the present facts raise no need for it: not in this year's plan",
    ),
    "outcome_declined": ("見送り（理由: {reason}）", "declined (reason: {reason})"),
    "outcome_again": ("。今年度も課題に該当するため、改めて提案する", "; the need remains, so it is proposed again"),
    "outcome_open": ("記録なし", "no record"),
    "reason_was": ("理由: {reason}", "reason: {reason}"),
    "done_was": ("実績: {done}", "done: {done}"),
    "actual_was": ("活動指標 {actual}／{target}{unit}", "indicator {actual} / {target} {unit}"),
    "previous": ("前年度の記録", "Last year's record"),
    "review": ("{fy}の振返り", "Looking back on {fy}"),
    "directions": ("基本的方向性", "Basic direction"),
    "next_years": ("次年度以降に着手する取組", "Actions that start in later years"),
    "next_years_note": (
        "次の取組は、前提となる取組や担当の負荷により今年度中に着手できないため、着手年度とともに示す。",
        "These actions cannot start this year (they wait for others, or the lead's load is full); each shows the year it starts.",
    ),
    "starts_in": ("着手", "Starts"),
    "this_year": ("今年度", "This year"),
    "council_decision": ("協議会の決定", "Council's decision"),
    "done": ("実績", "Done"),
    "indicator_actual": ("活動指標（実績／目標値）", "Indicator (reached / target)"),
    "evaluation": ("評価", "Evaluation"),
    "rest_of_year": ("{fy}の残りの期間（{period}）", "the rest of {fy} ({period})"),
    "recorded": ("記録された事実", "Facts on record"),
    "known_facts": (
        "{total}項目中{known}項目（うち取組の判断に用いる現行の情報{current}項目）",
        "{known} of {total} (of which {current} current, used to decide)",
    ),
    "provisional": ("暫定・要確認", "provisional, to confirm"),
    "provisional_note": (
        "【暫定・要確認】の取組は、時点の古い情報又は時点の不明な情報によれば必要となるものである。"
        "実態調査で現在の情報を確認するまでは暫定とし、確認の結果により実施を判断する。",
        "Actions marked provisional follow from facts that are out of date or undated; they stay provisional until the "
        "survey confirms the facts, and the survey's answers decide them.",
    ),
    "provisional_confirm": ("確認すること", "To confirm"),
    "provisional_rule": (
        "暫定：時点の古い情報のままであれば該当",
        "provisional: it would hold if the out-of-date facts still do",
    ),
    "confirm_text": (
        "{facts}が現在も同じであるかを実態調査で確認する",
        "whether {facts} still hold, by the survey",
    ),
    "deadline": ("期限", "deadline"),
    "score_parts": ("内訳", "parts"),
    "severity": ("重大度", "severity"),
    "gap": ("目標との差", "gap"),
    "weight": ("報告書の重み", "report's weight"),
    "overdue_points": ("期限", "deadline"),
    "scoring": ("優先度の算出方法", "How priority is scored"),
    "scoring_text": (
        "優先度は、該当した課題の重大度（最大5）×{severity}、関係する報告書の教訓の数×{lessons}、目標との差（0～{gap_max}）、{weights}、国の成果目標の期限を過ぎたもの又は計画年度の開始前に期限を迎えるもの{deadline}を合計した点数により、{top}点以上を「最優先」、{high}点以上及び他の取組の前提となるものを「優先」、それ以外を「検討」とした。実態調査は、調査で判断する課題の最大重大度×{survey_severity}に{survey_base}を加えた点数とした。同点の場合は取組一覧の順による。",
        "Priority words come from a score: {severity} × the highest severity (1–5) of the findings behind the action, {lessons} × the report's lessons pointing at it, the shortfall against a target (0–{gap_max}), {weights}, and {deadline} if a national deadline has passed or falls before the plan's year starts. {top} or more is top priority, {high} or more (or an action others wait for) is priority, the rest is to consider. The survey scores {survey_severity} × the highest severity of what it decides, plus {survey_base}. Ties follow the catalogue's order.",
    ),
    "survey_groups": ("調査票の回答者と照会する項目", "Who is asked what"),
    "survey_command": ("調査票の作成", "The questionnaire"),
    "to_confirm": ("要確認", "to confirm"),
    "unknown_item": ("不明", "unknown"),
    "pending": ("調査結果により判断する取組", "Actions the survey will decide"),
    "pending_note": (
        "次の取組は、実態調査で必要な情報が判明した時点で、実施の要否を判断する。",
        "These actions wait for the survey: once the facts are known, the plan says whether each is needed.",
    ),
    "condition": ("判断の条件", "Decided by"),
    "needed": ("必要な情報", "Needs"),
    "roles_state": ("役割の状況", "Roles"),
    "role": ("役割", "Role"),
    "status": ("状況", "Status"),
    "present_role": ("あり", "present"),
    "missing_role": ("なし（不足）", "missing"),
    "unknown_role": ("不明", "unknown"),
    "model_no_roles": (
        "計画の時点で、このモデルの役割はいずれも存在しない。",
        "None of this model's roles exists at the plan's date.",
    ),
    "outside model": ("モデル外", "outside the model"),
    "legend": (
        "凡例: 実線＝あり、赤破線＝なし（不足）、灰色＝不明",
        "Legend: solid = present, red dashed = missing, grey = unknown",
    ),
    "footer": ("作成情報", "Generated by"),
    "rules_in_force": ("基準日時点で適用したルール", "Rules in force at the plan's date"),
    "rules_count": ("{n}件", "{n} rules"),
    "no_actions": (
        "該当する取組はない。",
        "No actions.",
    ),
    "continues": ("翌年度以降も継続", "continues into the next fiscal year"),
    "index_title": ("アプローチプラン一覧", "Approach plans"),
    "count_actions": ("取組", "Actions"),
    "count_provisional": ("暫定", "Provisional"),
    "count_pending": ("調査で判断", "Survey decides"),
    "count_gaps": ("調査で確かめる項目", "Facts the survey asks"),
    "completeness": ("記録された事実", "Facts on record"),
    "top_actions": ("優先度の高い取組", "Top actions"),
    "true": ("あり", "yes"),
    "false": ("なし", "no"),
    "value_unknown": ("不明", "unknown"),
    "status_stale": ("要確認（{years}年を超える情報）", "to confirm (over {years} years old)"),
    "status_undated": ("要確認（時点不明）", "to confirm (undated)"),
    "status_other_body": ("他機関の情報（{holder}）", "another body's fact ({holder})"),
    "status_assumed": ("仮定条件", "assumption"),
    "status_derived": ("{source}から判断", "derived from {source}"),
    "status_unknown": ("不明", "unknown"),
    "fired": ("該当", "fired"),
    "not_fired": ("非該当", "not fired"),
    "undecided": ("判定不能（情報不足）", "undecided (data missing)"),
    "not_in_force": ("基準日時点で未施行", "not in force at this date"),
    "ended_rule": (
        "基準日時点で適用期間終了（後の指針に置き換え）",
        "no longer in force at this date (replaced by a later guideline)",
    ),
    "report": ("報告書", "the report"),
    "months_n": ("{n}か月", "{n} months"),
}

MONTHS = {
    "ja": [f"{m}月" for m in (4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3)],
    "en": ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"],
}
KINDS = {
    "bool": ("あり／なし", "yes/no"),
    "count": ("件数", "count"),
    "year": ("年度", "fiscal year"),
    "enum": ("選択", "choice"),
    "text": ("文字列", "text"),
}
CHOICES_JA = {"none": "担当できていない", "few": "一部のみ", "functioning": "担当できている"}


def t(key: str, lang: str, **params: Any) -> str:
    """A user-facing word or sentence in ja or en, with its parameters filled in."""
    ja, en = WORDS[key]
    text = ja if lang == "ja" else en
    return text.format(**params) if params else text


def kind_label(kind: str, lang: str) -> str:
    """A field kind as the field list shows it."""
    ja, en = KINDS[kind]
    return ja if lang == "ja" else en


def pick(text: Any, lang: str) -> str:
    """A Text2 (model or dict) in one language."""
    if isinstance(text, dict):
        return str(text[lang])
    return str(getattr(text, lang))


def join(items: list[str], lang: str) -> str:
    """A list as running text: 「、」 in Japanese, ", " in English."""
    return ("、" if lang == "ja" else ", ").join(items)


def fmt_value(value: Any, lang: str, unit_ja: str | None = None, unit: str | None = None) -> str:
    """One value as plans write it: あり/なし/不明, grouped digits with their unit, choices in words."""
    if value is None:
        return t("value_unknown", lang)
    if isinstance(value, bool):
        return t("true" if value else "false", lang)
    if isinstance(value, int):
        if lang == "ja":
            return f"{value:,}{unit_ja or ''}"
        return f"{value:,}" + (f" {unit}" if unit and unit != "FY" else "")
    if lang == "ja" and value in CHOICES_JA:
        return CHOICES_JA[value]
    return str(value)


def date_text(text: str | None, lang: str) -> str:
    """A profile date: 令和5年9月 / September 2023; empty when there is none."""
    if not text:
        return ""
    return date_label_ja(text) if lang == "ja" else date_label_en(text)


def month_text(ym: str, lang: str) -> str:
    """A month: 令和9年4月 / April 2027."""
    return month_label_ja(ym) if lang == "ja" else date_label_en(ym[:7])


def period_text(start: str, end: str, lang: str) -> str:
    """A span of months: 令和9年4月～6月, 令和9年10月～令和10年3月 / April 2027 – June 2027."""
    if lang != "ja":
        return f"{date_label_en(start)} – {date_label_en(end)}"
    a, b = month_label_ja(start), month_label_ja(end)
    same_year = a.split("年")[0] == b.split("年")[0]
    return f"{a}～{b.split('年', 1)[1]}" if same_year else f"{a}～{b}"


def fy_label(year: int, lang: str) -> str:
    """A fiscal year as plans name it: 令和9年度（2027年4月～2028年3月） / FY2027 (April 2027 – March 2028)."""
    if lang == "ja":
        return f"{fy_label_ja(year)}（{year}年4月～{year + 1}年3月）"
    return f"FY{year} (April {year} – March {year + 1})"


def fy_label_short(year: int, lang: str) -> str:
    """A fiscal year in running text: 令和9年度 / FY2027."""
    return fy_label_ja(year) if lang == "ja" else f"FY{year}"


def months(n: int, lang: str) -> str:
    """A duration in months."""
    return t("months_n", lang, n=n)


def ward_name(plan: Any, lang: str) -> str:
    """Municipality names always carry kanji."""
    return str(plan.ward.name.ja) if lang == "ja" else f"{plan.ward.name.ja} ({plan.ward.name.en})"
