"""Finding, loading and cross-checking ward profiles; one lookup (id, kanji, code or path) for all."""

from __future__ import annotations

import hashlib
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from planner.datafolder import check_profile_link, folder_problem
from planner.errors import InputError, PlannerError, Problem, UsageError
from planner.messages import Msg, msg
from planner.problems import read_model
from planner.profiles.fields import active
from planner.profiles.municipalities import identity_problem
from planner.profiles.profile import WardProfile
from planner.profiles.replies import reply_problems
from planner.suggest import did_you_mean
from planner.yamlio import Located, decode, load_text, read_bytes

REPORT_SOURCE = "report-2014"  # always available: the 2014 Tokyo report itself
# Sources that must never be cited (wards/SOURCES.md says why): AI-written pages, aggregators that rewrite
# official pages, advertorials, and a repository whose population figures are synthetic.
AVOID = (
    "ai-government-portal.com",
    "joseikin-insight.com",
    "itb.co.jp",
    "docjob.icu",
    "masa321555/tokyo-wellbeing-map",
)
# Sources a council paper should not rest on where an official one exists: personal blogs and councillors' sites,
# ranking and aggregator sites, and law-text mirrors. Allowed (some facts have nothing better), but warned about.
PERSONAL = (
    "hatenablog.",
    "ameblo.jp",
    "blog.",
    "/blog/",
    "note.com",
    "takahase.jp",
    "jinkou.jp",
    "quizoo.jp",
    "gikai.click",
    "chiholog.net",
    "iuris.jp",
)
_ID = re.compile(r"^[a-z][a-z0-9-]{1,40}$")


def default_data_dir() -> Path:
    """--data, else $PLANNER_DATA, else the clone this package sits in, else the working folder."""
    env = os.environ.get("PLANNER_DATA")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parents[2]  # the clone: planner/profiles/load.py → planner → clone
    if (here / "wards").is_dir():
        try:  # relative paths make messages short when run from the clone
            return here.relative_to(Path.cwd().resolve()) if here != Path.cwd().resolve() else Path(".")
        except ValueError:
            return here
    return Path.cwd()


@dataclass(frozen=True)
class LoadedProfile:
    """A validated profile with its positions and content hash."""

    profile: WardProfile
    located: Located
    sha256: str
    path: Path


def load_profile(path: Path) -> LoadedProfile:
    """Read, parse and validate one profile file (one of a data folder's wards/ only if it stays in the folder)."""
    check_profile_link(path)
    raw = read_bytes(path)
    located = load_text(str(path), decode(str(path), raw))
    return check_profile(located, path, hashlib.sha256(raw).hexdigest())


def check_profile(located: Located, path: Path, sha: str) -> LoadedProfile:
    """Validate parsed profile data: schema, listed sources, id matching the file name."""
    problems = _source_problems(located)
    if not isinstance(located.data, dict):
        line, col = located.where(())
        raise InputError([Problem(located.path, line, col, msg("profile.mapping"), msg("profile.start_id"))])
    try:
        profile = read_model(active().profile_model(), located)
    except InputError as exc:
        raise InputError(exc.problems + problems) from None
    if path.suffix in (".yaml", ".yml") and path.stem != profile.id and path.parent.name == "wards":
        line, col = located.where(("id",))
        problems.append(
            Problem(
                located.path,
                line,
                col,
                msg("profile.id_file", id=profile.id),
                msg("profile.id_file_hint", id=profile.id, stem=path.stem),
            )
        )
    problems += _citation_problems(profile, located) + reply_problems(profile, located)
    wrong = identity_problem(profile.code, profile.name.ja, profile.kind)
    if wrong:
        line, col = located.where({"code": ("code",), "name": ("name", "ja"), "kind": ("kind",)}[wrong[0]])
        problems.append(Problem(located.path, line, col, wrong[1], msg("muni.hint")))
    if problems:
        raise InputError(problems)
    return LoadedProfile(profile, located, sha, path)


def _citation_problems(profile: WardProfile, located: Located) -> list[Problem]:
    """A source others can open: a URL (the report and an answered questionnaire excepted), never one to avoid."""
    out = []
    for key, source in profile.sources.items():
        line, col = located.key_where(("sources", key))
        if source.url and any(bad in source.url for bad in AVOID):
            out.append(
                Problem(
                    located.path, line, col, msg("profile.source_avoid", source=key), msg("profile.source_avoid_hint")
                )
            )
        elif not source.url and source.kind != "report" and not source.respondent:
            out.append(
                Problem(
                    located.path, line, col, msg("profile.source_no_url", source=key), msg("profile.source_no_url_hint")
                )
            )
    return out


def source_warnings(lp: LoadedProfile) -> list[Problem]:
    """Sources on a personal site, a ranking or aggregator, or a law-text mirror: to replace with an official one."""
    out = []
    for key, source in lp.profile.sources.items():
        if source.url and any(p in source.url for p in PERSONAL):
            line, col = lp.located.key_where(("sources", key))
            hint = msg("profile.source_personal_hint")
            out.append(Problem(lp.located.path, line, col, msg("profile.source_personal", source=key), hint))
    return out


