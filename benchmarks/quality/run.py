"""Detection quality, measured: the labelled corpus and public data sets, scored with the real engine.

Every number here comes from `linter.engine.lint_post` on `linter.post.parse_post`'ed text with
every rule at its defaults, so a change to a rule or a phrase list shows up here unchanged. Two
kinds of evidence:

- the labelled corpus (corpus/tune, corpus/heldout): whole posts labelled by an editor; the tune
  split is for tuning, the held-out split is written independently and must never be tuned on;
- public data sets, read in place from ../shared/data (never copied: some may not be
  redistributed), each skipped with a note when its folder is absent;
- plain-list baselines: the phrase lists of established prose linters (Vale packages, in
  ../shared/data/style-lexicons), scored like the rule each stands for on the same texts. A rule
  that cannot beat a plain list is not worth its code.

Run `make quality` (or `python benchmarks/quality/run.py --help`). Tests call `evaluate()`.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import html
import json
import os
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from linter.config import Config
from linter.engine import SEVERITY_RANK, Measure, PostResult, lint_post
from linter.post import parse_post, read_post
from linter.prose import Prose
from linter.rules import all_rules, excerpt

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CORPUS = HERE / "corpus"
SPLITS = ("tune", "heldout")
SHARED_DATA = ROOT.parent / "shared" / "data"
YUM_LABELS = HERE / "yum_labels.csv"

BRANDS = ("Larkspur", "Larkspur Ledger")
"""The repo's example brand, fixed so that scores do not depend on anyone's local config."""
YUM_BRANDS = ("Yum!", "Yum! Brands", "KFC", "Pizza Hut", "Taco Bell", "Habit Burger")
"""What Yum!'s own team would configure: the feed's "us"."""
RULES = ("self-promotion", "fence-sitting", "missing-conversation", "canned-phrase")
"""The rules the corpus labels (its `expect:` keys)."""
LEVELS = ("none", "warning", "error")
LEVELED = "missing-conversation"
"""The one rule whose labels say a severity, not just yes/no."""

OFFICIAL_CERTAIN = 7400
"""Certain sentences in the official CoNLL-2010 Wikipedia evaluation set (the copy lacks some)."""
OFFICIAL_UNCERTAIN = 2234
"""Uncertain sentences in that set: false alarms are scaled to its certain:uncertain mix."""
PARALLEL_FROM = 400
"""Below this many texts a worker pool costs more than it saves."""

LEXICONS = "style-lexicons"
"""The data folder of prose linters' phrase lists (Vale packages): what each rule must beat."""
PLAIN_LISTS = {
    # rule: the Vale existence rules (package/Rule.yml under style-lexicons) scored as if they were that rule
    "self-promotion": ("microsoft/We",),
    "fence-sitting": ("write-good/Weasel", "proselint/Hedging", "proselint/CorporateSpeak"),
    "canned-phrase": ("write-good/Cliches", "proselint/Cliches"),
}
PACKAGE_NAMES = {"microsoft": "Microsoft"}
"""Where a package spells its name differently from its folder."""
PLAIN_LIST = "plain list: "
"""How the table names a baseline: "plain list: write-good Weasel"."""


# ---------------------------------------------------------------- linting


def benchmark_config(
    overrides: Mapping[str, Mapping[str, Any]] | None = None, brands: Sequence[str] = BRANDS,
) -> Config:
    """Every rule at its defaults, fixed brands, plus per-rule option overrides."""
    rules = {rule_id: dict(rule.defaults) for rule_id, rule in all_rules().items()}
    for rule_id, options in (overrides or {}).items():
        rules[rule_id] = {**rules[rule_id], **options}
    return Config(brands=tuple(brands), rules=rules)


def verdicts(result: PostResult) -> dict[str, str]:
    """Per rule: the highest severity it reported on the post, or "none"."""
    found: dict[str, str] = {}
    for finding in result.findings:
        current = found.get(finding.rule, "none")
        if SEVERITY_RANK.get(finding.severity, 0) > SEVERITY_RANK.get(current, 0):
            found[finding.rule] = finding.severity
    return found


def verdicts_and_lists(result: PostResult) -> dict[str, str]:
    """verdicts(), plus each plain list that matched the prose (PlainLists is the measure that looks)."""
    found = verdicts(result)
    found.update((name, "fires") for name, value in result.metrics.items() if name.startswith(PLAIN_LIST) and value)
    return found


