"""Does the editorial calendar keep `mkdocs build` fast at a real team's scale?

Run by hand (the test suite never runs it):

    .venv/bin/python benchmarks/site_build.py                 # 5,000 posts, one build of each site
    .venv/bin/python benchmarks/site_build.py --posts 300     # a quick try
    .venv/bin/python benchmarks/site_build.py --repeat 3      # on a busy machine: best of three

It writes N approved posts (varied bodies, eight channels, several authors, spread
over about 18 months around today) to a temp dir and builds two sites from the repo's
own mkdocs.yml (INHERIT: same theme, palette, extensions and nav), each in a fresh
`mkdocs build` subprocess:

- calendar: the `editorial-calendar` plugin turns the posts into the calendar,
  agenda, channel, author and post pages (the reviewers' site);
- plain: the same files as ordinary Markdown pages kept out of the navigation
  (MkDocs 1.6 `not_in_nav`), no calendar plugin: the cost of the pages themselves.

It reports wall time, CPU time and peak memory of each build and the calendar/plain
ratios. The target is calendar <= 1.5x plain for wall time, the build process's peak RSS
and the peak memory of all its processes together (the linter's helper included); the
exit code is 1 when any is over it, so the script can gate a change by hand.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SITE_CONFIG = ROOT / "mkdocs.yml"
CALENDAR_PLUGIN = "editorial-calendar"
TARGET_RATIO = 1.5
TARGETS = ("wall time", "peak RSS", "tree PSS")
"""What a writer notices: the wait, and the memory of the build and of all its processes."""

CHANNELS = ("blog", "linkedin", "twitter", "facebook", "instagram", "mastodon", "newsletter", "youtube")
AUTHORS = (
    "Maya Ortiz", "Jonas Weber", "Priya Raman", "Tomás Álvarez", "Aiko Tanaka", "Sam O'Neill", "Lena Kowalski",
)
LONG_FORM = {"blog", "newsletter", "youtube"}

TOPICS = (
    ("late invoices", "chasing a late invoice without losing the client"),
    ("quarterly tax", "setting money aside for quarterly tax"),
    ("receipts", "keeping receipts you can find in April"),
    ("rates", "raising your day rate"),
    ("VAT", "charging VAT to clients abroad"),
    ("retainers", "moving a client onto a retainer"),
    ("expenses", "what counts as a business expense"),
    ("cash flow", "surviving a month with no payments"),
    ("deposits", "asking for a deposit up front"),
    ("bank feeds", "importing a messy bank export"),
    ("mileage", "logging mileage without an app"),
    ("year end", "closing your books at year end"),
)
OPENINGS = (
    "Last week a designer told us she had {n} unpaid invoices and no idea which to chase first.",
    "If {topic} keeps you up at night, you are in good company.",
    "Here is the question we get most about {topic}: where do I even start?",
    "A reader wrote in about {topic}, and her answer surprised us.",
    "{Topic} is the part of freelancing nobody teaches you.",
    "I used to dread {topic}. Then I wrote down the three steps I actually take.",
)
MIDDLES = (
    "Start with the oldest amount, not the biggest: the client who owes you for {n} days has decided you will wait.",
    "Write the due date in the first line of the invoice, not at the bottom where nobody reads.",
    "Set aside a fixed share of every payment the day it arrives, before it feels like yours.",
    "A short, friendly reminder three days before the due date does more than a stern one a month after.",
    "Keep one folder per tax year and drop every receipt there the day you get it.",
    "When a client pushes back on a rate, ask what changed for them before you defend the number.",
    "Your accountant would rather see a plain spreadsheet every month than a shoebox in April.",
    "Most freelancers we talk to under-price the first project and spend a year catching up.",
    "If the client is abroad, check whether they give you a VAT number before you send the invoice.",
    "A retainer works when both sides know what a month of your time covers; write it as a list.",
    "Reconcile weekly: ten minutes on a Friday beats a lost weekend in January.",
    "Mileage is a business expense only if you can show where you went and why.",
)
CLOSINGS = (
    "What is the one habit that made {topic} easier for you?",
    "How do you handle {topic} today? Reply and tell us what works.",
    "Which part of {topic} would you like us to explain next?",
    "Tell us about the worst {topic} story you have, and how it ended.",
    "What would you tell someone facing {topic} for the first time?",
)
LIST_ITEMS = (
    "the client's legal name and address",
    "a due date, not 'on receipt'",
    "your bank details, twice-checked",
    "the late fee you agreed in the contract",
    "a reference the client's accounts team uses",
    "the hours or deliverables, one line each",
    "the tax rate and the tax amount",
)
CODE = (
    "```csv\ndate,client,amount,paid\n2026-03-02,Harbour Studio,1200.00,no\n2026-03-09,Fern & Co,450.00,yes\n```\n",
    "```text\nInvoice 2026-041\nDue: 14 days from issue\nLate fee: 2% per month, as agreed\n```\n",
)


@dataclass(frozen=True)
class Build:
    """One `mkdocs build` as measured from outside: what a writer waits for."""

    name: str
    seconds: float
    cpu_seconds: float
    """User + system time of the build and its reaped helpers: the work done, whatever runs in parallel."""
    peak_rss_mb: float
    """The largest single process (the build or one of its helpers), from wait4's rusage."""
    tree_peak_mb: float
    """The build and its helpers together (PSS sum, sampled): what the machine must have free."""
    pages: int


