"""Atomic output: a temporary file beside the target, then rename; never a half-written plan."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import OutputError


def write_atomic(path: Path, text: str, protected: list[Path] | None = None) -> None:
    path = Path(path)
    for p in protected or []:
        try:
            if path.resolve() == p.resolve() or p.resolve() in path.resolve().parents:
                raise OutputError(path, "refusing to write into an input folder", "choose another --out")
        except OSError:
            pass
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(path, f"folder {parent} does not exist", "create it first, or choose another --out")
    if path.is_dir():
        raise OutputError(path, "is a directory", "give a file name")
    fd, tmp = None, None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fd = None
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
        tmp = None
    except PermissionError:
        raise OutputError(path, "permission denied", "choose a writable folder") from None
    except OSError as exc:
        raise OutputError(path, f"cannot write: {exc.strerror}") from None
    finally:
        if fd is not None:
            os.close(fd)
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
