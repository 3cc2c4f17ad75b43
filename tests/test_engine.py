"""Which files a run lints, and under which name: folders walked in order, each file once."""

from __future__ import annotations

from pathlib import Path

import pytest

from linter.config import ConfigError
from linter.engine import discover

from conftest import post_text

BODY = "How do you remind a client who is 30 days late? Tell us what works for you."


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A content folder with nested, hidden and linked folders and files; the test runs beside it."""
    folder = tmp_path / "content"
    for name in ["a.md", "a-b.md", "a/x.md", "a/b/y.md", "B/z.md", ".drafts/old.md", "notes/.stash.md", "dir.md/in.md"]:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(post_text(BODY))
    (folder / "notes" / "todo.txt").write_text("not a post")
    (folder / "linked-folder").symlink_to(folder / "a", target_is_directory=True)
    (folder / "same-as-x.md").symlink_to(folder / "a" / "x.md")
    (tmp_path / "elsewhere.md").write_text(post_text(BODY))
    (folder / "from-elsewhere.md").symlink_to(tmp_path / "elsewhere.md")
    monkeypatch.chdir(tmp_path)
    return folder


def test_a_folder_is_walked_in_path_order_without_hidden_or_linked_folders(content: Path) -> None:
    assert [name for _, name in discover([Path("content")])] == [
        "content/B/z.md",
        "content/a/b/y.md",
        "content/a/x.md",
        "content/a-b.md",
        "content/a.md",
        "content/dir.md/in.md",
        "elsewhere.md",  # a linked file is named by what it links to
        "content/notes/.stash.md",
    ]


def test_a_file_named_twice_or_through_a_link_is_linted_once(content: Path) -> None:
    found = discover([Path("content/a/x.md"), Path("content"), content / "same-as-x.md"])
    names = [name for _, name in found]
    assert names.count("content/a/x.md") == 1 and names[0] == "content/a/x.md"
    assert found[0][0] == Path("content/a/x.md")  # read through the path as given


def test_outside_the_working_folder_a_file_keeps_the_path_it_was_given(content: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(content / "a")
    assert [name for _, name in discover([Path("../B")])] == ["../B/z.md"]


def test_a_missing_path_is_a_configuration_error(content: Path) -> None:
    with pytest.raises(ConfigError, match="nope: no such file or folder"):
        discover([Path("content"), Path("nope")])
