"""The small types profile identity uses (the fact fields' types come from rules/fields.yaml, fieldbook.py)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

TEXT_MAX = 500  # a name, a title, a short answer; a what-if (--set) is held to it too
Text = Annotated[str, Field(min_length=1, max_length=TEXT_MAX)]
