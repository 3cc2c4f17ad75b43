"""The calendar model: which posts reviewers see, when they go out, and how the plan listens.

Only posts whose status counts as approved enter the model, so nothing rendered from
it (pages, search index, ICS) can leak an idea, a draft or a post under review. An
approved post the linter cannot vouch for (front-matter or unreadable findings, or a
reviewer who is the author) stops the build: reviewers must not see a calendar that
silently drops or misstates a post.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from linter.engine import Finding, PostResult
from linter.post import APPROVED_STATUSES, FRONT_MATTER_RULE, STATUSES, UNREADABLE_RULE, Post, Problem, review_problem

PLAN_METRICS = ("invites_reply",)
"""The metrics read beyond a post's own page (whether it listens, whether someone must answer)."""
LintResult = tuple[Sequence[Finding], Mapping[str, float | int]]
"""What the linter says about one post: its findings and metrics."""
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
BLOCKING_RULES = (FRONT_MATTER_RULE, UNREADABLE_RULE)
"""Findings that mean the post's date, channel or people cannot be trusted on the calendar."""

_COLOUR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
_CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


class CalendarError(Exception):
    """The calendar cannot be built truthfully; the message names every file and line at fault."""


@dataclass(frozen=True)
class ChannelStyle:
    """How a channel looks on the calendar, and the time zone its naive times are in."""

    name: str
    label: str
    colour: str
    icon_svg: str | None = None
    """Inline SVG markup (an icon from the theme); None shows the label only."""
    timezone: ZoneInfo | None = None


_DEFAULT_STYLES = {
    "blog": ("Blog", "#6d4c41"),
    "linkedin": ("LinkedIn", "#0a66c2"),
    "twitter": ("Twitter", "#1565a8"),
    "facebook": ("Facebook", "#1565c0"),
    "instagram": ("Instagram", "#c2185b"),
    "mastodon": ("Mastodon", "#5b4fd6"),
    "newsletter": ("Newsletter", "#2e7d32"),
    "youtube": ("YouTube", "#d32f2f"),
}
_FALLBACK_COLOUR = "#607d8b"


@dataclass(frozen=True)
class Settings:
    """Everything the calendar needs to know that is not in the posts."""

    timezone: ZoneInfo = field(default_factory=lambda: ZoneInfo("UTC"))
    today: dt.date = None  # type: ignore[assignment]  # filled in by __post_init__
    """The day marked as today; default: the date it is now in `timezone`, wherever the build runs."""
    approved_statuses: tuple[str, ...] = APPROVED_STATUSES
    week_start: int = 0
    """0 = Monday … 6 = Sunday."""
    channels: Mapping[str, ChannelStyle] = field(default_factory=dict)
    reply_window: dt.timedelta = dt.timedelta(hours=2)
    reply_window_start: dt.time = dt.time(9, 0)
    """When the reply window of a date-only post opens (its time is not known)."""
    listening_target: float = 0.5
    site_name: str = "Editorial calendar"
    site_url: str | None = None
    uid_domain: str = "editorial-calendar"
    directory_urls: bool = True

    def __post_init__(self) -> None:
        if self.today is None:
            object.__setattr__(self, "today", today_in(self.timezone))

    def channel(self, name: str) -> ChannelStyle:
        if name in self.channels:
            return self.channels[name]
        return ChannelStyle(name, *default_style(name))

    def zone_of(self, channel: str) -> ZoneInfo:
        return self.channel(channel).timezone or self.timezone


def today_in(zone: ZoneInfo) -> dt.date:
    """Today in the calendar's zone: a build machine in UTC must not mark yesterday in Amsterdam after midnight."""
    return dt.datetime.now(zone).date()


def default_style(name: str) -> tuple[str, str]:
    """The label and colour a channel gets when the configuration says nothing."""
    return _DEFAULT_STYLES.get(name, (name.replace("-", " ").replace("_", " ").title(), _FALLBACK_COLOUR))


def parse_timezone(value: Any, where: str) -> ZoneInfo:
    if not isinstance(value, str) or not value.strip():
        raise CalendarError(f"{where}: expected an IANA time zone name such as Europe/Amsterdam")
    try:
        return ZoneInfo(value.strip())
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise CalendarError(f"{where}: unknown time zone {value!r} (use an IANA name such as Europe/Amsterdam)") \
            from error


