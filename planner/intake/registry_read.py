"""WAM NET open-data files: read (UTF-8 or Shift_JIS), check the national layout, and count offices by municipality."""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from planner.errors import InputError, Problem
from planner.messages import Msg, msg
from planner.rulebook.registry import Registry, Service
from planner.yamlio import read_bytes

MAX_BYTES = 256 * 1024 * 1024  # the largest national file (放課後等デイサービス) is tens of MB
MAX_PROBLEMS = 20  # a file of the wrong kind would otherwise report every row
_PERIOD = re.compile(r"(?<![0-9])(20[0-9]{2})-?(0[1-9]|1[0-2])(?![0-9])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BREAK = re.compile(r"\r\n|\r|\n")  # what ends a line for csv (and for file:line): never U+2028, \x0c or \x85
_BREAK_BYTES = re.compile(rb"\r\n|\r|\n")


@dataclass(frozen=True)
class Office:
    """One office of the file: its number (or the row's line when it has none), name and line."""

    number: str
    name: str
    line: int


@dataclass
class RegistryFile:
    """What one file says: its kind of service, its period, and the offices of each municipality by kanji name."""

    path: Path
    service: Service
    period: str
    offices: dict[str, dict[str, Office]] = field(default_factory=dict)
    other_prefectures: int = 0  # rows of a national file outside the prefecture
    repeated: int = 0  # rows that repeat an office number already counted

    def count(self, name: str) -> int:
        """Offices in the municipality (0 when the file lists none there)."""
        return len(self.offices.get(name, {}))


def place_key(text: str) -> str:
    """A municipality's name as compared: NFKC, and ケ/ヶ alike (青ヶ島村 is written both ways)."""
    return unicodedata.normalize("NFKC", text).strip().replace("ケ", "ヶ").replace("ヵ", "ヶ")


def period_of(path: Path, given: str | None) -> str | None:
    """The period a file's name carries (024-2024-03.csv, sfkopendata_202403_24.csv), else the one given."""
    found = _PERIOD.search(path.name)
    named = f"{found.group(1)}-{found.group(2)}" if found else None
    if named and given and named != given:
        raise _err(
            path, None, None, msg("registry.period_clash", named=named, given=given), msg("registry.period_hint")
        )
    period = named or given
    if period is not None and period > f"{date.today():%Y-%m}":
        raise _err(path, None, None, msg("registry.future", period=period), msg("registry.period_hint"))
    return period


def decode_csv(path: Path, raw: bytes) -> str:
    """UTF-8 (a BOM is dropped) or Shift_JIS (CP932, as Excel and WAM NET write it); anything else is named at the
    line and column of its first byte that neither reads."""
    if b"\x00" in raw:
        line, col = _byte_place(raw, raw.index(b"\x00"), "utf-8")
        raise _err(path, line, col, msg("registry.binary"), msg("registry.csv_hint"))
    try:
        return raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as utf8:
        try:
            return raw.decode("cp932")
        except UnicodeDecodeError as sjis:
            # the encoding that read further is the file's: where it stopped is the byte to look at
            bad, encoding = (sjis, "cp932") if sjis.start > utf8.start else (utf8, "utf-8")
            line, col = _byte_place(raw, bad.start, encoding)
            raise _err(path, line, col, msg("registry.encoding"), msg("registry.encoding_hint")) from None


def _byte_place(raw: bytes, at: int, encoding: str) -> tuple[int, int]:
    """The 1-based line and column (in characters, as an editor counts them) of the byte at `at`."""
    breaks = list(_BREAK_BYTES.finditer(raw, 0, at))
    start = breaks[-1].end() if breaks else 0
    return len(breaks) + 1, len(raw[start:at].decode(encoding, errors="replace")) + 1


def _read(path: Path) -> bytes:
    """The file's bytes, bounded before any is read; a FIFO, a device or a file too big named as a CSV's problem."""
    hints = {"file.not_regular": msg("registry.csv_hint"), "file.too_big": msg("registry.too_big_hint")}
    try:
        return read_bytes(path, MAX_BYTES)
    except InputError as exc:
        raise InputError(
            [dataclasses.replace(p, hint=hints.get(p.message.key, p.hint)) for p in exc.problems]
        ) from None


def read_registry_file(path: Path, registry: Registry, period: str | None) -> RegistryFile:
    """One file's offices by municipality; every problem (unknown place, wrong layout) located, all at once."""
    text = decode_csv(path, _read(path))
    when = period_of(path, period)
    if when is None:
        raise _err(path, None, None, msg("registry.no_period"), msg("registry.period_hint"))
    lines = Lines(text)
    rows = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [place_key(h) for h in next(rows)]
    except StopIteration:
        raise _err(path, 1, 1, msg("registry.empty"), msg("registry.csv_hint")) from None
    except csv.Error as exc:
        raise _err(path, 1, None, _csv_error(exc), msg("registry.csv_hint")) from None
    cols = registry.columns
    index = {}
    for key, name in (("place", cols.place), ("kind", cols.kind), ("name", cols.name), ("number", cols.number)):
        if place_key(name) not in header:
            raise _err(path, 1, 1, msg("registry.no_column", column=name), msg("registry.layout_hint"))
        index[key] = header.index(place_key(name))
    return _rows(path, rows, lines, header, index, registry, when)


def _rows(
    path: Path,
    rows: csv.Reader,  # type: ignore[name-defined]
    lines: Lines,
    header: list[str],
    index: dict[str, int],
    registry: Registry,
    period: str,
) -> RegistryFile:
    problems: list[Problem] = []
    result: RegistryFile | None = None
    known = {place_key(n) for n in registry.municipalities}
    start = 2
    try:
        for record in rows:
            line, start = start, rows.line_num + 1
            if not any(cell.strip() for cell in record):
                continue
            if len(record) != len(header):
                problems.append(_at(path, line, None, msg("registry.width", got=len(record), want=len(header))))
            else:
                kind = record[index["kind"]].strip()
                service = registry.service(kind) if result is None else result.service
                if result is None and service is None:
                    raise _err(
                        path,
                        line,
                        _col(lines, line, index["kind"]),
                        msg("registry.unknown_kind", kind=_show(kind)),
                        msg("registry.kind_hint", kinds="、".join(s.kind for s in registry.services)),
                    )
                if result is None:
                    assert service is not None
                    result = RegistryFile(path, service, period)
                if kind != result.service.kind:
                    problems.append(
                        _at(
                            path,
                            line,
                            _col(lines, line, index["kind"]),
                            msg("registry.mixed_kind", kind=_show(kind), first=result.service.kind),
                        )
                    )
                else:
                    problem = _count(result, record, index, registry, known, path, line, lines)
                    if problem:
                        problems.append(problem)
            if len(problems) >= MAX_PROBLEMS:
                break
    except csv.Error as exc:
        problems.append(_at(path, start, None, _csv_error(exc)))
    if problems:
        raise InputError(problems)
    if result is None or not result.offices:
        raise _err(path, None, None, msg("registry.no_rows", prefecture=registry.prefecture), msg("registry.csv_hint"))
    return result


def _count(
    result: RegistryFile,
    record: list[str],
    index: dict[str, int],
    registry: Registry,
    known: set[str],
    path: Path,
    line: int,
    lines: Lines,
) -> Problem | None:
    """Count one row's office where it is; a place the prefecture does not have is a located problem."""
    place = place_key(record[index["place"]])
    if not place.startswith(place_key(registry.prefecture)):
        result.other_prefectures += 1
        return None
    name = place.removeprefix(place_key(registry.prefecture))
    for district in registry.districts:
        name = name.removeprefix(place_key(district))
    if name not in known:
        return _at(
            path,
            line,
            _col(lines, line, index["place"]),
            msg("registry.unknown_place", place=_show(record[index["place"]])),
            msg("registry.place_hint"),
        )
    number = record[index["number"]].strip() or f"line {line}"
    offices = result.offices.setdefault(name, {})
    if number in offices:
        result.repeated += 1
    else:
        offices[number] = Office(number, _CONTROL.sub("", record[index["name"]].strip())[:100], line)
    return None


class Lines:
    """The text's lines as csv counts them, found on demand moving forward (problems come in the file's order): a
    file of 200 MB is not held a second time as a list of lines to place a few problems."""

    def __init__(self, text: str) -> None:
        self.text, self.pos, self.number = text, 0, 1

    def get(self, number: int) -> str | None:
        """Line `number` (1-based), or None past the end or behind the last one asked for."""
        if number < self.number:
            return None
        while self.number < number:
            found = _BREAK.search(self.text, self.pos)
            if found is None:
                return None
            self.pos, self.number = found.end(), self.number + 1
        end = _BREAK.search(self.text, self.pos)
        return self.text[self.pos : end.start() if end else len(self.text)]


def _csv_error(exc: csv.Error) -> Msg:
    """csv's complaint in the user's words where it is a known one (a field past csv's limit), else as it is."""
    if "field larger than field limit" in str(exc):
        return msg("registry.field_too_long", limit=f"{csv.field_size_limit():,}")
    return msg("registry.csv_error", detail=str(exc))


def _col(lines: Lines, line: int, field_index: int) -> int | None:
    """The 1-based column where a field starts on its line (quotes followed, as csv writes them)."""
    text = lines.get(line)
    if text is None:
        return None
    n, quoted = 0, False
    for i, ch in enumerate(text):
        if n == field_index:
            return i + 1
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            n += 1
    return None


def _show(text: str) -> str:
    """A cell as a message may show it: no control characters, not endless."""
    clean = _CONTROL.sub("?", text)
    return repr(clean if len(clean) <= 60 else clean[:60] + "…")


def _at(path: Path, line: int | None, col: int | None, message: Msg, hint: Msg | None = None) -> Problem:
    return Problem(str(path), line, col, message, hint)


def _err(path: Path, line: int | None, col: int | None, message: Msg, hint: Msg | None = None) -> InputError:
    return InputError([_at(path, line, col, message, hint)])
