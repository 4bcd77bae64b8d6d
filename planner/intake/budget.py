"""What a workbook may cost before openpyxl loads it: its parts, cells, merged and linked areas, read from the zip.

openpyxl builds an object for every cell a sheet's XML names and for every cell of a merged or hyperlinked range,
so a few kilobytes of deflated XML can ask for millions (measured: a 41 KB workbook of empty formatted cells
took 23 s and 1.5 GB). The sheets' XML is scanned as a stream first and the workbook refused past the budget.
"""

from __future__ import annotations

import io
import pyexpat
import zipfile
from pathlib import Path

from openpyxl.utils.cell import range_boundaries

from planner.errors import InputError, Problem
from planner.messages import Msg, msg
from planner.yamlio import read_bytes

MAX_BYTES = 10_000_000  # a questionnaire is some tens of kilobytes
MAX_UNPACKED = 20_000_000  # a zip that inflates past this is a bomb, not a questionnaire
MAX_PART = 5_000_000  # any one part (a sheet, the shared strings, the styles)
MAX_ENTRIES = 500
# Cells a workbook may name, merged and linked areas counted cell by cell: a questionnaire has about 2,000.
# Measured here (openpyxl 3.1, empty formatted cells): 48,000 load in 0.4 s and 42 MB; 400,000 (a 36 KB file)
# in 4.3 s and 175 MB; 4 million (175 KB) in 42 s and 1.45 GB. Refused here in 0.1 s and 1 ms.
MAX_CELLS = 50_000
MAX_STYLES = 5_000  # cell formats (xf): a questionnaire has a few dozen
CHUNK = 1 << 16


def _problem(path: Path, message: Msg) -> InputError:
    return InputError([Problem(str(path), None, None, message, msg("xlsx.export_hint"))])


def checked_bytes(path: Path) -> bytes:
    """The workbook's bytes once its zip is within every limit: size, parts, unpacked size, cells and styles."""
    raw = read_bytes(path, MAX_BYTES)
    if not raw:
        raise _problem(path, msg("xlsx.empty"))
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise _problem(path, msg("xlsx.not_xlsx")) from None
    names = {i.filename for i in infos}
    if "xl/workbook.xml" not in names:
        raise _problem(path, msg("xlsx.not_xlsx"))
    if len(infos) > MAX_ENTRIES or sum(i.file_size for i in infos) > MAX_UNPACKED:
        raise _problem(path, msg("xlsx.too_big"))
    if any(i.file_size > MAX_PART for i in infos):
        raise _problem(path, msg("xlsx.too_big"))
    tally = _Tally(path)
    for info in infos:  # every XML part, whatever its name: openpyxl finds sheets by relationships, not names
        _scan(archive, info, tally)
    return raw


class _Tally:
    """Counts, while the XML streams past, what openpyxl would build; stops the read once over the budget."""

    def __init__(self, path: Path) -> None:
        self.path, self.cells, self.styles = path, 0, 0

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = name.rpartition(" ")[2]
        if local in ("c", "row"):
            self.cells += 1
        elif local in ("mergeCell", "hyperlink") and "ref" in attrs:
            self.cells += _area(attrs["ref"])
        elif local == "xf":
            self.styles += 1
        if self.cells > MAX_CELLS or self.styles > MAX_STYLES:
            raise _problem(self.path, msg("xlsx.too_many_cells", limit=MAX_CELLS))


def _scan(archive: zipfile.ZipFile, info: zipfile.ZipInfo, tally: _Tally) -> None:
    """Stream one part through expat (no DOCTYPE, no entities: a questionnaire's XML has none)."""
    parser = pyexpat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = tally.start

    def refuse(*_: object) -> None:
        raise _problem(tally.path, msg("xlsx.not_xlsx"))

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    read = 0
    try:
        with archive.open(info) as fh:
            first = fh.read(CHUNK)
            if not first.lstrip(b" \t\r\n").startswith((b"<", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
                return  # not XML (a picture, a printer setting): openpyxl does not parse it as cells
            block = first
            while block:
                read += len(block)
                if read > MAX_PART:  # the size the zip declares may be a lie
                    raise _problem(tally.path, msg("xlsx.too_big"))
                parser.Parse(block, False)
                block = fh.read(CHUNK)
            parser.Parse(b"", True)
    except InputError:
        raise
    except Exception:  # a damaged part: a bad zip entry, a broken deflate stream, XML that does not parse
        raise _problem(tally.path, msg("xlsx.not_xlsx")) from None


def _area(ref: str) -> int:
    """Cells in a range such as A1:XFD1048576 (an unreadable range counts as too many)."""
    try:
        low_col, low_row, high_col, high_row = range_boundaries(ref)
    except (ValueError, TypeError):
        return MAX_CELLS + 1
    if low_col is None or low_row is None or high_col is None or high_row is None:
        return MAX_CELLS + 1  # a whole row or column
    return int((high_col - low_col + 1) * (high_row - low_row + 1))
