"""Missing conversation: nothing in the post invites the reader to reply.

Principle 4, "social is a two-way street". The first job of a post on a social
channel is to give the audience a chance to talk to you. A post that only tells is
a broadcast; the reader has nothing to answer.

What counts as an invitation:

- an **open question to the reader**: what, how, why, which, where, when, who
  ("How do you chase a late invoice?"), "Thoughts?", "Your take?", "Any tips…?",
  "What am I missing?", and polite requests ("Can you tell us how…?", "Would you
  share what…?", "Do you want to say more about how…?");
- an **explicit invitation**, question mark or not: "tell us…", "let me know…",
  "share your…", "reply with…", "drop a comment…", "DM me your…", "hit reply…",
  "I'd love to hear…", "…in the comments" (not a pointer: "Link in the comments");
- a question to the reader that lost its question mark ("How do you time your
  invoices") or an indirect one ("I'm curious how you split it").

What does not count: questions in code, block quotes or "quoted speech" (someone
else's words); questions to a third party ("I asked myself: why?", "@maya, how did
you…?"); asks for amplification ("Share this post", "Tag someone who…"); sales calls
("DM me \"READY\" to grab your spot", "DM me or link in bio").

Two findings:

- **error** (`severity`): nothing invites a reply. Located at the last sentence,
  where a closing question usually goes (or at the first body line of an empty post).
- **warning** (`closed-question-severity`): the only questions are closed: yes/no
  ("Do you use spreadsheets?", "…, right?") or a choice between answers the post
  names ("Weekly or monthly invoicing?", "On a scale of 1 to 10, how ready are
  you?"), which invite a one-word answer, or rhetorical ones the post answers itself
  ("Why does it matter? Because…", or a choice it goes on to weigh: "Light or dark
  roast? Both have their fans…"), which invite none. Located at that question.

A short post gets no leniency: a one-line post can ask a question. To fix it, ask
about the reader's own experience, openly: turn "Do you use X?" into "How do you
handle X?" and "X or Y?" into "X or Y, and why?", or end with an explicit ask
("Reply with your…"). Set `channels` to the channels where posts must invite a reply
(empty: all) and add team phrases with `extra-invitations`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from linter.post import Post
from linter.prose import Prose
from linter.questions import conversation
from linter.rules import Hit, Outcome, Rule, excerpt

_OPEN_REWRITE = "ask an open question instead, e.g. \"Do you use X?\" → \"How do you handle X?\", or invite a reply " \
    "explicitly (\"Reply with your…\", \"Tell us how…\")"


def check(post: Post, prose: Prose, options: Mapping[str, Any]) -> Outcome:
    talk = conversation(prose, options["extra-invitations"])
    outcome = Outcome(metrics={
        "open_questions": len(talk.open_questions),
        "choice_questions": len(talk.choice_questions),
        "closed_questions": len(talk.closed_questions),
        "rhetorical_questions": len(talk.rhetorical_questions),
        "invitations": len(talk.invitations),
        "invites_conversation": int(talk.invites_conversation),
        "invites_reply": int(talk.invites_reply),
    })
    channels = options["channels"]
    if talk.invites_conversation or (channels and post.channel not in channels):
        return outcome
    closed = sorted([*talk.closed_questions, *talk.choice_questions], key=lambda question: question.start)
    if closed or talk.rhetorical_questions:
        question = closed[-1] if closed else talk.rhetorical_questions[-1]
        if not closed:
            kind, reply = "rhetorical: the post answers it itself", "no reply"
        elif question in talk.choice_questions:
            kind, reply = "a choice between answers the post names", "a one-word reply"
        else:
            kind, reply = "a closed yes/no question", "a one-word reply"
        outcome.hits.append(Hit(
            question.line, question.column,
            f"the only question to the reader is {kind} (\"{excerpt(question.text)}\"); it invites {reply}",
            _OPEN_REWRITE,
            severity=options["closed-question-severity"],
        ))
    elif prose.sentences:
        last = prose.sentences[-1]
        outcome.hits.append(Hit(
            last.line, last.column,
            "nothing invites a reply: no open question to the reader and no invitation "
            "(tell us…, share your…, what do you think?)",
            "end with an open question about the reader's own experience (\"How do you handle X?\") "
            "or an explicit ask (\"Reply with your…\")",
        ))
    else:
        outcome.hits.append(Hit(
            post.body_line, 1,
            "the post has no prose, so nothing invites a reply",
            "write the post, and end it with an open question to the reader or an explicit ask (\"Reply with…\")",
        ))
    return outcome


RULE = Rule(
    id="missing-conversation",
    summary="the post asks the reader nothing: no open question, no invitation to reply",
    principle=4,
    defaults={
        "enabled": True,
        "severity": "error",
        "closed-question-severity": "warning",
        "channels": [],
        "extra-invitations": [],
    },
    check=check,
    doc=__doc__ or "",
)
