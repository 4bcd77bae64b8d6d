"""Every message and hint a user can see, by key, in Japanese and English; parameters filled in at the end."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# key: (English, Japanese). Parameters are {name}; quoted values are passed already formatted.
CATALOGUE: dict[str, tuple[str, str]] = {
    # --- files and YAML -------------------------------------------------------------------------------
    "file.utf16": ("file is UTF-16, not UTF-8", "ファイルがUTF-16です（UTF-8ではありません）"),
    "file.utf32": ("file is UTF-32, not UTF-8", "ファイルがUTF-32です（UTF-8ではありません）"),
    "file.save_utf8_nobom": ("save it as UTF-8 (without BOM)", "UTF-8（BOMなし）で保存し直してください"),
    "file.nul": (
        "file contains NUL bytes: it is binary, not YAML",
        "NULバイトを含むバイナリファイルです（YAMLではありません）",
    ),
    "file.nul_hint": ("point planner at a .yaml text file", ".yamlのテキストファイルを指定してください"),
    "file.not_utf8": ("file is not valid UTF-8", "ファイルがUTF-8ではありません"),
    "file.shift_jis": (
        "it looks like Shift_JIS (a spreadsheet export?): save it as UTF-8",
        "Shift_JISのようです（表計算ソフトの出力？）。UTF-8で保存し直してください",
    ),
    "file.save_utf8": ("save the file as UTF-8", "UTF-8で保存し直してください"),
    "file.is_dir": ("is a directory, not a file", "フォルダです（ファイルではありません）"),
    "file.give_file": ("give the path of a file", "ファイルのパスを指定してください"),
    "file.not_regular": (
        "is not a regular file (a device, FIFO or socket)",
        "通常のファイルではありません（デバイス・FIFO・ソケット）",
    ),
    "file.not_regular_hint": (
        "give the path of a regular file (not a device, FIFO or socket)",
        "通常のファイルのパスを指定してください（デバイス・FIFO・ソケットは読めません）",
    ),
    "file.too_big": (
        "file is {size} bytes; the limit is {limit}",
        "ファイルが{size}バイトあります（上限は{limit}バイト）",
    ),
    "file.too_big_hint": (
        "a profile or rule file is a few kilobytes: check you chose the right file",
        "プロファイルやルールのファイルは数キロバイトです。ファイルを確認してください",
    ),
    "file.missing": ("no such file", "ファイルがありません"),
    "file.check_path": ("check the path", "パスを確認してください"),
    "file.permission": ("permission denied", "読み書きの権限がありません"),
    "file.make_readable": ("make the file readable", "ファイルを読み取り可能にしてください"),
    "file.cannot_read": ("cannot read: {reason}", "読み込めません: {reason}"),
    "file.symlink_loop": ("symbolic link loop", "シンボリックリンクが循環しています"),
    "file.name_too_long": ("file name too long", "ファイル名が長すぎます"),
    "yaml.too_big": ("document is larger than {limit} bytes", "文書が{limit}バイトを超えています"),
    "yaml.syntax": ("YAML syntax error: {detail}", "YAMLの構文エラー: {detail}"),
    "yaml.tabs": ("use spaces, not tabs, to indent", "字下げにはタブではなく空白を使ってください"),
    "yaml.too_deep": ("nesting deeper than {limit} levels", "入れ子が{limit}段を超えています"),
    "yaml.too_deep_alias": (
        "nesting deeper than {limit} levels (or a recursive alias)",
        "入れ子が{limit}段を超えています（または循環するエイリアス）",
    ),
    "yaml.flatten": ("flatten the document", "入れ子を浅くしてください"),
    "yaml.bad_char": ("character {char} is not allowed in YAML", "文字 {char} はYAMLでは使えません"),
    "yaml.bad_char_hint": ("remove it; use \\n or plain text instead", "削除してください（改行は \\n か普通の文字で）"),
    "yaml.error": ("YAML error: {detail}", "YAMLのエラー: {detail}"),
    "yaml.empty": ("file is empty (or only comments)", "ファイルが空です（コメントのみ）"),
    "yaml.empty_hint": ("write the YAML mapping for it", "YAMLの対応付け（キー: 値）を書いてください"),
    "yaml.many_docs": ("more than one YAML document ('---')", "YAML文書が複数あります（'---'）"),
    "yaml.one_doc": ("keep one document per file", "1ファイルに1文書としてください"),
    "yaml.too_many_nodes": ("document expands to more than {limit} nodes", "展開すると{limit}個を超える要素になります"),
    "yaml.remove_aliases": (
        "remove the aliases (*name) that repeat large parts",
        "大きな部分を繰り返すエイリアス（*名前）を削除してください",
    ),
    "yaml.tag": ("tag {tag} is not allowed", "タグ {tag} は使えません"),
    "yaml.tag_hint": (
        "remove the '!' tag; planner reads plain YAML only",
        "'!' のタグを削除してください（通常のYAMLのみ読みます）",
    ),
    "yaml.merge": ("merge keys ('<<') are not supported", "マージキー（'<<'）は使えません"),
    "yaml.merge_hint": ("write the keys out", "キーを書き出してください"),
    "yaml.key_scalar": ("a key must be a plain scalar", "キーは単純な値にしてください"),
    "yaml.duplicate_key": ("duplicate key {key}{first}", "キー {key} が重複しています{first}"),
    "yaml.first_at": (" (first at line {line})", "（最初は{line}行目）"),
    "yaml.keep_one": ("keep one of them", "どちらか一方を残してください"),
    "yaml.bad_scalar": ("{value} is not a valid {kind}", "{value} は正しい{kind}ではありません"),
    "yaml.bad_scalar_hint": ("remove the '!!' tag or fix the value", "'!!' のタグを削除するか、値を直してください"),
    "yaml.not_finite": ("{value} is not a finite number", "{value} は有限の数ではありません"),
    "yaml.not_finite_hint": ("write a number, or null if unknown", "数を、不明なら null を書いてください"),
    # --- web addresses (planner/links.py) and names ---------------------------------------------------
    "url.hidden": (
        "the address holds a control or invisible character ({char})",
        "アドレスに制御文字または見えない文字（{char}）が含まれています",
    ),
    "url.hidden_hint": (
        "retype the address; a copied one can carry characters nobody sees",
        "コピーしたアドレスには見えない文字が入ることがあるため、打ち直してください",
    ),
    "url.too_long": (
        "the address is {length} characters; the limit is {limit}",
        "アドレスが{length}文字あります（上限は{limit}文字）",
    ),
    "url.too_long_hint": (
        "give the page's own address, without tracking parameters",
        "追跡用の引数を除いた、ページそのもののアドレスにしてください",
    ),
    "url.no_scheme": (
        "the address does not start with http:// or https://",
        "アドレスが http:// または https:// で始まっていません",
    ),
    "url.no_scheme_hint": (
        "write the whole address as the browser shows it, https:// included",
        "ブラウザに表示される https:// から始まるアドレス全体を書いてください",
    ),
    "url.scheme": (
        "'{scheme}:' addresses are not allowed; a plan links only to http and https pages",
        "'{scheme}:' のアドレスは使えません（計画がリンクするのは http・https のページだけです）",
    ),
    "url.scheme_hint": ("give the document's https:// address", "文書の https:// のアドレスを書いてください"),
    "url.char": (
        "the address holds {char}, which would end or break a link",
        "アドレスにリンクを壊す文字 {char} が含まれています",
    ),
    "url.char_hint": (
        "write spaces as %20 and | as %7C, or give the page's address again",
        "空白は %20、| は %7C と書くか、ページのアドレスを書き直してください",
    ),
    "url.no_host": ("the address names no web site", "アドレスにサイト名（ホスト）がありません"),
    "url.no_host_hint": ("write it as https://site/page", "https://サイト名/ページ の形で書いてください"),
    "url.userinfo": (
        "the address has a user name before '@': the link would open the site after the '@'",
        "アドレスの '@' の前に利用者名があります（リンク先は '@' の後のサイトになります）",
    ),
    "url.userinfo_hint": ("give the page's address without 'name@'", "'名前@' のないページのアドレスを書いてください"),
    "name.hidden": (
        "the name holds a control or invisible character ({char})",
        "名称に制御文字または見えない文字（{char}）が含まれています",
    ),
    "name.not_nfc": (
        "the name holds a character that only looks like the ordinary one; it is '{fixed}' written otherwise",
        "名称に、通常の文字と見た目だけが同じ文字が含まれています（'{fixed}' の別の書き方です）",
    ),
    "name.not_nfc_hint": (
        "type the name again, or copy it from 総務省's code table",
        "名称を入力し直すか、総務省のコード表からコピーしてください",
    ),
    "name.hidden_hint": (
        "retype the name; a copied one can carry characters nobody sees",
        "コピーした文字列には見えない文字が入ることがあるため、名称を打ち直してください",
    ),
    # --- validation (pydantic error types and our own) ----------------------------------------------
    "v.unknown_key": ("unknown key '{key}'", "不明なキー '{key}'"),
    "v.allowed_here": ("allowed here: {options}", "ここで使えるキー: {options}"),
    "v.remove_or_schema": ("remove it, or see `planner schema`", "削除するか、`planner schema` で確認してください"),
    "v.field": ("{path}: {detail}", "{path}: {detail}"),
    "v.got": ("{detail}, got {value}", "{detail}（入力値 {value}）"),
    "pd.bool_type": ("Input should be a valid boolean", "true か false を書いてください"),
    "pd.bool_parsing": ("Input should be a valid boolean", "true か false を書いてください"),
    "pd.int_type": ("Input should be a valid integer", "整数を書いてください"),
    "pd.int_parsing": ("Input should be a valid integer", "整数を書いてください"),
    "pd.int_from_float": (
        "Input should be a valid integer, got a number with a fractional part",
        "整数を書いてください（小数は使えません）",
    ),
    "pd.float_type": ("Input should be a valid number", "数を書いてください"),
    "pd.string_type": ("Input should be a valid string", "文字列を書いてください"),
    "pd.string_too_long": ("String should have at most {max_length} characters", "{max_length}文字以内にしてください"),
    "pd.string_too_short": (
        "String should have at least {min_length} characters",
        "{min_length}文字以上にしてください",
    ),
    "pd.string_pattern_mismatch": ("String should match pattern '{pattern}'", "書式 '{pattern}' に合いません"),
    "pd.literal_error": ("Input should be {expected}", "次のいずれかを書いてください: {expected}"),
    "pd.missing": ("Field required", "必須の項目がありません"),
    "pd.greater_than_equal": ("Input should be greater than or equal to {ge}", "{ge}以上にしてください"),
    "pd.greater_than": ("Input should be greater than {gt}", "{gt}より大きくしてください"),
    "pd.less_than_equal": ("Input should be less than or equal to {le}", "{le}以下にしてください"),
    "pd.less_than": ("Input should be less than {lt}", "{lt}未満にしてください"),
    "pd.too_short": ("List should have at least {min_length} item(s)", "{min_length}件以上書いてください"),
    "pd.too_long": ("List should have at most {max_length} item(s)", "{max_length}件以内にしてください"),
    "pd.dict_type": ("Input should be a valid dictionary", "対応付け（キー: 値）を書いてください"),
    "pd.model_type": (
        "Input should be a valid dictionary or instance of the model",
        "対応付け（キー: 値）を書いてください",
    ),
    "pd.model_attributes_type": ("Input should be a valid dictionary", "対応付け（キー: 値）を書いてください"),
    "pd.list_type": ("Input should be a valid list", "リストを書いてください"),
    "pd.finite_number": ("Input should be a finite number", "有限の数を書いてください"),
    "pd.union_tag_invalid": ("Input tag is not one of the expected kinds", "条件の種類が正しくありません"),
    "pd.other": ("{detail}", "値が正しくありません（{detail}）"),
    "hint.bool": ("write true or false, or null if unknown", "true か false を、不明なら null を書いてください"),
    "hint.int": ("write a whole number, or null if unknown", "整数を、不明なら null を書いてください"),
    "hint.negative": (
        "counts cannot be negative; write null if unknown",
        "件数は負になりません。不明なら null を書いてください",
    ),
    "hint.too_large": (
        "this is far larger than any Tokyo municipality could have: check the figure",
        "都内の自治体としては大きすぎる値です。数値を確認してください",
    ),
    "hint.quote_text": ("quote the value as text", "値を引用符で囲んで文字列にしてください"),
    "hint.add_key": ("add this key", "このキーを追加してください"),
    "hint.mapping": ("write a mapping (key: value) here", "ここには対応付け（キー: 値）を書いてください"),
    "hint.list": ("write a list here", "ここにはリストを書いてください"),
    "date.format": (
        "{text} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD",
        "{text} は日付ではありません（YYYY、YYYY-MM、YYYY-MM-DD の形で書いてください）",
    ),
    "date.not_real": ("{text} is not a real date", "{text} は存在しない日付です"),
    "date.range": ("{text}: year out of range 1900-2100", "{text}: 年が範囲外です（1900～2100）"),
    "date.ascii": ("{text}: write the date in ASCII digits", "{text}: 日付は半角数字で書いてください"),
    # --- profiles ---------------------------------------------------------------------------------------
    "reply.unknown_field": (
        "the kept questionnaire reply answers '{field}', which is not a field of rules/fields.yaml",
        "記録された調査票の回答に、rules/fields.yaml にない項目 '{field}' があります",
    ),
    "reply.wrong_value": (
        "the kept questionnaire reply's answer to {field} is {value}, which is not {kind}",
        "記録された調査票の回答で、{field} の値 {value} は{kind}ではありません",
    ),
    "reply.fix_hint": (
        "a reply keeps what the respondent wrote: import the workbook again rather than edit it, or correct the "
        "value (null for unknown)",
        "回答の記録は回答者が記入したとおりのものです。手で直さず調査票を取り込み直すか、値を直してください"
        "（不明は null）",
    ),
    "reply.not_asked": (
        "the kept questionnaire reply answers {field}, which is not asked of group '{group}' in rules/survey.yaml",
        "記録された調査票の回答に、回答者区分 '{group}' の調査票にない項目「{field}」の回答があります",
    ),
    "reply.kind_bool": ("true or false", "true（あり）か false（なし）"),
    "reply.kind_count": ("a whole number from 0", "0以上の整数"),
    "reply.kind_year": ("a year (1990–2100)", "年（1990～2100）"),
    "reply.kind_enum": ("one of the field's choices", "この項目の選択肢のいずれか"),
    "reply.kind_text": ("text of 1 to 500 characters", "1～500字の文字列"),
    "reply.unknown_group": (
        "the kept questionnaire reply's group '{group}' is not a respondent group of rules/survey.yaml",
        "記録された調査票の回答の回答者区分 '{group}' は rules/survey.yaml にありません",
    ),
    "reply.group_hint": (
        "use the group the questionnaire was sent to ({groups}), or import the workbook again",
        "調査票を送った回答者区分（{groups}）にするか、調査票を取り込み直してください",
    ),
    "profile.mapping": ("a profile must be a mapping (key: value)", "プロファイルは対応付け（キー: 値）にしてください"),
    "profile.start_id": ("start with 'id: <ward id>'", "'id: <自治体ID>' から書き始めてください"),
    "profile.id_file": ("id '{id}' differs from the file name", "id '{id}' がファイル名と異なります"),
    "profile.id_file_hint": (
        "rename the file to {id}.yaml or set id: {stem}",
        "ファイル名を {id}.yaml にするか、id: {stem} としてください",
    ),
    "profile.source_avoid": (
        "source '{source}' is on the list of sources never to cite",
        "出典 '{source}' は引用しない出典の一覧にあります",
    ),
    "profile.source_avoid_hint": (
        "cite the official page instead (see wards/SOURCES.md)",
        "公式のページを出典にしてください（wards/SOURCES.md を参照）",
    ),
    "profile.source_no_url": ("source '{source}' has no url", "出典 '{source}' に url がありません"),
    "profile.source_no_url_hint": (
        "add the url where a reader can check it (only the report and an answered questionnaire go without)",
        "確認できる url を加えてください（url がなくてよいのは報告書と調査票の回答だけです）",
    ),
    "profile.source": ("source '{source}' is not listed under 'sources'", "出典 '{source}' が 'sources' にありません"),
    "profile.source_hint": (
        "add it to 'sources', or use '{report}' for the 2014 report",
        "'sources' に追加するか、2014年報告書なら '{report}' としてください",
    ),
    "profile.duplicate": (
        "{what} '{value}' is claimed by {first} and {second}",
        "{what} '{value}' が {first} と {second} の両方にあります",
    ),
    "profile.duplicate_hint": ("each municipality has one profile", "1自治体につきプロファイルは1つです"),
    # --- wards and lookup -------------------------------------------------------------------------------
    "ward.pass_data": (
        "pass --data DIR or set PLANNER_DATA",
        "--data DIR を指定するか PLANNER_DATA を設定してください",
    ),
    "ward.no_file": ("no such profile file: {path}", "プロファイルのファイルがありません: {path}"),
    "ward.not_a_name": (
        "'{ward}' is not a ward id, kanji name, code or .yaml path",
        "'{ward}' は自治体ID・漢字名・団体コード・.yamlパスのいずれでもありません",
    ),
    "ward.see_list": ("see `planner wards list`", "`planner wards list` で確認してください"),
    "ward.not_plain": (
        "it holds {chars} (a full-width, half-width or compatibility form, a space or an invisible character): "
        "write '{fixed}'",
        "{chars}（全角・半角・互換の文字、空白または見えない文字）を含みます。'{fixed}' と書いてください",
    ),
    "ward.unknown": ("unknown ward '{ward}'", "不明な自治体 '{ward}'"),
    "ward.ambiguous": ("'{ward}' is ambiguous: {paths}", "'{ward}' に当たるプロファイルが複数あります: {paths}"),
    "ward.ambiguous_hint": ("name the ward by its id, or fix the duplicate", "IDで指定するか、重複を直してください"),
    # --- command line ----------------------------------------------------------------------------------
    "cli.data_hint": (
        "pass --data DIR (holding wards/, rules/, models/) or set PLANNER_DATA",
        "--data DIR（wards/・rules/・models/ を含むフォルダ）を指定するか PLANNER_DATA を設定してください",
    ),
    "cli.unknown_lang": ("unknown language '{lang}'", "不明な言語 '{lang}'"),
    "cli.one_of": ("one of: {options}", "次のいずれか: {options}"),
    "cli.unknown_format": ("unknown format '{fmt}'", "不明な出力形式 '{fmt}'"),
    "cli.unknown_area": ("unknown area '{area}'", "不明な圏域 '{area}'"),
    "cli.ward_and_all": (
        "give a ward or --all/--area, not both",
        "自治体か --all/--area のどちらか一方を指定してください",
    ),
    "cli.need_out_dir": ("--all and --area need --out-dir", "--all と --area には --out-dir が必要です"),
    "cli.out_dir_example": ("e.g. --out-dir plans/", "例: --out-dir plans/"),
    "cli.which_ward": ("which ward?", "どの自治体ですか"),
    "cli.which_ward_hint": (
        "e.g. `planner assess koto`, or --all --out-dir DIR",
        "例: `planner assess koto`、または --all --out-dir DIR",
    ),
    "cli.unknown_rule": ("unknown rule '{rule}'", "不明なルール '{rule}'"),
    "cli.see_rules": ("see `planner rules list`", "`planner rules list` で確認してください"),
    "cli.empty_rule": ("the rule id is empty", "ルールIDが空です"),
    "cli.bad_date": ("{option}: {detail}", "{option}: {detail}"),
    "cli.start_month": (
        "--start {value}: give the month the plan starts (April for a whole fiscal year)",
        "--start {value}: 計画を始める月を指定してください（年度全体なら4月）",
    ),
    "cli.write_month": (
        "write YYYY-MM, e.g. 2027-04, or 2026-12 for the rest of this fiscal year",
        "YYYY-MM の形（例: 2027-04、今年度の残りなら 2026-12）で書いてください",
    ),
    "cli.unknown_model": ("unknown model '{model}'", "不明な地域モデル '{model}'"),
    "cli.no_model": ("no model is set for area '{area}'", "圏域 '{area}' に地域モデルが設定されていません"),
    "cli.no_model_hint": (
        "pass --model, or list the area in a model",
        "--model を指定するか、モデルに圏域を追加してください",
    ),
    "cli.unknown_schema": ("unknown schema '{name}'", "不明なスキーマ '{name}'"),
    "cli.same_file": ("compare two different plans", "異なる2つの計画を指定してください"),
    # --- what-if ---------------------------------------------------------------------------------------
    "set.form": ("--set '{item}' is not FIELD=VALUE", "--set '{item}' が 項目=値 の形ではありません"),
    "set.example": ("e.g. --set coordinators.placed=true", "例: --set coordinators.placed=true"),
    "set.unknown": ("--set: unknown field '{field}'", "--set: 不明な項目 '{field}'"),
    "set.see_fields": ("see `planner fields`", "`planner fields` で確認してください"),
    "set.value": ("--set {field}: {detail}", "--set {field}: {detail}"),
    "set.not_bool": ("{value} is not true or false", "{value} は true でも false でもありません"),
    "set.not_count": ("{value} is not a whole number ≥ 0", "{value} は0以上の整数ではありません"),
    "set.too_early": ("{value} is earlier than 1990", "{value} は1990年より前です"),
    "set.too_large": ("{value} is larger than the maximum {maximum}", "{value} は上限 {maximum} を超えています"),
    "set.too_long": (
        "the text is {length} characters; a profile's text holds at most {limit}",
        "文字列が{length}文字あります（プロファイルの文字列は{limit}文字まで）",
    ),
    "set.not_choice": ("{value} is not one of {choices}", "{value} は {choices} のいずれでもありません"),
    "set.empty": ("empty text", "文字列が空です"),
    # --- output ----------------------------------------------------------------------------------------
    "out.stdout": ("standard output cannot be written ({error})", "標準出力に書き込めません（{error}）"),
    "out.input_folder": ("refusing to write into an input folder", "入力フォルダには書き込みません"),
    "out.input_file": ("refusing to overwrite an input file", "入力ファイルは上書きしません"),
    "out.choose_other": ("choose another --out", "別の --out を指定してください"),
    "out.choose_other_dir": ("choose another --out-dir", "別の --out-dir を指定してください"),
    "out.no_folder": ("folder {folder} does not exist", "フォルダ {folder} がありません"),
    "out.create_first": ("create it first, or choose another --out", "先に作成するか、別の --out を指定してください"),
    "out.is_dir": ("is a directory", "フォルダです"),
    "out.give_name": ("give a file name", "ファイル名を指定してください"),
    "out.not_regular": (
        "is not a regular file (a device, FIFO or socket)",
        "通常のファイルではありません（デバイス・FIFO・ソケット）",
    ),
    "out.is_symlink": ("is a symbolic link", "シンボリックリンクです"),
    "out.permission": ("permission denied", "書き込みの権限がありません"),
    "out.writable": ("choose a writable folder", "書き込み可能なフォルダを指定してください"),
    "out.cannot_write": ("cannot write: {reason}", "書き込めません: {reason}"),
    "out.collides": (
        "{name} would be written twice (a ward id collides with the index)",
        "{name} が二重に書き込まれます（自治体IDが一覧ファイルと衝突しています）",
    ),
    # --- folders and library ---------------------------------------------------------------------------
    "lib.no_folder": ("no {what} folder here", "{what} フォルダがありません"),
    "lib.missing": ("missing", "ありません"),
    "lib.no_packs": ("no rule packs found", "ルールパックがありません"),
    "lib.add_pack": ("add rules/<pack>.yaml", "rules/<パック>.yaml を追加してください"),
    "lib.report_missing": (
        "the report's text is missing: quotes cannot be checked",
        "報告書の本文がありません（引用を照合できません）",
    ),
    "lib.report_hint": (
        "copy the report text (report-2014.txt) there",
        "報告書の本文（report-2014.txt）をここに置いてください",
    ),
    "lib.need_file": ("the rule book needs this file", "ルールブックにはこのファイルが必要です"),
    "lib.need_roles": ("add the role catalogue", "役割の一覧を追加してください"),
    "validate.duplicate_code": (
        "code '{value}' is also the code of {other}",
        "団体コード '{value}' が {other} と重複しています",
    ),
    "validate.duplicate_name": (
        "name '{value}' is also the name of {other}",
        "名称 '{value}' が {other} と重複しています",
    ),
    "validate.duplicate_hint": (
        "each municipality has one profile: remove or correct the duplicate",
        "1つの自治体に1つのプロファイルです。重複を削除するか直してください",
    ),
    "validate.no_yaml": ("no .yaml files here", ".yaml ファイルがありません"),
    "validate.no_path": ("no such file or folder", "ファイルまたはフォルダがありません"),
    # --- lint --------------------------------------------------------------------------------------------
    "lint.unknown_field": ("unknown field '{field}'", "不明な項目 '{field}'"),
    "lint.not_asked": (
        "the rule reads '{field}', which no question of rules/survey.yaml asks for",
        "このルールは '{field}' を読みますが、rules/survey.yaml にこの項目を尋ねる質問がありません",
    ),
    "lint.not_asked_hint": (
        "add a question for it (its group, ja, en) to rules/survey.yaml, or the survey can never close the gap",
        "rules/survey.yaml に質問（group, ja, en）を加えてください。加えないと調査で不明が解消されません",
    ),
    "lint.registry_code": ("{name}'s code is {code}", "{name}の団体コードは {code} です"),
    "lint.registry_place": ("'{name}' is not one of Tokyo's municipalities", "'{name}' は都内の区市町村ではありません"),
    "lint.registry_missing": (
        "{name} is not listed: its offices would be reported as an unknown place",
        "{name} がありません（その事業所が不明な所在地として扱われます）",
    ),
    "lint.priority_order": (
        "priority.high ({high}) is above priority.top ({top}): no action could be 優先 without being 最優先",
        "priority.high（{high}）が priority.top（{top}）より大きく、最優先でない「優先」がなくなります",
    ),
    "lint.priority_order_hint": ("keep high at or below top", "high は top 以下にしてください"),
    "lint.registry_count": (
        "a registry count needs a count field; '{field}' is {kind}",
        "事業所数には件数の項目が必要です（'{field}' は {kind}）",
    ),
    "lint.see_fields": ("see `planner fields`", "`planner fields` で確認してください"),
    "lint.ratio_count": (
        "ratio needs count fields; '{field}' is {kind}",
        "比率には件数の項目が必要です（'{field}' は {kind}）",
    ),
    "lint.bool_compare": (
        "{field} is true/false: compare it with eq/ne true or false, not {op} {value}",
        "{field} は真偽値です。eq/ne で true か false と比べてください（{op} {value} は不可）",
    ),
    "lint.number_compare": (
        "{field} is a number: {value} is not",
        "{field} は数値です（{value} は数値ではありません）",
    ),
    "lint.enum_compare": (
        "{field} is one of {choices}: not {op} {value}",
        "{field} は {choices} のいずれかです（{op} {value} は不可）",
    ),
    "lint.text_compare": (
        "{field} is text: compare with eq/ne/in a string",
        "{field} は文字列です。eq/ne/in で文字列と比べてください",
    ),
    "lint.lesson_outside": (
        "lesson {lesson} is not in rules/lessons.yaml",
        "教訓 {lesson} が rules/lessons.yaml にありません",
    ),
    "lint.task_outside": ("task {task} is not in rules/lessons.yaml", "区分 {task} が rules/lessons.yaml にありません"),
    "lint.unknown_role": ("unknown role '{role}'", "不明な役割 '{role}'"),
    "lint.add_role": ("add it to models/roles.yaml", "models/roles.yaml に追加してください"),
    "lint.unknown_prereq": ("unknown prerequisite action '{action}'", "不明な前提の取組 '{action}'"),
    "lint.unknown_action": ("unknown action '{action}'", "不明な取組 '{action}'"),
    "lint.add_action": ("add it to rules/actions.yaml", "rules/actions.yaml に追加してください"),
    "lint.not_verbatim": ("quote not found verbatim in the report", "引用が報告書の原文と一致しません"),
    "lint.copy_exact": (
        "copy the exact words from rules/report-2014.txt",
        "rules/report-2014.txt から原文どおりに写してください",
    ),
    "lint.unknown_source": ("unknown source '{source}'", "不明な出典 '{source}'"),
    "lint.list_source": ("list it under the pack's `sources`", "パックの `sources` に追加してください"),
    "lint.source_url": ("source '{source}' has no URL", "出典 '{source}' にURLがありません"),
    "lint.source_url_hint": (
        "give the address a reader can open; only the report needs none",
        "読み手が開けるURLを書いてください（報告書のみ不要）",
    ),
    "lint.combine_once": (
        "combine is for a group answered office by office; {group} is answered once",
        "combine は事業所ごとに回答する区分に指定します（{group} は一度だけ回答する区分です）",
    ),
    "lint.combine_kind": (
        "combine: {combine} takes a {needs} field, not a {kind} one",
        "combine: {combine} は {needs} の項目に指定します（この項目は {kind}）",
    ),
    "lint.survey_prefix": (
        "survey prefix '{prefix}' matches no field",
        "調査の対象 '{prefix}' に当たる項目がありません",
    ),
    "lint.survey_section": (
        "no survey action covers section '{section}'",
        "区分 '{section}' を調べる調査の取組がありません",
    ),
    "lint.survey_section_hint": (
        "add its prefix to a survey action's `survey` list",
        "調査の取組の `survey` に追加してください",
    ),
    "lint.duplicate_rule": ("duplicate rule id '{rule}'", "ルールID '{rule}' が重複しています"),
    "lint.first_in": ("first defined in {path}", "最初の定義は {path}"),
    "lint.no_rule": ("lesson {lesson} has no rule", "教訓 {lesson} にルールがありません"),
    "lint.every_lesson": ("every lesson needs at least one rule", "各教訓に少なくとも1つのルールが必要です"),
    "lint.duplicate_id": ("duplicate id '{id}'", "ID '{id}' が重複しています"),
    "lint.cycle": ("prerequisite cycle: {cycle}", "前提となる取組が循環しています: {cycle}"),
    "lint.remove_after": ("remove one of the `after` links", "`after` のいずれかを削除してください"),
    "lint.centre": ("centre '{role}' is not among the model's roles", "中心の役割 '{role}' がモデルの役割にありません"),
    "lint.link_role": (
        "link names '{role}', which is not among the model's roles",
        "つながりが '{role}' を指していますが、モデルの役割にありません",
    ),
    "lint.unknown_area": ("unknown area '{area}'", "不明な圏域 '{area}'"),
    "lint.area_ids": ("area ids: {options}", "圏域ID: {options}"),
    "lint.area_taken": (
        "area '{area}' already belongs to model '{model}'",
        "圏域 '{area}' はすでにモデル '{model}' に属しています",
    ),
    "lint.unknown_placeholder": ("unknown placeholder {{{name}}}", "不明な差し込み {{{name}}}"),
    "lint.placeholders": ("placeholders: {options}", "使える差し込み: {options}"),
    "lint.respondent": ("field '{field}' has no respondent group", "項目 '{field}' に回答者の区分がありません"),
    "lint.too_many_rules": ("{count} rules; the limit is {limit}", "ルールが{count}件あります（上限は{limit}件）"),
    "lint.run_lint": ("run `planner rules lint`", "`planner rules lint` で確認してください"),
    "lint.too_many_alternatives": (
        "the condition expands to {count} alternatives in the engine (at most {limit}; `any`, `in` and a negated `all` add them up)",
        "条件がエンジン内で{count}通りの組み合わせに展開されます（上限{limit}。any・in・all の否定で増えます）",
    ),
    "lint.alternatives_hint": ("split the rule into several rules", "ルールを複数に分けてください"),
    "lint.ratio_inexact": (
        "{value} against a scale of {scale} cannot be compared exactly (the engine's numbers are doubles)",
        "{value}（尺度 {scale}）は正確に比較できません（エンジンの数値は倍精度です）",
    ),
    "lint.ratio_inexact_hint": (
        "use a simpler number, e.g. 1.5 rather than 1.4999999",
        "簡単な数値にしてください（例: 1.4999999 ではなく 1.5）",
    ),
    "lint.too_many_in": (
        "an 'in' list of {count} values; the limit is {limit}",
        "'in' の値が{count}件あります（上限は{limit}件）",
    ),
    "lint.number_range": (
        "{value} is outside the range the engine compares exactly (±{limit})",
        "{value} はエンジンが正確に比較できる範囲（±{limit}）を超えています",
    ),
    "lint.limits_hint": ("see the README's limits", "READMEの「上限」を参照してください"),
    "lint.too_deep": ("condition nested deeper than {limit} levels", "条件の入れ子が{limit}段を超えています"),
    "lint.chain_long": ("prerequisite chain longer than {limit}", "前提の連なりが{limit}段を超えています"),
    "lint.deadline_before": (
        "deadline {deadline} is before applies_from {start}",
        "期限 {deadline} が施行日 {start} より前です",
    ),
    "lint.in_force_name": (
        "name '{name}' has no `until` before the next name",
        "名称 '{name}' に次の名称までの `until` がありません",
    ),
    # --- analyst-friendly condition messages ----------------------------------------------------------
    "cond.one_op": ("write exactly one of {options}", "{options} のいずれか1つだけを書いてください"),
    "cond.unknown_op": ("unknown operator '{op}'", "不明な演算子 '{op}'"),
    "cond.ops": ("operators: {options}", "使える演算子: {options}"),
    "cond.unknown_kind": (
        "a condition needs one of: field, ratio, unknown, known, all, any, not",
        "条件には field・ratio・unknown・known・all・any・not のいずれかが必要です",
    ),
    "id.form": (
        "'{id}' is not an id: ids are lower-case letters, digits, '-' and '.' (e.g. l4.no-coordinator)",
        "'{id}' はIDの形ではありません（小文字英字・数字・'-'・'.' のみ。例: l4.no-coordinator）",
    ),
    # --- engine ----------------------------------------------------------------------------------------
    "engine.action_failed": ("a rule action failed: {detail}", "ルールの処理が失敗しました: {detail}"),
    "engine.refused": (
        "durable-rules refused a fact (code {code})",
        "durable-rules が事実を受け付けませんでした（コード {code}）",
    ),
    "engine.error": ("the rule engine failed ({detail})", "ルールエンジンが失敗しました（{detail}）"),
    "engine.too_many_alternatives": (
        "rule {rule} expands to {count} alternatives in the engine (at most {limit})",
        "ルール {rule} はエンジン内で{count}通りの組み合わせに展開されます（上限{limit}）",
    ),
    "engine.nex": ("internal: a compiled rule contains $nex", "内部エラー: 変換後のルールに $nex が含まれます"),
    "engine.wrong_type": (
        "fact {field} = {value} has the wrong type for a {kind} field",
        "事実 {field} = {value} の型が {kind} の項目に合いません",
    ),
    "engine.both": (
        "the engine decided rule {rule} both true and false: please report this",
        "エンジンがルール {rule} を真とも偽とも判定しました（不具合として報告してください）",
    ),
    "engine.timeout": (
        "the rule engine did not finish within {seconds} s",
        "ルールエンジンが{seconds}秒以内に終わりませんでした",
    ),
    "engine.timeout_hint": (
        "the rule book is larger than the engine can take: see the README's limits",
        "ルールブックがエンジンの扱える規模を超えています（READMEの「上限」を参照）",
    ),
    # --- the questionnaire ------------------------------------------------------------------------------
    # --- registry import (WAM NET open data) ------------------------------------------------------------
    "registry.need_file": (
        "rules/registry.yaml says which columns and kinds of service to read: copy it from planner's own rules/",
        "rules/registry.yaml（読み取る列とサービス種別の定義）が必要です。planner の rules/ から写してください",
    ),
    "registry.no_files": ("no .csv file here", ".csvファイルがありません"),
    "registry.too_many": ("{count} files; the limit is {limit}", "ファイルが{count}件あります（上限は{limit}件）"),
    "registry.csv_hint": (
        "give WAM NET's open-data CSV files (one kind of service each, the national layout)",
        "WAM NETのオープンデータのCSV（サービス種別ごと、全国共通の列）を指定してください",
    ),
    "registry.binary": (
        "file contains NUL bytes: it is not a CSV text file",
        "NULバイトを含んでいます（CSVのテキストではありません）",
    ),
    "registry.too_big_hint": (
        "a WAM NET file of one kind of service is tens of MB at most: check you chose the right file",
        "WAM NETのサービス種別ごとのファイルは大きくても数十MBです。ファイルを確認してください",
    ),
    "registry.field_too_long": (
        "a field is longer than {limit} characters: no cell of the national file is",
        "{limit}文字を超える項目があります（全国共通のファイルにこのような項目はありません）",
    ),
    "registry.same_file": (
        "the same file is named twice (also as {other})",
        "同じファイルが2回指定されています（{other} と同じです）",
    ),
    "registry.encoding": ("file is neither UTF-8 nor Shift_JIS", "文字コードがUTF-8でもShift_JISでもありません"),
    "registry.encoding_hint": (
        "save it as UTF-8 or Shift_JIS, as WAM NET ships it",
        "WAM NETの配布どおりUTF-8かShift_JISで保存してください",
    ),
    "registry.empty": ("file is empty", "ファイルが空です"),
    "registry.csv_error": ("not a well-formed CSV: {detail}", "CSVの形式が正しくありません: {detail}"),
    "registry.no_column": ("no column '{column}' in the header", "見出し行に列「{column}」がありません"),
    "registry.layout_hint": (
        "the first row must be the national file's header row, unchanged",
        "1行目は全国版ファイルの見出し行のまま（変更しない）にしてください",
    ),
    "registry.width": ("row has {got} fields; the header has {want}", "この行は{got}列です（見出し行は{want}列）"),
    "registry.unknown_kind": (
        "サービス種別 {kind} is not one planner counts",
        "サービス種別 {kind} は集計の対象ではありません",
    ),
    "registry.kind_hint": (
        "planner counts: {kinds} (rules/registry.yaml)",
        "集計するのは {kinds} です（rules/registry.yaml）",
    ),
    "registry.mixed_kind": (
        "サービス種別 {kind} in a file of {first}: a WAM NET file holds one kind",
        "{first}のファイルにサービス種別 {kind} の行があります（WAM NETのファイルは種別ごとです）",
    ),
    "registry.no_rows": ("no office of {prefecture} in this file", "{prefecture}の事業所の行がありません"),
    "registry.unknown_place": (
        "{place} is not a municipality of the prefecture",
        "{place} は都内の区市町村名ではありません",
    ),
    "registry.place_hint": (
        "correct the address, or add the name to `municipalities` in rules/registry.yaml",
        "住所を直すか、rules/registry.yaml の municipalities に名称を加えてください",
    ),
    "registry.no_period": (
        "the file's name does not say which month it describes",
        "ファイル名から時点（年月）がわかりません",
    ),
    "registry.period_hint": (
        "give --period YYYY-MM (the month the offices are listed as at), or name the file 024-2024-03.csv",
        "--period YYYY-MM（掲載時点の年月）を指定するか、ファイル名を 024-2024-03.csv の形にしてください",
    ),
    "registry.period_clash": (
        "the file's name says {named}, --period says {given}",
        "ファイル名の時点は{named}、--period は{given}です",
    ),
    "registry.future": ("the period {period} is after today", "時点{period}は今日より後です"),
    "registry.month": ("{value}: write the month as YYYY-MM", "{value}: 年月を YYYY-MM の形で書いてください"),
    "registry.twice": (
        "a second file of {kind} for {period} (the first is {other})",
        "{kind}（{period}）のファイルが2つあります（1つ目は {other}）",
    ),
    "registry.added": ("added", "追加"),
    "registry.updated": ("updated", "更新"),
    "registry.corrected": ("corrected", "訂正"),
    "registry.earlier": ("earlier period", "過去分"),
    "registry.unchanged": ("unchanged", "変更なし"),
    "registry.head_ward": ("municipality", "自治体"),
    "registry.no_profile": ("{count} offices (no profile here)", "{count}か所（プロファイルなし）"),
    "registry.other_rows": (
        "{file}: {count} rows of other prefectures left out",
        "{file}: 他の道府県の行{count}件は対象外",
    ),
    "registry.repeated_rows": (
        "{file}: {count} rows repeat an office number already counted (counted once)",
        "{file}: 同じ事業所番号の行{count}件は1か所として数えました",
    ),
    "registry.dry_run": ("dry run, nothing written: {summary}", "試行のため書き込みません: {summary}"),
    "registry.done": ("{count} profiles updated: {summary}", "{count}件のプロファイルに取り込みました: {summary}"),
    "validate.warning": ("warning: {text}", "警告: {text}"),
    "cache.refused": (
        "the cache folder {folder} is not used: {reason}",
        "キャッシュのフォルダ {folder} は使いません（{reason}）",
    ),
    "cache.owner": (
        "it, or a folder above it, belongs to another user",
        "このフォルダか上位のフォルダが他の利用者のものです",
    ),
    "cache.writable": (
        "other users can write in it, or in a folder above it, and could replace what planner runs",
        "このフォルダか上位のフォルダに他の利用者が書き込めるため、planner が読むものを差し替えられます",
    ),
    "cache.hint": (
        "  set PLANNER_CACHE to a folder of your own (it is made private), or to off; output is the same without it",
        "  PLANNER_CACHE に自分だけのフォルダ（非公開で作成されます）か off を指定してください（キャッシュがなくても出力は同じです）",
    ),
    "profile.source_personal": (
        "source '{source}' is a personal site, a ranking or aggregator, or a copy of a law's text",
        "出典 '{source}' は個人のサイト・ランキングや集計サイト・法令本文の転載です",
    ),
    "profile.source_personal_hint": (
        "a council paper should cite the official page (the municipality, e-Stat, e-Gov, the ministry) where there is one",
        "協議会の資料には、公式の資料（自治体、e-Stat、e-Gov、省庁）があればそれを出典にしてください",
    ),
    # --- the progress record (PDCA) ---------------------------------------------------------------------
    "record.declined_reason": (
        "a declined action needs its reason (reason: …)",
        "見送りとした取組には理由（reason）が必要です",
    ),
    "record.declined_evaluated": (
        "a declined action is not evaluated: remove evaluation, or change the decision",
        "見送りとした取組は評価しません。evaluation を削除するか、decision を直してください",
    ),
    "record.other_ward": (
        "this is the record of '{ward}', not of '{expected}'",
        "'{ward}' の記録です（'{expected}' の記録ではありません）",
    ),
    "record.ward_hint": (
        "each municipality has its own record: wards/progress/<id>.yaml",
        "記録は自治体ごとに wards/progress/<id>.yaml にあります",
    ),
    "record.year_twice": ("fiscal year {year} is recorded twice", "{year}年度の記録が2つあります"),
    "record.unknown_action": ("no action '{action}' in rules/actions.yaml", "取組 '{action}' は取組一覧にありません"),
    "record.action_hint": (
        "use the ids the plan lists (`planner review` writes them)",
        "計画の取組の番号（`planner review` が書き出すもの）を使ってください",
    ),
    "record.other_year": (
        "the record is asked for fiscal year {asked}, but the plan is for {year}",
        "{asked}年度の記録が求められていますが、計画は{year}年度のものです",
    ),
    "record.year_hint": (
        "plan that year with --as-of (a date in the fiscal year before) or --start, or leave --year out",
        "その年度の計画は --as-of（前年度の日付）か --start で作ります。--year を省いても構いません",
    ),
    "record.folder_hint": (
        "wards/progress/ holds the records (wards/progress/<id>.yaml): make it a folder, or move what is there",
        "wards/progress/ は記録（wards/progress/<id>.yaml）を置くフォルダです。フォルダにするか、そこにあるものを移してください",
    ),
    "record.out_needs_sheet": (
        "--out is for --sheet: the record itself is always wards/progress/<id>.yaml",
        "--out は --sheet と使います（記録そのものは常に wards/progress/<id>.yaml です）",
    ),
    "record.sheet_out": ("--sheet needs --out FILE.xlsx", "--sheet には --out FILE.xlsx が必要です"),
    "record.started": (
        "{path}: started the record of fiscal year {year} ({n} actions)",
        "{path}: {year}年度の記録を作成しました（取組{n}件）",
    ),
    "record.updated": (
        "{path}: fiscal year {year}: {n} actions added, the rest kept",
        "{path}: {year}年度に取組{n}件を追加しました（他は変更なし）",
    ),
    "record.unchanged": (
        "{path}: fiscal year {year} already lists every action",
        "{path}: {year}年度の記録には全取組が既にあります",
    ),
    "import.added": ("added", "追加"),
    "import.corrected": ("corrected", "訂正"),
    "import.confirmed": ("confirmed", "確認"),
    "import.unknown": ("left unknown", "不明のまま"),
    "import.updated": ("updated", "更新"),
    "import.summed": ("summed", "合算"),
    "import.earlier": ("kept as history (the record is newer)", "履歴に追加（記録の方が新しい）"),
    "import.unchanged": ("unchanged", "変更なし"),
    "import.nothing": ("{path} unchanged: {summary}", "{path} は変更ありません: {summary}"),
    "import.head": ("field|before|answer|change|cell", "項目|変更前|回答|区分|セル"),
    "import.dry_run": ("dry run, nothing written: {summary}", "試行のため書き込みません: {summary}"),
    "import.done": ("{path} updated: {summary}", "{path} に取り込みました: {summary}"),
    "xlsx.empty": ("the file is empty", "ファイルが空です"),
    "xlsx.not_xlsx": ("not an xlsx workbook", "xlsx 形式のブックではありません"),
    "xlsx.too_big": (
        "the workbook unpacks to more than a questionnaire can hold",
        "ブックの展開後の大きさが調査票の範囲を超えています",
    ),
    "xlsx.unreadable": ("the workbook cannot be read ({detail})", "ブックを読み込めません（{detail}）"),
    "xlsx.export_hint": (
        "answer the questionnaire `planner survey export` made",
        "`planner survey export` で作成した調査票に回答してください",
    ),
    "xlsx.not_questionnaire": (
        "not a planner questionnaire (its hidden sheet is missing)",
        "planner の調査票ではありません（非表示のシートがありません）",
    ),
    "xlsx.questions_changed": (
        "the questions have changed since this questionnaire was made",
        "この調査票の作成後に質問が変更されています",
    ),
    "xlsx.rename_back": (
        "give the sheet its name back (the name tells whose answers it holds), or export a new questionnaire and "
        "copy the answers over",
        "シート名を元に戻してください（シート名で回答者を見分けます）。戻せなければ、調査票を作成し直し、回答を写してください",
    ),
    "xlsx.export_again": (
        "export a new questionnaire and copy the answers over",
        "調査票を作成し直し、回答を写してください",
    ),
    "xlsx.sheet_missing": ("sheet {sheet} is missing", "シート「{sheet}」がありません"),
    "xlsx.sheet_renamed": (
        "sheet {sheet} is missing, and the workbook has sheets the questionnaire did not ({others}): if one was "
        "renamed, give it its name back",
        "シート「{sheet}」がありません。調査票になかったシート（{others}）があります。名前を変えたシートであれば、元の名前に戻してください",
    ),
    "xlsx.row_moved": (
        "this row should ask for {field}: rows were moved or deleted",
        "この行は {field} の質問のはずです（行が移動または削除されています）",
    ),
    "xlsx.restore_rows": (
        "put the rows back in their order, or answer a new questionnaire",
        "行を元の順に戻すか、新しい調査票に回答してください",
    ),
    "xlsx.not_choice": ("{value} is not one of {options}", "{value} は選択肢（{options}）にありません"),
    "xlsx.not_whole": ("{value} is not a whole number", "{value} は整数ではありません"),
    "xlsx.out_of_range": ("{value} is outside {low}–{high}", "{value} は範囲（{low}～{high}）の外です"),
    "xlsx.long_text": (
        "the text is {length} characters long; at most {limit} are read",
        "文字列が{length}字あります（{limit}字まで）",
    ),
    "xlsx.control_text": ("the text holds a control character ({code})", "文字列に制御文字（{code}）が含まれています"),
    "xlsx.full_date": ("{value} is not a full date (YYYY-MM-DD)", "{value} は年月日（YYYY-MM-DD）の形ではありません"),
    "xlsx.no_date": ("the answer date is missing", "回答日がありません"),
    "xlsx.date_window": (
        "write the date the answers were given, from {made} (the day the questionnaire was made) to {today}",
        "回答した日付を、調査票の作成日（{made}）から今日（{today}）までの間で記入してください",
    ),
    "xlsx.pick_hint": (
        "pick from the list, or leave it blank if unknown",
        "選択肢から選ぶか、分からなければ空欄にしてください",
    ),
    "xlsx.whole_hint": (
        "write a whole number ≥ 0, or leave it blank if unknown (never 0 for unknown)",
        "0以上の整数を記入してください。分からなければ空欄（0とはしない）",
    ),
    "xlsx.text_hint": ("shorten the text", "文字列を短くしてください"),
    "xlsx.control_hint": (
        "retype the text: it holds a character that is not shown (pasted from another program)",
        "文字列を入力し直してください（他のソフトから貼り付けた、表示されない文字が含まれています）",
    ),
    "xlsx.other_ward": (
        "this questionnaire is for {ward}, not {expected}",
        "この調査票は {ward} のものです（{expected} ではありません）",
    ),
    "xlsx.profile_changed": (
        "the profile {path} has changed since this questionnaire was made",
        "この調査票の作成後にプロファイル {path} が変更されています",
    ),
    "xlsx.profile_changed_hint": (
        "export a new questionnaire, or import into the profile as it was",
        "調査票を作成し直すか、作成時のプロファイルに取り込んでください",
    ),
    "xlsx.no_profile": ("no profile {ward} in {folder}", "{folder} にプロファイル {ward} がありません"),
    "xlsx.ward_hint": (
        "name the profile with --ward, or export the questionnaire from this data folder",
        "--ward でプロファイルを指定するか、このデータフォルダから調査票を作成してください",
    ),
    # --- questionnaires: several respondents, the hidden sheet, cells, dates, words -------------------------
    "xlsx.old_format": (
        "it was made by an earlier version of planner: export a new questionnaire and copy the answers over",
        "以前の版の planner で作成された調査票です。調査票を作成し直し、回答を写してください",
    ),
    "xlsx.meta_rows": (
        "the hidden sheet has more than {limit} rows",
        "非表示のシートの行数が{limit}行を超えています",
    ),
    "xlsx.meta_row": (
        "this cell of the hidden sheet has been edited (a formula, an error value or a repeated entry)",
        "非表示のシートのこのセルが編集されています（数式・エラー値・重複した項目）",
    ),
    "xlsx.meta_key": ("the hidden sheet holds an unknown entry {key}", "非表示のシートに不明な項目 {key} があります"),
    "xlsx.meta_value": (
        "the hidden sheet's {key} is {value}, which is not valid",
        "非表示のシートの {key} の値 {value} が正しくありません",
    ),
    "xlsx.meta_lang": (
        "the hidden sheet's language {value} is not ja or en",
        "非表示のシートの言語 {value} は ja・en のいずれでもありません",
    ),
    "xlsx.meta_group": (
        "the hidden sheet names a respondent group {group} the survey does not have",
        "非表示のシートに、調査にない回答者の区分 {group} があります",
    ),
    "xlsx.meta_field": (
        "the hidden sheet names a question {field} this group is not asked",
        "非表示のシートに、この区分に尋ねていない項目 {field} があります",
    ),
    "xlsx.meta_missing": ("the hidden sheet has no {key}", "非表示のシートに {key} がありません"),
    "xlsx.sheet_left": (
        "its questions are left as the profile has them",
        "このシートの項目はプロファイルのまま変更しません",
    ),
    "xlsx.no_sheets": (
        "the workbook has none of its respondents' sheets ({expected}); it has {found}",
        "回答者のシート（{expected}）が一つもありません。ブックにあるシート: {found}",
    ),
    "xlsx.empty_folder": ("the folder holds no questionnaire (.xlsx)", "フォルダに調査票（.xlsx）がありません"),
    "xlsx.too_many_cells": (
        "the workbook holds more than {limit} cells (formatted, merged or linked): it is not a questionnaire",
        "セル（書式・結合・リンクを含む）が{limit}を超えています。調査票ではありません",
    ),
    "xlsx.formula": (
        "the cell holds a formula; answers are read as typed values only",
        "セルに数式があります（回答は値で記入してください）",
    ),
    "xlsx.formula_text": (
        "the answer begins with '=', as a formula does",
        "回答が「=」で始まっています（数式とみなされます）",
    ),
    "xlsx.formula_hint": (
        "type the value itself (copy the cell and paste it as a value)",
        "値そのものを記入してください（セルをコピーし「値として貼り付け」）",
    ),
    "xlsx.error_value": ("the cell shows an Excel error ({value})", "セルがExcelのエラー（{value}）になっています"),
    "xlsx.error_hint": (
        "type the value, or leave the cell blank if it is unknown",
        "値を記入するか、分からなければ空欄にしてください",
    ),
    "xlsx.not_date": ("{value} is not a date", "{value} は日付ではありません"),
    "xlsx.not_real_date": ("{value} is not a real date", "{value} は存在しない日付です"),
    "xlsx.era_date": ("{value} is not a date of the {era} era", "{value} は{era}の日付ではありません"),
    "xlsx.date_number": (
        "{value} is a number, not a date",
        "{value} は数値です（日付ではありません）",
    ),
    "xlsx.date_future": (
        "the answer date {value} is after today ({today})",
        "回答日 {value} が今日（{today}）より後です",
    ),
    "xlsx.date_before": (
        "the answer date {value} is before the questionnaire was made ({made})",
        "回答日 {value} が調査票の作成日（{made}）より前です",
    ),
    "xlsx.no_respondent": ("the respondent is missing", "回答者の記入がありません"),
    "xlsx.respondent_hint": (
        "write who answered (organisation and name), e.g. 障害福祉課 調整係",
        "回答した所属・氏名を記入してください（例: 障害福祉課 調整係）",
    ),
    "xlsx.note_without_answer": (
        "a note is written but the answer {cell} is blank: the question stays unknown, the note is kept",
        "備考に記入がありますが、回答 {cell} が空欄です（不明のまま、備考は記録します）",
    ),
    "xlsx.note_hint": (
        "write the answer in the Answer (回答) column, or 不明 there if it is not known",
        "回答は「回答」欄に記入してください。分からなければ「不明」と記入してください",
    ),
    "xlsx.estimate": (
        "{value} is an estimate, not a figure",
        "{value} は概数です（数ではありません）",
    ),
    "xlsx.exact_hint": (
        "write the figure you know (e.g. 120) and say in the note that it is approximate",
        "把握している数（例: 120）を記入し、概数であることは備考に記入してください",
    ),
    "xlsx.range": ("{value} is a range, not one figure", "{value} は幅のある回答です（一つの数ではありません）"),
    "xlsx.range_hint": (
        "write the figure you can confirm (e.g. 2) and the range in the note",
        "確認できている数（例: 2）を記入し、幅は備考に記入してください",
    ),
    "xlsx.partly_flag": (
        "{value} (partly) is neither yes nor no",
        "{value} は「あり」「なし」のどちらでもありません",
    ),
    "xlsx.partly_hint": (
        "answer あり if there is any (the plan reads あり as 'there is one') and describe the part in the note",
        "一部でも実施していれば「あり」とし（計画では「あり」を「実施している」と読みます）、その範囲を備考に記入してください",
    ),
    "xlsx.per_month": ("{value} is not a number of times a year", "{value} は年間の回数ではありません"),
    "xlsx.per_month_hint": (
        "write the times a year (monthly is 12)",
        "年間の回数を記入してください（月1回なら12）",
    ),
    "xlsx.date_not_count": ("{value} is a date, not a number", "{value} は日付です（数ではありません）"),
    "xlsx.not_year": ("{value} is not a fiscal year", "{value} は年度ではありません"),
    "xlsx.not_text": ("{value} is not text", "{value} は文字列ではありません"),
    "xlsx.field_changed": (
        "the profile's {field} has changed since this questionnaire was made",
        "この調査票の作成後に、プロファイルの「{field}」が変更されています",
    ),
    "xlsx.field_changed_hint": (
        "export a new questionnaire for it, or leave this answer blank",
        "この項目は調査票を作成し直して回答するか、空欄にしてください",
    ),
    "xlsx.conflict": (
        "the answer {value} disagrees with {other} in {where}",
        "回答 {value} が、{where} の回答 {other} と異なります",
    ),
    "xlsx.conflict_hint": (
        "make the answers agree, or name the workbook to follow with --prefer",
        "回答をそろえるか、採用する調査票を --prefer で指定してください",
    ),
    "xlsx.too_much_together": (
        "the offices' answers to {field} together do not fit it (too large a sum, or too long a list)",
        "事業所ごとの「{field}」の回答を合わせると、項目に収まりません（合計が大きすぎるか、列記が長すぎます）",
    ),
    "xlsx.too_much_hint": (
        "check the figures and names the offices wrote",
        "各事業所の回答した数・名称を確認してください",
    ),
    "xlsx.recorded_conflict": (
        "the answers to {field} already taken in disagree and none is marked as followed: {who}",
        "取り込み済みの「{field}」の回答が食い違い、採用する回答が記録されていません: {who}",
    ),
    "xlsx.recorded": (
        "the questionnaire already taken in ({who}, {date})",
        "取り込み済みの調査票（{who}、{date}）",
    ),
    "xlsx.same_sheet": (
        "the same respondent's sheet of the same date, with other answers, is also in {other}",
        "同じ回答者・同じ回答日で回答の異なるシートが {other} にもあります",
    ),
    "xlsx.same_sheet_hint": (
        "import the one that is meant, or give the later one a later answer date",
        "正しい方を取り込むか、後の回答には後の回答日を記入してください",
    ),
    "xlsx.several_wards": (
        "this questionnaire is for {ward}, the others for {other}",
        "この調査票は {ward} のもので、ほかの調査票は {other} のものです",
    ),
    "xlsx.one_ward_hint": (
        "import each municipality's questionnaires separately",
        "自治体ごとに取り込んでください",
    ),
    "lock.waiting": (
        "another import into this profile is running: waiting for it to finish",
        "このプロファイルへの別の取り込みが実行中です。終わるのを待っています",
    ),
    "lock.busy": (
        "another import has held this profile for {seconds} seconds",
        "別の取り込みがこのプロファイルを{seconds}秒以上使用しています",
    ),
    "lock.busy_hint": (
        "try again when it has finished",
        "終わってから、もう一度実行してください",
    ),
    "survey.sheet_char": (
        "a sheet name cannot hold the character {char} (Excel refuses \\ / ? * [ ] : and control characters)",
        "シート名に文字 {char} は使えません（Excelでは \\ / ? * [ ] : と制御文字が使えません）",
    ),
    "survey.sheet_long": (
        "the sheet name is {length} characters long; at most {limit} fit Excel's 31 with its number",
        "シート名が{length}文字です（番号を付けてExcelの31文字に収まるよう{limit}文字以内）",
    ),
    "cli.as_of_ahead": (
        "--as-of {value}: a survey's reference date cannot be after this month ({month})",
        "--as-of {value}: 調査基準日は今月（{month}）より後にはできません",
    ),
    "cli.as_of_hint": (
        "give this month, or an earlier one to repeat a round's reference date",
        "今月を指定するか、同じ調査の追加分なら、その調査基準日を指定してください",
    ),
    "cli.unknown_group": ("no respondent group '{group}'", "回答者の区分 '{group}' はありません"),
    "cli.copies_or_names": (
        "give --copies or --respondent, not both",
        "--copies と --respondent はどちらか一方を指定してください",
    ),
    "cli.copies_each": (
        "--copies and --respondent are for groups answered office by office",
        "--copies と --respondent は、事業所ごとに回答する区分に指定します",
    ),
    "cli.copies_each_hint": ("such groups: {groups}", "該当する区分: {groups}"),
    "cli.copies_range": ("give from 1 to {limit} copies", "部数は1～{limit}で指定してください"),
    "cli.contact_many": ("--contact takes at most {limit} values", "--contact は{limit}つまでです"),
    "cli.contact_hint": (
        "the section and name, then the telephone, then the e-mail",
        "担当（所属・氏名）、電話、メールの順に指定してください",
    ),
    "cli.bad_text": ("{option}: {detail}", "{option} の値が正しくありません: {detail}"),
    "cli.formula_name": (
        "text beginning with = is read by a spreadsheet as a formula; drop the =",
        "「=」で始まる文字列は表計算ソフトで数式とみなされます。「=」を除いてください",
    ),
    "cli.text_length": ("give 1 to {limit} characters", "1～{limit}文字で指定してください"),
    "cli.respondent_twice": ("a --respondent is named twice", "同じ --respondent が2回指定されています"),
    "cli.reply_past": ("--reply-by {value} is before today", "--reply-by {value} が今日より前です"),
    "cli.reply_hint": ("give a reply date from today on", "今日以降の回答期限を指定してください"),
    "cli.out_folder": (
        "{count} workbooks are to be written: --out {path} must be an existing folder",
        "調査票が{count}件になるため、--out {path} は既存のフォルダを指定してください",
    ),
    "cli.out_folder_hint": (
        "create the folder first; each workbook is named after its sheet (koto-3_相談支援事業所-01.xlsx)",
        "先にフォルダを作成してください（ファイル名はシート名から付けます。例: koto-3_相談支援事業所-01.xlsx）",
    ),
    "cli.prefer_not_given": (
        "--prefer {path} is not one of the workbooks being imported",
        "--prefer {path} は取り込む調査票に含まれていません",
    ),
    "cli.prefer_hint": ("name one of the workbooks given", "取り込む調査票のいずれかを指定してください"),
    "cli.too_many_workbooks": (
        "{count} workbooks given; at most {limit} are read at once",
        "調査票が{count}件あります（一度に{limit}件まで）",
    ),
    "init.exists": ("{path} exists already", "{path} はすでにあります"),
    "init.exists_hint": (
        "choose another id or --out; planner never replaces a profile with an empty one",
        "別のIDか --out を指定してください（既存のプロファイルは空のもので置き換えません）",
    ),
    "init.bad_id": (
        "'{id}' is not a profile id: lower-case letters, digits and '-' (e.g. okutama)",
        "'{id}' はプロファイルIDの形ではありません（小文字英字・数字・'-'。例: okutama）",
    ),
    "init.bad_code": (
        "'{code}' is not a Tokyo municipality code: 13 and three digits (e.g. 13308)",
        "'{code}' は都内の団体コードではありません（13で始まる5桁。例: 13308）",
    ),
    "init.bad_name": ("give the name in kanji (at most 20 characters)", "名称を漢字で指定してください（20字以内）"),
    "init.bad_name_en": (
        "give --name-en in romaji (at most 60 characters)",
        "--name-en はローマ字で指定してください（60字以内）",
    ),
    "init.check_digit": (
        "that is the six-digit code with its check digit: give the five digits, {code}",
        "検査数字付きの6桁のコードです。検査数字を除いた5桁 {code} を指定してください",
    ),
    "init.wards_name": (
        "a profile in wards/ is found by its file name, and {name} is not ID.yaml for '{id}'",
        "wards/ のプロファイルはファイル名で探されますが、{name} は ID '{id}' のファイル名ではありません",
    ),
    "init.wards_name_hint": (
        "write it as wards/{id}.yaml, or leave --out out",
        "wards/{id}.yaml とするか、--out を省いてください",
    ),
    "init.taken": ("{path} already describes {what}", "{path} がすでに {what} のプロファイルです"),
    "init.taken_hint": (
        "edit that profile; two profiles of one municipality make lookups by code or name fail",
        "同じ自治体のプロファイルが2つあるとコードや名称で探せなくなるため、そのプロファイルを編集してください",
    ),
    "muni.code_name": (
        "code {code} is {name}'s, and the name is another",
        "団体コード {code} は{name}のもので、名称と合いません",
    ),
    "muni.name_code": ("{name}'s code is {code}, not this one", "{name}の団体コードは {code} です"),
    "muni.kind": ("{name} is a {kind}", "{name}の種別（kind）は {kind} です"),
    "muni.hint": (
        "check the code and the name against 総務省's 全国地方公共団体コード (https://www.soumu.go.jp/denshijiti/code.html)",
        "総務省の全国地方公共団体コード（https://www.soumu.go.jp/denshijiti/code.html）で団体コードと名称を確かめてください",
    ),
    # --- diff ------------------------------------------------------------------------------------------
    "diff.bad_json": ("not valid JSON: {detail}", "JSONとして読めません: {detail}"),
    "diff.make_json": (
        "give a plan written by `planner assess --format json`",
        "`planner assess --format json` で出力した計画を指定してください",
    ),
    "diff.not_plan": ("not a plan of schema {schema}", "スキーマ {schema} の計画ではありません"),
    "diff.two_wards": ("the plans are of two municipalities ({a}, {b})", "2つの計画の自治体が異なります（{a}、{b}）"),
    "diff.same_ward": ("compare two plans of the same municipality", "同じ自治体の計画を比べてください"),
    "diff.usage": (
        "give two plan files (.json), or a municipality with --from and --to",
        "計画ファイル（.json）を2つ、または自治体と --from・--to を指定してください",
    ),
    "diff.langs": ("the plans are in two languages ({a}, {b})", "2つの計画の言語が異なります（{a}、{b}）"),
    "diff.too_deep": (
        "nested more than {limit} levels deep; a plan nests seven",
        "入れ子が{limit}段を超えています（計画の入れ子は7段です）",
    ),
    "diff.bad_number": (
        "the number {number} is too long or not finite",
        "数 {number} が長すぎるか、有限の数ではありません",
    ),
    "diff.bad_value": (
        "a fact's value is a number, text, true, false, null or a list of them",
        "事実の値は数・文字列・true・false・null またはそれらのリストです",
    ),
    # --- the data folder (planner/datafolder.py) --------------------------------------------------------
    "data.missing": ("no such folder", "フォルダがありません"),
    "data.is_file": ("is a file, not a folder", "ファイルです（フォルダではありません）"),
    "data.is_fifo": ("is a FIFO (named pipe), not a folder", "FIFO（名前付きパイプ）です（フォルダではありません）"),
    "data.is_socket": ("is a socket, not a folder", "ソケットです（フォルダではありません）"),
    "data.is_device": ("is a device, not a folder", "デバイスです（フォルダではありません）"),
    "data.not_data": (
        "not a data folder: it holds no wards/, rules/ or models/",
        "データフォルダではありません（wards/・rules/・models/ のいずれもありません）",
    ),
    "data.hint_option": (
        "--data names it: give a folder holding wards/, rules/ and models/",
        "--data の指定です。wards/・rules/・models/ を含むフォルダを指定してください",
    ),
    "data.hint_env": (
        "PLANNER_DATA names it: set it to a folder holding wards/, rules/ and models/, or pass --data DIR",
        "環境変数 PLANNER_DATA の指定です。wards/・rules/・models/ を含むフォルダにするか、--data DIR を指定してください",
    ),
    "data.link_out": (
        "a link to {target}, outside the data folder: planner reads only what the folder holds",
        "データフォルダの外（{target}）へのリンクです。planner はフォルダの中のものだけを読みます",
    ),
    "data.link_out_hint": (
        "copy the file into the folder, or link the whole wards/, rules/ or models/ folder instead",
        "ファイルをフォルダにコピーするか、wards/・rules/・models/ のフォルダごとリンクしてください",
    ),
    # --- did you mean ----------------------------------------------------------------------------------
    "suggest.mean": ("did you mean '{word}'?", "'{word}' の誤りではありませんか"),
}


@dataclass(frozen=True)
class Msg:
    """A message by key with its parameters; the words are chosen only when it is shown."""

    key: str
    params: tuple[tuple[str, Any], ...] = ()

    def text(self, lang: str = "en") -> str:
        """The message in lang (ja or en), with nested messages rendered in the same language."""
        en, ja = CATALOGUE[self.key]
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
