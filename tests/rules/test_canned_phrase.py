"""canned-phrase: stock social-media formulas are flagged one by one; quotes, code and look-alikes are not."""

from __future__ import annotations

import pytest

from conftest import fires, post_text, run_rule

RULE = "canned-phrase"
BODY_LINE = post_text("body").splitlines().index("body") + 1
"""The file line of a post body's first line, past the front matter."""

CANNED = {
    "work anniversary": (
        "Congrats on your work anniversary! Five years of keeping our books straight, Pieter.",
        "Congrats on your work anniversary",
    ),
    "reply-guy reaction": (
        "Great post! Invoicing on the day the work ends changed my cash flow too.",
        "Great post",
    ),
    "product push": (
        """Check out our latest guide to Dutch VAT for freelancers. It covers the small business scheme,
        quarterly returns and what to do when you invoice abroad.""",
        "Check out our latest",
    ),
    "fear of missing out": (
        "Freelance Fest tickets go on sale Friday at 10:00. Don't miss out!",
        "Don't miss out",
    ),
    "email opener on LinkedIn": (
        """I hope this finds you well. This quarter we looked at how 300 freelancers chase late invoices,
        and the second reminder turns out to matter most.""",
        "I hope this finds you well",
    ),
    "weekday greeting": (
        "Happy Monday! Your quarterly VAT return is due at the end of the month, so block an hour today.",
        "Happy Monday",
    ),
    "instagram handoff": (
        "Five invoice mistakes we see every week, and how to fix each one. Link in bio.",
        "Link in bio",
    ),
    "teaser": (
        "Multi-currency invoices are coming to Larkspur Ledger in January. Stay tuned for more.",
        "Stay tuned",
    ),
    "press-release opener": (
        "We're excited to share our guide to pricing rush work. It starts from your day rate, not a gut feeling.",
        "We're excited to share",
    ),
    "fast-paced world": (
        "In today's fast-paced world, freelancers need to get paid on time. A clear payment term helps.",
        "In today's fast-paced world",
    ),
    "without further ado": (
        "We asked 40 accountants for their best receipt tip. Without further ado, here are the top five.",
        "Without further ado",
    ),
    "hey there": (
        "Hey there! Did you know you can export every invoice of the year as one CSV?",
        "Hey there",
    ),
    "bare prompt": (
        "Net-60 payment terms are a loan to your client, at zero interest. Thoughts?",
        "Thoughts?",
    ),
    "like and share": (
        "Three ways to word a payment reminder without sounding desperate. Like and share if this helped!",
        "Like and share",
    ),
    "read more": (
        "Why we stopped sending PDF invoices by email. Read more: on the blog, link in the comments.",
        "Read more:",
    ),
    "announcement formula, subject and all": (
        "We're so thrilled to announce that Larkspur Ledger now reads Bunq statements. Import one from Settings.",
        "We're so thrilled to announce",
    ),
    "humble announcement": (
        "Humbled and honoured to share that our export made the Freelance Weekly toolkit list.",
        "Humbled and honoured to",
    ),
    "big news": (
        "Big news! Multi-currency invoices are live for every plan.",
        "Big news",
    ),
    "themed weekday greeting": (
        "Happy Feel-Good Friday! Send the invoice you have been putting off, then close the laptop.",
        "Happy Feel-Good Friday",
    ),
    "link in our bio": (
        "Our guide to your first VAT return is out, and it is free. Link in our bio.",
        "Link in our bio",
    ),
    "read more at": (
        "The tax office changed the mileage rate for 2027. Read more at the link below.",
        "Read more at",
    ),
    "read more, then only a link": (
        "Invoices now show the VAT number of both sides. Read more https://larkspur.example/blog/vat\n\nOne change.",
        "Read more",
    ),
    "plug": (
        "Check out Anna Visser's talk on pricing rush work from Freelance Fest.",
        "Check out",
    ),
    "sign-off": (
        "Five years, 14 people, one ledger. Onwards and upwards!",
        "Onwards and upwards",
    ),
    "hashtag of a feeling": (
        "Our first customer meetup sold out in a day. #grateful",
        "#grateful",
    ),
    "reshare reaction": (
        "Great thread on how to word a second reminder. Must read for anyone who invoices.",
        "Great thread",
    ),
    "covered": (
        "VAT return due and no idea where your receipts are? We've got you covered with the new receipt inbox.",
        "We've got you covered",
    ),
    # Families: writers fill the slot (the day, the audience, the emoji); the formula stays.
    "greeting for a holiday": (
        "Happy Pancake Day! 🥞 Flour and eggs are a business cost only if you run a café, so keep those receipts "
        "apart from the family shop.",
        "Happy Pancake Day",
    ),
    "greeting for a match day": (
        "Happy Matchday, Rovers! Kick-off is at 3pm. If you printed the programme, send the club your invoice "
        "before the whistle.",
        "Happy Matchday",
    ),
    "greeting for a hashtag day": (
        "Happy #WorldKindnessDay from all of us at Larkspur 💛 Support answers every email within a working day, "
        "today included.",
        "Happy #WorldKindnessDay",
    ),
    "feeling tagged in words": (
        "Closed our seed round in nine days. Humbled and grateful 🙏",
        "Humbled and grateful",
    ),
    "greeting after a hello": (
        "Morning all, happy Friday! ☕ The bank sync for ING is back, and last night's statements are in.",
        "happy Friday",
    ),
    "seasonal wish": (
        "Wishing you all a merry Christmas from the Larkspur team. Support is closed from 24 to 27 December; "
        "scheduled invoices still go out.",
        "Wishing you all a merry Christmas",
    ),
    "recap opener": (
        "What a week! Three releases, one bank outage and 212 support emails answered before Friday lunch.",
        "What a week",
    ),
    "label in front of an opinion": (
        "Unpopular opinion: invoices should be boring. Same layout, same due date, same reference, every month.",
        "Unpopular opinion",
    ),
    "hiring headline": (
        "We're hiring! 🚀 A support engineer who knows Dutch VAT, four days a week, Utrecht or remote.",
        "We're hiring",
    ),
    "novelty plug": (
        "Check out our brand-new receipt inbox. Forward a receipt to your Larkspur address and it lands on the "
        "right expense.",
        "Check out our brand-new",
    ),
    "pointer instead of a reason": (
        "Freelance Fest was two days of late-payment horror stories and good fixes. Check out the highlights "
        "reel below 👇",
        "Check out the highlights reel below",
    ),
    "our own thing named and exclaimed": (
        "Check out our 2026 Impact Report! 📊 This year the food bank handed out 1.2 million kilograms of food.",
        "Check out our 2026 Impact Report",
    ),
    "read more about, then here and a link": (
        "Our CFO Marta Ruiz joined the board of the Freelancers' Union this week. Read more about her work "
        "here: https://larkspur.example/news/marta",
        "Read more",
    ),
    "read more in, then here and a link": (
        "Revenue from the Pro plan grew 14% this quarter. Read more in our third-quarter letter here: "
        "https://larkspur.example/q3",
        "Read more",
    ),
    "greeting for a national holiday": (
        "Happy 4th of July! Support answers again tomorrow at 9am Eastern; scheduled invoices still go out today.",
        "Happy 4th of July",
    ),
    "tag someone who": (
        "Invoiced on the day the work ended, paid in nine days. Tag a freelancer who'd love that!",
        "Tag a freelancer who'd",
    ),
    "tag them below": (
        "We need a bookkeeper for Saturdays in Utrecht. Know someone who'd be great? Tag them below 👇",
        "Tag them below",
    ),
    "drop an emoji": (
        "Send the invoice the day the work ends, not at the end of the month. Drop a 🔥 if you already do.",
        "Drop a 🔥",
    ),
    "like and subscribe": (
        "A new video every Tuesday: one bookkeeping habit, five minutes, no jargon. Like and subscribe so you "
        "never miss one!",
        "Like and subscribe",
    ),
    "thank-you to everyone": (
        "Ten years of Larkspur Ledger today. Thank you for being part of our journey.",
        "Thank you for being part of our journey",
    ),
    "couldn't do it without you": (
        "The quiz night raised 4,200 euros for the food bank, and we couldn't do it without you.",
        "couldn't do it without you",
    ),
    "testimonial formula": (
        "Don't just take our word for it: 212 freelancers rated the receipt inbox 4.8 out of 5 this spring.",
        "Don't just take our word for it",
    ),
    "january slogan": (
        "New year, new you? Start with last year's receipts: the tax return is due on 31 January.",
        "New year, new you",
    ),
    "bare prompt, relatable": (
        "You send the invoice, the client goes quiet, and you spend Friday refreshing your bank app. Can you relate?",
        "Can you relate?",
    ),
    "career update formula": (
        "I'm happy to share that I'm starting a new position as Head of Support at Larkspur!",
        "I'm happy to share that",
    ),
}