def parse_colour(value: Any, where: str) -> str:
    """Colours land in style attributes, so only hex colours pass (no CSS can be smuggled in)."""
    if not isinstance(value, str) or not _COLOUR.match(value.strip()):
        raise CalendarError(f"{where}: expected a hex colour such as #0a66c2, got {value!r}")
    return value.strip().lower()


def parse_clock(value: Any, where: str) -> dt.time:
    """`09:00`; YAML 1.1 reads an unquoted `10:00` as the sexagesimal number 600, so that is accepted too."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 24 * 60:
        value = f"{value // 60}:{value % 60:02d}"
    match = _CLOCK.match(value.strip()) if isinstance(value, str) else None
    if not match:
        raise CalendarError(f"{where}: expected a time of day such as 09:00, got {value!r}")
    return dt.time(int(match[1]), int(match[2]))


def parse_week_start(value: Any, where: str) -> int:
    name = str(value).strip().lower()
    if name not in WEEKDAYS:
        raise CalendarError(f"{where}: expected a weekday name ({', '.join(WEEKDAYS)}), got {value!r}")
    return WEEKDAYS.index(name)


def parse_statuses(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise CalendarError(f"{where}: expected a list of statuses")
    unknown = [v for v in value if v not in STATUSES]
    if unknown:
        raise CalendarError(f"{where}: unknown status(es) {', '.join(unknown)} (statuses: {', '.join(STATUSES)})")
    return tuple(value)


def parse_day(value: Any, where: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError as error:
        raise CalendarError(f"{where}: expected a date such as 2026-11-22, got {value!r}") from error


def slugify(text: str, fallback: str) -> str:
    """A URL segment a reviewer can read: ascii, lower case, words joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug or fallback


def _unique(slug: str, taken: set[str]) -> str:
    candidate, number = slug, 2
    while candidate in taken:
        candidate, number = f"{slug}-{number}", number + 1
    taken.add(candidate)
    return candidate


def week_of(day: dt.date, week_start: int) -> dt.date:
    """The first day of the week `day` is in."""
    return day - dt.timedelta(days=(day.weekday() - week_start) % 7)


@dataclass(frozen=True)
class Entry:
    """One approved post as the calendar shows it. Only the fields reviewers need are copied.

    Anything else in the front matter (notes, budgets, client names) never gets here.
    An entry is admitted from the front matter alone; the linter's metrics and findings
    arrive later (`with_lint`), so a generator can lay out pages while the rules still run.
    """

    key: str
    """The post's stable identity: front-matter `id`, else its path under the content folder."""
    slug: str
    source: str
    title: str
    status: str
    channel: str
    author: str
    reviewer: str
    responder: str | None
    tags: tuple[str, ...]
    when: dt.date | dt.datetime
    """A date for date-only posts; otherwise an aware datetime in the post's zone."""
    zone: ZoneInfo
    body: str
    kind: str | None
    metrics: Mapping[str, float | int] = field(default_factory=dict)
    findings: tuple[Finding, ...] = ()

    def with_lint(self, findings: Sequence[Finding], metrics: Mapping[str, float | int]) -> Entry:
        """This entry with what the linter says about it; CalendarError if that makes the post untrustworthy."""
        blocking = [_located(self.source, f) for f in findings if f.rule in BLOCKING_RULES]
        if blocking:
            raise CalendarError("\n".join(blocking))
        return replace(self, metrics=dict(metrics), findings=tuple(findings))

    def for_the_plan(self) -> Entry:
        """Only what the plan's views (grids, lists, health, feeds) read: no body, no findings, one metric.

        Thousands of these stay in memory until the last page; each post page had the whole entry.
        """
        metrics = {name: self.metrics[name] for name in PLAN_METRICS if name in self.metrics}
        return replace(self, body="", findings=(), metrics=metrics)

    @property
    def timed(self) -> bool:
        return isinstance(self.when, dt.datetime)

    @property
    def day(self) -> dt.date:
        return self.when.date() if isinstance(self.when, dt.datetime) else self.when

    @property
    def listening(self) -> bool:
        """Asks or answers (counts toward the listening share) rather than announces.

        A poll ("Rye or sourdough?") asks for input as much as an open question does (principle 6), so any
        question or invitation the reader has a reason to answer counts, as it does for missing-responder."""
        if self.kind in ("listen", "broadcast"):
            return self.kind == "listen"
        return self.invites_replies

    @property
    def invites_replies(self) -> bool:
        """Someone must be ready to answer: the post asks for replies, whatever its kind."""
        return self.kind == "listen" or self.metrics.get("invites_reply") == 1

    @property
    def sort_key(self) -> tuple[Any, ...]:
        clock = self.when.timetz().replace(tzinfo=None) if isinstance(self.when, dt.datetime) else dt.time.min
        return (self.day, self.timed, clock, self.channel, self.title.casefold(), self.key)


