"""An --out that is another name for an input (a hard link, a symbolic link) never changes the input's bytes."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.mark.parametrize("named", ["by id", "by path"])
def test_an_out_hard_linked_to_the_profile_leaves_the_profile_as_it_was(cli, data: Path, named: str) -> None:  # type: ignore[no-untyped-def]
    profile = data / "wards" / "koto.yaml"
    before = profile.read_bytes()
    link = data.parent / "plan.md"
    link.hardlink_to(profile)
    ward = "koto" if named == "by id" else str(profile)
    result = cli("--data", str(data), "assess", ward, "--format", "md", "--out", str(link))
    assert profile.read_bytes() == before, "the input is never written through another of its names"
    if named == "by path":  # the command was given that very file: refused, as for the file's own name
        assert result.code == 4 and link.read_bytes() == before, result.err
    else:  # the plan replaces the link, a name of its own; the profile keeps its bytes and its name
        assert result.code == 0 and link.stat().st_ino != profile.stat().st_ino
        assert "江東区" in link.read_text(encoding="utf-8") and link.read_bytes() != before


def test_an_out_that_is_a_symbolic_link_to_the_profile_is_refused(cli, data: Path) -> None:  # type: ignore[no-untyped-def]
    profile = data / "wards" / "koto.yaml"
    before = profile.read_bytes()
    link = data.parent / "plan.md"
    link.symlink_to(profile)
    result = cli("--data", str(data), "assess", "koto", "--format", "md", "--out", str(link))
    assert result.code == 4 and profile.read_bytes() == before and link.is_symlink(), result.err
