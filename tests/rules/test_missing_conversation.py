"""missing-conversation: posts that ask the reader nothing are errors; closed or rhetorical questions warn."""

from __future__ import annotations

from pathlib import Path

import pytest

from linter.config import ConfigError, check_rule_options, load_config
from linter.engine import lint_post
from linter.post import parse_post

from conftest import post_text, run_cli, run_rule

RULE = "missing-conversation"
BODY_LINE = post_text("body").splitlines().index("body") + 1
"""The file line of a post body's first line, past the front matter."""

BROADCASTS = {
    "release notes": """
        Larkspur Ledger 3.2 is out. Invoices now support multiple currencies, and the VAT report
        groups reverse-charge sales separately. Update from the app menu.
    """,
    "link-only share": """
        New on the blog: five ways to get paid faster. https://larkspur.example/blog/paid-faster
    """,
    "tip with no ask": """
        Tip: set aside 30% of every payment the day it arrives. Open a separate savings account, add a
        standing order, and stop thinking about it. April will feel very different.
    """,
    "event recap": """
        Last Thursday forty freelancers joined us in Utrecht for our first bookkeeping clinic.
        Lena walked through quarterly VAT, and Sam showed how to photograph receipts properly.
        The slides are on our website.
    """,
    "hiring post": """
        We're hiring a backend developer in Utrecht. You'll work on bank feeds and the invoicing engine.
        Apply via the careers page before 15 January.
    """,
    "outage notice": """
        Bank sync was down between 09:10 and 10:40 this morning. Everything is working again and no data was
        lost. Transactions from that window will appear within the hour.
    """,
    "newsletter with a call to buy": """
        # December at Larkspur

        Our year-end sale starts Monday: 30% off annual plans. The offer ends on 31 December.
        Upgrade in two clicks from your account page.
    """,
    "amplification ask only": """
        Most freelancers undercharge in their first year. Raise your rate for new clients first.
        Share this post with a freelancer who needs to hear it!
    """,
    "tag-a-friend ask only": """
        Doing your books on a Sunday night is a rite of passage. Tag someone who still keeps receipts in a shoebox.
    """,
    "instagram caption": """
        Friday office vibes: plants, coffee and a very full whiteboard of invoice ideas. ☕🌿
        #freelancelife #bookkeeping
    """,
    "mastodon toot": """
        Reminder: the Dutch VAT deadline for Q4 is 31 January. File early and skip the queue.
    """,
    "personal story": """
        My first client paid me 93 days late. I had no contract, no deposit and no idea what to do.
        Now every project starts with a 30% deposit, and I sleep a lot better.
    """,
    "question to ourselves only": """
        I asked myself: why am I still reconciling by hand? So I wrote a script that matches payments to invoices.
        It saves me two hours a month.
    """,
    "question to a colleague only": """
        Sam rebuilt our CSV importer this week and it is twice as fast. @sam, how did you get the tests to run
        in under a minute? Impressive work.
    """,
    "questions only in quotes and code": """
        A client once wrote "can you send the invoice again?" four times in one week.

        > What is the point of an invoice nobody can find?

        ```python
        rate = input("What is your day rate? ")
        ```

        Since then every invoice goes to a shared inbox, not to a person.
    """,
    "link in the comments is a pointer": """
        We're hiring a support engineer in Utrecht, four days a week, remote-friendly. Link in the comments.
    """,
    "sales call through the DMs": """
        Only three spots left in my spring bookkeeping clinic! I've helped forty freelancers file on time this year.
        DM me "READY" to grab your spot, or link in bio.
    """,
    "share-your-screen instruction is not an ask": """
        Our support team can fix most import problems in a short call. Don't tell us the steps, just book a slot.
    """,
}

