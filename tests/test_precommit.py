"""pre-commit integration, for real: a writer's repository uses this repository as its hook repository.

The working tree (with its uncommitted changes) is snapshotted into a temporary git
repository, pre-commit installs lint-posts from it into its own environment (once per
session: that pip install from PyPI is the slow part), and each test commits a post in a
fresh writer's repository with the hook installed, exactly as a writer would.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from conftest import ROOT, post_text

pytestmark = pytest.mark.xdist_group("precommit")

PRE_COMMIT = Path(sys.executable).with_name("pre-commit")
GIT = shutil.which("git")

PROMOTIONAL_DRAFT = """\
    We're proud to announce that Larkspur Ledger has been shortlisted for the Open Source Awards!

    Our award-winning team worked incredibly hard this year, and we launched our brand new receipt scanner.

    We want to thank our amazing team and our partners. Keep your fingers crossed for us!
"""

READER_CENTRED_POST = """\
    Your client says "payment run is on the 15th", the 15th passes, and nothing arrives.

    Phone the person who hired you on day 15, not accounts payable. Ask who approves
    the payment and when the next run is; a named person with a date is worth ten e-mails.

    What finally got a late client to pay you? Reply with the exact sentence you used.
"""


def _git_env(home: Path) -> dict[str, str]:
    """An environment that never touches the real home: pre-commit, pip and git all stay in `home`."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("GIT_", "PRE_COMMIT"))}
    env.update(
        HOME=str(home),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_CONFIG_HOME=str(home / ".config"),
        PRE_COMMIT_HOME=str(home / "pre-commit"),
        GIT_CONFIG_NOSYSTEM="1",
        GIT_AUTHOR_NAME="Ines Duarte",
        GIT_AUTHOR_EMAIL="ines@larkspur.example",
        GIT_COMMITTER_NAME="Ines Duarte",
        GIT_COMMITTER_EMAIL="ines@larkspur.example",
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        NO_COLOR="1",
    )
    return env


Run = Callable[..., subprocess.CompletedProcess[str]]


def _runner(env: dict[str, str]) -> Run:
    def run(*args: str | Path, cwd: Path, check: bool = True, timeout: int = 60) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout,
        )
        if check and result.returncode:
            pytest.fail(f"{' '.join(map(str, args))} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
        return result

    return run


def _snapshot_working_tree(run: Run, destination: Path) -> str:
    """Copy tracked and untracked-not-ignored files into a new repository; return its commit."""
    listed = run(GIT, "ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT).stdout
    for name in sorted(set(filter(None, listed.split("\0")))):
        source = ROOT / name
        if source.is_file():  # tracked files deleted in the working tree are listed too
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    run(GIT, "init", "-q", cwd=destination)
    run(GIT, "add", "-A", cwd=destination)
    run(GIT, "commit", "-q", "--no-verify", "-m", "lint-posts working tree snapshot", cwd=destination)
    return run(GIT, "rev-parse", "HEAD", cwd=destination).stdout.strip()


class WriterRepo:
    """A content repository whose .pre-commit-config.yaml points at the lint-posts snapshot."""

    def __init__(self, path: Path, run: Run, hook_repo: Path, rev: str) -> None:
        self.path = path
        self.run = run
        path.mkdir()
        run(GIT, "init", "-q", cwd=path)
        (path / ".pre-commit-config.yaml").write_text(textwrap.dedent(f"""\
            repos:
              - repo: {hook_repo}
                rev: {rev}
                hooks:
                  - id: lint-posts
            """), encoding="utf-8")
        (path / "pyproject.toml").write_text(
            '[tool.lint-posts]\nbrands = ["Larkspur", "Larkspur Ledger"]\n', encoding="utf-8"
        )
        self.commit_all("Set up pre-commit", verify=False)

    def write(self, name: str, text: str) -> Path:
        path = self.path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def head(self) -> str:
        return self.run(GIT, "rev-parse", "HEAD", cwd=self.path).stdout.strip()

    def commit_all(self, message: str, verify: bool = True) -> subprocess.CompletedProcess[str]:
        self.run(GIT, "add", "-A", cwd=self.path)
        flags = [] if verify else ["--no-verify"]
        return self.run(GIT, "commit", "-q", *flags, "-m", message, cwd=self.path, check=False, timeout=600)


@pytest.fixture(scope="module")
def hook_environment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Run, Path, str, Path]]:
    """The snapshot repository, and pre-commit's environment for it, built once for the module."""
    if GIT is None or not PRE_COMMIT.exists():
        pytest.skip("needs git and pre-commit (pip install -e '.[test]')")
    base = tmp_path_factory.mktemp("precommit")
    home = base / "home"
    home.mkdir()
    run = _runner(_git_env(home))
    hook_repo = base / "lint-posts"
    hook_repo.mkdir()
    rev = _snapshot_working_tree(run, hook_repo)
    writer = WriterRepo(base / "warm-up", run, hook_repo, rev)
    # pip-installs lint-posts and its dependencies from PyPI into pre-commit's cache, once.
    run(PRE_COMMIT, "install-hooks", cwd=writer.path, timeout=900)
    yield run, hook_repo, rev, base


