"""The calendar as iCalendar (RFC 5545) feeds: one for the whole plan, one per channel.

Two builds of the same posts give the same bytes: UIDs come from the post (`id`, else
its path), DTSTAMP is the publish moment (never the build time) and events are in a
fixed order. Each post that invites replies also gets its responder's reply window as
an event of its own, so answering is planned, not hoped for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from linter.calendar.html import CALENDAR_ICS, channel_ics, post_page, url_of
from linter.calendar.model import Calendar, Entry

if TYPE_CHECKING:
    from icalendar import Event, Timezone

PRODID = "-//lint-posts//Editorial calendar//EN"
BACKGROUND_FROM = 300
"""From this many posts the feeds are rendered in a separate process."""


def _moment(entry: Entry) -> dt.datetime:
    """The publish moment in UTC; a date-only post counts from midnight in its zone."""
    when = entry.when
    if not isinstance(when, dt.datetime):
        when = dt.datetime.combine(when, dt.time(0, 0), tzinfo=entry.zone)
    return when.astimezone(dt.UTC)


def post_url(calendar: Calendar, entry: Entry) -> str | None:
    base = calendar.settings.site_url
    if not base:
        return None
    return base.rstrip("/") + "/" + url_of(post_page(entry.slug), calendar.settings.directory_urls)


def _description(calendar: Calendar, entry: Entry, *lines: str) -> str:
    url = post_url(calendar, entry)
    return "\n".join([
        *lines,
        f"Channel: {calendar.settings.channel(entry.channel).label}",
        f"Author: {entry.author}",
        f"Responder: {entry.responder or 'nobody named'}",
        *([f"Post page: {url}"] if url else []),
    ])


def _uid(calendar: Calendar, entry: Entry, suffix: str = "") -> str:
    return f"{entry.key}{suffix}@{calendar.settings.uid_domain}"


def _post_event(calendar: Calendar, entry: Entry) -> Event:
    from icalendar import Event

    event = Event()
    event.add("uid", _uid(calendar, entry))
    event.add("dtstamp", _moment(entry))
    event.add("dtstart", entry.when)
    if not isinstance(entry.when, dt.datetime):
        event.add("dtend", entry.when + dt.timedelta(days=1))
    event.add("summary", f"{entry.title} ({calendar.settings.channel(entry.channel).label})")
    event.add("description", _description(calendar, entry))
    event.add("categories", [entry.channel])
    event.add("transp", "TRANSPARENT")
    url = post_url(calendar, entry)
    if url:
        event.add("url", url)
    return event


def reply_window(calendar: Calendar, entry: Entry) -> tuple[dt.datetime, dt.datetime]:
    """When the responder answers: from publishing (or the configured hour, for date-only posts) on."""
    settings = calendar.settings
    start = entry.when if isinstance(entry.when, dt.datetime) else \
        dt.datetime.combine(entry.when, settings.reply_window_start, tzinfo=entry.zone)
    end = (start.astimezone(dt.UTC) + settings.reply_window).astimezone(entry.zone)
    return start, end


def _reply_event(calendar: Calendar, entry: Entry) -> Event:
    from icalendar import Event

    start, end = reply_window(calendar, entry)
    who = entry.responder or "no responder named"
    event = Event()
    event.add("uid", _uid(calendar, entry, "/reply-window"))
    event.add("dtstamp", _moment(entry))
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", f"Reply window: {entry.title} ({who})")
    event.add("description", _description(calendar, entry, "Answer the replies to this post."))
    event.add("categories", [entry.channel])
    event.add("transp", "TRANSPARENT")
    event.add("related-to", _uid(calendar, entry))
    url = post_url(calendar, entry)
    if url:
        event.add("url", url)
    return event


def _events(calendar: Calendar, entry: Entry) -> bytes:
    """The post's event and, if it invites replies, its reply window, serialized once for every feed."""
    data = _post_event(calendar, entry).to_ical()
    if entry.invites_replies:
        data += _reply_event(calendar, entry).to_ical()
    return data


def render(calendar: Calendar, entries: Iterable[Entry], name: str, events: dict[str, bytes]) -> bytes:
    """One feed: icalendar writes the calendar and its zones, the events come pre-serialized.

    `events` holds each entry's serialized events by key, so a post shared by the
    whole-plan feed and its channel's feed is serialized only once.
    """
    from icalendar import Calendar as ICalendar

    settings = calendar.settings
    feed = ICalendar()
    feed.add("prodid", PRODID)
    feed.add("version", "2.0")
    feed.add("calscale", "GREGORIAN")
    feed.add("method", "PUBLISH")
    feed.add("name", name)
    feed.add("x-wr-calname", name)
    feed.add("x-wr-timezone", settings.timezone.key)
    entries = list(entries)
    if entries:
        for zone in sorted({entry.zone.key for entry in entries} | {settings.timezone.key}):
            # Zone definitions only for the years the events need: smaller, and right after 2038 too.
            feed.add_component(_timezone(zone, entries[0].day.year - 1, entries[-1].day.year + 2))
    head, end = feed.to_ical().rsplit(b"END:VCALENDAR", 1)
    return head + b"".join(events[entry.key] for entry in entries) + b"END:VCALENDAR" + end


def _timezone(zone: str, first_year: int, last_year: int) -> Timezone:
    from icalendar import Timezone

    return Timezone.from_tzinfo(ZoneInfo(zone), first_date=dt.date(first_year, 1, 1),
                                last_date=dt.date(last_year, 1, 1))


def feed_paths(calendar: Calendar) -> list[str]:
    return [CALENDAR_ICS, *(channel_ics(calendar.channel_slugs[name]) for name in calendar.channels)]


def feeds(calendar: Calendar) -> dict[str, bytes]:
    """Every feed by its path on the site: `calendar.ics` and `channels/<channel>.ics`."""
    label = calendar.settings.site_name
    events = {entry.key: _events(calendar, entry) for entry in calendar.entries}
    files = {CALENDAR_ICS: render(calendar, calendar.entries, label, events)}
    for name, entries in calendar.channels.items():
        channel = calendar.settings.channel(name).label
        files[channel_ics(calendar.channel_slugs[name])] = render(calendar, entries, f"{label}: {channel}", events)
    return files


class FeedJob:
    """The feeds, rendered in another process while the generator builds the pages.

    Serializing thousands of events is the slowest step of a large build and needs
    nothing the pages need, so it runs beside them; a small calendar is rendered
    right away, where a process would cost more than it saves.
    """

    def __init__(self, calendar: Calendar) -> None:
        self.paths = feed_paths(calendar)
        self._pool: ProcessPoolExecutor | None = None
        self._future: Future[dict[str, bytes]] | None = None
        self._feeds: dict[str, bytes] | None = None
        if len(calendar.entries) >= BACKGROUND_FROM:
            self._pool = ProcessPoolExecutor(1)
            self._future = self._pool.submit(feeds, calendar)
        else:
            self._feeds = feeds(calendar)

    def result(self) -> dict[str, bytes]:
        if self._future is not None:
            try:
                self._feeds = self._future.result()
            finally:
                self.cancel()
        assert self._feeds is not None
        return self._feeds

    def cancel(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool, self._future = None, None