CONVERSATIONS = {
    "open question at the end": """
        Late payments hurt small studios most. A friendly reminder at day 7 works better than a stern one at day 30.
        How do you chase a client who has gone quiet?
    """,
    "what do you think": """
        We are thinking about dropping the PDF attachment from invoice e-mails and sending a link instead.
        What do you think?
    """,
    "thoughts": """
        Hot take: monthly retainers are better for freelancers than hourly billing. Thoughts?
    """,
    "explicit reply ask": """
        We're collecting real late-payment e-mails for a guide. Reply with the one that worked best for you.
    """,
    "share your": """
        Every freelancer has an invoicing horror story. Share yours in the comments and we'll pick five for the
        next newsletter.
    """,
    "let me know": """
        I wrote a small script that turns bank CSVs into categorised expenses. If you want a copy, let me know.
    """,
    "newsletter hit reply": """
        That's it for this month. Hit reply and tell me which topic you want next: taxes, pricing or contracts.
    """,
    "polite request that is really open": """
        Some of you told us you've automated your quarterly VAT return. Can you tell us how you set it up?
    """,
    "choice with a why": """
        Settling an old debate in the office: do you send invoices weekly or monthly, and why?
    """,
    "anything else": """
        Our 2027 roadmap is on the blog: bank rules, multi-currency VAT and a faster importer.
        Is there anything else you'd like us to build?
    """,
    "reply here": """
        Warm Rooms opens again on 1 November: 63 libraries and halls across Kent, weekdays 10am–4pm.
        Run a hall yourself? Reply here with your town and we'll send you the host pack.
    """,
    "polite request after a false start": """
        Three of you moved to quarterly VAT this year. Did you -- can you tell us how the first return went?
    """,
    "rhetorical first, real question last": """
        Why does cash flow matter so much? Because rent doesn't wait for your clients.
        What is the one habit that keeps your cash flow steady?
    """,
    "wish to hear": """
        Our next feature is recurring invoices. We'd love to hear how you bill your retainer clients today.
    """,
    "any tips": """
        Starting my first year as a freelance illustrator in January. Any tips for keeping the books sane?
    """,
    "question in a list": """
        Three questions for our community this week:

        - Which expense category confuses you most?
        - Do you use a separate business account?
    """,
    "if clause before the question": """
        Automation saves time, but not everywhere. If you could automate one part of your bookkeeping, what would
        it be?
    """,
    "one-line toot": """
        What's the worst excuse a client ever gave you for paying late?
    """,
    "typed question without its question mark": """
        Switched our whole studio to weekly invoicing in March and cash flow finally looks sane.
        How do you time your invoices
    """,
    "indirect question": """
        Our retainer clients pay on the first, everyone else on delivery. I'm curious how you split it.
    """,
    "dm ask": """
        Building a template pack for freelance translators. DM me your trickiest invoice layout.
    """,
}

WARNINGS = {
    "closed question only": ("""
        Larkspur can now send automatic reminders three days after an invoice is due.
        Do you use reminders?
    """, "Do you use reminders?", "closed"),
    "choice question only": ("""
        Settling an old debate in the office. Invoices: weekly or monthly?
    """, "Invoices: weekly or monthly?", "choice between answers"),
    "rating question only": ("""
        Tax season starts in six weeks. On a scale of 1 to 10, how ready is your receipts folder?
    """, "On a scale of 1 to 10, how ready is your receipts folder?", "choice between answers"),
    "closed question, then a pointer to a link": ("""
        We're hiring two support engineers. Know someone who'd be a great fit? Tag them below 👇 Link in the comments.
    """, "Know someone who'd be a great fit?", "closed"),
    "tag question only": ("""
        Chasing payments is the worst part of freelancing, right?
    """, "Chasing payments is the worst part of freelancing, right?", "closed"),
    "rhetorical question only": ("""
        Why do clients pay late? Because the invoice lands in the wrong inbox.
        Send it to accounts@ and copy your contact.
    """, "Why do clients pay late?", "rhetorical"),
    "setup question answered next line": ("""
        We switched every client to a 30% deposit last year.
        The result? Not a single unpaid project.
    """, "The result?", "rhetorical"),
    "sound familiar answered": ("""
        You finish the project, send the invoice and then… silence. Sound familiar? It did to us.
    """, "Sound familiar?", "rhetorical"),
    "choice the post weighs itself": ("""
        Light roast or dark roast? Both have their fans, and it comes down to taste in the end.
        Is your team on light?
    """, "Is your team on light?", "closed"),
    "question heading answered by its section": ("""
        ## Why do freelancers undercharge?

        Mostly because nobody publishes their rates. Ours are on the pricing page.
    """, "Why do freelancers undercharge?", "rhetorical"),
}


@pytest.mark.parametrize("name", BROADCASTS)
def test_a_post_that_asks_nothing_is_an_error(name: str) -> None:
    outcome = run_rule(RULE, BROADCASTS[name])
    assert len(outcome.hits) == 1
    hit = outcome.hits[0]
    assert hit.severity is None, "an error: the rule's configured severity"
    assert "nothing invites a reply" in hit.message
    assert "How do you handle X?" in (hit.suggestion or "")
    assert outcome.metrics["invites_conversation"] == 0


@pytest.mark.parametrize("name", CONVERSATIONS)
def test_a_post_that_invites_a_reply_passes(name: str) -> None:
    outcome = run_rule(RULE, CONVERSATIONS[name])
    assert outcome.hits == []
    assert outcome.metrics["invites_conversation"] == 1


