"""The reviewers' site, built for real with `mkdocs build --strict` from posts written here."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import shutil
from pathlib import Path
from urllib.parse import unquote, urlsplit

import icalendar
import pytest
from calendar_support import (
    SITE_URL,
    Element,
    built_files,
    mkdocs_build,
    parse_html,
    write_post,
    write_site,
)

from linter.config import load_config
from linter.engine import lint
from linter.post import APPROVED_STATUSES, read_post
from linter.readability import readability

pytestmark = pytest.mark.xdist_group("calendar-site")

ROOT = Path(__file__).resolve().parents[2]
TODAY = "2026-11-22"
UNAPPROVED_MARKER = "QUOKKA-7731"
"""In the title and body of every idea, draft and review post: it must appear in no built file."""
PRIVATE_MARKER = "NOTE-ONLY-FOR-US-5508"
"""In front-matter fields the calendar does not render (notes, budgets, client names)."""
XSS_TITLE = "Late invoices & <script>alert(1)</script> your Friday"


def _write_posts(content: Path) -> None:
    write_post(
        content, "2026/11/invoice-friday.md",
        """
        Most freelancers we talk to lose a Friday afternoon a month to invoices.

        What is the one step of invoicing that takes you the longest? Tell us in the replies;
        we will answer every one.
        """,
        title="What eats your Friday: which invoicing step takes longest?", id="invoice-friday-question",
        date="2026-11-24T09:30", channel="linkedin", status="approved", author="Maya Ortiz",
        reviewer="Jonas Berg", responder="Maya Ortiz, within 2 hours", tags=["invoicing", "freelancers"],
        kind="listen", client=f"Acme {PRIVATE_MARKER}", budget=f"EUR 400 {PRIVATE_MARKER}",
    )
    write_post(
        content, "2026/12/late-invoices.md",
        """
        ## The reminder that works

        A polite reminder on day 31 beats an angry one on day 60. Send it before you are annoyed.

        <script>alert("body")</script>
        """,
        title=XSS_TITLE, date="2026-12-03", channel="blog", status="scheduled", author="Zoë Å. Lind",
        reviewer="Maya Ortiz", responder="Zoë Lind, within one working day", kind="broadcast",
        notes=f"ask legal first {PRIVATE_MARKER}",
    )
    write_post(
        content, "2027/03/dst-after.md",
        "Clocks go forward tonight. How do you log the hours you worked across the change?\n",
        title="After the clocks change", date="2027-03-28T09:00", channel="mastodon", status="published",
        author="Jonas Berg", reviewer="Maya Ortiz", responder="Jonas Berg, same day", kind="listen",
    )
    write_post(
        content, "2027/03/dst-before.md",
        "Tomorrow the clocks go forward: your 09:00 call moves for clients in other countries.\n",
        title="Before the clocks change", date="2027-03-27T09:00", channel="mastodon", status="approved",
        author="Jonas Berg", reviewer="Maya Ortiz", kind="broadcast",
    )
    write_post(
        content, "2026/12/ledger-letter.md",
        "This month: your questions about receipts. Which one should we answer next? Reply to this e-mail.\n",
        title="The Ledger Letter, December", date="2026-12-10T08:00", channel="newsletter", status="approved",
        author="Maya Ortiz", reviewer="Jonas Berg", responder="Maya Ortiz, within 2 working days", kind="listen",
    )
    write_post(
        content, "2026/12/offset.md",
        "I think a late fee in the contract is fairer than a surprise one. Where do you stand?\n",
        title="Late fees belong in the contract", date="2026-12-17T10:00+02:00", channel="blog",
        status="published", author="Jonas Berg", reviewer="Zoë Å. Lind", responder="Jonas Berg, same day",
    )
    for status in ("idea", "draft", "review"):
        write_post(
            content, f"2026/12/{status}-post.md",
            f"Working text {UNAPPROVED_MARKER}: we are proud to announce our award-winning launch.\n",
            title=f"Unapproved {status} {UNAPPROVED_MARKER}", date="2026-12-08", channel="linkedin",
            status=status, author="Maya Ortiz", notes=PRIVATE_MARKER,
        )
    broken = content / "2026/12/broken-draft.md"
    broken.write_text(f"---\ntitle: [unclosed {UNAPPROVED_MARKER}\nstatus: draft\n---\nText {UNAPPROVED_MARKER}\n",
                      encoding="utf-8")


PLUGIN = {
    "timezone": "Europe/Amsterdam",
    "today": TODAY,
    "channels": {"newsletter": {"timezone": "Europe/London", "colour": "#2e7d32"}},
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("calendar-site")
    _write_posts(root / "content")
    result = mkdocs_build(write_site(root, **PLUGIN))
    assert result.returncode == 0, result.stderr
    return root


@pytest.fixture(scope="module")
def public(site: Path) -> Path:
    return site / "public"


def _page(public: Path, url: str) -> Element:
    return parse_html(public / url / "index.html")


def _content(public: Path, url: str) -> Element:
    return _page(public, url).find("div", "ec-page")


# ----- nothing unapproved or private leaks, anywhere ---------------------------------------------------------


def test_no_unapproved_or_private_text_in_any_built_file(public: Path) -> None:
    files = dict(built_files(public))
    assert public / "search" / "search_index.json" in files
    assert public / "sitemap.xml.gz" in files
    leaks = [str(path.relative_to(public)) for path, text in files.items()
             if UNAPPROVED_MARKER in text or PRIVATE_MARKER in text]
    assert leaks == []
    # The markers are real: the approved posts' text does reach the search index.
    assert "Which one should we answer next?" in files[public / "search" / "search_index.json"]


def test_only_approved_posts_get_pages_and_sitemap_entries(public: Path) -> None:
    posts = sorted(path.parent.name for path in (public / "posts").glob("*/index.html"))
    assert posts == ["2026-12-late-invoices", "2026-12-ledger-letter", "2026-12-offset", "2027-03-dst-after",
                     "2027-03-dst-before", "invoice-friday-question"]
    sitemap = (public / "sitemap.xml").read_text("utf-8")
    assert len(re.findall(r"<loc>[^<]*/posts/", sitemap)) == 6


def test_post_pages_stay_out_of_the_navigation(public: Path) -> None:
    page = _page(public, "posts/invoice-friday-question")
    nav_links = [a.attrs.get("href", "") for a in page.find_all("a", "md-nav__link")]
    assert nav_links, "Material's navigation is rendered"
    assert not [href for href in nav_links if "posts/" in href or "calendar/20" in href]
    titles = {a.text for a in page.find_all("a", "md-nav__link")}
    assert {"Calendar", "Agenda", "Channels", "Authors", "Plan health", "About"} <= titles


# ----- escaping --------------------------------------------------------------------------------------------


def test_front_matter_and_body_html_is_shown_as_text(public: Path) -> None:
    for path, text in built_files(public):
        if path.suffix in (".html", ".json", ".xml"):
            assert "<script>alert(" not in text, path
    page = _page(public, "posts/2026-12-late-invoices")
    assert page.find("h1", "ec-title").text == XSS_TITLE
    assert page.find("title").text.startswith(XSS_TITLE)
    body = page.find("article", "ec-post-body")
    assert '<script>alert("body")</script>' in body.text
    assert body.find("h3").text == "The reminder that works", "body headings sit under the page title"
    cell = _content(public, "calendar/2026-12").find("td", data_date="2026-12-03")
    assert cell.find("a", "ec-post__title").text == XSS_TITLE


# ----- the month grid --------------------------------------------------------------------------------------


def test_calendar_shows_the_current_month_with_today_marked(public: Path) -> None:
    grid = _content(public, "calendar")
    assert grid.attrs["data-month"] == "2026-11"
    today = grid.find("td", data_date=TODAY)
    assert {"ec-day", "ec-day--today"} <= today.classes()
    assert today.attrs["aria-current"] == "date"
    assert [td.attrs["data-date"] for td in grid.find_all("td", "ec-day--today")] == [TODAY]
    rows = grid.find("table", "ec-month").find_all("tr", "ec-week")
    assert len(rows) == 6 and all(len(row.find_all("td")) == 7 for row in rows)
    assert rows[0].attrs["data-week"] == "2026-10-26", "weeks start on Monday"
    cells = grid.find_all("td", "ec-day")
    assert [td.attrs.get("data-date") for td in cells if "data-date" in td.attrs][::29] == ["2026-11-01", "2026-11-30"]


def test_a_day_lists_its_posts_with_channel_title_link_and_author(public: Path) -> None:
    cell = _content(public, "calendar").find("td", data_date="2026-11-24")
    post = cell.find("li", "ec-post")
    assert post.attrs["data-channel"] == "linkedin" and post.attrs["data-slug"] == "invoice-friday-question"
    assert post.find(css="ec-badge").text == "LinkedIn"
    link = post.find("a", "ec-post__title")
    assert link.text == "What eats your Friday: which invoicing step takes longest?"
    assert link.attrs["href"] == "../posts/invoice-friday-question/"
    assert post.find(css="ec-post__author").text == "Maya Ortiz"
    assert post.find("time").attrs["datetime"] == "2026-11-24T09:30+01:00"
    empty = _content(public, "calendar").find("td", data_date="2026-11-25")
    assert "ec-day--empty" in empty.classes() and not empty.find_all("li")


def test_months_link_previous_and_next_without_gaps(public: Path) -> None:
    months = sorted(path.parent.name for path in (public / "calendar").glob("20*/index.html"))
    assert months == ["2026-11", "2026-12", "2027-01", "2027-02", "2027-03"]
    january = _content(public, "calendar/2027-01")
    assert january.find("a", rel="prev").attrs["href"] == "../2026-12/"
    assert january.find("a", rel="next").attrs["href"] == "../2027-02/"
    assert not january.find_all("li", "ec-post")
    assert not _content(public, "calendar/2026-11").find_all("a", rel="prev")
    assert not _content(public, "calendar/2027-03").find_all("a", rel="next")
    assert _content(public, "calendar").find("a", rel="next").attrs["href"] == "2026-12/"


def test_every_link_in_the_calendar_pages_resolves(public: Path) -> None:
    checked = 0
    for path in public.rglob("index.html"):
        page = parse_html(path)
        for block in page.find_all("div", "ec-page"):
            for anchor in block.find_all("a"):
                href = urlsplit(anchor.attrs["href"])
                if href.scheme or not href.path:
                    continue
                target = (path.parent / unquote(href.path)).resolve()
                target = target / "index.html" if href.path.endswith("/") else target
                assert target.is_file(), f"{path.relative_to(public)}: broken link {anchor.attrs['href']}"
                checked += 1
    assert checked > 50


# ----- post pages and scorecards ---------------------------------------------------------------------------


def test_post_page_shows_when_where_who_and_nothing_else(public: Path) -> None:
    page = _content(public, "posts/invoice-friday-question")
    fields = {row.attrs["data-field"]: row.find("dd").text for row in page.find_all("div", "ec-meta__row")}
    assert fields == {
        "date": "Tuesday 24 November 2026, 09:30 CET (Europe/Amsterdam, UTC+01:00)",
        "channel": "LinkedIn",
        "author": "Maya Ortiz",
        "reviewer": "Jonas Berg",
        "responder": "Maya Ortiz, within 2 hours",
        "status": "approved",
        "kind": "listens: asks or answers",
        "reply-window": "2 hours from 09:30 (Europe/Amsterdam)",
        "tags": "invoicingfreelancers",
    }
    assert [li.text for li in page.find("div", data_field="tags").find_all("li")] == ["invoicing", "freelancers"]
    all_day = _content(public, "posts/2026-12-late-invoices")
    assert all_day.find("div", data_field="date").find("time").attrs["datetime"] == "2026-12-03"
    assert "all day" in all_day.find("div", data_field="date").text


def test_search_indexes_a_posts_words_while_its_page_keeps_details_and_scorecard(public: Path) -> None:
    """The search plugin reads only a post's words (the details list and scorecard are most of its markup)."""
    index = json.loads((public / "search" / "search_index.json").read_text("utf-8"))
    post = [doc for doc in index["docs"] if doc["location"].startswith("posts/invoice-friday-question/")]
    assert len(post) == 1, "one entry: the scorecard's headings no longer add empty sections"
    assert html.unescape(post[0]["title"]) == "What eats your Friday: which invoicing step takes longest?"
    assert "LinkedIn post by Maya Ortiz, Tuesday 24 November 2026, 09:30 CET" in post[0]["text"]
    assert "What is the one step of invoicing that takes you the longest?" in post[0]["text"]
    assert not any(word in post[0]["text"] for word in ("Lint scorecard", "Goes out", "Reviewer", "Jonas Berg"))
    page = _content(public, "posts/invoice-friday-question")
    assert page.find("section", "ec-scorecard").find_all("tr", data_metric="word_count")
    assert len(page.find_all("div", "ec-meta__row")) == 9