@pytest.fixture
def writer_repo(hook_environment: tuple[Run, Path, str, Path], request: pytest.FixtureRequest) -> WriterRepo:
    run, hook_repo, rev, base = hook_environment
    repo = WriterRepo(base / request.node.name, run, hook_repo, rev)
    run(PRE_COMMIT, "install", cwd=repo.path)
    return repo


def test_a_self_promotional_draft_is_blocked_with_file_line_and_rule(writer_repo: WriterRepo) -> None:
    before = writer_repo.head()
    writer_repo.write("content/2027/03/award-shortlist.md", post_text(PROMOTIONAL_DRAFT, title="Shortlisted!"))

    result = writer_repo.commit_all("Draft: award post")

    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert writer_repo.head() == before, "the commit went through despite the finding"
    found = re.search(r"content/2027/03/award-shortlist\.md:(\d+):\d+: error self-promotion ", output)
    assert found, output
    flagged_line = (writer_repo.path / "content/2027/03/award-shortlist.md").read_text().splitlines()[
        int(found.group(1)) - 1
    ]
    assert re.search(r"\b(?:we|our)\b", flagged_line, re.IGNORECASE), flagged_line
    assert "lint-posts" in output and "Failed" in output


def test_a_reader_centred_post_commits(writer_repo: WriterRepo) -> None:
    before = writer_repo.head()
    writer_repo.write(
        "content/2027/03/phone-on-day-15.md",
        post_text(READER_CENTRED_POST, title="Phone on day 15", status="approved", reviewer="Kwame Asante",
                  responder="Maya Ortiz, within 2 hours"),
    )

    result = writer_repo.commit_all("Approved: phone on day 15")

    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert writer_repo.head() != before
    assert re.search(r"lint-posts.*Passed", output), output


def test_only_staged_posts_are_checked(writer_repo: WriterRepo) -> None:
    """Example drafts with findings already in the repository do not block unrelated commits."""
    writer_repo.write("content/2027/03/award-shortlist.md", post_text(PROMOTIONAL_DRAFT))
    assert writer_repo.commit_all("Old draft, committed before the hook existed", verify=False).returncode == 0
    writer_repo.write("content/2027/03/phone-on-day-15.md", post_text(READER_CENTRED_POST))

    result = writer_repo.commit_all("Draft: phone on day 15")

    assert result.returncode == 0, result.stdout + result.stderr


def test_markdown_outside_content_is_not_linted(writer_repo: WriterRepo) -> None:
    before = writer_repo.head()
    writer_repo.write("README.md", "# Our content repository\n\nPosts live in content/, one file per post.\n")

    result = writer_repo.commit_all("Add a README")

    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert writer_repo.head() != before
    assert re.search(r"lint-posts.*no files to check.*Skipped", output), output


def test_this_repositorys_own_hook_blocks_a_promotional_draft_but_not_other_commits(
    hook_environment: tuple[Run, Path, str, Path],
) -> None:
    """.pre-commit-config.yaml in a fresh clone, once `make` has created .venv."""
    run, hook_repo, _, base = hook_environment
    venv = ROOT / ".venv"
    if not (venv / "bin" / "lint-posts").exists():
        pytest.skip("needs the .venv that `make venv` creates")
    clone = base / "own-clone"
    run(GIT, "clone", "-q", hook_repo, clone, cwd=base)
    (clone / ".venv").symlink_to(venv, target_is_directory=True)
    run(PRE_COMMIT, "install", cwd=clone)
    draft = clone / "content/2027/03/award-shortlist.md"
    draft.parent.mkdir(parents=True, exist_ok=True)
    draft.write_text(post_text(PROMOTIONAL_DRAFT), encoding="utf-8")
    run(GIT, "add", draft, cwd=clone)

    blocked = run(GIT, "commit", "-q", "-m", "Draft: award post", cwd=clone, check=False)

    assert blocked.returncode == 1, blocked.stdout + blocked.stderr
    assert "content/2027/03/award-shortlist.md:" in blocked.stdout + blocked.stderr
    assert "self-promotion" in blocked.stdout + blocked.stderr

    run(GIT, "rm", "-q", "--cached", draft, cwd=clone)
    draft.unlink()
    post = clone / "content/2027/03/phone-on-day-15.md"
    post.write_text(post_text(READER_CENTRED_POST), encoding="utf-8")
    run(GIT, "add", post, cwd=clone)

    committed = run(GIT, "commit", "-q", "-m", "Draft: phone on day 15", cwd=clone, check=False)

    assert committed.returncode == 0, committed.stdout + committed.stderr
