"""Fence-sitting: the post hedges, hides behind "some say", or talks boilerplate instead of taking a stance.

Principle 3, "take a stance". Bland, careful, "we care" copy that sits on a very wide
fence is worse than silence: readers scroll past a post that commits to nothing.
The rule looks for four kinds of fence-sitting phrase in the writer's own prose:

- **hedges**, which soften a claim until it says nothing: might, perhaps, arguably,
  it depends (also "it really depends", "the right answer probably depends on…"), depends on
  your needs, to some extent, in a way, in general, some kind of, so-called, on the other hand,
  both sides have a point, there's no right or wrong, it is likely;
- **weasel attributions**, claims pinned on nobody: some say, others question, experts
  agree, studies show, it is said, it has been argued that, is widely regarded, has been
  heavily criticised, has drawn criticism, commonly known as, critics; an unnamed crowd as
  the subject of a clause ("some historians…", "many of the reviews…", "…by many") or
  people who hold views anywhere ("popular with many critics"); and a vague quantity with
  nothing behind it ("there are many reasons…", "in certain countries"). A named source is
  not a weasel ("Priya argued that…", "tips are considered income by HMRC", "our analytics
  experts"), nor is a plain count ("we emailed many users"), "many thanks" or "some
  flour";
- **boilerplate**, empty care-talk and corporate filler: we care, customer-centric,
  passionate, world-class, best-in-class, innovative, leverage, synergy, solutions, remain
  committed to, committed to excellence, in everything we do, we pride ourselves, our values,
  making a difference, something for everyone; praise of what we deliver ("an exceptional guest
  experience", "unparalleled value") and care claimed as a priority ("your satisfaction remains
  our top priority"); and cliché openers that could start any post about anything: in today's
  fast-paced world, now more than ever, a journey, not a destination;
- **peacock terms**, praise that asserts importance instead of showing it: legendary,
  renowned, famous, iconic, one of the most, among the best, best known, industry-leading,
  industry leaders, the world's leading.

Each phrase is located (line:col). The **hedge density** is the number of such phrases per 100
words; the rule fires when it is above `threshold`, with one finding per phrase. The default, 2
per 100 words, lets a long post carry an honest "perhaps" or a "some say" that it goes on to
answer, but flags three fence phrases in a 100-word post, or a single one in a post of under 50
words or of a single sentence, where it is a large share of everything said. A few phrases are
weak cues (linter/phrases/fence_weak.txt): a bare "may", "might" or "could", "on the other
hand", "somewhat", "kind of", "sort of", "apparently", "reportedly". Each counts half, and only
next to another fence phrase: one "may" can state a real possibility ("results may vary"), "on
the other hand" often just joins two facts, and "still kind of in shock" is a feeling, not a
claim. Which phrases are weak is measured, not guessed: benchmarks/quality/cues.py prints each
cue's precision on WikiWeasel train.csv.

A sentence that stacks two or more fence phrases (weak cues aside) is a fence by itself, and the
rule fires on its phrases at any density. A sentence of care-talk does so whatever the rest of the
post says: "We remain committed to delivering exceptional value and innovative thinking" says
nothing, however concrete the figures around it. A sentence of hedges and weasels does so when the
post takes no stance: "Some say monthly, others say weekly" may be the setup a post goes on to answer.

The rule also fires, once, at the first sentence, when a post of at least `min-words` words
carries fence phrases (more than half the `threshold` density) and states no opinion at all
(`require-stance`): bland copy that commits to nothing. A plain notice, story or release note
with no fence phrase is not fence-sitting, even with no opinion in it. A stance is a sentence,
not a question, that says what you think or what to do: an opinion marker (I think, I believe,
in my view, we recommend, here's why, the truth is), a recommendation (should, must, need to,
it's time to), a commitment (we will, we decided), a judgement ("manual reminders are a waste of
time", "net-60 is wrong") or an instruction that opens a sentence, a clause after a colon, a
consequence ("…, so don't wait") or a leading condition ("Send the invoice the day the work
ends.", "If you haven't switched reminders on, do it this week."). An opinion made of care-talk
("we believe our world-class team…") or of courtesy ("take care of yourself!") is hollow: it is
not a stance. A post in which at least half the sentences are questions is listening
(principle 6), not fence-sitting, so it needs no stance.

It also fires, once, at any length, on a post made only of pleasantries: greetings, wishes and
sign-offs (linter/phrases/stance_pleasantries.txt: "Happy Friday!", "Sunday vibes", "Season's
greetings from all of us") plus at most small talk ("The weekend is almost here.", "Your
wellbeing matters."), with no opinion, no question that invites a reply and no detail a reader
can check or act on: a number or a date ("Monday 12 May", "three years"), a name, a place or a
weekday inside a clause ("closed Monday"), a menu path, a link, code or a quotation. A greeting
on a notice says something ("Happy Monday! The shop is closed on 12 May for a staff day."), and
so does a short notice with no greeting at all.

What does not count:

- opinion markers are never hedges: "I think net-60 terms are wrong" is a stance;
- "might / may / could" in a conditional or a question ("if invoices go out late, clients
  might forget to pay"), "may" as permission ("you may export every invoice as CSV") and
  May the month; "kind of / sort of" as a noun ("a kind of ledger");
- a plain quantity that is not a clause's subject ("for some clients", "as many as 40"), a
  count ("how many people", "we never dreamed we'd reach this many people"), a number estimated
  ("we hoped for maybe 10,000") and a superlative ("the most confident claim you've heard");
- a possibility the next sentence turns into a precise warning: "Some packs may contain sesame.
  If you have a sesame allergy, do not eat this sandwich.";
- care-talk and praise inside a courtesy ("Thank you for being part of our journey"), inside a
  name ("Brightwave Solutions", "the Telecom Innovation Awards") or ending a hyphenated term
  ("a mixture-of-experts model");
- honest uncertainty scoped by evidence: hedges in a sentence that says, or is followed by
  one that says, what is not known yet or what the data shows so far ("it may be the bank's
  API; we don't know yet, and we'll post the cause by Friday");
- anything that is not the writer's prose: front matter, code, URLs, block quotes and
  "quoted speech".

How to fix it: state the claim plainly ("X is wrong", "do Y"); if someone else says it,
name them and link them, or say it yourself; replace care-talk with the concrete thing you
do, for whom, by when ("we answer every support mail within a working day"); replace praise
with what earns it (the number, the prize, the name).

Options: `threshold` (phrases per 100 words), `min-words` (shorter posts skip the no-stance
check for posts with fence phrases), `require-stance` (the checks that need a stance: no-stance
posts, pleasantries, and hedges stacked in one sentence), `extra-phrases` (your team's own fence
phrases).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from linter import lexicon, regex_cache
from linter.post import Post
from linter.prose import Prose, Sentence, opens_clause
from linter.questions import conversation
from linter.rules import Hit, Outcome, Rule

_LISTS = {
    "weasels": "weasel attribution", "boilerplate": "boilerplate", "hedges": "hedge", "peacocks": "peacock term",
}
"""Phrase list → the kind of fence phrase a writer reads in the finding."""
_HOLLOW = (_LISTS["boilerplate"], _LISTS["peacocks"])
"""Fence phrases that empty an opinion in the same sentence ("we think our world-class team…")."""
_STATE_IT = (
    "say what you think and why in one plain sentence (\"Net-60 terms are wrong for freelancers: …\"), "
    "or tell the reader what to do (\"Send the invoice the day the work ends.\")"
)
CONFIGURED = "fence phrase"
"""The kind of a phrase from `extra-phrases`."""
_FIXES = {
    "hedge": "state the claim plainly, or cut the hedge",
    "weasel attribution": "name who says it and link them, or say it yourself",
    "boilerplate": "say the concrete thing you do, for whom, by when",
    "peacock term": "show what makes it so (the number, the prize, the name) instead of praising it",
    CONFIGURED: "say what you mean plainly",
}


_UNNAMED_SOURCE = regex_cache.compile(
    r"\b(?=[smnalpo])(?:some|many|(?<!the\s)most|several|numerous|others|a\s+number\s+of|a\s+lot\s+of|lots\s+of"
    r"|plenty\s+of)\s+"
    r"(?:[^\W\d_]+\s+){0,2}?(?:would\s+|might\s+|will\s+)?"
    r"(?:say|says|said|believe[sd]?|think|thinks|thought|argue[sd]?|claim(?:s|ed)?|feel|felt|suggest(?:s|ed)?"
    r"|agree[sd]?|disagree[sd]?|consider(?:s|ed)?|insist(?:s|ed)?|contend(?:s|ed)?|assert(?:s|ed)?|maintain(?:s|ed)?"
    r"|speculate[sd]?|swear|swears|question(?:s|ed)?|doubt(?:s|ed)?|dispute[sd]?|critici[sz]e[sd]?|regard(?:s|ed)?"
    r"|view(?:s|ed)?|describe[sd]?|perceive[sd]?|suspect(?:s|ed)?|fear(?:s|ed)?|den(?:y|ies|ied)|reject(?:s|ed)?"
    r"|dismiss(?:es|ed)?|object(?:s|ed)?|complain(?:s|ed)?|prefer(?:s|red)?|accuse[sd]?|blame[sd]?|praise[sd]?)\b",
    re.IGNORECASE,
)
"""Who says so? "Some say", "many freelancers believe", "most accountants would argue", "others question": a
quantifier, up to two words and a verb of saying, believing or judging. A pattern, so weasels.txt need not list
every crowd. Not "the most", a superlative: "the most confident vendor claim you've heard"."""
_CROWDS = (
    r"people|folks|critics|sceptics|skeptics|detractors|scholars|experts|observers|commentators|analysts|pundits"
    r"|insiders|sources|reports|accounts|studies|authorities|officials|historians|scientists|researchers|economists"
    r"|reviewers|journalists|believers|supporters|opponents|proponents|advocates|adherents|academics|theologians"
    r"|philosophers|theorists|purists|traditionalists|countries|nations|governments|institutions|societies|cultures"
    r"|churches|religions|traditions|newspapers|publications|media|outlets|reviews|magazines|textbooks"
)
"""People who hold or voice views, and the bodies and publications that do: with "some", "many" or "several" in
front they are a crowd nobody can ask ("a favourite of many critics", "banned in several countries"). Not the
plain populations a post counts ("we emailed many users", "a discount for several members"), and not "most":
"most people's coffee is weak" is the writer's own generalisation, a claim rather than a view pinned on others."""
_VAGUE_CROWD = regex_cache.compile(
    r"(?=[sbmnoitafvc])(?:"  # the first letters of the alternatives: most positions fail at once
    r"(?=[smno])\b" + opens_clause(
        "and", "but", "while", "whereas", "although", "though", "that", "since", "because", "however", "yet",
    ) + r"(?:(?:some|many|several)\s+"
    r"(?!(?:of\s+(?:you|us|our|my|your)|more|other|others|ways?|as"
    r"|times?|years|months|weeks|days|hours|decades|centuries|thanks)\b)"
    r"(?![\W\d_])(?!(?:[^\W\d_]+\s+){0,2}(?:\d|news\b))"
    r"(?=(?:[^\W\d_][\w'’-]*\s+){0,2}?(?!(?:was|has|its|his|this|thus|less|unless|across|plus|yes)\b)"
    r"(?:[^\W\d_][\w'’-]+s|people|men|women|children|folk|staff|police|public)\b"
    r"|(?:of|are|were|is|was|have|has|had|may|might|can|could|will|would|should|must|do|did|still|also|even|only"
    r"|now|in|on|by|at|with|from|to|such|who|[^\W\d_]+ed|[^\W\d_]+ly)\b)"
    r"[^\W\d_]+(?:\s+of\s+(?:the|these|those|them|his|her|its|their))?"
    r"|others\s+(?!(?:in|on|at|of|to|for|from|with|are|were|include|including)\b)[^\W\d_]+)"
    r"|\b(?:by|in)\s+(?:some|many|several|others|critics|observers|commentators)\b(?!\s+(?:of\s+)?(?:you|us)\b)"
    r"|\b(?:to|among|for)\s+(?:some|many|others)(?=\s*[,.;)—–]|\s+(?:as|who|it)\b)"
    r"|\b(?:some|many)\s+(?:of\s+(?:the|these|those|them|his|her|its|their)|other)\b"
    r"|\b(?<!this\s)(?<!that\s)(?<!how\s)(?<!too\s)(?<!so\s)(?<!as\s)"  # "how many people": a count
    r"(?:some|many|several|various|numerous|certain)\s+(?:[^\W\d_-]+\s+)?(?:" + _CROWDS + r")\b)",
    re.IGNORECASE | re.MULTILINE,
)
"""A claim pinned on an unnamed crowd: "some historians", "many of the reviews", "some have" opening a clause
(its subject: "for some clients" is a plain quantity), "others believe", "is regarded by many", "popular among
some", and people who hold views anywhere ("according to many critics"). Opening a clause the quantifier stands
alone or before a plural: "some flour on the bench" is a plain quantity, as are "some 300" and "several times",
and "many thanks" is courtesy. A pattern, because the crowds are endless."""
_UNSOURCED_PASSIVE = regex_cache.compile(
    r"(?=[iawb])\b(?:is|are|was|were|been|be|being)\s+(?:(?:[^\W\d_]+ly|still|also|now|long|often|even|not)\s+){0,2}"
    r"(?:(?:considered|regarded|believed|thought|said|reputed|rumou?red|alleged|claimed|deemed|speculated|suggested"
    r"|reported|presumed|assumed|suspected|perceived|viewed)"
    r"\s+(?:to|as|that|by|the|a|an|one|among|in|his|her|its|their)\b"
    r"|(?:believed|rumou?red|alleged|claimed|speculated|suggested)(?=\s*[.;,!?)])"
    r"|(?:considered|regarded|deemed)"
    r"(?=\s+(?!(?:for|in|at|on|when|if|before|after|during|with|until|unless|and|or|but)\b)[^\W\d_])"
    r"|(?:critici[sz]ed|disputed|contested|debated|described\s+as|credited\s+(?:with|as)|touted|hailed"
    r"|(?:accused|suspected)\s+of)\b)"
    r"(?!(?:\s+[\w'’-]+){0,6}?\s+by\s+(?:the\s+)?(?-i:[A-Z])|(?<=\bby)\s+(?:the\s+)?(?-i:[A-Z]))"
    r"|(?=i)\bit\s+(?:is|was|has\s+been|had\s+been|would\s+be|may\s+be|might\s+be|could\s+be|can\s+be)\s+"
    r"(?:(?:[^\W\d_]+ly|also|now)\s+)?[^\W\d_]+(?:ed|wn|ght)\s+that\b",
    re.IGNORECASE,
)
"""A view pinned on nobody, in the passive: "is widely considered the best", "was said to", "it was reported
that", "has long been regarded as", "has been strongly criticised", "is often described as", "it has been
argued that". Who considers, who criticises? Not when the sentence names them ("is considered income by
HMRC"), and not a verb of naming ("is known as", "is called"): it names, it does not judge."""
_VAGUE_QUANTITY = regex_cache.compile(
    r"(?=t)\bthere\s+(?:is|are|was|were|have\s+been|has\s+been|exist)\s+(?:also\s+)?"
    r"(?:many|several|various|numerous)\b"
    r"|(?=c)\b" + opens_clause(
        "in", "for", "to", "of", "with", "by", "on", "at", "from", "under", "among", "against", "about", "that", "and",
        "but", "or",
    ) + r"certain\s+(?!(?:that|of|to|whether|about|if|amount|extent|degree|point|level)\b)(?=[^\W\d_])",
    re.IGNORECASE | re.MULTILINE,
)
""""There are many reasons…", "in certain states": an existence claimed, or a set referred to, with no count, no
name and no source, the vague generalisation a reader can't check. "There were some delays this morning" is a
notice, "a certain amount" and "I'm certain that" are not vague in that way."""
_EMPTY_PROMISE = regex_cache.compile(
    r"(?=[eustp])\b(?:exceptional|unparall?eled|unrivall?ed|unmatched|superior|top-notch|second-to-none)\s+"
    r"(?:[^\W\d_][\w-]*\s+){0,2}?"
    r"(?:experiences?|value|service|care|quality|standards?|support|hospitality|solutions?)\b",
    re.IGNORECASE,
)
"""Praise of what we deliver with nothing a reader could check: "an exceptional guest experience", "exceptional
value", "unrivalled customer service". A family, so the lists need not hold every noun in between. Not
"outstanding": to a bookkeeper, an outstanding value is an unpaid one."""
_PRIORITY_CLAIM = regex_cache.compile(
    r"(?=[swehtpcn])\b(?:satisfaction|safety|wellbeing|well-being|welfare|experience|happiness|trust|privacy|security"
    r"|comfort|health|needs)\b(?:[\s,]+[\w'’-]+){0,6}?[\s,]+(?:is|are|remains?|be|been)\s*,?\s+our\s+"
    r"(?:(?:top|number\s+one|no\.?\s*1|first|highest|main|absolute|biggest|greatest)\s+)?priorit(?:y|ies)\b",
    re.IGNORECASE,
)
"""Care claimed, not shown: "your satisfaction remains our top priority", "the safety of our customers is our
number one priority". Not the work named as a priority ("fixing the bank sync is our priority this week")."""
_IT_DEPENDS = regex_cache.compile(
    r"(?=[itesam])\b(?:it|that|this|everything|so\s+much|a\s+(?:great|good)\s+deal|a\s+lot"
    r"|the\s+(?:[^\W\d_]+\s+)?(?:answer|choice|decision|option|approach))\s+"
    r"(?:(?:[^\W\d_]+ly|all|just|kind\s+of|sort\s+of|still|very\s+much|always)\s+){1,2}depends\b",
    re.IGNORECASE,
)
"""The question handed back unanswered, however it is softened: "it really depends", "it kind of depends", "the
right answer probably depends on your team". ("It depends" itself is listed in hedges.txt.) Not a plain
dependency with a subject of its own ("the price depends on the size")."""
_PATTERNS = {
    "<unnamed source>": (_UNNAMED_SOURCE, _LISTS["weasels"], (
        "some", "many", "most", "several", "numerous", "others", "number", "lot", "plenty")),
    "<unsourced passive>": (_UNSOURCED_PASSIVE, _LISTS["weasels"], ()),
    "<vague crowd>": (_VAGUE_CROWD, _LISTS["weasels"], (
        "some", "many", "several", "others", "critics", "observers", "commentators", "various", "numerous", "certain")),
    "<vague quantity>": (_VAGUE_QUANTITY, _LISTS["weasels"], ("there", "certain")),
    "<empty promise>": (_EMPTY_PROMISE, _LISTS["boilerplate"], (
        "exceptional", "unparal", "unrival", "unmatched", "superior", "top-notch", "second-to-none")),
    "<priority claim>": (_PRIORITY_CLAIM, _LISTS["boilerplate"], ("priorit",)),
    "<it depends>": (_IT_DEPENDS, _LISTS["hedges"], ("depends",)),
}
"""Fence patterns by cue name, with their kind, in order of precedence: a later one never matches where an earlier
one did, and a listed phrase never where a pattern did. Last, the words every match of the pattern holds one of
(none: no cheap test): a post without any is not scanned, as most posts have no "priority" or "depends"."""
_MODAL = regex_cache.compile(r"(?:might|may|could)\b", re.IGNORECASE)
_CONDITION = regex_cache.compile(r"\b(?:if|unless|when|whenever|once|otherwise|or else|in case)\b", re.IGNORECASE)
_LEADING_CONDITION = regex_cache.compile(r"\W*(?:if|unless)\b", re.IGNORECASE)
_PERMITTED = regex_cache.compile(
    r"\b(?:you|anyone|everyone|users?|customers?|clients?|members?|teams?)\s+(?:also\s+|now\s+|still\s+)?$",
    re.IGNORECASE,
)
_DAY = regex_cache.compile(r"\s+\d")
_ESTIMATORS = frozenset(("maybe", "perhaps"))
_ESTIMATE = regex_cache.compile(r"\s+(?:about\s+|around\s+)?[$£€]?\d")
"""A number right after "maybe" or "perhaps": "maybe 10,000" means about 10,000."""
_SORT_OF_THING = regex_cache.compile(
    r"\b(?:a|an|the|this|that|these|those|what|which|any|some|every|one|same|another|its|his|her|their|our|my|your)"
    r"\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
"""Before "kind of / sort of" as a noun ("a kind of ledger", "the same sort of tool"), not a hedge."""
REMARK_WORDS = 8
"""The longest sentence with no detail that still reads as small talk next to a greeting ("Your wellbeing
matters.", "New week, new possibilities."); a longer one says something."""
WEAK = 0.5
"""What a weak cue (fence_weak.txt: "may", "on the other hand") adds to the hedge density, and only next to
a stronger one; every other fence phrase adds 1."""
STACKED = 2
"""Fence phrases (weak cues aside) in one sentence that make it a fence by itself: "We remain committed to
delivering world-class solutions" (whatever the rest of the post says), "it is perhaps, to some extent, a matter
of taste" (in a post that takes no stance)."""

_JUDGED = regex_cache.compile(
    r"\b(?:is|are|was|were|isn['’]t|aren['’]t|wasn['’]t|it['’]s|that['’]s)\s+"
    r"(?:(?:not|just|simply|far|much|still|always|never|plain|the)\s+)*$",
    re.IGNORECASE,
)
"""What comes before an evaluation for it to be a judgement: "manual reminders are [a waste of time]"."""
_CLAUSE_START = regex_cache.compile(
    r"(?:^|[:;—–]|,(?=\s+so\s)|^\W*(?:if|when|whenever|whatever|wherever|whichever|however|once|before|after|until|unless"
    r"|as\s+soon\s+as|next\s+time|the\s+next\s+time|this\s+week|today|tomorrow)\b[^,;:.]*,)"
    r"[^\w]*(?:(?:so|please|just|and|but|then|now|instead|honestly|seriously|first|also),?\s+)?",
    re.IGNORECASE,
)
"""Where an instruction starts: the sentence, a clause after a colon or dash ("The fix: send it today."),
a consequence ("Stock is limited, so don't wait.") or after a leading condition ("If you have not switched
them on, do it this week.")."""
_VERB_WITH_OBJECT = regex_cache.compile(
    r"([A-Za-z][a-z]+)(?<!ing)(?<![^e]ed)(?<!ly)(?<![^s]s)\s+"
    r"(?:the|a|an|every|each|your|all|any|it|them|this|that|these|those|yourself|one|no)\b"
)
"""An opening word we do not list as a verb still reads as one before an object: "Photograph every receipt"."""
_DETAIL = regex_cache.compile(
    r"\d|→|(?<![\w@])@\w|\b(?:today|tonight|tomorrow|yesterday|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundreds?|thousands?|millions?|billions?|dozens?)\b",
    re.IGNORECASE,
)
"""Detail a reader can check or act on wherever it stands: a number (a date, a price, a version, "three years"),
a menu path ("Settings → Reminders"), a handle, a day."""
_NAME = regex_cache.compile(r"(?<=[\w,)][ \t\n])[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]")
"""A capitalised word inside a clause: a name, a place, a month, a weekday ("closed Monday"). Not a sentence's
first word, not all capitals (emphasis: "we are OBSESSED"), not a word after an emoji or a colon, which
starts a sentence in a social post as a full stop does."""
_COMPOUND = regex_cache.compile(r"[^\W_]-[^\W_]+-$")
"""Two hyphenated words glued before a phrase: the phrase ends a term of three words or more."""
_CAPITAL = regex_cache.compile(r"\b[A-ZÀ-ÖØ-Þ]")
_CAPITALISED_BEFORE = regex_cache.compile(r"[\w,)]\s+[A-ZÀ-ÖØ-Þ][\w'’&.-]*\s+$")
"""A capitalised word right before a phrase, and not the sentence's first word: "Brightwave [Solutions]"."""
_CAPITALISED_AFTER = regex_cache.compile(r"\s+[A-ZÀ-ÖØ-Þ]")
"""A capitalised word right after a phrase: "the Telecom [Innovation] Awards"."""
_POINTER = regex_cache.compile(r"`|\]\(|https?://|www\.|^ {0,3}>", re.MULTILINE)
"""Code, a link or a quotation in the body: the post points at something concrete."""


@dataclass(frozen=True)
class _Lexicons:
    fence: re.Pattern[str]
    kinds: dict[str, str]
    """Listed phrase (lower case) → kind."""
    stems: tuple[tuple[str, str], ...]
    """(stem, kind) of the listed wildcard phrases."""
    stance: re.Pattern[str]
    evaluations: re.Pattern[str]
    instructions: re.Pattern[str]
    not_instructions: frozenset[str]
    uncertainty: re.Pattern[str]
    pleasantries: re.Pattern[str]
    weak: frozenset[str]
    """Cues that count half, and only next to a stronger one (as listed: a phrase, a wildcard or a pattern name)."""


@cache
def _lexicons(extra: tuple[str, ...] = ()) -> _Lexicons:
    listed = [(lexicon.as_listed(phrase), kind) for name, kind in _LISTS.items() for phrase in lexicon.phrases(name)]
    return _Lexicons(
        fence=lexicon.pattern(*_LISTS, extra=extra),
        kinds={phrase: kind for phrase, kind in listed if not phrase.endswith("*")},
        stems=tuple((phrase.rstrip("*"), kind) for phrase, kind in listed if phrase.endswith("*")),
        stance=lexicon.pattern("stance"),
        evaluations=lexicon.pattern("stance_evaluations"),
        instructions=lexicon.pattern("stance_imperatives"),
        not_instructions=frozenset(lexicon.phrases("stance_not_instructions")),
        uncertainty=lexicon.pattern("stance_uncertainty"),
        pleasantries=lexicon.pattern("stance_pleasantries"),
        weak=frozenset(lexicon.as_listed(cue) for cue in lexicon.phrases("fence_weak")),
    )


def _listed(phrase: str, found: _Lexicons) -> tuple[str, str]:
    """The kind and list entry of a matched phrase: listed as is, by the stem of a wildcard ("leverag*"),
    or configured."""
    key = lexicon.as_listed(phrase)
    if key in found.kinds:
        return found.kinds[key], key
    return next(((kind, stem + "*") for stem, kind in found.stems if key.startswith(stem)), (CONFIGURED, key))


def states_opinion(sentence: Sentence) -> bool:
    """A sentence that says what the writer thinks or what the reader should do."""
    if sentence.is_question:
        return False
    text = sentence.text
    found = _lexicons()
    if found.stance.search(text):
        return True
    if any(_JUDGED.search(text, 0, judgement.start()) for judgement in found.evaluations.finditer(text)):
        return True
    for clause in _CLAUSE_START.finditer(text):
        if found.instructions.match(text, clause.end()):
            return True
        verb = _VERB_WITH_OBJECT.match(text, clause.end())
        if verb and verb.group(1).lower() not in found.not_instructions:
            return True
    return False


@dataclass(frozen=True)
class FencePhrase:
    """One fence-sitting phrase as the writer wrote it, at its body offset."""

    kind: str
    text: str
    offset: int
    cue: str
    """What matched: the list entry ("leverag*") or the pattern's name ("<unnamed source>"), for measuring cues."""
    weight: float = 1.0
    """What it adds to the hedge density: WEAK for a weak cue, 1 for the others."""


def _in_a_name(match: re.Match[str], prose: Prose, sentence: Sentence) -> bool:
    """A phrase with a capital, beside another capitalised word inside a sentence, is part of a name ("Brightwave
    Solutions", "the Telecom Innovation Awards", "the Award for Excellence"); not in a heading, where every word
    may be capitalised, and not in capitals, which shout."""
    phrase = match.group()
    if not _CAPITAL.search(phrase) or phrase.isupper() or sentence.block == "heading":
        return False
    return bool(
        _CAPITALISED_BEFORE.search(prose.masked, sentence.start, match.start())
        or _CAPITALISED_AFTER.match(prose.masked, match.end(), sentence.end)
    )


_BARE_CROWDS = frozenset(("experts", "analysts", "scholars", "critics", "observers", "commentators"))
"""The crowds weasels.txt lists on their own, as a subject nobody can ask ("critics say…")."""
_OWNED_CROWD = regex_cache.compile(
    r"(?<![\w'’])(?:our|my|your|(?:team|panel|group|network|board)\s+of)\s+(?:[\w-]+\s+){0,2}\Z", re.IGNORECASE,
)
"""Just before a bare crowd, whose crowd it is: "our analytics experts", "a panel of independent scholars"."""


def _is_fence(match: re.Match[str], kind: str, prose: Prose, found: _Lexicons) -> bool:
    """False for the uses of a fence phrase that are not fence-sitting (see the module doc)."""
    if _COMPOUND.search(prose.masked, max(match.start() - 40, 0), match.start()):
        return False  # the end of a hyphenated term: "mixture-of-experts", "ask-the-experts"
    index = prose.sentence_index(match.start())
    if index is None:
        return True
    sentence = prose.sentences[index]
    if kind in _HOLLOW:  # courtesy is not care-talk: "Thank you for being part of our journey."
        return not (_in_a_name(match, prose, sentence) or found.pleasantries.search(sentence.text))
    if match.group().lower() in _BARE_CROWDS:  # "our analytics experts", "a panel of scholars": people we can name
        return not _OWNED_CROWD.search(prose.masked, sentence.start, match.start())
    if kind != _LISTS["hedges"]:
        return True
    if any(found.uncertainty.search(s.text) for s in prose.sentences[index:index + 2]):
        return False  # honest uncertainty, scoped by what is known so far (here or in the next sentence)
    phrase = match.group()
    if phrase.lower() in _ESTIMATORS and _ESTIMATE.match(prose.masked, match.end()):
        return False  # "we dreamed of maybe 10,000": a number estimated, not a claim hedged
    before = sentence.text[: match.start() - sentence.start]
    if phrase.lower().startswith(("kind of", "sort of")):
        return not _SORT_OF_THING.search(before)
    if not _MODAL.match(phrase):
        return True
    if phrase == "May" and (before.strip() or _DAY.match(sentence.text, len(before) + 3)):
        return False  # the month
    permission = phrase.lower() == "may" and _PERMITTED.search(before)
    return not (sentence.is_question or _CONDITION.search(sentence.text) or permission or _acted_on(prose, index))


def _acted_on(prose: Prose, index: int) -> bool:
    """The next sentence turns the possibility into a precise warning: it opens with a condition and says what to
    do ("Some packs may contain sesame. If you have a sesame allergy, do not eat this sandwich.")."""
    following = prose.sentences[index + 1:index + 2]
    return bool(following) and bool(_LEADING_CONDITION.match(following[0].text)) and states_opinion(following[0])


def fence_phrases(prose: Prose, extra: Iterable[str] = ()) -> list[FencePhrase]:
    """Every fence-sitting phrase in the prose, in reading order."""
    found = _lexicons(tuple(p.strip() for p in extra if p.strip()))
    matches: list[tuple[re.Match[str], str, str]] = []

    def free(match: re.Match[str]) -> bool:
        return not any(m.start() < match.end() and match.start() < m.end() for m, _, _ in matches)

    for cue, (pattern, kind, needs) in _PATTERNS.items():
        if not needs or prose.mentions(needs):
            matches += [(match, kind, cue) for match in lexicon.finditer(prose, pattern) if free(match)]
    matches += [
        (match, *_listed(match.group(), found)) for match in lexicon.finditer(prose, found.fence) if free(match)
    ]
    return [
        FencePhrase(kind, " ".join(match.group().split()), match.start(), cue, WEAK if cue in found.weak else 1.0)
        for match, kind, cue in sorted(matches, key=lambda item: item[0].start())
        if _is_fence(match, kind, prose, found)
    ]


def hedge_density(found: list[FencePhrase], words: int) -> float:
    """Fence phrases per 100 words; weak cues count only alongside a stronger fence phrase."""
    if not words or all(phrase.weight < 1 for phrase in found):
        return 0.0
    return round(sum(phrase.weight for phrase in found) * 100 / words, 2)


def stacked_sentences(found: list[FencePhrase], prose: Prose) -> set[int]:
    """The sentences that stack STACKED or more fence phrases (weak cues aside)."""
    per_sentence = Counter(prose.sentence_index(phrase.offset) for phrase in found if phrase.weight >= 1)
    return {index for index, count in per_sentence.items() if count >= STACKED and index is not None}


def takes_a_stance(prose: Prose, care_talk: set[int | None]) -> bool:
    """A sentence states an opinion that is not hollow: care-talk ("we think our world-class team…", the
    sentences in `care_talk`) or courtesy ("Take care of yourself!") in the same sentence commits to nothing."""
    pleasantries = _lexicons().pleasantries
    return any(
        states_opinion(sentence) and index not in care_talk and not pleasantries.search(sentence.text)
        for index, sentence in enumerate(prose.sentences)
    )


def says_nothing(prose: Prose) -> bool:
    """Pleasantries and small talk with no detail and no question worth answering: "Happy Friday! The weekend
    is almost here." A greeting on a notice is not empty ("Happy Monday! Closed today for stocktaking.")."""
    pleasantries = _lexicons().pleasantries
    courtesy = False
    for sentence in prose.sentences:
        if _DETAIL.search(sentence.text):
            return False
        if pleasantries.search(sentence.text):
            courtesy = True
        elif _NAME.search(sentence.text) or len(sentence.words) > REMARK_WORDS:
            return False
    return courtesy and not _POINTER.search(prose.body) and not conversation(prose).invites_reply


def check(post: Post, prose: Prose, options: Mapping[str, Any]) -> Outcome:
    found = fence_phrases(prose, options["extra-phrases"])
    words = prose.word_count
    density = hedge_density(found, words)
    care_talk = {prose.sentence_index(phrase.offset) for phrase in found if phrase.kind in _HOLLOW}
    stance = takes_a_stance(prose, care_talk)
    outcome = Outcome(metrics={"hedge_density": density, "stance": int(stance), "fence_phrases": len(found)})
    threshold = options["threshold"]
    listening = 2 * len(prose.questions) >= len(prose.sentences)
    answered = stance or listening or not options["require-stance"]
    # A sentence of care-talk says nothing however concrete the rest is; one of hedges and weasels may be the
    # setup ("Some say monthly, others say weekly.") that a post with a stance goes on to answer.
    stacked = stacked_sentences([phrase for phrase in found if phrase.kind in _HOLLOW], prose)
    if not answered:
        stacked |= stacked_sentences(found, prose)
    summary = f"{len(found)} fence-sitting phrases in {words} words"
    if density > threshold:
        reasons = {phrase: f"{summary} (hedge density {density:.2f} per 100 words > {threshold:g})" for phrase in found}
    elif density and len(prose.sentences) == 1:
        reasons = {phrase: f"{summary} (the post is one sentence, and it sits on the fence)" for phrase in found}
    else:
        in_sentence = Counter(prose.sentence_index(phrase.offset) for phrase in found)
        reasons = {
            phrase: f"{in_sentence[index]} fence-sitting phrases in one sentence: a sentence made of them says nothing"
            for phrase in found if (index := prose.sentence_index(phrase.offset)) in stacked
        }
    for phrase, reason in reasons.items():
        line, column = prose.locate(phrase.offset)
        outcome.hits.append(Hit(line, column, f"{phrase.kind} \"{phrase.text}\": {reason}", _FIXES[phrase.kind]))
    if answered:
        return outcome
    fenced = density > threshold / 2
    if fenced and words >= options["min-words"]:
        message = f"the post states no opinion or claim in {words} words: a reader can't tell what you think"
        fix = _STATE_IT
    elif says_nothing(prose):
        message = "the post is only pleasantries: no opinion, no detail (a number, a date, a name), no question"
        fix = "give the reader one thing to use: a detail, an opinion or a question about them; or skip the post"
    else:
        return outcome
    first = prose.sentences[0]
    outcome.hits.append(Hit(first.line, first.column, message, fix))
    return outcome


RULE = Rule(
    id="fence-sitting",
    summary="the post hedges, cites 'some say' or talks boilerplate instead of taking a stance",
    principle=3,
    defaults={
        "enabled": True,
        "severity": "error",
        "threshold": 2.0,
        "min-words": 25,
        "require-stance": True,
        "extra-phrases": [],
    },
    check=check,
    doc=__doc__ or "",
)
