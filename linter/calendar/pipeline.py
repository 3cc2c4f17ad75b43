"""One calendar build: the posts are linted in a helper process while the generator writes pages.

Linting thousands of posts is most of a large build's work, yet the page list needs only
the posts' front matter. So this process parses the posts and admits the approved ones
(their slugs and pages are known at once), while a helper process runs the linter over
the same files, chunk by chunk. Post pages are written in the order their results come
back, and the pages that sum up the whole plan (grids, agenda, health) last. Each post's
ICS events are serialized with its page (the build waits for the helper anyway), so the
helper exits with its last chunk and the feeds are only assembled at the end.

The helper starts fresh (linter.calendar.helper), not as a fork of a build process that by
then holds the theme and thousands of pages: it needs only the linter, and memory is what
a writer's laptop runs short of. For the same reason a post's body and findings are dropped
once its page is written. A small calendar is linted right here, where starting a process
would cost more than it saves.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import replace
from functools import partial
from pathlib import Path

from linter.calendar import ics
from linter.calendar.helper import Helper
from linter.calendar.html import Page, Site
from linter.calendar.model import Calendar, CalendarError, Entry, LintResult, Settings, admit
from linter.config import Config
from linter.engine import PARALLEL_FROM, Measure, discover, lint
from linter.post import read_post

CHUNK = 100
"""Posts per task: a few tenths of a second of linting, so pages follow the helper closely."""


def helpers() -> int:
    """One core stays with the generator, which writes pages meanwhile; two helpers at most (memory)."""
    return max(1, min((os.cpu_count() or 1) - 1, 2))


def lint_files(paths: Sequence[Path], config: Config, measures: Sequence[Measure]) -> dict[str, LintResult]:
    """Findings and metrics by post path; the parsed posts stay in the helper (the build has its own)."""
    report = lint(paths, config, jobs=1, measures=measures)
    return {result.post.path: (result.findings, result.metrics) for result in report.posts}


class CalendarBuild:
    """Starts linting `content` at once; `calendar()`, `pages()` and `finish()` give the build what it needs.

    `finish()` writes the feeds into `site_dir`.
    """

    def __init__(self, content: Path, config: Config, settings: Settings, site_dir: Path,
                 measures: Sequence[Measure] = ()) -> None:
        self.content, self.config, self.settings, self.site_dir = content, config, settings, site_dir
        self.files = discover([content])
        self._lint: dict[str, LintResult] = {}
        """Results fetched from the helper whose post page is not written yet."""
        self._chunks: list[Future[dict[str, LintResult]] | None] = []
        """Each task's future until its results are fetched (a future would keep them all alive)."""
        self._chunk_of: dict[str, int] = {}
        self._bodies: dict[str, str] = {}
        self._written: dict[str, LintResult] = {}
        """What is left of the lint results of posts whose page is written: the metrics the plan's views read."""
        self._events: dict[str, bytes] = {}
        """Each written post's ICS events, by entry key."""
        self._provisional: Calendar | None = None
        self._measured: Calendar | None = None
        self._summaries: dict[str, Page] | None = None
        self._helpers: list[Helper] = []
        if len(self.files) < PARALLEL_FROM:
            self._lint = lint_files([path for path, _ in self.files], config, measures)
            return
        tasks = [([path for path, _ in self.files[start:start + CHUNK]], config, measures)
                 for start in range(0, len(self.files), CHUNK)]
        count = min(helpers(), len(tasks))
        self._helpers = [Helper(lint_files, tasks[first::count]) for first in range(count)]
        self._chunks = [self._helpers[number % count].futures[number // count] for number in range(len(tasks))]
        self._chunk_of = {display: number // CHUNK for number, (_, display) in enumerate(self.files)}

    # ----- what the generator asks for ---------------------------------------------------------------------

    def calendar(self) -> Calendar:
        """The approved posts from their front matter; CalendarError names every one that cannot be trusted.

        Bodies are kept aside until their page is written, so the calendar itself stays small.
        """
        if self._provisional is None:
            posts = [read_post(path, display, self.config.channels) for path, display in self.files]
            admitted = admit([(post, post.problems) for post in posts], self.settings, self.content)
            self._bodies = {entry.source: entry.body for entry in admitted.entries}
            self._provisional = Calendar([replace(entry, body="") for entry in admitted.entries], self.settings)
        return self._provisional

    def pages(self) -> list[Page]:
        """Post pages in the order the helper lints them, then the pages that need every post measured."""
        calendar = self.calendar()
        site = Site(calendar)
        order = {display: number for number, (_, display) in enumerate(self.files)}
        posts = [site.post_page(entry, partial(self._render_post, site, entry), partial(self._search_post, site, entry))
                 for entry in sorted(calendar.entries, key=lambda entry: order[entry.source])]
        summaries = [replace(page, render=partial(self._render_summary, page.src)) for page in site.summary_pages()]
        return posts + summaries

    def feed_paths(self) -> list[str]:
        return ics.feed_paths(self.calendar())

    def finish(self) -> None:
        """Writes the feeds; CalendarError if a post's findings block it."""
        try:
            ics.write_feeds(self.measured(), self.site_dir, self._events)
        finally:
            self.close()

    def measured(self) -> Calendar:
        """The calendar as the plan's views need it: every post measured (waits for the helper)."""
        if self._measured is None:
            calendar = self.calendar()
            measured = calendar.measured({entry.source: self._written.get(entry.source) or self._lint_of(entry.source)
                                          for entry in calendar.entries})
            self._measured = Calendar([entry.for_the_plan() for entry in measured.entries], self.settings)
        return self._measured

    def close(self) -> None:
        """Stop the helpers if they still work (a failed build); they end by themselves after their last chunk."""
        for helper in self._helpers:
            helper.close()
        self._helpers = []

    # ----- inside --------------------------------------------------------------------------------------------

    def _lint_of(self, source: str) -> LintResult:
        """One post's findings and metrics, waiting for its chunk if need be."""
        if source not in self._lint:
            number = self._chunk_of[source]
            future = self._chunks[number]
            assert future is not None, f"{source}: asked for twice"
            # Only approved posts whose page is still to come; the future would keep the whole chunk alive.
            self._lint.update((path, result) for path, result in future.result().items() if path in self._bodies)
            self._chunks[number] = None
        return self._lint[source]

    def _search_post(self, site: Site, entry: Entry) -> str:
        return site.post_search(replace(entry, body=self._bodies[entry.source]))

    def _render_post(self, site: Site, entry: Entry) -> str:
        try:
            lint = self._lint_of(entry.source)  # first: the chunk's results are kept for posts with a body to come
            measured = replace(entry, body=self._bodies.pop(entry.source)).with_lint(*lint)
        except CalendarError:
            self.measured()  # names every approved post at fault, not just this one
            raise
        self._written[entry.source] = ((), measured.for_the_plan().metrics)  # its findings were checked above
        del self._lint[entry.source]
        self._events[entry.key] = ics.events(site.calendar, measured)
        return site.post(measured)

    def _render_summary(self, src: str) -> str:
        if self._summaries is None:
            self._summaries = {page.src: page for page in Site(self.measured()).summary_pages()}
        return self._summaries[src].render()