@dataclass(frozen=True)
class WeekHealth:
    """One week of the plan: does it listen more than it broadcasts?"""

    start: dt.date
    entries: tuple[Entry, ...]
    target: float

    @property
    def listening(self) -> int:
        return sum(entry.listening for entry in self.entries)

    @property
    def broadcast(self) -> int:
        return len(self.entries) - self.listening

    @property
    def share(self) -> float | None:
        """None for a silent week: there is no share of nothing."""
        return self.listening / len(self.entries) if self.entries else None

    @property
    def under_target(self) -> bool:
        return self.share is not None and self.share < self.target

    @property
    def per_channel(self) -> Counter[str]:
        return Counter(entry.channel for entry in self.entries)


@dataclass(frozen=True)
class Person:
    name: str
    slug: str
    entries: tuple[Entry, ...]


class Calendar:
    """Approved posts in publishing order, with the views reviewers ask for."""

    def __init__(self, entries: Iterable[Entry], settings: Settings) -> None:
        self.entries: list[Entry] = sorted(entries, key=lambda entry: entry.sort_key)
        self.settings = settings

    @cached_property
    def by_day(self) -> dict[dt.date, list[Entry]]:
        days: dict[dt.date, list[Entry]] = {}
        for entry in self.entries:
            days.setdefault(entry.day, []).append(entry)
        return days

    @cached_property
    def months(self) -> list[tuple[int, int]]:
        """Every month from the first post (or today) to the last post (or today), with no gaps."""
        days = [self.settings.today, *(entry.day for entry in self.entries[:1]), *(e.day for e in self.entries[-1:])]
        first, last = min(days), max(days)
        months, (year, month) = [], (first.year, first.month)
        while (year, month) <= (last.year, last.month):
            months.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return months

    @property
    def current_month(self) -> tuple[int, int]:
        return self.settings.today.year, self.settings.today.month

    def week_of(self, day: dt.date) -> dt.date:
        return week_of(day, self.settings.week_start)

    @cached_property
    def weeks(self) -> list[WeekHealth]:
        """Every week from the first post to the last, silent weeks included (silence is news too)."""
        if not self.entries:
            return []
        grouped: dict[dt.date, list[Entry]] = {}
        for entry in self.entries:
            grouped.setdefault(self.week_of(entry.day), []).append(entry)
        start, last = self.week_of(self.entries[0].day), self.week_of(self.entries[-1].day)
        weeks = []
        while start <= last:
            weeks.append(WeekHealth(start, tuple(grouped.get(start, ())), self.settings.listening_target))
            start += dt.timedelta(days=7)
        return weeks

    @cached_property
    def channels(self) -> dict[str, list[Entry]]:
        """Entries per channel, channels in the configured order, then by name."""
        grouped: dict[str, list[Entry]] = {}
        for entry in self.entries:
            grouped.setdefault(entry.channel, []).append(entry)
        order = list(self.settings.channels)
        return dict(sorted(grouped.items(), key=lambda item: (
            order.index(item[0]) if item[0] in order else len(order), item[0])))

    @cached_property
    def channel_slugs(self) -> dict[str, str]:
        taken: set[str] = set()
        return {name: _unique(slugify(name, "channel"), taken) for name in self.channels}

    @cached_property
    def authors(self) -> list[Person]:
        grouped: dict[str, list[Entry]] = {}
        for entry in self.entries:
            grouped.setdefault(entry.author, []).append(entry)
        taken: set[str] = set()
        names = sorted(grouped, key=lambda name: (name.casefold(), name))
        return [Person(name, _unique(slugify(name, "author"), taken), tuple(grouped[name])) for name in names]

    @cached_property
    def author_slugs(self) -> dict[str, str]:
        return {person.name: person.slug for person in self.authors}

    @property
    def listening_share(self) -> float | None:
        if not self.entries:
            return None
        return sum(entry.listening for entry in self.entries) / len(self.entries)

    def measured(self, lint: Mapping[str, LintResult]) -> Calendar:
        """The same calendar with every post's findings and metrics (`lint` by post path).

        CalendarError names every approved post whose findings block it (e.g. bad `lint:` options).
        """
        entries, errors = [], []
        for entry in self.entries:
            try:
                entries.append(entry.with_lint(*lint[entry.source]))
            except CalendarError as error:
                errors.append(str(error))
        if errors:
            raise CalendarError("\n".join(errors))
        return Calendar(entries, self.settings)


