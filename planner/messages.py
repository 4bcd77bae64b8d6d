"""Every message and hint a user can see, by key, in Japanese and English; parameters filled in at the end."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# key: (Japanese, English), the order of i18n.WORDS. Parameters are {name}; quoted values are passed already formatted.
CATALOGUE: dict[str, tuple[str, str]] = {
    # --- files and YAML -------------------------------------------------------------------------------
    "file.utf16": ("ファイルがUTF-16です（UTF-8ではありません）", "file is UTF-16, not UTF-8"),
    "file.utf32": ("ファイルがUTF-32です（UTF-8ではありません）", "file is UTF-32, not UTF-8"),
    "file.save_utf8_nobom": ("UTF-8（BOMなし）で保存し直してください", "save it as UTF-8 (without BOM)"),
    "file.nul": (
        "NULバイトを含むバイナリファイルです（YAMLではありません）",
        "file contains NUL bytes: it is binary, not YAML",
    ),
    "file.nul_hint": (".yamlのテキストファイルを指定してください", "point planner at a .yaml text file"),
    "file.not_utf8": ("ファイルがUTF-8ではありません", "file is not valid UTF-8"),
    "file.shift_jis": (
        "Shift_JISのようです（表計算ソフトの出力？）。UTF-8で保存し直してください",
        "it looks like Shift_JIS (a spreadsheet export?): save it as UTF-8",
    ),
    "file.save_utf8": ("UTF-8で保存し直してください", "save the file as UTF-8"),
    "file.is_dir": ("フォルダです（ファイルではありません）", "is a directory, not a file"),
    "file.give_file": ("ファイルのパスを指定してください", "give the path of a file"),
    "file.not_regular": (
        "通常のファイルではありません（デバイス・FIFO・ソケット）",
        "is not a regular file (a device, FIFO or socket)",
    ),
    "file.not_regular_hint": (
        "通常のファイルのパスを指定してください（デバイス・FIFO・ソケットは読めません）",
        "give the path of a regular file (not a device, FIFO or socket)",
    ),
    "file.too_big": (
        "ファイルが{size}バイトあります（上限は{limit}バイト）",
        "file is {size} bytes; the limit is {limit}",
    ),
    "file.too_big_hint": (
        "プロファイルやルールのファイルは数キロバイトです。ファイルを確認してください",
        "a profile or rule file is a few kilobytes: check you chose the right file",
    ),
    "file.missing": ("ファイルがありません", "no such file"),
    "file.check_path": ("パスを確認してください", "check the path"),
    "file.permission": ("読み書きの権限がありません", "permission denied"),
    "file.make_readable": ("ファイルを読み取り可能にしてください", "make the file readable"),
    "file.cannot_read": ("読み込めません: {reason}", "cannot read: {reason}"),
    "file.symlink_loop": ("シンボリックリンクが循環しています", "symbolic link loop"),
    "file.name_too_long": ("ファイル名が長すぎます", "file name too long"),
    "yaml.too_big": ("文書が{limit}バイトを超えています", "document is larger than {limit} bytes"),
    "yaml.syntax": ("YAMLの構文エラー: {detail}", "YAML syntax error: {detail}"),
    "yaml.tabs": ("字下げにはタブではなく空白を使ってください", "use spaces, not tabs, to indent"),
    "yaml.too_deep": ("入れ子が{limit}段を超えています", "nesting deeper than {limit} levels"),
    "yaml.too_deep_alias": (
        "入れ子が{limit}段を超えています（または循環するエイリアス）",
        "nesting deeper than {limit} levels (or a recursive alias)",
    ),
    "yaml.flatten": ("入れ子を浅くしてください", "flatten the document"),
    "yaml.bad_char": ("文字 {char} はYAMLでは使えません", "character {char} is not allowed in YAML"),
    "yaml.bad_char_hint": ("削除してください（改行は \\n か普通の文字で）", "remove it; use \\n or plain text instead"),
    "yaml.error": ("YAMLのエラー: {detail}", "YAML error: {detail}"),
    "yaml.empty": ("ファイルが空です（コメントのみ）", "file is empty (or only comments)"),
    "yaml.empty_hint": ("YAMLの対応付け（キー: 値）を書いてください", "write the YAML mapping for it"),
    "yaml.many_docs": ("YAML文書が複数あります（'---'）", "more than one YAML document ('---')"),
    "yaml.one_doc": ("1ファイルに1文書としてください", "keep one document per file"),
    "yaml.too_many_nodes": ("展開すると{limit}個を超える要素になります", "document expands to more than {limit} nodes"),
    "yaml.remove_aliases": (
        "大きな部分を繰り返すエイリアス（*名前）を削除してください",
        "remove the aliases (*name) that repeat large parts",
    ),
    "yaml.tag": ("タグ {tag} は使えません", "tag {tag} is not allowed"),
    "yaml.tag_hint": (
        "'!' のタグを削除してください（通常のYAMLのみ読みます）",
        "remove the '!' tag; planner reads plain YAML only",
    ),
    "yaml.merge": ("マージキー（'<<'）は使えません", "merge keys ('<<') are not supported"),
    "yaml.merge_hint": ("キーを書き出してください", "write the keys out"),
    "yaml.key_scalar": ("キーは単純な値にしてください", "a key must be a plain scalar"),
    "yaml.duplicate_key": ("キー {key} が重複しています{first}", "duplicate key {key}{first}"),
    "yaml.first_at": ("（最初は{line}行目）", " (first at line {line})"),
    "yaml.keep_one": ("どちらか一方を残してください", "keep one of them"),
    "yaml.bad_scalar": ("{value} は正しい{kind}ではありません", "{value} is not a valid {kind}"),
    "yaml.bad_scalar_hint": ("'!!' のタグを削除するか、値を直してください", "remove the '!!' tag or fix the value"),
    "yaml.not_finite": ("{value} は有限の数ではありません", "{value} is not a finite number"),
    "yaml.not_finite_hint": ("数を、不明なら null を書いてください", "write a number, or null if unknown"),
    # --- web addresses (planner/links.py) and names ---------------------------------------------------
    "url.hidden": (
        "アドレスに制御文字または見えない文字（{char}）が含まれています",
        "the address holds a control or invisible character ({char})",
    ),
    "url.hidden_hint": (
        "コピーしたアドレスには見えない文字が入ることがあるため、打ち直してください",
        "retype the address; a copied one can carry characters nobody sees",
    ),
    "url.too_long": (
        "アドレスが{length}文字あります（上限は{limit}文字）",
        "the address is {length} characters; the limit is {limit}",
    ),
    "url.too_long_hint": (
        "追跡用の引数を除いた、ページそのもののアドレスにしてください",
        "give the page's own address, without tracking parameters",
    ),
    "url.no_scheme": (
        "アドレスが http:// または https:// で始まっていません",
        "the address does not start with http:// or https://",
    ),
    "url.no_scheme_hint": (
        "ブラウザに表示される https:// から始まるアドレス全体を書いてください",
        "write the whole address as the browser shows it, https:// included",
    ),
    "url.scheme": (
        "'{scheme}:' のアドレスは使えません（計画がリンクするのは http・https のページだけです）",
        "'{scheme}:' addresses are not allowed; a plan links only to http and https pages",
    ),
    "url.scheme_hint": ("文書の https:// のアドレスを書いてください", "give the document's https:// address"),
    "url.char": (
        "アドレスにリンクを壊す文字 {char} が含まれています",
        "the address holds {char}, which would end or break a link",
    ),
    "url.char_hint": (
        "空白は %20、| は %7C と書くか、ページのアドレスを書き直してください",
        "write spaces as %20 and | as %7C, or give the page's address again",
    ),
    "url.no_host": ("アドレスにサイト名（ホスト）がありません", "the address names no web site"),
    "url.no_host_hint": ("https://サイト名/ページ の形で書いてください", "write it as https://site/page"),
    "url.userinfo": (
        "アドレスの '@' の前に利用者名があります（リンク先は '@' の後のサイトになります）",
        "the address has a user name before '@': the link would open the site after the '@'",
    ),
    "url.userinfo_hint": ("'名前@' のないページのアドレスを書いてください", "give the page's address without 'name@'"),
    "name.hidden": (
        "名称に制御文字または見えない文字（{char}）が含まれています",
        "the name holds a control or invisible character ({char})",
    ),
    "name.not_nfc": (
        "名称に、通常の文字と見た目だけが同じ文字が含まれています（'{fixed}' の別の書き方です）",
        "the name holds a character that only looks like the ordinary one; it is '{fixed}' written otherwise",
    ),
    "name.not_nfc_hint": (
        "名称を入力し直すか、総務省のコード表からコピーしてください",
        "type the name again, or copy it from 総務省's code table",
    ),
    "name.hidden_hint": (
        "コピーした文字列には見えない文字が入ることがあるため、名称を打ち直してください",
        "retype the name; a copied one can carry characters nobody sees",
    ),
    # --- validation (pydantic error types and our own) ----------------------------------------------
    "v.unknown_key": ("不明なキー '{key}'", "unknown key '{key}'"),
    "v.allowed_here": ("ここで使えるキー: {options}", "allowed here: {options}"),
    "v.remove_or_schema": ("削除するか、`planner schema` で確認してください", "remove it, or see `planner schema`"),
    "v.field": ("{path}: {detail}", "{path}: {detail}"),
    "v.got": ("{detail}（入力値 {value}）", "{detail}, got {value}"),
    "pd.bool_type": ("true か false を書いてください", "Input should be a valid boolean"),
    "pd.bool_parsing": ("true か false を書いてください", "Input should be a valid boolean"),
    "pd.int_type": ("整数を書いてください", "Input should be a valid integer"),
    "pd.int_parsing": ("整数を書いてください", "Input should be a valid integer"),
    "pd.int_from_float": (
        "整数を書いてください（小数は使えません）",
        "Input should be a valid integer, got a number with a fractional part",
    ),
    "pd.float_type": ("数を書いてください", "Input should be a valid number"),
    "pd.string_type": ("文字列を書いてください", "Input should be a valid string"),
    "pd.string_too_long": ("{max_length}文字以内にしてください", "String should have at most {max_length} characters"),
    "pd.string_too_short": (
        "{min_length}文字以上にしてください",
        "String should have at least {min_length} characters",
    ),
    "pd.string_pattern_mismatch": ("書式 '{pattern}' に合いません", "String should match pattern '{pattern}'"),
    "pd.literal_error": ("次のいずれかを書いてください: {expected}", "Input should be {expected}"),
    "pd.missing": ("必須の項目がありません", "Field required"),
    "pd.greater_than_equal": ("{ge}以上にしてください", "Input should be greater than or equal to {ge}"),
    "pd.greater_than": ("{gt}より大きくしてください", "Input should be greater than {gt}"),
    "pd.less_than_equal": ("{le}以下にしてください", "Input should be less than or equal to {le}"),
    "pd.less_than": ("{lt}未満にしてください", "Input should be less than {lt}"),
    "pd.too_short": ("{min_length}件以上書いてください", "List should have at least {min_length} item(s)"),
    "pd.too_long": ("{max_length}件以内にしてください", "List should have at most {max_length} item(s)"),
    "pd.dict_type": ("対応付け（キー: 値）を書いてください", "Input should be a valid dictionary"),
    "pd.model_type": (
        "対応付け（キー: 値）を書いてください",
        "Input should be a valid dictionary or instance of the model",
    ),
    "pd.model_attributes_type": ("対応付け（キー: 値）を書いてください", "Input should be a valid dictionary"),
    "pd.list_type": ("リストを書いてください", "Input should be a valid list"),
    "pd.finite_number": ("有限の数を書いてください", "Input should be a finite number"),
    "pd.union_tag_invalid": ("条件の種類が正しくありません", "Input tag is not one of the expected kinds"),
    "pd.other": ("値が正しくありません（{detail}）", "{detail}"),
    "hint.bool": ("true か false を、不明なら null を書いてください", "write true or false, or null if unknown"),
    "hint.int": ("整数を、不明なら null を書いてください", "write a whole number, or null if unknown"),
    "hint.negative": (
        "件数は負になりません。不明なら null を書いてください",
        "counts cannot be negative; write null if unknown",
    ),
    "hint.too_large": (
        "都内の自治体としては大きすぎる値です。数値を確認してください",
        "this is far larger than any Tokyo municipality could have: check the figure",
    ),
    "hint.quote_text": ("値を引用符で囲んで文字列にしてください", "quote the value as text"),
    "hint.add_key": ("このキーを追加してください", "add this key"),
    "hint.mapping": ("ここには対応付け（キー: 値）を書いてください", "write a mapping (key: value) here"),
    "hint.list": ("ここにはリストを書いてください", "write a list here"),
    "date.format": (
        "{text} は日付ではありません（YYYY、YYYY-MM、YYYY-MM-DD の形で書いてください）",
        "{text} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD",
    ),
    "date.not_real": ("{text} は存在しない日付です", "{text} is not a real date"),
    "date.range": ("{text}: 年が範囲外です（1900～2100）", "{text}: year out of range 1900-2100"),
    "date.ascii": ("{text}: 日付は半角数字で書いてください", "{text}: write the date in ASCII digits"),
    # --- profiles ---------------------------------------------------------------------------------------
    "reply.unknown_field": (
        "記録された調査票の回答に、rules/fields.yaml にない項目 '{field}' があります",
        "the kept questionnaire reply answers '{field}', which is not a field of rules/fields.yaml",
    ),
    "reply.wrong_value": (
        "記録された調査票の回答で、{field} の値 {value} は{kind}ではありません",
        "the kept questionnaire reply's answer to {field} is {value}, which is not {kind}",
    ),
    "reply.fix_hint": (
        "回答の記録は回答者が記入したとおりのものです。手で直さず調査票を取り込み直すか、値を直してください"
        "（不明は null）",
        "a reply keeps what the respondent wrote: import the workbook again rather than edit it, or correct the "
        "value (null for unknown)",
    ),
    "reply.not_asked": (
        "記録された調査票の回答に、回答者区分 '{group}' の調査票にない項目「{field}」の回答があります",
        "the kept questionnaire reply answers {field}, which is not asked of group '{group}' in rules/survey.yaml",
    ),
    "reply.kind_bool": ("true（あり）か false（なし）", "true or false"),
    "reply.kind_count": ("0以上の整数", "a whole number from 0"),
    "reply.kind_year": ("年（1990～2100）", "a year (1990–2100)"),
    "reply.kind_enum": ("この項目の選択肢のいずれか", "one of the field's choices"),
    "reply.kind_text": ("1～500字の文字列", "text of 1 to 500 characters"),
    "reply.unknown_group": (
        "記録された調査票の回答の回答者区分 '{group}' は rules/survey.yaml にありません",
        "the kept questionnaire reply's group '{group}' is not a respondent group of rules/survey.yaml",
    ),
    "reply.group_hint": (
        "調査票を送った回答者区分（{groups}）にするか、調査票を取り込み直してください",
        "use the group the questionnaire was sent to ({groups}), or import the workbook again",
    ),
    "profile.mapping": ("プロファイルは対応付け（キー: 値）にしてください", "a profile must be a mapping (key: value)"),
    "profile.start_id": ("'id: <自治体ID>' から書き始めてください", "start with 'id: <ward id>'"),
    "profile.id_file": ("id '{id}' がファイル名と異なります", "id '{id}' differs from the file name"),
    "profile.id_file_hint": (
        "ファイル名を {id}.yaml にするか、id: {stem} としてください",
        "rename the file to {id}.yaml or set id: {stem}",
    ),
    "profile.source_avoid": (
        "出典 '{source}' は引用しない出典の一覧にあります",
        "source '{source}' is on the list of sources never to cite",
    ),
    "profile.source_avoid_hint": (
        "公式のページを出典にしてください（wards/SOURCES.md を参照）",
        "cite the official page instead (see wards/SOURCES.md)",
    ),
    "profile.source_no_url": ("出典 '{source}' に url がありません", "source '{source}' has no url"),
    "profile.source_no_url_hint": (
        "確認できる url を加えてください（url がなくてよいのは報告書と調査票の回答だけです）",
        "add the url where a reader can check it (only the report and an answered questionnaire go without)",
    ),
    "profile.source": ("出典 '{source}' が 'sources' にありません", "source '{source}' is not listed under 'sources'"),
    "profile.source_hint": (
        "'sources' に追加するか、2014年報告書なら '{report}' としてください",
        "add it to 'sources', or use '{report}' for the 2014 report",
    ),
    "profile.duplicate": (
        "{what} '{value}' が {first} と {second} の両方にあります",
        "{what} '{value}' is claimed by {first} and {second}",
    ),
    "profile.duplicate_hint": ("1自治体につきプロファイルは1つです", "each municipality has one profile"),
    # --- wards and lookup -------------------------------------------------------------------------------
    "ward.pass_data": (
        "--data DIR を指定するか PLANNER_DATA を設定してください",
        "pass --data DIR or set PLANNER_DATA",
    ),
    "ward.no_file": ("プロファイルのファイルがありません: {path}", "no such profile file: {path}"),
    "ward.not_a_name": (
        "'{ward}' は自治体ID・漢字名・団体コード・.yamlパスのいずれでもありません",
        "'{ward}' is not a ward id, kanji name, code or .yaml path",
    ),
    "ward.see_list": ("`planner wards list` で確認してください", "see `planner wards list`"),
    "ward.not_plain": (
        "{chars}（全角・半角・互換の文字、空白または見えない文字）を含みます。'{fixed}' と書いてください",
        "it holds {chars} (a full-width, half-width or compatibility form, a space or an invisible character): "
        "write '{fixed}'",
    ),
    "ward.unknown": ("不明な自治体 '{ward}'", "unknown ward '{ward}'"),
    "ward.ambiguous": ("'{ward}' に当たるプロファイルが複数あります: {paths}", "'{ward}' is ambiguous: {paths}"),
    "ward.ambiguous_hint": ("IDで指定するか、重複を直してください", "name the ward by its id, or fix the duplicate"),
    # --- command line ----------------------------------------------------------------------------------
    "cli.data_hint": (
        "--data DIR（wards/・rules/・models/ を含むフォルダ）を指定するか PLANNER_DATA を設定してください",
        "pass --data DIR (holding wards/, rules/, models/) or set PLANNER_DATA",
    ),
    "cli.unknown_lang": ("不明な言語 '{lang}'", "unknown language '{lang}'"),
    "cli.one_of": ("次のいずれか: {options}", "one of: {options}"),
    "cli.unknown_format": ("不明な出力形式 '{fmt}'", "unknown format '{fmt}'"),
    "cli.unknown_area": ("不明な圏域 '{area}'", "unknown area '{area}'"),
    "cli.ward_and_all": (
        "自治体か --all/--area のどちらか一方を指定してください",
        "give a ward or --all/--area, not both",
    ),
    "cli.need_out_dir": ("--all と --area には --out-dir が必要です", "--all and --area need --out-dir"),
    "cli.out_dir_example": ("例: --out-dir plans/", "e.g. --out-dir plans/"),
    "cli.which_ward": ("どの自治体ですか", "which ward?"),
    "cli.which_ward_hint": (
        "例: `planner assess koto`、または --all --out-dir DIR",
        "e.g. `planner assess koto`, or --all --out-dir DIR",
    ),
    "cli.unknown_rule": ("不明なルール '{rule}'", "unknown rule '{rule}'"),
    "cli.see_rules": ("`planner rules list` で確認してください", "see `planner rules list`"),
    "cli.empty_rule": ("ルールIDが空です", "the rule id is empty"),
    "cli.bad_date": ("{option}: {detail}", "{option}: {detail}"),
    "cli.start_month": (
        "--start {value}: 計画を始める月を指定してください（年度全体なら4月）",
        "--start {value}: give the month the plan starts (April for a whole fiscal year)",
    ),
    "cli.write_month": (
        "YYYY-MM の形（例: 2027-04、今年度の残りなら 2026-12）で書いてください",
        "write YYYY-MM, e.g. 2027-04, or 2026-12 for the rest of this fiscal year",
    ),
    "cli.unknown_model": ("不明な地域モデル '{model}'", "unknown model '{model}'"),
    "cli.no_model": ("圏域 '{area}' に地域モデルが設定されていません", "no model is set for area '{area}'"),
    "cli.no_model_hint": (
        "--model を指定するか、モデルに圏域を追加してください",
        "pass --model, or list the area in a model",
    ),
    "cli.unknown_schema": ("不明なスキーマ '{name}'", "unknown schema '{name}'"),
    "cli.same_file": ("異なる2つの計画を指定してください", "compare two different plans"),
    # --- what-if ---------------------------------------------------------------------------------------
    "set.form": ("--set '{item}' が 項目=値 の形ではありません", "--set '{item}' is not FIELD=VALUE"),
    "set.example": ("例: --set coordinators.placed=true", "e.g. --set coordinators.placed=true"),
    "set.unknown": ("--set: 不明な項目 '{field}'", "--set: unknown field '{field}'"),
    "set.see_fields": ("`planner fields` で確認してください", "see `planner fields`"),
    "set.value": ("--set {field}: {detail}", "--set {field}: {detail}"),
    "set.not_bool": ("{value} は true でも false でもありません", "{value} is not true or false"),
    "set.not_count": ("{value} は0以上の整数ではありません", "{value} is not a whole number ≥ 0"),
    "set.too_early": ("{value} は1990年より前です", "{value} is earlier than 1990"),
    "set.too_large": ("{value} は上限 {maximum} を超えています", "{value} is larger than the maximum {maximum}"),
    "set.too_long": (
        "文字列が{length}文字あります（プロファイルの文字列は{limit}文字まで）",
        "the text is {length} characters; a profile's text holds at most {limit}",
    ),
    "set.not_choice": ("{value} は {choices} のいずれでもありません", "{value} is not one of {choices}"),
    "set.empty": ("文字列が空です", "empty text"),
    # --- output ----------------------------------------------------------------------------------------
    "out.stdout": ("標準出力に書き込めません（{error}）", "standard output cannot be written ({error})"),
    "out.input_folder": ("入力フォルダには書き込みません", "refusing to write into an input folder"),
    "out.input_file": ("入力ファイルは上書きしません", "refusing to overwrite an input file"),
    "out.choose_other": ("別の --out を指定してください", "choose another --out"),
    "out.choose_other_dir": ("別の --out-dir を指定してください", "choose another --out-dir"),
    "out.no_folder": ("フォルダ {folder} がありません", "folder {folder} does not exist"),
    "out.create_first": ("先に作成するか、別の --out を指定してください", "create it first, or choose another --out"),
    "out.is_dir": ("フォルダです", "is a directory"),
    "out.give_name": ("ファイル名を指定してください", "give a file name"),
    "out.not_regular": (
        "通常のファイルではありません（デバイス・FIFO・ソケット）",
        "is not a regular file (a device, FIFO or socket)",
    ),
    "out.is_symlink": ("シンボリックリンクです", "is a symbolic link"),
    "out.permission": ("書き込みの権限がありません", "permission denied"),
    "out.writable": ("書き込み可能なフォルダを指定してください", "choose a writable folder"),
    "out.cannot_write": ("書き込めません: {reason}", "cannot write: {reason}"),
    "out.collides": (
        "{name} が二重に書き込まれます（自治体IDが一覧ファイルと衝突しています）",
        "{name} would be written twice (a ward id collides with the index)",
    ),
    # --- folders and library ---------------------------------------------------------------------------
    "lib.no_folder": ("{what} フォルダがありません", "no {what} folder here"),
    "lib.missing": ("ありません", "missing"),
    "lib.no_packs": ("ルールパックがありません", "no rule packs found"),
    "lib.add_pack": ("rules/<パック>.yaml を追加してください", "add rules/<pack>.yaml"),
    "lib.report_missing": (
        "報告書の本文がありません（引用を照合できません）",
        "the report's text is missing: quotes cannot be checked",
    ),
    "lib.report_hint": (
        "報告書の本文（report-2014.txt）をここに置いてください",
        "copy the report text (report-2014.txt) there",
    ),
    "lib.need_file": ("ルールブックにはこのファイルが必要です", "the rule book needs this file"),
    "lib.need_roles": ("役割の一覧を追加してください", "add the role catalogue"),
    "validate.duplicate_code": (
        "団体コード '{value}' が {other} と重複しています",
        "code '{value}' is also the code of {other}",
    ),
    "validate.duplicate_name": (
        "名称 '{value}' が {other} と重複しています",
        "name '{value}' is also the name of {other}",
    ),
    "validate.duplicate_hint": (
        "1つの自治体に1つのプロファイルです。重複を削除するか直してください",
        "each municipality has one profile: remove or correct the duplicate",
    ),
    "validate.no_yaml": (".yaml ファイルがありません", "no .yaml files here"),
    "validate.no_path": ("ファイルまたはフォルダがありません", "no such file or folder"),
    # --- lint --------------------------------------------------------------------------------------------
    "lint.unknown_field": ("不明な項目 '{field}'", "unknown field '{field}'"),
    "lint.not_asked": (
        "このルールは '{field}' を読みますが、rules/survey.yaml にこの項目を尋ねる質問がありません",
        "the rule reads '{field}', which no question of rules/survey.yaml asks for",
    ),
    "lint.not_asked_hint": (
        "rules/survey.yaml に質問（group, ja, en）を加えてください。加えないと調査で不明が解消されません",
        "add a question for it (its group, ja, en) to rules/survey.yaml, or the survey can never close the gap",
    ),
    "lint.registry_code": ("{name}の団体コードは {code} です", "{name}'s code is {code}"),
    "lint.registry_place": ("'{name}' は都内の区市町村ではありません", "'{name}' is not one of Tokyo's municipalities"),
    "lint.registry_missing": (
        "{name} がありません（その事業所が不明な所在地として扱われます）",
        "{name} is not listed: its offices would be reported as an unknown place",
    ),
    "lint.priority_order": (
        "priority.high（{high}）が priority.top（{top}）より大きく、最優先でない「優先」がなくなります",
        "priority.high ({high}) is above priority.top ({top}): no action could be 優先 without being 最優先",
    ),
    "lint.priority_order_hint": ("high は top 以下にしてください", "keep high at or below top"),
    "lint.registry_count": (
        "事業所数には件数の項目が必要です（'{field}' は {kind}）",
        "a registry count needs a count field; '{field}' is {kind}",
    ),
    "lint.see_fields": ("`planner fields` で確認してください", "see `planner fields`"),
    "lint.ratio_count": (
        "比率には件数の項目が必要です（'{field}' は {kind}）",
        "ratio needs count fields; '{field}' is {kind}",
    ),
    "lint.bool_compare": (
        "{field} は真偽値です。eq/ne で true か false と比べてください（{op} {value} は不可）",
        "{field} is true/false: compare it with eq/ne true or false, not {op} {value}",
    ),
    "lint.number_compare": (
        "{field} は数値です（{value} は数値ではありません）",
        "{field} is a number: {value} is not",
    ),
    "lint.enum_compare": (
        "{field} は {choices} のいずれかです（{op} {value} は不可）",
        "{field} is one of {choices}: not {op} {value}",
    ),
    "lint.text_compare": (
        "{field} は文字列です。eq/ne/in で文字列と比べてください",
        "{field} is text: compare with eq/ne/in a string",
    ),
    "lint.lesson_outside": (
        "教訓 {lesson} が rules/lessons.yaml にありません",
        "lesson {lesson} is not in rules/lessons.yaml",
    ),
    "lint.task_outside": ("区分 {task} が rules/lessons.yaml にありません", "task {task} is not in rules/lessons.yaml"),
    "lint.unknown_role": ("不明な役割 '{role}'", "unknown role '{role}'"),
    "lint.add_role": ("models/roles.yaml に追加してください", "add it to models/roles.yaml"),
    "lint.unknown_prereq": ("不明な前提の取組 '{action}'", "unknown prerequisite action '{action}'"),
    "lint.unknown_action": ("不明な取組 '{action}'", "unknown action '{action}'"),
    "lint.add_action": ("rules/actions.yaml に追加してください", "add it to rules/actions.yaml"),
    "lint.not_verbatim": ("引用が報告書の原文と一致しません", "quote not found verbatim in the report"),
    "lint.copy_exact": (
        "rules/report-2014.txt から原文どおりに写してください",
        "copy the exact words from rules/report-2014.txt",
    ),
    "lint.unknown_source": ("不明な出典 '{source}'", "unknown source '{source}'"),
    "lint.list_source": ("パックの `sources` に追加してください", "list it under the pack's `sources`"),
    "lint.source_url": ("出典 '{source}' にURLがありません", "source '{source}' has no URL"),
    "lint.source_url_hint": (
        "読み手が開けるURLを書いてください（報告書のみ不要）",
        "give the address a reader can open; only the report needs none",
    ),
    "lint.combine_once": (
        "combine は事業所ごとに回答する区分に指定します（{group} は一度だけ回答する区分です）",
        "combine is for a group answered office by office; {group} is answered once",
    ),
    "lint.combine_kind": (
        "combine: {combine} は {needs} の項目に指定します（この項目は {kind}）",
        "combine: {combine} takes a {needs} field, not a {kind} one",
    ),
    "lint.survey_prefix": (
        "調査の対象 '{prefix}' に当たる項目がありません",
        "survey prefix '{prefix}' matches no field",
    ),
    "lint.survey_section": (
        "区分 '{section}' を調べる調査の取組がありません",
        "no survey action covers section '{section}'",
    ),
    "lint.survey_section_hint": (
        "調査の取組の `survey` に追加してください",
        "add its prefix to a survey action's `survey` list",
    ),
    "lint.duplicate_rule": ("ルールID '{rule}' が重複しています", "duplicate rule id '{rule}'"),
    "lint.first_in": ("最初の定義は {path}", "first defined in {path}"),
    "lint.no_rule": ("教訓 {lesson} にルールがありません", "lesson {lesson} has no rule"),
    "lint.every_lesson": ("各教訓に少なくとも1つのルールが必要です", "every lesson needs at least one rule"),
    "lint.duplicate_id": ("ID '{id}' が重複しています", "duplicate id '{id}'"),
    "lint.cycle": ("前提となる取組が循環しています: {cycle}", "prerequisite cycle: {cycle}"),
    "lint.remove_after": ("`after` のいずれかを削除してください", "remove one of the `after` links"),
    "lint.centre": ("中心の役割 '{role}' がモデルの役割にありません", "centre '{role}' is not among the model's roles"),
    "lint.link_role": (
        "つながりが '{role}' を指していますが、モデルの役割にありません",
        "link names '{role}', which is not among the model's roles",
    ),
    "lint.unknown_area": ("不明な圏域 '{area}'", "unknown area '{area}'"),
    "lint.area_ids": ("圏域ID: {options}", "area ids: {options}"),
    "lint.area_taken": (
        "圏域 '{area}' はすでにモデル '{model}' に属しています",
        "area '{area}' already belongs to model '{model}'",
    ),
    "lint.unknown_placeholder": ("不明な差し込み {{{name}}}", "unknown placeholder {{{name}}}"),
    "lint.placeholders": ("使える差し込み: {options}", "placeholders: {options}"),
    "lint.respondent": ("項目 '{field}' に回答者の区分がありません", "field '{field}' has no respondent group"),
    "lint.too_many_rules": ("ルールが{count}件あります（上限は{limit}件）", "{count} rules; the limit is {limit}"),
    "lint.run_lint": ("`planner rules lint` で確認してください", "run `planner rules lint`"),
    "lint.too_many_alternatives": (
        "条件がエンジン内で{count}通りの組み合わせに展開されます（上限{limit}。any・in・all の否定で増えます）",
        "the condition expands to {count} alternatives in the engine (at most {limit}; `any`, `in` and a negated `all` add them up)",
    ),
    "lint.alternatives_hint": ("ルールを複数に分けてください", "split the rule into several rules"),
    "lint.ratio_inexact": (
        "{value}（尺度 {scale}）は正確に比較できません（エンジンの数値は倍精度です）",
        "{value} against a scale of {scale} cannot be compared exactly (the engine's numbers are doubles)",
    ),
    "lint.ratio_inexact_hint": (
        "簡単な数値にしてください（例: 1.4999999 ではなく 1.5）",
        "use a simpler number, e.g. 1.5 rather than 1.4999999",
    ),
    "lint.too_many_in": (
        "'in' の値が{count}件あります（上限は{limit}件）",
        "an 'in' list of {count} values; the limit is {limit}",
    ),
    "lint.number_range": (
        "{value} はエンジンが正確に比較できる範囲（±{limit}）を超えています",
        "{value} is outside the range the engine compares exactly (±{limit})",
    ),
    "lint.limits_hint": ("READMEの「上限」を参照してください", "see the README's limits"),
    "lint.too_deep": ("条件の入れ子が{limit}段を超えています", "condition nested deeper than {limit} levels"),
    "lint.chain_long": ("前提の連なりが{limit}段を超えています", "prerequisite chain longer than {limit}"),
    "lint.deadline_before": (
        "期限 {deadline} が施行日 {start} より前です",
        "deadline {deadline} is before applies_from {start}",
    ),
    "lint.in_force_name": (
        "名称 '{name}' に次の名称までの `until` がありません",
        "name '{name}' has no `until` before the next name",
    ),
    # --- analyst-friendly condition messages ----------------------------------------------------------
    "cond.one_op": ("{options} のいずれか1つだけを書いてください", "write exactly one of {options}"),
    "cond.unknown_op": ("不明な演算子 '{op}'", "unknown operator '{op}'"),
    "cond.ops": ("使える演算子: {options}", "operators: {options}"),
    "cond.unknown_kind": (
        "条件には field・ratio・unknown・known・all・any・not のいずれかが必要です",
        "a condition needs one of: field, ratio, unknown, known, all, any, not",
    ),
    "id.form": (
        "'{id}' はIDの形ではありません（小文字英字・数字・'-'・'.' のみ。例: l4.no-coordinator）",
        "'{id}' is not an id: ids are lower-case letters, digits, '-' and '.' (e.g. l4.no-coordinator)",
    ),
    # --- engine ----------------------------------------------------------------------------------------
    "engine.action_failed": ("ルールの処理が失敗しました: {detail}", "a rule action failed: {detail}"),
    "engine.refused": (
        "durable-rules が事実を受け付けませんでした（コード {code}）",
        "durable-rules refused a fact (code {code})",
    ),
    "engine.error": ("ルールエンジンが失敗しました（{detail}）", "the rule engine failed ({detail})"),
    "engine.too_many_alternatives": (
        "ルール {rule} はエンジン内で{count}通りの組み合わせに展開されます（上限{limit}）",
        "rule {rule} expands to {count} alternatives in the engine (at most {limit})",
    ),
    "engine.nex": ("内部エラー: 変換後のルールに $nex が含まれます", "internal: a compiled rule contains $nex"),
    "engine.wrong_type": (
        "事実 {field} = {value} の型が {kind} の項目に合いません",
        "fact {field} = {value} has the wrong type for a {kind} field",
    ),
    "engine.both": (
        "エンジンがルール {rule} を真とも偽とも判定しました（不具合として報告してください）",
        "the engine decided rule {rule} both true and false: please report this",
    ),
    "engine.timeout": (
        "ルールエンジンが{seconds}秒以内に終わりませんでした",
        "the rule engine did not finish within {seconds} s",
    ),
    "engine.timeout_hint": (
        "ルールブックがエンジンの扱える規模を超えています（READMEの「上限」を参照）",
        "the rule book is larger than the engine can take: see the README's limits",
    ),
    # --- the questionnaire ------------------------------------------------------------------------------
    # --- registry import (WAM NET open data) ------------------------------------------------------------
    "registry.need_file": (
        "rules/registry.yaml（読み取る列とサービス種別の定義）が必要です。planner の rules/ から写してください",
        "rules/registry.yaml says which columns and kinds of service to read: copy it from planner's own rules/",
    ),
    "registry.no_files": (".csvファイルがありません", "no .csv file here"),
    "registry.too_many": ("ファイルが{count}件あります（上限は{limit}件）", "{count} files; the limit is {limit}"),
    "registry.csv_hint": (
        "WAM NETのオープンデータのCSV（サービス種別ごと、全国共通の列）を指定してください",
        "give WAM NET's open-data CSV files (one kind of service each, the national layout)",
    ),
    "registry.binary": (
        "NULバイトを含んでいます（CSVのテキストではありません）",
        "file contains NUL bytes: it is not a CSV text file",
    ),
    "registry.too_big_hint": (
        "WAM NETのサービス種別ごとのファイルは大きくても数十MBです。ファイルを確認してください",
        "a WAM NET file of one kind of service is tens of MB at most: check you chose the right file",
    ),
    "registry.field_too_long": (
        "{limit}文字を超える項目があります（全国共通のファイルにこのような項目はありません）",
        "a field is longer than {limit} characters: no cell of the national file is",
    ),
    "registry.same_file": (
        "同じファイルが2回指定されています（{other} と同じです）",
        "the same file is named twice (also as {other})",
    ),
    "registry.encoding": ("文字コードがUTF-8でもShift_JISでもありません", "file is neither UTF-8 nor Shift_JIS"),
    "registry.encoding_hint": (
        "WAM NETの配布どおりUTF-8かShift_JISで保存してください",
        "save it as UTF-8 or Shift_JIS, as WAM NET ships it",
    ),
    "registry.empty": ("ファイルが空です", "file is empty"),
    "registry.csv_error": ("CSVの形式が正しくありません: {detail}", "not a well-formed CSV: {detail}"),
    "registry.no_column": ("見出し行に列「{column}」がありません", "no column '{column}' in the header"),
    "registry.layout_hint": (
        "1行目は全国版ファイルの見出し行のまま（変更しない）にしてください",
        "the first row must be the national file's header row, unchanged",
    ),
    "registry.width": ("この行は{got}列です（見出し行は{want}列）", "row has {got} fields; the header has {want}"),
    "registry.unknown_kind": (
        "サービス種別 {kind} は集計の対象ではありません",
        "サービス種別 {kind} is not one planner counts",
    ),
    "registry.kind_hint": (
        "集計するのは {kinds} です（rules/registry.yaml）",
        "planner counts: {kinds} (rules/registry.yaml)",
    ),
    "registry.mixed_kind": (
        "{first}のファイルにサービス種別 {kind} の行があります（WAM NETのファイルは種別ごとです）",
        "サービス種別 {kind} in a file of {first}: a WAM NET file holds one kind",
    ),
    "registry.no_rows": ("{prefecture}の事業所の行がありません", "no office of {prefecture} in this file"),
    "registry.unknown_place": (
        "{place} は都内の区市町村名ではありません",
        "{place} is not a municipality of the prefecture",
    ),
    "registry.place_hint": (
        "住所を直すか、rules/registry.yaml の municipalities に名称を加えてください",
        "correct the address, or add the name to `municipalities` in rules/registry.yaml",
    ),
    "registry.no_period": (
        "ファイル名から時点（年月）がわかりません",
        "the file's name does not say which month it describes",
    ),
    "registry.period_hint": (
        "--period YYYY-MM（掲載時点の年月）を指定するか、ファイル名を 024-2024-03.csv の形にしてください",
        "give --period YYYY-MM (the month the offices are listed as at), or name the file 024-2024-03.csv",
    ),
    "registry.period_clash": (
        "ファイル名の時点は{named}、--period は{given}です",
        "the file's name says {named}, --period says {given}",
    ),
    "registry.future": ("時点{period}は今日より後です", "the period {period} is after today"),
    "registry.month": ("{value}: 年月を YYYY-MM の形で書いてください", "{value}: write the month as YYYY-MM"),
    "registry.twice": (
        "{kind}（{period}）のファイルが2つあります（1つ目は {other}）",
        "a second file of {kind} for {period} (the first is {other})",
    ),
    "registry.added": ("追加", "added"),
    "registry.updated": ("更新", "updated"),
    "registry.corrected": ("訂正", "corrected"),
    "registry.earlier": ("過去分", "earlier period"),
    "registry.unchanged": ("変更なし", "unchanged"),
    "registry.head_ward": ("自治体", "municipality"),
    "registry.no_profile": ("{count}か所（プロファイルなし）", "{count} offices (no profile here)"),
    "registry.other_rows": (
        "{file}: 他の道府県の行{count}件は対象外",
        "{file}: {count} rows of other prefectures left out",
    ),
    "registry.repeated_rows": (
        "{file}: 同じ事業所番号の行{count}件は1か所として数えました",
        "{file}: {count} rows repeat an office number already counted (counted once)",
    ),
    "registry.dry_run": ("試行のため書き込みません: {summary}", "dry run, nothing written: {summary}"),
    "registry.done": ("{count}件のプロファイルに取り込みました: {summary}", "{count} profiles updated: {summary}"),
    "validate.warning": ("警告: {text}", "warning: {text}"),
    "cache.refused": (
        "キャッシュのフォルダ {folder} は使いません（{reason}）",
        "the cache folder {folder} is not used: {reason}",
    ),
    "cache.owner": (
        "このフォルダか上位のフォルダが他の利用者のものです",
        "it, or a folder above it, belongs to another user",
    ),
    "cache.writable": (
        "このフォルダか上位のフォルダに他の利用者が書き込めるため、planner が読むものを差し替えられます",
        "other users can write in it, or in a folder above it, and could replace what planner runs",
    ),
    "cache.hint": (
        "  PLANNER_CACHE に自分だけのフォルダ（非公開で作成されます）か off を指定してください（キャッシュがなくても出力は同じです）",
        "  set PLANNER_CACHE to a folder of your own (it is made private), or to off; output is the same without it",
    ),
    "profile.source_personal": (
        "出典 '{source}' は個人のサイト・ランキングや集計サイト・法令本文の転載です",
        "source '{source}' is a personal site, a ranking or aggregator, or a copy of a law's text",
    ),
    "profile.source_personal_hint": (
        "協議会の資料には、公式の資料（自治体、e-Stat、e-Gov、省庁）があればそれを出典にしてください",
        "a council paper should cite the official page (the municipality, e-Stat, e-Gov, the ministry) where there is one",
    ),
    # --- the progress record (PDCA) ---------------------------------------------------------------------
    "record.declined_reason": (
        "見送りとした取組には理由（reason）が必要です",
        "a declined action needs its reason (reason: …)",
    ),
    "record.declined_evaluated": (
        "見送りとした取組は評価しません。evaluation を削除するか、decision を直してください",
        "a declined action is not evaluated: remove evaluation, or change the decision",
    ),
    "record.other_ward": (
        "'{ward}' の記録です（'{expected}' の記録ではありません）",
        "this is the record of '{ward}', not of '{expected}'",
    ),
    "record.ward_hint": (
        "記録は自治体ごとに wards/progress/<id>.yaml にあります",
        "each municipality has its own record: wards/progress/<id>.yaml",
    ),
    "record.year_twice": ("{year}年度の記録が2つあります", "fiscal year {year} is recorded twice"),
    "record.unknown_action": ("取組 '{action}' は取組一覧にありません", "no action '{action}' in rules/actions.yaml"),
    "record.action_hint": (
        "計画の取組の番号（`planner review` が書き出すもの）を使ってください",
        "use the ids the plan lists (`planner review` writes them)",
    ),
    "record.other_year": (
        "{asked}年度の記録が求められていますが、計画は{year}年度のものです",
        "the record is asked for fiscal year {asked}, but the plan is for {year}",
    ),
    "record.year_hint": (
        "その年度の計画は --as-of（前年度の日付）か --start で作ります。--year を省いても構いません",
        "plan that year with --as-of (a date in the fiscal year before) or --start, or leave --year out",
    ),
    "record.folder_hint": (
        "wards/progress/ は記録（wards/progress/<id>.yaml）を置くフォルダです。フォルダにするか、そこにあるものを移してください",
        "wards/progress/ holds the records (wards/progress/<id>.yaml): make it a folder, or move what is there",
    ),
    "record.out_needs_sheet": (
        "--out は --sheet と使います（記録そのものは常に wards/progress/<id>.yaml です）",
        "--out is for --sheet: the record itself is always wards/progress/<id>.yaml",
    ),
    "record.sheet_out": ("--sheet には --out FILE.xlsx が必要です", "--sheet needs --out FILE.xlsx"),
    "record.started": (
        "{path}: {year}年度の記録を作成しました（取組{n}件）",
        "{path}: started the record of fiscal year {year} ({n} actions)",
    ),
    "record.updated": (
        "{path}: {year}年度に取組{n}件を追加しました（他は変更なし）",
        "{path}: fiscal year {year}: {n} actions added, the rest kept",
    ),
    "record.unchanged": (
        "{path}: {year}年度の記録には全取組が既にあります",
        "{path}: fiscal year {year} already lists every action",
    ),
    "import.added": ("追加", "added"),
    "import.corrected": ("訂正", "corrected"),
    "import.confirmed": ("確認", "confirmed"),
    "import.unknown": ("不明のまま", "left unknown"),
    "import.updated": ("更新", "updated"),
    "import.summed": ("合算", "summed"),
    "import.earlier": ("履歴に追加（記録の方が新しい）", "kept as history (the record is newer)"),
    "import.unchanged": ("変更なし", "unchanged"),
    "import.nothing": ("{path} は変更ありません: {summary}", "{path} unchanged: {summary}"),
    "import.head": ("項目|変更前|回答|区分|セル", "field|before|answer|change|cell"),
    "import.dry_run": ("試行のため書き込みません: {summary}", "dry run, nothing written: {summary}"),
    "import.done": ("{path} に取り込みました: {summary}", "{path} updated: {summary}"),
    "xlsx.empty": ("ファイルが空です", "the file is empty"),
    "xlsx.not_xlsx": ("xlsx 形式のブックではありません", "not an xlsx workbook"),
    "xlsx.too_big": (
        "ブックの展開後の大きさが調査票の範囲を超えています",
        "the workbook unpacks to more than a questionnaire can hold",
    ),
    "xlsx.unreadable": ("ブックを読み込めません（{detail}）", "the workbook cannot be read ({detail})"),
    "xlsx.export_hint": (
        "`planner survey export` で作成した調査票に回答してください",
        "answer the questionnaire `planner survey export` made",
    ),
    "xlsx.not_questionnaire": (
        "planner の調査票ではありません（非表示のシートがありません）",
        "not a planner questionnaire (its hidden sheet is missing)",
    ),
    "xlsx.questions_changed": (
        "この調査票の作成後に質問が変更されています",
        "the questions have changed since this questionnaire was made",
    ),
    "xlsx.rename_back": (
        "シート名を元に戻してください（シート名で回答者を見分けます）。戻せなければ、調査票を作成し直し、回答を写してください",
        "give the sheet its name back (the name tells whose answers it holds), or export a new questionnaire and "
        "copy the answers over",
    ),
    "xlsx.export_again": (
        "調査票を作成し直し、回答を写してください",
        "export a new questionnaire and copy the answers over",
    ),
    "xlsx.sheet_missing": ("シート「{sheet}」がありません", "sheet {sheet} is missing"),
    "xlsx.sheet_renamed": (
        "シート「{sheet}」がありません。調査票になかったシート（{others}）があります。名前を変えたシートであれば、元の名前に戻してください",
        "sheet {sheet} is missing, and the workbook has sheets the questionnaire did not ({others}): if one was "
        "renamed, give it its name back",
    ),
    "xlsx.row_moved": (
        "この行は {field} の質問のはずです（行が移動または削除されています）",
        "this row should ask for {field}: rows were moved or deleted",
    ),
    "xlsx.restore_rows": (
        "行を元の順に戻すか、新しい調査票に回答してください",
        "put the rows back in their order, or answer a new questionnaire",
    ),
    "xlsx.not_choice": ("{value} は選択肢（{options}）にありません", "{value} is not one of {options}"),
    "xlsx.not_whole": ("{value} は整数ではありません", "{value} is not a whole number"),
    "xlsx.out_of_range": ("{value} は範囲（{low}～{high}）の外です", "{value} is outside {low}–{high}"),
    "xlsx.long_text": (
        "文字列が{length}字あります（{limit}字まで）",
        "the text is {length} characters long; at most {limit} are read",
    ),
    "xlsx.control_text": ("文字列に制御文字（{code}）が含まれています", "the text holds a control character ({code})"),
    "xlsx.full_date": ("{value} は年月日（YYYY-MM-DD）の形ではありません", "{value} is not a full date (YYYY-MM-DD)"),
    "xlsx.no_date": ("回答日がありません", "the answer date is missing"),
    "xlsx.date_window": (
        "回答した日付を、調査票の作成日（{made}）から今日（{today}）までの間で記入してください",
        "write the date the answers were given, from {made} (the day the questionnaire was made) to {today}",
    ),
    "xlsx.pick_hint": (
        "選択肢から選ぶか、分からなければ空欄にしてください",
        "pick from the list, or leave it blank if unknown",
    ),
    "xlsx.whole_hint": (
        "0以上の整数を記入してください。分からなければ空欄（0とはしない）",
        "write a whole number ≥ 0, or leave it blank if unknown (never 0 for unknown)",
    ),
    "xlsx.text_hint": ("文字列を短くしてください", "shorten the text"),
    "xlsx.control_hint": (
        "文字列を入力し直してください（他のソフトから貼り付けた、表示されない文字が含まれています）",
        "retype the text: it holds a character that is not shown (pasted from another program)",
    ),
    "xlsx.other_ward": (
        "この調査票は {ward} のものです（{expected} ではありません）",
        "this questionnaire is for {ward}, not {expected}",
    ),
    "xlsx.profile_changed": (
        "この調査票の作成後にプロファイル {path} が変更されています",
        "the profile {path} has changed since this questionnaire was made",
    ),
    "xlsx.profile_changed_hint": (
        "調査票を作成し直すか、作成時のプロファイルに取り込んでください",
        "export a new questionnaire, or import into the profile as it was",
    ),
    "xlsx.no_profile": ("{folder} にプロファイル {ward} がありません", "no profile {ward} in {folder}"),
    "xlsx.ward_hint": (
        "--ward でプロファイルを指定するか、このデータフォルダから調査票を作成してください",
        "name the profile with --ward, or export the questionnaire from this data folder",
    ),
    # --- questionnaires: several respondents, the hidden sheet, cells, dates, words -------------------------
    "xlsx.old_format": (
        "以前の版の planner で作成された調査票です。調査票を作成し直し、回答を写してください",
        "it was made by an earlier version of planner: export a new questionnaire and copy the answers over",
    ),
    "xlsx.meta_rows": (
        "非表示のシートの行数が{limit}行を超えています",
        "the hidden sheet has more than {limit} rows",
    ),
    "xlsx.meta_row": (
        "非表示のシートのこのセルが編集されています（数式・エラー値・重複した項目）",
        "this cell of the hidden sheet has been edited (a formula, an error value or a repeated entry)",
    ),
    "xlsx.meta_key": ("非表示のシートに不明な項目 {key} があります", "the hidden sheet holds an unknown entry {key}"),
    "xlsx.meta_value": (
        "非表示のシートの {key} の値 {value} が正しくありません",
        "the hidden sheet's {key} is {value}, which is not valid",
    ),
    "xlsx.meta_lang": (
        "非表示のシートの言語 {value} は ja・en のいずれでもありません",
        "the hidden sheet's language {value} is not ja or en",
    ),
    "xlsx.meta_group": (
        "非表示のシートに、調査にない回答者の区分 {group} があります",
        "the hidden sheet names a respondent group {group} the survey does not have",
    ),
    "xlsx.meta_field": (
        "非表示のシートに、この区分に尋ねていない項目 {field} があります",
        "the hidden sheet names a question {field} this group is not asked",
    ),
    "xlsx.meta_missing": ("非表示のシートに {key} がありません", "the hidden sheet has no {key}"),
    "xlsx.sheet_left": (
        "このシートの項目はプロファイルのまま変更しません",
        "its questions are left as the profile has them",
    ),
    "xlsx.no_sheets": (
        "回答者のシート（{expected}）が一つもありません。ブックにあるシート: {found}",
        "the workbook has none of its respondents' sheets ({expected}); it has {found}",
    ),
    "xlsx.empty_folder": ("フォルダに調査票（.xlsx）がありません", "the folder holds no questionnaire (.xlsx)"),
    "xlsx.too_many_cells": (
        "セル（書式・結合・リンクを含む）が{limit}を超えています。調査票ではありません",
        "the workbook holds more than {limit} cells (formatted, merged or linked): it is not a questionnaire",
    ),
    "xlsx.formula": (
        "セルに数式があります（回答は値で記入してください）",
        "the cell holds a formula; answers are read as typed values only",
    ),
    "xlsx.formula_text": (
        "回答が「=」で始まっています（数式とみなされます）",
        "the answer begins with '=', as a formula does",
    ),
    "xlsx.formula_hint": (
        "値そのものを記入してください（セルをコピーし「値として貼り付け」）",
        "type the value itself (copy the cell and paste it as a value)",
    ),
    "xlsx.error_value": ("セルがExcelのエラー（{value}）になっています", "the cell shows an Excel error ({value})"),
    "xlsx.error_hint": (
        "値を記入するか、分からなければ空欄にしてください",
        "type the value, or leave the cell blank if it is unknown",
    ),
    "xlsx.not_date": ("{value} は日付ではありません", "{value} is not a date"),
    "xlsx.not_real_date": ("{value} は存在しない日付です", "{value} is not a real date"),
    "xlsx.era_date": ("{value} は{era}の日付ではありません", "{value} is not a date of the {era} era"),
    "xlsx.date_number": (
        "{value} は数値です（日付ではありません）",
        "{value} is a number, not a date",
    ),
    "xlsx.date_future": (
        "回答日 {value} が今日（{today}）より後です",
        "the answer date {value} is after today ({today})",
    ),
    "xlsx.date_before": (
        "回答日 {value} が調査票の作成日（{made}）より前です",
        "the answer date {value} is before the questionnaire was made ({made})",
    ),
    "xlsx.no_respondent": ("回答者の記入がありません", "the respondent is missing"),
    "xlsx.respondent_hint": (
        "回答した所属・氏名を記入してください（例: 障害福祉課 調整係）",
        "write who answered (organisation and name), e.g. 障害福祉課 調整係",
    ),
    "xlsx.note_without_answer": (
        "備考に記入がありますが、回答 {cell} が空欄です（不明のまま、備考は記録します）",
        "a note is written but the answer {cell} is blank: the question stays unknown, the note is kept",
    ),
    "xlsx.note_hint": (
        "回答は「回答」欄に記入してください。分からなければ「不明」と記入してください",
        "write the answer in the Answer (回答) column, or 不明 there if it is not known",
    ),
    "xlsx.estimate": (
        "{value} は概数です（数ではありません）",
        "{value} is an estimate, not a figure",
    ),
    "xlsx.exact_hint": (
        "把握している数（例: 120）を記入し、概数であることは備考に記入してください",
        "write the figure you know (e.g. 120) and say in the note that it is approximate",
    ),
    "xlsx.range": ("{value} は幅のある回答です（一つの数ではありません）", "{value} is a range, not one figure"),
    "xlsx.range_hint": (
        "確認できている数（例: 2）を記入し、幅は備考に記入してください",
        "write the figure you can confirm (e.g. 2) and the range in the note",
    ),
    "xlsx.partly_flag": (
        "{value} は「あり」「なし」のどちらでもありません",
        "{value} (partly) is neither yes nor no",
    ),
    "xlsx.partly_hint": (
        "一部でも実施していれば「あり」とし（計画では「あり」を「実施している」と読みます）、その範囲を備考に記入してください",
        "answer あり if there is any (the plan reads あり as 'there is one') and describe the part in the note",
    ),
    "xlsx.per_month": ("{value} は年間の回数ではありません", "{value} is not a number of times a year"),
    "xlsx.per_month_hint": (
        "年間の回数を記入してください（月1回なら12）",
        "write the times a year (monthly is 12)",
    ),
    "xlsx.date_not_count": ("{value} は日付です（数ではありません）", "{value} is a date, not a number"),
    "xlsx.not_year": ("{value} は年度ではありません", "{value} is not a fiscal year"),
    "xlsx.not_text": ("{value} は文字列ではありません", "{value} is not text"),
    "xlsx.field_changed": (
        "この調査票の作成後に、プロファイルの「{field}」が変更されています",
        "the profile's {field} has changed since this questionnaire was made",
    ),
    "xlsx.field_changed_hint": (
        "この項目は調査票を作成し直して回答するか、空欄にしてください",
        "export a new questionnaire for it, or leave this answer blank",
    ),
    "xlsx.conflict": (
        "回答 {value} が、{where} の回答 {other} と異なります",
        "the answer {value} disagrees with {other} in {where}",
    ),
    "xlsx.conflict_hint": (
        "回答をそろえるか、採用する調査票を --prefer で指定してください",
        "make the answers agree, or name the workbook to follow with --prefer",
    ),
    "xlsx.too_much_together": (
        "事業所ごとの「{field}」の回答を合わせると、項目に収まりません（合計が大きすぎるか、列記が長すぎます）",
        "the offices' answers to {field} together do not fit it (too large a sum, or too long a list)",
    ),
    "xlsx.too_much_hint": (
        "各事業所の回答した数・名称を確認してください",
        "check the figures and names the offices wrote",
    ),
    "xlsx.recorded_conflict": (
        "取り込み済みの「{field}」の回答が食い違い、採用する回答が記録されていません: {who}",
        "the answers to {field} already taken in disagree and none is marked as followed: {who}",
    ),
    "xlsx.recorded": (
        "取り込み済みの調査票（{who}、{date}）",
        "the questionnaire already taken in ({who}, {date})",
    ),
    "xlsx.copy_two_names": (
        "{copy}部目は「{other}」の回答として取り込み済みですが、このシートの回答者は「{name}」です（同じ部を二つの事業所の回答として合算することはしません）",
        "copy {copy} was taken in as answered by {other}; this sheet's respondent is {name} (one copy is never summed as two offices)",
    ),
    "xlsx.copy_two_names_hint": (
        "同じ事業所の訂正なら、回答者名を前回と同じにしてください。別の事業所の回答なら、その事業所用の調査票を作成してください（--respondent、--copies）",
        "if it is the same office's correction, sign it as before; if another office answered, export a copy for that office (--respondent, --copies)",
    ),
    "xlsx.same_sheet": (
        "同じ回答者・同じ回答日で回答の異なるシートが {other} にもあります",
        "the same respondent's sheet of the same date, with other answers, is also in {other}",
    ),
    "xlsx.same_sheet_hint": (
        "正しい方を取り込むか、後の回答には後の回答日を記入してください",
        "import the one that is meant, or give the later one a later answer date",
    ),
    "xlsx.several_wards": (
        "この調査票は {ward} のもので、ほかの調査票は {other} のものです",
        "this questionnaire is for {ward}, the others for {other}",
    ),
    "xlsx.one_ward_hint": (
        "自治体ごとに取り込んでください",
        "import each municipality's questionnaires separately",
    ),
    "lock.waiting": (
        "このプロファイルへの別の取り込みが実行中です。終わるのを待っています",
        "another import into this profile is running: waiting for it to finish",
    ),
    "lock.busy": (
        "別の取り込みがこのプロファイルを{seconds}秒以上使用しています",
        "another import has held this profile for {seconds} seconds",
    ),
    "lock.busy_hint": (
        "終わってから、もう一度実行してください",
        "try again when it has finished",
    ),
    "survey.sheet_char": (
        "シート名に文字 {char} は使えません（Excelでは \\ / ? * [ ] : と制御文字が使えません）",
        "a sheet name cannot hold the character {char} (Excel refuses \\ / ? * [ ] : and control characters)",
    ),
    "survey.sheet_long": (
        "シート名が{length}文字です（番号を付けてExcelの31文字に収まるよう{limit}文字以内）",
        "the sheet name is {length} characters long; at most {limit} fit Excel's 31 with its number",
    ),
    "cli.as_of_ahead": (
        "--as-of {value}: 調査基準日は今月（{month}）より後にはできません",
        "--as-of {value}: a survey's reference date cannot be after this month ({month})",
    ),
    "cli.as_of_hint": (
        "今月を指定するか、同じ調査の追加分なら、その調査基準日を指定してください",
        "give this month, or an earlier one to repeat a round's reference date",
    ),
    "cli.unknown_group": ("回答者の区分 '{group}' はありません", "no respondent group '{group}'"),
    "cli.copies_or_names": (
        "--copies と --respondent はどちらか一方を指定してください",
        "give --copies or --respondent, not both",
    ),
    "cli.copies_each": (
        "--copies と --respondent は、事業所ごとに回答する区分に指定します",
        "--copies and --respondent are for groups answered office by office",
    ),
    "cli.copies_each_hint": ("該当する区分: {groups}", "such groups: {groups}"),
    "cli.copies_range": ("部数は1～{limit}で指定してください", "give from 1 to {limit} copies"),
    "cli.contact_many": ("--contact は{limit}つまでです", "--contact takes at most {limit} values"),
    "cli.contact_hint": (
        "担当（所属・氏名）、電話、メールの順に指定してください",
        "the section and name, then the telephone, then the e-mail",
    ),
    "cli.bad_text": ("{option} の値が正しくありません: {detail}", "{option}: {detail}"),
    "cli.formula_name": (
        "「=」で始まる文字列は表計算ソフトで数式とみなされます。「=」を除いてください",
        "text beginning with = is read by a spreadsheet as a formula; drop the =",
    ),
    "cli.text_length": ("1～{limit}文字で指定してください", "give 1 to {limit} characters"),
    "cli.respondent_twice": ("同じ --respondent が2回指定されています", "a --respondent is named twice"),
    "cli.reply_past": ("--reply-by {value} が今日より前です", "--reply-by {value} is before today"),
    "cli.reply_hint": ("今日以降の回答期限を指定してください", "give a reply date from today on"),
    "cli.out_folder": (
        "調査票が{count}件になるため、--out {path} は既存のフォルダを指定してください",
        "{count} workbooks are to be written: --out {path} must be an existing folder",
    ),
    "cli.out_folder_hint": (
        "先にフォルダを作成してください（ファイル名はシート名から付けます。例: koto-3_相談支援事業所-01.xlsx）",
        "create the folder first; each workbook is named after its sheet (koto-3_相談支援事業所-01.xlsx)",
    ),
    "cli.prefer_not_given": (
        "--prefer {path} は取り込む調査票に含まれていません",
        "--prefer {path} is not one of the workbooks being imported",
    ),
    "cli.prefer_hint": ("取り込む調査票のいずれかを指定してください", "name one of the workbooks given"),
    "cli.too_many_workbooks": (
        "調査票が{count}件あります（一度に{limit}件まで）",
        "{count} workbooks given; at most {limit} are read at once",
    ),
    "init.exists": ("{path} はすでにあります", "{path} exists already"),
    "init.exists_hint": (
        "別のIDか --out を指定してください（既存のプロファイルは空のもので置き換えません）",
        "choose another id or --out; planner never replaces a profile with an empty one",
    ),
    "init.bad_id": (
        "'{id}' はプロファイルIDの形ではありません（小文字英字・数字・'-'。例: okutama）",
        "'{id}' is not a profile id: lower-case letters, digits and '-' (e.g. okutama)",
    ),
    "init.bad_code": (
        "'{code}' は都内の団体コードではありません（13で始まる5桁。例: 13308）",
        "'{code}' is not a Tokyo municipality code: 13 and three digits (e.g. 13308)",
    ),
    "init.bad_name": ("名称を漢字で指定してください（20字以内）", "give the name in kanji (at most 20 characters)"),
    "init.bad_name_en": (
        "--name-en はローマ字で指定してください（60字以内）",
        "give --name-en in romaji (at most 60 characters)",
    ),
    "init.check_digit": (
        "検査数字付きの6桁のコードです。検査数字を除いた5桁 {code} を指定してください",
        "that is the six-digit code with its check digit: give the five digits, {code}",
    ),
    "init.wards_name": (
        "wards/ のプロファイルはファイル名で探されますが、{name} は ID '{id}' のファイル名ではありません",
        "a profile in wards/ is found by its file name, and {name} is not ID.yaml for '{id}'",
    ),
    "init.wards_name_hint": (
        "wards/{id}.yaml とするか、--out を省いてください",
        "write it as wards/{id}.yaml, or leave --out out",
    ),
    "init.taken": ("{path} がすでに {what} のプロファイルです", "{path} already describes {what}"),
    "init.taken_hint": (
        "同じ自治体のプロファイルが2つあるとコードや名称で探せなくなるため、そのプロファイルを編集してください",
        "edit that profile; two profiles of one municipality make lookups by code or name fail",
    ),
    "muni.code_name": (
        "団体コード {code} は{name}のもので、名称と合いません",
        "code {code} is {name}'s, and the name is another",
    ),
    "muni.name_code": ("{name}の団体コードは {code} です", "{name}'s code is {code}, not this one"),
    "muni.kind": ("{name}の種別（kind）は {kind} です", "{name} is a {kind}"),
    "muni.hint": (
        "総務省の全国地方公共団体コード（https://www.soumu.go.jp/denshijiti/code.html）で団体コードと名称を確かめてください",
        "check the code and the name against 総務省's 全国地方公共団体コード (https://www.soumu.go.jp/denshijiti/code.html)",
    ),
    # --- diff ------------------------------------------------------------------------------------------
    "diff.bad_json": ("JSONとして読めません: {detail}", "not valid JSON: {detail}"),
    "diff.make_json": (
        "`planner assess --format json` で出力した計画を指定してください",
        "give a plan written by `planner assess --format json`",
    ),
    "diff.not_plan": ("スキーマ {schema} の計画ではありません", "not a plan of schema {schema}"),
    "diff.two_wards": ("2つの計画の自治体が異なります（{a}、{b}）", "the plans are of two municipalities ({a}, {b})"),
    "diff.same_ward": ("同じ自治体の計画を比べてください", "compare two plans of the same municipality"),
    "diff.usage": (
        "計画ファイル（.json）を2つ、または自治体と --from・--to を指定してください",
        "give two plan files (.json), or a municipality with --from and --to",
    ),
    "diff.langs": ("2つの計画の言語が異なります（{a}、{b}）", "the plans are in two languages ({a}, {b})"),
    "diff.too_deep": (
        "入れ子が{limit}段を超えています（計画の入れ子は7段です）",
        "nested more than {limit} levels deep; a plan nests seven",
    ),
    "diff.bad_number": (
        "数 {number} が長すぎるか、有限の数ではありません",
        "the number {number} is too long or not finite",
    ),
    "diff.bad_value": (
        "事実の値は数・文字列・true・false・null またはそれらのリストです",
        "a fact's value is a number, text, true, false, null or a list of them",
    ),
    # --- the data folder (planner/datafolder.py) --------------------------------------------------------
    "data.missing": ("フォルダがありません", "no such folder"),
    "data.is_file": ("ファイルです（フォルダではありません）", "is a file, not a folder"),
    "data.is_fifo": ("FIFO（名前付きパイプ）です（フォルダではありません）", "is a FIFO (named pipe), not a folder"),
    "data.is_socket": ("ソケットです（フォルダではありません）", "is a socket, not a folder"),
    "data.is_device": ("デバイスです（フォルダではありません）", "is a device, not a folder"),
    "data.not_data": (
        "データフォルダではありません（wards/・rules/・models/ のいずれもありません）",
        "not a data folder: it holds no wards/, rules/ or models/",
    ),
    "data.hint_option": (
        "--data の指定です。wards/・rules/・models/ を含むフォルダを指定してください",
        "--data names it: give a folder holding wards/, rules/ and models/",
    ),
    "data.hint_env": (
        "環境変数 PLANNER_DATA の指定です。wards/・rules/・models/ を含むフォルダにするか、--data DIR を指定してください",
        "PLANNER_DATA names it: set it to a folder holding wards/, rules/ and models/, or pass --data DIR",
    ),
    "data.link_out": (
        "データフォルダの外（{target}）へのリンクです。planner はフォルダの中のものだけを読みます",
        "a link to {target}, outside the data folder: planner reads only what the folder holds",
    ),
    "data.link_out_hint": (
        "ファイルをフォルダにコピーするか、wards/・rules/・models/ のフォルダごとリンクしてください",
        "copy the file into the folder, or link the whole wards/, rules/ or models/ folder instead",
    ),
    # --- did you mean ----------------------------------------------------------------------------------
    "suggest.mean": ("'{word}' の誤りではありませんか", "did you mean '{word}'?"),
}


@dataclass(frozen=True)
class Msg:
    """A message by key with its parameters; the words are chosen only when it is shown."""

    key: str
    params: tuple[tuple[str, Any], ...] = ()

    def text(self, lang: str = "en") -> str:
        """The message in lang (ja or en), with nested messages rendered in the same language."""
        ja, en = CATALOGUE[self.key]
        values = {k: (v.text(lang) if isinstance(v, Msg) else v) for k, v in self.params}
        return (ja if lang == "ja" else en).format(**values)

    def __str__(self) -> str:
        return self.text("en")


@dataclass(frozen=True)
class Worded(Msg):
    """A value already worded in each language (a figure with its unit, a date), shown in the message's language."""

    ja: str = ""
    en: str = ""

    def text(self, lang: str = "en") -> str:
        """The value's own words in lang."""
        return self.ja if lang == "ja" else self.en


def worded(ja: str, en: str) -> Msg:
    """A message parameter worded in both languages."""
    return Worded("", (), ja, en)


def msg(key: str, /, **params: Any) -> Msg:
    """A message by key; unknown keys fail at once, in tests rather than in front of a user."""
    if key not in CATALOGUE:
        raise KeyError(f"no message {key!r}")
    return Msg(key, tuple(params.items()))


def quoted(value: Any) -> str:
    """A value as a message shows it: repr for text, plain for numbers."""
    return repr(value)
