"""Safe output: never over an input, a device, a FIFO or a link; a temporary file, then rename; no debris."""

from __future__ import annotations

import os
import secrets
import stat
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from planner.errors import OutputError
from planner.messages import msg

INPUT_FOLDERS = ("wards", "rules", "models", "features")  # what a data folder holds that planner reads


@dataclass(frozen=True)
class Inputs:
    """What a command reads: folders no output may go into, files no output may replace."""

    folders: tuple[Path, ...] = ()
    files: tuple[Path, ...] = field(default_factory=tuple)

    @classmethod
    def of(cls, data_dir: Path, *files: Path | str) -> Inputs:
        """The input folders of a data folder, plus the files a command was given."""
        return cls(tuple(data_dir / name for name in INPUT_FOLDERS), tuple(Path(f) for f in files))

    @cached_property
    def resolved_folders(self) -> tuple[Path, ...]:
        """The input folders with links resolved, once: a batch checks every file it writes against them."""
        return tuple(folder.resolve() for folder in self.folders)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _same(a: Path, b: Path) -> bool:
    try:
        sa, sb = a.stat(), b.stat()
    except OSError:
        return False
    return (sa.st_dev, sa.st_ino) == (sb.st_dev, sb.st_ino)


def check_target(path: Path, inputs: Inputs, option: str = "--out") -> None:
    """Refuse an output path that is, or is inside, something the command reads."""
    hint = msg("out.choose_other_dir") if option == "--out-dir" else msg("out.choose_other")
    try:
        resolved = path.resolve()
        for f in inputs.resolved_folders:
            if resolved == f or f in resolved.parents:
                raise OutputError(path, msg("out.input_folder"), hint)
        for f in inputs.files:
            if resolved == f.resolve() or _same(path, f):
                raise OutputError(path, msg("out.input_file"), hint)
    except RuntimeError:  # a symbolic link loop
        raise OutputError(path, msg("file.symlink_loop"), hint) from None
    except OSError as exc:
        raise OutputError(path, msg("out.cannot_write", reason=exc.strerror or str(exc))) from None


def prepare(path: Path, inputs: Inputs, option: str = "--out") -> int:
    """Check an output path (not an input, not a device, FIFO, link or read-only file); the mode to give it."""
    check_target(path, inputs, option)
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(path, msg("out.no_folder", folder=parent), msg("out.create_first"))
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return 0o666 & ~_umask()
    except OSError as exc:
        raise OutputError(path, msg("out.cannot_write", reason=exc.strerror or str(exc))) from None
    if stat.S_ISDIR(info.st_mode):
        raise OutputError(path, msg("out.is_dir"), msg("out.give_name"))
    if stat.S_ISLNK(info.st_mode):
        raise OutputError(path, msg("out.is_symlink"), msg("out.choose_other"))
    if not stat.S_ISREG(info.st_mode):
        raise OutputError(path, msg("out.not_regular"), msg("out.choose_other"))
    if not info.st_mode & 0o222:  # a read-only file stays as it is, even for root
        raise OutputError(path, msg("out.permission"), msg("out.writable"))
    return stat.S_IMODE(info.st_mode)


def prepare_replace(path: Path) -> int:
    """Check an input file that a command means to replace (a profile taking in answers): a regular, writable file."""
    try:
        info = os.lstat(path)
    except OSError as exc:
        raise OutputError(path, msg("out.cannot_write", reason=exc.strerror or str(exc))) from None
    if stat.S_ISLNK(info.st_mode):
        raise OutputError(path, msg("out.is_symlink"), msg("out.choose_other"))
    if not stat.S_ISREG(info.st_mode):
        raise OutputError(path, msg("out.not_regular"), msg("out.choose_other"))
    if not info.st_mode & 0o222:
        raise OutputError(path, msg("out.permission"), msg("out.writable"))
    return stat.S_IMODE(info.st_mode)


def temporary_name(path: Path, suffix: str = "tmp") -> Path:
    """A hidden name beside path, unique to this process; short when path's own name is near the limit."""
    token = f"{os.getpid()}.{secrets.token_hex(4)}"
    tmp = path.parent / f".{path.name}.{token}.{suffix}"
    return tmp if len(tmp.name.encode()) <= 255 else path.parent / f".planner.{token}.{suffix}"


def write_new(tmp: Path, content: str | bytes, mode: int, final: Path, *, sync: bool = True) -> None:
    """Create tmp (it must not exist), write text (UTF-8, LF) or bytes, flush to disk (unless the caller
    flushes many together, sync_files); remove it if anything fails."""
    # a path that is not valid UTF-8 (a surrogate after decoding) becomes "?", never invalid UTF-8 or a crash
    data = content.encode("utf-8", "replace") if isinstance(content, str) else content
    try:
        with open(tmp, "xb") as fh:
            fh.write(data)
            fh.flush()
            if sync:
                os.fsync(fh.fileno())
        os.chmod(tmp, mode)
    except BaseException as exc:
        if tmp.exists():
            tmp.unlink()
        if isinstance(exc, PermissionError):
            raise OutputError(final, msg("out.permission"), msg("out.writable")) from None
        if isinstance(exc, OSError):
            raise OutputError(final, msg("out.cannot_write", reason=exc.strerror or str(exc))) from None
        raise


def sync_files(pairs: list[tuple[Path, Path]]) -> None:
    """Flush written files (tmp, final) to disk before any is published, many at once.

    One fsync after another cost a batch 1.7 ms a file here; issued from several threads, the filesystem
    commits them together (BENCHMARKS.md). A failure names the file it was meant for.
    """
    from concurrent.futures import ThreadPoolExecutor

    def flush(pair: tuple[Path, Path]) -> None:
        tmp, final = pair
        try:
            fd = os.open(tmp, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            raise OutputError(final, msg("out.cannot_write", reason=exc.strerror or str(exc))) from None

    pool = ThreadPoolExecutor(max_workers=16)
    try:
        for _ in pool.map(flush, pairs):
            pass
    finally:  # after a failure or an interrupt, the flushes not yet started are not worth waiting for
        pool.shutdown(wait=True, cancel_futures=True)


def write_atomic(path: Path, text: str | bytes, inputs: Inputs = Inputs()) -> None:
    """Write text to path in one step: a reader sees the old file or the new one, never half of either."""
    path = Path(path)
    mode = prepare(path, inputs)
    # The temporary name is chosen before the file exists, so an interrupt at any later step leaves it
    # to the cleanup below.
    tmp = temporary_name(path)
    try:
        write_new(tmp, text, mode, path)
        os.replace(tmp, path)
    except OSError as exc:
        raise OutputError(path, msg("out.cannot_write", reason=exc.strerror or str(exc))) from None
    finally:
        if tmp.exists():
            tmp.unlink()


write_bytes_atomic = write_atomic  # one writer for text and bytes (a workbook)
