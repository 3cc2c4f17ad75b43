"""Self-promotion: the post is mostly about us, not the reader.

Principle 2, "it is not about you". Readers do not care about our launch, our award
or our follower count; they care about their own problem. The rule measures the
**self-promotional ratio**: the share of the post's sentences that are centred on
the author or the brand (we, our, us, the configured brand and product names,
"proud to announce", launch, award, sale and follower-count language) rather than
on the reader (you, your) or the world.

A sentence counts as self-centred when it speaks of us more than of the reader, or
when it uses promotional language about us. A first-person story ("I broke
production last year…") is not promotion unless it boasts or sells; quotes of other
people's words and block quotes are not read at all.

It fires when the ratio is above `threshold` and points at the most self-centred
sentence. To fix it, rewrite from the reader's side: what problem of theirs does
this solve, what can they do with it, what do they think? Turn "we built X" into
"you can now Y". Brand names are set with `brands = [...]` in [tool.lint-posts].
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from linter import lexicon
from linter.post import Post
from linter.prose import Prose
from linter.rules import Hit, Outcome, Rule, excerpt

_WE = re.compile(r"(?<![\w'’])(?:we|our|ours|ourselves|we['’](?:re|ve|ll|d))(?![\w'’])", re.IGNORECASE)
_I = re.compile(r"(?<![\w'’])(?:I|my|me|mine|myself|I['’](?:m|ve|ll|d))(?![\w'’])")
_YOU = re.compile(
    r"(?<![\w'’])(?:you|your|yours|yourself|yourselves|y['’]all|you['’](?:re|ve|ll|d)|thanks|thank you)(?![\w'’])",
    re.IGNORECASE,
)


def _brands(options: Mapping[str, Any]) -> re.Pattern[str] | None:
    names = [n for n in options.get("brands", []) if n.strip()]
    return lexicon.pattern(extra=names) if names else None


def self_scores(prose: Prose, promo: re.Pattern[str], brand: re.Pattern[str] | None) -> list[float]:
    """How much each sentence is about us rather than the reader (0: not at all)."""
    we = prose.count_per_sentence(_WE)
    if brand:
        we = [a + b for a, b in zip(we, prose.count_per_sentence(brand), strict=True)]
    promotional = prose.count_per_sentence(promo)
    me = prose.count_per_sentence(_I)
    you = prose.count_per_sentence(_YOU)
    return [
        1.0 + p + w if p and (w or m or not y) else float(w - y) if w > y else 0.0
        for w, p, m, y in zip(we, promotional, me, you, strict=True)
    ]


def check(post: Post, prose: Prose, options: Mapping[str, Any]) -> Outcome:
    promo = lexicon.pattern("promotional", extra=options["extra-phrases"])
    scores = self_scores(prose, promo, _brands(options))
    self_centred = [(score, s) for score, s in zip(scores, prose.sentences, strict=True) if score > 0]
    ratio = round(len(self_centred) / len(scores), 3) if scores else 0.0
    outcome = Outcome(metrics={"self_promotion_ratio": ratio})
    if ratio > options["threshold"] and len(scores) >= options["min-sentences"]:
        _, worst = max(self_centred, key=lambda pair: pair[0])
        outcome.hits.append(Hit(
            worst.line, worst.column,
            f"{len(self_centred)} of {len(scores)} sentences are about us, not the reader "
            f"(self-promotional ratio {ratio:.2f} > {options['threshold']:.2f}); "
            f"most self-centred: \"{excerpt(worst.text)}\"",
            "rewrite from the reader's side: what problem of theirs does this solve? "
            "Say what they can do ('you can now…') rather than what we did",
        ))
    return outcome


RULE = Rule(
    id="self-promotion",
    summary="the post talks about us (we, our brand, our launch) more than about the reader",
    principle=2,
    defaults={
        "enabled": True,
        "severity": "error",
        "threshold": 0.4,
        "min-sentences": 1,
        "extra-phrases": [],
    },
    check=check,
    doc=__doc__ or "",
)
