"""A real calendar site, built by `mkdocs build` and served on 127.0.0.1, opened in headless Chromium.

Why real: the calendar is read by reviewers in a browser, so what matters is what a browser
shows (the theme's CSS, the palette toggle, phone widths), not the HTML string the plugin wrote.
"""

from __future__ import annotations

import datetime as dt
import functools
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
import yaml

from linter.post import APPROVED_STATUSES

from conftest import ROOT, post_text

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Locator, Page, Request, Response, Route

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = ROOT / "test-artifacts"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def shift_month(day: dt.date, months: int) -> dt.date:
    """The first of the month `months` away from `day`'s month."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class SamplePost:
    """A post the tests write, and where the calendar should show it."""

    slug: str
    title: str
    date: dt.date
    channel: str
    status: str
    author: str
    body: str
    time: str | None = None

    @property
    def on_calendar(self) -> bool:
        return self.status in APPROVED_STATUSES

    def text(self) -> str:
        meta: dict[str, str] = {
            "title": self.title,
            "date": f"{self.date.isoformat()}T{self.time}" if self.time else self.date.isoformat(),
            "channel": self.channel,
            "status": self.status,
            "author": self.author,
            "id": self.slug,
        }
        if self.on_calendar:
            meta["reviewer"] = "Priya Raman" if self.author != "Priya Raman" else "Jonas Weber"
            meta["responder"] = f"{self.author.split()[0]}, within 4 hours"
        return post_text(self.body, **meta)


def sample_posts(today: dt.date) -> list[SamplePost]:
    """A small team's month around today: two posts on one day, one each side of the month, one draft."""
    this_month = shift_month(today, 0)
    last_month = shift_month(today, -1)
    next_month = shift_month(today, 1)
    return [
        SamplePost(
            "late-invoice-question", "Which late invoice do you chase first?", this_month.replace(day=3),
            "linkedin", "approved", "Maya Ortiz",
            """
            Last week a designer told me she had four unpaid invoices and no idea which to chase first.
            My answer: the oldest, not the biggest. The client who owes you for 60 days has already
            decided you will wait.

            Which one would you chase first, and why?
            """,
        ),
        SamplePost(
            "receipts-folder-habit", "One folder per tax year: the receipts habit that stuck",
            this_month.replace(day=14), "blog", "published", "Jonas Weber",
            """
            Every April we hear the same story: a shoebox, a phone full of photos, a lost weekend.

            ## What works

            Keep one folder per tax year and drop every receipt there the day you get it.
            Name each file with the date and the amount, so you can sort them without opening them.

            What is your system for receipts? Tell us in the comments.
            """,
            time="09:30",
        ),
        SamplePost(
            "deposit-poll", "Do you ask for a deposit? Tell us how much", this_month.replace(day=14),
            "mastodon", "scheduled", "Priya Raman",
            """
            Quick poll for freelancers: do you ask new clients for a deposit before you start?
            If you do, how much, and what did you say the first time you asked?
            """,
            time="16:00",
        ),
        SamplePost(
            "rates-conversation", "Raising your day rate without a speech", this_month.replace(day=26),
            "newsletter", "approved", "Tomás Álvarez",
            """
            When a client pushes back on a new rate, ask what changed for them before you defend the number.
            You will learn more from their answer than from any pricing calculator.

            How did your last rate conversation go?
            """,
        ),
        SamplePost(
            "award-nomination-draft", "Draft: our award nomination", this_month.replace(day=20),
            "twitter", "draft", "Maya Ortiz",
            "We are proud to announce that we were nominated for an award.\n",
        ),
        SamplePost(
            "year-end-checklist", "What did you forget at year end?", last_month.replace(day=10),
            "blog", "published", "Lena Kowalski",
            """
            Closing the books is mostly remembering what you forgot: the card you used once, the
            client who paid in cash, the refund that never came.

            What is on your year-end list that is not on ours?
            """,
        ),
        SamplePost(
            "first-retainer", "Your first retainer: what goes in it?", next_month.replace(day=5),
            "linkedin", "approved", "Sam O'Neill",
            """
            A retainer works when both sides know what a month of your time covers. Write it as a list,
            not a paragraph, and say what happens to unused hours.

            What did your first retainer leave out?
            """,
        ),
    ]