def as_post(body: str, channel: str) -> str:
    """A public-data text as a post file, so it goes through parse_post like a writer's post."""
    front = f"title: benchmark item\ndate: 2026-01-05\nchannel: {channel}\nstatus: draft\nauthor: benchmark"
    return f"---\n{front}\n---\n{body}\n"


def _lint_chunk(
    texts: list[str], channel: str, config: Config, measure: Callable[[PostResult], Any] = verdicts,
    prose_measures: Sequence[Measure] = (),
) -> list[Any]:
    return [measure(lint_post(parse_post("item.md", as_post(text, channel)), config, prose_measures))
            for text in texts]


def lint_texts(
    texts: Sequence[str], channel: str, config: Config, measure: Callable[[PostResult], Any] = verdicts,
    prose_measures: Sequence[Measure] = (),
) -> list[Any]:
    """Verdicts (or another `measure` of each result) for many short texts, spread over the CPUs for large sets.

    `prose_measures` run in the same pass over each text's prose (the engine's metrics), e.g. plain lists."""
    jobs = os.cpu_count() or 1
    if jobs == 1 or len(texts) < PARALLEL_FROM:
        return _lint_chunk(list(texts), channel, config, measure, prose_measures)
    size = max(200, len(texts) // (jobs * 4))
    chunks = [list(texts[i:i + size]) for i in range(0, len(texts), size)]
    with ProcessPoolExecutor(jobs) as pool:
        futures = [pool.submit(_lint_chunk, chunk, channel, config, measure, prose_measures) for chunk in chunks]
        return [verdict for future in futures for verdict in future.result()]


# ---------------------------------------------------------------- scoring


@dataclass
class Row:
    """One line of the table: a rule on a source, as precision/recall of "the rule fires"."""

    source: str
    rule: str
    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0
    true_neg: int = 0
    score_name: str | None = None
    """The source's headline figure, when it is not the F1 of firing (accuracy, false alarms…)."""
    score: float | None = None
    goal: str | None = None
    footnote: str | None = None
    labelled: bool = True
    """False for a firing rate on unlabelled text: there is no "should fire" to count."""
    baseline_for: str | None = None
    """On a plain-list row: the rule whose labels (and scoring) it is measured by, the rule that must beat it."""

    @property
    def total(self) -> int:
        return self.true_pos + self.false_pos + self.false_neg + self.true_neg

    @property
    def positives(self) -> int:
        return self.true_pos + self.false_neg

    @property
    def precision(self) -> float | None:
        fired = self.true_pos + self.false_pos
        return self.true_pos / fired if fired else None

    @property
    def recall(self) -> float | None:
        return self.true_pos / self.positives if self.positives else None

    @property
    def f1(self) -> float | None:
        return f1(self.precision, self.recall)

    def add(self, expected: bool, predicted: bool) -> None:
        if expected and predicted:
            self.true_pos += 1
        elif predicted:
            self.false_pos += 1
        elif expected:
            self.false_neg += 1
        else:
            self.true_neg += 1

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(precision=self.precision, recall=self.recall, f1=self.f1,
                    positives=self.positives, total=self.total)
        return data


def f1(precision: float | None, recall: float | None) -> float | None:
    """None when there is nothing to find; 0 when none of it was found, fired or not (a list that never fires)."""
    if recall == 0:
        return 0.0
    if precision is None or recall is None:
        return None
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class Miss:
    """A corpus post, or a public-data row of a tune half, where a rule disagreed with the label (for tuning)."""

    split: str
    path: str
    rule: str
    expected: str
    predicted: str


@dataclass
class Quality:
    rows: list[Row] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0
    plain_lists: PlainLists | None = None
    """The baselines to score beside the rules; None when they are not scored (no public data)."""

    def list_measures(self, rule: str | None = None) -> list[Measure]:
        """What to match while linting: every plain list, or one rule's (none when they are not scored)."""
        if self.plain_lists is None:
            return []
        return [self.plain_lists if rule is None else self.plain_lists.only(rule)]

    def row(self, source: str, rule: str) -> Row:
        """The row for a source and rule (KeyError if it was not measured)."""
        for row in self.rows:
            if row.source == source and row.rule == rule:
                return row
        raise KeyError((source, rule))

    def as_dict(self) -> dict[str, Any]:
        return {
            "brands": list(BRANDS),
            "rows": [row.as_dict() for row in self.rows],
            "misses": [asdict(miss) for miss in self.misses],
            "notes": self.notes,
            "seconds": round(self.seconds, 2),
        }


# ---------------------------------------------------------------- plain-list baselines


def vale_existence(path: Path) -> re.Pattern[str]:
    """A Vale `existence` rule's tokens compiled as Vale compiles them: `(?i)(?m)\\b(?:token|…)\\b`.

    Tokens are regexes joined as they stand; `nonword: true` drops the \\b's, `ignorecase` adds (?i).
    Go's \\b, \\w and \\s are ASCII-only, hence re.ASCII (which also keeps case folding to ASCII:
    Go's (?i) would besides fold the Kelvin sign and the long s, which no list here holds).
    """
    rule = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(rule, dict) or rule.get("extends") != "existence" or not rule.get("tokens"):
        raise ValueError(f"{path}: not a Vale existence rule with tokens")
    if rule.keys() & {"raw", "exceptions"}:
        raise ValueError(f"{path}: raw tokens and exceptions are not read here")
    tokens = "(?:" + "|".join(str(token) for token in rule["tokens"]) + ")"
    flags = re.ASCII | re.MULTILINE | (re.IGNORECASE if rule.get("ignorecase") else 0)
    return re.compile(tokens if rule.get("nonword") else rf"\b{tokens}\b", flags)


def _list_name(file: str) -> str:
    package, rule = file.split("/")
    return f"{PACKAGE_NAMES.get(package, package)} {rule}"


@dataclass(frozen=True)
class PlainLists:
    """The lists, compiled; as an engine measure it says which of them match a text's prose.

    They read `Prose.masked`, the text every rule reads (no code, URLs or quoted words), so a
    rule's lead over a list is its own doing, not the masking's."""

    patterns: Mapping[str, re.Pattern[str]]
    """Table name ("plain list: write-good Weasel") → pattern."""
    by_rule: Mapping[str, tuple[str, ...]]
    """Rule → the table names of the lists scored as that rule."""

    def __call__(self, prose: Prose) -> dict[str, float | int | None]:
        return {name: int(pattern.search(prose.masked) is not None) for name, pattern in self.patterns.items()}

    def only(self, rule: str) -> PlainLists:
        names = self.by_rule[rule]
        return PlainLists({name: self.patterns[name] for name in names}, {rule: names})


PLAIN_LISTS_NOTE = (
    f"plain lists: Vale existence rules from ../shared/data/{LEXICONS} (packages and commits in its SOURCE.md), "
    "matched as Vale matches, (?i)\\b(?:token|…)\\b, on the prose the rules read; each scored like the rule "
    "it stands for: "
    + "; ".join(f"{rule} ({', '.join(_list_name(file) for file in files)})" for rule, files in PLAIN_LISTS.items())
)


def load_plain_lists(data: Path, notes: list[str]) -> PlainLists | None:
    """The lists of PLAIN_LISTS, read in place; None, with a note, when they are absent or unreadable."""
    folder = data / LEXICONS
    if not folder.is_dir():
        notes.append(f"{LEXICONS}: {folder} absent, plain-list baselines skipped")
        return None
    by_rule = {rule: tuple(PLAIN_LIST + _list_name(file) for file in files) for rule, files in PLAIN_LISTS.items()}
    try:
        patterns = {name: vale_existence(folder / f"{file}.yml")
                    for rule, files in PLAIN_LISTS.items() for name, file in zip(by_rule[rule], files, strict=True)}
    except (OSError, ValueError, re.error, yaml.YAMLError) as error:
        notes.append(f"{LEXICONS}: cannot be read ({type(error).__name__}: {error}), plain-list baselines skipped")
        return None
    return PlainLists(patterns, by_rule)


def score_plain_lists(
    quality: Quality, source: str, rule: str, items: Iterable[tuple[bool, Mapping[str, str]]],
    finish: Callable[[Row], None] | None = None,
) -> None:
    """Rows for each of a rule's plain lists, and for any of them firing when it has several.

    `items` are (label for the rule, verdicts_and_lists of the text); `finish` sets the source's
    headline score the way the rule's own row gets it."""
    if quality.plain_lists is None:
        return
    names = quality.plain_lists.by_rule[rule]
    union = [f"{PLAIN_LIST}any of the {len(names)} above"] if len(names) > 1 else []
    rows = [Row(source, name, footnote=PLAIN_LISTS_NOTE, baseline_for=rule) for name in (*names, *union)]
    for expected, verdict in items:
        fired = [name in verdict for name in names]
        for row, predicted in zip(rows, fired + [any(fired)] * len(union), strict=True):
            row.add(expected, predicted)
    if finish:
        for row in rows:
            finish(row)
    quality.rows.extend(rows)


# ---------------------------------------------------------------- the labelled corpus


def _expected(meta: Mapping[str, Any]) -> dict[str, str] | str:
    """The post's labels as rule → level ("none"/"warning"/"error", yes/no as "error"/"none"), or why not."""
    expect = meta.get("expect")
    if not isinstance(expect, Mapping):
        return "no 'expect:' mapping in the front matter"
    labels: dict[str, str] = {}
    for rule in RULES:
        value = expect.get(rule)
        if rule == LEVELED and value in LEVELS:
            labels[rule] = value
        elif rule != LEVELED and isinstance(value, bool):
            labels[rule] = "error" if value else "none"
        else:
            wanted = "none, warning or error" if rule == LEVELED else "true or false"
            return f"expect.{rule} is {value!r}, expected {wanted}"
    return labels


def _display(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


def _yes_no(level: str) -> str:
    return "false" if level == "none" else "true"


def score_split(split: str, quality: Quality, config: Config | None = None, corpus: Path = CORPUS) -> None:
    """Score every rule on one corpus split; a malformed post is a note, never a crash."""
    folder = corpus / split
    files = sorted(folder.glob("[0-9][0-9][0-9]-*.md")) if folder.is_dir() else []  # not README.md
    if not files:
        quality.notes.append(f"{_display(folder)}: no posts, skipped")
        return
    config = config or benchmark_config()
    rows = {rule: Row(split, rule) for rule in RULES}
    agreement = 0
    scored = 0
    measures = quality.list_measures()
    judged: list[tuple[dict[str, str], dict[str, str]]] = []  # (labels, verdicts_and_lists), for the plain lists
    for path in files:
        post = read_post(path, _display(path))
        labels = _expected(post.meta)
        if isinstance(labels, str) or post.problems:
            reason = labels if isinstance(labels, str) else post.problems[0].message
            quality.notes.append(f"{post.path}: {reason}; not scored")
            continue
        scored += 1
        found = verdicts_and_lists(lint_post(post, config, measures))
        judged.append((labels, found))
        for rule in RULES:
            expected, predicted = labels[rule], found.get(rule, "none")
            rows[rule].add(expected != "none", predicted != "none")
            if rule == LEVELED:
                agreement += expected == predicted
            if rule == LEVELED and expected != predicted:
                quality.misses.append(Miss(split, post.path, rule, expected, predicted))
            elif rule != LEVELED and (expected == "none") != (predicted == "none"):
                quality.misses.append(Miss(split, post.path, rule, _yes_no(expected), _yes_no(predicted)))
    if not scored:
        quality.notes.append(f"{_display(folder)}: no post could be scored")
        return
    rows[LEVELED].score_name = "severity agreement"
    rows[LEVELED].score = agreement / scored
    quality.rows.extend(rows.values())
    for rule in PLAIN_LISTS:
        score_plain_lists(quality, split, rule, ((labels[rule] != "none", found) for labels, found in judged))


# ---------------------------------------------------------------- public data sets


Loader = Callable[[Path, Quality], None]


_PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}", "``": '"', "''": '"'}
_PTB_TOKEN = re.compile("|".join(re.escape(token) for token in _PTB))


def _unescape_ptb(text: str) -> str:
    """Undo Penn Treebank escapes; a lone ` (PTB's opening quote) would open a Markdown code span."""
    return _PTB_TOKEN.sub(lambda m: _PTB[m.group()], text.strip()).replace("`", "'")


def read_wikiweasel(path: Path) -> list[tuple[str, bool]]:
    """A WikiWeasel part as (sentence, uncertain) pairs; cues.py measures the same sentences."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [(_unescape_ptb(row["text"]), row["label"].strip() == "1") for row in csv.DictReader(handle)]


def wikiweasel(folder: Path, quality: Quality) -> None:
    """Fence-sitting as a hedge/weasel sentence detector, F1 on the uncertain class.

    The copy lacks 2,346 of the official 7,400 certain sentences, so false alarms are scaled up
    to the official certain:uncertain mix before precision is computed (recall is unaffected).
    train.csv is the part to tune on; test.csv is the reported score.
    """
    config = benchmark_config({"fence-sitting": {"require-stance": False}})
    measures = quality.list_measures("fence-sitting")
    for part in ("train", "test"):
        items = read_wikiweasel(folder / f"{part}.csv")
        found = lint_texts([text for text, _ in items], "blog", config, verdicts_and_lists, measures)
        row = Row(f"wikiweasel {part}", "fence-sitting", goal="≥ 60 (anchors 60.2, 70.24)" if part == "test" else None,
                  footnote="single sentences: the no-stance check (require-stance) is off")
        for (_, uncertain), verdict in zip(items, found, strict=True):
            row.add(uncertain, "fence-sitting" in verdict)
        _reweighted_f1(row)
        quality.rows.append(row)
        labelled = ((uncertain, verdict) for (_, uncertain), verdict in zip(items, found, strict=True))
        score_plain_lists(quality, row.source, "fence-sitting", labelled, _reweighted_f1)


def _reweighted_f1(row: Row) -> None:
    """WikiWeasel's score: F1 with false alarms scaled to the official certain:uncertain mix."""
    certain = row.false_pos + row.true_neg
    official_certain = row.positives * OFFICIAL_CERTAIN / OFFICIAL_UNCERTAIN
    scaled_false_pos = row.false_pos * official_certain / certain if certain else 0.0
    fired = row.true_pos + scaled_false_pos
    precision = row.true_pos / fired if fired else None
    row.score_name = "F1, P re-weighted"
    row.score = None if (value := f1(precision, row.recall)) is None else 100 * value


HALVES = ("tune", "test")
"""AnnoMI and Switchboard have no split: even transcript/conversation ids tune, odd ones test."""


def _half(dialogue_id: str) -> str:
    return HALVES[int(dialogue_id) % 2] if dialogue_id.isdigit() else HALVES[1]


def _by_half(source: str, make: Callable[[str], Row]) -> dict[str, Row]:
    """One row per half and one for the whole set, in the table's order."""
    return {half: make(f"{source} {half}") for half in (*HALVES, "all")}


ANNOMI_TUNE = "annomi tune"
"""The split name of AnnoMI's tune-half misses, listed by --misses next to the corpus's."""


ANNOMI_KINDS = ("open", "closed")


def read_annomi(folder: Path) -> list[dict[str, str]]:
    """AnnoMI's therapist rows that an annotator labelled an open or a closed question (duplicates kept)."""
    with (folder / "AnnoMI-full.csv").open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle)
                if row["interlocutor"] == "therapist" and row["question_subtype"] in ANNOMI_KINDS]