def _source_problems(located: Located) -> list[Problem]:
    data = located.data if isinstance(located.data, dict) else {}
    known = set(data.get("sources") or {}) if isinstance(data.get("sources"), dict) else set()
    known.add(REPORT_SOURCE)
    out: list[Problem] = []
    for loc in sorted(located.values, key=lambda p: located.values[p]):
        if len(loc) < 3 or loc[-1] != "source" or loc[0] not in active().sections:
            continue
        node = data
        for seg in loc:
            node = node[seg] if isinstance(node, (dict, list)) else None
        if isinstance(node, str) and node not in known:
            line, col = located.values[loc]
            out.append(
                Problem(
                    located.path,
                    line,
                    col,
                    msg("profile.source", source=node),
                    msg("profile.source_hint", report=REPORT_SOURCE),
                )
            )
    return out


def ward_files(data_dir: Path) -> list[Path]:
    """The profile files of a data folder, sorted."""
    folder = data_dir / "wards"
    wrong = folder_problem(folder)
    if wrong is not None:
        raise UsageError(wrong, msg("ward.pass_data"), where=folder)
    return sorted(folder.glob("*.yaml"))


def resolve(ward: str, data_dir: Path) -> Path:
    """A ward id (koto), kanji (江東区), code (13108) or a path to a .yaml file."""
    from planner.profiles.index import matching

    if ward.endswith((".yaml", ".yml")):
        return _existing_file(ward)
    if _ID.fullmatch(ward):
        path = data_dir / "wards" / f"{ward}.yaml"
        if path.is_file() or os.path.lexists(path):  # there but not a file (a FIFO, a loop): loading says why
            return path
    elif not (re.fullmatch(r"[0-9]{5}", ward) or re.fullmatch(r"[^\x00-\x7f]{1,10}", ward)):
        raise UsageError(msg("ward.not_a_name", ward=ward), _plain_or_near(ward, data_dir))
    found = matching(ward, ward_files(data_dir))
    if len(found) > 1:
        raise UsageError(
            msg("ward.ambiguous", ward=ward, paths=", ".join(str(p) for p in found)), msg("ward.ambiguous_hint")
        )
    if found:
        return found[0]
    raise UsageError(msg("ward.unknown", ward=ward), _plain_or_near(ward, data_dir))


def _plain_or_near(ward: str, data_dir: Path) -> Msg:
    """On the way to an error: a ward written with look-alike characters (full-width ｋｏｔｏ or １３１０８, a
    compatibility ideograph, spaces or invisible characters around it) is refused, never read as another; the
    message names the characters and the plain form when that is a ward; else the nearest id, name or code."""
    from planner.chars import HIDDEN
    from planner.profiles.index import identity

    plain = HIDDEN.sub("", unicodedata.normalize("NFKC", ward)).strip()
    if plain and plain != ward and not plain.endswith((".yaml", ".yml")):
        try:
            resolve(plain, data_dir)
        except PlannerError:
            pass
        else:
            odd = [c for c in dict.fromkeys(ward) if c not in plain or unicodedata.normalize("NFKC", c) != c]
            chars = ", ".join(f"U+{ord(c):04X}" for c in odd[:3]) + ("…" if len(odd) > 3 else "")
            return msg("ward.not_plain", fixed=plain, chars=chars)
    paths = ward_files(data_dir)
    options = [p.stem for p in paths]
    if not ward.isascii() or ward.strip().isdigit():  # a name or a code: read the profiles' heads, only now
        options += [v for ident in map(identity, paths) for v in (ident.code, ident.name) if v]
    return did_you_mean(ward, options, msg("ward.see_list")) or msg("ward.see_list")


def _existing_file(ward: str) -> Path:
    """A profile named by its path: it must be there, and be a regular file (not a FIFO or a device)."""
    path = Path(ward)
    try:
        info = path.stat()
    except OSError:
        raise UsageError(msg("ward.no_file", path=ward), msg("file.check_path")) from None
    if stat.S_ISDIR(info.st_mode):
        raise UsageError(msg("ward.no_file", path=ward), msg("file.give_file"))
    if not stat.S_ISREG(info.st_mode):
        raise InputError([Problem(ward, None, None, msg("file.not_regular"), msg("file.not_regular_hint"))])
    return path


def load_all(data_dir: Path, area: str | None = None) -> list[LoadedProfile]:
    """Every profile, all problems from all files reported together."""
    loaded, problems = [], []
    for path in ward_files(data_dir):
        try:
            lp = load_profile(path)
        except InputError as exc:
            problems += exc.problems
            continue
        if area is None or lp.profile.area == area:
            loaded.append(lp)
    if problems:
        raise InputError(problems)
    return loaded
