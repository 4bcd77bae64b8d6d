"""`planner init`: a new, valid profile with every field present and unknown, each explained in Japanese."""

from __future__ import annotations

import json
import re

from planner.errors import UsageError
from planner.messages import msg
from planner.profiles.fields import field_specs, sections
from planner.profiles.profile import AREAS
from planner.rulebook.book import RuleBook
from planner.rulebook.wording import Phraser

_ID = re.compile(r"[a-z][a-z0-9-]{1,40}")
_CODE = re.compile(r"13[0-9]{3}")


def check_identity(ward_id: str, code: str, name: str, kind: str, area: str) -> None:
    """The identity a new profile needs, checked before anything is written."""
    if not _ID.fullmatch(ward_id):
        raise UsageError(msg("init.bad_id", id=ward_id))
    if not _CODE.fullmatch(code):
        raise UsageError(msg("init.bad_code", code=code))
    if not name or len(name) > 20 or any(ord(c) < 32 for c in name):
        raise UsageError(msg("init.bad_name"))
    if kind not in ("ward", "city", "town", "village"):
        raise UsageError(msg("cli.unknown_format", fmt=kind), msg("cli.one_of", options="ward, city, town, village"))
    if area not in AREAS:
        raise UsageError(msg("cli.unknown_area", area=area), msg("cli.one_of", options=", ".join(AREAS)))


def profile_text(
    book: RuleBook, ward_id: str, code: str, name: str, name_en: str, kind: str, area: str, describes: str
) -> str:
    """The YAML of a new profile: identity, an empty sources list, every section with every field null."""
    specs = field_specs()
    phraser = Phraser(book.wording, kind, describes)
    lines = [
        "# yaml-language-server: $schema=../schema/ward-profile.schema.json",
        f"# {name}のプロファイル。不明な項目は null のままにし、判明したら値・出典・時点を記入します（0 と不明は別）。",
        "# 例: medical_care: {value: 79, source: my-source, as_of: 2023-09, note: 「…」}",
        f"# 実態調査票は `planner survey export {ward_id} --out {ward_id}-survey.xlsx` で作成できます。",
        f"id: {ward_id}",
        f"code: {json.dumps(code)}",
        f"name: {{ja: {json.dumps(name, ensure_ascii=False)}, en: {json.dumps(name_en or ward_id.title())}}}",
        f"kind: {kind}",
        f"area: {area}",
        f"describes: {describes}",
        "sources: {}  # key: {title: 文書名, url: https://…, kind: official | secondary, published: YYYY-MM-DD}",
    ]
    for section in sections():
        lines.append(f"{section}:")
        for path, spec in specs.items():
            if spec.section != section:
                continue
            unit = f"（単位: {spec.unit_ja}）" if spec.unit_ja else ""
            choices = f"（選択肢: {', '.join(spec.choices)}）" if spec.choices else ""
            question = phraser.fill(book.survey.questions[path].ja, "ja") if path in book.survey.questions else ""
            lines.append(f"  {path.split('.', 1)[1]}: null  # {spec.ja}{unit}{choices} — {question}")
    return "\n".join(lines) + "\n"