def test_dates_keep_daylight_saving_time_and_the_channel_zone(public: Path) -> None:
    def when(slug: str) -> str:
        return _content(public, f"posts/{slug}").find("div", data_field="date").find("time").attrs["datetime"]

    assert when("2027-03-dst-after") == "2027-03-28T09:00+02:00"
    assert when("2027-03-dst-before") == "2027-03-27T09:00+01:00"
    assert when("2026-12-ledger-letter") == "2026-12-10T08:00+00:00", "the newsletter channel's zone is London"
    assert when("2026-12-offset") == "2026-12-17T09:00+01:00", "an explicit offset is the same moment, site zone"
    assert "CEST" in _content(public, "posts/2027-03-dst-after").find("div", data_field="date").text


def test_scorecard_is_what_lint_posts_reports(site: Path, public: Path) -> None:
    report = lint([site / "content"], load_config(cwd=site), measures=[readability])
    expected = {Path(r.post.path).name: r for r in report.posts}
    for slug, name in (("invoice-friday-question", "invoice-friday.md"), ("2026-12-late-invoices", "late-invoices.md")):
        card = _content(public, f"posts/{slug}").find("section", "ec-scorecard")
        result = expected[name]
        assert {tr.attrs["data-metric"] for tr in card.find_all("tr")} == set(result.metrics)
        if result.metrics["word_count"] >= 30:  # textstat's reading ease, shown on the site only
            assert card.find("tr", data_metric="reading_ease").find("td").text == f"{result.metrics['reading_ease']:g}"
        assert card.find("tr", data_metric="word_count").find("td").text == str(result.metrics["word_count"])
        assert [li.attrs["data-rule"] for li in card.find_all("li", "ec-finding")] == [f.rule for f in result.findings]
        questions = [tr.find("th").text for tr in card.find_all("tr") if tr.attrs["data-metric"].endswith("_questions")]
        assert questions == ["Open questions to the reader", "Choice questions (answers the post names)",
                             "Closed (yes/no) questions", "Rhetorical questions (the post answers them)"]
    broadcast = _content(public, "posts/2026-12-late-invoices").find("section", "ec-scorecard")
    assert expected["late-invoices.md"].findings, "the broadcast post has findings to show"
    assert broadcast.find("li", "ec-finding").find(css="ec-finding__message").text


