"""Canned phrase: stock social-media formulas that read like a broadcast machine.

Principle 5, "be human, not sterile". Perfectly polished, copied-and-pasted updates
read like a TV ad and get filtered the same way. Some phrases are the mark of that
machine: every reader has seen them a thousand times, so they stop reading.

What counts, each located at the phrase, one finding per phrase (a phrase used twice
is one finding that says so):

- **stock announcements**: "We're thrilled to announce", "Proud to share", "Humbled
  and honoured to…", "Big news!", "We did it!", "You asked, we listened";
- **stock openers**: "I hope this finds you well", "Hey there!", "Happy Monday!",
  "Happy Wellness Wednesday!", "Hello LinkedIn", "Ever wondered…";
- **stock reactions**: "Congrats on your work anniversary!", "Great post!", "Thanks
  for sharing!", "Well said!", "Great thread", "Must read";
- **stock calls to action**: "Check out our latest…", "Check out @someone", "Don't miss
  out!", "Link in bio", "Like and share", "Read more:", "Read more here", "Learn more
  at", "Shop now", "Tag a friend", "Follow for more", "Hit the notification bell";
- **fillers, hype and sign-offs**: "In today's fast-paced world", "Without further
  ado", "We've got you covered", "Stay tuned", "Let that sink in", "Something for
  everyone", "Onwards and upwards!", "Here's to the next ten years!", "More to come",
  and hashtags that tag a feeling instead of saying it (#blessed, #proud, #tbt);
- **bare prompts**, only when they are the whole sentence: "Thoughts?", "Agree?",
  "Who's with me?". "What are your thoughts on net-60 terms?" is a real question.

What does not count: anything that is not the writer's prose (code, URLs, block
quotes and "quoted speech": quoting the email that began "I hope this finds you
well" is fine), and look-alikes that are not the formula ("Don't miss the deadline
for Q4 VAT", "What makes a great post on LinkedIn?", "Read more about VAT in the tax
office's guide", "we're happy to help you move your data", "check out five packets of
seeds with your library card", "Let us know in the comments": an invitation to talk
is what the missing-conversation rule wants). Corporate boilerplate and hedges are the
fence-sitting rule's job; launch and award language is the self-promotion rule's (a
post can be both: "We're thrilled to announce our award" is a formula and a boast).

How to fix it: write what a person would say to one reader. Instead of "Great post!",
say what you learned; instead of "Check out our latest guide", say what problem it
solves; instead of "Thoughts?", ask the question you actually want answered.

Options: `extra-phrases` (your team's own stock phrases, matched anywhere in the prose).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from functools import cache
from typing import Any

from linter import lexicon, regex_cache
from linter.post import Post
from linter.prose import Prose
from linter.rules import Hit, Outcome, Rule

_LISTS = {
    "announcement": "canned_announcements",
    "opener": "canned_openers",
    "reaction": "canned_reactions",
    "call": "canned_calls",
    "filler": "canned",
}
"""Regex group → phrase list, for phrases that are canned wherever they appear."""
_SUBJECT = r"(?:(?:we|I)(?:['’](?:re|m)|\s+(?:are|am))\s+(?:(?:so|very|really|incredibly|truly|beyond)\s+)?)?"
"""Who is thrilled, taken into the finding: "We're so thrilled to announce", not "thrilled to announce"."""
_PLUG = r"(?<![\w'’])check\s+out(?=\s+(?:@|(?-i:[A-Z])))"
"""A plug: "Check out Taco Bell's new menu", "check out @kfc". Not "check out five packets of seeds" at the
library or "check out the client's legal name": those borrow and verify, and name no one to look at."""
_LINK_CALL = r"(?<![\w'’])(?:read|learn|find\s+out)\s+more(?=[ \t]*(?:[:→👉>—-]|\n|\Z|#))"
"""'Read more' pointing at a link and saying nothing of what is there: "Read more: <link>", "Learn more
→", "Read more <link>" at the end of a line. "Read more about VAT in the tax office's guide" says what."""
_FIXES = {
    "announcement": "say what changed for the reader, in the first sentence, in your own words",
    "opener": "open with the point, or with the reader's situation, in your own words",
    "reaction": "say what exactly you liked, learned or disagree with, and to whom",
    "call": "say in a sentence of your own what the reader gets from it and why it matters now",
    "filler": "cut it, or say the specific thing it stands for in plain words",
    "prompt": "ask the question you want answered, one the reader can answer from experience "
              "(\"Which reminder got you paid fastest?\")",
    "extra": "say it the way you would to one reader, in your own words",
}
_KINDS = {
    "announcement": "stock announcement", "opener": "stock opener", "reaction": "stock reaction",
    "call": "stock call to action", "filler": "stock filler", "prompt": "bare prompt", "extra": "stock phrase",
}


