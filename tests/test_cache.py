"""The rule-book cache changes nothing but time: the same bytes with it, without it, cold and warm."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

COMMANDS = [["assess", "koto", "--format", fmt] for fmt in ("table", "md", "json", "html")] + [
    ["explain", "koto"],
    ["explain", "koto", "--format", "json"],
    ["assess", "13108", "--lang", "en"],
]


def run(args: list[str], cache: str, data: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PLANNER_CACHE": cache}
    env.pop("PLANNER_DATA", None)
    extra = ["--data", str(data)] if data else []
    return subprocess.run(
        [sys.executable, "-m", "planner", *extra, *args], cwd=ROOT, env=env, capture_output=True, timeout=120
    )


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_output_is_the_same_bytes_with_and_without_the_cache(tmp_path: Path, args: list[str]) -> None:
    cache = tmp_path / "cache"
    off = run(args, "off")
    cold = run(args, str(cache))
    warm = run(args, str(cache))
    assert off.returncode == cold.returncode == warm.returncode == 0, off.stderr
    assert off.stdout == cold.stdout == warm.stdout
    assert len(list(cache.glob("library-*.pickle"))) == 1


def test_an_edited_rule_misses_the_cache(tmp_path: Path) -> None:
    data = tmp_path / "data"
    for name in ("wards", "rules", "models"):
        shutil.copytree(ROOT / name, data / name)
    cache = str(tmp_path / "cache")
    before = run(["explain", "koto", "l4.no-coordinator"], cache, data).stdout
    pack = data / "rules" / "report-2014.yaml"
    rule = "    severity: {}\n    actions: [place-coordinator, role-charter]"
    pack.write_text(pack.read_text(encoding="utf-8").replace(rule.format(5), rule.format(2)), encoding="utf-8")
    after = run(["explain", "koto", "l4.no-coordinator", "--format", "json"], cache, data)
    assert b'"severity": 2' in after.stdout, after.stdout[:400]
    assert before and len(list((tmp_path / "cache").glob("library-*.pickle"))) == 2


@pytest.mark.parametrize("tamper", ["world-writable", "symlink", "garbage", "other-object"])
def test_a_cache_file_that_is_not_trustworthy_is_ignored(tmp_path: Path, tamper: str) -> None:
    cache = tmp_path / "cache"
    expected = run(["assess", "koto", "--format", "json"], "off").stdout
    assert run(["assess", "koto", "--format", "json"], str(cache)).returncode == 0
    (entry,) = cache.glob("library-*.pickle")
    if tamper == "world-writable":
        entry.chmod(0o666)
        entry.write_bytes(b"\x80\x04K\x01.")  # a valid pickle of 1: it must not even be read
    elif tamper == "symlink":
        target = tmp_path / "elsewhere.pickle"
        entry.rename(target)
        entry.symlink_to(target)
    elif tamper == "garbage":
        entry.write_bytes(b"not a pickle")
    else:
        import pickle

        entry.write_bytes(pickle.dumps({"rules": "not a library"}))
    result = run(["assess", "koto", "--format", "json"], str(cache))
    assert result.returncode == 0 and result.stdout == expected, result.stderr


def test_a_cache_folder_that_cannot_be_written_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run(["assess", "koto", "--format", "json"], str(blocker / "cache"))
    assert result.returncode == 0 and result.stdout == run(["assess", "koto", "--format", "json"], "off").stdout


def test_an_edited_module_of_planner_misses_the_cache(tmp_path: Path) -> None:
    from planner.rulebook.cache import code_stamp

    package = tmp_path / "planner"
    (package / "rulebook").mkdir(parents=True)
    module = package / "rulebook" / "book.py"
    module.write_text("A = 1\n", encoding="utf-8")
    first = code_stamp(package)
    module.write_text("A = 22\n", encoding="utf-8")
    edited = code_stamp(package)
    (package / "new.py").write_text("", encoding="utf-8")
    assert len({first, edited, code_stamp(package)}) == 3
    assert "rulebook/book.py" in first


def test_the_cache_keeps_only_the_newest_libraries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from planner.rulebook import cache

    monkeypatch.setenv("PLANNER_CACHE", str(tmp_path))
    for i in range(cache.KEEP + 3):
        cache.store(f"{i:02d}", {"n": i})
        path = tmp_path / f"library-{i:02d}.pickle"
        os.utime(path, ns=(i * 10**9, i * 10**9))  # distinct times, whatever the clock's resolution
    cache.prune(tmp_path)
    kept = sorted(p.name for p in tmp_path.glob("library-*.pickle"))
    assert kept == [f"library-{i:02d}.pickle" for i in range(3, cache.KEEP + 3)]
    assert cache.load(f"{cache.KEEP + 2:02d}") == {"n": cache.KEEP + 2}


# --- a cache folder others can write in ---------------------------------------------------------------------
# A cached library is unpickled, which runs code: a folder another user can write in (or rename files in) would
# let them choose what planner runs. Such a folder is not used, and the command says so once on stderr.


def shared_group() -> int:
    """A group this process may give a folder to that is not the user's private group (else the test skips)."""
    import grp
    import pwd

    me = pwd.getpwuid(os.getuid()).pw_name
    mine = [g for g in os.getgroups() if grp.getgrgid(g).gr_name != me]
    others = [g.gr_gid for g in grp.getgrall() if g.gr_name != me] if os.geteuid() == 0 else []
    if not mine + others:
        pytest.skip("no group other than the user's own to share a folder with")
    return (mine + others)[0]