# ----- agenda, channels, authors, plan health --------------------------------------------------------------


def test_agenda_lists_every_week_with_the_current_one_marked(public: Path) -> None:
    agenda = _content(public, "agenda")
    weeks = [section.attrs["data-week"] for section in agenda.find_all("section", "ec-agenda-week")]
    assert weeks[0] == "2026-11-23" and weeks[-1] == "2027-03-22" and len(weeks) == 18
    assert not agenda.find_all("section", "ec-agenda-week--current"), "today's week has no posts in this plan"
    december = agenda.find("section", data_week="2026-11-30")
    assert "ec-agenda-week--under" in december.classes()
    row = december.find("li", "ec-post")
    assert row.find(css="ec-post__responder").text == "replies: Zoë Lind, within one working day"
    assert "ec-agenda-week--silent" in agenda.find("section", data_week="2027-01-04").classes()


def test_channel_and_author_pages(public: Path) -> None:
    mastodon = _content(public, "channels/mastodon")
    assert [li.attrs["data-slug"] for li in mastodon.find_all("li", "ec-post")] == [
        "2027-03-dst-before", "2027-03-dst-after"]
    assert mastodon.find("a", "ec-ics").attrs["href"] == "../mastodon.ics"
    author = _content(public, "authors/zoe-a-lind")
    assert author.find("h1").text == "Zoë Å. Lind"
    assert [li.attrs["data-slug"] for li in author.find_all("li", "ec-post")] == ["2026-12-late-invoices"]
    channels = _content(public, "channels")
    assert [li.attrs["data-channel"] for li in channels.find_all("li", "ec-channel")] == [
        "blog", "linkedin", "mastodon", "newsletter"]


