"""Japanese renderings of the error messages users meet most, for `--lang ja`."""
from __future__ import annotations

import re

from .errors import Problem

# (English pattern, Japanese template); the English stays available with --lang en.
PATTERNS: list[tuple[str, str]] = [
    (r"unknown key '(.+)'", r"不明なキー '\1'"),
    (r"did you mean '(.+)'\?", r"'\1' の誤りではありませんか"),
    (r"duplicate key '(.+)' \(first at line (\d+)\)", r"キー '\1' が重複しています（最初は\2行目）"),
    (r"keep one of them", "どちらか一方を残してください"),
    (r"YAML syntax error: (.+)", r"YAMLの構文エラー: \1"),
    (r"use spaces, not tabs, to indent", "字下げにはタブではなく空白を使ってください"),
    (r"file is empty \(or only comments\)", "ファイルが空です（コメントのみ）"),
    (r"file is not valid UTF-8", "ファイルがUTF-8ではありません"),
    (r"it looks like Shift_JIS \(a spreadsheet export\?\): save it as UTF-8",
     "Shift_JISのようです（表計算ソフトの出力？）。UTF-8で保存し直してください"),
    (r"file is UTF-16, not UTF-8", "ファイルがUTF-16です（UTF-8ではありません）"),
    (r"file contains NUL bytes: it is binary, not YAML", "NULバイトを含むバイナリファイルです（YAMLではありません）"),
    (r"no such file or folder", "ファイルまたはフォルダがありません"),
    (r"no such file", "ファイルがありません"),
    (r"check the path", "パスを確認してください"),
    (r"is a directory, not a file", "フォルダです（ファイルではありません）"),
    (r"give the path of a file", "ファイルのパスを指定してください"),
    (r"permission denied", "読み書きの権限がありません"),
    (r"unknown ward '(.+)'", r"不明な自治体 '\1'"),
    (r"unknown rule '(.+)'", r"不明なルール '\1'"),
    (r"unknown format '(.+)'", r"不明な出力形式 '\1'"),
    (r"unknown language '(.+)'", r"不明な言語 '\1'"),
    (r"unknown field '(.+)'", r"不明な項目 '\1'"),
    (r"unknown action '(.+)'", r"不明な取組 '\1'"),
    (r"quote not found verbatim in the report", "引用が報告書の原文と一致しません"),
    (r"prerequisite cycle: (.+)", r"前提となる取組が循環しています: \1"),
    (r"folder (.+) does not exist", r"フォルダ \1 がありません"),
    (r"refusing to write into an input folder", "入力フォルダには書き込みません"),
    (r"tag '(.+)' is not allowed", r"タグ '\1' は使えません"),
    (r"is not a finite number", "は有限の数ではありません"),
    (r"write true or false, or null if unknown", "true か false を、不明なら null を書いてください"),
    (r"write a whole number, or null if unknown", "整数を、不明なら null を書いてください"),
    (r"counts cannot be negative; write null if unknown", "件数は負になりません。不明なら null を書いてください"),
    (r"see `planner wards list`", "`planner wards list` で確認してください"),
]


def translate(text: str) -> str:
    for pattern, template in PATTERNS:
        text = re.sub(pattern, template, text)
    return text


def render_ja(problem: Problem) -> str:
    return Problem(problem.path, problem.line, problem.column, translate(problem.message),
                   translate(problem.hint) if problem.hint else None).render()
