"""The survey commands' options checked and carried out: which workbooks to export, where; which to import."""

from __future__ import annotations

import os
import stat
import sys
from datetime import date
from pathlib import Path

import typer

from planner.errors import InputError, Problem, UsageError
from planner.intake.apply import Import
from planner.intake.export import Request, default_reply_by, export_workbook, file_name, workbooks
from planner.intake.layout import MAX_COPIES, Copy
from planner.intake.read import Returned, read_returned
from planner.messages import msg
from planner.output import Inputs, prepare, write_bytes_atomic
from planner.planning.state import State
from planner.profiles.load import LoadedProfile
from planner.rulebook.book import RuleBook
from planner.safe import CONTROL, terminal
from planner.suggest import did_you_mean
from planner.xlsx import looks_like_formula

MAX_NAME = 100  # an office's or a contact's name, a telephone number, an e-mail address
MAX_CONTACT = 3  # section and name, telephone, e-mail
MAX_WORKBOOKS = 500  # workbooks one import reads: every office of a ward, several times over


def export_request(
    book: RuleBook,
    lang: str,
    groups: list[str],
    per_respondent: bool,
    copies: int | None,
    respondents: list[str],
    contact: list[str],
    reply_by: str | None,
) -> Request:
    """The export's options, each checked: known groups, copies only where offices answer one by one, plain text."""
    ids = [g.id for g in book.survey.groups]
    for g in groups:
        if g not in ids:
            raise UsageError(
                msg("cli.unknown_group", group=g), did_you_mean(g, ids, msg("cli.one_of", options=", ".join(ids)))
            )
    each = [g.id for g in book.survey.groups if g.answered == "each" and (not groups or g.id in groups)]
    if copies is not None and respondents:
        raise UsageError(msg("cli.copies_or_names"))
    if (copies is not None or respondents) and not each:
        raise UsageError(
            msg("cli.copies_each"),
            msg(
                "cli.copies_each_hint",
                groups=", ".join(g.id for g in book.survey.groups if g.answered == "each") or "-",
            ),
        )
    if copies is not None and not 1 <= copies <= MAX_COPIES:
        raise UsageError(msg("cli.copies_range", limit=MAX_COPIES))
    if len(respondents) > MAX_COPIES:
        raise UsageError(msg("cli.copies_range", limit=MAX_COPIES))
    if len(contact) > MAX_CONTACT:
        raise UsageError(msg("cli.contact_many", limit=MAX_CONTACT), msg("cli.contact_hint"))
    for option, values in (("--respondent", respondents), ("--contact", contact)):
        for value in values:
            _plain(option, value)
    if len(set(respondents)) < len(respondents):
        raise UsageError(msg("cli.respondent_twice"))
    today = date.today()
    if reply_by is not None and len(reply_by) != 10:
        raise UsageError(msg("cli.bad_date", option="--reply-by", detail=msg("xlsx.full_date", value=repr(reply_by))))
    if reply_by is not None and reply_by < today.isoformat():
        raise UsageError(msg("cli.reply_past", value=reply_by), msg("cli.reply_hint"))
    return Request(
        lang=lang,
        reply_by=reply_by or default_reply_by(today),
        made=today.isoformat(),
        groups=tuple(g for g in ids if g in groups),
        per_respondent=per_respondent,
        copies=copies,
        respondents=tuple(respondents),
        contact=tuple(contact),
    )


def _plain(option: str, value: str) -> None:
    """A name written into the workbook: one line of plain text, not too long."""
    text = value.strip()
    bad = CONTROL.search(text)
    if bad is not None:
        detail = msg("xlsx.control_text", code=terminal(bad.group(0)))
    elif not text or len(text) > MAX_NAME:
        detail = msg("cli.text_length", limit=MAX_NAME)
    elif looks_like_formula(text):
        detail = msg("cli.formula_name")
    else:
        return
    raise UsageError(msg("cli.bad_text", option=option, detail=detail))


def write_workbooks(
    book: RuleBook, lp: LoadedProfile, state: State, req: Request, out: Path, data: Path
) -> list[tuple[Path, str]]:
    """Every workbook of the request, each checked before any is written (never onto an input), then written."""
    copies = workbooks(book, req)
    into_folder = out.is_dir() and not out.is_symlink()
    if len(copies) > 1 and not into_folder:
        raise UsageError(msg("cli.out_folder", count=len(copies), path=out), msg("cli.out_folder_hint"))
    targets = [(out / file_name(lp.profile.id, c, book, req.lang) if into_folder else out, c) for c in copies]
    inputs = Inputs.of(data, lp.path)
    for path, _ in targets:
        prepare(path, inputs)
    written = []
    for path, copy in targets:
        write_bytes_atomic(path, export_workbook(book, lp, state, req, copy), inputs)
        written.append((path, _label(lp, copy, book, req.lang)))
    return written