def test_plan_health_highlights_weeks_under_the_listening_target(public: Path) -> None:
    health = _content(public, "health")
    rows = {tr.attrs["data-week"]: tr for tr in health.find_all("tr", "ec-health-row")}
    under = sorted(week for week, tr in rows.items() if "ec-health-row--under" in tr.classes())
    assert under == ["2026-11-30"], "the week with only a broadcast"
    assert rows["2026-11-23"].find(css="ec-share").text == "100%"
    assert rows["2027-03-22"].find(css="ec-share").text == "50%", "half is on target, not under it"
    chart = health.find("svg", "ec-chart-listening")
    bars = {g.attrs["data-week"]: g for g in chart.find_all("g", "ec-chart__week")}
    assert sorted(w for w, g in bars.items() if "ec-chart__week--under" in g.classes()) == under
    assert bars["2027-03-22"].attrs["data-share"] == "0.500"
    assert "ec-chart__week--silent" in bars["2027-01-04"].classes()
    channels = health.find("svg", "ec-chart-channels")
    assert {rect.attrs["data-channel"] for rect in channels.find_all("rect", "ec-chart__segment")} == {
        "blog", "linkedin", "mastodon", "newsletter"}
    assert chart.find("title").text and chart.attrs["role"] == "img"


# ----- offline ---------------------------------------------------------------------------------------------