@dataclass
class Agreement:
    """How consistent AnnoMI's own labels are: the ceiling beside its goal.

    `pairwise`: how often two annotators of one utterance gave it the same kind, over `pairs` pairs.
    `majority`: how often the majority of the other annotators of an utterance (two or more; a tie
    counts half) gave each one's kind, over `labels` labels: what a judge as good as the rest of the
    panel would score against one annotator. It is usually higher than `pairwise`: a majority is
    steadier than any one annotator."""

    pairwise: float | None
    pairs: int
    majority: float | None
    labels: int


def annotator_agreement(rows: Iterable[Mapping[str, str]]) -> Agreement:
    """Agreement among the annotators of the same utterance (each row is one annotator's label)."""
    by_utterance: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for row in rows:
        by_utterance[row["transcript_id"], row["utterance_id"]][row["annotator_id"]] = row["question_subtype"]
    pairs = agreeing = labels = 0
    right = 0.0
    for by_annotator in by_utterance.values():
        kinds = list(by_annotator.values())
        for i, kind in enumerate(kinds):
            pairs += len(kinds) - i - 1
            agreeing += kinds[i + 1:].count(kind)
            if len(kinds) > 2:
                same = kinds.count(kind) - 1
                labels += 1
                right += 1.0 if 2 * same > len(kinds) - 1 else 0.5 if 2 * same == len(kinds) - 1 else 0.0
    return Agreement(agreeing / pairs if pairs else None, pairs, right / labels if labels else None, labels)