def _relative_key(path: str, content_root: Path | None) -> str:
    """The post's path under the content folder, so UIDs and slugs do not depend on where the build runs."""
    if content_root is not None:
        try:
            return Path(path).resolve().relative_to(content_root.resolve()).as_posix()
        except ValueError:
            pass
    return PurePosixPath(Path(path).as_posix()).as_posix()


def _located(path: str, problem: Finding | Problem) -> str:
    """The linter's text-format line, so the build names file and line exactly as `lint-posts` does."""
    return f"{path}:{problem.line}:{problem.column}: {problem.rule} {problem.message}"


def _placed(publish: dt.date | dt.datetime, zone: ZoneInfo) -> dt.date | dt.datetime:
    """Naive times are wall-clock times in the zone; the UTC round trip moves a time that does
    not exist (inside a spring-forward gap) to the wall-clock time it really is."""
    if not isinstance(publish, dt.datetime):
        return publish
    if publish.tzinfo is None:
        publish = publish.replace(tzinfo=zone)
    return publish.astimezone(dt.UTC).astimezone(zone)


def build_calendar(results: Iterable[PostResult], settings: Settings, content_root: Path | None = None) -> Calendar:
    """The calendar of approved posts; CalendarError lists every approved post that cannot be trusted."""
    results = list(results)
    calendar = admit([(result.post, result.findings) for result in results], settings, content_root)
    return calendar.measured({result.post.path: (result.findings, result.metrics) for result in results})


def admit(posts: Iterable[tuple[Post, Sequence[Finding | Problem]]], settings: Settings,
          content_root: Path | None = None) -> Calendar:
    """The calendar of approved posts from their front matter alone (no metrics or findings yet).

    Each post comes with its problems so far: the parser's (front matter, unreadable file)
    or the linter's findings. CalendarError lists every approved post that cannot be trusted.
    """
    errors: list[str] = []
    entries: list[Entry] = []
    taken: set[str] = set()
    id_lines: dict[str, list[str]] = {}
    for post, problems in sorted(posts, key=lambda item: item[0].path):
        blocking = [p for p in problems if p.rule in BLOCKING_RULES]
        status = post.status or (post.claimed_status if blocking else None)
        if status not in settings.approved_statuses:
            continue
        if blocking:
            errors.extend(_located(post.path, p) for p in blocking)
            continue
        # With no blocking problem, the schema has already made sure of date, channel and author.
        assert post.publish is not None and post.channel and post.author
        unreviewed = review_problem(post)
        if unreviewed:
            errors.append(f"{post.path}:{unreviewed.line}:{unreviewed.column}: {unreviewed.rule} {unreviewed.message}")
            continue
        reviewer = post.text("reviewer") or ""
        key = post.text("id") or _relative_key(post.path, content_root)
        id_lines.setdefault(key, []).append(f"{post.path}:{post.line_of('id')}:1")
        zone = settings.zone_of(post.channel)
        kind = post.text("kind")
        entries.append(Entry(
            key=key,
            slug=_unique(slugify(post.text("id") or PurePosixPath(key).with_suffix("").as_posix(), "post"), taken),
            source=post.path,
            title=post.title,
            status=post.status or "",
            channel=post.channel,
            author=post.author,
            reviewer=reviewer,
            responder=post.text("responder"),
            tags=tuple(post.tags),
            when=_placed(post.publish, zone),
            zone=zone,
            body=post.body,
            kind=kind if kind in ("listen", "broadcast") else None,
        ))
    errors.extend(
        f"{where}: {FRONT_MATTER_RULE} id {key!r} is used by {len(places)} approved posts; calendar UIDs must be unique"
        for key, places in id_lines.items() if len(places) > 1 for where in places
    )
    if errors:
        raise CalendarError("\n".join(errors))
    return Calendar(entries, settings)
