"""Vanity goal: the post's `goal` is a reach number, not a conversation.

Principle 1, "earn attention; don't chase a number". Once a number is put on reach,
people game it, and more noise is not better noise. A plan whose goal is a vanity
count has already lost. Useful goals are conversations: replies, questions answered,
people helped, follow-ups made.

The rule reads the front-matter field `goal` (not the body) and fires when it names a
vanity metric:

- outright: go viral, virality, engagement rate, follower count, page views, fanbase,
  brand awareness;
- a reach count that the goal counts or grows: "500 likes", "10k impressions",
  "1,000 new LinkedIn followers", "more views", "maximise our reach", "drive traffic",
  "as many retweets as possible", or a goal that starts with one ("Likes and shares on
  the launch post", "Reach: 50,000").

A goal that mixes ("500 likes and 20 replies") still fires: it names a number to chase.
Not vanity: "20 replies from freelancers", "answer 15 questions about VAT", "5 follow-up
calls booked", "learn which invoice template a client likes", "reach out to 5
accountants", "answer questions from followers".

How to fix it: name a conversation goal: who should reply, about what, and how many
("20 replies from freelancers about their second reminder"), questions answered, or
follow-ups booked.

Options: `extra-phrases` (your team's own vanity metrics, matched anywhere in the goal).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from linter import lexicon, regex_cache
from linter.post import Post
from linter.prose import Prose
from linter.rules import Hit, Outcome, Rule

_NUMBER = r"\d[\d.,]*\s*(?:k|m|x|%|thousand|million)?\+?|(?:a|one|ten|a\s+few)\s+(?:hundred|thousand|million)"
_MORE = (
    r"more|extra|additional|max(?:imum)?|higher|bigger|wider|broader|greater|record|total|organic|"
    r"as\s+many|as\s+much|lots\s+of|tons\s+of|loads\s+of|plenty\s+of|(?:number|count|amount)\s+of|"
    r"(?:increase|rise|growth|boost|spike|jump|surge)\s+in"
)
_GROW = (
    r"grow(?:ing)?|gain(?:ing)?|get(?:ting)?|boost(?:ing)?|increas(?:e|ing)|driv(?:e|ing)|doubl(?:e|ing)|"
    r"tripl(?:e|ing)|maximi[sz](?:e|ing)|hit(?:ting)?|rack(?:ing)?\s+up|chas(?:e|ing)|generat(?:e|ing)|"
    r"expand(?:ing)?|extend(?:ing)?|broaden(?:ing)?|amplify(?:ing)?|build(?:ing)?"
)
_COUNTING = rf"(?<![\w'’])(?:{_NUMBER}|{_MORE}|{_GROW})\s+"
"""What makes a reach noun a number to chase: a count, a quantifier or a growth verb before it."""
_FILLER = (
    r"(?:new|more|our|my|the|total|organic|paid|unique|monthly|weekly|daily|real|genuine|engaged|quality|"
    r"post|page|profile|video|story|reel|channel|account|brand|social|linkedin|instagram|twitter|x|mastodon|"
    r"facebook|tiktok|youtube|threads|bluesky|blog|newsletter)\s+"
)
"""Words that may sit between the count and the noun: "500 new LinkedIn followers"."""
_GOAL_START = rf"^\W*(?:{_FILLER}){{0,2}}"
_LISTED = r"(?=\s*(?:$|[,;:&/+(]|and\b|or\b|on\b|from\b|per\b|for\b|to\b|across\b|in\b|by\b|this\b|growth\b))"
"""After a goal-opening noun: "Likes on the launch post" counts; "Reach out to…", "Reach 20 freelancers" are verbs."""


@cache
def _vanity_patterns(extra: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Outright vanity metrics (plus extras), and reach nouns that are counted or open the goal."""
    outright = lexicon.pattern("vanity", extra=extra)
    noun = f"(?:{lexicon.pattern('vanity_counts').pattern})"
    counted = regex_cache.compile(
        rf"{_COUNTING}(?:{_FILLER}){{0,2}}{noun}(?!\s+(?:who|that|whom)\b)|{_GOAL_START}{noun}{_LISTED}",
        re.IGNORECASE,
    )
    return outright, counted


def vanity_metrics(goal: str, extra: tuple[str, ...] = ()) -> list[str]:
    """The vanity metrics a goal names, as written, in order."""
    spans = [
        match.span()
        for pattern in _vanity_patterns(extra)
        for match in pattern.finditer(goal)
    ]
    merged: list[list[int]] = []
    for start, stop in sorted(spans):
        if merged and start < merged[-1][1]:  # overlapping matches name one metric: "increase engagement rate"
            merged[-1][1] = max(merged[-1][1], stop)
        else:
            merged.append([start, stop])
    return [" ".join(goal[start:stop].strip(" \t\n:,;").split()) for start, stop in merged]


def check(post: Post, prose: Prose, options: Mapping[str, Any]) -> Outcome:
    goal = post.text("goal")
    found = vanity_metrics(goal, tuple(p.strip() for p in options["extra-phrases"] if p.strip())) if goal else []
    outcome = Outcome(metrics={"vanity_goal": int(bool(found))})
    if found:
        named = ", ".join(f"\"{metric}\"" for metric in found)
        outcome.hits.append(Hit(
            post.line_of("goal"), 1,
            f"the goal chases a number ({named}): reach counts get gamed, and more noise is not better noise",
            "name a conversation goal: who should reply, about what, and how many "
            "(\"20 replies from freelancers about their second reminder\"), questions answered, follow-ups booked",
        ))
    return outcome


RULE = Rule(
    id="vanity-goal",
    summary="the post's goal is a vanity count (followers, likes, impressions, reach), not a conversation",
    principle=1,
    defaults={
        "enabled": True,
        "severity": "warning",
        "extra-phrases": [],
    },
    check=check,
    doc=__doc__ or "",
)
