"""A disk cache of the checked rule book and models, keyed by their bytes: a cold command skips re-reading them.

Parsing and linting rules/ and models/ is a third of a single-ward command's time, and they change far less
often than a plan is made. The key is a hash of every file's name and bytes, the folder's path (messages name
files by it), planner's own modules (an edited class) and the versions that shape the objects, so any edit,
move or upgrade misses the cache; a miss
or any trouble with the cache falls back to reading the files. Only a library that passed lint is stored.

$PLANNER_CACHE names the folder, or turns the cache off (`off`); the default is $XDG_CACHE_HOME/planner
(~/.cache/planner), keeping the newest eight. Files are read only when they belong to this user and nobody else may
write them.
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


def folder() -> Path | None:
    """The cache folder, or None when $PLANNER_CACHE is `off`."""
    env = os.environ.get("PLANNER_CACHE", "")
    if env == "off":
        return None
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "planner"


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


def _trusted(path: Path) -> bool:
    try:
        info = path.lstat()
    except OSError:
        return False
    return (
        stat.S_ISREG(info.st_mode)
        and info.st_uid == os.getuid()
        and not info.st_mode & 0o022
        and info.st_size <= MAX_FILE
    )


def load(name: str) -> Any | None:
    """The cached object of this key, or None (absent, not ours, unreadable, or from another layout)."""
    where = folder()
    if where is None:
        return None
    path = where / f"library-{name}.pickle"
    if not _trusted(path):  # another user cannot make a file that is ours, nor a symlink pass for one
        return None
    try:
        return pickle.loads(path.read_bytes())
    except Exception:  # a cache that cannot be read is a miss, whatever went wrong
        return None


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
                f.write(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
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
        found = [(p.stat().st_mtime_ns, p.name, p) for p in where.glob("library-*.pickle") if _trusted(p)]
        for *_, old in sorted(found, reverse=True)[keep:]:
            old.unlink()
    except OSError:  # another process may be pruning too; a file left behind is only disk space
        return
