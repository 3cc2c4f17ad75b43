"""The post format: front matter split, schema validation with lines, dates, bad bytes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from linter.post import parse_post, parse_publish_time, read_post

from tests_support import messages

GOOD = """---
title: How to chase a late invoice
date: 2026-12-03
channel: linkedin
status: draft
author: Maya Ortiz
tags: [invoices, cashflow]
---
Body text here.
"""


def test_good_post_has_no_problems_and_body_starts_after_front_matter() -> None:
    post = parse_post("p.md", GOOD)
    assert post.problems == []
    assert post.title == "How to chase a late invoice"
    assert post.body_line == 9
    assert post.body == "Body text here.\n"
    assert post.publish == dt.date(2026, 12, 3)
    assert post.field_lines["channel"] == 4
    assert post.tags == ["invoices", "cashflow"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-05-09", dt.date(2026, 5, 9)),
        ("2026-05-09T12:00", dt.datetime(2026, 5, 9, 12, 0)),
        ("2026-05-09 12:00:30", dt.datetime(2026, 5, 9, 12, 0, 30)),
        ("2026-05-09T12:00+02:00", dt.datetime(2026, 5, 9, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))),
        ("2026-05-09T12:00:00Z", dt.datetime(2026, 5, 9, 12, 0, tzinfo=dt.UTC)),
        ("2026-05-09T12:00-0530", dt.datetime(2026, 5, 9, 12, tzinfo=dt.timezone(-dt.timedelta(hours=5, minutes=30)))),
    ],
)
def test_publish_time_forms(value: str, expected: dt.date) -> None:
    assert parse_publish_time(value) == expected


def test_time_without_seconds_is_parsed_not_left_as_string() -> None:
    post = parse_post("p.md", GOOD.replace("date: 2026-12-03", "date: 2026-12-03T09:30"))
    assert post.problems == []
    assert post.publish == dt.datetime(2026, 12, 3, 9, 30)


@pytest.mark.parametrize(
    ("replace", "line", "fragment"),
    [
        (("title: How to chase a late invoice", "title: ''"), 2, "title is empty"),
        (("title: How to chase a late invoice", "title: 42"), 2, "title must be text, not a number"),
        (("date: 2026-12-03", "date: next tuesday"), 3, "is not a date (YYYY-MM-DD)"),
        (("date: 2026-12-03", "date: 2026-02-30"), 3, "not a real calendar date"),
        (("channel: linkedin", "channel: tiktok"), 4, "channel 'tiktok' is not one of: blog"),
        (("status: draft", "status: done"), 5, "status 'done' is not one of"),
        (("tags: [invoices, cashflow]", "tags: invoices"), 7, "tags must be a list"),
        (("tags: [invoices, cashflow]", "tags: [invoices, 3]"), 7, "tags[1] must be text"),
        (("author: Maya Ortiz\n", ""), 1, "missing required field 'author'"),
        (("status: draft", "status: approved"), 5, "needs a reviewer"),
        (("status: draft", "status: published\nreviewer: Maya Ortiz"), 6, "the reviewer is the author"),
        (("tags: [invoices, cashflow]", "tags: [invoices\nkind: listen"), 8, "not valid YAML"),
        (("tags: [invoices, cashflow]", "lint: [fence-sitting]"), 7, "lint must be a mapping"),
    ],
)
def test_front_matter_problems_name_the_field_and_line(replace: tuple[str, str], line: int, fragment: str) -> None:
    post = parse_post("p.md", GOOD.replace(*replace))
    assert any(p.line == line and fragment in p.message for p in post.problems), post.problems
    assert all(p.rule == "front-matter" for p in post.problems)


def test_every_schema_problem_is_reported_at_once() -> None:
    text = GOOD.replace("channel: linkedin", "channel: tiktok").replace("status: draft", "status: done")
    found = messages(parse_post("p.md", text).problems)
    assert len(found) == 2 and "channel" in found[0] and "status" in found[1]


def test_configured_channels_replace_the_default_set() -> None:
    text = GOOD.replace("channel: linkedin", "channel: podcast")
    assert parse_post("p.md", text, ("podcast", "blog")).problems == []
    assert parse_post("p.md", GOOD, ("podcast", "blog")).problems[0].message.startswith("channel 'linkedin'")


def test_unknown_fields_are_allowed() -> None:
    assert parse_post("p.md", GOOD.replace("tags:", "budget: 300\ntags:")).problems == []


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Just a body, no front matter.\n", "no front matter"),
        ("---\ntitle: x\ndate: 2026-01-01\n", "never closed"),
        ("---\n- a\n- b\n---\nbody\n", "must be 'field: value' lines"),
        ("", "no front matter"),
    ],
)
def test_broken_structure_is_a_finding_not_a_crash(text: str, fragment: str) -> None:
    problems = parse_post("p.md", text).problems
    assert len(problems) == 1 and fragment in problems[0].message


def test_yaml_is_never_executed() -> None:
    text = GOOD.replace("tags: [invoices, cashflow]", "tags: !!python/object/apply:os.system ['touch /tmp/pwned']")
    post = parse_post("p.md", text)
    assert any("not valid YAML" in p.message for p in post.problems)


def test_body_of_post_with_broken_yaml_is_still_available() -> None:
    post = parse_post("p.md", GOOD.replace("tags: [invoices, cashflow]", "tags: [oops"))
    assert post.problems and post.body == "Body text here.\n"


@pytest.mark.parametrize(
    ("data", "fragment", "line"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file", 1),
        (GOOD.encode("utf-8").replace(b"Body text", b"Caf\xe9 text"), "not valid UTF-8 (byte 0xe9)", 9),
    ],
)
def test_unreadable_files(tmp_path: Path, data: bytes, fragment: str, line: int) -> None:
    path = tmp_path / "bad.md"
    path.write_bytes(data)
    post = read_post(path)
    assert len(post.problems) == 1
    assert fragment in post.problems[0].message and post.problems[0].line == line
    assert post.problems[0].rule == "unreadable"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_files_with_a_byte_order_mark_are_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "bom.md"
    path.write_bytes(GOOD.replace("Body text", "Café text").encode(encoding))
    post = read_post(path)
    assert post.problems == [] and "Café" in post.body


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.md"
    path.write_text(GOOD + "word " * 400_000)
    post = read_post(path)
    assert "MB; posts over 1 MB are not linted" in post.problems[0].message


def test_crlf_line_endings() -> None:
    post = parse_post("p.md", GOOD.replace("\n", "\r\n"))
    assert post.problems == [] and post.body_line == 9


def test_a_broken_post_still_says_which_status_it_claims(tmp_path: Path) -> None:
    """The calendar refuses a broken post that claims to be approved instead of leaving it out unnoticed."""
    broken_yaml = parse_post("p.md", GOOD.replace("status: draft", "status: approved").replace("cashflow]", "cashflow"))
    assert broken_yaml.meta == {} and broken_yaml.claimed_status == "approved"
    latin1 = tmp_path / "latin1.md"
    latin1.write_bytes(GOOD.replace("status: draft", "status: published").encode("latin-1") + "Café".encode("latin-1"))
    assert read_post(latin1).claimed_status == "published"
    assert parse_post("p.md", GOOD).claimed_status is None
