"""link-only: a headline and a link is flagged; a post that says why, asks, or has no link is not."""

from __future__ import annotations

import pytest

from conftest import fires, post_text, run_rule

RULE = "link-only"
BODY_LINE = post_text("body").splitlines().index("body") + 1
"""The file line of a post body's first line, past the front matter."""

URL = "https://larkspur.example/blog/late-invoice"

LINK_ONLY = {
    "new post label": f"New post: How to chase a late invoice {URL}",
    "bare url": URL,
    "headline as link text": (
        f"[How freelancers in the Netherlands can chase a late invoice without losing the client]({URL})"
    ),
    "pointing emoji and autolink": f"New on the blog 👇\n<{URL}>",
    "headline then url on its own line": f"Five invoice mistakes we see every week\n{URL}",
    "www address": "Our Q4 VAT checklist is live: www.larkspur.example/vat",
    "reference link": f"From the archive: [the second reminder][r]\n\n[r]: {URL}",
    "headline in a heading": f"# Pricing rush work\n\n{URL}",
    "markdown link with a label": f"Read: [Why net-60 terms hurt freelancers]({URL})",
    "release note teaser": f"Larkspur Ledger 3.2 release notes {URL}",
    "two links, no words": f"Part one: {URL}\nPart two: {URL}/2",
}

NOT_LINK_ONLY = {
    "says why and asks": f"""
        I rewrote our late-invoice guide after 40 of you asked how to word the second reminder.
        What's the hardest part for you? {URL}
    """,
    "opinion before the link": f"""
        Net-60 terms are a free loan to your client. I stopped accepting them last year and not one client
        left. Here's the email I sent: {URL}
    """,
    "short question, no link": "Freelancers: what is the one invoice clause you wish you had added sooner?",
    "short announcement, no link": "The office is closed on Friday for the King's birthday.",
    "url only inside a code block": f"""
        Point your webhook here:

        ```
        {URL}
        ```
    """,
    "url in inline code": f"Set `{URL}` as your callback URL.",
    "image, not a link": "![The new export dialog](https://larkspur.example/export.png) Export, now faster.",
    "in-page anchor": "Jump to [the checklist](#checklist) below.",
    "email link": "Questions? [Write to Maya](mailto:maya@larkspur.example).",
    "blog post with links": f"""
        # How to chase a late invoice

        Most late invoices are not bad faith. The client forgot, the invoice went to the wrong inbox, or the
        person who approves payments is on holiday. So the first reminder should be friendly and short, and it
        should go out the day after the due date, not a week later.

        The second reminder is where most freelancers get stuck. Name the amount, the invoice number and a new
        date, and attach the invoice again. Our [template]({URL}) does this for you.

        How do you word your second reminder?
    """,
    "story with a link at the end": f"""
        Sara, a translator in Ghent, has never sent a late invoice: she invoices from her phone the day she
        delivers. We asked her how: {URL}
    """,
    "empty body": "",
}


@pytest.mark.parametrize("body", LINK_ONLY.values(), ids=LINK_ONLY.keys())
def test_headline_and_link_fires(body: str) -> None:
    outcome = run_rule(RULE, body)
    assert len(outcome.hits) == 1, outcome.hits
    assert outcome.metrics["link_only"] == 1
    assert "RSS" in outcome.hits[0].message and outcome.hits[0].suggestion


@pytest.mark.parametrize("body", NOT_LINK_ONLY.values(), ids=NOT_LINK_ONLY.keys())
def test_posts_with_own_words_or_no_link_do_not_fire(body: str) -> None:
    outcome = run_rule(RULE, body)
    assert not outcome.hits, outcome.hits
    assert outcome.metrics["link_only"] == 0


@pytest.mark.parametrize(("body", "line", "column"), [
    (f"New post: How to chase a late invoice {URL}", 0, 39),
    (f"Five invoice mistakes we see every week\n{URL}", 1, 1),
    (f"From the archive:\n[the second reminder]({URL})", 1, 1),
    (f"New on the blog 👇\n<{URL}>", 1, 1),
])
def test_points_at_the_first_link(body: str, line: int, column: int) -> None:
    (hit,) = run_rule(RULE, body).hits
    assert (hit.line, hit.column) == (BODY_LINE + line, column)


def test_link_text_is_not_the_writers_own_words() -> None:
    (hit,) = run_rule(RULE, f"Read: [Why net-60 terms hurt freelancers]({URL})").hits
    assert "only 1 word of your own" in hit.message


def test_min_words_is_configurable() -> None:
    body = f"New post: How to chase a late invoice {URL}"  # 8 words of prose
    assert fires(RULE, body)
    assert not fires(RULE, body, **{"min-words": 8})
    assert fires(RULE, body, **{"min-words": 9})
    long_enough = f"I rewrote the late-invoice guide because the old one was too polite by half {URL}"
    assert not fires(RULE, long_enough)
    assert fires(RULE, long_enough, **{"min-words": 20})
