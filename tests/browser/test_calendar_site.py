"""The reviewers' calendar site as a reviewer's browser shows it: grid, navigation, palette, phone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from .conftest import PHONE, SamplePost, Visit, shift_month

if TYPE_CHECKING:
    from playwright.sync_api import Locator

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

GRID_CELL = ".ec-month td.ec-day[data-date]"
MONTH_LINK = '.ec-month-nav a[rel="{rel}"]'
MIN_CONTRAST = 4.5

# For every element of the month grid that holds text: the WCAG contrast of its colour over the
# background actually painted behind it (ancestors' backgrounds composited, opacity applied).
# Colours go through a canvas so any CSS colour syntax (rgb, color-mix, oklch...) is read the same way.
# Opacity is applied to the text only: an over-strict approximation when a faded ancestor also holds the backdrop.
GRID_TEXT_CONTRAST = r"""
(root) => {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext('2d', {willReadFrequently: true});
  const rgba = (css) => {
    ctx.fillStyle = css;
    const exact = /^rgba\(([\d.]+), ([\d.]+), ([\d.]+), ([\d.]+)\)$/.exec(ctx.fillStyle);
    if (exact) return exact.slice(1).map(Number);  // translucent: the pixel would round the channels
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
    return [r, g, b, a / 255];
  };
  const over = (top, bottom) => top.slice(0, 3).map((c, i) => c * top[3] + bottom[i] * (1 - top[3]));
  const luminance = (rgb) => {
    const [r, g, b] = rgb.map((c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const backdrop = (element) => {
    const layers = [];
    for (let node = element; node; node = node.parentElement) {
      const colour = rgba(getComputedStyle(node).backgroundColor);
      if (colour[3] > 0) layers.push(colour);
      if (colour[3] >= 1) break;
    }
    return layers.reverse().reduce((below, layer) => over(layer, below), [255, 255, 255]);
  };
  const opacity = (element) => {
    let product = 1;
    for (let node = element; node; node = node.parentElement) product *= parseFloat(getComputedStyle(node).opacity);
    return product;
  };
  const ownText = (element) => [...element.childNodes]
    .some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
  const results = [];
  for (const element of [root, ...root.querySelectorAll('*')]) {
    if (!ownText(element) || !element.getClientRects().length) continue;
    const style = getComputedStyle(element);
    if (style.visibility === 'hidden') continue;
    const back = backdrop(element);
    const fore = rgba(style.color);
    fore[3] *= opacity(element);
    const text = over(fore, back);
    const [light, dark] = [luminance(text), luminance(back)].sort((x, y) => y - x);
    results.push({text: element.textContent.trim().slice(0, 60), ratio: (light + 0.05) / (dark + 0.05)});
  }
  return results;
}
"""


def month_path(day: dt.date) -> str:
    return f"/calendar/{day:%Y-%m}/"


def cell(visit: Visit, day: dt.date) -> Locator:
    return visit.page.locator(f'{GRID_CELL}[data-date="{day.isoformat()}"]')


def in_month(posts: list[SamplePost], first: dt.date) -> list[SamplePost]:
    return [p for p in posts if (p.date.year, p.date.month) == (first.year, first.month)]


def test_month_grid_shows_approved_posts_on_their_days_and_marks_today(
    visit: Callable[..., Visit], posts: list[SamplePost], today: dt.date
) -> None:
    tab = visit()
    tab.open("/calendar/")
    this_month = in_month(posts, shift_month(today, 0))
    for post in this_month:
        if post.on_calendar:
            assert post.title in cell(tab, post.date).inner_text(), f"{post.title!r} missing on {post.date}"
    drafts = [p for p in this_month if not p.on_calendar]
    page_text = tab.page.inner_text("body")
    assert drafts and not any(p.title in page_text for p in drafts), "a draft reached the calendar"
    assert all(tab.page.request.get(f"{tab.base}/posts/{p.slug}/").status == 404 for p in drafts)
    days = tab.page.locator(GRID_CELL).evaluate_all("cells => cells.map(c => c.dataset.date)")
    assert days[0] == f"{today:%Y-%m}-01" and today.isoformat() in days
    marked = tab.page.locator(f'{GRID_CELL}[aria-current="date"]')
    assert marked.count() == 1 and marked.get_attribute("data-date") == today.isoformat()
    assert "Today" in marked.inner_text()
    assert not tab.trouble, str(tab.trouble)


def test_next_and_previous_month_links_move_the_grid(
    visit: Callable[..., Visit], posts: list[SamplePost], today: dt.date
) -> None:
    tab = visit()
    tab.open("/calendar/")
    next_month, last_month = shift_month(today, 1), shift_month(today, -1)
    tab.follow(tab.page.locator(MONTH_LINK.format(rel="next")), month_path(next_month))
    assert tab.page.locator("h1").inner_text() == f"{next_month:%B %Y}"
    for post in in_month(posts, next_month):
        assert post.title in cell(tab, post.date).inner_text()
    tab.follow(tab.page.locator(MONTH_LINK.format(rel="prev")), month_path(today))
    tab.follow(tab.page.locator(MONTH_LINK.format(rel="prev")), month_path(last_month))
    assert tab.page.locator("h1").inner_text() == f"{last_month:%B %Y}"
    for post in in_month(posts, last_month):
        assert post.title in cell(tab, post.date).inner_text()
    assert not tab.trouble, str(tab.trouble)


def test_a_post_opens_from_the_grid(visit: Callable[..., Visit], posts: list[SamplePost], today: dt.date) -> None:
    post = next(p for p in in_month(posts, shift_month(today, 0)) if p.on_calendar and p.channel == "blog")
    tab = visit()
    tab.open("/calendar/")
    tab.follow(cell(tab, post.date).get_by_role("link", name=post.title), f"/posts/{post.slug}/")
    assert tab.page.locator("h1").inner_text() == post.title
    assert "one folder per tax year" in tab.page.inner_text("article").lower()
    assert not tab.trouble, str(tab.trouble)


def grid_contrast(tab: Visit) -> list[dict[str, object]]:
    return [
        result
        for handle in tab.page.locator(GRID_CELL).element_handles()
        for result in handle.evaluate(GRID_TEXT_CONTRAST)
    ]


def test_palette_toggle_switches_to_dark_and_the_grid_stays_readable(
    visit: Callable[..., Visit], artifacts: Path
) -> None:
    tab = visit()
    tab.open("/calendar/")
    assert tab.page.evaluate("document.body.dataset.mdColorScheme") == "default"
    light = grid_contrast(tab)
    tab.page.screenshot(path=artifacts / "calendar-light.png", full_page=True)
    tab.page.locator('[data-md-component="palette"] label:not([hidden])').click()
    tab.page.wait_for_function("document.body.dataset.mdColorScheme === 'slate'")
    dark = grid_contrast(tab)
    tab.page.screenshot(path=artifacts / "calendar-dark.png", full_page=True)
    assert light and len(light) == len(dark), "the grid has no text to read"
    poor = [
        f"{palette}: {r['text']!r} {r['ratio']:.2f}:1"
        for palette, results in (("light", light), ("dark", dark))
        for r in results if r["ratio"] < MIN_CONTRAST
    ]
    assert not poor, f"grid text under {MIN_CONTRAST}:1 contrast:\n" + "\n".join(poor)
    assert not tab.trouble, str(tab.trouble)


def test_every_kind_of_page_loads_cleanly_and_stays_on_127_0_0_1(
    visit: Callable[..., Visit], posts: list[SamplePost]
) -> None:
    post = next(p for p in posts if p.on_calendar)
    tab = visit()
    for path in ("/calendar/", "/agenda/", f"/channels/{post.channel}/", "/authors/maya-ortiz/",
                 f"/posts/{post.slug}/", "/health/"):
        tab.open(path)
        assert tab.page.locator("h1").count(), f"{path} has no heading"
    feed = tab.page.request.get(tab.base + "/calendar.ics")
    assert feed.ok and feed.text().startswith("BEGIN:VCALENDAR")
    assert not tab.trouble, str(tab.trouble)


def test_channel_badges_in_the_grid_are_one_line_labels(visit: Callable[..., Visit]) -> None:
    """A badge taller than a line pushes the titles out of the cell: the month stops fitting a screen."""
    tab = visit()
    tab.open("/calendar/")
    heights = tab.page.locator(f"{GRID_CELL} .ec-badge").evaluate_all(
        "badges => badges.map(b => [b.textContent.trim(),"
        " b.getBoundingClientRect().height / parseFloat(getComputedStyle(b).fontSize)])"
    )
    assert heights, "no channel badges in the grid"
    tall = [f"{label}: {lines:.1f}em" for label, lines in heights if lines > 2]
    assert not tall, f"badges taller than two lines of their text: {tall}"


@pytest.mark.parametrize("path", ["/calendar/", "/agenda/", "/health/", "/posts/receipts-folder-habit/"])
def test_fits_a_phone_without_sideways_scrolling(visit: Callable[..., Visit], artifacts: Path, path: str) -> None:
    tab = visit(viewport=PHONE)
    tab.open(path)
    if path == "/calendar/":
        tab.page.screenshot(path=artifacts / "calendar-phone.png", full_page=True)
    scroll_width = tab.page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= PHONE["width"], f"{path} is {scroll_width}px wide on a {PHONE['width']}px phone"
    assert not tab.trouble, str(tab.trouble)
