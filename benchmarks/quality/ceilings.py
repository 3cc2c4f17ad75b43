"""How far could a trained model go? Ceilings for the two public goals the rules have not reached.

A goal is only worth chasing if the data can reward it. This script trains the kind of model the
published anchors are (word n-grams, logistic regression) on each data set's tuning part and scores it
on the reported part, alone and stacked on the rule's own verdict, beside the rule:

- WikiWeasel: trained on train.csv, threshold chosen on train.csv, scored on test.csv as run.py scores
  the rule (F1 with precision re-weighted to the official certain:uncertain mix); "best threshold" picks
  it on test.csv itself, an upper bound no honest model reaches.
- AnnoMI: trained on the tune half (even transcripts), scored on the test half; beside it, how often
  two of AnnoMI's own annotators agree on an utterance's kind, and how often the majority of the others
  agrees with each one (run.Agreement).

None of this ships: WikiWeasel is research-only (a model fitted to it may not go into the package),
and the linter must not depend on scikit-learn. `make ceilings` runs it in a venv of its own
(.venv-ceilings) with scikit-learn installed; the rest of the project never imports it.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

if __package__ in (None, ""):  # run as a script: the repo root holds the `benchmarks` package
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.quality import run

THRESHOLDS = [step / 100 for step in range(5, 95)]
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _reweighted_f1(expected: Sequence[bool], predicted: Sequence[bool]) -> float:
    row = run.Row("ceiling", "fence-sitting")
    for wanted, fired in zip(expected, predicted, strict=True):
        row.add(wanted, fired)
    run._reweighted_f1(row)
    return row.score or 0.0


def _fit(texts: Sequence[str], labels: Sequence[bool], extra: Sequence[float] | None,
         vectorizer: TfidfVectorizer) -> tuple[LogisticRegression, csr_matrix]:
    features = _with(vectorizer.fit_transform(texts), extra)
    return LogisticRegression(C=1.0, max_iter=3000).fit(features, labels), features


def _with(features: csr_matrix, extra: Sequence[float] | None) -> csr_matrix:
    """The n-gram features, plus the rule's verdict as one more column when stacking."""
    return features if extra is None else hstack([features, csr_matrix([[value] for value in extra])]).tocsr()


def wikiweasel(folder: Path) -> list[tuple[str, str]]:
    train = run.read_wikiweasel(folder / "train.csv")
    test = run.read_wikiweasel(folder / "test.csv")
    config = run.benchmark_config({"fence-sitting": {"require-stance": False}})

    def rule_fires(items: list[tuple[str, bool]]) -> list[float]:
        found = run.lint_texts([text for text, _ in items], "blog", config)
        return [float("fence-sitting" in verdict) for verdict in found]

    rule_train, rule_test = rule_fires(train), rule_fires(test)
    truth_train, truth_test = [label for _, label in train], [label for _, label in test]
    results = [("rule (fence-sitting, as shipped)", f"{_reweighted_f1(truth_test, [v > 0 for v in rule_test]):.1f}")]
    for name, extra_train, extra_test in (("n-gram model", None, None), ("n-gram model + rule", rule_train, rule_test)):
        vectorizer = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
        model, features = _fit([text for text, _ in train], truth_train, extra_train, vectorizer)
        on_train = model.predict_proba(features)[:, 1]
        on_test = model.predict_proba(_with(vectorizer.transform([text for text, _ in test]), extra_test))[:, 1]
        chosen = max(THRESHOLDS, key=lambda t: _reweighted_f1(truth_train, [p > t for p in on_train]))
        best = max(_reweighted_f1(truth_test, [p > t for p in on_test]) for t in THRESHOLDS)
        honest = _reweighted_f1(truth_test, [p > chosen for p in on_test])
        results.append((f"{name}, trained on train.csv", f"{honest:.1f} (best threshold {best:.1f})"))
    return results


def _last_question(text: str) -> str:
    """The sentence an AnnoMI utterance asks with (its last with a '?'), which decides its kind."""
    sentences = _SENTENCE_END.split(text)
    asking = [sentence for sentence in sentences if "?" in sentence]
    return "<s> " + (asking or sentences)[-1].lower()


def annomi(folder: Path) -> list[tuple[str, str]]:
    annotated = run.read_annomi(folder)
    texts = [row["utterance_text"].strip() for row in annotated]
    levels = [verdict.get(run.LEVELED, "none") for verdict in run._lint_unique(texts, "mastodon")]
    halves = [run._half(row["transcript_id"]) for row in annotated]
    closed = [row["question_subtype"] == "closed" for row in annotated]
    rule_right = [level == ("warning" if wanted else "none") for level, wanted in zip(levels, closed, strict=True)]
    tune = [i for i, half in enumerate(halves) if half == "tune"]
    test = [i for i, half in enumerate(halves) if half == "test"]
    agreement = run.annotator_agreement(annotated)
    results = [("rule (missing-conversation, as shipped)", f"{sum(rule_right[i] for i in test) / len(test):.3f}")]
    for name, stacked in (("n-gram model", False), ("n-gram model + rule", True)):
        vectorizer = TfidfVectorizer(ngram_range=(1, 3), token_pattern=r"[a-z'<>]+", sublinear_tf=True)
        fires = [float(level != "none") for level in levels]
        model, _ = _fit([_last_question(texts[i]) for i in tune], [closed[i] for i in tune],
                        [fires[i] for i in tune] if stacked else None, vectorizer)
        features = _with(vectorizer.transform([_last_question(texts[i]) for i in test]),
                         [fires[i] for i in test] if stacked else None)
        right = sum(predicted == closed[i] for predicted, i in zip(model.predict(features), test, strict=True))
        results.append((f"{name}, trained on the tune half", f"{right / len(test):.3f}"))
    results.append((f"two annotators of one utterance (both halves, {agreement.pairs:,} pairs)",
                    f"{agreement.pairwise:.3f}"))
    results.append((f"the other annotators' majority and each one ({agreement.labels} labels)",
                    f"{agreement.majority:.3f}"))
    panel: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    for row in annotated:
        panel[row["transcript_id"], row["utterance_id"]].add(row["annotator_id"])
    shared = [i for i, row in enumerate(annotated) if len(panel[row["transcript_id"], row["utterance_id"]]) > 2]
    results.append((f"the rule and each of those annotators ({len(shared)} labels)",
                    f"{sum(rule_right[i] for i in shared) / len(shared):.3f}"))
    return results


def main() -> int:
    data = run.SHARED_DATA
    sections = (("WikiWeasel test: F1, P re-weighted (goal ≥ 60)", "wikiweasel-sentences", wikiweasel),
                ("AnnoMI test half: accuracy (goal ≥ 0.80)", "annomi", annomi))
    for title, folder, measure in sections:
        print(title)
        if not (data / folder).is_dir():
            print(f"  {data / folder} absent, skipped")
            continue
        results = measure(data / folder)
        width = max(len(name) for name, _ in results)
        print("\n".join(f"  {name.ljust(width)}  {score}" for name, score in results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