_ASSET = re.compile(
    r"<(?:script|img|source|iframe)\b[^>]*\bsrc\s*=\s*[\"']?(?P<src>[^\"' >]+)"
    r"|<link\b(?=[^>]*\brel\s*=\s*[\"']?(?:stylesheet|icon|preload|modulepreload|manifest|apple-touch-icon))"
    r"[^>]*\bhref\s*=\s*[\"']?(?P<href>[^\"' >]+)"
    r"|url\(\s*[\"']?(?P<url>[^\"')]+)|@import\s+[\"'](?P<import>[^\"']+)",
    re.IGNORECASE,
)


def test_no_asset_is_fetched_from_another_site(public: Path) -> None:
    external = []
    checked = 0
    for path, text in built_files(public):
        if path.suffix not in (".html", ".css"):
            continue
        for match in _ASSET.finditer(text):
            checked += 1
            target = next(value for value in match.groupdict().values() if value)
            if re.match(r"(?:https?:)?//", target):
                external.append(f"{path.relative_to(public)}: {target}")
    assert checked > 20
    assert external == []


# ----- ICS -------------------------------------------------------------------------------------------------


def _events(public: Path, name: str = "calendar.ics") -> dict[str, icalendar.Event]:
    feed = icalendar.Calendar.from_ical((public / name).read_bytes())
    return {str(event["UID"]): event for event in feed.walk("VEVENT")}