def _paragraph(rng: random.Random, topic: str, sentences: int) -> str:
    picked = rng.sample(MIDDLES, k=min(sentences, len(MIDDLES)))
    return " ".join(s.format(n=rng.randint(2, 90), topic=topic) for s in picked)


def post_body(rng: random.Random, channel: str, topic: str) -> str:
    """A body shaped like the channel's posts: long-form with headings and lists, social short."""
    opening = rng.choice(OPENINGS).format(n=rng.randint(2, 9), topic=topic, Topic=topic.capitalize())
    closing = rng.choice(CLOSINGS).format(topic=topic)
    if channel not in LONG_FORM:
        parts = [opening, _paragraph(rng, topic, rng.randint(1, 3))]
        if rng.random() < 0.3:
            parts.append(f"More in our guide: <https://larkspur.example/guides/{topic.replace(' ', '-')}>")
        return "\n\n".join([*parts, closing]) + "\n"
    parts = [opening]
    for section in range(rng.randint(2, 5)):
        parts.append(f"## {rng.choice(('Why it matters', 'What we do', 'What to try', 'A worked example'))} "
                     f"{section + 1}")
        parts.append(_paragraph(rng, topic, rng.randint(3, 6)))
        if rng.random() < 0.4:
            parts.append("\n".join(f"- {item}" for item in rng.sample(LIST_ITEMS, k=rng.randint(3, 5))))
        if rng.random() < 0.15:
            parts.append(rng.choice(CODE))
        if rng.random() < 0.2:
            parts.append(f"> {_paragraph(rng, topic, 1)}")
    parts.append(closing)
    return "\n\n".join(parts) + "\n"


