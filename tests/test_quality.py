"""Detection quality must not regress: the held-out corpus (never tuned on) keeps its F1 floors.

The floors are the scores reached when the rules were last tuned, minus a small
margin; `make quality` prints the full table, public datasets included.
"""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT))
from benchmarks.quality.run import evaluate

MARGIN = 0.02
REACHED = {
    # rule: held-out F1 at the last tuning (benchmarks/quality/README.md has the table)
    "self-promotion": 0.82,
    "fence-sitting": 0.89,
    "missing-conversation": 0.94,
    "canned-phrase": 0.79,
}


@pytest.fixture(scope="module")
def heldout():
    return evaluate(splits=["heldout"], public=False)


@pytest.mark.parametrize("rule", sorted(REACHED))
def test_heldout_f1_stays_above_its_floor(heldout, rule: str) -> None:
    row = heldout.row("heldout", rule)
    assert row.total >= 200, "the held-out corpus is missing posts"
    assert row.f1 is not None and row.f1 >= REACHED[rule] - MARGIN, (
        f"{rule}: held-out F1 {row.f1:.3f} fell below {REACHED[rule] - MARGIN:.2f} "
        f"(P {row.precision:.3f}, R {row.recall:.3f}); run `make quality` to see the table"
    )
