"""Canned phrase: stock social-media formulas that read like a broadcast machine.

Principle 5, "be human, not sterile". Perfectly polished, copied-and-pasted updates
read like a TV ad and get filtered the same way. Some phrases are the mark of that
machine: every reader has seen them a thousand times, so they stop reading.

What counts, each located at the phrase, one finding per phrase (a phrase used twice
is one finding that says so). Formulas come in families, and writers fill the slot with
their own day, audience or emoji, so a family is matched whatever fills it:

- **stock announcements**: "We're thrilled to announce", "Proud to share", "Humbled
  and honoured to…", "Big news!", "We did it!", "You asked, we listened", "We're
  hiring! 🚀" as a headline;
- **stock openers**: "I hope this finds you well", "Hey there! 👋", "Hello LinkedIn",
  "Ever wondered…"; a greeting for the day or the holiday ("Happy Monday!", "Happy
  Matchday, Blues!", "Happy International IPA Day!", "Happy #WorldKindnessDay",
  "Wishing you all a merry Christmas"); the recap opener ("What a week!", "What a
  year it has been"); a label in front of an opinion ("Unpopular opinion:", "Hot
  take:": the opinion is the post);
- **stock reactions**: "Congrats on your work anniversary!", "Great post!", "Thanks
  for sharing!", "Well said!", "Great thread", "Must read";
- **stock calls to action**: "Check out our brand-new…", "Check out our 2026 Impact
  Report!", "Check out @someone", "check out the highlights below 👇", "Don't miss
  out!", "Link in bio", "Like and share", "Like and subscribe", "Read more:", "Read
  more about his award here: <link>", "Learn more at", "Shop now", "Tag a friend who…",
  "Tag them below", "Drop a 🔥 if you agree", "Follow for more", "Hit the notification
  bell";
- **stock thank-yous**, to everyone and so to no one: "Thank you for being part of
  our journey", "We couldn't have done it without you";
- **fillers, hype and sign-offs**: "In today's fast-paced world", "Without further
  ado", "We've got you covered", "Stay tuned", "Let that sink in", "Don't just take
  our word for it", "New year, new you", "Onwards and upwards!", "Here's to the next
  ten years!", "More to come", and feelings tagged instead of said, as hashtags
  (#blessed, #proud, #tbt) or in words ("Humbled and grateful 🙏");
- **bare prompts**, only when they are the whole sentence: "Thoughts?", "Agree?",
  "Who's with me?". "What are your thoughts on net-60 terms?" is a real question.

What does not count: anything that is not the writer's prose (code, URLs, block
quotes and "quoted speech": quoting the email that began "I hope this finds you
well" is fine), a formula talked about rather than used ("I stopped wishing people
a happy Monday"), and look-alikes that are not the formula ("Don't miss the deadline
for Q4 VAT", "What makes a great post on LinkedIn?", "Read more about VAT in the tax
office's guide", "we're happy to help you move your data", "check out five packets of
seeds with your library card", "Happy customers pay faster", "Happy birthday, Sam!",
"Hi there," at the top of a newsletter, the way letters begin, "We're hiring a
bookkeeper for Saturdays", "We couldn't have done it without Priya, who rebuilt the
importer", "Drop a comment with the photo you're bringing" and "Let us know in the
comments": an invitation that says what to write is what the missing-conversation
rule wants). Corporate boilerplate ("something for everyone", "we value your
feedback") and hedges are the fence-sitting rule's job; launch and award language is
the self-promotion rule's (a post can be both: "We're thrilled to announce our award"
is a formula and a boast).

How to fix it: write what a person would say to one reader. Instead of "Great post!",
say what you learned; instead of "Check out our latest guide", say what problem it
solves; instead of "Thoughts?", ask the question you actually want answered; instead
of "We couldn't have done it without you", thank one person for one thing.

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
from linter.prose import EMOJI, Prose, opens_clause
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

# Families of formulas, each with a slot where writers put their own words (the day, the audience, the emoji).
_POINTERS = "→👉👇⬇"
_CLAUSE_ENDS = rf"(?=[ \t]*(?:[!.,:;){_POINTERS}]|\n|\Z))"
_OPENS = opens_clause()
"""No word just before: the words open a sentence or a clause ("Happy Monday!", "Morning all, happy Monday!"),
they are not talked about ("I stopped wishing people a happy Monday")."""


def _set_off(*words: str) -> str:
    """Punctuation, an emoji, the end of the line or one of `words` follows: the formula stands on its own
    ("Happy Friday, folks!"), it is not the start of a name or a longer thought ("Happy Friday deals")."""
    return r"(?=[ \t]*(?:[^\w\s'’]|\n|\Z)|\s+(?:" + "|".join(words) + r")\b)"


_OCCASION = (
    r"#?(?:(?-i:[A-Z0-9][\w'’&.-]*)\s+){0,3}"
    r"(?:(?!birth)(?<!every\s)(?<!each\s)\w*day|weekend|week|month|season|holidays|(?:new\s+)?year"
    r"|christmas|xmas|easter|halloween|hanukkah|diwali|eid|thanksgiving|pride|(?:4th|fourth)\s+of\s+july|july\s+4th)"
    r"(?:['’]s)?(?:\s+eve)?"
)
"""A day or holiday, any words before it capitalised: Monday, Matchday, Feel-Good Friday, International IPA Day,
or its hashtag: #WorldMentalHealthDay.
A birthday is a person's own, and wishing it is not a formula; "Happy Clients Every Day" is a motto."""
_DAY_GREETING = (
    rf"(?:wish(?:ing|es)?\s+(?:you|y['’]all|everyone)(?:\s+all)?\s+an?\s+(?:very\s+)?|{_OPENS})"
    rf"(?:happy|merry)\s+{_OCCASION}"
    + _set_off("everyone", "all", "folks", "friends", "fam", "team", "y['’]all", "from", "to")
)
"""'Happy <day>!' as a greeting: "Happy Matchday, Blues!", "Wishing you all a merry Christmas". Not "Happy
customers pay faster", not "Happy Monday deals start at nine" (a name), not a greeting talked about."""
_RECAP = (
    rf"{_OPENS}what\s+an?\s+(?:[\w'’-]+\s+){{0,2}}?"
    r"(?:week|weekend|day|night|evening|month|year|quarter|season|summer|ride|journey|start)"
    + _set_off("at", "in", "it", "that", "this", "we", "I", "for", "with", "on", "so", "to")
)
"""The recap opener: "What a week!", "What a year it has been". Not "What a day rate should cover"."""
_OPINION_LABEL = rf"{_OPENS}(?:unpopular|controversial|hot|spicy)\s+(?:opinion|take)(?=[ \t]*[^\w\s'’])"
"""Engagement bait in front of an opinion: "Unpopular opinion: …", "Hot take —". The opinion is the post."""
_HELLO = rf"(?<![\w'’])(?:hey|hi|hello)\s+there(?=[ \t]*(?:!|{EMOJI}))"
"""'Hey there! 👋', not a newsletter's "Hi there," salutation, which is how letters begin."""
_HIRING = rf"(?<![\w'’])we(?:['’]re|\s+are)\s+(?:now\s+|still\s+)?hiring(?=[ \t]*(?:[!.]|{EMOJI}|\n|\Z))"
"""'We're hiring! 🚀' as a headline; "We're hiring a bookkeeper for Saturdays" says who."""
_PLUG = r"(?<![\w'’])check\s+out(?=\s+(?:@|(?-i:[A-Z])))"
"""A plug: "Check out Taco Bell's new menu", "check out @kfc". Not "check out five packets of seeds" at the
library or "check out the client's legal name": those borrow and verify, and name no one to look at."""
_CHECK_OUT = (
    r"(?<![\w'’])check\s+out\s+(?:our|my|the|this|these)\s+"
    rf"(?:(?:(?:brand|all)[\s-]+)?(?:new|newest|latest)(?![\w'’])|(?:[\w'’-]+\s+){{1,3}}?(?:below|here){_CLAUSE_ENDS})"
    rf"|{_OPENS}check\s+out\s+(?:our|my)(?:[ \t]+[\w'’-]+){{1,4}}(?=[ \t]*(?:!|{EMOJI}|\n|\Z))"
)
"""Novelty or a pointer instead of a reason: "Check out our brand-new bath", "check out the highlights reel
below 👇", and our own thing named and exclaimed: "Check out our 2026 Impact Report!"."""
_LINK_CALL = (
    rf"(?<![\w'’])(?:read|learn|find\s+out)\s+more(?:(?=[ \t]*(?:[:>—-]|[{_POINTERS}]|\n|\Z|#))"
    rf"|(?=\s+(?:about|in|on)\s+[^.!?\n]{{1,80}}?(?:\s(?:here|below)(?:[ \t]*[:{_POINTERS}]|[ \t]{{2,}})[ \t]*[.!]?"
    rf"|[ \t]*[@{_POINTERS}])[ \t]*(?:\n|\Z|#)))"
)
"""'Read more' pointing at a link: "Read more: <link>", "Learn more →", "Read more about his award here: <link>",
"Read more in our Q3 release here: <link>"
(a link is blanked to spaces in the prose). "Read more about VAT in the tax office's guide <link>" says what
and where, and "Learn more about how we got here." points at nothing."""
_TAG = (
    r"(?<![\w'’#@])tag\s+(?:(?:a|an|your|that|any|someone|somebody|anyone)\b(?:\s+[\w'’-]+){0,2}?\s+who"
    r"(?:['’]d|\s+(?:would|will|loves?|owes|always|never|can['’]t|still|needs\s+(?:this|to\s+(?:see|hear|read))))"
    rf"|(?:[\w'’-]+\s+){{1,3}}?(?:below|in\s+the\s+comments){_CLAUSE_ENDS})"
)
"""Amplification dressed as a reply: "Tag a couple who'd love this", "Tag them below 👇". Not "tag the
colleague who approves the invoice" in an app, nor "tag every receipt below £10"."""
_DROP = (
    rf"(?<![\w'’])drop\s+(?:us\s+|me\s+)?an?\s+(?:comment|like|heart|{EMOJI}+)"
    r"(?!\s+(?:with|about|telling|saying|on)\b)"
)
"""'Drop a 🔥 if you agree', "Drop a comment below". "Drop a comment with the photo you're bringing" says
what to write: that is an invitation (missing-conversation)."""
_THANKS = (
    r"(?<![\w'’])(?:thank\s+you|thanks)(?:\s+(?:all|so\s+much|again))?\s+for\s+being\s+(?:a\s+)?part\s+of\s+"
    r"(?:our|the|this)\s+(?:[\w'’-]+\s+)?(?:journey|story|community|family|adventure|ride)"
    r"|(?<![\w'’])(?:couldn['’]t|could\s+not|can['’]t|cannot)\s+(?:have\s+done|do)\s+(?:it|this|any\s+of\s+(?:it|this))"
    r"\s+without(?:\s+(?:(?:all\s+of\s+|each\s+(?:and\s+every\s+)?one\s+of\s+)?you|y['’]all)(?![\w'’])"
    r"|(?=\s+(?:our|my)\b))"
)
"""A thank-you to everyone and so to no one: "Thank you for being part of our journey", "We couldn't have done
it without you / our amazing team". "We couldn't have done it without Priya, who rebuilt the importer" thanks
someone."""
_FAMILIES: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {
    "announcement": ((("we're", "we are"), _HIRING),),
    "opener": (
        (("wish", "happy", "merry"), _DAY_GREETING), (("what a",), _RECAP),
        (("unpopular", "controversial", "hot", "spicy"), _OPINION_LABEL),
        (("hey there", "hi there", "hello there"), _HELLO),
    ),
    "call": (
        (("check out",), _PLUG), (("check out",), _CHECK_OUT),
        (("read more", "learn more", "find out more"), _LINK_CALL), (("tag",), _TAG), (("drop",), _DROP),
    ),
    "thanks": ((("thank you", "thanks", "couldn't", "could not", "can't", "cannot"), _THANKS),),
}
"""Each kind's families, with the words every formula of the family starts with: its first letters are tested
first, and the pattern is only tried where one of them is written (_openings)."""
_GROUPS = ("announcement", "opener", "reaction", "call", "thanks", "filler")
"""The kinds, in order of precedence: where two could match at one place, the earlier one names the finding."""
_FIXES = {
    "announcement": "say what changed for the reader, in the first sentence, in your own words",
    "opener": "open with the point, or with the reader's situation, in your own words",
    "reaction": "say what exactly you liked, learned or disagree with, and to whom",
    "call": "say in a sentence of your own what the reader gets from it and why it matters now",
    "thanks": "thank someone by name for one thing they did, and say what it changed",
    "filler": "cut it, or say the specific thing it stands for in plain words",
    "prompt": "ask the question you want answered, one the reader can answer from experience "
              "(\"Which reminder got you paid fastest?\")",
    "extra": "say it the way you would to one reader, in your own words",
}
_KINDS = {
    "announcement": "stock announcement", "opener": "stock opener", "reaction": "stock reaction",
    "call": "stock call to action", "thanks": "stock thank-you", "filler": "stock filler", "prompt": "bare prompt",
    "extra": "stock phrase",
}