@pytest.mark.parametrize("name", WARNINGS)
def test_only_closed_or_rhetorical_questions_warn_at_the_question(name: str) -> None:
    body, question, kind = WARNINGS[name]
    outcome = run_rule(RULE, body)
    [hit] = outcome.hits
    assert hit.severity == "warning"
    assert kind in hit.message and question in hit.message
    assert '"Do you use X?" → "How do you handle X?"' in (hit.suggestion or "")
    text = post_text(body).splitlines()
    assert text[hit.line - 1][hit.column - 1:].startswith(question)
    assert outcome.metrics["invites_conversation"] == 0


def test_the_error_points_at_the_last_sentence() -> None:
    body = """
    Larkspur Ledger 3.2 is out.

    Invoices now support multiple currencies.
      Update from the app menu.
    """
    [hit] = run_rule(RULE, body).hits
    assert (hit.line, hit.column) == (BODY_LINE + 3, 3)


def test_an_empty_post_is_an_error_at_its_first_body_line() -> None:
    [hit] = run_rule(RULE, "```\nprint('only code')\n```\n").hits
    assert (hit.line, hit.column) == (BODY_LINE, 1)
    assert "no prose" in hit.message


def test_a_heading_question_ending_the_post_is_an_open_question() -> None:
    assert run_rule(RULE, "We redesigned the invoice editor.\n\n## What should we fix next?\n").hits == []


def test_metrics_count_each_kind() -> None:
    body = """
    Why do freelancers undercharge? Because nobody tells them what others charge.
    Do you charge by the hour? Hourly or fixed? How did you set your first rate?
    Reply with your city, and share your rate if you like.
    """
    assert run_rule(RULE, body).metrics == {
        "open_questions": 1,
        "choice_questions": 1,
        "closed_questions": 1,
        "rhetorical_questions": 1,
        "invitations": 2,
        "invites_conversation": 1,
        "invites_reply": 1,
    }


def test_a_choice_alone_invites_a_reply_but_not_a_conversation() -> None:
    """The calendar counts a poll as listening, and missing-responder wants someone to read its answers."""
    metrics = run_rule(RULE, "New reminder screen, and one decision left: blue or green buttons?").metrics
    assert (metrics["invites_conversation"], metrics["invites_reply"]) == (0, 1)


def test_short_posts_get_no_leniency() -> None:
    assert run_rule(RULE, "New blog post: getting paid faster.").hits
    assert not run_rule(RULE, "Getting paid faster: what works for you?").hits


def test_closed_question_severity_option() -> None:
    [hit] = run_rule(RULE, "Auto-reminders are live. Do you use them?", **{"closed-question-severity": "error"}).hits
    assert hit.severity == "error"


def test_channels_option_limits_where_the_rule_fires() -> None:
    body = "Larkspur Ledger 3.2 is out. Update from the app menu."
    assert run_rule(RULE, body, channels=["linkedin", "mastodon"]).hits, "the test post is on linkedin"
    outcome = run_rule(RULE, body, channels=["blog"])
    assert outcome.hits == []
    assert outcome.metrics["invites_conversation"] == 0, "metrics still feed the calendar on every channel"


def test_extra_invitations_option() -> None:
    body = "Office hours are every Friday at 15:00. Bring your questions and your receipts."
    assert run_rule(RULE, body).hits
    assert not run_rule(RULE, body, **{"extra-invitations": ["bring your questions", "  "]}).hits


def test_bad_closed_question_severity_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="closed-question-severity"):
        check_rule_options(RULE, {"closed-question-severity": "info"}, "pyproject.toml")


def test_through_the_engine_the_warning_keeps_its_own_severity(tmp_path: Path) -> None:
    config = load_config(cwd=tmp_path)
    post = parse_post("content/reminders.md", post_text("Auto-reminders are live. Do you use them?\n"))
    [finding] = [f for f in lint_post(post, config).findings if f.rule == RULE]
    assert (finding.severity, finding.line, finding.column) == ("warning", BODY_LINE, 26)


def test_cli_reports_file_and_line(write_post, tmp_path: Path) -> None:
    path = write_post("content/release.md", "Larkspur Ledger 3.2 is out.\nUpdate from the app menu.\n")
    result = run_cli(path, "--select", RULE, cwd=tmp_path)
    assert result.returncode == 1
    assert f"release.md:{BODY_LINE + 1}:1" in result.stdout
    assert RULE in result.stdout