def _label(lp: LoadedProfile, copy: Copy, book: RuleBook, lang: str) -> str:
    from planner.intake.layout import sheets

    names = ("、" if lang == "ja" else ", ").join(s.name for s in sheets(book, lang, copy.groups))
    if lang == "ja":
        who = f"（{copy.respondent or f'{copy.number}部目'}）" if copy.number else ""
        return terminal(f"{lp.profile.name.ja} {names}{who}")
    who = f" ({copy.respondent or f'copy {copy.number}'})" if copy.number else ""
    return terminal(f"{lp.profile.name.en} {names}{who}")


def workbook_paths(given: list[Path]) -> list[Path]:
    """The workbooks named, a folder standing for its *.xlsx (Excel's ~$ lock files and hidden files left out);
    each file once, however it was named."""
    out: list[Path] = []
    seen: set[tuple[int, int]] = set()
    problems: list[Problem] = []
    for path in given:
        try:
            info = os.stat(path)
        except OSError:
            out.append(path)  # the reader reports it, at its name
            continue
        found = (
            sorted(p for p in path.iterdir() if p.suffix.lower() == ".xlsx" and not p.name.startswith(("~$", ".")))
            if stat.S_ISDIR(info.st_mode)
            else [path]
        )
        if stat.S_ISDIR(info.st_mode) and not found:
            problems.append(Problem(str(path), None, None, msg("xlsx.empty_folder"), msg("xlsx.export_hint")))
        for p in found:
            try:
                st = os.stat(p)
                key = (st.st_dev, st.st_ino)
            except OSError:
                key = (-1, len(out))
            if key not in seen:
                seen.add(key)
                out.append(p)
    if problems:
        raise InputError(problems)
    if len(out) > MAX_WORKBOOKS:
        raise UsageError(msg("cli.too_many_workbooks", count=len(out), limit=MAX_WORKBOOKS))
    return out


def read_workbooks(
    given: list[Path], prefer: list[Path], book: RuleBook, lang: str
) -> tuple[list[Returned], set[Path]]:
    """Every workbook read and checked, all problems of all of them at once; warnings said on stderr."""
    paths = workbook_paths(given)
    chosen: set[Path] = set()
    for p in prefer:
        match = next((w for w in paths if _same_file(w, p)), None)
        if match is None:
            raise UsageError(msg("cli.prefer_not_given", path=p), msg("cli.prefer_hint"))
        chosen.add(match.resolve())
    today = date.today()
    returned: list[Returned] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            returned.append(read_returned(path, book, today))
        except InputError as exc:
            problems += exc.problems
    if problems:
        raise InputError(problems)
    for ret in returned:
        for w in ret.warnings:
            sys.stderr.write(terminal(msg("validate.warning", text=w.render(lang)).text(lang)) + "\n")
    return returned, chosen


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def target_profile(data: Path, ward: str | None, returned: list[Returned]) -> Path:
    """The one profile the workbooks are for: named by their hidden sheet (an id, never a path), or by --ward."""
    from planner.profiles.load import resolve

    ids = sorted({r.meta.ward for r in returned})
    if len(ids) > 1:
        first = returned[0].meta.ward
        raise InputError(
            [
                Problem(
                    str(r.path),
                    None,
                    None,
                    msg("xlsx.several_wards", ward=r.meta.ward, other=first),
                    msg("xlsx.one_ward_hint"),
                )
                for r in returned
                if r.meta.ward != first
            ]
        )
    if ward is not None:
        return resolve(ward, data)
    path = data / "wards" / f"{ids[0]}.yaml"
    if not path.is_file():
        raise InputError(
            [
                Problem(
                    str(returned[0].path),
                    None,
                    None,
                    msg("xlsx.no_profile", ward=ids[0], folder=data / "wards"),
                    msg("xlsx.ward_hint"),
                )
            ]
        )
    return path


def show_import(imp: Import, lang: str, written: Path | None) -> None:
    """The change table (every field that changes, with the cells it comes from) and a one-line summary."""
    from planner.intake.apply import KINDS
    from planner.intake.layout import in_words
    from planner.profiles.fields import field_specs
    from planner.render.grid import grid
    from planner.render.values import label_of

    words = {k: msg(f"import.{k}").text(lang) for k in KINDS}
    rows = [
        [
            terminal(label_of(c.field, lang)),
            terminal(in_words(field_specs()[c.field], c.before, lang)),
            terminal(in_words(field_specs()[c.field], c.after, lang)),
            words[c.kind],
            terminal(" ".join(Path(c).name for c in c.cells)),  # the file name: a sheet name holds no /
        ]
        for c in imp.changes
        if c.kind not in ("unknown", "unchanged")
    ]
    typer.echo(grid(rows, headers=msg("import.head").text(lang).split("|")))
    summary = ("、" if lang == "ja" else ", ").join(
        f"{words[k]} {n}" for k in KINDS if (n := sum(1 for c in imp.changes if c.kind == k))
    ) or words["unchanged"]
    if written is None:
        typer.echo(msg("import.dry_run", summary=summary).text(lang))
    elif imp.text is None:
        typer.echo(msg("import.nothing", path=terminal(str(written)), summary=summary).text(lang))
    else:
        typer.echo(msg("import.done", path=terminal(str(written)), summary=summary).text(lang))
