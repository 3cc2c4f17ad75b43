"""Missing responder: an approved post invites replies, but nobody is named to answer them.

Principle 4, "social is a two-way street". Asking the reader a question and then not
answering is like ignoring a message left on an answering machine: worse than not
asking. A post that invites replies needs someone who will answer them, and the plan
should say who and how soon.

The rule fires on posts that are approved, scheduled or published and that invite a
reply, when the front matter has no `responder`. A post invites a reply with an open
question to the reader ("What's the hardest part for you?", "Thoughts?"), an explicit
invitation ("Tell us…", "Reply with…", "I'd love to hear…") or a choice between
answers it names ("Rye or sourdough?"): the missing-conversation rule calls a choice a
weak invitation, but people answer it, so someone must read the answers. Closed yes/no
questions, rhetorical questions and questions in code, block quotes or "quoted speech"
are not invitations. Ideas and drafts are left alone: there is time to decide who
answers before review.

The finding is at the `status` line, because approving the post is the moment to
name the responder.

How to fix it: add `responder: <who>, <how soon>` to the front matter, for example
`responder: Maya, within 2 hours on working days`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from linter.post import Post
from linter.prose import Prose
from linter.questions import conversation
from linter.rules import Hit, Outcome, Rule, excerpt


def check(post: Post, prose: Prose, options: Mapping[str, Any]) -> Outcome:
    outcome = Outcome()
    if not post.approved or post.text("responder"):
        return outcome
    talk = conversation(prose)
    if not talk.invites_reply:
        return outcome
    asks = [*talk.open_questions, *talk.choice_questions, *talk.invitations]
    ask = excerpt(min(asks, key=lambda item: item.start).text)
    outcome.hits.append(Hit(
        post.line_of("status"), 1,
        f"the post is {post.status} and invites replies (\"{ask}\"), but no responder is named to answer them",
        "add who answers the replies, and how soon, to the front matter: "
        "responder: Maya, within 2 hours on working days",
    ))
    return outcome


RULE = Rule(
    id="missing-responder",
    summary="an approved post invites replies but names no responder to answer them",
    principle=4,
    defaults={
        "enabled": True,
        "severity": "error",
    },
    check=check,
    doc=__doc__ or "",
)
