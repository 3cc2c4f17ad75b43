"""Plan-health charts as inline SVG, drawn at build time (no JavaScript, no chart library).

Text and axes use `currentColor` and the bars carry classes the site's CSS colours per
palette, so the charts read well in light and dark mode; the presentation attributes are
only a fallback for pages without that CSS.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from html import escape

from linter.calendar.model import Settings, WeekHealth

STEP = 36
"""Horizontal room per week, in px: wide enough for a short date label."""
BAR = 22
PLOT_HEIGHT = 180
LEFT, RIGHT, TOP, BOTTOM = 48, 16, 14, 40
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def short_date(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]}"


def _frame(title: str, description: str, width: int, body: list[str], css_class: str) -> str:
    height = TOP + PLOT_HEIGHT + BOTTOM
    return (
        f'<svg class="ec-chart__svg {css_class}" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'font-size="11" fill="currentColor" aria-labelledby="{css_class}-title {css_class}-desc">'
        f'<title id="{css_class}-title">{escape(title)}</title><desc id="{css_class}-desc">{escape(description)}</desc>'
        + "".join(body) + "</svg>"
    )


def _x(index: int) -> float:
    return LEFT + index * STEP + (STEP - BAR) / 2


def _y(fraction: float) -> float:
    return TOP + PLOT_HEIGHT * (1 - fraction)


def _week_labels(weeks: Sequence[WeekHealth]) -> list[str]:
    """A date under every n-th week, few enough not to overlap."""
    every = 1 if len(weeks) <= 12 else 2
    base = TOP + PLOT_HEIGHT
    return [
        f'<text class="ec-chart__label" x="{_x(i) + BAR / 2:.1f}" y="{base + 16}" text-anchor="middle">'
        f"{escape(short_date(week.start))}</text>"
        for i, week in enumerate(weeks) if i % every == 0
    ]


def _axis(ticks: Sequence[tuple[float, str]], width: int) -> list[str]:
    parts = []
    for fraction, label in ticks:
        y = _y(fraction)
        parts.append(f'<line class="ec-chart__grid" x1="{LEFT}" x2="{width - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" '
                     'stroke="currentColor" stroke-opacity="0.15"/>')
        parts.append(f'<text class="ec-chart__tick" x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">'
                     f"{escape(label)}</text>")
    return parts


def listening_chart(weeks: Sequence[WeekHealth], target: float) -> str:
    """Listening share per week, the target as a line, weeks under it highlighted."""
    width = LEFT + len(weeks) * STEP + RIGHT
    body = _axis([(0, "0%"), (0.5, "50%"), (1, "100%")], width)
    for i, week in enumerate(weeks):
        x = _x(i)
        label = f"Week of {week.start.isoformat()}: "
        if week.share is None:
            body.append(f'<g class="ec-chart__week ec-chart__week--silent" data-week="{week.start.isoformat()}">'
                        f"<title>{escape(label)}no approved posts</title>"
                        f'<text x="{x + BAR / 2:.1f}" y="{_y(0) - 4:.1f}" text-anchor="middle" '
                        'class="ec-chart__silent">–</text></g>')
            continue
        share = week.share
        state = "under" if week.under_target else "ok"
        tip = (f"{label}{week.listening} of {len(week.entries)} posts listen ({share:.0%})"
               + (f", under the {target:.0%} target" if week.under_target else ""))
        band = (f'<rect class="ec-chart__under-band" x="{LEFT + i * STEP}" y="{TOP}" width="{STEP}" '
                f'height="{PLOT_HEIGHT}" fill="#e53935" fill-opacity="0.12"/>' if week.under_target else "")
        height = max(PLOT_HEIGHT * share, 1.5)
        body.append(
            f'<g class="ec-chart__week ec-chart__week--{state}" data-week="{week.start.isoformat()}" '
            f'data-share="{share:.3f}">{band}<title>{escape(tip)}</title>'
            f'<rect class="ec-chart__bar ec-chart__bar--{state}" x="{x:.1f}" y="{_y(share):.1f}" width="{BAR}" '
            f'height="{height:.1f}" fill="{"#e53935" if week.under_target else "#43a047"}"/></g>'
        )
    target_y = _y(target)
    body.append(f'<line class="ec-chart__target" x1="{LEFT}" x2="{width - RIGHT}" y1="{target_y:.1f}" '
                f'y2="{target_y:.1f}" stroke="currentColor" stroke-width="1.5" stroke-dasharray="5 4"/>')
    body.append(f'<text class="ec-chart__target-label" x="{width - RIGHT}" y="{target_y - 5:.1f}" '
                f'text-anchor="end">target {target:.0%}</text>')
    body.extend(_week_labels(weeks))
    under = sum(week.under_target for week in weeks)
    return _frame(
        "Listening share per week",
        f"Share of each week's approved posts that ask or answer rather than announce; target {target:.0%}; "
        f"{under} of {len(weeks)} weeks under the target.",
        width, body, "ec-chart-listening",
    )


def channel_chart(weeks: Sequence[WeekHealth], settings: Settings, channels: Sequence[str]) -> str:
    """Posts per channel per week, stacked in the channels' colours."""
    width = LEFT + len(weeks) * STEP + RIGHT
    peak = max((len(week.entries) for week in weeks), default=0) or 1
    step = max(1, math.ceil(peak / 4))
    top = step * math.ceil(peak / step)
    body = _axis([(value / top, str(value)) for value in range(0, top + 1, step)], width)
    for i, week in enumerate(weeks):
        counts = week.per_channel
        base = 0
        segments = []
        for name in channels:
            count = counts.get(name, 0)
            if not count:
                continue
            style = settings.channel(name)
            y = _y((base + count) / top)
            segments.append(
                f'<rect class="ec-chart__segment" data-channel="{escape(name)}" x="{_x(i):.1f}" y="{y:.1f}" '
                f'width="{BAR}" height="{PLOT_HEIGHT * count / top:.1f}" fill="{style.colour}">'
                f"<title>{escape(style.label)}: {count}</title></rect>"
            )
            base += count
        state = " ec-chart__week--under" if week.under_target else ""
        body.append(f'<g class="ec-chart__week{state}" data-week="{week.start.isoformat()}" '
                    f'data-posts="{len(week.entries)}">' + "".join(segments) + "</g>")
    body.extend(_week_labels(weeks))
    return _frame(
        "Posts per channel per week",
        "Approved posts each week, stacked by channel: "
        + ", ".join(f"{settings.channel(name).label} {sum(w.per_channel.get(name, 0) for w in weeks)}"
                    for name in channels) + ".",
        width, body, "ec-chart-channels",
    )
