"""Terminal tables: tabulate, imported only when a table is printed (it costs a sixth of a cold start)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def grid(rows: Sequence[Sequence[Any]], headers: Sequence[str], **options: Any) -> str:
    """Rows as a plain-text table, CJK measured by display width; numbers printed as written."""
    from tabulate import tabulate

    return str(tabulate(rows, headers=headers, disable_numparse=True, **options))
