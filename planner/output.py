"""Atomic output: a temporary file beside the target, then rename; never a half-written plan."""
from __future__ import annotations

import os
import secrets
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
    # The temporary name is chosen before the file exists, so an interrupt at any later step
    # (even between creating the file and binding it to a name here) leaves it to the cleanup.
    tmp = parent / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    try:
        with open(tmp, "x", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except PermissionError:
        raise OutputError(path, "permission denied", "choose a writable folder") from None
    except OSError as exc:
        raise OutputError(path, f"cannot write: {exc.strerror}") from None
    finally:
        if tmp.exists():
            tmp.unlink()
