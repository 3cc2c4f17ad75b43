"""Detection quality must not regress: the labelled corpus and the public data sets keep their floors.

The floors are the scores reached when the rules were last tuned, minus a small
margin; `make quality` prints the full table. The held-out split was never tuned on;
the tune split is checked too, because it holds nine writers' styles and catches a
change that helps one of them at the others' cost. The public data sets are read in
place from ../shared/data and skipped where it is absent (as in a clone on its own).
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable

import pytest

from conftest import ROOT, SHARED_DATA

sys.path.insert(0, str(ROOT))
from benchmarks.quality.run import LEXICONS, PLAIN_LISTS, Agreement, Quality, Row, annotator_agreement, evaluate

MARGIN = 0.02
CORPUS_F1 = {
    # (split, rule): F1 at the last tuning (benchmarks/quality/README.md has the table)
    ("heldout", "self-promotion"): 0.91,
    ("heldout", "fence-sitting"): 0.92,
    ("heldout", "missing-conversation"): 0.94,
    ("heldout", "canned-phrase"): 0.82,
    ("tune", "self-promotion"): 0.93,
    ("tune", "fence-sitting"): 0.97,
    ("tune", "missing-conversation"): 0.99,
    ("tune", "canned-phrase"): 0.96,
}
PUBLIC_SCORES = {
    # data set folder: (row source, rule, score reached, the margin it may lose)
    "wikiweasel-sentences": ("wikiweasel test", "fence-sitting", 55.1, 2.0),
    "annomi": ("annomi all", "missing-conversation", 0.741, MARGIN),
    "swda-questions": ("swda-questions all", "question kind", 0.936, 0.006),  # the goal is > 0.93
}
CLICKBAIT_FALSE_ALARMS = 0.015 + MARGIN


@pytest.fixture(scope="module")
def corpus() -> Quality:
    return evaluate(splits=["heldout", "tune"], public=False)


@pytest.mark.parametrize(("split", "rule"), sorted(CORPUS_F1))
def test_corpus_f1_stays_above_its_floor(corpus: Quality, split: str, rule: str) -> None:
    row = corpus.row(split, rule)
    assert row.total >= (200 if split == "heldout" else 850), f"the {split} split is missing posts"
    floor = CORPUS_F1[split, rule] - MARGIN
    assert row.f1 is not None and row.f1 >= floor, (
        f"{rule}: {split} F1 {row.f1:.3f} fell below {floor:.2f} "
        f"(P {row.precision:.3f}, R {row.recall:.3f}); run `make quality` to see the table"
    )


def _public(folder: str) -> Quality:
    if not (SHARED_DATA / folder).is_dir():
        pytest.skip(f"{folder} is not beside the checkout (../shared/data)")
    return evaluate(splits=(), datasets=[folder])


@pytest.mark.parametrize("folder", sorted(PUBLIC_SCORES))
def test_public_score_stays_above_its_floor(folder: str) -> None:
    source, rule, reached, margin = PUBLIC_SCORES[folder]
    row = _public(folder).row(source, rule)
    assert row.score is not None and row.score >= reached - margin, (
        f"{source}: {row.score_name} {row.score:.3f} fell below {reached - margin:.3f}"
    )


def test_annotator_agreement_counts_every_pair_and_each_label_against_the_others_majority() -> None:
    """The AnnoMI ceiling beside the goal: three annotators of one utterance are three pairs, and an
    utterance one annotator labelled has no pair (each row is an annotator's label of an utterance).
    Against the majority of the others, a label counts only with two or more others, and a tie is half."""
    def label(transcript: str, utterance: str, annotator: str, kind: str) -> dict[str, str]:
        return {"transcript_id": transcript, "utterance_id": utterance, "annotator_id": annotator,
                "question_subtype": kind}

    rows = [
        label("1", "4", "a", "open"), label("1", "4", "b", "open"), label("1", "4", "c", "closed"),
        label("1", "5", "a", "closed"), label("1", "5", "b", "closed"),
        label("2", "4", "a", "open"),  # same utterance id, another transcript: alone
        label("3", "0", "a", "closed"), label("3", "0", "a", "closed"),  # one annotator twice is not a pair
    ]
    # Utterance 1/4: a and b each have a tie among the others (½ each), c is outvoted by a and b (0).
    assert annotator_agreement(rows) == Agreement(2 / 4, 4, 1 / 3, 3)
    panel = [label("9", "9", name, "open") for name in "abcd"] + [label("9", "9", "e", "closed")]
    # Four open labels each have a majority of 3 to 1 for open among the others; e's others say open.
    assert annotator_agreement(panel) == Agreement(6 / 10, 10, 4 / 5, 5)
    assert annotator_agreement(rows[5:6]) == Agreement(None, 0, None, 0)


def test_self_promotion_stays_silent_on_news_and_clickbait_headlines() -> None:
    row = _public("clickbait-chakraborty2016").row("clickbait headlines", "self-promotion")
    assert row.total == 32000
    assert row.score is not None and row.score <= CLICKBAIT_FALSE_ALARMS, (
        f"self-promotion fires on {row.score:.1%} of third-person headlines"
    )


PLAIN_LIST_DATA = (LEXICONS, "wikiweasel-sentences", "clickbait-chakraborty2016")
COMPARED_ON: dict[str, tuple[str, Callable[[Row], float | None], bool]] = {
    # source: the figure a rule and its plain lists are compared on there, and whether higher is better
    "heldout": ("F1", lambda row: row.f1, True),
    "wikiweasel test": ("F1 (P re-weighted, as the rule's row)", lambda row: row.score, True),
    "clickbait headlines": ("false alarms", lambda row: row.score, False),
}


def test_each_rule_beats_every_plain_list_of_established_prose_linters() -> None:
    """Issue #4: our rules must do better than plain lists (Vale's write-good, proselint, Microsoft) on the
    same texts, or their code buys nothing a phrase list would not."""
    for folder in PLAIN_LIST_DATA:
        if not (SHARED_DATA / folder).is_dir():
            pytest.skip(f"{folder} is not beside the checkout (../shared/data)")
    quality = evaluate(splits=["heldout"], datasets=PLAIN_LIST_DATA[1:])
    compared = [row for row in quality.rows if row.baseline_for and row.source in COMPARED_ON]
    rows_per_rule = {rule: len(files) + (1 if len(files) > 1 else 0) for rule, files in PLAIN_LISTS.items()}
    assert Counter(row.source for row in compared) == {  # each list, and "any of them" where there are several
        "heldout": sum(rows_per_rule.values()),
        "wikiweasel test": rows_per_rule["fence-sitting"],
        "clickbait headlines": rows_per_rule["self-promotion"],
    }, f"plain lists not scored: {quality.notes}"
    losses = []
    for baseline in compared:
        rule = quality.row(baseline.source, baseline.baseline_for)
        figure, value, higher_is_better = COMPARED_ON[baseline.source]
        ours, theirs = value(rule), value(baseline)
        assert ours is not None and theirs is not None, f"{baseline.source}: {figure} missing"
        if not (ours > theirs if higher_is_better else ours < theirs):
            losses.append(f"{baseline.source}: {rule.rule} {figure} {ours:.3f} does not beat "
                          f"{baseline.rule} {theirs:.3f}")
    assert not losses, "\n".join(losses)