def _alternatives(group: str) -> tuple[list[str], str]:
    """One kind's formulas and the words they start with: its phrase list (an announcement with whoever is
    thrilled), then its families, each behind a test of its first letters."""
    starts: list[str] = []
    alternatives: list[str] = []
    if group in _LISTS:
        starts += lexicon.phrases(_LISTS[group])
        alternatives.append(f"(?:{lexicon.source(_LISTS[group])})")
        if group == "announcement":
            starts += ("we", "I")
            alternatives = [_SUBJECT + item for item in alternatives]
    for words, formulas in _FAMILIES.get(group, ()):
        starts += words
        alternatives.append(lexicon.initials(words) + formulas)
    return starts, "|".join(alternatives)


@cache
def _canned_pattern(extra: tuple[str, ...]) -> re.Pattern[str]:
    # Every formula starts a word, with one of a few letters. Cheap tests come first: one skips the middle of
    # words, one the words no formula starts with, and one per kind and per family the kinds and families that
    # cannot start there; re would otherwise enter every alternative at every word.
    kinds = {group: _alternatives(group) for group in _GROUPS}
    every_start = [word for starts, _ in kinds.values() for word in starts]
    canned = r"(?<!\w)" + lexicon.initials(every_start) + "(?:" + "|".join(
        f"(?P<{group}>{lexicon.initials(starts)}(?:{alternatives}))" for group, (starts, alternatives) in kinds.items()
    ) + ")"
    if extra:
        canned = f"(?P<extra>{lexicon.source(extra=extra)})|{canned}"
    return regex_cache.compile(canned, re.IGNORECASE)


