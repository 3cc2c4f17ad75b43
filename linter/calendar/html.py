"""The reviewers' pages as HTML fragments: month grids, agenda, channels, authors, posts, plan health.

Plain HTML and CSS (no JavaScript); the generator wraps each fragment in its theme. Every
value that comes from a post is escaped where it lands, and links are relative, so the
site works under any path and offline.

Stable hooks (browser tests and benchmarks rely on them): `.ec-page` wraps every page;
the grid is `table.ec-month[data-month]`, rows `tr.ec-week[data-week]`, in-month days
`td.ec-day[data-date][data-count]` (+ `ec-day--today` with aria-current="date",
`ec-day--empty`, `ec-day--weekend`; days of other months are bare `td.ec-day--outside`);
posts are `li.ec-post[data-slug][data-channel][data-status][data-day][data-listening]`
with `.ec-badge[data-channel]`, `a.ec-post__title`, `.ec-post__author`; month links are
`.ec-month-nav a[rel=prev|next]`; agenda weeks `section.ec-agenda-week#week-DATE[data-week]`;
post pages have `.ec-meta__row[data-field]` and `.ec-scorecard tr[data-metric]`,
`li.ec-finding[data-rule]`; health rows `tr.ec-health-row[data-week]` (+ `--under`).
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from html import escape
from importlib import resources
from typing import TYPE_CHECKING
from urllib.parse import quote

from linter.calendar import svg
from linter.calendar.model import Calendar, Entry, WeekHealth, slugify

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

CALENDAR_PAGE = "calendar/index.md"
AGENDA_PAGE = "agenda/index.md"
CHANNELS_PAGE = "channels/index.md"
AUTHORS_PAGE = "authors/index.md"
HEALTH_PAGE = "health/index.md"
CALENDAR_ICS = "calendar.ics"

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")

METRICS: dict[str, tuple[str, str]] = {
    "word_count": ("Words", "count"),
    "reading_ease": ("Reading ease (Flesch; 60+ is plain English)", "number"),
    "self_promotion_ratio": ("Self-promotional ratio (sentences about us)", "percent"),
    "hedge_density": ("Hedge density", "number"),
    "stance": ("Stance (opinion markers)", "number"),
    "open_questions": ("Open questions to the reader", "count"),
    "choice_questions": ("Choice questions (answers the post names)", "count"),
    "closed_questions": ("Closed (yes/no) questions", "count"),
    "rhetorical_questions": ("Rhetorical questions (the post answers them)", "count"),
    "invitations": ("Invitations to reply", "count"),
    "invites_conversation": ("Invites conversation (open question or invitation)", "yes/no"),
    "invites_reply": ("Invites replies (also a choice between answers)", "yes/no"),
}
"""Friendly labels for the metrics we know; any other metric is shown under its own name."""


def month_page(year: int, month: int) -> str:
    return f"calendar/{year:04d}-{month:02d}.md"


def channel_page(slug: str) -> str:
    return f"channels/{slug}.md"


def channel_ics(slug: str) -> str:
    return f"channels/{slug}.ics"


def author_page(slug: str) -> str:
    return f"authors/{slug}.md"


def post_page(slug: str) -> str:
    return f"posts/{slug}.md"


def url_of(src: str, directory_urls: bool) -> str:
    """The site-relative URL of a source file (`posts/x.md` → `posts/x/` or `posts/x.html`)."""
    if not src.endswith(".md"):
        return src
    stem = src[:-3]
    if not directory_urls:
        return f"{stem}.html"
    if stem == "index":
        return ""
    return stem[: -len("index")] if stem.endswith("/index") else f"{stem}/"


def relative(from_url: str, to_url: str) -> str:
    """A link from one site-relative URL to another that survives any base path (and file://)."""
    base = from_url if from_url.endswith("/") or not from_url else posixpath.dirname(from_url) + "/"
    rel = posixpath.relpath("/" + to_url, "/" + base)
    if to_url.endswith("/") or not to_url:
        return "./" if rel == "." else f"{rel}/"
    return rel


def month_name(year: int, month: int) -> str:
    return f"{MONTH_NAMES[month - 1]} {year}"


def long_day(day: dt.date) -> str:
    return f"{WEEKDAY_NAMES[day.weekday()]} {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def short_day(day: dt.date) -> str:
    return f"{WEEKDAY_NAMES[day.weekday()][:3]} {day.day} {MONTH_NAMES[day.month - 1][:3]}"


def clock(entry: Entry) -> str:
    """`09:00 CET`; empty for a date-only post."""
    if not isinstance(entry.when, dt.datetime):
        return ""
    return f"{entry.when:%H:%M} {entry.when.tzname()}"


def zone_note(entry: Entry) -> str:
    """The zone a reviewer needs to read the time right: `Europe/Amsterdam, UTC+01:00`."""
    if isinstance(entry.when, dt.datetime):
        return f"{entry.zone.key}, UTC{entry.when.isoformat()[-6:]}"
    return f"{entry.zone.key}, all day"


def machine_time(entry: Entry) -> str:
    if isinstance(entry.when, dt.datetime):
        return entry.when.isoformat(timespec="minutes")
    return entry.when.isoformat()


def format_metric(name: str, value: float | int) -> str:
    kind = METRICS.get(name, ("", "number"))[1]
    if kind == "yes/no":
        return "yes" if value else "no"
    if kind == "percent":
        return f"{value:.0%}"
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")


def metric_label(name: str) -> str:
    return METRICS[name][0] if name in METRICS else name.replace("_", " ").replace("-", " ").capitalize()


@cache
def _markdown() -> MarkdownIt:
    from markdown_it import MarkdownIt

    # Raw HTML in a post body is shown as text: a post's Markdown must not script the reviewers' site.
    return MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


@lru_cache(maxsize=4)
def render_body(markdown: str) -> str:
    """The post body as HTML, headings moved one level down under the page's own title.

    Cached for the few posts in flight: a post page is rendered twice, for search and for reading.
    """
    md = _markdown()
    tokens = md.parse(markdown)
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(int(token.tag[1]) + 1, 6)}"
    return md.renderer.render(tokens, md.options, {})