NOT_CANNED = {
    "quoted email": """
        A client once opened a payment dispute with "I hope this finds you well" and then asked for 30% off.
        How do you answer an email like that?
    """,
    "canned phrases in a code block": """
        Our reminder template engine escapes everything, even this:

        ```
        subject: Don't miss out! Great post! Link in bio
        ```

        Send yourself a test reminder before you switch it on for clients.
    """,
    "block quote of a comment": """
        > Great post! Thoughts?

        That was the only comment on our pricing post. What would have made you write more than two words?
    """,
    "deadline, not FOMO": """
        Don't miss the deadline for Q4 VAT: the return is due on 31 January. Block an hour this week and
        reconcile your receipts first.
    """,
    "a question about thoughts": """
        Some freelancers charge a rush fee of 50%, others refuse rush work. What are your thoughts on rush fees
        for repeat clients?
    """,
    "a great post, discussed": """
        What makes a great post on LinkedIn for a bookkeeper? I think it is one real number from your own work.
    """,
    "thanking a named reader for specifics": """
        Thanks for sharing your numbers, Anna: a 12-day average payment time after switching to weekly invoices
        is the best result anyone sent us.
    """,
    "read more about, with a source": """
        The small business scheme ends at 20,000 euros of turnover. Read more about the rules in the tax
        office's own guide before you opt in.
    """,
    "stayed late, tuned": """
        We stayed late on Thursday to tune the export, and it now takes two seconds instead of twenty.
    """,
    "congratulating a customer with detail": """
        Congratulations to Sara, who sent her first invoice from her phone between two client calls and was
        paid the same afternoon.
    """,
    "checking an invoice": """
        Before you send an invoice, check out the client's legal name in the chamber of commerce register.
        A wrong name is the most common reason for a rejected invoice.
    """,
    "sharing, not like-and-share": """
        I'd like to share what went wrong with our bank sync on Monday, and what we changed so it doesn't
        happen again.
    """,
    "happy to help, not an announcement": """
        Leaving Larkspur for another tool? We're happy to help you move your data: Settings, Export, Everything.
    """,
    "checking out at the library": """
        You can check out five packets of seeds with your library card, and bring back seeds from your harvest.
    """,
    "a pointer with a reason": """
        For the API limits, check out our rate-limit docs: each key gets 600 requests a minute.
    """,
    "don't wait for symptoms": """
        If your dog eats chocolate, call a vet straight away; don't wait for symptoms.
    """,
    "an invitation to comment": """
        Which reminder got you paid fastest? Let us know in the comments and we'll share the best three.
    """,
    "a hashtag that names a topic": """
        Three receipts you can throw away after five years, and two you must keep for seven. #bookkeeping #zzp
    """,
    "register now, as advice": """
        If the client uses an invoice portal, register now, while your contact is still keen to help.
    """,
    "empty body": "",
    # Look-alikes of the families, and formulas talked about rather than used.
    "a greeting talked about": """
        For two years I opened every client's Monday post by wishing people a happy Monday. It got the fewest
        comments of the week, so now I post the week's one free slot instead.
    """,
    "happy customers": """
        Happy customers pay faster: clients who got a two-line thank-you with the invoice paid four days sooner.
    """,
    "a birthday": """
        Happy birthday, Sam! Ten years ago you sent the first invoice anyone made with Larkspur, to a bakery in Delft.
    """,
    "a newsletter's salutation": """
        Hi there,

        This month we fixed the bank sync for ING accounts and made the VAT report open twice as fast.
    """,
    "a recap heading that is a question of money": """
        ## What a day rate should cover

        Tax, pension, holidays and the weeks without work. Divide a year's costs by 120 billable days, not 220.
    """,
    "a hot take, criticised": """
        That's a hot take on pricing, and I disagree with it: rush fees work when you name them before the work starts.
    """,
    "a hiring post that says who": """
        We're hiring a part-time bookkeeper for Saturdays in Utrecht: 24 euros an hour, and you choose the software.
    """,
    "tagging in the app": """
        In Larkspur, tag the colleague who approves invoices, and they get an email the moment one is waiting.
        Tag every receipt below 10 euros as petty cash.
    """,
    "a comment that says what to write": """
        Drop a comment with the reminder wording you use, and we'll rewrite the three most common ones next week.
    """,
    "thanking someone by name": """
        We couldn't have done it without Priya, who rebuilt the bank importer over one weekend when ING changed its
        export format.
    """,
    "read more about, with the source named": """
        The mileage rate goes up to 23 cents in 2027. Read more about the new rate in the tax office's guide:
        https://www.belastingdienst.example/mileage
    """,
    "learn more, pointing at nothing": """
        We started in 2019 with one lost receipt and a spreadsheet. Learn more about how we got here.
    """,
    "boilerplate, not a formula": """
        Our autumn workshops have something for everyone: VAT basics on Monday, pricing on Wednesday, pensions on
        Friday.
    """,
}


