"""A disk cache of the checked rule book and models, keyed by their bytes: a cold command skips re-reading them.

Parsing and linting rules/ and models/ is a third of a single-ward command's time, and they change far less
often than a plan is made. The key is a hash of every file's name and bytes, the folder's path (messages name
files by it), planner's own modules (an edited class) and the versions that shape the objects, so any edit,
move or upgrade misses the cache; a miss
or any trouble with the cache falls back to reading the files. Only a library that passed lint is stored.

$PLANNER_CACHE names the folder, or turns the cache off (`off`); the default is $XDG_CACHE_HOME/planner
(~/.cache/planner), keeping the newest eight. A cached file is code to the unpickler, so it is trusted only as far
as its folder is: the folder and every folder above it must belong to this user (or root) and let nobody else
rename files in them (not writable by others, unless sticky like /tmp); a folder that is not is not used, and
`refused` says why for the command line to warn once. Files are read only when they belong to this user and
nobody else may write them, and each holds its own key: a file moved to another key's name is a miss.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
import sys
import tempfile
from pathlib import Path
from typing import Any

from planner import __version__

MAX_FILE = 50_000_000
KEEP = 8  # cached libraries kept (several clones or branches may share the folder); older ones are removed
PACKAGE = Path(__file__).resolve().parent.parent
FORMAT = "planner.library/1"  # the first item of every cached tuple, then its key, then the library
# Folders not used this run, with the reason (`owner` or `writable`): the command line warns once.
refused: dict[str, str] = {}


def folder() -> Path | None:
    """The cache folder, or None when $PLANNER_CACHE is `off` or the folder is not safe to keep code in."""
    env = os.environ.get("PLANNER_CACHE", "")
    if env == "off":
        return None
    if env:
        where = Path(env)
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        where = Path(base) / "planner"
    reason = unsafe(str(where))
    if reason:
        refused[str(where)] = reason
        return None
    return where


def unsafe(path: str) -> str | None:
    """Why a folder cannot hold the cache (`owner`, `writable`), or None: it, its target and every folder above
    them belong to this user or root, and nobody else can write in them unless the sticky bit keeps others
    from renaming or removing files they do not own. Folders not made yet are made private by `store`."""
    literal = Path(os.path.abspath(path))
    try:
        resolved = literal.resolve()
    except (OSError, RuntimeError):
        return None  # a loop or an unreadable link: the cache simply misses
    for where in dict.fromkeys([literal, *literal.parents, resolved, *resolved.parents]):
        try:
            info = os.stat(where)
        except OSError:
            continue  # not there yet: made private by store(), or the cache misses
        if info.st_uid not in (os.getuid(), 0):
            return "owner"
        if info.st_mode & stat.S_ISVTX:
            continue
        if info.st_mode & 0o002 or (info.st_mode & 0o020 and not _own_group(info.st_gid)):
            return "writable"
    return None


def _own_group(gid: int) -> bool:
    """A user's private group (named after the user, no other member): group-writable is then the user's alone,
    as Debian and Fedora make home folders under umask 002."""
    try:
        import grp
        import pwd

        me = pwd.getpwuid(os.getuid()).pw_name
        group = grp.getgrgid(gid)
    except (ImportError, KeyError):
        return False
    return group.gr_name == me and set(group.gr_mem) <= {me}


def code_stamp(package: Path = PACKAGE) -> str:
    """Each module of the package by name, size and modification time: an edit to the code misses the cache.

    The pickled objects are instances of planner's classes; an edited class (a field renamed, a check added)
    must not receive objects made by the old one. Stat only, no reading: about a millisecond.
    """
    parts = []
    for folder, dirs, names in os.walk(package):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        for name in names:
            if name.endswith(".py"):
                try:
                    info = os.stat(os.path.join(folder, name))
                except OSError:
                    continue
                rel = os.path.relpath(os.path.join(folder, name), package).replace(os.sep, "/")
                parts.append(f"{rel}:{info.st_size}:{info.st_mtime_ns}")
    return "\n".join(sorted(parts))


def key(data_dir: Path, files: list[Path], read: Any) -> str:
    """A hash of what the library is made from: the files' names and bytes, the folder, the code and versions."""
    import pydantic

    digest = hashlib.sha256()
    for part in (__version__, sys.version, pydantic.VERSION, str(data_dir), code_stamp()):
        digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
    for path in files:
        digest.update(str(path.relative_to(data_dir)).encode("utf-8", "surrogateescape") + b"\0")
        digest.update(read(path) + b"\0")
    return digest.hexdigest()


def _trusted(info: os.stat_result) -> bool:
    return (
        stat.S_ISREG(info.st_mode)
        and info.st_uid == os.getuid()
        and not info.st_mode & 0o022
        and info.st_size <= MAX_FILE
    )


def _read(path: Path) -> bytes | None:
    """A cache file's bytes if it is trusted, checked on the open file itself (no link followed, no swap between
    the check and the read)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        if not _trusted(os.fstat(fd)):  # another user cannot make a file that is ours
            return None
        with os.fdopen(os.dup(fd), "rb") as fh:
            return fh.read(MAX_FILE + 1)
    except OSError:
        return None
    finally:
        os.close(fd)


def load(name: str) -> Any | None:
    """The cached object of this key, or None (absent, not ours, unreadable, from another layout, or made for
    another key: a file renamed to this key's name is not this key's library)."""
    where = folder()
    if where is None:
        return None
    raw = _read(where / f"library-{name}.pickle")
    if raw is None:
        return None
    try:
        entry = pickle.loads(raw)
    except Exception:  # a cache that cannot be read is a miss, whatever went wrong
        return None
    if not (isinstance(entry, tuple) and len(entry) == 3 and entry[:2] == (FORMAT, name)):
        return None
    return entry[2]


def store(name: str, value: Any) -> None:
    """Keep value under this key; a cache that cannot be written is no error."""
    where = folder()
    if where is None:
        return
    try:
        where.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".library-", dir=where)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(pickle.dumps((FORMAT, name, value), protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(tmp, where / f"library-{name}.pickle")
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        return
    prune(where)


def prune(where: Path, keep: int = KEEP) -> None:
    """Remove all but the newest `keep` cached libraries: every edit to rules/ makes a new one."""
    try:
        found = [(p.lstat().st_mtime_ns, p.name, p) for p in where.glob("library-*.pickle") if _trusted(p.lstat())]
        for *_, old in sorted(found, reverse=True)[keep:]:
            old.unlink()
    except OSError:  # another process may be pruning too; a file left behind is only disk space
        return
