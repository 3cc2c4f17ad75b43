"""The CLI contract scripts and CI depend on: formats, exit codes, configuration errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import post_text, run_cli

BRAG = """
Larkspur Ledger won the Fintech Award! Our team worked
incredibly hard this year. We are thrilled and humbled.
"""
SERVICE = """
You sent 40 questions about late invoices last month. Here is the one answer that helped most:
send the reminder the day after the due date, not a week later. What is the hardest part of
chasing payment for you?
"""


@pytest.fixture
def posts(tmp_path: Path) -> Path:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "brag.md").write_text(post_text(BRAG, title="Award"))
    (tmp_path / "content" / "service.md").write_text(post_text(SERVICE, title="Late invoices"))
    (tmp_path / "pyproject.toml").write_text('[tool.lint-posts]\nbrands = ["Larkspur"]\n')
    return tmp_path


def test_text_output_lines_and_exit_code_1(posts: Path) -> None:
    result = run_cli(cwd=posts)
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("content/brag.md:8:1: error self-promotion ")
    assert lines[-1].endswith("in 2 posts (1 clean)")
    assert "\x1b[" not in result.stdout  # no colour when not on a terminal


def test_clean_post_exits_0(posts: Path) -> None:
    result = run_cli("content/service.md", cwd=posts)
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip() == "0 errors, 0 warnings in 1 post (1 clean)"


def test_json_contract(posts: Path) -> None:
    result = run_cli("--format", "json", cwd=posts)
    assert result.returncode == 1
    document = json.loads(result.stdout)
    finding = document["findings"][0]
    assert {"path", "line", "column", "rule", "severity", "message"} <= set(finding)
    assert finding["rule"] == "self-promotion" and finding["severity"] == "error"
    entries = {entry["path"]: entry for entry in document["posts"]}
    assert set(entries) == {"content/brag.md", "content/service.md"}
    metrics = entries["content/service.md"]["metrics"]
    assert metrics["self_promotion_ratio"] == 0.0
    assert metrics["word_count"] > 30
    assert entries["content/brag.md"]["metrics"]["self_promotion_ratio"] > 0.5


def test_json_is_valid_even_when_inputs_are_broken(posts: Path) -> None:
    (posts / "content" / "broken.md").write_text("---\ntitle: [unclosed\n---\nbody\n")
    (posts / "content" / "binary.md").write_bytes(b"\x00\x01\x02")
    result = run_cli("--format", "json", cwd=posts)
    document = json.loads(result.stdout)
    rules = {(f["path"], f["rule"]) for f in document["findings"]}
    assert ("content/broken.md", "front-matter") in rules
    assert ("content/binary.md", "unreadable") in rules
    assert ("content/brag.md", "self-promotion") in rules  # the other posts are still linted
    assert "Traceback" not in result.stderr


def test_fail_level_warning(posts: Path, tmp_path: Path) -> None:
    config = tmp_path / "lint.toml"
    config.write_text('[rules.self-promotion]\nseverity = "warning"\n')
    only = ("--config", config, "--select", "self-promotion")
    assert run_cli(*only, cwd=posts).returncode == 0
    assert run_cli(*only, "--fail-level", "warning", cwd=posts).returncode == 1


def test_fail_level_from_configuration(posts: Path, tmp_path: Path) -> None:
    config = tmp_path / "lint.toml"
    config.write_text('fail-level = "warning"\n[rules.self-promotion]\nseverity = "warning"\n')
    assert run_cli("--config", config, cwd=posts).returncode == 1


def test_ignore_and_select(posts: Path) -> None:
    assert run_cli("--ignore", "self-promotion", "--select", "self-promotion", cwd=posts).returncode == 0
    result = run_cli("--select", "self-promotion", "--format", "json", cwd=posts)
    assert {f["rule"] for f in json.loads(result.stdout)["findings"]} == {"self-promotion"}


def test_per_post_override_in_front_matter(posts: Path) -> None:
    (posts / "content" / "brag.md").write_text(post_text(BRAG, lint={"self-promotion": "off"}))
    result = run_cli("--select", "self-promotion", cwd=posts)
    assert result.returncode == 0, result.stdout


def test_per_post_override_with_bad_option_is_a_front_matter_finding(posts: Path) -> None:
    (posts / "content" / "brag.md").write_text(post_text(BRAG, lint={"self-promotion": {"treshold": 0.9}}))
    result = run_cli("--format", "json", cwd=posts)
    messages = [f["message"] for f in json.loads(result.stdout)["findings"] if f["rule"] == "front-matter"]
    assert messages and "unknown option 'treshold'" in messages[0]


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["missing/"], "missing: no such file or folder"),
        (["--format", "xml"], "Invalid value for '--format'"),
        (["--no-such-option"], "No such option"),
        (["--select", "self-promo"], "unknown rule 'self-promo'"),
        (["--explain", "nope"], "unknown rule 'nope'"),
        (["--config", "absent.toml"], "absent.toml: no such file"),
    ],
)
def test_usage_errors_exit_2(posts: Path, args: list[str], fragment: str) -> None:
    result = run_cli(*args, cwd=posts)
    assert result.returncode == 2
    assert fragment in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("toml", "fragment"),
    [
        ("[tool.lint-posts]\nbrand = ['x']\n", "unknown setting(s) brand"),
        ("[tool.lint-posts.rules.self-promotion]\nthreshold = 'high'\n", "threshold: expected a number"),
        ("[tool.lint-posts.rules.self-promotion]\nseverity = 'fatal'\n", "severity: expected one of error, warning"),
        ("[tool.lint-posts.rules.no-such-rule]\nenabled = false\n", "unknown rule 'no-such-rule'"),
        ("[tool.lint-posts]\nchannels = []\n", "name at least one channel"),
        ("[tool.lint-posts\n", "not valid TOML"),
    ],
)
def test_bad_configuration_exits_2_and_says_what_is_wrong(posts: Path, toml: str, fragment: str) -> None:
    (posts / "pyproject.toml").write_text(toml)
    result = run_cli(cwd=posts)
    assert result.returncode == 2, result.stdout
    assert fragment in result.stderr


def test_ideas_get_front_matter_checks_only(posts: Path) -> None:
    (posts / "content" / "brag.md").write_text(post_text(BRAG, status="idea"))
    (posts / "content" / "broken-idea.md").write_text(post_text(BRAG, status="idea", channel="fax"))
    findings = json.loads(run_cli("--format", "json", cwd=posts).stdout)["findings"]
    assert [(f["path"], f["rule"]) for f in findings] == [("content/broken-idea.md", "front-matter")]
    (posts / "pyproject.toml").write_text('[tool.lint-posts]\nskip-statuses = []\n')
    findings = json.loads(run_cli("--format", "json", cwd=posts).stdout)["findings"]
    assert ("content/brag.md", "self-promotion") in [(f["path"], f["rule"]) for f in findings]


def test_configured_content_folder_and_channels(posts: Path) -> None:
    (posts / "drafts").mkdir()
    (posts / "drafts" / "pod.md").write_text(post_text(SERVICE, channel="podcast"))
    (posts / "pyproject.toml").write_text('[tool.lint-posts]\ncontent = "drafts"\nchannels = ["podcast"]\n')
    result = run_cli(cwd=posts)
    assert result.returncode == 0, result.stdout
    assert "in 1 post" in result.stdout


def test_github_format(posts: Path) -> None:
    result = run_cli("--format", "github", cwd=posts)
    assert result.stdout.startswith("::error file=content/brag.md,line=8,col=1,title=self-promotion::")


def test_sarif_format(posts: Path) -> None:
    sarif = json.loads(run_cli("--format", "sarif", cwd=posts).stdout)
    run = sarif["runs"][0]
    assert sarif["version"] == "2.1.0"
    result = run["results"][0]
    assert result["ruleId"] == "self-promotion" and result["level"] == "error"
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "content/brag.md" and location["region"]["startLine"] == 8
    assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == "self-promotion"


def test_explain_and_list_rules() -> None:
    listing = run_cli("--list-rules").stdout
    assert "self-promotion" in listing
    explained = run_cli("--explain", "self-promotion").stdout
    assert "Principle 2: It is not about you" in explained and "threshold = 0.18" in explained


def test_colour_can_be_forced(posts: Path) -> None:
    assert "\x1b[31m" in run_cli("--color", cwd=posts).stdout


def test_folders_are_searched_recursively_and_hidden_folders_skipped(posts: Path) -> None:
    (posts / "content" / "2026" / "12").mkdir(parents=True)
    (posts / "content" / "2026" / "12" / "nested.md").write_text(post_text(SERVICE))
    (posts / "content" / ".trash").mkdir()
    (posts / "content" / ".trash" / "old.md").write_text(post_text(BRAG))
    (posts / "content" / "notes.txt").write_text("not markdown")
    result = run_cli("--format", "json", cwd=posts)
    paths = {entry["path"] for entry in json.loads(result.stdout)["posts"]}
    assert paths == {"content/brag.md", "content/service.md", "content/2026/12/nested.md"}


def test_many_posts_use_workers_and_keep_order(posts: Path) -> None:
    for index in range(250):
        (posts / "content" / f"p{index:03}.md").write_text(post_text(BRAG if index % 2 else SERVICE))
    result = run_cli("--format", "json", "--jobs", "2", cwd=posts)
    document = json.loads(result.stdout)
    paths = [entry["path"] for entry in document["posts"]]
    assert len(paths) == 252 and paths == sorted(paths)
    assert sum(f["rule"] == "self-promotion" for f in document["findings"]) == 126


def test_unreadable_files_get_one_finding_not_a_pile_of_rule_findings(posts: Path) -> None:
    (posts / "content" / "huge.md").write_text(post_text("word " * 210_000))
    (posts / "content" / "empty-broken.md").write_text("---\ntitle: [\n---\n")
    document = json.loads(run_cli("--format", "json", cwd=posts).stdout)
    findings = document["findings"]
    assert [f["rule"] for f in findings if f["path"] == "content/huge.md"] == ["unreadable"]
    huge = next(entry for entry in document["posts"] if entry["path"] == "content/huge.md")
    assert huge["metrics"]["self_promotion_ratio"] == 0.0  # every post entry keeps the metrics contract
    assert [f["rule"] for f in findings if f["path"] == "content/empty-broken.md"] == ["front-matter"]
