"""Self-promotion: the post is mostly about us, not the reader.

Principle 2, "it is not about you". Readers do not care about our launch, our award
or our follower count; they care about their own problem. The rule measures the
**self-promotional ratio**: the share of the post's sentences that are centred on
the author or the brand rather than on the reader (you, your) or the world.

Each sentence counts as:

- **1, promotional**, when it announces or sells ("proud to announce", "big news",
  "20% off", "book your free demo", "don't miss out"), even when it says "you"; or
  when it boasts about us: a superlative, a prize, a launch, funding or growth in a
  sentence about us (we, our, I, my, the brand): "our award-winning team", "the best
  wall we've ever built", "I've been named one of…", "my clients are the best". In a
  post written as we or I, a boast that names no one else and does not address the
  reader is about us too: "Booked out until September!", "Hollis Street has been
  voted best bakery" (a brand name the configuration does not know).
- **½, about us**, when it mentions us more than the reader without boasting or
  selling: "We rolled back at 10:41" informs, but it is still about us.
- **0** otherwise. Boasting words about someone else ("the best way to roast a
  turkey", "Soyuz launches a satellite") and an opinion ("I think retainers are the
  best deal") are not promotion; quotes of other people's words and block quotes are
  not read at all; a line of nothing but hashtags is not counted.

The brand is the configured names (`brands = [...]` in [tool.lint-posts]) as written
and as handles or hashtags: "Larkspur Ledger", @LarkspurLedger, #larkspur,
@larkspur_nl. It fires when the ratio is above `threshold` (default 0.3) and points
at the most self-centred sentence.

To fix it, rewrite from the reader's side: what problem of theirs does this solve,
what can they do with it, what do they think? Turn "we built X" into "you can now Y".
Add your team's own sales phrases with `extra-phrases`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from linter import lexicon, regex_cache
from linter.post import Post
from linter.prose import Prose
from linter.rules import Hit, Outcome, Rule, excerpt

_WE = regex_cache.compile(r"(?<![\w'’])(?:we|our|ours|ourselves|we['’](?:re|ve|ll|d))(?![\w'’])", re.IGNORECASE)
_I = regex_cache.compile(r"(?<![\w'’])(?:I|[Mm]y|[Mm]e|[Mm]ine|[Mm]yself|I['’](?:m|ve|ll|d))(?![\w'’])")
"""Case-sensitive for "I", so that a list item "i." or a roman numeral "i" is not the writer."""
_OPINION = regex_cache.compile(
    r"(?<![\w'’])I(?:['’]d)? (?:think|believe|reckon|suspect|guess|feel|find|say|argue)(?![\w'’])"
)
""""I think retainers are the best thing a freelancer can offer": the writer holds the opinion, the
superlative is about retainers. The opinion marker is not the writer talking about themselves."""
_YOU = regex_cache.compile(
    r"(?<![\w'’])(?:you|your|yours|yourself|yourselves|y['’]all|you['’](?:re|ve|ll|d)|thanks|thank you)(?![\w'’])",
    re.IGNORECASE,
)
MENTION_WEIGHT = 0.5
"""How much a sentence that only mentions us (no boast, no sales talk) counts toward the ratio:
"We rolled back at 10:41" is about us, but it informs; "our award-winning team" promotes."""


@cache
def brand_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """Brand names as written ("Pizza Hut") and as handles or hashtags, regional ones included
    (@PizzaHut, #pizzahut, @PizzaHut_SG, @PizzaHutUK): feeds name the brand by its handle."""
    if not names:
        return None
    handles = sorted({re.sub(r"[\W_]+", "", name).lower() for name in names} - {""}, key=len, reverse=True)
    tags = rf"[@#](?:{'|'.join(handles)})(?:_\w+|(?-i:[A-Z]{{2,3}}))?(?!\w)" if handles else r"(?!x)x"
    return regex_cache.compile(f"(?:{lexicon.pattern(extra=names).pattern})|{tags}", re.IGNORECASE)


_TAG_LINE = regex_cache.compile(r"(?:[^\w#@]*[#@]\w+)+[^\w#@]*")
"""A "sentence" of nothing but hashtags and handles: a label under the post, not something said."""


def self_scores(prose: Prose, options: Mapping[str, Any]) -> list[float | None]:
    """How much each sentence is about us rather than the reader: 0 not at all, MENTION_WEIGHT when it
    mentions us more than the reader, 1 or more when it promotes us (the more promotion, the higher);
    None for a line of hashtags, which says nothing either way."""
    promo = lexicon.pattern("promotional", extra=options["extra-phrases"])
    us = prose.count_per_sentence(_WE)
    brand = brand_pattern(tuple(n.strip() for n in options.get("brands", []) if n.strip()))
    if brand:
        us = [a + b for a, b in zip(us, prose.count_per_sentence(brand), strict=True)]
    me = [a - b for a, b in zip(prose.count_per_sentence(_I), prose.count_per_sentence(_OPINION), strict=True)]
    counts = list(zip(us, me, prose.count_per_sentence(_YOU), prose.count_per_sentence(promo),
                      prose.count_per_sentence(lexicon.pattern("promotional_boasts")), strict=True))
    # A boast that names no one ("Booked out until May!") is ours when the writer speaks as we or I.
    written_as_us = any(we or me for we, me, *_ in counts)
    scores: list[float | None] = []
    for sentence, (we, me, you, selling, boasts) in zip(prose.sentences, counts, strict=True):
        about_us = we or me or (written_as_us and not you)
        if _TAG_LINE.fullmatch(sentence.text):
            scores.append(None)
        elif selling or (boasts and about_us):
            scores.append(1.0 + selling + boasts + we)
        else:
            scores.append(MENTION_WEIGHT if we > you else 0.0)
    return scores


def check(post: Post, prose: Prose, options: Mapping[str, Any]) -> Outcome:
    scores = [(score, s) for score, s in zip(self_scores(prose, options), prose.sentences, strict=True)
              if score is not None]
    self_centred = [(score, s) for score, s in scores if score > 0]
    ratio = round(sum(min(score, 1.0) for score, _ in scores) / len(scores), 3) if scores else 0.0
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
        "threshold": 0.3,
        "min-sentences": 1,
        "extra-phrases": [],
    },
    check=check,
    doc=__doc__ or "",
)