@pytest.mark.parametrize(("body", "phrase"), CANNED.values(), ids=CANNED.keys())
def test_canned_phrases_fire_at_the_phrase(body: str, phrase: str) -> None:
    outcome = run_rule(RULE, body)
    assert [phrase.lower() in h.message.lower() for h in outcome.hits].count(True) == 1, outcome.hits
    hit = next(h for h in outcome.hits if phrase.lower() in h.message.lower())
    text_lines = post_text(body).splitlines()
    assert text_lines[hit.line - 1][hit.column - 1:].lower().startswith(phrase.lower())
    assert hit.suggestion
    assert outcome.metrics["canned_phrases"] >= 1


@pytest.mark.parametrize("body", NOT_CANNED.values(), ids=NOT_CANNED.keys())
def test_human_posts_do_not_fire(body: str) -> None:
    outcome = run_rule(RULE, body)
    assert not outcome.hits, outcome.hits
    assert outcome.metrics["canned_phrases"] == 0


def test_location_on_a_later_line() -> None:
    body = """
        Quarterly VAT is due on 31 January.
        Reconcile your receipts first, it takes an hour.
        Stay tuned for our checklist!
    """
    (hit,) = run_rule(RULE, body).hits
    assert (hit.line, hit.column) == (BODY_LINE + 2, 1)
    assert hit.message.startswith('stock filler "Stay tuned"')