_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def channel_class(name: str) -> str:
    """The class that gives a channel its colour and icon (a slug: safe in HTML and CSS)."""
    return f"ec-channel--{slugify(name, 'channel')}"


def stylesheet(calendar: Calendar) -> str:
    """The site's CSS: the shipped rules, then each channel's colour and icon (icons as data URIs, so
    badges need no markup per icon and nothing is fetched)."""
    base = resources.files("linter.calendar").joinpath("assets/calendar.css").read_text("utf-8")
    settings = calendar.settings
    rules = []
    for name in dict.fromkeys([*settings.channels, *calendar.channels]):
        style = settings.channel(name)
        icon = ""
        if style.icon_svg:
            svg = _COMMENT.sub("", style.icon_svg).strip()
            icon = f' --ec-icon: url("data:image/svg+xml,{quote(svg, safe="")}");'
        rules.append(f".{channel_class(name)} {{ --ec-channel: {style.colour};{icon} }}")
    return base + "\n/* Channels, from the site configuration */\n" + "\n".join(rules) + "\n"


@dataclass(frozen=True)
class Page:
    """One generated page: where it lives, its plain-text title, and how to render its HTML."""

    src: str
    title: str
    in_nav: bool
    wide: bool
    """A grid or chart that wants the whole width (no side navigation)."""
    render: Callable[[], str]
    search: Callable[[], str] | None = None
    """What the search index reads instead of the full page; None keeps the page out of the index.

    Only post pages, and only their words: list pages repeat them, and the details list and
    scorecard are most of a post page's markup but nothing a reviewer searches for.
    """

    @property
    def searchable(self) -> bool:
        return self.search is not None