def annomi(folder: Path, quality: Quality) -> None:
    """Therapist questions: open must not fire, closed must fire as a warning (accuracy per row).

    The goal column also says how consistent AnnoMI's own labels are (Agreement): how often two
    annotators agree, and how often the rest of the panel's majority agrees with one of them."""
    annotated = read_annomi(folder)
    items = [(row["utterance_text"].strip(), row["question_subtype"], row["transcript_id"], row["utterance_id"])
             for row in annotated]
    agreement = annotator_agreement(annotated)
    found = _lint_unique([text for text, *_ in items], "mastodon")
    panel = (f"; annotators agree {agreement.pairwise:.2f}, their majority {agreement.majority:.2f}"
             if agreement.pairwise is not None and agreement.majority is not None else "")
    goal = f"≥ 0.80 (wh-baseline 0.689{panel})"
    rows = _by_half("annomi", lambda source: Row(
        source, LEVELED, score_name="accuracy", goal=goal,
        footnote="rows, as the baseline counts them; positive = closed (must fire, as a warning); "
                 "halves by transcript id (even: tune, odd: test); annotators agree: the share of "
                 f"{agreement.pairs:,} pairs of annotators of one utterance who gave it the same kind; their "
                 f"majority: how often the other annotators' majority gave each of {agreement.labels:,} "
                 "labels (of the utterances three or more annotators labelled; a tie counts half)"))
    correct: Counter[str] = Counter()
    for (text, kind, transcript, utterance), verdict in zip(items, found, strict=True):
        half = _half(transcript)
        level = verdict.get(LEVELED, "none")
        right = level == ("warning" if kind == "closed" else "none")
        if not right and half == HALVES[0]:  # only the tune half's rows may be read while tuning
            where = f"transcript {transcript}, utterance {utterance}: {excerpt(text, 160)}"
            quality.misses.append(Miss(ANNOMI_TUNE, where, LEVELED, "warning" if kind == "closed" else "none", level))
        for name in (half, "all"):
            rows[name].add(kind == "closed", level != "none")
            correct[name] += right
    for name, row in rows.items():
        row.score = correct[name] / row.total if row.total else None
    quality.rows.extend(rows.values())