def private_group() -> int:
    """The user's private group (named after the user, no other member), or the test skips."""
    import grp
    import pwd

    me = pwd.getpwuid(os.getuid()).pw_name
    try:
        group = grp.getgrnam(me)
    except KeyError:
        pytest.skip("the user has no private group")
    if set(group.gr_mem) - {me}:
        pytest.skip("the user's group has other members")
    return group.gr_gid


def shared(tmp_path: Path, mode: int, below: str = "") -> Path:
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(mode)
    return folder / below if below else folder


@pytest.mark.parametrize(
    "mode, below",
    [(0o777, ""), (0o770, ""), (0o777, "planner")],
    ids=["world-writable", "group-writable", "inside-a-world-writable-folder"],
)
def test_a_cache_folder_others_can_write_in_is_not_used_and_the_command_says_so(
    tmp_path: Path, mode: int, below: str
) -> None:
    folder = shared(tmp_path, mode, below)
    if mode == 0o770:  # a group of other users: not the user's private group
        os.chown(folder, -1, shared_group())
    result = run(["assess", "koto", "--format", "json"], str(folder))
    assert result.returncode == 0 and result.stdout == run(["assess", "koto", "--format", "json"], "off").stdout
    assert not list(tmp_path.rglob("library-*.pickle")), "nothing stored where others could swap it"
    warning = result.stderr.decode().strip().splitlines()
    assert len(warning) == 2 and warning[0].startswith("警告: キャッシュのフォルダ") and str(folder) in warning[0], (
        warning
    )
    assert "PLANNER_CACHE" in warning[1] and "off" in warning[1]


def test_a_sticky_shared_folder_like_tmp_is_used(tmp_path: Path) -> None:
    folder = shared(tmp_path, 0o1777)
    result = run(["assess", "koto", "--format", "json"], str(folder))
    assert result.returncode == 0 and not result.stderr and len(list(folder.glob("library-*.pickle"))) == 1


def test_a_group_writable_folder_of_the_users_private_group_is_used(tmp_path: Path) -> None:
    folder = shared(tmp_path, 0o770)  # Debian and Fedora make folders so under umask 002
    os.chown(folder, -1, private_group())
    result = run(["assess", "koto", "--format", "json"], str(folder))
    assert result.returncode == 0 and not result.stderr and len(list(folder.glob("library-*.pickle"))) == 1


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a folder to another user")
def test_a_cache_folder_owned_by_another_user_is_not_used(tmp_path: Path) -> None:
    folder = shared(tmp_path, 0o755)
    os.chown(folder, 65534, 65534)  # nobody
    result = run(["--lang", "en", "assess", "koto", "--format", "json", "--lang", "en"], str(folder))
    assert result.returncode == 0 and not list(folder.glob("library-*.pickle"))
    assert b"belongs to another user" in result.stderr, result.stderr


def test_a_cached_library_moved_to_another_keys_name_is_a_miss(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from planner.rulebook import cache

    monkeypatch.setenv("PLANNER_CACHE", str(tmp_path))
    cache.store("aaaa", {"book": "A"})
    cache.store("bbbb", {"book": "B"})
    assert cache.load("aaaa") == {"book": "A"}
    (tmp_path / "library-aaaa.pickle").replace(tmp_path / "library-bbbb.pickle")  # A's entry under B's name
    assert cache.load("bbbb") is None and cache.load("aaaa") is None


def test_a_swapped_entry_is_recomputed_and_the_plan_is_that_of_its_own_rule_book(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    data = {}
    for name, severity in (("a", 5), ("b", 2)):
        data[name] = tmp_path / name
        for folder in ("wards", "rules", "models"):
            shutil.copytree(ROOT / folder, data[name] / folder)
        pack = data[name] / "rules" / "report-2014.yaml"
        rule = "    severity: {}\n    actions: [place-coordinator, role-charter]"
        pack.write_text(pack.read_text(encoding="utf-8").replace(rule.format(5), rule.format(severity)), "utf-8")
    args = ["explain", "koto", "l4.no-coordinator", "--format", "json"]
    expected = run(args, "off", data["b"]).stdout
    run(args, str(cache), data["a"])
    before = set(cache.glob("library-*.pickle"))
    run(args, str(cache), data["b"])
    (entry_b,) = set(cache.glob("library-*.pickle")) - before
    (entry_a,) = before
    entry_a.replace(entry_b)  # someone who could rename files puts a's library under b's key
    result = run(args, str(cache), data["b"])
    assert result.returncode == 0 and result.stdout == expected and b'"severity": 2' in result.stdout


def test_a_cache_folder_reached_through_a_link_is_judged_by_where_it_leads(tmp_path: Path) -> None:
    link = tmp_path / "mine"
    link.symlink_to(shared(tmp_path, 0o777))  # a private-looking name for a folder anyone can write in
    result = run(["assess", "koto", "--format", "json"], str(link))
    assert result.returncode == 0 and b"PLANNER_CACHE" in result.stderr
    assert not list(tmp_path.rglob("library-*.pickle"))
