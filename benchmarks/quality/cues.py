"""Which fence-sitting cues earn their place: per-cue support and precision on WikiWeasel train.csv.

The fence-sitting lists and patterns are chosen by measurement, and this tool makes that measurement
reproducible. Each WikiWeasel sentence is labelled certain or uncertain (it holds a hedge or weasel
cue); for every cue the rule finds (a list entry such as "probably" or "leverag*", or a pattern's
name such as "<vague crowd>") it prints:

- `support`: training sentences where the rule finds the cue, and `prec`, the share of them that
  are uncertain;
- the same for the sentences where it is the only cue (`alone`): what the cue decides by itself.

How to read it: the benchmark scales false alarms up to the official certain:uncertain mix, so a cue
pays for itself only above about 0.35 precision. A cue under that (with enough support to tell) goes
to fence_weak.txt: it counts half, and only next to a stronger one. `--try REGEX` measures a candidate
before it goes into a list: over all training sentences, and over those the rule does not fire on yet
(what adding it would change). `--words` lists the words and word pairs of high precision in uncertain
sentences where the rule finds no cue at all: where recall is lost.

Only train.csv is read (test.csv is the reported score), and no sentence is printed.

    .venv/bin/python benchmarks/quality/cues.py [--min-support 5] [--try REGEX ...] [--words]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

if __package__ in (None, ""):  # run as a script: the repo root holds the `benchmarks` package
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.quality.run import SHARED_DATA, read_wikiweasel
from linter.prose import Prose
from linter.rules.fence_sitting import RULE, fence_phrases

TRAIN = SHARED_DATA / "wikiweasel-sentences" / "train.csv"
OPTIONS = {**RULE.defaults, "require-stance": False}
"""The rule as the benchmark runs it on single sentences."""
_WORD = re.compile(r"[a-z][a-z'-]*")


@dataclass(frozen=True)
class Sentence:
    text: str
    uncertain: bool
    fires: bool
    cues: frozenset[str]


@dataclass
class Tally:
    support: int = 0
    uncertain: int = 0

    def add(self, uncertain: bool) -> None:
        self.support += 1
        self.uncertain += uncertain

    @property
    def precision(self) -> float:
        return self.uncertain / self.support if self.support else 0.0

    def __str__(self) -> str:
        return f"{self.support:7d} {self.precision:5.2f}"


def measure(text: str, uncertain: bool) -> Sentence:
    """Whether the rule fires on one sentence (its own check, as the engine runs it), and its cues there."""
    prose = Prose(text)
    fires = bool(RULE.check(None, prose, OPTIONS).hits)  # type: ignore[arg-type]  # the rule never reads the post
    return Sentence(text, uncertain, fires, frozenset(phrase.cue for phrase in fence_phrases(prose)))


def load(path: Path = TRAIN) -> list[Sentence]:
    return [measure(text, uncertain) for text, uncertain in read_wikiweasel(path)]


def summary(sentences: Sequence[Sentence]) -> str:
    fired = Tally()
    for sentence in sentences:
        if sentence.fires:
            fired.add(sentence.uncertain)
    uncertain = sum(sentence.uncertain for sentence in sentences)
    return (f"{len(sentences)} sentences, {uncertain} uncertain; the rule fires on {fired.support}: "
            f"precision {fired.precision:.2f}, recall {fired.uncertain / max(1, uncertain):.2f}")


def cue_table(sentences: Iterable[Sentence], min_support: int = 1) -> list[str]:
    """One line per cue, most frequent first."""
    every: dict[str, Tally] = {}
    alone: dict[str, Tally] = {}
    for sentence in sentences:
        for cue in sentence.cues:
            every.setdefault(cue, Tally()).add(sentence.uncertain)
            if len(sentence.cues) == 1:
                alone.setdefault(cue, Tally()).add(sentence.uncertain)
    lines = [f"{'cue':32s} {'support':>7s} {'prec':>5s} {'alone':>7s} {'prec':>5s}"]
    for cue, tally in sorted(every.items(), key=lambda item: (-item[1].support, item[0])):
        if tally.support >= min_support:
            lines.append(f"{cue:32s} {tally} {alone.get(cue, Tally())}")
    return lines


def try_pattern(sentences: Iterable[Sentence], pattern: re.Pattern[str]) -> str:
    overall, unfired = Tally(), Tally()
    for sentence in sentences:
        if pattern.search(sentence.text):
            overall.add(sentence.uncertain)
            if not sentence.fires:
                unfired.add(sentence.uncertain)
    return f"{pattern.pattern}\n  all sentences {overall}   not fired yet {unfired}"


def lost_words(sentences: Iterable[Sentence], min_support: int = 5, min_precision: float = 0.6) -> list[str]:
    """Words and word pairs of high precision in the sentences where the rule finds no cue."""
    support: Counter[str] = Counter()
    uncertain: Counter[str] = Counter()
    for sentence in sentences:
        if sentence.cues:
            continue
        words = _WORD.findall(sentence.text.lower())
        for gram in {*words, *(f"{a} {b}" for a, b in pairwise(words))}:
            support[gram] += 1
            uncertain[gram] += sentence.uncertain
    rows = [(gram, Tally(n, uncertain[gram])) for gram, n in support.items() if n >= min_support]
    rows = [(gram, tally) for gram, tally in rows if tally.precision >= min_precision]
    rows.sort(key=lambda row: (-row[1].uncertain, row[0]))
    return [f"{'word(s)':32s} {'support':>7s} {'prec':>5s}"] + [f"{gram:32s} {tally}" for gram, tally in rows]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--min-support", type=int, default=5, help="hide cues and words found in fewer sentences")
    parser.add_argument("--try", dest="candidates", action="append", default=[], metavar="REGEX",
                        help="measure a candidate pattern (case-insensitive; repeatable)")
    parser.add_argument("--words", action="store_true", help="high-precision words where the rule finds no cue")
    parser.add_argument("--data", type=Path, default=TRAIN, help="the training CSV (text,label)")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"{args.data}: absent, nothing to measure", file=sys.stderr)
        return 1
    try:
        candidates = [re.compile(candidate, re.IGNORECASE) for candidate in args.candidates]
    except re.error as error:
        parser.error(f"--try: {error}")
    sentences = load(args.data)
    lines = [summary(sentences), ""]
    if candidates:
        lines += [try_pattern(sentences, candidate) for candidate in candidates]
    elif args.words:
        lines += lost_words(sentences, args.min_support)
    else:
        lines += cue_table(sentences, args.min_support)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
