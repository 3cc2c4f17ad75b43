"""How fast is `lint-posts`, and how much memory does it take? Run by hand:

    .venv/bin/python benchmarks/lint_speed.py            # 1 post, then 10,000 posts
    .venv/bin/python benchmarks/lint_speed.py --posts 2000 --repeat 3

Targets (DEVELOPERS.md): one post in about 0.1 s (what every commit pays, process
start included); 10,000 posts in a few seconds on 2 cores; peak memory under 150 MB.
The posts are generated from varied realistic paragraphs so every rule has work to do.
Figures are wall-clock seconds and the peak resident memory of the linter process.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PARAGRAPHS = [
    "We're proud to announce that our team has shipped the new dashboard. Our customers love it and we think "
    "it might perhaps be the best release we have ever made.",
    "If a client is 30 days late, send a short, friendly reminder with the invoice attached and a concrete date. "
    "You'll be surprised how often that is all it takes.",
    "Some say freelancers should invoice monthly. I think that's wrong: send the invoice the day the work ends, "
    "while the client still remembers why they hired you.",
    "What is the one clause you wish you had added to your contracts sooner? Tell us in the replies.",
    "> We are passionate about delivering world-class, customer-centric solutions.\n\nThat is how most agency "
    "websites open. Yours doesn't have to.",
    "```\nlarkspur export --month 2026-11 --format csv > november.csv\n```\n\nRun it on the first of the month.",
    "## What changed\n\n- Exports now include the VAT column\n- Reminders can be scheduled\n- Receipts can be "
    "photographed from the phone",
    "Check out our latest blog post: https://example.com/blog/late-invoices. Don't miss out!",
    "Arguably, to some extent, it depends on your situation, and both sides have a point in a way.",
    "Do you keep your receipts in a shoebox? Many freelancers do, and experts agree it is a problem.",
]
CHANNELS = ["blog", "linkedin", "mastodon", "newsletter", "instagram", "twitter"]
STATUSES = ["idea", "draft", "review", "approved", "scheduled", "published"]


def write_posts(folder: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for index in range(count):
        body = "\n\n".join(rng.sample(PARAGRAPHS, rng.randint(1, 6)))
        status = rng.choice(STATUSES)
        reviewer = "reviewer: Ines\n" if status in ("approved", "scheduled", "published") else ""
        (folder / f"post-{index:05}.md").write_text(
            f"---\ntitle: Post {index}\ndate: 2026-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}\n"
            f"channel: {rng.choice(CHANNELS)}\nstatus: {status}\nauthor: Maya\n{reviewer}---\n{body}\n",
            encoding="utf-8",
        )


def run(args: list[str], cwd: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one linter run, as a fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    process = subprocess.run([sys.executable, "-m", "linter", *args], cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if process.returncode not in (0, 1):
        sys.exit(f"lint-posts failed: {process.stderr}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before) / 1024


def measure(label: str, args: list[str], cwd: Path, repeat: int) -> None:
    times, peaks = zip(*(run(args, cwd) for _ in range(repeat)), strict=True)
    print(f"{label:<28} median {statistics.median(times):6.3f} s   best {min(times):6.3f} s   "
          f"peak RSS {max(peaks):6.1f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "posts").mkdir()
        write_posts(folder / "posts", options.posts)
        single = sorted((folder / "posts").iterdir())[0]
        measure("1 post", [str(single)], folder, options.repeat)
        measure(f"{options.posts:,} posts, 1 process", ["--jobs", "1", "posts"], folder, max(1, options.repeat // 2))
        measure(f"{options.posts:,} posts, all cores", ["posts"], folder, max(1, options.repeat // 2))


if __name__ == "__main__":
    main()