@dataclass
class Trouble:
    """Everything a reviewer's browser would complain about while a test drove it."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    offsite_requests: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        parts = {
            "console errors": self.console_errors,
            "uncaught exceptions": self.page_errors,
            "failed requests": self.failed_requests,
            "requests leaving 127.0.0.1 (blocked)": self.offsite_requests,
        }
        return "\n".join(f"{name}:\n  " + "\n  ".join(items) for name, items in parts.items() if items) or "none"

    def __bool__(self) -> bool:
        return bool(self.console_errors or self.page_errors or self.failed_requests or self.offsite_requests)


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("data", "blob", "about") or parts.hostname == "127.0.0.1"


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves the built site without logging every request into the test output."""

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def today() -> dt.date:
    """Today where the calendar is (the site marks the date in its configured zone, not the machine's)."""
    site = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    plugin = next(p["editorial-calendar"] for p in site["plugins"] if isinstance(p, dict) and "editorial-calendar" in p)
    return dt.datetime.now(ZoneInfo(plugin["timezone"])).date()


@pytest.fixture(scope="session")
def posts(today: dt.date) -> list[SamplePost]:
    return sample_posts(today)


def write_site_config(project: Path) -> None:
    """The repo's own mkdocs.yml (theme, palette, plugin options) over this project's content/ folder.

    INHERIT keeps the test honest about the real site; the plugin's `content: content` option is
    relative to the config file, so it reads the posts written next to it.
    """
    config = {"INHERIT": str(ROOT / "mkdocs.yml"), "docs_dir": str(ROOT / "site"), "site_dir": "public"}
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory, posts: list[SamplePost]) -> Path:
    """`mkdocs build --strict` of a project holding the sample posts: the same command CI and `make demo` run."""
    project = tmp_path_factory.mktemp("calendar-project")
    for post in posts:
        path = project / "content" / post.channel / f"{post.slug}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(post.text(), encoding="utf-8")
    write_site_config(project)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=project, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, f"mkdocs build failed:\n{result.stdout}\n{result.stderr}"
    return project / "public"


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(built_site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: the browser tests need Debian's Chromium. Run `make chromium` "
            "(apt-get install chromium) and try again.",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@dataclass
class Visit:
    """A browser tab on the served site that records trouble as it goes."""

    page: Page
    trouble: Trouble
    base: str

    def open(self, path: str) -> Page:
        """Go to `path` and wait until the page and everything it requested have settled."""
        self.page.goto(self.base + path, wait_until="networkidle")
        return self.page

    def follow(self, link: Locator, path: str) -> Page:
        """Click a link as a reviewer would; settle like `open`, so no request is cut off by the next click."""
        link.click()
        self.page.wait_for_url(self.base + path, wait_until="networkidle")
        return self.page


def watch(context: BrowserContext, page: Page, trouble: Trouble) -> None:
    """Record console errors, exceptions, failed or 4xx/5xx requests; block (and record) anything offsite."""

    def only_local(route: Route) -> None:
        if is_local(route.request.url):
            route.continue_()
        else:
            trouble.offsite_requests.append(route.request.url)
            route.abort("blockedbyclient")

    def console(message: ConsoleMessage) -> None:
        if message.type == "error":
            trouble.console_errors.append(f"{message.text} ({message.location.get('url', '')})")

    def failed(request: Request) -> None:
        if is_local(request.url):  # offsite ones were blocked on purpose and are already listed
            trouble.failed_requests.append(f"{request.url}: {request.failure}")

    def response(answer: Response) -> None:
        if answer.status >= 400:
            trouble.failed_requests.append(f"{answer.url}: HTTP {answer.status}")

    context.route("**/*", only_local)
    page.on("console", console)
    page.on("pageerror", lambda error: trouble.page_errors.append(str(error)))
    page.on("requestfailed", failed)
    page.on("response", response)


@pytest.fixture
def visit(browser: Browser, site_url: str) -> Iterator[Callable[..., Visit]]:
    """Open tabs in fresh contexts (own viewport, own storage, so palette choices don't leak between tests)."""
    contexts: list[BrowserContext] = []

    def open_tab(viewport: dict[str, int] = DESKTOP) -> Visit:
        context = browser.new_context(viewport=viewport)
        context.set_default_timeout(10_000)  # a static site on 127.0.0.1: waiting longer only delays the failure
        contexts.append(context)
        page = context.new_page()
        trouble = Trouble()
        watch(context, page, trouble)
        return Visit(page, trouble, site_url)

    yield open_tab
    for context in contexts:
        context.close()