def write_posts(folder: Path, count: int, today: dt.date, seed: int = 2026) -> list[Path]:
    """`count` approved posts spread over ~18 months (a year of history, half a year planned)."""
    rng = random.Random(seed)
    first = today - dt.timedelta(days=365)
    span = 548
    paths = []
    for number in range(count):
        topic, headline = rng.choice(TOPICS)
        channel = rng.choice(CHANNELS)
        author = rng.choice(AUTHORS)
        day = first + dt.timedelta(days=rng.randrange(span))
        status = "published" if day < today else rng.choice(("approved", "scheduled"))
        meta = {
            "title": f"{headline.capitalize()} ({channel}, #{number + 1})",
            "date": day.isoformat() if rng.random() < 0.6 else f"{day.isoformat()}T{rng.randint(7, 19):02d}:30",
            "channel": channel,
            "status": status,
            "author": author,
            "reviewer": rng.choice([a for a in AUTHORS if a != author]),
            "kind": rng.choice(("listen", "broadcast")),
            "tags": rng.sample(["invoicing", "tax", "pricing", "clients", "tools", "habits"], k=rng.randint(1, 3)),
        }
        if rng.random() < 0.5:
            meta["responder"] = f"{author.split()[0]}, within {rng.choice((2, 4, 24))} hours"
        front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True)
        path = folder / channel / f"{day:%Y-%m}" / f"{number + 1:05d}-{topic.replace(' ', '-').lower()}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"---\n{front}---\n{post_body(rng, channel, topic)}", encoding="utf-8")
        paths.append(path)
    return paths



