"""The calendar as iCalendar (RFC 5545) feeds: one for the whole plan, one per channel.

Two builds of the same posts give the same bytes: UIDs come from the post (`id`, else
its path), DTSTAMP is the publish moment (never the build time) and events are in a
fixed order. Each post that invites replies also gets its responder's reply window as
an event of its own, so answering is planned, not hoped for.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from linter.calendar.html import CALENDAR_ICS, channel_ics, post_page, url_of
from linter.calendar.model import Calendar, Entry

if TYPE_CHECKING:
    from icalendar import Event, Timezone

PRODID = "-//lint-posts//Editorial calendar//EN"


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


def reply_window(calendar: Calendar, entry: Entry) -> tuple[dt.datetime, dt.datetime]:
    """When the responder answers: from publishing (or the configured hour, for date-only posts) on."""
    settings = calendar.settings
    start = entry.when if isinstance(entry.when, dt.datetime) else \
        dt.datetime.combine(entry.when, settings.reply_window_start, tzinfo=entry.zone)
    end = (start.astimezone(dt.UTC) + settings.reply_window).astimezone(entry.zone)
    return start, end


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


def events(calendar: Calendar, entry: Entry) -> bytes:
    """The post's event and, if it invites replies, its reply window, serialized once for every feed."""
    data = _post_event(calendar, entry).to_ical()
    if entry.invites_replies:
        data += _reply_event(calendar, entry).to_ical()
    return data


def render(calendar: Calendar, entries: Iterable[Entry], name: str, serialized: Mapping[str, bytes]) -> bytes:
    """One feed: icalendar writes the calendar and its zones, the events come pre-serialized.

    `serialized` holds each entry's serialized events by key, so a post shared by the
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
    return head + b"".join(serialized[entry.key] for entry in entries) + b"END:VCALENDAR" + end


def _timezone(zone: str, first_year: int, last_year: int) -> Timezone:
    from icalendar import Timezone

    return Timezone.from_tzinfo(ZoneInfo(zone), first_date=dt.date(first_year, 1, 1),
                                last_date=dt.date(last_year, 1, 1))


def feed_paths(calendar: Calendar) -> list[str]:
    return [CALENDAR_ICS, *(channel_ics(calendar.channel_slugs[name]) for name in calendar.channels)]


def feeds(calendar: Calendar, serialized: Mapping[str, bytes] | None = None) -> dict[str, bytes]:
    """Every feed by its path on the site: `calendar.ics` and `channels/<channel>.ics`.

    `serialized` may hold posts' `events()` by entry key, written while their pages were.
    """
    serialized = serialized or {}
    label = calendar.settings.site_name
    every = {entry.key: serialized.get(entry.key) or events(calendar, entry) for entry in calendar.entries}
    files = {CALENDAR_ICS: render(calendar, calendar.entries, label, every)}
    for name, entries in calendar.channels.items():
        channel = calendar.settings.channel(name).label
        files[channel_ics(calendar.channel_slugs[name])] = render(calendar, entries, f"{label}: {channel}", every)
    return files


def write_feeds(calendar: Calendar, folder: Path, serialized: Mapping[str, bytes] | None = None) -> None:
    """Every feed into the site folder; each file is replaced whole, so a reader never sees half a feed."""
    for path, data in feeds(calendar, serialized).items():
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.partial")
        partial.write_bytes(data)
        os.replace(partial, target)
