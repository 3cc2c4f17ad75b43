"""`editorial-calendar`: the MkDocs adapter for linter.calendar.

It only translates: MkDocs configuration → calendar Settings, the linter's results →
generated pages and feeds, and CalendarError → PluginError (so an approved post the
linter rejects fails the build with the linter's own message). Every decision about
what reviewers see lives in linter.calendar, which another site generator could drive.

Generated pages are placeholders whose HTML is rendered in `on_page_context`, right before
the page is written, and dropped right after: thousands of post pages are never all held
in memory at once, and Python-Markdown never re-reads our HTML. The search plugin indexes
`page.content` in its own `on_page_context`, so a post page is rendered twice around it:
first only its words for the index (the details list and scorecard are most of its markup
and nothing reviewers search for), then the full page for the template.
The linter runs in a helper process from `on_pre_build` on (linter.calendar.pipeline), while
MkDocs reads and writes the pages.
Per-month, per-channel, per-author and per-post pages stay out of the navigation, which
Material renders into every page (thousands of entries there would make builds quadratic).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from html import escape
from pathlib import Path
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page as MkDocsPage

from linter.calendar.helper import HelperStopped
from linter.calendar.html import Page, stylesheet
from linter.calendar.model import (
    WEEKDAYS,
    CalendarError,
    ChannelStyle,
    Settings,
    default_style,
    parse_clock,
    parse_colour,
    parse_day,
    parse_statuses,
    parse_timezone,
    parse_week_start,
    slugify,
    today_in,
)
from linter.calendar.pipeline import CalendarBuild
from linter.config import Config, ConfigError, load_config
from linter.post import APPROVED_STATUSES

log = logging.getLogger("mkdocs.plugins.editorial-calendar")

CSS_PATH = "assets/editorial-calendar.css"
DEFAULT_ICONS = {
    "blog": "material/post-outline",
    "linkedin": "fontawesome/brands/linkedin",
    "twitter": "fontawesome/brands/x-twitter",
    "facebook": "fontawesome/brands/facebook",
    "instagram": "fontawesome/brands/instagram",
    "mastodon": "fontawesome/brands/mastodon",
    "newsletter": "material/email-newsletter",
    "youtube": "fontawesome/brands/youtube",
}
"""Icons from the theme's bundled set (Material ships them; nothing is fetched)."""


class EditorialCalendarConfig(base.Config):
    content = c.Optional(c.Type(str))
    """The posts folder, relative to mkdocs.yml; default: the linter's `content` setting."""
    timezone = c.Type(str, default="UTC")
    approved_statuses = c.Type(list, default=list(APPROVED_STATUSES))
    week_start = c.Choice(WEEKDAYS, default="monday")
    channels = c.Type(dict, default={})
    """Per channel: label, colour, icon (a theme icon such as fontawesome/brands/linkedin, or ''), timezone."""
    today = c.Optional(c.Type((str, dt.date)))
    """The day marked as today; default: the date it is now in `timezone` (set it for reproducible builds)."""
    reply_window_hours = c.Type((int, float), default=2)
    reply_window_start = c.Type((str, int), default="09:00")
    """When the reply window of a date-only post opens."""
    listening_target = c.Type((int, float), default=0.5)
    uid_domain = c.Optional(c.Type(str))
    """The part after @ in every event UID; default: derived from site_name."""


def _icon_svg(name: str, config: MkDocsConfig, where: str) -> str | None:
    if not name:
        return None
    for folder in config.theme.dirs:
        path = Path(folder, ".icons", f"{name}.svg")
        if path.is_file():
            return path.read_text("utf-8")
    raise CalendarError(f"{where}: no icon {name!r} in the theme (e.g. fontawesome/brands/linkedin, or '' for none)")


def _channels(options: dict[str, Any], lint_config: Config, config: MkDocsConfig) -> dict[str, ChannelStyle]:
    unknown = [name for name in options if name not in lint_config.channels]
    if unknown:
        raise CalendarError(f"editorial-calendar.channels: {', '.join(map(str, unknown))} not in the linter's "
                            f"channels ({', '.join(lint_config.channels)})")
    styles = {}
    for name in lint_config.channels:
        given = options.get(name) or {}
        where = f"editorial-calendar.channels.{name}"
        if not isinstance(given, dict):
            raise CalendarError(f"{where}: expected label, colour, icon and timezone settings")
        extra = set(given) - {"label", "colour", "color", "icon", "timezone"}
        if extra:
            raise CalendarError(f"{where}: unknown setting(s) {', '.join(sorted(extra))} "
                                "(settings: label, colour, icon, timezone)")
        label, colour = default_style(name)
        styles[name] = ChannelStyle(
            name=name,
            label=str(given.get("label") or label),
            colour=parse_colour(given.get("colour", given.get("color", colour)), f"{where}.colour"),
            icon_svg=_icon_svg(str(given.get("icon", DEFAULT_ICONS.get(name, ""))), config, f"{where}.icon"),
            timezone=parse_timezone(given["timezone"], f"{where}.timezone") if "timezone" in given else None,
        )
    return styles


def _front_matter(page: Page) -> str:
    """The placeholder MkDocs reads; the title is escaped because Material prints it unescaped."""
    meta: dict[str, Any] = {"title": escape(page.title), "hide": ["navigation", "toc"] if page.wide else ["toc"]}
    if not page.searchable:
        meta["search"] = {"exclude": True}
    return f"---\n{json.dumps(meta, ensure_ascii=False)}\n---\n"  # JSON is YAML, and far quicker to write