class Site:
    """Renders every page of the calendar; one instance per build."""

    def __init__(self, calendar: Calendar) -> None:
        self.calendar = calendar
        self.settings = calendar.settings
        self.month_counts: dict[tuple[int, int], int] = {}
        for entry in calendar.entries:
            key = (entry.day.year, entry.day.month)
            self.month_counts[key] = self.month_counts.get(key, 0) + 1

    # ----- the page list -------------------------------------------------------------------------------------

    def pages(self) -> list[Page]:
        return self.summary_pages() + [self.post_page(entry) for entry in self.calendar.entries]

    def summary_pages(self) -> list[Page]:
        """Every page but the posts' own: each of them needs every post's lint results."""
        cal = self.calendar
        pages = [
            Page(CALENDAR_PAGE, "Calendar", True, True, lambda: self.month(*cal.current_month, CALENDAR_PAGE)),
            Page(AGENDA_PAGE, "Agenda", True, False, self.agenda),
            Page(CHANNELS_PAGE, "Channels", True, False, self.channels_index),
            Page(AUTHORS_PAGE, "Authors", True, False, self.authors_index),
            Page(HEALTH_PAGE, "Plan health", True, True, self.health),
        ]
        pages += [Page(month_page(y, m), month_name(y, m), False, True, self._bind(self.month, y, m, month_page(y, m)))
                  for y, m in cal.months]
        pages += [Page(channel_page(cal.channel_slugs[name]), self.settings.channel(name).label, False, False,
                       self._bind(self.channel, name)) for name in cal.channels]
        pages += [Page(author_page(person.slug), person.name, False, False, self._bind(self.author, person.slug))
                  for person in cal.authors]
        return pages

    def post_page(self, entry: Entry, render: Callable[[], str] | None = None,
                  search: Callable[[], str] | None = None) -> Page:
        """A post's page; a generator may render it its own way (e.g. once the post's lint results come)."""
        return Page(post_page(entry.slug), entry.title, False, False, render or self._bind(self.post, entry),
                    search or self._bind(self.post_search, entry))

    @staticmethod
    def _bind(method: Callable[..., str], *args: object) -> Callable[[], str]:
        return lambda: method(*args)

    # ----- shared pieces -------------------------------------------------------------------------------------

    def _href(self, here: str, target: str) -> str:
        directory_urls = self.settings.directory_urls
        return escape(relative(url_of(here, directory_urls), url_of(target, directory_urls)))

    def badge(self, channel: str, here: str | None = None) -> str:
        """The channel's badge; a link to its page when `here` (the page it sits on) is given."""
        style = self.settings.channel(channel)
        icon = '<span class="ec-badge__icon" aria-hidden="true"></span>' if style.icon_svg else ""
        inner = f'{icon}<span class="ec-badge__label">{escape(style.label)}</span>'
        attrs = f'class="ec-badge {channel_class(channel)}" data-channel="{escape(channel)}"'
        if here is not None and channel in self.calendar.channel_slugs:
            href = self._href(here, channel_page(self.calendar.channel_slugs[channel]))
            return f'<a {attrs} href="{href}">{inner}</a>'
        return f"<span {attrs}>{inner}</span>"

    def _entry_attrs(self, entry: Entry, css: str) -> str:
        return (f'class="{css}" data-slug="{escape(entry.slug)}" data-channel="{escape(entry.channel)}" '
                f'data-status="{escape(entry.status)}" data-day="{entry.day.isoformat()}" '
                f'data-listening="{"true" if entry.listening else "false"}"')

    def _title_link(self, entry: Entry, here: str) -> str:
        return (f'<a class="ec-post__title" href="{self._href(here, post_page(entry.slug))}">'
                f"{escape(entry.title)}</a>")

    def _person_link(self, name: str, here: str, css: str) -> str:
        slug = self.calendar.author_slugs.get(name)
        if slug is None:
            return f'<span class="{css}">{escape(name)}</span>'
        return f'<a class="{css}" href="{self._href(here, author_page(slug))}">{escape(name)}</a>'

    def _grid_item(self, entry: Entry, here: str) -> str:
        time = f'<time class="ec-post__time" datetime="{machine_time(entry)}">{entry.when:%H:%M}</time> ' \
            if isinstance(entry.when, dt.datetime) else ""
        return (f"<li {self._entry_attrs(entry, 'ec-post')}>{self.badge(entry.channel)} {time}"
                f"{self._title_link(entry, here)} "
                f'<span class="ec-post__author">{escape(entry.author)}</span></li>')

    def _row(self, entry: Entry, here: str, show_channel: bool = True, show_author: bool = True) -> str:
        """One post in a list: when, channel, title, who writes it and who answers."""
        when = short_day(entry.day) + (f", {clock(entry)}" if entry.timed else "")
        responder = (f'<span class="ec-post__responder">replies: {escape(entry.responder)}</span>'
                     if entry.responder else
                     '<span class="ec-post__responder ec-post__responder--none">no responder named</span>'
                     if entry.invites_replies else "")
        parts = [
            f'<time class="ec-post__when" datetime="{machine_time(entry)}">{escape(when)}</time>',
            self.badge(entry.channel) if show_channel else "",
            self._title_link(entry, here),
            (f'<span class="ec-post__by">by {self._person_link(entry.author, here, "ec-post__author")}</span>'
             if show_author else ""),
            responder,
            f'<span class="ec-kind ec-kind--{"listen" if entry.listening else "broadcast"}">'
            f'{"listens" if entry.listening else "broadcasts"}</span>',
        ]
        return f"<li {self._entry_attrs(entry, 'ec-post ec-post--row')}>" + " ".join(p for p in parts if p) + "</li>"

    def _list(self, entries: Sequence[Entry], here: str, **columns: bool) -> str:
        return '<ol class="ec-list">' + "".join(self._row(e, here, **columns) for e in entries) + "</ol>"

    def _by_month(self, entries: Sequence[Entry], here: str, **columns: bool) -> str:
        groups: dict[tuple[int, int], list[Entry]] = {}
        for entry in entries:
            groups.setdefault((entry.day.year, entry.day.month), []).append(entry)
        return "".join(
            f'<section class="ec-month-group" data-month="{y:04d}-{m:02d}">'
            f'<h2 id="month-{y:04d}-{m:02d}">{month_name(y, m)}</h2>{self._list(items, here, **columns)}</section>'
            for (y, m), items in groups.items()
        )

    def _ics_link(self, here: str, target: str, label: str) -> str:
        return (f'<a class="ec-ics" href="{self._href(here, target)}" type="text/calendar">'
                f"{escape(label)}</a>")

    # ----- month grid ----------------------------------------------------------------------------------------

    def month(self, year: int, month: int, here: str) -> str:
        cal, settings = self.calendar, self.settings
        first = dt.date(year, month, 1)
        last = (dt.date(year + (month == 12), month % 12 + 1, 1)) - dt.timedelta(days=1)
        index = cal.months.index((year, month))
        previous = cal.months[index - 1] if index > 0 else None
        following = cal.months[index + 1] if index + 1 < len(cal.months) else None

        def nav_link(target: tuple[int, int] | None, rel: str, arrow: str) -> str:
            if target is None:
                return f'<span class="ec-month-nav__link ec-month-nav__link--{rel} ec-month-nav__link--none"></span>'
            label = month_name(*target)
            text = f"{arrow} {label}" if rel == "prev" else f"{label} {arrow}"
            return (f'<a class="ec-month-nav__link ec-month-nav__link--{rel}" rel="{rel}" '
                    f'href="{self._href(here, month_page(*target))}" data-month="{target[0]:04d}-{target[1]:02d}">'
                    f"{escape(text)}</a>")

        today_link = ("" if here == CALENDAR_PAGE else
                      f'<a class="ec-month-nav__today" href="{self._href(here, CALENDAR_PAGE)}">This month</a>')
        weekdays = [(settings.week_start + i) % 7 for i in range(7)]
        head = "".join(f'<th scope="col" abbr="{WEEKDAY_NAMES[d]}">{WEEKDAY_NAMES[d][:3]}</th>' for d in weekdays)
        rows, start = [], cal.week_of(first)
        while start <= last:
            cells = []
            for offset in range(7):
                day = start + dt.timedelta(days=offset)
                if day.month != month:
                    cells.append('<td class="ec-day ec-day--outside" aria-hidden="true"></td>')
                    continue
                entries = cal.by_day.get(day, [])
                css = ["ec-day"]
                if day == settings.today:
                    css.append("ec-day--today")
                if day.weekday() >= 5:
                    css.append("ec-day--weekend")
                if not entries:
                    css.append("ec-day--empty")
                current = ' aria-current="date"' if day == settings.today else ""
                today = '<span class="ec-day__today">Today</span>' if day == settings.today else ""
                posts = ('<ul class="ec-day__posts">' + "".join(self._grid_item(e, here) for e in entries) + "</ul>"
                         if entries else "")
                cells.append(
                    f'<td class="{" ".join(css)}" data-date="{day.isoformat()}" data-count="{len(entries)}"{current}>'
                    '<div class="ec-day__head">'
                    f'<span class="ec-day__weekday">{WEEKDAY_NAMES[day.weekday()][:3]}</span> '
                    f'<span class="ec-day__number">{day.day}</span>'
                    f'<span class="ec-day__month"> {MONTH_NAMES[day.month - 1][:3]}</span>{today}</div>{posts}</td>'
                )
            rows.append(f'<tr class="ec-week" data-week="{start.isoformat()}">{"".join(cells)}</tr>')
            start += dt.timedelta(days=7)
        months = "".join(
            f'<li><a class="ec-months__link" href="{self._href(here, month_page(y, m))}" data-month="{y:04d}-{m:02d}"'
            + (' aria-current="page"' if (y, m) == (year, month) else "")
            + f'>{month_name(y, m)}</a> <span class="ec-count">{self.month_counts.get((y, m), 0)}</span></li>'
            for y, m in cal.months
        )
        total = self.month_counts.get((year, month), 0)
        return (
            f'<div class="ec-page ec-calendar" data-month="{year:04d}-{month:02d}" '
            f'data-today="{settings.today.isoformat()}">'
            f'<h1 class="ec-title">{month_name(year, month)}</h1>'
            f'<nav class="ec-month-nav" aria-label="Months">{nav_link(previous, "prev", "‹")}{today_link}'
            f'{nav_link(following, "next", "›")}</nav>'
            f'<p class="ec-summary">{total} approved post{"" if total == 1 else "s"} this month. '
            f"Times are {escape(settings.timezone.key)} unless a post says otherwise. "
            f'{self._ics_link(here, CALENDAR_ICS, "Subscribe (calendar.ics)")}</p>'
            f'<table class="ec-month" data-month="{year:04d}-{month:02d}">'
            f"<caption>Approved posts in {month_name(year, month)}</caption>"
            f'<thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
            f'<nav class="ec-months" aria-label="All months"><h2>All months</h2><ol>{months}</ol></nav></div>'
        )

    # ----- agenda --------------------------------------------------------------------------------------------

    def _share_text(self, week: WeekHealth) -> str:
        if week.share is None:
            return "no approved posts"
        return f"{week.listening} of {len(week.entries)} listen ({week.share:.0%})"

    def agenda(self) -> str:
        here, cal = AGENDA_PAGE, self.calendar
        current = cal.week_of(self.settings.today)
        sections = []
        for week in cal.weeks:
            css = ["ec-agenda-week"]
            if week.start == current:
                css.append("ec-agenda-week--current")
            if week.under_target:
                css.append("ec-agenda-week--under")
            if not week.entries:
                css.append("ec-agenda-week--silent")
            body = (self._list(week.entries, here) if week.entries else
                    '<p class="ec-silent">No approved posts this week.</p>')
            sections.append(
                f'<section class="{" ".join(css)}" id="week-{week.start.isoformat()}" '
                f'data-week="{week.start.isoformat()}">'
                f"<h2>Week of {long_day(week.start)}"
                + (' <span class="ec-this-week">this week</span>' if week.start == current else "")
                + f' <span class="ec-week-share">{self._share_text(week)}</span></h2>{body}</section>'
            )
        jump = (f'<a class="ec-jump" href="#week-{current.isoformat()}">Jump to this week</a>'
                if any(week.start == current for week in cal.weeks) else "")
        return (
            f'<div class="ec-page ec-agenda"><h1 class="ec-title">Agenda</h1>'
            f'<p class="ec-summary">Every approved post, week by week, with who answers the replies. {jump}</p>'
            + ("".join(sections) or '<p class="ec-silent">No approved posts yet.</p>') + "</div>"
        )

    # ----- channels and authors ------------------------------------------------------------------------------

    def channels_index(self) -> str:
        here, cal = CHANNELS_PAGE, self.calendar
        items = []
        for name, entries in cal.channels.items():
            slug = cal.channel_slugs[name]
            listening = sum(entry.listening for entry in entries)
            items.append(
                f'<li class="ec-channel" data-channel="{escape(name)}">{self.badge(name, here)} '
                f'<span class="ec-count">{len(entries)} post{"" if len(entries) == 1 else "s"}, '
                f"{listening} listen</span> "
                + self._ics_link(here, channel_ics(slug), f"{self.settings.channel(name).label} calendar (.ics)")
                + "</li>"
            )
        return (
            f'<div class="ec-page ec-channels"><h1 class="ec-title">Channels</h1>'
            f'<p class="ec-summary">Where posts go out. Each channel has its own page and calendar feed; '
            f'{self._ics_link(here, CALENDAR_ICS, "all channels (calendar.ics)")}.</p>'
            + (f'<ul class="ec-channel-list">{"".join(items)}</ul>' if items
               else '<p class="ec-silent">No approved posts yet.</p>') + "</div>"
        )

    def channel(self, name: str) -> str:
        slug = self.calendar.channel_slugs[name]
        here, style, entries = channel_page(slug), self.settings.channel(name), self.calendar.channels[name]
        zone = style.timezone.key if style.timezone else self.settings.timezone.key
        return (
            f'<div class="ec-page ec-channel-page" data-channel="{escape(name)}">'
            f'<h1 class="ec-title">{escape(style.label)}</h1>'
            f'<p class="ec-summary">{len(entries)} approved post{"" if len(entries) == 1 else "s"}; '
            f"times without an offset are {escape(zone)}. "
            f'{self._ics_link(here, channel_ics(slug), f"Subscribe to {style.label} (.ics)")}</p>'
            + self._by_month(entries, here, show_channel=False) + "</div>"
        )

    def authors_index(self) -> str:
        here = AUTHORS_PAGE
        items = "".join(
            f'<li class="ec-person" data-author="{escape(person.slug)}">'
            f'{self._person_link(person.name, here, "ec-person__name")} '
            f'<span class="ec-count">{len(person.entries)} post{"" if len(person.entries) == 1 else "s"}</span></li>'
            for person in self.calendar.authors
        )
        return (
            '<div class="ec-page ec-authors"><h1 class="ec-title">Authors</h1>'
            '<p class="ec-summary">Who writes what goes out.</p>'
            + (f'<ul class="ec-person-list">{items}</ul>' if items
               else '<p class="ec-silent">No approved posts yet.</p>')
            + "</div>"
        )

    def author(self, slug: str) -> str:
        person = next(p for p in self.calendar.authors if p.slug == slug)
        here = author_page(slug)
        return (
            f'<div class="ec-page ec-author-page" data-author="{escape(slug)}">'
            f""
            f'<h1 class="ec-title">{escape(person.name)}</h1>'
            f'<p class="ec-summary">{len(person.entries)} approved post{"" if len(person.entries) == 1 else "s"} '
            f"by {escape(person.name)}.</p>"
            + self._by_month(person.entries, here, show_author=False) + "</div>"
        )

    # ----- one post ------------------------------------------------------------------------------------------

    def post(self, entry: Entry) -> str:
        here = post_page(entry.slug)
        settings = self.settings
        when = long_day(entry.day) + (f", {clock(entry)}" if entry.timed else " (all day)")
        rows = [
            ("date", "Goes out", f'<time datetime="{machine_time(entry)}">{escape(when)}</time> '
                                 f'<span class="ec-zone">({escape(zone_note(entry))})</span>'),
            ("channel", "Channel", self.badge(entry.channel, here)),
            ("author", "Author", self._person_link(entry.author, here, "ec-meta__person")),
            ("reviewer", "Reviewer", escape(entry.reviewer)),
            ("responder", "Answers replies", escape(entry.responder) if entry.responder else
             '<span class="ec-missing">nobody named</span>' if entry.invites_replies else
             '<span class="ec-none">nobody named</span>'),
            ("status", "Status", escape(entry.status)),
            ("kind", "Conversation", "listens: asks or answers" if entry.listening else "broadcasts: announces"),
        ]
        if entry.invites_replies:
            hours = settings.reply_window.total_seconds() / 3600
            opens = (f"{entry.when:%H:%M}" if isinstance(entry.when, dt.datetime)
                     else f"{settings.reply_window_start:%H:%M}")
            rows.append(("reply-window", "Reply window",
                         f"{hours:g} hour{'' if hours == 1 else 's'} from {opens} ({escape(entry.zone.key)})"))
        if entry.tags:
            rows.append(("tags", "Tags", '<ul class="ec-tags">' + "".join(
                f'<li class="ec-tag">{escape(tag)}</li>' for tag in entry.tags) + "</ul>"))
        meta = "".join(f'<div class="ec-meta__row" data-field="{field}"><dt>{label}</dt><dd>{value}</dd></div>'
                       for field, label, value in rows)
        back = (f'<p class="ec-back"><a href="{self._href(here, month_page(entry.day.year, entry.day.month))}">'
                f"‹ {month_name(entry.day.year, entry.day.month)}</a></p>")
        return (
            f"<div {self._entry_attrs(entry, 'ec-page ec-post-page')}>{back}"
            f'<h1 class="ec-title">{escape(entry.title)}</h1><dl class="ec-meta">{meta}</dl>'
            f'<article class="ec-post-body">{render_body(entry.body)}</article>{self.scorecard(entry)}</div>'
        )

    def post_search(self, entry: Entry) -> str:
        """A post as the search index reads it: one line of facts and the post's own words.

        The index takes the title from the page's front matter.
        """
        facts = (f"{self.settings.channel(entry.channel).label} post by {entry.author}, "
                 f"{long_day(entry.day)}{f', {clock(entry)}' if entry.timed else ''}")
        return f"<p>{escape(facts)}</p>{render_body(entry.body)}"

    def scorecard(self, entry: Entry) -> str:
        """What `lint-posts` says about this post: its metrics and findings, unchanged."""
        known = [name for name in METRICS if name in entry.metrics]
        names = known + sorted(name for name in entry.metrics if name not in METRICS)
        metrics = "".join(
            f'<tr data-metric="{escape(name)}"><th scope="row">{escape(metric_label(name))}</th>'
            f"<td>{escape(format_metric(name, entry.metrics[name]))}</td></tr>"
            for name in names
        )
        if entry.findings:
            findings = '<ol class="ec-findings">' + "".join(
                f'<li class="ec-finding ec-finding--{escape(f.severity)}" data-rule="{escape(f.rule)}" '
                f'data-line="{f.line}"><span class="ec-finding__severity">{escape(f.severity)}</span> '
                f'<code class="ec-finding__rule">{escape(f.rule)}</code> '
                f'<span class="ec-finding__where">line {f.line}, column {f.column}</span> '
                f'<span class="ec-finding__message">{escape(f.message)}</span>'
                + (f' <span class="ec-finding__suggestion">Suggestion: {escape(f.suggestion)}</span>'
                   if f.suggestion else "")
                + "</li>" for f in entry.findings) + "</ol>"
        else:
            findings = '<p class="ec-findings ec-findings--none">No findings: the linter has nothing to flag.</p>'
        return (
            '<section class="ec-scorecard" aria-labelledby="ec-scorecard-title">'
            '<h2 id="ec-scorecard-title">Lint scorecard</h2>'
            f'<table class="ec-metrics"><tbody>{metrics}</tbody></table>'
            f'<h3 id="ec-findings-title">Findings</h3>{findings}</section>'
        )

    # ----- plan health ---------------------------------------------------------------------------------------

    def health(self) -> str:
        cal, settings = self.calendar, self.settings
        weeks, target = cal.weeks, settings.listening_target
        if not weeks:
            return ('<div class="ec-page ec-health"><h1 class="ec-title">Plan health</h1>'
                    '<p class="ec-silent">No approved posts yet.</p></div>')
        channels = list(cal.channels)
        under = [week for week in weeks if week.under_target]
        share = cal.listening_share or 0.0
        listening = sum(entry.listening for entry in cal.entries)
        head = "".join(f'<th scope="col" data-channel="{escape(name)}">{escape(settings.channel(name).label)}</th>'
                       for name in channels)
        rows = []
        for week in weeks:
            css = "ec-health-row" + (" ec-health-row--under" if week.under_target else "") + \
                (" ec-health-row--silent" if not week.entries else "")
            counts = "".join(f"<td>{week.per_channel.get(name, 0)}</td>" for name in channels)
            shown = "–" if week.share is None else f"{week.share:.0%}"
            flag = ' <span class="ec-under">under target</span>' if week.under_target else ""
            rows.append(
                f'<tr class="{css}" data-week="{week.start.isoformat()}" data-listening="{week.listening}" '
                f'data-posts="{len(week.entries)}"><th scope="row"><a href="{self._href(HEALTH_PAGE, AGENDA_PAGE)}'
                f'#week-{week.start.isoformat()}">{escape(short_day(week.start))} {week.start.year}</a></th>'
                f"<td>{len(week.entries)}</td><td>{week.listening}</td><td>{week.broadcast}</td>"
                f'<td class="ec-share">{shown}{flag}</td>{counts}</tr>'
            )
        legend = "".join(f'<li>{self.badge(name)}</li>' for name in channels)
        return (
            f'<div class="ec-page ec-health" data-target="{target:g}">'
            '<h1 class="ec-title">Plan health</h1>'
            f'<p class="ec-summary">Across the plan, <strong>{listening} of {len(cal.entries)}</strong> approved posts '
            f"listen (ask, poll or answer): <strong>{share:.0%}</strong> against a target of {target:.0%}. "
            f'<strong class="ec-under-count">{len(under)} of {len(weeks)}</strong> week'
            f'{"" if len(weeks) == 1 else "s"} fall under the target and are highlighted.</p>'
            '<p class="ec-note">A post listens when its front matter says <code>kind: listen</code>, or when it '
            "invites replies (an open question, an invitation or a poll) and does not say "
            "<code>kind: broadcast</code>.</p>"
            '<figure class="ec-chart" id="listening-share"><figcaption>Listening share per week '
            f"(dashed line: {target:.0%} target)</figcaption>"
            f'<div class="ec-chart__scroll">{svg.listening_chart(weeks, target)}</div></figure>'
            '<figure class="ec-chart" id="posts-per-channel"><figcaption>Posts per channel per week</figcaption>'
            f'<div class="ec-chart__scroll">{svg.channel_chart(weeks, settings, channels)}</div>'
            f'<ul class="ec-legend">{legend}</ul></figure>'
            '<h2 id="by-week">Week by week</h2><div class="ec-table-scroll"><table class="ec-health-table">'
            '<thead><tr><th scope="col">Week of</th><th scope="col">Posts</th><th scope="col">Listen</th>'
            f'<th scope="col">Broadcast</th><th scope="col">Listening share</th>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div></div>'
        )