@cache
def _openings() -> re.Pattern[str] | None:
    """Where a formula can start (lexicon.openings): a listed phrase, "we're" or "I'm" before an announcement, or
    the opening of a family. The canned pattern is tried there only: entering its kinds at every word was most of
    the rule's time."""
    phrases = tuple(phrase for name in _LISTS.values() for phrase in lexicon.phrases(name))
    subjects = ("we're", "we are", "i'm", "i am")  # how _SUBJECT is written
    return lexicon.openings(phrases, (*subjects, *(start for families in _FAMILIES.values() for starts, _ in families
                                                   for start in starts)))


@cache
def _bare_prompt() -> re.Pattern[str]:
    """A prompt that is the whole sentence, give or take an emoji or a dash."""
    return regex_cache.compile(rf"[\W_]*(?P<prompt>{lexicon.source('canned_alone')})[\W_]*", re.IGNORECASE)


def _display(phrase: str) -> str:
    """The phrase as the writer reads it in a message: one line, no trailing comma or full stop."""
    return " ".join(phrase.split()).rstrip(",.")


def canned_phrases(prose: Prose, extra: tuple[str, ...] = ()) -> list[tuple[str, str, int]]:
    """Every canned phrase in the prose as (kind group, phrase, body offset), in reading order."""
    pattern = _canned_pattern(extra)
    openings = None if extra else _openings()  # a configured phrase may start anywhere
    found = [
        (match.lastgroup or "extra", _display(match.group()), match.start())
        for match in (prose.finditer(pattern) if openings is None else lexicon.finditer_at(prose, pattern, openings))
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
    uses = Counter(lexicon.as_listed(phrase) for _, phrase, _ in found)
    reported: set[str] = set()
    for group, phrase, offset in found:
        key = lexicon.as_listed(phrase)
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