def _listed(group: str, name: str) -> str:
    listed = f"(?:{lexicon.source(name)})"
    if group == "announcement":
        return _SUBJECT + listed
    return f"{listed}|{_PLUG}|{_LINK_CALL}" if group == "call" else listed


@cache
def _canned_pattern(extra: tuple[str, ...]) -> re.Pattern[str]:
    groups = [f"(?P<{group}>{_listed(group, name)})" for group, name in _LISTS.items()]
    if extra:
        groups.insert(0, f"(?P<extra>{lexicon.source(extra=extra)})")
    return regex_cache.compile("|".join(groups), re.IGNORECASE)


@cache
def _bare_prompt() -> re.Pattern[str]:
    """A prompt that is the whole sentence, give or take an emoji or a dash."""
    return regex_cache.compile(rf"[\W_]*(?P<prompt>{lexicon.source('canned_alone')})[\W_]*", re.IGNORECASE)


def _display(phrase: str) -> str:
    """The phrase as the writer reads it in a message: one line, no trailing comma or full stop."""
    return " ".join(phrase.split()).rstrip(",.")


def _same(phrase: str) -> str:
    """One key for one phrase however it is typed: "Don't miss out" and "don’t miss out"."""
    return phrase.lower().replace("’", "'")


def canned_phrases(prose: Prose, extra: tuple[str, ...] = ()) -> list[tuple[str, str, int]]:
    """Every canned phrase in the prose as (kind group, phrase, body offset), in reading order."""
    found = [
        (match.lastgroup or "extra", _display(match.group()), match.start())
        for match in prose.finditer(_canned_pattern(extra))
    ]
    prompt = _bare_prompt()
    for sentence in prose.sentences:
        whole = prompt.fullmatch(sentence.text)
        if whole:
            found.append(("prompt", _display(whole.group("prompt")), sentence.start + whole.start("prompt")))
    return sorted(found, key=lambda item: item[2])


def check(post: Post, prose: Prose, options: Mapping[str, Any]) -> Outcome:
    extra = tuple(p.strip() for p in options["extra-phrases"] if p.strip())
    found = canned_phrases(prose, extra)
    outcome = Outcome(metrics={"canned_phrases": len(found)})
    uses = Counter(_same(phrase) for _, phrase, _ in found)
    reported: set[str] = set()
    for group, phrase, offset in found:
        key = _same(phrase)
        if key in reported:
            continue
        reported.add(key)
        line, column = prose.locate(offset)
        times = f" ({uses[key]} times)" if uses[key] > 1 else ""
        outcome.hits.append(Hit(
            line, column,
            f"{_KINDS[group]} \"{phrase}\"{times}: readers have seen it a thousand times and scroll past",
            _FIXES[group],
        ))
    return outcome


RULE = Rule(
    id="canned-phrase",
    summary="the post uses stock social-media formulas (Great post!, Don't miss out!, Link in bio)",
    principle=5,
    defaults={
        "enabled": True,
        "severity": "warning",
        "extra-phrases": [],
    },
    check=check,
    doc=__doc__ or "",
)