SWDA_OPEN = {"qw", "qo"}
SWDA_CLOSED = {"qy", "qy^d", "qrr", "^g"}
SWDA_RHETORICAL = {"qh"}
_SWDA_COMMENT = re.compile(r"\s\*[^?]*")
"""Transcribers' notes such as "*typo should be who's"."""


def asks_openly(result: PostResult) -> bool:
    """The classifier's verdict on a text: an open question or an invitation (a choice is a closed form)."""
    return bool(result.metrics.get("open_questions") or result.metrics.get("invitations"))


def swda(folder: Path, quality: Quality) -> None:
    """Question classification, open vs closed (qrr: or-questions) vs rhetorical: open-class F1.

    Scored on the classifier's kinds (the engine's missing-conversation metrics), as the issue
    words it, not on the rule firing: the rule also stays quiet on a choice, which SwDA tags closed.
    """
    items: list[tuple[str, str, str]] = []
    with (folder / "swda_questions.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            tag, text = row["da_tag"], _SWDA_COMMENT.sub("", row["text"]).strip()
            if "?" in text and tag in SWDA_OPEN | SWDA_CLOSED | SWDA_RHETORICAL:
                items.append((text, tag, _half(row["conversation"])))
    distinct = list(dict.fromkeys(text for text, _, _ in items))
    found = dict(zip(distinct, lint_texts(distinct, "mastodon", benchmark_config(), asks_openly), strict=True))
    rows = _by_half("swda-questions", lambda source: Row(
        source, "question kind", score_name="open-question F1", goal="> 0.93 (wh-baseline 0.928)",
        footnote="utterances with '?'; positive = open (qw, qo) against closed (qy, qy^d, qrr, ^g) and "
                 "rhetorical (qh); predicted open = an open question or invitation; halves by conversation id"))
    for text, tag, half in items:
        for name in (half, "all"):
            rows[name].add(tag in SWDA_OPEN, found[text])
    for row in rows.values():
        row.score = row.f1
    quality.rows.extend(rows.values())


def clickbait(folder: Path, quality: Quality) -> None:
    """News and clickbait headlines are about the reader or the world, never about "us": false alarms."""
    lines: list[str] = []
    for name in ("clickbait_data.gz", "non_clickbait_data.gz"):
        with gzip.open(folder / name, "rt", encoding="utf-8", errors="replace") as handle:
            lines.extend(line.strip() for line in handle if line.strip())
    found = _lint_unique(lines, "twitter", quality.list_measures("self-promotion"))
    row = Row("clickbait headlines", "self-promotion", goal="< 5%")
    for verdict in found:
        row.add(False, "self-promotion" in verdict)
    _false_alarms(row)
    quality.rows.append(row)
    score_plain_lists(quality, row.source, "self-promotion", ((False, verdict) for verdict in found), _false_alarms)


def _false_alarms(row: Row) -> None:
    """The share of texts that should not fire and did."""
    row.score_name = "false alarms"
    row.score = row.false_pos / row.total if row.total else None


def yum(folder: Path, quality: Quality) -> None:
    """The @yumbrands feed: firing rates, and scores on the hand-labelled sample in yum_labels.csv."""
    with (folder / "yum_tweets_10_years.csv").open(encoding="utf-8", newline="") as handle:
        tweets = {
            row["tweet_id"]: html.unescape(row["text"]).strip()
            for row in csv.DictReader(handle)
            if row["username"] == "yumbrands" and row["is_retweeted_tweet"] == "False"
        }
    ids = list(tweets)
    config = benchmark_config(brands=YUM_BRANDS)
    found = dict(zip(ids, lint_texts([tweets[i] for i in ids], "twitter", config), strict=True))
    note = "original @yumbrands tweets; brands " + ", ".join(YUM_BRANDS)
    for rule in ("self-promotion", "canned-phrase", LEVELED):
        row = Row("yum feed", rule, score_name="fires on", footnote=note, labelled=False)
        for verdict in found.values():
            row.add(False, rule in verdict)
        row.score = row.false_pos / row.total if row.total else None
        quality.rows.append(row)
    if not YUM_LABELS.is_file():
        quality.notes.append(f"{YUM_LABELS.name} missing: yum sample not scored")
        return
    with YUM_LABELS.open(encoding="utf-8", newline="") as handle:
        labels = [row for row in csv.DictReader(handle) if row.get("tweet_id") in found]
    source = f"yum sample ({len(labels)})"
    rows = {rule: Row(source, rule, footnote=note) for rule in RULES if rule != "fence-sitting"}
    agreement = 0
    for label in labels:
        verdict = found[label["tweet_id"]]
        for rule, row in rows.items():
            expected = label[rule]
            if rule == LEVELED:
                row.add(expected != "none", rule in verdict)
                agreement += expected == verdict.get(rule, "none")
            else:
                row.add(expected == "true", rule in verdict)
    rows[LEVELED].score_name = "severity agreement"
    rows[LEVELED].score = agreement / len(labels) if labels else None
    quality.rows.extend(rows.values())


def _lint_unique(texts: Sequence[str], channel: str, prose_measures: Sequence[Measure] = ()) -> list[dict[str, str]]:
    """Verdicts (and plain lists, given their measures) per text, linting each distinct text once."""
    distinct = list(dict.fromkeys(texts))
    found = dict(zip(distinct, lint_texts(distinct, channel, benchmark_config(), verdicts_and_lists, prose_measures),
                     strict=True))
    return [found[text] for text in texts]


DATASETS: dict[str, Loader] = {
    "wikiweasel-sentences": wikiweasel,
    "annomi": annomi,
    "swda-questions": swda,
    "clickbait-chakraborty2016": clickbait,
    "yum-brand-tweets": yum,
}


def score_public(quality: Quality, data: Path = SHARED_DATA, only: Iterable[str] | None = None) -> None:
    for name, loader in DATASETS.items():
        if only is not None and name not in only:
            continue
        folder = data / name
        if not folder.is_dir():
            quality.notes.append(f"{name}: {folder} absent, skipped")
            continue
        try:
            loader(folder, quality)
        except (OSError, EOFError, KeyError, ValueError, csv.Error) as error:
            quality.notes.append(f"{name}: cannot be read ({type(error).__name__}: {error}), skipped")


def evaluate(
    splits: Sequence[str] = SPLITS, public: bool = True, data: Path = SHARED_DATA,
    datasets: Iterable[str] | None = None, corpus: Path = CORPUS,
) -> Quality:
    """The whole measurement; `datasets` limits the public data sets by folder name.

    The plain-list baselines come with the public data (they are read from it) and follow the
    rules' rows, so the rules' part of the table reads as it did before they were added."""
    started = time.perf_counter()
    quality = Quality()
    if public:
        quality.plain_lists = load_plain_lists(data, quality.notes)
    config = benchmark_config()
    for split in splits:
        score_split(split, quality, config, corpus)
    if public:
        score_public(quality, data, datasets)
    quality.rows.sort(key=lambda row: row.baseline_for is not None)  # stable: each part keeps its order
    quality.seconds = time.perf_counter() - started
    return quality


# ---------------------------------------------------------------- output


def _number(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _score(row: Row) -> str:
    if row.score is None or row.score_name is None:
        return ""
    if row.score_name in ("false alarms", "fires on"):
        return f"{row.score_name} {100 * row.score:.1f}%"
    if row.score_name.startswith("F1, P"):
        return f"{row.score_name} {row.score:.1f}"
    return f"{row.score_name} {row.score:.3f}"


def table(quality: Quality) -> str:
    marks: dict[str, str] = {}
    lines: list[list[str]] = [["source", "rule", "P", "R", "F1", "pos/n", "score", "goal"]]
    for row in quality.rows:
        source = row.source
        if row.footnote:
            marks.setdefault(row.footnote, str(len(marks) + 1))
            source += f" [{marks[row.footnote]}]"
        rated = row.positives > 0
        lines.append([
            source, row.rule,
            _number(row.precision) if rated else "–",
            _number(row.recall) if rated else "–",
            _number(row.f1) if rated else "–",
            f"{row.positives}/{row.total}" if row.labelled else f"{row.total}", _score(row), row.goal or "",
        ])
    widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
    rendered = ["  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
                for line in lines]
    rendered.insert(1, "  ".join("-" * width for width in widths))
    out = [
        "Detection quality: engine defaults, brands " + ", ".join(BRANDS)
        + "; P/R/F1 of 'the rule fires' (missing-conversation: at any severity)",
        "", *rendered, "",
    ]
    out += [f"[{mark}] {text}" for text, mark in marks.items()]
    out += [f"note: {note}" for note in quality.notes]
    out.append(f"({quality.seconds:.1f} s)")
    return "\n".join(out)


def _misses(quality: Quality) -> Iterator[str]:
    by_rule: dict[str, list[Miss]] = defaultdict(list)
    for miss in quality.misses:
        by_rule[miss.rule if miss.split == "tune" else f"{miss.split} {miss.rule}"].append(miss)
    for rule, misses in sorted(by_rule.items()):
        kinds = Counter(f"expected {m.expected}, got {m.predicted}" for m in misses)
        yield f"{rule}: " + "; ".join(f"{count}× {kind}" for kind, count in kinds.most_common())
        for miss in misses:
            yield f"  {miss.path}: expected {miss.expected}, got {miss.predicted}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--split", choices=[*SPLITS, "all", "none"], default="all",
                        help="which corpus split(s) to score (default: all that exist)")
    parser.add_argument("--no-public", action="store_true", help="skip the public data sets")
    parser.add_argument("--dataset", action="append", choices=list(DATASETS),
                        help="score only this public data set (repeatable)")
    parser.add_argument("--data", type=Path, default=SHARED_DATA, help="folder of the public data sets")
    parser.add_argument("--misses", action="store_true",
                        help="list the tune-split posts each rule gets wrong (never the held-out ones), "
                             "and AnnoMI's tune-half rows when it is scored")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    args = parser.parse_args(argv)
    splits = SPLITS if args.split == "all" else () if args.split == "none" else (args.split,)
    quality = evaluate(splits, not args.no_public, args.data, args.dataset)
    quality.misses = [miss for miss in quality.misses if miss.split in ("tune", ANNOMI_TUNE)]
    if args.json:
        data = quality.as_dict()
        if not args.misses:
            data.pop("misses")
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    print(table(quality))
    if args.misses:
        print("\n".join(["", "Misses on the tune split:", *_misses(quality)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