def test_ics_has_one_event_per_approved_post_plus_reply_windows(public: Path) -> None:
    domain = "larkspur-review-site.editorial-calendar"
    events = _events(public)
    posts = {uid for uid in events if "/reply-window@" not in uid}
    assert posts == {f"{key}@{domain}" for key in (
        "invoice-friday-question", "2026/12/late-invoices.md", "2027/03/dst-after.md", "2027/03/dst-before.md",
        "2026/12/ledger-letter.md", "2026/12/offset.md")}
    windows = sorted(uid for uid in events if "/reply-window@" in uid)
    assert windows == sorted(f"{key}/reply-window@{domain}" for key in (
        "invoice-friday-question", "2027/03/dst-after.md", "2026/12/ledger-letter.md", "2026/12/offset.md"))
    for event in events.values():
        assert event["TRANSP"] == "TRANSPARENT"
        assert event.decoded("DTSTAMP").tzinfo is not None


def test_ics_event_fields(public: Path) -> None:
    events = _events(public)
    event = events["invoice-friday-question@larkspur-review-site.editorial-calendar"]
    start = event.decoded("DTSTART")
    assert start == dt.datetime(2026, 11, 24, 9, 30, tzinfo=start.tzinfo)
    assert event["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert str(event["URL"]) == f"{SITE_URL}posts/invoice-friday-question/"
    assert [str(c) for c in event["CATEGORIES"].cats] == ["linkedin"]
    description = str(event["DESCRIPTION"])
    assert "Channel: LinkedIn" in description and "Author: Maya Ortiz" in description
    assert "Responder: Maya Ortiz, within 2 hours" in description
    assert PRIVATE_MARKER not in description
    window = events["invoice-friday-question/reply-window@larkspur-review-site.editorial-calendar"]
    assert window.decoded("DTEND") - window.decoded("DTSTART") == dt.timedelta(hours=2)
    assert str(window["RELATED-TO"]) == str(event["UID"])

    all_day = events["2026/12/late-invoices.md@larkspur-review-site.editorial-calendar"]
    assert type(all_day.decoded("DTSTART")) is dt.date and all_day.decoded("DTSTART") == dt.date(2026, 12, 3)
    assert str(all_day["SUMMARY"]).startswith(XSS_TITLE)

    after = events["2027/03/dst-after.md@larkspur-review-site.editorial-calendar"].decoded("DTSTART")
    before = events["2027/03/dst-before.md@larkspur-review-site.editorial-calendar"].decoded("DTSTART")
    assert after.utcoffset() == dt.timedelta(hours=2) and before.utcoffset() == dt.timedelta(hours=1)
    letter = events["2026/12/ledger-letter.md@larkspur-review-site.editorial-calendar"]
    assert letter["DTSTART"].params["TZID"] == "Europe/London"
    feed = icalendar.Calendar.from_ical((public / "calendar.ics").read_bytes())
    assert {str(tz["TZID"]) for tz in feed.walk("VTIMEZONE")} == {"Europe/Amsterdam", "Europe/London"}


def test_channel_feeds_hold_only_their_channel(public: Path) -> None:
    events = _events(public, "channels/mastodon.ics")
    assert {str(e["CATEGORIES"].cats[0]) for e in events.values()} == {"mastodon"}
    assert len([uid for uid in events if "/reply-window@" not in uid]) == 2


def test_ics_is_byte_identical_across_builds_on_other_days(site: Path, tmp_path: Path) -> None:
    """A second build on a different 'today' and in another folder writes the same feeds."""
    copy = tmp_path / "again"
    shutil.copytree(site / "content", copy / "content")
    result = mkdocs_build(write_site(copy, **{**PLUGIN, "today": "2027-02-14"}))
    assert result.returncode == 0, result.stderr
    for name in ("calendar.ics", "channels/mastodon.ics", "channels/newsletter.ics"):
        assert (copy / "public" / name).read_bytes() == (site / "public" / name).read_bytes()
    assert _content(copy / "public", "calendar").attrs["data-month"] == "2027-02"


# ----- the build refuses approved posts the linter rejects --------------------------------------------------


def test_invalid_approved_posts_fail_the_build_naming_file_and_line(tmp_path: Path) -> None:
    content = tmp_path / "content"
    write_post(content, "fine.md", "What would you change about your invoice template?\n",
               title="Invoice templates", date="2026-12-01", channel="blog", status="approved",
               author="Maya Ortiz", reviewer="Jonas Berg")
    write_post(content, "no-reviewer.md", "Tell us how you price a rush job.\n",
               title="Rush jobs", date="2026-12-02", channel="linkedin", status="approved", author="Maya Ortiz")
    write_post(content, "self-reviewed.md", "Tell us how you price a rush job.\n",
               title="Rush jobs again", date="2026-12-02", channel="linkedin", status="published",
               author="Jonas Berg", reviewer="Jonas Berg")
    (content / "bad-date.md").write_text(
        "---\ntitle: Year end\ndate: 2026-12-32\nchannel: blog\nstatus: scheduled\nauthor: Maya Ortiz\n"
        "reviewer: Jonas Berg\n---\nWhat is on your year-end list?\n", encoding="utf-8")
    (content / "broken-yaml.md").write_text(
        "---\ntitle: [unclosed\nstatus: approved\n---\nWhat is on your list?\n", encoding="utf-8")
    result = mkdocs_build(write_site(tmp_path, timezone="Europe/Amsterdam", today=TODAY))
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "no-reviewer.md:5:1: front-matter status 'approved' needs a reviewer" in output
    assert "self-reviewed.md:7:1: front-matter the reviewer is the author" in output
    assert "bad-date.md:3:1: front-matter date '2026-12-32'" in output
    assert re.search(r"broken-yaml\.md:\d+:\d+: front-matter front matter is not valid YAML", output)
    assert "fine.md" not in output
    assert not (tmp_path / "public" / "calendar.ics").exists()


def test_an_approved_post_with_bad_lint_options_fails_the_build_naming_file_and_line(tmp_path: Path) -> None:
    """Only the linter finds these (its results come while pages are written), yet the build still stops."""
    content = tmp_path / "content"
    for name, options in (("fine.md", None), ("bad-options.md", {"self-promotion": {"max_ratio": "lots"}})):
        write_post(content, name, "What would you change about your invoice template?\n", title=name,
                   date="2026-12-01", channel="blog", status="approved", author="Maya Ortiz", reviewer="Jonas Berg",
                   **({"lint": options} if options else {}))
    result = mkdocs_build(write_site(tmp_path, timezone="Europe/Amsterdam", today=TODAY))
    output = result.stdout + result.stderr
    assert result.returncode != 0 and "Traceback" not in output
    assert re.search(r"bad-options\.md:\d+:1: front-matter lint\.self-promotion: unknown option 'max_ratio'", output)
    assert "fine.md" not in output


@pytest.mark.skipif(not (ROOT / "content").is_dir() or not any((ROOT / "content").rglob("*.md")),
                    reason="the example content/ is not there yet")
def test_shipped_content_builds_strict_and_publishes_only_approved_posts(tmp_path: Path) -> None:
    result = mkdocs_build(ROOT / "mkdocs.yml", tmp_path / "public")
    assert result.returncode == 0, result.stderr
    posts = [read_post(path) for path in sorted((ROOT / "content").rglob("*.md"))]
    index = json.loads((tmp_path / "public" / "search" / "search_index.json").read_text("utf-8"))
    titles = {html.unescape(doc["title"]) for doc in index["docs"]}
    assert {post.title for post in posts if post.status in APPROVED_STATUSES} <= titles
    everything = "\n".join(html.unescape(text) for _, text in built_files(tmp_path / "public"))
    hidden = [post.title for post in posts if post.status not in APPROVED_STATUSES]
    assert hidden, "the example calendar has drafts"
    assert [title for title in hidden if title in everything] == []
