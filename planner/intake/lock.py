"""One import into a profile at a time (a lock on the profile itself), and a replacement that keeps its owner."""

from __future__ import annotations

import fcntl
import os
import stat
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from planner.errors import OutputError
from planner.messages import msg
from planner.output import prepare_replace, temporary_name, write_new

WAIT_SECONDS = 60.0  # an import takes about a second; one that holds the lock longer has probably hung


@contextmanager
def profile_lock(path: Path, lang: str, wait: float = WAIT_SECONDS) -> Iterator[None]:
    """Hold an exclusive lock on the profile while it is read, merged and replaced; a second import waits.

    The lock is flock(2) on the file: it belongs to this open file, so reading the profile through another
    descriptor does not drop it (a POSIX record lock would be dropped by closing any descriptor of the file),
    and the system drops it when a process dies. A replaced profile is a new file: after waiting, the lock is
    taken again on the file the name now stands for, so the second import reads what the first wrote.
    """
    prepare_replace(path)  # a link, a FIFO or a read-only profile is said as such, before any waiting
    deadline = time.monotonic() + wait
    waiting: list[bool] = []  # said once, however often the profile is replaced meanwhile
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_NOFOLLOW | os.O_NONBLOCK)
        except OSError as exc:
            raise OutputError(path, msg("out.cannot_write", reason=exc.strerror or str(exc))) from None
        try:
            if _take(fd, deadline, lang, waiting):
                if os.path.samestat(os.fstat(fd), os.stat(path)):
                    break
            else:
                raise OutputError(path, msg("lock.busy", seconds=int(wait)), msg("lock.busy_hint"))
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)  # the profile was replaced while this import waited: lock the new one
    try:
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _take(fd: int, deadline: float, lang: str, waiting: list[bool]) -> bool:
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            if time.monotonic() > deadline:
                return False
            if not waiting:
                waiting.append(True)
                sys.stderr.write(msg("lock.waiting").text(lang) + "\n")
            time.sleep(0.05)


@contextmanager
def profiles_locked(paths: list[Path], lang: str) -> Iterator[None]:
    """Every writable profile of a folder locked, in name order (two imports never wait for each other)."""
    with ExitStack() as stack:
        for path in sorted(paths):
            if path.is_file() and not path.is_symlink() and os.access(path, os.W_OK):
                stack.enter_context(profile_lock(path, lang))
        yield


def replace_keeping_owner(path: Path, text: str) -> None:
    """Replace the profile in one step, its mode, owner and group kept; a reader sees the old file or the new one."""
    mode = prepare_replace(path)
    tmp = temporary_name(path)
    try:
        write_new(tmp, text, mode, path)
        publish(tmp, path, text)
    except OSError as exc:
        raise OutputError(path, msg("out.cannot_write", reason=exc.strerror or str(exc))) from None
    finally:
        if tmp.exists():
            tmp.unlink()


def publish(tmp: Path, path: Path, text: str) -> None:
    """Put a written temporary file in the profile's place, given the profile's owner and group.

    When it cannot be given them (another user's profile, writable by a shared group), the text is written into
    the profile itself instead, so the profile stays that user's file; the temporary file is then removed.
    """
    info, mine = os.stat(path), os.stat(tmp)
    if (mine.st_uid, mine.st_gid) != (info.st_uid, info.st_gid):
        try:
            os.chown(tmp, info.st_uid, info.st_gid)
            os.chmod(tmp, stat.S_IMODE(info.st_mode))  # a change of owner may clear bits
        except PermissionError:
            _write_in_place(path, text)
            tmp.unlink()
            return
    os.replace(tmp, path)


def _write_in_place(path: Path, text: str) -> None:
    data = text.encode("utf-8")
    with open(path, "r+b") as fh:
        fh.write(data)
        fh.truncate()
        fh.flush()
        os.fsync(fh.fileno())
