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
  Our news needs no stock phrase: a launch, release, opening, funding round, hire,
  prize, event or milestone told with us as the subject ("We shipped 3.0 today",
  "Our podcast just hit episode 100", "Larkspur made the shortlist", "we're opening a
  second shop", "10,000 paying customers"), and an exclaimed line about us ("Our
  bakery now delivers!"), count as promotion.
- **½, about us**, when it mentions us more than the reader without boasting or
  selling: "We rolled back at 10:41" informs, but it is still about us.
- **0** otherwise. Boasting words about someone else ("the best way to roast a
  turkey", "Soyuz launches a satellite") and an opinion ("I think retainers are the
  best deal") are not promotion; a sentence that owns a failure ("we shipped a bad
  migration", "we're sorry", "the page was down") is accountability, not a boast;
  quotes of other people's words and block quotes are not read at all; a line of
  nothing but hashtags is not counted.

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

_WE = r"[wo](?<![\w'’].)(?:e|ur|urs|urselves|e['’](?:re|ve|ll|d))(?![\w'’])"
"""Each pronoun pattern starts with a character class, then looks back for the word start: Python's re then
skips to the next possible first letter in one step instead of trying the pattern at every character."""
_OPINION = r"I(?:['’]d)? (?:think|believe|reckon|suspect|guess|feel|find|say|argue)(?![\w'’])"
""""I think retainers are the best thing a freelancer can offer": the writer holds the opinion, the
superlative is about retainers. The opinion marker is not the writer talking about themselves."""
_I = regex_cache.compile(rf"(?<![\w'’])(?!{_OPINION})(?:I|[Mm]y|[Mm]e|[Mm]ine|[Mm]yself|I['’](?:m|ve|ll|d))(?![\w'’])")
"""Case-sensitive for "I", so that a list item "i." or a roman numeral "i" is not the writer."""
_YOU = regex_cache.compile(
    r"[yt](?<![\w'’].)(?:ou|our|ours|ourself|ourselves|['’]all|ou['’](?:re|ve|ll|d)|hanks|hank you)(?![\w'’])",
    re.IGNORECASE,
)
_NEVER = r"(?!x)x"
MENTION_WEIGHT = 0.5
"""How much a sentence that only mentions us (no boast, no sales talk) counts toward the ratio:
"We rolled back at 10:41" is about us, but it informs; "our award-winning team" promotes."""


@cache
def us_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """We, our… and the brand names as written ("Pizza Hut") and as handles or hashtags, regional ones
    included (@PizzaHut, #pizzahut, @PizzaHut_SG, @PizzaHutUK): feeds name the brand by its handle."""
    return regex_cache.compile(f"{_WE}|{_brand_source(names)}" if names else _WE, re.IGNORECASE)


def _brand_source(names: tuple[str, ...]) -> str:
    """The brand as written, possessive included ("Taco Bell's new menu"), or as a handle or hashtag."""
    handles = sorted({re.sub(r"[\W_]+", "", name).lower() for name in names} - {""}, key=len, reverse=True)
    tags = rf"[@#](?:{'|'.join(handles)})(?:_\w+|(?-i:[A-Z]{{2,3}}))?(?!\w)" if handles else _NEVER
    written = lexicon.source(extra=names + tuple(f"{name}'s" for name in names))
    return f"(?:{written})|{tags}"


_HELPERS = (r"(?:(?:['’](?:ve|s|d)|\s+(?:have|has|had|just|now|finally|officially|also|recently|already|proudly"
            r"|successfully|today|this\s+(?:week|year|month|morning)))(?![\w'’]))*")
"""Between our subject and our news: "we've just shipped", "Larkspur has finally launched", "I officially turned"."""
_BE = r"(?:['’](?:re|s|m)|\s+(?:are|is|am|will\s+be))(?:\s+(?:just|now|finally|officially|also|so))*"
"""Before news in progress: "we're hiring", "our bakery is opening a second shop"."""
_NUMBER = r"(?<![\w.,])\d[\d,.]*\s*(?:k|m|\+|(?:hundred|thousand|million|billion)(?![\w'’]))?(?:\s+[\w-]+)?\s+"
"""A count before what is counted: "10,000 paying customers", "1 million downloads", "2.5k stars"."""


@cache
def boast_pattern(brand: str) -> re.Pattern[str]:
    """In one pass: boasting words and owned failures (one phrase trie: told apart afterwards), our news
    as a verb after us as its subject, and counts of our customers.

    The verb needs its subject: "we shipped", "our podcast just hit", "Larkspur made the shortlist";
    "Apple launches a phone" is not about us, and "we haven't shipped" does not boast."""
    subject = (rf"(?:(?<![\w'’])(?:we|(?-i:I)|(?:our|my)(?:\s+[\w&-]+){{1,3}}?)"
               rf"|(?:{brand})(?:\s+[\w.&-]+){{0,2}}?)")
    news = (rf"{subject}(?:{_HELPERS}\s+(?:{lexicon.source('promotional_achievements')})"
            rf"|{_BE}\s+(?:{lexicon.source('promotional_achievements_ongoing')}))")
    counts = rf"{_NUMBER}(?:{lexicon.source('promotional_milestones')})"
    words = lexicon.source("promotional_setbacks", "promotional_boasts")
    return regex_cache.compile(f"(?P<word>{words})|{news}|{counts}", re.IGNORECASE)


def boasts_and_setbacks(prose: Prose, names: tuple[str, ...]) -> tuple[list[int], list[int]]:
    """Per sentence: how many boasts, how many owned failures, in one pass."""
    boasts, setbacks = [0] * len(prose.sentences), [0] * len(prose.sentences)
    setback = lexicon.pattern("promotional_setbacks")
    for match in prose.finditer(boast_pattern(_brand_source(names) if names else _NEVER)):
        index = prose.sentence_index(match.start())
        if index is not None:
            owned = match.lastgroup == "word" and setback.fullmatch(match.group())
            (setbacks if owned else boasts)[index] += 1
    return boasts, setbacks


_TAG_LINE = regex_cache.compile(r"(?:[^\w#@]*[#@]\w+)+[^\w#@]*")
"""A "sentence" of nothing but hashtags and handles: a label under the post, not something said."""


def self_scores(prose: Prose, options: Mapping[str, Any]) -> list[float | None]:
    """How much each sentence is about us rather than the reader: 0 not at all, MENTION_WEIGHT when it
    mentions us more than the reader, 1 or more when it promotes us (the more promotion, the higher);
    None for a line of hashtags, which says nothing either way."""
    promo = lexicon.pattern("promotional", extra=options["extra-phrases"])
    names = tuple(n.strip() for n in options.get("brands", []) if n.strip())
    us = prose.count_per_sentence(us_pattern(names))
    me = prose.count_per_sentence(_I)
    # A boast that names no one ("Booked out until May!") is ours when the writer speaks as we or I.
    written_as_us = any(us) or any(me)
    # Boasts and setbacks change only sentences about us: a post that never says we, I or the brand has none.
    boasts, setbacks = boasts_and_setbacks(prose, names) if written_as_us else ([0] * len(us), [0] * len(us))
    counts = zip(prose.sentences, us, me, prose.count_per_sentence(_YOU), prose.count_per_sentence(promo), boasts,
                 setbacks, strict=True)
    scores: list[float | None] = []
    for sentence, we, me_, you, selling, boast, setback in counts:
        if _TAG_LINE.fullmatch(sentence.text):
            scores.append(None)
        elif setback and not selling:
            scores.append(0.0)  # owning a failure ("we broke exports; here is the fix") serves the reader
        elif selling or (boast and (we or me_ or not you)):
            scores.append(1.0 + selling + boast + we)
        elif we > you and sentence.text.endswith("!"):
            scores.append(1.0)  # an exclaimed line about us is an announcement: "Our bakery now delivers!"
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