def test_one_finding_per_phrase_but_every_use_counted() -> None:
    body = """
        Don't miss out: the receipt inbox opens next week. Don’t miss out on the bank sync either.
        Happy Friday!
    """
    outcome = run_rule(RULE, body)
    assert [(h.line, h.column) for h in outcome.hits] == [(BODY_LINE, 1), (BODY_LINE + 1, 1)]
    assert outcome.hits[0].message.startswith('stock call to action "Don\'t miss out" (2 times)')
    assert outcome.metrics["canned_phrases"] == 3


def test_each_kind_has_its_own_fix() -> None:
    reaction, prompt = run_rule(RULE, "Great post, Jonas. Agree?").hits
    assert "what exactly you liked" in (reaction.suggestion or "")
    assert "question" in (prompt.suggestion or "")
    (thanks,) = run_rule(RULE, "Forty years on, thank you for being part of the Greenfields story.").hits
    assert thanks.message.startswith('stock thank-you "thank you for being part of the Greenfields story"')
    assert "by name" in (thanks.suggestion or "")


def test_bare_prompt_only_as_a_whole_sentence() -> None:
    assert fires(RULE, "We invoice on Fridays now.\n\nThoughts? 👇")
    assert not fires(RULE, "We invoice on Fridays now. Any thoughts on what day works best for your clients?")


def test_extra_phrases() -> None:
    body = "Drop everything: the new reminder templates are here, fam."
    assert not fires(RULE, body)
    (hit,) = run_rule(RULE, body, **{"extra-phrases": ["drop everything"]}).hits
    assert (hit.line, hit.column) == (BODY_LINE, 1)
    assert hit.message.startswith('stock phrase "Drop everything"')


def test_default_severity_is_a_warning() -> None:
    from linter.rules import all_rules

    assert all_rules()[RULE].defaults["severity"] == "warning"