@contextmanager
def _as_plugin_error() -> Iterator[None]:
    """The linter's verdict as a build error, naming file and line. Results keep arriving while pages are
    written: a post's own `lint:` options can still make it untrustworthy, and the helper can die."""
    try:
        yield
    except CalendarError as error:
        raise PluginError(f"editorial-calendar: approved posts that fail the linter's checks:\n{error}") from error
    except HelperStopped as error:
        raise PluginError(f"editorial-calendar: {error}") from error


class EditorialCalendarPlugin(BasePlugin[EditorialCalendarConfig]):
    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}
        self.lint_config: Config | None = None
        self.settings: Settings | None = None
        self.build: CalendarBuild | None = None
        self.content: Path | None = None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        root = Path(config.config_file_path or ".").resolve().parent
        try:
            self.lint_config = load_config(cwd=root)
            self.settings = self._settings(config, self.lint_config)
        except (ConfigError, CalendarError) as error:
            raise PluginError(f"editorial-calendar: {error}") from error
        self.content = root / self.config.content if self.config.content else self.lint_config.content
        if CSS_PATH not in config.extra_css:
            config.extra_css.append(CSS_PATH)
        return config

    def _settings(self, config: MkDocsConfig, lint_config: Config) -> Settings:
        options = self.config
        timezone = parse_timezone(options.timezone, "editorial-calendar.timezone")
        return Settings(
            timezone=timezone,
            today=parse_day(options.today, "editorial-calendar.today") if options.today else today_in(timezone),
            approved_statuses=parse_statuses(options.approved_statuses, "editorial-calendar.approved_statuses"),
            week_start=parse_week_start(options.week_start, "editorial-calendar.week_start"),
            channels=_channels(options.channels, lint_config, config),
            reply_window=dt.timedelta(hours=options.reply_window_hours),
            reply_window_start=parse_clock(options.reply_window_start, "editorial-calendar.reply_window_start"),
            listening_target=float(options.listening_target),
            site_name=config.site_name,
            site_url=config.site_url or None,
            uid_domain=options.uid_domain or f"{slugify(config.site_name, 'site')}.editorial-calendar",
            directory_urls=config.use_directory_urls,
        )

    def on_pre_build(self, config: MkDocsConfig) -> None:
        """Start linting now: the helper works while MkDocs cleans the site and gathers the theme's files."""
        from linter.readability import readability

        assert self.content is not None and self.lint_config is not None and self.settings is not None
        if not self.content.is_dir():
            raise PluginError(f"editorial-calendar: content folder {self.content} does not exist")
        self.build = CalendarBuild(self.content, self.lint_config, self.settings, Path(config.site_dir),
                                   measures=[readability])

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        assert self.build is not None
        with _as_plugin_error():
            calendar = self.build.calendar()
        self.pages = {page.src: page for page in self.build.pages()}
        for src, page in self.pages.items():
            if files.get_file_from_path(src) is not None:
                raise PluginError(f"editorial-calendar: {config.docs_dir}/{src} is a page the calendar generates; "
                                  "rename or remove it")
            files.append(File.generated(
                config, src, content=_front_matter(page),
                inclusion=InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV,
            ))
        # The feeds are written in on_post_build (every post must be linted first); an empty file now
        # lets MkDocs validate links to them, and copying a file onto itself is a no-op.
        for path in self.build.feed_paths():
            target = Path(config.site_dir, path)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(b"")
            files.append(File.generated(config, path, abs_src_path=str(target)))
        files.append(File.generated(config, CSS_PATH, content=stylesheet(calendar)))
        log.info("editorial-calendar: %d approved posts of %d", len(calendar.entries), len(self.build.files))
        return files

    @event_priority(100)  # before the search plugin indexes page.content in its own on_page_context
    def _content_for_search(
        self, context: dict[str, Any], page: MkDocsPage, config: MkDocsConfig, nav: Navigation
    ) -> dict[str, Any]:
        generated = self.pages.get(page.file.src_uri)
        if generated is not None and generated.search is not None:
            page.content = self._rendered(generated.search)
        return context

    @event_priority(-100)  # after every other plugin: the template gets the whole page
    def _content_for_readers(
        self, context: dict[str, Any], page: MkDocsPage, config: MkDocsConfig, nav: Navigation
    ) -> dict[str, Any]:
        generated = self.pages.get(page.file.src_uri)
        if generated is not None:
            page.content = self._rendered(generated.render)
        return context

    on_page_context = CombinedEvent(_content_for_search, _content_for_readers)

    @staticmethod
    def _rendered(render: Callable[[], str]) -> str:
        with _as_plugin_error():
            return render()

    def on_post_page(self, output: str, page: MkDocsPage, config: MkDocsConfig) -> str:
        if page.file.src_uri in self.pages:
            page.content = ""  # written: thousands of post pages need not stay in memory
        return output

    @event_priority(50)  # the feeds before the search plugin writes its index, the build's largest moment
    def on_post_build(self, config: MkDocsConfig) -> None:
        if self.build is not None:
            build, self.build = self.build, None
            with _as_plugin_error():
                build.finish()

    def on_build_error(self, error: Exception) -> None:
        if self.build is not None:
            self.build.close()
            self.build = None

    def on_serve(self, server: LiveReloadServer, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
        if self.content is not None:
            server.watch(str(self.content))
        return server
