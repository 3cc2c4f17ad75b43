"""The calendar model and its URL rules, without MkDocs: what another site generator would rely on."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from calendar_support import write_post

from linter.calendar import CalendarError, Settings, build_calendar
from linter.calendar.html import relative, url_of
from linter.calendar.model import parse_clock, parse_colour
from linter.config import load_config
from linter.engine import lint

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def _calendar(tmp_path: Path, **settings: object):
    config = load_config(cwd=tmp_path)
    report = lint([tmp_path / "content"], config)
    return build_calendar(report.posts, Settings(timezone=AMSTERDAM, **settings), tmp_path / "content")


def _approved(content: Path, name: str, body: str, **meta: object) -> Path:
    fields = {"title": "A post", "date": "2026-12-01", "channel": "blog", "status": "approved",
              "author": "Maya Ortiz", "reviewer": "Jonas Berg", **meta}
    return write_post(content, name, body, **fields)


@pytest.mark.parametrize(("page", "target", "expected"), [
    ("calendar/index.md", "calendar/2026-12.md", "2026-12/"),
    ("calendar/2026-12.md", "calendar/index.md", "../"),
    ("calendar/2026-12.md", "posts/year-end.md", "../../posts/year-end/"),
    ("posts/year-end.md", "calendar.ics", "../../calendar.ics"),
    ("index.md", "agenda/index.md", "agenda/"),
])
def test_links_are_relative_so_the_site_works_under_any_path(page: str, target: str, expected: str) -> None:
    assert relative(url_of(page, True), url_of(target, True)) == expected


def test_links_without_directory_urls() -> None:
    assert url_of("calendar/index.md", False) == "calendar/index.html"
    assert relative(url_of("calendar/2026-12.md", False), url_of("posts/x.md", False)) == "../posts/x.html"


def test_time_of_day_settings_survive_yaml_sexagesimal_numbers() -> None:
    assert parse_clock("09:00", "w") == dt.time(9, 0)
    assert parse_clock(600, "w") == dt.time(10, 0), "YAML 1.1 reads an unquoted 10:00 as 600"
    with pytest.raises(CalendarError, match="time of day"):
        parse_clock("25:00", "w")


def test_colours_cannot_smuggle_css() -> None:
    assert parse_colour("#0A66C2", "w") == "#0a66c2"
    with pytest.raises(CalendarError, match="hex colour"):
        parse_colour("red; background: url(https://tracker.example/x)", "w")


def test_a_time_inside_the_spring_forward_gap_is_moved_to_the_real_wall_clock_time(tmp_path: Path) -> None:
    _approved(tmp_path / "content", "gap.md", "What do you do with the lost hour?\n", date="2027-03-28T02:30")
    (entry,) = _calendar(tmp_path).entries
    assert entry.when.isoformat() == "2027-03-28T03:30:00+02:00"


def test_listening_follows_kind_then_the_invitation_metric(tmp_path: Path) -> None:
    content = tmp_path / "content"
    _approved(content, "asks.md", "Which invoice reminder worked for you? Tell us in the replies.\n")
    _approved(content, "polls.md", "New reminder screen: should it sit on the Invoices tab or the Clients tab?\n")
    _approved(content, "tells.md", "Our release ships today with a new reminder screen.\n")
    _approved(content, "says-listen.md", "Our release ships today with a new reminder screen.\n", kind="listen")
    _approved(content, "says-broadcast.md", "Which reminder worked for you? Tell us in the replies.\n",
              kind="broadcast")
    entries = {entry.key: entry for entry in _calendar(tmp_path).entries}
    assert entries["asks.md"].metrics["invites_reply"] == 1
    # A poll asks for input (principle 6), and someone must read the answers, as missing-responder says.
    assert entries["polls.md"].metrics["invites_reply"] == 1
    assert {key: entry.listening for key, entry in entries.items()} == {
        "asks.md": True, "polls.md": True, "tells.md": False, "says-listen.md": True, "says-broadcast.md": False}
    assert entries["polls.md"].invites_replies
    assert entries["says-broadcast.md"].invites_replies, "a broadcast that asks still needs a responder"


def test_months_run_without_gaps_from_today_to_the_last_post(tmp_path: Path) -> None:
    _approved(tmp_path / "content", "later.md", "What is on your list for March?\n", date="2027-03-02")
    calendar = _calendar(tmp_path, today=dt.date(2026, 11, 22))
    assert calendar.months == [(2026, 11), (2026, 12), (2027, 1), (2027, 2), (2027, 3)]


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Pacific/Pago_Pago"])
def test_today_is_the_date_in_the_calendars_zone_not_the_build_machines(zone: str) -> None:
    """UTC+14 and UTC-11: at any hour one of them is on another date than the machine (and UTC)."""
    assert Settings(timezone=ZoneInfo(zone)).today == dt.datetime.now(ZoneInfo(zone)).date()


def test_feed_events_keep_awkward_titles_whole_in_short_lines(tmp_path: Path) -> None:
    from linter.calendar import ics

    title = "Ünïcode, commas; semicolons \\ and a title far longer than one iCalendar line — über-lang ✓"
    _approved(tmp_path / "content", "awkward.md", "Which invoice step slows you down? Tell us.\n", title=title,
              date="2026-12-01T09:00", responder="Zoë, within 2 hours; weekends too")
    calendar = _calendar(tmp_path, today=dt.date(2026, 11, 22))
    data = ics.events(calendar, calendar.entries[0])
    assert all(len(line) <= 75 for line in data.split(b"\r\n")), "RFC 5545: 75 octets, then fold"
    post, reply = icalendar.Calendar.from_ical(b"BEGIN:VCALENDAR\r\n" + data + b"END:VCALENDAR\r\n").walk("VEVENT")
    assert str(post["SUMMARY"]) == f"{title} (Blog)"
    assert str(reply["SUMMARY"]) == f"Reply window: {title} (Zoë, within 2 hours; weekends too)"
    assert post.decoded("DTSTART") == dt.datetime(2026, 12, 1, 9, 0, tzinfo=AMSTERDAM)
    assert reply.decoded("DTEND") == dt.datetime(2026, 12, 1, 11, 0, tzinfo=AMSTERDAM)


def test_two_approved_posts_cannot_share_an_id(tmp_path: Path) -> None:
    content = tmp_path / "content"
    _approved(content, "one.md", "Which reminder works?\n", id="reminders")
    _approved(content, "two.md", "Which reminder works best?\n", id="reminders")
    with pytest.raises(CalendarError, match=r"one\.md:\d+:1: front-matter id 'reminders' is used by 2"):
        _calendar(tmp_path)


def test_the_calendar_package_never_imports_mkdocs() -> None:
    """So the MkDocs plugin stays a thin adapter that another generator could replace."""
    code = ("import sys, linter.calendar.model, linter.calendar.html, linter.calendar.svg, linter.calendar.ics; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('mkdocs', 'material')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_a_build_linted_in_the_helper_process_equals_one_linted_inline(tmp_path: Path) -> None:
    """Large calendars are linted (and their feeds rendered) in a helper process while pages are written."""
    from linter.calendar import ics
    from linter.calendar.html import Site
    from linter.calendar.pipeline import CalendarBuild
    from linter.engine import PARALLEL_FROM
    from linter.readability import readability

    content = tmp_path / "content"
    for number in range(PARALLEL_FROM):
        day = dt.date(2026, 11, 1) + dt.timedelta(days=number // 3)
        _approved(content, f"p{number:03d}.md", f"Which invoice step {number} slows you down? Tell us.\n",
                  title=f"Invoice question {number}", date=f"{day.isoformat()}T{9 + number % 3:02d}:00",
                  channel=("blog", "linkedin", "mastodon")[number % 3])
    config, settings = load_config(cwd=tmp_path), Settings(timezone=AMSTERDAM, today=dt.date(2026, 11, 22))
    inline = build_calendar(lint([content], config, jobs=1, measures=[readability]).posts, settings, content)
    site_dir = tmp_path / "public"
    build = CalendarBuild(content, config, settings, site_dir, measures=[readability])
    assert build._helpers, "this many posts are linted in another process"
    pages = build.pages()
    assert [page.src for page in pages[:2]] == ["posts/p000.md", "posts/p001.md"], "posts first, in linting order"
    expected = {page.src: page for page in Site(inline).pages()}
    for page in pages:
        if page.search is not None:  # the generator's order: the words for the index, then the page
            assert page.search() == expected[page.src].search()
            assert "ec-scorecard" not in page.search() and "Tell us." in page.search()
        assert page.render() == expected[page.src].render()
    assert build.feed_paths() == ["calendar.ics", "channels/blog.ics", "channels/linkedin.ics", "channels/mastodon.ics"]
    build.finish()
    assert not build._helpers, "the helpers are gone"
    assert {path: (site_dir / path).read_bytes() for path in build.feed_paths()} == ics.feeds(inline)
