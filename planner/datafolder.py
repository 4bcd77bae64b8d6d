"""The data folder (--data, PLANNER_DATA or this clone): what it must be, and where the files in it may lead.

A data folder is often someone else's: a shared drive, a clone of another office's repository (git keeps symbolic
links). A file there linked to /etc/passwd or to a key in the reader's home would be read, and its lines quoted
back in error messages; a profile or rule linked to a file kept elsewhere would change a plan that cites it
without the folder changing. So a file of wards/, rules/ or models/ (and wards/progress/ and the records in it)
that is a link must lead inside the data folder, or inside the folder it sits in. The data folder itself and its
wards/, rules/ and models/ may be links: they are what the user chose to read (an office links a clone's rules/
and models/ and keeps its own profiles).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from planner.errors import InputError, Problem, UsageError
from planner.messages import Msg, msg

FOLDERS = ("wards", "rules", "models")


def folder_problem(path: Path) -> Msg | None:
    """Why path is not a folder planner can list (None when it is one); a FIFO or device is named, never opened."""
    try:
        info = os.stat(path)
    except (FileNotFoundError, NotADirectoryError, ValueError):
        return msg("data.missing")
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return msg("file.symlink_loop")
        if exc.errno == errno.ENAMETOOLONG:
            return msg("file.name_too_long")
        return msg("file.cannot_read", reason=exc.strerror or str(exc))
    if stat.S_ISDIR(info.st_mode):
        try:
            with os.scandir(path):
                return None
        except PermissionError:
            return msg("file.permission")
        except OSError as exc:
            return msg("file.cannot_read", reason=exc.strerror or str(exc))
    if stat.S_ISREG(info.st_mode):
        return msg("data.is_file")
    if stat.S_ISFIFO(info.st_mode):
        return msg("data.is_fifo")
    if stat.S_ISSOCK(info.st_mode):
        return msg("data.is_socket")
    return msg("data.is_device")


def check_data_folder(folder: Path, needs: tuple[str, ...], hint: Msg, links: bool = True) -> None:
    """The data folder is a folder, holds the sub-folders a command reads (`needs`), and (with `links`) nothing in
    its rules/ or models/ links out of it; a profile is checked when it is read, so another municipality's plan
    goes on."""
    wrong = folder_problem(folder)
    if wrong is not None:
        raise UsageError(wrong, hint, where=folder)
    if needs and not any(os.path.lexists(folder / name) for name in FOLDERS):
        raise UsageError(msg("data.not_data"), hint, where=folder)
    problems = [
        Problem(str(folder / name), None, None, wrong, hint)
        for name in needs
        if (wrong := folder_problem(folder / name)) is not None
    ]
    if problems:
        raise UsageError(problems)
    problems = links_out(folder, tuple(name for name in needs if name != "wards")) if links else []
    if problems:
        raise InputError(problems)


def link_out(path: Path, data_dir: Path) -> Problem | None:
    """The problem of a path of the data folder that is, or passes through, a link leading outside the data folder
    and outside the folder the link sits in. The first level (wards/, rules/, models/) may lead anywhere; a loop is
    left to the reader, which says so."""
    try:
        parts = path.relative_to(data_dir).parts
    except ValueError:
        return None
    for depth in range(2, len(parts) + 1):
        step = data_dir.joinpath(*parts[:depth])
        if not step.is_symlink():
            continue
        try:
            target = step.resolve()
            bases = (data_dir.resolve(), step.parent.resolve())
        except (OSError, RuntimeError):  # a loop (Python 3.11 raises RuntimeError for it)
            return None
        if not any(target == base or base in target.parents for base in bases):
            return Problem(str(step), None, None, msg("data.link_out", target=target), msg("data.link_out_hint"))
    return None


def links_out(data_dir: Path, folders: tuple[str, ...] = FOLDERS) -> list[Problem]:
    """Every entry of the folders named (wards/, rules/, models/) that links out of the data folder; a folder that
    cannot be listed is left to its readers, which say why."""
    problems = []
    for name in folders:
        try:
            entries = sorted(e.name for e in os.scandir(data_dir / name))
        except OSError:
            continue
        problems += [p for e in entries if (p := link_out(data_dir / name / e, data_dir)) is not None]
    return problems


def check_profile_link(path: Path) -> None:
    """A profile of a data folder's wards/ that links out of the folder is refused before it is read. A profile
    kept anywhere else is read where it is: its path was given."""
    absolute = path.absolute()
    if absolute.parent.name != "wards":
        return
    problem = link_out(absolute, absolute.parent.parent)
    if problem is not None:
        raise InputError([Problem(str(path), None, None, problem.message, problem.hint)])
