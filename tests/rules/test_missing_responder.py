"""missing-responder: an approved post that invites replies needs a `responder` in its front matter."""

from __future__ import annotations

import pytest

from conftest import fires, post_text, run_rule

RULE = "missing-responder"
APPROVED = {"status": "approved", "reviewer": "Jonas Berg"}
SCHEDULED = {"status": "scheduled", "reviewer": "Jonas Berg"}
PUBLISHED = {"status": "published", "reviewer": "Jonas Berg"}

INVITING = {
    "open question": """
        I rewrote our late-invoice guide after 40 of you asked how to word the second reminder.
        What's the hardest part for you?
    """,
    "tell us": """
        The small business scheme ends at 20,000 euros of turnover. Tell us how you decided whether to opt in.
    """,
    "reply with": """
        Reply with the one clause you wish you had added to your contract sooner. I'll share the best ten on Friday.
    """,
    "I'd love to hear": """
        Sara invoices from her phone the day she delivers and has never had a late payment.
        I'd love to hear how you keep your own invoicing on time.
    """,
    "choice question": """
        We're redesigning the invoice template. Logo on the left or on the right?
    """,
    "thoughts": """
        Net-60 payment terms are a free loan to your client, at zero interest. Thoughts?
    """,
    "let me know": """
        I'm collecting examples of payment terms that worked for small studios. Let me know yours in the comments.
    """,
    "how do you": """
        How do you decide your day rate: from what you need to earn, or from what clients in your field pay?
    """,
    "any tips": """
        Our first winter market stand is next week. Any tips for taking card payments without a signal?
    """,
    "which template": """
        Three reminder templates, three tones: friendly, firm, final. Which one would you send first, and why?
    """,
}

NOT_INVITING = {
    "announcement": """
        The office is closed on Friday for the King's birthday. Support answers again on Monday at 9:00.
    """,
    "closed question only": """
        Invoice exports now include the VAT column. Do you use CSV exports?
    """,
    "rhetorical question answered": """
        Why does the second reminder matter? Because that is when most clients finally pay.
    """,
    "question in a block quote": """
        > What's the hardest part of chasing a late invoice?

        That was the question in our survey. 212 of you answered; the results are in the guide.
    """,
    "question in quoted speech": """
        A client asked us "how do you handle refunds?" and the answer is now in the help centre.
    """,
    "question in code": """
        The reminder template supports one variable:

        ```
        Hi {name}, what's the status of invoice {number}?
        ```
    """,
    "amplification is not conversation": """
        Our guide to Dutch VAT is updated for 2027. Share this post with a freelancer who needs it.
    """,
    "empty body": "",
}


@pytest.mark.parametrize("meta", [APPROVED, SCHEDULED, PUBLISHED], ids=["approved", "scheduled", "published"])
@pytest.mark.parametrize("body", INVITING.values(), ids=INVITING.keys())
def test_approved_post_inviting_replies_needs_a_responder(body: str, meta: dict[str, str]) -> None:
    (hit,) = run_rule(RULE, body, meta=meta).hits
    status_line = post_text(body, **meta).splitlines().index(f"status: {meta['status']}") + 1
    assert (hit.line, hit.column) == (status_line, 1)
    assert f"is {meta['status']} and invites replies" in hit.message
    assert "responder:" in (hit.suggestion or "")


@pytest.mark.parametrize("body", INVITING.values(), ids=INVITING.keys())
def test_a_named_responder_satisfies_the_rule(body: str) -> None:
    assert not fires(RULE, body, meta={**APPROVED, "responder": "Maya, within 2 hours on working days"})


@pytest.mark.parametrize("status", ["idea", "draft", "review"])
@pytest.mark.parametrize("body", INVITING.values(), ids=INVITING.keys())
def test_posts_not_yet_approved_are_left_alone(body: str, status: str) -> None:
    assert not fires(RULE, body, meta={"status": status})


@pytest.mark.parametrize("body", NOT_INVITING.values(), ids=NOT_INVITING.keys())
def test_approved_posts_that_invite_nothing_need_no_responder(body: str) -> None:
    assert not run_rule(RULE, body, meta=APPROVED).hits


def test_a_blank_responder_is_no_responder() -> None:
    assert fires(RULE, INVITING["tell us"], meta={**APPROVED, "responder": "   "})


def test_the_message_quotes_the_first_ask() -> None:
    body = """
        Tell us how you chase a late invoice.
        What is the one phrase in a reminder that finally gets clients to pay you without a second email?
    """
    (hit,) = run_rule(RULE, body, meta=APPROVED).hits
    assert '("Tell us")' in hit.message
    (hit,) = run_rule(RULE, INVITING["how do you"], meta=APPROVED).hits
    assert '("How do you decide your day rate: from what you need to' in hit.message
    assert '…")' in hit.message