def _tree_pss_kb(root: int) -> int:
    """PSS of a process and all its descendants; PSS shares forked pages fairly, so the sum is real memory."""
    total, pending = 0, [root]
    while pending:
        pid = pending.pop()
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
                    break
            for task in Path(f"/proc/{pid}/task").iterdir():
                pending.extend(int(child) for child in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return total


def measure(name: str, config: Path, site_dir: Path) -> Build:
    """Wall time and peak memory of one `mkdocs build` subprocess.

    `os.wait4` gives the rusage of that one child (RUSAGE_CHILDREN would report the largest
    of all builds so far, hiding a smaller second build). ru_maxrss is per process, so the
    linter's worker processes are summed separately by sampling /proc.
    """
    log = config.with_suffix(".log")
    shutil.rmtree(site_dir, ignore_errors=True)  # MkDocs would clean it inside the timed build
    peak_kb, done = [0], threading.Event()
    start = time.perf_counter()
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", str(config)],
            cwd=config.parent, stdout=output, stderr=subprocess.STDOUT,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},  # Material's end-of-life banner, on every build
        )

        def sample() -> None:
            # Every 20 ms: a single-process build peaks for a moment (the search index is written at the very
            # end), and 0.1 s sampling missed that peak in one run of two, flattering the plain build by ~15%.
            while not done.wait(0.02):
                peak_kb[0] = max(peak_kb[0], _tree_pss_kb(process.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        done.set()
        sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        sys.exit(f"{name} build failed (exit {process.returncode}):\n{log.read_text(errors='replace')[-4000:]}")
    pages = sum(1 for _ in site_dir.rglob("index.html"))
    return Build(name, seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, peak_kb[0] / 1024, pages)


def best_of(builds: list[Build]) -> Build:
    """The least disturbed run: noise from other processes only ever adds time and memory."""
    return Build(
        builds[0].name,
        min(b.seconds for b in builds),
        min(b.cpu_seconds for b in builds),
        min(b.peak_rss_mb for b in builds),
        min(b.tree_peak_mb for b in builds),
        builds[0].pages,
    )


def _site_config() -> dict[str, Any]:
    with SITE_CONFIG.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def _is_calendar(plugin: Any) -> bool:
    return plugin == CALENDAR_PLUGIN or (isinstance(plugin, dict) and CALENDAR_PLUGIN in plugin)


def write_configs(work: Path, posts: Path) -> tuple[Path, Path]:
    """Two configs inheriting the repo's mkdocs.yml, so theme, palette and extensions are the real site's.

    calendar: the repo's pages and plugin, reading `posts` (its `content` option is relative to the config).
    plain: the repo's pages, an ordinary stub page wherever the nav names a calendar page, and every post as an
    ordinary page outside the navigation; no calendar plugin.
    """
    repo = _site_config()
    docs = ROOT / repo.get("docs_dir", "docs")
    calendar = work / "calendar.yml"
    calendar.write_text(yaml.safe_dump({
        "INHERIT": str(SITE_CONFIG),
        "docs_dir": str(docs),
        "site_dir": str(work / "calendar-site"),
    }), encoding="utf-8")
    assert (work / "content").resolve() == posts.resolve(), "the calendar config reads content/ next to it"
    plain_docs = work / "plain-docs"
    shutil.copytree(docs, plain_docs)
    shutil.copytree(posts, plain_docs / "posts")
    for title, src in _nav_pages(repo.get("nav", [])):
        stub = plain_docs / src
        if not stub.exists():
            stub.parent.mkdir(parents=True, exist_ok=True)
            stub.write_text(f"# {title}\n\nAn ordinary page in the calendar section's place in the navigation.\n")
    plain = work / "plain.yml"
    plain.write_text(yaml.safe_dump({
        "INHERIT": str(SITE_CONFIG),
        "docs_dir": str(plain_docs),
        "site_dir": str(work / "plain-site"),
        "plugins": [p for p in repo.get("plugins", []) if not _is_calendar(p)],
        "not_in_nav": "/posts/\n",
    }), encoding="utf-8")
    return calendar, plain


def _nav_pages(nav: list[Any]) -> list[tuple[str, str]]:
    """(title, file) of every page in a nav, so the plain site gets the same navigation as the calendar.

    Material renders the whole nav into every page, so a shorter nav would flatter the plain build.
    """
    pages = []
    for item in nav:
        title, target = next(iter(item.items())) if isinstance(item, dict) else (item, item)
        if isinstance(target, list):
            pages.extend(_nav_pages(target))
        elif isinstance(target, str) and target.endswith(".md"):
            pages.append((title, target))
    return pages


def report(calendar: Build, plain: Build, posts: int) -> bool:
    """Print the figures; True when the calendar stays within the target on time and both memory figures."""
    print(f"{posts} approved posts\n")
    print(f"{'build':<10}{'pages':>8}{'wall s':>10}{'CPU s':>10}{'peak RSS MB':>14}{'tree PSS MB':>14}")
    for build in (calendar, plain):
        print(f"{build.name:<10}{build.pages:>8}{build.seconds:>10.1f}{build.cpu_seconds:>10.1f}"
              f"{build.peak_rss_mb:>14.0f}{build.tree_peak_mb:>14.0f}")
    ratios = {
        "wall time": calendar.seconds / plain.seconds,
        "CPU time": calendar.cpu_seconds / plain.cpu_seconds,
        "peak RSS": calendar.peak_rss_mb / plain.peak_rss_mb,
        "tree PSS": calendar.tree_peak_mb / plain.tree_peak_mb if plain.tree_peak_mb else float("nan"),
    }
    print()
    for what, ratio in ratios.items():
        if what not in TARGETS:
            verdict = "(not a target: the linter's work, done beside the pages)"
        else:
            verdict = "ok" if ratio <= TARGET_RATIO else f"OVER the {TARGET_RATIO}x target"
        print(f"calendar / plain {what}: {ratio:.2f}x  {verdict}")
    return all(ratios[what] <= TARGET_RATIO for what in TARGETS)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=5000, help="approved posts to generate (default: 5000)")
    parser.add_argument("--repeat", type=int, default=1, help="builds of each site; the best run counts")
    parser.add_argument("--keep", action="store_true", help="keep the temp dir (posts, configs, both sites, logs)")
    options = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="site-build-bench-"))
    try:
        write_posts(work / "content", options.posts, dt.date.today())
        calendar_config, plain_config = write_configs(work, work / "content")
        runs: dict[str, list[Build]] = {"plain": [], "calendar": []}
        for _ in range(options.repeat):  # alternate, so a burst of outside load hits both sites alike
            runs["plain"].append(measure("plain", plain_config, work / "plain-site"))
            runs["calendar"].append(measure("calendar", calendar_config, work / "calendar-site"))
        plain, calendar = best_of(runs["plain"]), best_of(runs["calendar"])
        within = report(calendar, plain, options.posts)
    finally:
        if options.keep:
            print(f"\nkept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
