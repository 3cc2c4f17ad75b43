"""What every commit pays: `lint-posts FILE...` starts quickly, and its quick road changes nothing.

pre-commit runs that command line for each commit. It goes past click (linter/cli.py), rules
are found without pkgutil and libraries' patterns come from the regex cache; every test here
holds the quick road to what the full click command prints for the same files.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import linter.rules
from linter.rules import all_rules

from conftest import post_text, run_cli

BRAG = """
Larkspur Ledger won the Fintech Award! Our team worked incredibly hard this year,
and we are thrilled and humbled. We couldn't have done it without our amazing people.
"""
ASKS = """
Chasing a late invoice for the third time this month? Send the reminder the day after the due
date, with the invoice attached and one concrete date to pay by.

What is the hardest part of chasing payment for you?
"""


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "content" / "2026").mkdir(parents=True)
    (tmp_path / "content" / "2026" / "award.md").write_text(post_text(BRAG, title="Award"), encoding="utf-8")
    (tmp_path / "content" / "2026" / "invoices.md").write_text(post_text(ASKS, title="Late invoices"), "utf-8")
    (tmp_path / "content" / "broken.md").write_text("---\ntitle: [unclosed\n---\nText.\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.lint-posts]\nbrands = ["Larkspur", "Larkspur Ledger"]\n')
    return tmp_path


def _both_roads(repo: Path, *paths: str) -> tuple[subprocess.CompletedProcess[str], subprocess.CompletedProcess[str]]:
    """The command line as pre-commit gives it, and the same through click (`--format text` is the default)."""
    return run_cli(*paths, cwd=repo), run_cli("--format", "text", *paths, cwd=repo)


@pytest.mark.parametrize(
    "paths",
    [
        ["content/2026/award.md"],  # findings: exit 1, the hint on stderr
        ["content/2026/invoices.md"],  # clean: exit 0
        ["content/2026/invoices.md", "content/2026/award.md", "content/broken.md"],
        ["content"],  # a folder
        [],  # the configured content folder
        ["content/nothing-here.md"],  # exit 2
    ],
)
def test_plain_files_print_what_the_click_command_prints(repo: Path, paths: list[str]) -> None:
    plain, full = _both_roads(repo, *paths)
    assert (plain.returncode, plain.stdout, plain.stderr) == (full.returncode, full.stdout, full.stderr)
    assert plain.stdout or plain.stderr


def test_a_bad_configuration_reads_the_same_on_both_roads(repo: Path) -> None:
    (repo / "pyproject.toml").write_text('[tool.lint-posts]\nfail-level = "sometimes"\n')
    plain, full = _both_roads(repo, "content/2026/award.md")
    assert plain.returncode == 2 and "fail-level" in plain.stderr
    assert (plain.returncode, plain.stdout, plain.stderr) == (full.returncode, full.stdout, full.stderr)


def test_escape_codes_in_a_file_name_are_stripped_as_click_strips_them(repo: Path) -> None:
    name = "content/\x1b[31mred\x1b[0m.md"
    (repo / name).write_text(post_text(BRAG), encoding="utf-8")
    plain, full = _both_roads(repo, name)
    assert plain.returncode == 1 and "\x1b" not in plain.stdout and "red.md" in plain.stdout
    assert (plain.returncode, plain.stdout, plain.stderr) == (full.returncode, full.stdout, full.stderr)


def test_an_unreadable_file_is_refused_or_read_as_click_would(repo: Path) -> None:
    locked = repo / "content" / "2026" / "award.md"
    locked.chmod(0)
    try:
        plain, full = _both_roads(repo, "content/2026/award.md")  # root may read it anyway: then both lint it
    finally:
        locked.chmod(0o644)
    assert (plain.returncode, plain.stdout, plain.stderr) == (full.returncode, full.stdout, full.stderr)


def test_a_closed_pipe_ends_quietly_with_exit_1_on_both_roads(repo: Path) -> None:
    """`lint-posts … | head`: the reader has gone before anything is written."""
    outcomes = []
    for args in (["content"], ["--format", "text", "content"]):
        read_end, write_end = os.pipe()
        os.close(read_end)
        try:
            process = subprocess.run([sys.executable, "-m", "linter", *args], cwd=repo, stdout=write_end,
                                     stderr=subprocess.PIPE, text=True, timeout=120)
        finally:
            os.close(write_end)
        outcomes.append((process.returncode, process.stderr))
    assert outcomes[0] == outcomes[1] == (1, "")


def _imported(repo: Path, *args: str) -> set[str]:
    process = subprocess.run([sys.executable, "-X", "importtime", "-m", "linter", *args],
                             cwd=repo, capture_output=True, text=True, timeout=120)
    return {line.rsplit("|", 1)[1].strip() for line in process.stderr.splitlines() if line.startswith("import time:")}


def test_a_commit_imports_neither_click_nor_tools_it_does_not_need(repo: Path) -> None:
    plain = _imported(repo, "content/2026/award.md")
    assert {"linter.engine", "yaml", "linter.prose"} <= plain  # it did lint the post (a plain one needs no markdown-it)
    assert not {"click", "pkgutil", "hashlib"} & plain
    assert "click" in _imported(repo, "--no-color", "content/2026/award.md")


def test_every_rule_module_is_found_as_pkgutil_would_find_it() -> None:
    modules = [importlib.import_module(f"linter.rules.{m.name}") for m in pkgutil.iter_modules(linter.rules.__path__)]
    expected = {module.RULE.id for module in modules if isinstance(getattr(module, "RULE", None), linter.rules.Rule)}
    assert set(all_rules()) == expected and len(expected) >= 7
