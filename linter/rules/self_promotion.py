"""Self-promotion: the post is mostly about us, not the reader.

Principle 2, "it is not about you". Readers do not care about our launch, our award
or our follower count; they care about their own problem. The rule measures the
**self-promotional ratio**: how much of the post promotes the author or the brand
rather than serving the reader (you, your) or the world.

Each sentence counts as:

- **1, promotional**, when it announces, teases or sells ("proud to announce", "big
  news", "Stay tuned", "20% off", "book your free demo", "start your free 14-day trial",
  "don't miss out", "Giveaway", "Doors close Friday", "two spots open", a testimonial
  shown off: "Client love 💛"), even when it says "you"; or when it boasts about us: a
  superlative, a prize or title, a launch, funding, growth or a scarce offer in a
  sentence about us (we, our, I, my, the brand): "our award-winning team", "our
  brilliant staff", "the best wall we've ever built", "I've been named one of…", "I
  collected Leader of the Year", "our first profitable quarter", "I'm on the 30 Under 30
  list", "my book hit #2 in its category", "my most personal video yet", "our course has
  only 12 places". Our news
  needs no stock phrase: a launch, release, opening, funding round, hire, new job,
  prize, event or milestone told with us as the subject ("We shipped 3.0 today", "Our
  podcast just hit episode 100", "Larkspur made the shortlist", "I start Monday as
  Head of Nursing", "Our balm now comes in three sizes", "10,000 paying customers"),
  and an exclaimed line about us ("Our bakery now delivers!", "Booked out until
  September!"), count as promotion.
- **¼, about us**, when it mentions us more than the reader without boasting or
  selling: "We moved the export button to the Reports page" informs, but it is still
  about us. So does a boast that names no one in a post written as we or I ("the
  busiest Saturday of the year").
- **0** otherwise. Boasting words about someone else ("the best way to roast a
  turkey", "Soyuz launches a satellite", "Congrats to Dana on being named…") and an
  opinion ("I think retainers are the best deal") are not promotion; a sentence that
  owns a failure ("we shipped a bad migration", "we're sorry", "the page was down") is
  accountability, not a boast, and a post that owns one counts the customers it let
  down ("212 affected orders"), not a milestone; a record we keep ("your CPD record") is
  not one we set; an invitation to reply ("Reply with A, B or C and we'll…", "…and we'll
  post the shortlist") is about the reader, boasting words and all; a first-person
  story counts only where it boasts, since a story that teaches is for the reader;
  quotes of other people's words and block quotes are not read at all; a line of
  nothing but hashtags is not counted.

Who "us" is:

- we, our; I, my, me; and the "I" a social post leaves out: "Defended my PhD this
  morning", "shipped the thing", "Day 112: crossed $4k MRR" are the writer's news;
- the configured brands (`brands = [...]` in [tool.lint-posts]) as written and as
  handles or hashtags: "Larkspur Ledger", @LarkspurLedger, #larkspur, @larkspur_nl;
- the name a post uses for itself, read from the sentence: "At Corvane, we…", "here at
  The Anchor we…", "the Tidewater crew" (in a post that says we or I), "Muddy Paws
  HQ", "Northline is proud to…", "Brightgrid plc today announces…", "Shipdeck 3.2 is
  live", "only at Stackers", "That's why IronWorks offers…", "we built Pelorus", a
  press release's "About Stahlberg" heading. Posts written for a client, a sister brand
  or a new product name us in the third person.
- Not a "we" that names a profession or a community ("we in pharma communications",
  "As nurses, we…", "We gardeners…"): such a post is not about the company.

It fires when the ratio is above `threshold` (default 0.18: one sentence in five that
promotes us is enough, and so are three in four that only mention us), or above half of it
when three sentences or more promote us (a long story with a boast every few paragraphs is
still about us), and points at the most self-centred sentence. Raise the threshold to let
more through; lower it to be stricter.

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
from linter.questions import conversation
from linter.rules import Hit, Outcome, Rule, excerpt

_WE = r"(?-i:[wWoO])(?<![\w'’].)(?:e|ur|urs|urselves|e['’](?:re|ve|ll|d))(?![\w'’])"
"""Each pronoun pattern starts with a case-sensitive class of its first letters, then looks back for the word
start: Python's re then skips in one step to the next character that can start a match, instead of trying the
pattern at every character. Only a case-sensitive first class gets that: under re.IGNORECASE, `[wo]` is tried
at every character. Spelled in both cases, the class is exact: re.IGNORECASE matches no other character to w,
o, y, t or c (only i, k and s have others: lexicon.initials)."""
_OPINION = r"(?:['’]d)? (?:think|believe|reckon|suspect|guess|feel|find|say|argue)(?![\w'’])"
""""I think retainers are the best thing a freelancer can offer": the writer holds the opinion, the
superlative is about retainers. The opinion marker (after its "I") is not the writer talking about themselves."""
_I = regex_cache.compile(
    rf"[IMm](?<![\w'’].)(?:(?<=I)(?!{_OPINION})(?:['’](?:m|ve|ll|d))?|(?<=[Mm])(?:y|e|ine|yself))(?![\w'’])"
)
"""Case-sensitive for "I", so that a list item "i." or a roman numeral "i" is not the writer."""
_YOU = regex_cache.compile(
    r"(?-i:[yYtTcC])(?<![\w'’].)"
    r"(?:(?<=[yt])(?:ou|our|ours|ourself|ourselves|['’]all|ou['’](?:re|ve|ll|d)|hanks|hank you)"
    r"|(?<=c)ongrat(?:s|ulations))(?![\w'’])",
    re.IGNORECASE,
)
"""The reader, and anyone thanked or congratulated: "Congrats to @Houndmouth on being named…" is about them."""
_NEVER = r"(?!x)x"
MENTION_WEIGHT = 0.25
"""How much a sentence that only mentions us (no boast, no sales talk) counts toward the ratio:
"We moved the export button" is about us, but it informs; "our award-winning team" promotes.
Fitted together with THRESHOLD."""
THRESHOLD = 0.18
"""The default `threshold`. It and MENTION_WEIGHT were fitted together on the labelled tune corpus
(benchmarks/quality: then 455 posts by five independent writers) and the even rows of the yum sample,
taking the pair with the best worst F1 across the first writer, the four new writers and the yum
feed: mention weights 0.2 to 0.3 with thresholds 0.17 to 0.19 score within 0.01 of it. Refitted
with the third and fourth rounds (655 posts, nine writers) and again with the fifth (755 posts, eleven
writers), the same pair has the best F1.
So a post fires when one sentence in five promotes us, or when three in four mention us."""
PATTERN = 3
"""Sentences that promote us, however long the post, that make a pattern rather than a slip: a post with this
many fires at half the threshold. A founder's ten-year story with its funding round, its 3,000th store and its
"Stay tuned" dilutes each boast below the threshold, but not the habit. Fitted on 855 tune posts (13 writers):
it found four of those stories and one false alarm, and it gained a post on each of the two rounds written after
the idea (three or four promoting sentences, at 0.06 to 0.12, score within 0.003)."""


@cache
def us_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """We, our… and the brand names as written ("Pizza Hut") and as handles or hashtags, regional ones
    included (@PizzaHut, #pizzahut, @PizzaHut_SG, @PizzaHutUK): feeds name the brand by its handle."""
    return regex_cache.compile(f"{_WE}|{_brand_source(names)}" if names else _WE, re.IGNORECASE)


@cache
def brand_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """The brand names alone, for a post whose "we" is a profession or a community."""
    return regex_cache.compile(_brand_source(names), re.IGNORECASE)


@cache
def _brand_source(names: tuple[str, ...]) -> str:
    """The brand as written, possessive included ("Taco Bell's new menu"), or as a handle or hashtag;
    a pattern that never matches when no brand is configured."""
    if not names:
        return _NEVER
    handles = sorted({re.sub(r"[\W_]+", "", name).lower() for name in names} - {""}, key=len, reverse=True)
    tags = rf"[@#](?:{'|'.join(handles)})(?:_\w+|(?-i:[A-Z]{{2,3}}))?(?!\w)" if handles else _NEVER
    written = lexicon.source(extra=names + tuple(f"{name}'s" for name in names))
    return f"(?:{written})|{tags}"


_NAME = r"[A-Z](?<![\w'’&-].)[\w'’-]*(?:[ \t]+(?:of[ \t]+)?(?:[A-Z][\w'’-]*|&)){0,3}(?:[ \t]+(?:plc|Ltd|Inc))?"
"""A name as organisations write their own: capitalised words on one line ("Petal & Stem", "IronWorks Gym
Galway", "Brightgrid plc"). It starts with its capital, so that Python's re skips to the next capital letter."""
_NAME_THEN_SELF_PRAISE = regex_cache.compile(
    rf"(?P<name>{_NAME})(?:[ \t]+HQ\b|(?:\s+team)?\s+(?:is|are)\s+(?:(?:so|very|really|incredibly)\s+)?"
    rf"(?:proud|thrilled|excited|delighted|honou?red|humbled|pleased)\s+to\b|\s+today\s+announce[sd]?\b"
    rf"|[ \t]+v?\d+\.\d+(?:\.\d+)?\s+is\s+(?:now\s+)?(?:live|out|here)\b)"
)
"""A name followed by the words only its owner writes: "Muddy Paws HQ", "Northline is proud to", "Brightgrid plc
today announces", "Shipdeck 3.2 is live" (a release numbered like software is its maker's news)."""
_CUE_THEN_NAME = regex_cache.compile(
    rf"(?<![\w'’])(?:(?:[Hh]ere\s+)?[Aa]t\s+(?:[Tt]he\s+)?(?P<at>{_NAME}),?\s+(?:we|our|us)\b"
    rf"|(?<![Ff]rom )[Tt]he\s+(?:(?:whole|entire)\s+)?(?P<team>{_NAME})[ \t]+(?:[Tt]eam|crew|family|gang)\b"
    rf"|[Oo]nly\s+(?:at|on)\s+(?:[Tt]he\s+)?(?P<only>{_NAME})"
    rf"|[Tt]hat['’]s\s+(?:exactly\s+)?why\s+(?P<why>{_NAME})"
    rf"|(?:we|I)(?:['’]ve|\s+have)?\s+(?:just\s+)?(?:built|created|founded|launched|designed)\s+(?P<built>{_NAME})"
    rf"|(?:proud|thrilled|excited|delighted|happy|pleased)\s+to\s+(?:announce|share|introduce|present|unveil|launch)"
    rf"\s+(?:that\s+)?(?:[Tt]he\s+)?(?P<news>{_NAME})|Introducing\s+(?:[Tt]he\s+)?(?P<intro>{_NAME})"
    rf"|^[ \t]*About\s+(?:[Tt]he\s+)?(?P<about>{_NAME})[ \t]*$)",
    re.MULTILINE,
)
"""Words only an organisation writes before its own name: "here at The Anchor we", "the Tidewater crew", "only
at Stackers", "That's why IronWorks offers…", "we built Pelorus", "excited to share that Valdren OS…", a press
release's "About Stahlberg" heading. A team's configuration lists only its own brands; these frames (and
_NAME_THEN_SELF_PRAISE) find the name a post uses for itself from the sentence alone, so that a post written in
the third person is read as about us."""


_THE_AND_POSSESSIVE = regex_cache.compile(r"^The\s+|['’]s$")
_NAME_WORD_BREAK = regex_cache.compile(r"\s+|['’]")


def self_names(prose: Prose, written_as_us: bool) -> tuple[str, ...]:
    """The names the post uses for itself (_NAME_THEN_SELF_PRAISE, _CUE_THEN_NAME), and the first word of a longer one
    ("Stahlberg Components" is also "Stahlberg"): the brand as a writer who lists no brands would name it.
    "The X team" is ours only in a post written as we or I: a fan writes about "the England team" too."""
    names: set[str] = set()
    matches = [*prose.finditer(_NAME_THEN_SELF_PRAISE), *prose.finditer(_CUE_THEN_NAME)]
    for match in matches:
        if match.lastgroup == "team" and not written_as_us:
            continue
        name = _THE_AND_POSSESSIVE.sub("", match.group(match.lastgroup or 0))
        words = _NAME_WORD_BREAK.split(name)  # "I'm" and "Everyone's" open with a word that names no one
        if not words[0] or words[0] in _not_names("promotional_not_names"):
            continue
        names.add(name)
        if len(words) > 1 and words[0] not in _not_names("promotional_not_names_alone") and len(words[0]) > 2:
            names.add(words[0])
    return tuple(sorted(names))


@cache
def _not_names(list_name: str) -> frozenset[str]:
    """Capitalised words that are not a name (a phrase list; case matters)."""
    return frozenset(lexicon.phrases(list_name))


_COMMUNITY_WE = regex_cache.compile(
    r"[WwAa](?<![\w'’].)(?:(?<=[Ww])e(?:,?\s+(?:in\s+(?!our\b)[a-z]|as\s+an?\s+(?:industry|profession|sector"
    r"|community|society)\b)|\s+[a-z]+(?:ers|ists|ians|ors)\b)"
    r"|(?<=[Aa])s\s+(?:an?\s+(?:industry|profession|sector|community|society),?"
    r"|(?!always\b|well\b|usual\b)(?:[a-z-]+\s+){0,2}[a-z]+s,)\s+we\b)"
)
"""Where "we" names a profession or a community, not the company: "we in pharma communications", "as an
industry we've…", "As healthcare professionals, we…", "We gardeners…". A post that says so once means it
throughout, and it is not about us: "our press releases" are everyone's in the trade."""


_HELPERS = (r"(?:(?:['’](?:ve|s|d)|\s+(?:have|has|had|just|now|finally|officially|also|recently|already|proudly"
            r"|successfully|today|this\s+(?:week|year|month|morning)))(?![\w'’]))*")
"""Between our subject and our news: "we've just shipped", "Larkspur has finally launched", "I officially turned"."""
_BE = r"(?:['’](?:re|s|m)|\s+(?:are|is|am|will\s+be))(?:\s+(?:just|now|finally|officially|also|so))*"
"""Before news in progress: "we're hiring", "our bakery is opening a second shop"."""
_NUMBER = r"\d(?<![\w.,]\d)[\d,.]*\s*(?:k|m|\+|(?:hundred|thousand|million|billion)(?![\w'’]))?"
"""A count before what is counted: "10,000 paying customers", "1 million downloads", "2.5k stars"."""


_DONE = ("ed", "won", "grew", "grown", "took", "made", "spoke")
"""Achievements in the past tense ("launched", "won", "took home"): only these stand without a subject.
"Hit", "turns" or "joins" opening a sentence are as often an imperative or a headline ("Hit reply…")."""
_NEW_ROLE = (r"(?:start|started|starting|begin|began|beginning|join|joined|joining)\s+(?:[\w-]+\s+){0,3}?"
             r"as\s+(?:an?\s+|the\s+|our\s+)?(?-i:[A-Z])")
"""A new job, named by its title: "I start Monday as Nurse Unit Manager", "we've joined Acme as Head of Data"."""


def _unsaid_i_source() -> str:
    """An achievement opening a sentence with no subject: social posts drop the "I" ("Defended my PhD",
    "shipped the thing", "Day 112: crossed $4k MRR"), so the writer is its subject ("Helped by…" is passive)."""
    done = lexicon.source(extra=tuple(p for p in lexicon.phrases("promotional_achievements")
                                      if p.split()[0].endswith(_DONE)))
    return rf"(?P<bare>(?:^|(?<=[.!?:;—–]\s))[ \t]*(?:(?:just|finally|officially)\s+)?(?:{done})(?!\s+by\b))"


@cache
def unsaid_i_pattern() -> re.Pattern[str]:
    """The subjectless achievements alone: whether a post that never says I or we is still written as I."""
    return regex_cache.compile(_unsaid_i_source(), re.IGNORECASE | re.MULTILINE)


@cache
def boast_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """In one pass: boasting words and owned failures (one phrase trie: told apart afterwards), our news
    as a verb after us as its subject, achievements with the "I" left out, and counts of our customers.

    The verb needs its subject: "we shipped", "our podcast just hit", "Larkspur made the shortlist";
    "Apple launches a phone" is not about us, and "we haven't shipped" does not boast."""
    brand = _brand_source(names)
    subject = (rf"(?:[wimo](?<![\w'’].)(?:(?<=[wW])e|(?-i:(?<=I))|(?:(?<=[oO])ur|(?<=[mM])y)(?:\s+[\w&-]+){{1,3}}?)"
               rf"|(?:{brand})(?:\s+[\w.&-]+){{0,2}}?)")
    news = (rf"{subject}(?:{_HELPERS}\s+(?:{lexicon.source('promotional_achievements')}|{_NEW_ROLE})"
            rf"|{_BE}\s+(?:{lexicon.source('promotional_achievements_ongoing')}))")
    # One word may qualify what is counted ("paying customers"), unless it is a failure owned: "212 affected
    # orders" counts the damage, and its "affected" must be read as the setback it is.
    setbacks = lexicon.source("promotional_setbacks")
    counts = (rf"(?P<count>{_NUMBER}(?:\s+(?!(?:{setbacks})(?![\w'’-]))[\w-]+)?\s+"
              rf"(?:{lexicon.source('promotional_milestones')}))")
    words = lexicon.source("promotional_setbacks", "promotional_boasts")
    # No part starts right after a word character, except one that starts with a character outside words ("#1",
    # the brand's handle or hashtag: "team#1", "ask@larkspur"): one test skips the middle of words before any
    # part is tried.
    detached = {"@", "#"} | {phrase[0] for phrase in (*lexicon.phrases("promotional_setbacks"),
                                                      *lexicon.phrases("promotional_boasts"), *names)
                             if not phrase[:1].isalnum()}
    if detached & {"'", "’"}:
        detached |= {"'", "’"}  # phrases treat them alike
    word_start = rf"(?<!\w(?![{''.join(map(re.escape, sorted(detached)))}]))"
    return regex_cache.compile(f"{word_start}(?:(?P<word>{words})|{news}|{_unsaid_i_source()}|{counts})",
                               re.IGNORECASE | re.MULTILINE)


def _opens(prose: Prose, index: int, offset: int) -> bool:
    """Whether an achievement at `offset` opens its statement, the "I" left out: the sentence starts there
    or after a colon ("Day 112: crossed…"). Not after an abbreviation ("Apple Inc. doubled its profits"),
    and not in a question, where the "you" is left out ("Launched a side project this year?")."""
    sentence = prose.sentences[index]
    before = prose.masked[sentence.start:offset].rstrip()
    return not sentence.is_question and (not before or before[-1] in ":;—–")


def boasts_and_setbacks(prose: Prose, names: tuple[str, ...]) -> tuple[list[int], list[int], list[int]]:
    """Per sentence, in one pass: how many boasts, how many owned failures, and how many achievements
    told without a subject ("Shipped the thing."), which say the post is written as I.

    A post that owns a failure counts the people it let down ("we have contacted all 19 customers"):
    its counts of customers are not a milestone."""
    boasts, setbacks, unsaid_i, counts = ([0] * len(prose.sentences) for _ in range(4))
    setback = lexicon.pattern("promotional_setbacks")
    for match in prose.finditer(boast_pattern(names)):
        index = prose.sentence_index(match.end() - 1)  # a sentence-opening match may start in the indent
        if index is not None and not (match.lastgroup == "bare" and not _opens(prose, index, match.start())):
            owned = match.lastgroup == "word" and setback.fullmatch(match.group())
            (setbacks if owned else boasts)[index] += 1
            counted = match.lastgroup == "count"
            counts[index] += counted
            # "400 commissions." opening a sentence is the writer's tally, like "Shipped the thing."
            unsaid_i[index] += match.lastgroup == "bare" or (counted and match.start() == prose.sentences[index].start)
    if any(setbacks):
        boasts = [boast - count for boast, count in zip(boasts, counts, strict=True)]
    return boasts, setbacks, unsaid_i


_TAG_LINE = regex_cache.compile(r"(?:[^\w#@]*[#@]\w+)+[^\w#@]*")
"""A "sentence" of nothing but hashtags and handles: a label under the post, not something said."""


def self_scores(prose: Prose, options: Mapping[str, Any]) -> list[float | None]:
    """How much each sentence is about us rather than the reader: 0 not at all, MENTION_WEIGHT when it
    mentions us more than the reader, 1 or more when it promotes us (the more promotion, the higher);
    None for a line of hashtags, which says nothing either way."""
    promo = lexicon.pattern("promotional", extra=options["extra-phrases"])
    names = tuple(n.strip() for n in options.get("brands", []) if n.strip())
    community = _COMMUNITY_WE.search(prose.masked)
    us = prose.count_per_sentence(brand_pattern(names) if community else us_pattern(names))
    me = prose.count_per_sentence(_I)
    own = self_names(prose, any(us) or any(me))
    if own:
        # Names differ from post to post: re's own bounded cache, not regex_cache's file kept between runs.
        named = re.compile(rf"(?<![\w'’@#])(?:{'|'.join(map(re.escape, own))})(?![\w])")
        us = [count + extra for count, extra in zip(us, prose.count_per_sentence(named), strict=True)]
    # Boasts and setbacks change only sentences about us: a post that never says we, I or the brand (nor
    # drops its "I": "Shipped the thing.") has none. A boast that names no one ("Booked out until May!")
    # is ours when the writer speaks as we or I.
    boasts = setbacks = [0] * len(us)
    if any(us) or any(me) or lexicon.search(prose, unsaid_i_pattern()):
        found_boasts, found_setbacks, unsaid_i = boasts_and_setbacks(prose, names)
        me = [count + unsaid for count, unsaid in zip(me, unsaid_i, strict=True)]
        if any(us) or any(me):
            boasts, setbacks = found_boasts, found_setbacks
    sales_talk = lexicon.count_per_sentence(prose, promo)
    tallies = zip(prose.sentences, us, me, prose.count_per_sentence(_YOU), sales_talk, boasts, setbacks, strict=True)
    invited = {prose.sentence_index(invitation.start) for invitation in conversation(prose).invitations}
    scores: list[float | None] = []
    for index, (sentence, ours, mine, yours, selling, boast, setback) in enumerate(tallies):
        if _TAG_LINE.fullmatch(sentence.text):
            scores.append(None)
        elif index in invited and not selling:
            # An invitation to reply is about the reader, even when it says what we will do: "Reply with A, B or C
            # and we'll bake the winner!", "…and we'll post the shortlist in October."
            scores.append(0.0)
        elif setback and not selling:
            scores.append(0.0)  # owning a failure ("we broke exports; here is the fix") serves the reader
        elif selling or (boast and (ours or mine)):
            scores.append(1.0 + selling + boast + ours)
        elif ours > yours or (boast and not yours):
            # About us, or a boast naming no one in a post written as us.
            # An exclaimed line about us is an announcement: "Our bakery now delivers!", "Best month ever!"
            scores.append(1.0 if sentence.text.endswith("!") else MENTION_WEIGHT)
        else:
            scores.append(0.0)
    return scores


def check(post: Post, prose: Prose, options: Mapping[str, Any]) -> Outcome:
    scores = [(score, s) for score, s in zip(self_scores(prose, options), prose.sentences, strict=True)
              if score is not None]
    self_centred = [(score, s) for score, s in scores if score > 0]
    ratio = round(sum(min(score, 1.0) for score, _ in scores) / len(scores), 3) if scores else 0.0
    outcome = Outcome(metrics={"self_promotion_ratio": ratio})
    threshold = options["threshold"]
    promoting = sum(score >= 1 for score, _ in scores)
    if promoting >= PATTERN:
        threshold /= 2
    if ratio > threshold and len(scores) >= options["min-sentences"]:
        _, worst = max(self_centred, key=lambda pair: pair[0])
        pattern = f"; {promoting} of them promote us" if promoting >= PATTERN else ""
        outcome.hits.append(Hit(
            worst.line, worst.column,
            f"{len(self_centred)} of {len(scores)} sentences are about us, not the reader "
            f"(self-promotional ratio {ratio:.2f} > {threshold:.2f}{pattern}); "
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
        "threshold": THRESHOLD,
        "min-sentences": 1,
        "extra-phrases": [],
    },
    check=check,
    doc=__doc__ or "",
)
