"""Does a post ask the reader something? Questions and invitations to reply, classified.

Principle 4 ("social is a two-way street"): a post should give the reader a reason to
answer. This module reads the prose view only (code, URLs, block quotes and "quoted
speech" are already blanked, so a question there is never a question to the reader)
and sorts every question sentence into one kind:

- OPEN: asks for the reader's own words. Wh-questions ("How do you chase late
  invoices?"), conventional asks ("Thoughts?", "Any tips?", "Your take?", "What am I
  missing?", "Is there anything else…?"), polite requests that are really imperatives,
  wherever they start in the question ("Can you tell us how…?", "Would you share
  what…?", "Do you want to say more about how…?", "Did you… can you tell us how…?").
- CHOICE: "Tabs or spaces?", "Do you invoice weekly or monthly?", and ratings ("On a
  scale of 1 to 10, how ready are you?", unless it also asks why). A closed question:
  the reader answers with one of the options the post names, so it does not invite
  conversation (`Conversation.invites_conversation`), though it does draw replies that
  someone should answer (`Conversation.invites_reply`). A choice the post goes on to
  weigh itself ("Light or dark roast? Both have their fans…") is a setup: rhetorical.
- CLOSED: a yes/no question: auxiliary first ("Do you…?", "Have you ever…?", also with
  a 'which/who' clause that describes rather than asks: "Have you tried the export,
  which landed last week?"), tag questions ("…, right?"), declaratives with a question
  mark ("You still use PDFs?").
- RHETORICAL: nobody is meant to answer: stock phrases ("Guess what?", "Who knew?"),
  exclamations ("How cool is that?"), a question the post answers right after ("Why
  does it matter? Because…", "The catch? …", "Sound familiar? It did to us."), a
  question about ourselves followed by our story ("How did we get here? We…"), and a
  question in a heading with a section under it (the section answers it).
- NOT_TO_READER: someone else's question: reported ("I asked myself: why?", "A client
  asked us: how…?"; not the writer wondering now: "…and I wonder, would…?"), addressed
  to a named person ("@maya, how did you…?", "Anna, …?"), or about a third person ("Why
  did she leave?").

Clauses break at punctuation, at a word cut off with a hyphen ("what are- what are your
plans") and at emoji, which often end a sentence in a post ("stay tuned 👀 What should
it be about?"). A question to the reader that lost its question mark still counts: an
inverted one ("How do you chase late payers." "Do you use reminders." "What are your
plans for the refund.") or an indirect one asked now ("I'm curious how you split it.").
Statements that merely start like one ("What matters is that you ask.", "I was curious
how…, so I read the docs") and headings do not.

Invitations are explicit asks without a question mark: imperatives that open a clause
("Tell us…", "Reply with…", "Share your…", "Let me know…") and stated wishes anywhere
("I'd love to hear…", "comments are open", "…in the comments", but not a pointer such
as "Link in the comments"). Asks for amplification ("Share this post", "Tag someone
who…") and sales calls ('DM me "READY" to grab your spot', "DM me or link in bio") are
not invitations to talk.

`conversation(prose)` does the work once per post and is shared by the
missing-conversation rule, the calendar's listening share and the quality benchmark.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum
from weakref import WeakKeyDictionary

from linter import lexicon, regex_cache
from linter.prose import EMOJI, Prose, Sentence


class QuestionKind(Enum):
    OPEN = "open"
    CHOICE = "choice"
    CLOSED = "closed"
    RHETORICAL = "rhetorical"
    NOT_TO_READER = "not to the reader"


@dataclass(frozen=True)
class Invitation:
    """An explicit ask for a reply (no question mark needed), located in the file."""

    text: str
    start: int
    line: int
    column: int


@dataclass
class Conversation:
    """Everything in one post that asks the reader something, by kind."""

    open_questions: list[Sentence] = field(default_factory=list)
    choice_questions: list[Sentence] = field(default_factory=list)
    closed_questions: list[Sentence] = field(default_factory=list)
    rhetorical_questions: list[Sentence] = field(default_factory=list)
    not_to_reader: list[Sentence] = field(default_factory=list)
    invitations: list[Invitation] = field(default_factory=list)

    @property
    def invites_reply(self) -> bool:
        """An open or choice question, or an explicit invitation: the reader has a reason to answer."""
        return bool(self.open_questions or self.choice_questions or self.invitations)

    @property
    def invites_conversation(self) -> bool:
        """An open question or an explicit invitation: the reader is asked for their own words, not for one of ours."""
        return bool(self.open_questions or self.invitations)


_STUTTER = regex_cache.compile(r"\b([\w'’]{1,12})-(?=\1)", re.IGNORECASE)
"""'Wh-what do you…', 'how-how is…', 'anything-anything else?': typed hesitation must not hide the question."""
_SOFTENED = r"(?:(?:just|really|also|kind\s+of|sort\s+of)\s+)*"
"""'I'm just / really / kind of wondering': softeners between the writer and the wondering."""
_FILLER = regex_cache.compile(
    rf"""^(?:(?:mm-hmm|uh-huh|so|and|but|or|okay|ok|well|now|also|oh|uh|um|hmm|mm+h*|mhm+|ah|like|hey|hi|hello|then|
        anyway|plus|yeah|alright|
        honestly|seriously|genuinely|just\s+curious|curious|real\s+talk|quick\s+question|honest\s+question|
        serious\s+question|question|one\s+more\s+thing|i\s+mean|
        (?:i['’]m|i\s+am|i\s+was)\s+{_SOFTENED}(?:curious|wondering)|i\s+wonder|friends|folks|everyone|everybody|y['’]all|
        readers?|community)\b[\s,:.!—–-]*)+""",
    re.IGNORECASE | re.VERBOSE,
)
_AUXILIARIES = "do|does|did|is|are|was|were|am|have|has|had|can|could|will|would|shall|should|may|might|must"
_AUX = (
    rf"(?:{_AUXILIARIES}|"
    r"don['’]t|doesn['’]t|didn['’]t|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|haven['’]t|hasn['’]t|hadn['’]t|"
    r"can['’]t|couldn['’]t|won['’]t|wouldn['’]t|shouldn['’]t|ain['’]t)"
)
_AUX_POSITIVE = f"(?:{_AUXILIARIES})"
"""The auxiliaries without their negations: enough where a pattern only needs to see a verb, and cheaper to compile."""
# Where a question breaks into clauses: "If you could automate one thing, what would it be?", and before a
# second, inverted question: "You've been going to physio, and how's that going?"
_CLAUSE_BREAK = regex_cache.compile(
    rf"\s*(?:[,:;()—–]|\s-\s|-{{2,}}|(?<=\w)-(?=\s)|\.\.\.|…|\.(?=\s)|{EMOJI}+)\s*|"
    rf"\s+(?:and|but)\s+(?=(?:how|what|why|where|when|which|who)(?:['’]s\b|\s+{_AUX_POSITIVE}\b))",
    re.IGNORECASE,
)
_AUX_HEAD = regex_cache.compile(rf"^{_AUX}\b", re.IGNORECASE)
# Wh-words that open a question, not a subordinate clause ("When you invoice, do you…?").
_WH_HEAD = regex_cache.compile(
    rf"""^(?:
        (?:what|which|whose|why|who|whom|whereabouts)(?!\s+an?\b)(?:['’](?:s|re|d|ll|ve))?\b
      | (?:when|where)(?:['’](?:s|re|d|ll|ve)\b|\s+{_AUX}\b|\s+(?:else|exactly|at|in|to)\b|$)
      | how\b
      | (?:for|from|with|in|at|to|by|of|on)\s+(?:what|which|whom|whose|how|where|when)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_TELL = (r"(?:tell|share|say\s+(?:more|a\s+bit|a\s+little)|describe|explain|walk\s+(?:me|us)|elaborate|expand|"
         r"help\s+(?:me|us)\s+understand)")
"""Verbs that ask the reader to put something in their own words."""
_POLITE_REQUEST = regex_cache.compile(
    rf"""^(?:(?:can|could|would|will|won['’]t)\s+(?:you|y['’]all)\s+(?:please\s+)?
           (?:{_TELL}|give|show|send|suggest|recommend|name|list|point)
         | (?:do|would)\s+you\s+(?:(?:want|like|care)\s+to|wanna)\s+{_TELL}
         | (?:do|would)\s+you\s+mind\s+(?:sharing|telling|explaining|describing|filling)
         | (?:i['’]m\s+|i\s+am\s+|i\s+was\s+)?wondering\s+if\s+you\s+(?:can|could|would|might)\s+{_TELL})\b""",
    re.IGNORECASE | re.VERBOSE,
)
_ASKS_FOR_CONTENT = regex_cache.compile(
    r"\bany\s+(?:(?:good|other|particular|more|further)\s+)?(?:tips|advice|recommendations|suggestions|ideas|examples|"
    r"stories|thoughts|favou?rites|pointers|tricks|hacks|feedback|questions|war\s+stories|horror\s+stories)\b",
    re.IGNORECASE,
)
_BARE_YOU = regex_cache.compile(r"^(?:you|yourself|yours|y['’]all)$", re.IGNORECASE)
"""'And you?' asks back; 'You, y'all work at…?' is a restart, so only a last clause counts."""
_YOUR_ASK = regex_cache.compile(rf"^your\b(?!.*\b{_AUX_POSITIVE}\b)(?:\s+[\w'’-]+){{1,5}}$", re.IGNORECASE)
"""'Your take?', 'Your biggest headache this year?': a short noun phrase, as the last clause; not 'Your name is
Lynn?' nor 'So your office went smoke-free and you're not pleased?' (declarative checks), nor a topic named mid-question
('…a look at, um, your invoices, and are they late?')."""
_EXCLAMATION = regex_cache.compile(
    r"^how\s+(?!(?:long|much|many|far|old|often|soon|late|early|big|tall|deep|fast)\b)\w+\s+(?:is|was|are|were)\s+"
    r"(?:that|this)$",
    re.IGNORECASE,
)
"""'How cool is that?' exclaims; 'How long was that?' asks."""
_NOT_A_CHOICE = r"(?:not|no|nah|what|something|anything|so|else|two|three|less|more|whatever|otherwise|vice\s+versa)"
_CHOICE = regex_cache.compile(
    rf"\w\s+or\s+(?!{_NOT_A_CHOICE}\b|{_AUX_POSITIVE}\b|(?:you|we|i|they|he|she|it|is\s+it)\b)[\w'’-]+(?:\s+[\w'’-]+){{0,3}}$",
    re.IGNORECASE,
)
"""Named options at the end ('…weekly or monthly?'); not a second yes/no clause ('…or are you still…?')."""
_ASIDE = regex_cache.compile(
    r"^(?:(?:what|who|why|how|where|when|which)(?:\s+(?:is|was)\s+it|['’]s\s+it\s+called|"
    r"\s+do\s+(?:i|you)\s+(?:say|call)\s+it)?|or\s+(?:what|something|anything|whatever|not|so)(?:\s+else)?)$",
    re.IGNORECASE,
)
"""A restart or search for a word ('What, like the walk?', 'Have you been to, what is it, Book Binders?') and
a trailing 'or what?', 'or something?': neither is the question."""
_IN_SITU_WORD = r"(?:what|which|whom?|whose|where|whereabouts)"
_WH_IN_SITU = regex_cache.compile(
    rf"(?:^{_IN_SITU_WORD}|\b{_IN_SITU_WORD}(?!\s+(?:it|you|we|they|he|she|i|this|that)\b))(?:\s+[\w'’-]+){{0,2}}$",
    re.IGNORECASE,
)
"""A wh-word left in place: 'And you're in what city?', 'You were waiting for what?', 'Like what?', or first with its
verb left out ('Where you from?'). Not one that opens a clause with its own subject inside the question: 'Think
you've got what it takes?' asks yes or no."""
_RATING = regex_cache.compile(
    r"\bscale\s+(?:of|from)\b|\bwhat\s+number\b|\bout\s+of\s+(?:5|10|five|ten)\b|"
    r"\brate\b.{0,60}?\b(?:0|1|zero|one)\s*(?:to|-|–)\s*(?:5|10|five|ten)\b",
    re.IGNORECASE,
)
"""'On a scale of 1 to 10, how ready are you?', 'Rate it from 1 to 5': the post names the answers, so a choice."""
_WHY = regex_cache.compile(r"\bwhy\b", re.IGNORECASE)
"""'…where do you stand, and why?' asks for the reasons as well: open."""
_JUST_ME = regex_cache.compile(r"^(?:is\s+it|am\s+i)\s+(?:just|only)\s+me\b", re.IGNORECASE)
# Questions the author asks about themselves or "this": the post is about to answer them.
_ABOUT_US = regex_cache.compile(
    r"^(?:what|why|how|when|where|which|who)(?:['’]s)?\s+(?:(?:did|do|does|have|has|had|was|were|is|are|am)\s+)?"
    r"(?:we|i|this|that|it)\b",
    re.IGNORECASE,
)
# Questions that lost their question mark (typed talk, a sentence that trails off).
_PRONOUN = r"(?:you|y['’]all|we|i|they|he|she|it|there)"
"""The subject after an inverted auxiliary; one before it makes a statement: 'What I learned is you…', 'What
matters is that…'."""
_WH_YOUR = r"(?:what|which|who|how|where|when|why)(?:['’]s|\s+(?:is|are|was|were))\s+your\b"
"""'What are your thoughts', 'How's your week': the subject right after the verb, so a question even unmarked; not
'What matters is your…' (the wh-word is the subject there)."""
_UNMARKED_HINT = regex_cache.compile(
    # The first letters (an auxiliary, a wh-word, "wondering" or "curious") tested first: a search takes half the time.
    lexicon.initials([*_AUXILIARIES.split("|"), "what", "how", "wondering", "curious"])
    + rf"(?:\b{_AUX_POSITIVE}\s+(?:{_PRONOUN}|anyone|anybody)\b|\b{_WH_YOUR}|"
    r"\b(?:wondering|curious|wonder)\s+(?:about\s+)?(?:how|what|why|where|when|which|who|whether|if)\b)",
    re.IGNORECASE,
)
_INVERTED = regex_cache.compile(
    rf"""^(?:(?:what|which|whose|why|who|whom|when|where|how)\b(?:\s+(?!{_PRONOUN}\b)[\w'’-]+){{0,3}}?\s+{_AUX_POSITIVE}\s+
           {_PRONOUN}
         | {_WH_YOUR}
         | {_AUX_POSITIVE}\s+(?:you|y['’]all|anyone|anybody))\b""",
    re.IGNORECASE | re.VERBOSE,
)
_RELATIVE = regex_cache.compile(
    rf"^(?:who|which)(?:['’](?:s|d|ll|re|ve))?\s+(?!(?:one|ones|of|your)\b)(?!.*\b{_AUX_POSITIVE}\s+{_PRONOUN}\b)\S+\s+\S",
    re.IGNORECASE,
)
"""After a yes/no question, 'who/which' goes on about a noun: 'Have you tried the export, which landed last week?',
'Is there anyone, who gives you support?'; not a second question ('…, which one do you use?', '…, who do you ask?',
'…, or which kind?')."""
_WONDERING = regex_cache.compile(
    rf"\b(?:(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+{_SOFTENED}(?:wondering|curious)|"
    r"i\s+wonder)\s+(?:about\s+)?(?:(whether|if)|how|what|why|where|when|which|who)\b",
    re.IGNORECASE,
)
"""'I'm wondering where you are with it.': an indirect question, asked now (not 'I was curious…'); open unless
it is 'wondering whether/if…'."""
_THIRD_PERSON = regex_cache.compile(
    rf"^(?:(?:what|why|how|when|where|which|who)\s+)?{_AUX}\s+(?:he|she)\b", re.IGNORECASE
)
_ECHO_ANSWER = regex_cache.compile(
    rf"^(?:it|that|this|we|i|they|you|mine|ours)\s+{_AUX}\b", re.IGNORECASE
)
_ECHO_MAX_WORDS = 6
_SETUP = regex_cache.compile(
    r"^(?:the|our|my|one|his|her|their|this|that|today['’]s|this\s+year['’]s)\b", re.IGNORECASE
)
_SETUP_MAX_WORDS = 4
"""'The catch?', 'Our fix?': a noun-phrase question this short only sets up the next line."""
_REPORTED = regex_cache.compile(
    r"\b(?:ask(?:ed|s|ing)?|wonder(?:ed|s|ing)?|said|says|told|tweeted|wrote|emailed|messaged|"
    r"(?:her|his|their|my)\s+(?:first\s+|only\s+|big\s+)?question)\b",
    re.IGNORECASE,
)
_ASKING_NOW = regex_cache.compile(
    r"\b(?:gonna|going\s+to|want\s+to|wanna|like\s+to|let\s+me|i['’]ll|i\s+will|may\s+i|can\s+i|could\s+i)\s+"
    r"(?:just\s+)?ask\b|"
    r"(?:^|\bi\s+|\b(?:i['’]m|i\s+am|i\s+was|we['’]re|we\s+are)\s+)(?:(?:just|really|also|still|kind\s+of|sort\s+of|guess)\s+)*"
    r"wonder(?:ing)?\b",
    re.IGNORECASE,
)
"""'I'm going to ask it this way: …?', '…and I wonder, would it…?', 'kind of wondering, how…?': the writer asking
now, not a report of someone's question ('We kept wondering, why…?', 'She wondered: …?')."""

_YOU = regex_cache.compile(r"\b(?:you|your|y['’]all)\b", re.IGNORECASE)
_VOCATIVE = regex_cache.compile(r"^(?:@\w+|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?<!s)(?<!ly))$")
"""'@maya, …?', 'Anna, …?'; not 'Freelancers, …?' (plural: the readers) nor 'Honestly, …?' / 'Today, …?'."""
_NOT_A_NAME = regex_cache.compile(
    r"^(?:today|tonight|tomorrow|yesterday|now|next|first|second|third|finally|also|instead|otherwise|meanwhile|"
    r"besides|again|overall|bonus|quick|together|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"there|here|sure|fine|great|wait|right|yes|yeah|yep|no|nope|good|cool|nice|true|exactly|perfect|interesting|"
    r"wow|mmh?|mhm|listen|look|actually|anyway|for|as|like|if|to|in|on|at|with|by|from|about|after|before|because|"
    r"since)$",
    re.IGNORECASE,
)
_CLAUSE_OPENERS = regex_cache.compile(
    r"""(?:^|[^\w\s'’]|\b(?:and|so|please|pls|just|then|or|now|also|but|do|go\s+ahead\s+and|feel\s+free\s+to|
        oh|hey|ok|okay|folks|everyone|friends|y['’]all|simply|kindly|definitely))[\s,]*$""",
    re.IGNORECASE | re.VERBOSE,
)
_SALES_ASK = regex_cache.compile(
    r"\s*(?:to\s+(?:book|grab|claim|order|buy|secure|reserve|apply|register|enrol+|sign\s+up)|"
    r"(?:or|for)\s+(?:(?:tap|click)\s+the\s+)?(?:link\s+in\s+(?:bio|profile)|pricing|prices|rates|a\s+quote|bookings?))\b",
    re.IGNORECASE,
)
"""'DM me "READY" to grab your spot', 'DM me or link in bio': a sales call, not a conversation."""
_NEGATED = regex_cache.compile(r"(?:n['’]t|\bnot|\bnever)\s+$", re.IGNORECASE)
_POINTER = regex_cache.compile(r"\b(?:link|links|url|details|info)\s+$", re.IGNORECASE)
"""'Link in the comments' points the reader to something of ours; 'your tip in the comments' asks for theirs."""
_LEADING_NOISE = regex_cache.compile(r"^[^\w@]+")
_TRAILING = regex_cache.compile(r"[\s?!.\"'”’)\]]+$")


def _clauses(sentence: Sentence) -> list[str]:
    text = _STUTTER.sub("", _TRAILING.sub("", " ".join(sentence.text.split())))
    parts = [_LEADING_NOISE.sub("", part) for part in _CLAUSE_BREAK.split(text)]
    parts = [part for index, part in enumerate(parts)
             if not _ASIDE.match(part) or (index == len(parts) - 1 and not part.lower().startswith("or "))]
    return [c for c in (_FILLER.sub("", part) for part in parts) if c]


def _asked_without_mark(sentence: Sentence) -> bool:
    """A question to the reader that lost its question mark; headings are titles ('How we price') and stay out."""
    lowered = sentence.text.lower()
    if "you" not in lowered and "wonder" not in lowered and "curious" not in lowered:
        return False  # a cheap first look: most sentences are statements
    if sentence.block == "heading" or lowered.rstrip().endswith("!") or not _UNMARKED_HINT.search(sentence.text):
        return False
    return bool(_WONDERING.search(sentence.text)) or any(_INVERTED.match(c) for c in _clauses(sentence))


def _head(clause: str, last: bool) -> str | None:
    """What kind of question a clause opens, if it opens one."""
    if lexicon.pattern("questions_open").match(clause):
        return "open"
    if last and (_BARE_YOU.match(clause) or _YOUR_ASK.match(clause)):
        return "open"
    if _POLITE_REQUEST.match(clause):
        return "request"
    if _WH_HEAD.match(clause):
        return "wh"
    if _AUX_HEAD.match(clause):
        return "aux"
    return None


def _heads(clauses: list[str]) -> list[str | None]:
    """Each clause's head; a 'who/which' clause after a yes/no question describes a noun, it does not ask."""
    heads = [_head(clause, index == len(clauses) - 1) for index, clause in enumerate(clauses)]
    asked = next((index for index, head in enumerate(heads) if head == "aux"), len(heads))
    return [None if head == "wh" and index > asked and _RELATIVE.match(clauses[index]) else head
            for index, head in enumerate(heads)]


def _answers(question: str, head: str | None, following: Sentence | None) -> bool:
    """Does the next sentence answer the question, making it rhetorical?"""
    if following is None or following.is_question or following.block == "heading":
        return False
    reply = " ".join(following.text.split())
    if lexicon.pattern("questions_answers").match(reply):
        return True
    if head != "wh" and len(following.words) <= _ECHO_MAX_WORDS and _ECHO_ANSWER.match(reply):
        return True
    if head is None and len(question.split()) <= _SETUP_MAX_WORDS and _SETUP.match(question):
        return True
    return head == "wh" and bool(_ABOUT_US.match(question))


def classify(sentence: Sentence, following: Sentence | None = None) -> QuestionKind | None:
    """The kind of a question sentence (None if it is not a question).

    `following` is the next sentence of the post: a question it answers is rhetorical.
    """
    if not (sentence.is_question or _asked_without_mark(sentence)):
        return None
    clauses = _clauses(sentence)
    if not clauses:
        return QuestionKind.CLOSED
    heads = _heads(clauses)
    first = next((i for i, h in enumerate(heads) if h), None)
    lead = clauses[: first if first is not None else len(clauses) - 1]
    if any(_REPORTED.search(c) and not _YOU.search(c) and not _ASKING_NOW.search(c) for c in lead) or (
        lead and _VOCATIVE.match(lead[0]) and not _NOT_A_NAME.match(lead[0])
    ):
        return QuestionKind.NOT_TO_READER
    question = " ".join(clauses[first:]) if first is not None else clauses[-1]
    head = heads[first] if first is not None else None
    if lexicon.pattern("questions_rhetorical").match(question) or _EXCLAMATION.match(question):
        return QuestionKind.RHETORICAL
    wondering = _WONDERING.search(sentence.text)
    asks_for_words = head == "open" or "request" in heads or _ASKS_FOR_CONTENT.search(question)
    if asks_for_words or (wondering and not wondering.group(1)):
        return QuestionKind.OPEN
    if sentence.block == "heading" and following is not None:
        return QuestionKind.RHETORICAL
    if _answers(question, head, following):
        return QuestionKind.RHETORICAL
    if _THIRD_PERSON.match(question) and not _YOU.search(question):
        return QuestionKind.NOT_TO_READER
    if _RATING.search(sentence.text) and not _WHY.search(sentence.text):
        return QuestionKind.CHOICE
    if "wh" in heads or (head is None and _WH_IN_SITU.search(question)):
        return QuestionKind.OPEN
    if _JUST_ME.match(question):
        return QuestionKind.CLOSED
    if any(_CHOICE.search(c) for c in clauses[first or 0:]):
        return QuestionKind.RHETORICAL if _discussed(following) else QuestionKind.CHOICE
    return QuestionKind.CLOSED


def _discussed(following: Sentence | None) -> bool:
    """'Light roast or dark roast? Both have their fans…': the post weighs the options itself, a setup."""
    return not (
        following is None or following.is_question or following.block == "heading"
        or lexicon.pattern("invitations").match(_LEADING_NOISE.sub("", following.text))
    )


def _invitations(prose: Prose, extra: tuple[str, ...]) -> list[Invitation]:
    """Each ask once: "in the comments" inside "Put it in the comments" is the same ask."""
    found: list[Invitation] = []
    taken: list[tuple[int, int]] = []
    asks = ((lexicon.pattern("invitations"), True), (lexicon.pattern("invitations_wishes", extra=extra), False))
    for pattern, must_open_clause in asks:
        for match in lexicon.finditer(prose, pattern):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            sentence = prose.sentence_at(match.start())
            before = prose.masked[sentence.start if sentence else 0:match.start()]
            if _NEGATED.search(before) or _POINTER.search(before) or (
                must_open_clause and not _CLAUSE_OPENERS.search(before)
            ):
                continue
            if _SALES_ASK.match(prose.masked, match.end()):
                continue
            line, column = prose.locate(match.start())
            found.append(Invitation(" ".join(match.group().split()), match.start(), line, column))
            taken.append(match.span())
    return sorted(found, key=lambda invitation: invitation.start)


_BY_KIND = {
    QuestionKind.OPEN: "open_questions",
    QuestionKind.CHOICE: "choice_questions",
    QuestionKind.CLOSED: "closed_questions",
    QuestionKind.RHETORICAL: "rhetorical_questions",
    QuestionKind.NOT_TO_READER: "not_to_reader",
}
_CACHE: WeakKeyDictionary[Prose, dict[tuple[str, ...], Conversation]] = WeakKeyDictionary()


def conversation(prose: Prose, extra_invitations: Iterable[str] = ()) -> Conversation:
    """Every question and invitation in a post, classified once per post (and per extra phrases)."""
    extra = tuple(sorted(p.strip() for p in extra_invitations if p.strip()))
    cached = _CACHE.setdefault(prose, {})
    if extra in cached:
        return cached[extra]
    result = Conversation(invitations=_invitations(prose, extra))
    sentences = prose.sentences
    for index, sentence in enumerate(sentences):
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        kind = classify(sentence, following)
        if kind is not None:
            getattr(result, _BY_KIND[kind]).append(sentence)
    cached[extra] = result
    return result
