"""The example editorial calendar in content/: it must build, and it must show what the rules are for.

Approved posts are what a careful editor signs off, so they lint clean; the deliberately
bad drafts are each flagged for the reason a reviewer would give.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from linter.config import load_config
from linter.engine import PostResult, lint
from linter.post import STATUSES, Post, read_post

from conftest import ROOT

CONTENT = ROOT / "content"
CORE_RULES = ("self-promotion", "fence-sitting", "missing-conversation")

DELIBERATE = {
    "2026/12/open-source-award-shortlist.md": "self-promotion",
    "2026/12/should-you-incorporate.md": "fence-sitting",
    "2026/12/hourly-billing-debate.md": "fence-sitting",
    "2026/12/year-end-receipts-reminder.md": "missing-conversation",
    "2027/01/invoice-on-the-first.md": "missing-conversation",
    "2027/01/check-out-our-latest-update.md": "canned-phrase",
    "2027/01/quarterly-tax-deadlines-2027.md": "link-only",
    "2027/02/grow-our-linkedin-page.md": "vanity-goal",
}
"""Drafts that exist to show a rule firing, and the rule a reviewer would expect."""


@cache
def results() -> dict[str, PostResult]:
    report = lint([CONTENT], load_config(cwd=ROOT), jobs=1)
    return {Path(r.post.path).resolve().relative_to(CONTENT).as_posix(): r for r in report.posts}


def posts() -> list[Post]:
    return [result.post for result in results().values()]


def approved() -> list[Post]:
    return [post for post in posts() if post.approved]


def test_every_file_is_a_post_with_valid_front_matter() -> None:
    files = sorted(CONTENT.rglob("*"))
    assert all(path.suffix == ".md" for path in files if path.is_file())
    problems = {str(path): read_post(path).problems for path in files if path.is_file()}
    assert not {path: found for path, found in problems.items() if found}


def test_posts_live_in_the_folder_of_their_month() -> None:
    for name, result in results().items():
        year, month, _ = name.split("/")
        assert result.post.meta["date"].startswith(f"{year}-{month}-"), name


@pytest.mark.parametrize("name", sorted(name for name, result in results().items() if result.post.approved))
def test_approved_posts_lint_clean(name: str) -> None:
    result = results()[name]
    assert result.findings == [], "\n".join(f"{f.line}: {f.rule} {f.message}" for f in result.findings)


@pytest.mark.parametrize(("name", "rule"), sorted(DELIBERATE.items()))
def test_deliberately_bad_drafts_are_flagged_for_their_reason(name: str, rule: str) -> None:
    result = results()[name]
    assert not result.post.approved, f"{name} is an example of a problem; it must not be approved"
    assert rule in {finding.rule for finding in result.findings}, [f.rule for f in result.findings]


def test_each_core_rule_fires_on_some_draft() -> None:
    fired = {f.rule for r in results().values() if not r.post.approved for f in r.findings}
    assert set(CORE_RULES) <= fired


def test_the_calendar_is_big_and_varied_enough_to_demo() -> None:
    all_posts = posts()
    assert len(all_posts) >= 36
    assert len({post.channel for post in all_posts}) >= 5
    assert set(STATUSES) == {post.status for post in all_posts}
    months = {post.meta["date"][:7] for post in approved()}
    assert {"2026-11", "2026-12", "2027-01", "2027-02"} <= months
    authors = Counter(post.author for post in all_posts)
    assert 4 <= len(authors) <= 5 and min(authors.values()) >= 3


def test_timed_and_dated_posts_are_mixed() -> None:
    dates = [post.meta["date"] for post in posts()]
    assert any(len(d) == 10 for d in dates)
    assert any("T" in d and "+01:00" in d for d in dates)
    assert any("T" in d and "+" not in d for d in dates)


def test_a_reviewer_is_never_the_author() -> None:
    reviewed = [post for post in posts() if post.meta.get("reviewer")]
    assert len(reviewed) >= len(approved())
    assert all(post.meta["reviewer"] != post.author for post in reviewed)


def test_approved_posts_say_who_answers_what_for_and_which_kind() -> None:
    """Vanity goals and missing responders are the rules' job; here: every field is filled in."""
    for post in approved():
        assert post.text("responder") and post.text("goal"), post.path
        assert post.meta.get("kind") in ("listen", "broadcast"), post.path


def test_approved_plan_listens_at_least_as_much_as_it_broadcasts() -> None:
    by_month: dict[str, Counter[str]] = {}
    for post in approved():
        by_month.setdefault(post.meta["date"][:7], Counter())[post.meta["kind"]] += 1
    for month, kinds in sorted(by_month.items()):
        assert kinds["listen"] >= kinds["broadcast"], (month, kinds)
