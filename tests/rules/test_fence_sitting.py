"""fence-sitting: hedges, weasel attributions and boilerplate by density, and posts with no stance at all."""

from __future__ import annotations

import csv

import pytest

from linter.lexicon import phrases
from linter.prose import Prose
from linter.rules import all_rules
from linter.rules.fence_sitting import fence_phrases

from conftest import ROOT, SHARED_DATA, post_text, run_cli, run_rule

RULE = "fence-sitting"
BODY_LINE = post_text("body").splitlines().index("body") + 1
"""The file line of a post body's first line, past the front matter."""

SHOULD_FIRE = {
    "bland recap that commits to nothing": """
        Our team spent the week at the Freelance Finance meetup in Leeds, talking to freelancers about invoicing,
        taxes and pricing over a lot of good coffee. On Saturday afternoon the three of us walked along the canal to
        the second venue, where the organisers had set up a long table of pastries. It was all about making a
        difference for the freelance community, and we look forward to seeing everyone again at the spring
        meetup in March.
    """,
    "wikipedia-style weasels and peacocks": """
        Some historians regard the Harbour Street ledger as one of the most important records of the port.
        It is widely considered the oldest, and many of the merchants who used it were reportedly renowned.
    """,
    "care-talk announcement": """
        At Larkspur, we care deeply about freelancers. Our passionate team is committed to providing world-class,
        best-in-class invoicing solutions that empower you to leverage your time. Customer-centric to the core!
    """,
    "hedged opinion on payment terms": """
        Net-60 payment terms might perhaps be somewhat risky for freelancers in some cases. It depends on the client,
        and to some extent on your cash flow. On the other hand, bigger clients may well insist on them.
    """,
    "experts agree, studies show": """
        Experts agree that freelancers should invoice weekly. Studies show that clients pay faster when they get
        smaller bills, and many accountants believe monthly invoicing is outdated. It is widely accepted that
        reminders work.
    """,
    "both sides on pricing": """
        Hourly or fixed price? There are pros and cons. Both sides have a point, and there's no right answer:
        every business is different, so it really depends on the project and, to a certain extent, on the client.
    """,
    "short hedged toot": """
        Maybe it's time to look at how you send invoices? Just a thought.
    """,
    "synergy roadmap": """
        Going forward, we'll leverage synergies across our ecosystem to deliver seamless, end-to-end solutions for
        all our stakeholders. Exciting times ahead!
    """,
    "weasel-laden tax post": """
        It is said that freelancers overpay tax every year. Many accountants believe quarterly payments are a
        trap, and home-office deductions are reportedly the most overlooked. Supposedly, receipts older than five
        years can go.
    """,
    "hedged advice": """
        You might want to consider possibly raising your rates next year, perhaps by a small amount. It seems to
        work for some people, more or less.
    """,
    "apology boilerplate": """
        Your satisfaction is our top priority. We value your feedback and we hear you. We're committed to
        excellence and we strive to exceed your expectations every day. Thank you for your patience.
    """,
    "thought leadership": """
        Thrilled to share some thought leadership on the future of freelance finance. At the end of the day, it's
        about best practices and a holistic approach that moves the needle for everyone.
    """,
    "brochure copy": """
        Larkspur Ledger is a robust, scalable bookkeeping platform with a holistic view of your finances, seamlessly
        integrated with your bank. Innovative solutions for modern freelancers.
    """,
    "on the other hand essay": """
        Some freelancers say you need a separate business account. Others think one account is fine. On the other
        hand, it's complicated, and your mileage may vary. Time will tell which approach wins.
    """,
    "greeting that says nothing": """
        Happy Friday, friends! ✨ The weekend is nearly here.
    """,
    "vibes": """
        Sunday vibes ☕
    """,
    "seasonal sign-off with the sender's name": """
        Season's greetings from everyone at Larkspur! 🎄 Wishing you and yours a restful break.
    """,
    "cliché opener": """
        In today's fast-paced world, staying on top of your invoices is more important than ever.
    """,
    "criticism and reasons pinned on nobody": """
        The new one-way system on Mill Street has been heavily criticised since it opened in March.
        There are many reasons to give it a few more months, and in certain streets the traffic has already eased.
    """,
    "praise pinned on unnamed reviewers": """
        Our sourdough has gone down well with many reviewers this year, and it has been argued that it is the
        best loaf in Cork. Come and judge for yourself on Saturday.
    """,
    "support reply that hedges instead of diagnosing": """
        Hi Sam, sorry about that! Slow imports can sometimes be caused by a number of factors, and the speed may
        depend on your bank. We're always working on it.
    """,
    "hedged incident update with no commitment": """
        The bank sync issue may possibly be related to yesterday's update. It seems to affect some accounts, perhaps
        the older ones, and it could be the bank's API as well.
    """,
    "care-talk sentence closing a concrete update": """
        Hi all, Marta here with the October numbers for Fernbrook Bookkeeping.

        We closed 61 year-end files for sole traders, up from 44 last October, and the average wait for a
        first call fell from nine days to four. Two new bookkeepers, Ade and Rosa, joined in September,
        and the VAT helpline now runs until 7 pm on Thursdays.

        The self-assessment deadline is 31 January. If you haven't sent us your bank statements yet, send
        them this week: files that arrive after 10 January go to the back of the queue, and last year that
        meant a wait of three weeks. A photo of each statement is fine; you don't need to print anything.

        Next month we move the Leeds office to Call Lane, so post sent to the old address will take an extra
        day or two to reach us. The phone number and the email address stay the same.

        The office kitchen finally has a dishwasher, and Rosa has started a Friday cake rota for the whole floor.
        Ade brought a lemon drizzle on his first day, which set the bar high for the rest of us, and the biscuit
        tin is empty by Wednesday most weeks.

        We remain committed to delivering exceptional value and innovative thinking to every client.
    """,
    "B&B post that prides itself on excellence": """
        Autumn at Rowan House: the stove is lit, the porridge comes with cream from the Dunmore farm, and the
        walking maps in the hall now cover the whole glen, with the three bridges the storm took out last winter
        marked in red. Book the back room if you want the view of the loch; ask for the garden room if you have a
        dog. At Rowan House we pride ourselves on a proper Highland welcome and are committed to excellence in
        everything we do.
    """,
    "care claimed as a priority on a short notice": """
        The card reader at our Elm Street branch was down from 9 to 11 this morning. Your satisfaction remains our
        top priority.
    """,
    "both sides handed back, really": """
        Tabs or spaces? Honestly, it really depends on the team.
    """,
    "long recap that stacks hedges and never says what the writer thinks": """
        The council's new bus timetable started on Monday, and the first week was busy. The number 14 now runs every
        twelve minutes instead of every fifteen, the last bus from the station leaves at 23:40, and the stop outside
        the library moved forty metres up the hill to make room for the new crossing. Drivers reported that the
        morning runs were full by the second stop, and the evening runs were half empty. The depot added two buses
        on Wednesday and Thursday to cover the school run, and the ticket machines at the station were replaced on
        Friday after two of them jammed. Passenger numbers for the week were 18,200, against 17,600 for the same
        week last year. The Saturday service to the market kept its old times, and the night bus to the hospital
        now stops at the new ward entrance on Cedar Road, which the nurses on the late shift had asked for since
        the ward opened in May. Whether the change works is perhaps, to some extent, a matter of where you live. The
        council will publish the figures for October in the first week of November, together with the results of
        the survey handed out on the buses, and the timetable will be reviewed again in the spring when the new
        estate at Hill Farm opens.
    """,
}

MUST_NOT_FIRE = {
    "plain meetup recap": """
        Our team spent the week at the Freelance Finance meetup in Leeds. There were talks about invoicing, taxes
        and pricing, and a lot of good coffee. Thanks to the organisers and to everyone who came by our table to
        say hello.
    """,
    "plain release note": """
        Version 2.4 of Larkspur Ledger is out. It adds multi-currency invoices, a dark theme and faster bank
        imports. The full changelog is on the website, next to the download links. Thanks to the fourteen
        contributors who sent patches this cycle.
    """,
    "a recap that points to somebody else's opinion": """
        > You should always invoice the day the work ends. Net-60 is a trap.

        That was Priya Raman closing the Freelance Finance meetup in Leeds yesterday. The slides and the
        recording are on the meetup page, and the next meetup is in March at the same venue near the station.
    """,
    "instructions after a leading clause": """
        Every freelancer has one drawer where receipts go to die. Whatever yours is, take a photo of each receipt
        the day you get it. If you have not switched on automatic bank imports, do it this week: it takes two
        minutes in Settings.
    """,
    "some invoices, as a plain quantity": """
        Last month some invoices went out twice because of a sync bug in version 2.3. Version 2.3.1 fixed it on
        Tuesday; check the Sent tab and void any duplicate, and we'll refund any late fee it caused.
    """,
    "I think X is wrong": """
        I think net-60 payment terms are wrong for freelancers. You do the work in March and see the money in
        June, and meanwhile your rent is due. Ask for fourteen days. A client worth keeping will say yes.
    """,
    "some say, then disagree": """
        Some say invoices should go out monthly. They're wrong: send them the day the work ends. A monthly
        invoice bundles four weeks of work into one large number, and large numbers go to the bottom of the
        approval pile. Small invoices sent the same day get paid. We moved our own contractors to same-day
        invoices last spring and our average wait fell from 38 days to 12.
    """,
    "conditional might": """
        If your invoices are late, clients might forget to pay. That is not malice, it is a full inbox. Send the
        invoice the day the work ends, set a reminder for day ten, and call on day fifteen. You'll be surprised how
        often a friendly call settles it.
    """,
    "may as permission": """
        You may export every invoice as CSV or PDF from the Reports tab, and you may delete your account at any
        time: your data is yours. We never lock it in, and we think no bookkeeping tool should.
    """,
    "honest uncertainty scoped by evidence": """
        Bank sync was down for about two hours this morning. We don't know yet why the sync failed; it may be the
        bank's new API, it may be ours. We'll post the cause by Friday. No data was lost, and every import since
        10:40 is complete.
    """,
    "hedges inside a block quote": """
        A reader wrote in last week:

        > Maybe I should perhaps invoice weekly? It depends, I guess. Some say monthly is more professional.

        Invoice weekly. A small invoice gets approved in a day; a big one waits for the monthly finance meeting.
        Your clients won't find you less professional, they'll find you easier to pay.
    """,
    "hedges inside code": """
        Here is the reminder schedule we recommend, straight from our config:

        ```yaml
        # maybe perhaps possibly: leverage synergy, it depends
        reminders: [10, 15, 30]
        ```

        Keep it that short. Three reminders are enough; a fourth only annoys the people who were going to pay.
    """,
    "in my view": """
        In my view, the best bookkeeping habit is boring: fifteen minutes every Friday, receipts in, invoices out.
        Freelancers who do that never face a shoebox of paper in April.
    """,
    "we recommend": """
        We recommend a separate bank account for your freelance income, even if you are just starting out. It
        takes ten minutes to open and it turns your tax return from a weekend into an hour.
    """,
    "don't do X": """
        Don't send invoices as Word documents. Clients can edit them, your numbers can change, and finance teams
        reject anything that is not a PDF. Export a PDF, number it, and keep a copy.
    """,
    "short tweet": """
        Office closed Monday. Back Tuesday with fresh coffee.
    """,
    "short notice with a date": """
        The shop is closed on Monday 12 May for a staff day.
    """,
    "greeting on a notice": """
        Happy Monday! Our support line is closed today for training; replies to email resume tomorrow morning.
    """,
    "greeting with a detail and no name": """
        Happy Friday! Our café now serves oat milk at no extra cost, and the scones come out of the oven at eleven.
    """,
    "greeting with an open question": """
        Happy Friday, everyone! What are you reading this weekend?
    """,
    "greeting that points to a link": """
        Happy Friday! The playlist our support team works to is here: https://example.com/friday-playlist
    """,
    "short story with no greeting and no number": """
        Our café now serves oat milk at no extra cost.
    """,
    "listening post made of questions": """
        We're planning next year's roadmap and we want your input. What is the one bookkeeping task that eats your
        Friday afternoons? Which reminder got a late client to pay? What would you cut from Larkspur Ledger?
    """,
    "May the month": """
        In May we moved our servers to a data centre in Frankfurt, and on May 3 every backup was verified twice.
        Hosting your books in the EU is the right call for a European bookkeeping tool, and it is why we did it.
    """,
    "hedge words only in a URL": """
        Late invoices are a cash-flow problem, not a politeness problem. Our guide
        https://example.com/maybe-perhaps-it-depends-synergy explains why a reminder on day ten beats a polite
        email on day forty.
    """,
    "one perhaps in a long opinionated post": """
        Stop chasing late payments by email. Email is where invoices go to die: it gets filed, flagged and
        forgotten. Perhaps that sounds harsh, but after six years of freelancing I have never had an email reminder
        work as well as a two-minute phone call. Call on day fifteen, be friendly, ask when the payment will go out,
        and write the date down. Most clients pay within the week.
    """,
    "hedges in quoted speech": """
        A client once told me "we might pay, perhaps next month, it depends on the budget". I sent a reminder
        the next morning and a late fee a week later. Put your payment terms in writing before you start.
    """,
    "thanks, a count of users and some flour": """
        Many thanks to everyone who came to the open day! We emailed many users about Tuesday's outage, and the
        fix is live. Some flour on the counter is normal: we bake every morning.
    """,
    "imperative tips": """
        Raise your rates every January. Tell clients in November, give them the new number, and thank them for
        the year. Nobody has ever left us over a five percent increase, and the ones who grumble pay anyway.
    """,
    "a recall with a precise warning": """
        Product recall: Hollin Bakery seeded rye (800g), best before 3 March and 4 March.

        Some loaves may contain walnut, which is not listed on the label. If you have a nut allergy, do not eat
        this bread. No other Hollin loaves or dates are affected, and every shop has been told.

        Bring it back to any Hollin shop for a full refund; you don't need a receipt. We're sorry we got this wrong.
    """,
    "thanks for being part of our journey": """
        Ten years ago today we opened the shop on Kirk Street with two ovens and a borrowed van. Thank you for being
        part of our journey.
    """,
    "kind of in shock": """
        Still kind of in shock: my pottery zine made the Kettle Prize shortlist. Thanks to everyone who bought a copy
        at the fair.
    """,
    "names with boilerplate words in them": """
        Congratulations to Ms Okafor, who received the Award for Excellence in Teaching from the Brightwave
        Solutions Foundation on Friday. Her year 9 class built the weather station on the roof.
    """,
    "how many people a repair café reached": """
        We never dreamed the Saturday repair café would reach this many people: 212 bikes fixed since March.
    """,
    "an explainer with a hyphenated term": """
        Our new model is a mixture-of-experts network: a router sends each token to two of sixteen small
        feed-forward blocks, so a forward pass costs about a quarter of a dense model's. Training took nine days
        on 64 GPUs. The code and checkpoints go up on Monday.
    """,
    "hedged setup that the post answers": """
        Some say invoices should go out monthly, others say weekly. Both are wrong: send the invoice the day the
        work ends. A monthly invoice bundles four weeks of work into one large number, and large numbers wait for
        the finance meeting at the end of the month. A small invoice sent the same day gets approved by whoever
        opens the email, often before lunch. We moved our own contractors to same-day invoices last spring, and
        the average wait fell from 38 days to 12; two clients who had paid late for years now pay within the week.
        Put your payment terms on the invoice itself, in the first line.
    """,
}


@pytest.mark.parametrize("body", SHOULD_FIRE.values(), ids=SHOULD_FIRE.keys())
def test_fence_sitting_posts_fire(body: str) -> None:
    assert run_rule(RULE, body).hits


@pytest.mark.parametrize("body", MUST_NOT_FIRE.values(), ids=MUST_NOT_FIRE.keys())
def test_posts_that_take_a_stance_do_not_fire(body: str) -> None:
    outcome = run_rule(RULE, body)
    assert not outcome.hits, [hit.message for hit in outcome.hits]


@pytest.mark.parametrize(
    ("body", "phrase_count"),
    [
        (MUST_NOT_FIRE["I think X is wrong"], 0),
        (MUST_NOT_FIRE["some say, then disagree"], 1),
        (MUST_NOT_FIRE["conditional might"], 0),
        (MUST_NOT_FIRE["may as permission"], 0),
        (MUST_NOT_FIRE["honest uncertainty scoped by evidence"], 0),
        (MUST_NOT_FIRE["hedges inside a block quote"], 0),
        (MUST_NOT_FIRE["hedges inside code"], 0),
        (MUST_NOT_FIRE["hedges in quoted speech"], 0),
        (MUST_NOT_FIRE["hedge words only in a URL"], 0),
        (MUST_NOT_FIRE["May the month"], 0),
        (SHOULD_FIRE["hedged opinion on payment terms"], 8),
        ("If a client ignores the first reminder, the invoice might sit unpaid for months.", 0),
        ("Clients might pay faster with a shorter deadline.", 1),
        ("Experts agree the VAT rules change in July; we don't know yet how they treat small invoices.", 1),
        ("Leverage your network and stop leveraging discounts.", 2),
        ("Some freelancers might say net-30 is standard.", 1),
        ("Some historians date the ledger to 1820, and many of the entries are lost.", 2),
        ("The ledger is regarded by many as the oldest in the port.", 1),
        ("It is widely considered the oldest harbour on the coast.", 1),
        ("For some clients a monthly invoice works, and we sent some invoices early.", 0),
        ("As many as 40 freelancers came, and some 300 invoices were checked.", 0),
        ("Larkspur is a kind of ledger, the same sort of tool as a notebook.", 0),
        ("Honestly, it's kind of slow.", 1),
        ("The museum is renowned for its legendary map room.", 2),
        ("Priya Raman argued that net-60 terms hurt freelancers, and her client claimed that they don't.", 0),
        ("Others say net-30 is the standard.", 1),
        ("It was reported that the bank had fixed the sync.", 1),
        ("Several times a year, and some weeks twice, the bank feed stalls for an hour.", 0),
        ("It is still unclear whether the bank will refund the fee.", 1),
        ("Our famous sourdough is back on Saturday.", 1),
        # Crowds, passives and quantities with nobody behind them.
        ("Others question whether the pool needs a roof at all.", 1),
        ("The new kit has gone down well with many pundits and a few players.", 1),
        ("Late fees are unpopular with several governments, and Ireland's is one of them.", 1),
        ("The quay is older than the town. Some merchants date it to 1820.", 1),
        ("The ledger lists the cloth, the grain and the names of\nsome merchants who sold them.", 0),
        ("The new one-way system on Mill Street has been heavily criticised.", 1),
        ("Our brown bread is often described as the best in Cork.", 1),
        ("It has been argued that four-day weeks cut sick days.", 1),
        ("The 1820 ledger was considered lost until a volunteer found it last spring.", 1),
        ("He was accused of fixing the raffle.", 1),
        ("The new parking charges have drawn criticism.", 1),
        ("The lane behind the shop is commonly known as the Rat Run.", 1),
        ("There are many reasons to switch to weekly invoicing.", 1),
        ("Card payments are only available on certain plans.", 1),
        ("Our café is among the best in Galway for brunch.", 1),
        ("The sync fails with some kind of timeout.", 1),
        ("The so-called quick fix took three weeks.", 1),
        ("The apparent cause was a loose cable in the server room.", 1),
        ("In general, clients pay faster when the invoice is small.", 1),
        ("Make or just? The best choice really depends on your needs, and each has strengths and weaknesses.", 2),
        # Counts, courtesy and names that pin nothing on anybody.
        ("Many thanks to everyone who came; many thanks to the volunteers too.", 0),
        ("Some flour on the bench stops the dough sticking.", 0),
        ("We emailed many users about the outage and gave several members a refund.", 0),
        ("Most people's filter coffee is weak because they measure with a scoop.", 0),
        ("There were some delays on the 8:15 this morning.", 0),
        ("There are 12 croissants left at the counter.", 0),
        ("I'm certain weekly invoices get paid faster, so we kept a certain amount of stock back.", 0),
        ("Applications received after 5 May will not be considered for this round.", 0),
        ("The bug has been reported and the fix ships on Friday.", 0),
        ("Our old logo is known as the Blue Kite.", 0),
        ("Cash tips are considered income by HMRC, and Larkspur was described as a gem by TechRadar.", 0),
        ("The Harbour Street bakery has been described as a hidden gem by The Guardian's food desk.", 0),
        ("The refund was credited to your account on Monday.", 0),
        # Care-talk families, and what only looks like them.
        ("Your satisfaction has always been, and always will be, our number one priority.", 1),
        ("The safety of our riders remains our top priority.", 1),
        ("Fixing the bank sync is our priority this week, and the fix ships on Friday.", 0),
        ("Our groomers deliver an exceptional grooming experience and unrivalled value.", 2),
        ("You have three outstanding invoices, and the outstanding value is £1,200.", 0),
        ("We pride ourselves on a warm welcome and on excellence in everything we do.", 2),
        ("Join our passionate, innovative team.", 2),
        ("It really depends, and the right answer probably depends on your team.", 2),
        ("The price depends on the size of the cake.", 0),
        ("She won the Award for Excellence in Teaching at Brightwave Solutions.", 0),
        ("Our mixture-of-experts model beat the ask-the-experts baseline.", 0),
        ("Thank you for being part of our journey.", 0),
        ("We never dreamed we would reach this many people.", 0),
        # A superlative is not a crowd, and a number estimated is not a claim hedged.
        ("What's the most confident vendor claim you've heard this year?", 0),
        ("Most vendors claim zero false positives.", 1),
        ("We dreamed of maybe 10,000 wishlists, perhaps around 12,000 on a good day.", 0),
        ("Maybe the bank is slow, perhaps the feed.", 2),
        ("Some packs may contain sesame. If you have a sesame allergy, do not eat this sandwich.", 1),
        ("Some packs may contain sesame.", 2),
    ],
)
def test_what_counts_as_a_fence_phrase(body: str, phrase_count: int) -> None:
    assert run_rule(RULE, body).metrics["fence_phrases"] == phrase_count


def test_a_lone_may_or_might_is_not_a_fence() -> None:
    lone = run_rule(RULE, "Results may vary with the bank.")
    assert lone.metrics["fence_phrases"] == 1
    assert lone.metrics["hedge_density"] == 0.0
    assert not lone.hits
    # Next to a stronger hedge the modal counts half: (1 + 0.5) * 100 / 7 words.
    stacked = run_rule(RULE, "Results may possibly vary with the bank.")
    assert stacked.metrics["hedge_density"] == round(150 / 7, 2)
    assert len(stacked.hits) == 2


@pytest.mark.parametrize(
    ("alone", "with_a_stronger_hedge"),
    [
        ("On the other hand, the bank refunded the fee.", "On the other hand, it depends on the bank."),
        ("The new importer is somewhat faster.", "The new importer is somewhat faster, arguably."),
        ("The client could pay by card.", "The client could perhaps pay by card."),
        ("Apparently the bank changed its API.", "Apparently the bank changed its API, it seems."),
        ("The new importer is kind of slow.", "The new importer is kind of slow, arguably."),
    ],
)
def test_weak_cues_count_only_next_to_a_stronger_one(alone: str, with_a_stronger_hedge: str) -> None:
    lone = run_rule(RULE, alone)
    assert (lone.metrics["fence_phrases"], lone.metrics["hedge_density"], lone.hits) == (1, 0.0, [])
    stacked = run_rule(RULE, with_a_stronger_hedge)
    assert stacked.metrics["fence_phrases"] == 2
    assert len(stacked.hits) == 2


def test_weak_cues_are_listed_fence_phrases() -> None:
    """A weak cue that no list holds would silently weaken nothing."""
    listed = {phrase.lower() for name in ("hedges", "weasels", "boilerplate", "peacocks") for phrase in phrases(name)}
    assert {cue for cue in phrases("fence_weak") if not cue.startswith("<")} <= listed


def test_each_phrase_names_its_cue_for_measurement() -> None:
    prose = Prose("Some historians say we leverage synergies; it may be so, and many of the maps are lost.")
    found = fence_phrases(prose)
    assert [(phrase.cue, phrase.weight) for phrase in found] == [
        ("<unnamed source>", 1.0), ("leverag*", 1.0), ("synergies", 1.0), ("may", 0.5), ("<vague crowd>", 1.0),
    ]


def test_each_weasel_pattern_names_its_cue() -> None:
    prose = Prose("It was said that the quay is older; there are many reasons, and others doubt it.")
    assert [phrase.cue for phrase in fence_phrases(prose)] == [
        "<unsourced passive>", "<vague quantity>", "<unnamed source>",
    ]


def test_a_sentence_of_care_talk_fires_in_a_concrete_post_and_only_its_phrases_are_flagged() -> None:
    body = SHOULD_FIRE["care-talk sentence closing a concrete update"]
    outcome = run_rule(RULE, body)
    assert outcome.metrics["stance"] == 1
    assert outcome.metrics["hedge_density"] <= all_rules()[RULE].defaults["threshold"]
    assert [hit.message.split(":")[0] for hit in outcome.hits] == [
        'boilerplate "remain committed"', 'boilerplate "exceptional value"', 'boilerplate "innovative"',
    ]
    assert all("3 fence-sitting phrases in one sentence" in hit.message for hit in outcome.hits)
    # A lone "perhaps" elsewhere in the post is no part of the finding, and one care-talk phrase is no sentence
    # of it: the concrete promise the fix asks for passes.
    hedged = body.replace("A photo of each", "Perhaps a photo of each")
    assert len(run_rule(RULE, hedged).hits) == 3
    concrete = body.replace(
        "delivering exceptional value and innovative thinking to every client", "answering every email within a day",
    )
    assert run_rule(RULE, concrete).metrics["fence_phrases"] == 1
    assert not run_rule(RULE, concrete).hits


def test_a_sentence_of_hedges_fires_only_in_a_post_with_no_stance() -> None:
    recap = SHOULD_FIRE["long recap that stacks hedges and never says what the writer thinks"]
    outcome = run_rule(RULE, recap)
    assert outcome.metrics["hedge_density"] <= all_rules()[RULE].defaults["threshold"] / 2
    assert [hit.message.split(":")[0] for hit in outcome.hits] == ['hedge "perhaps"', 'hedge "to some extent"']
    assert not run_rule(RULE, recap, **{"require-stance": False}).hits
    answered = recap + "Keep the 14 as it is: the extra buses are worth every penny.\n"
    assert run_rule(RULE, answered).metrics["stance"] == 1
    assert not run_rule(RULE, answered).hits


ONE_LONG_SENTENCE = (
    "After six months of testing every reminder schedule we had ever heard of with the forty freelancers in our "
    "beta, from a polite nudge on day three to a phone call on day thirty, the one that gets invoices paid "
    "fastest {hedge} a short email on the morning the invoice falls due, sent from a real person."
)


def test_a_one_sentence_post_with_a_fence_phrase_fires_at_any_length() -> None:
    """A single sentence is all the post says: one strong fence phrase in it is the post's whole stance.
    (The no-stance check is off here: it judges the whole post, not its fence phrases.)"""
    options = {"require-stance": False}
    hedged = ONE_LONG_SENTENCE.format(hedge="is arguably")
    outcome = run_rule(RULE, hedged, **options)
    assert 0 < outcome.metrics["hedge_density"] <= all_rules()[RULE].defaults["threshold"]
    assert [hit.message.split(":")[0] for hit in outcome.hits] == ['hedge "arguably"']
    assert "one sentence" in outcome.hits[0].message
    assert not run_rule(RULE, ONE_LONG_SENTENCE.format(hedge="is"), **options).hits
    # A weak cue alone is still no fence, and in a post of two sentences the density decides.
    assert not run_rule(RULE, ONE_LONG_SENTENCE.format(hedge="could be"), **options).hits
    assert not run_rule(RULE, hedged.replace(", the one", ". The one"), **options).hits


def test_honest_uncertainty_covers_the_sentence_before_it() -> None:
    body = """
        Ash dieback may possibly spare one tree in fifty. Nobody yet knows why, so we are mapping the survivors.
        Perhaps the soil matters.
    """
    found = run_rule(RULE, body)
    assert found.metrics["fence_phrases"] == 1  # "Perhaps": two sentences away from what is not known


def test_peacock_terms_say_how_to_fix_them() -> None:
    outcome = run_rule(RULE, "Our legendary support team is renowned.")
    assert {hit.message.split(' "')[0] for hit in outcome.hits} == {"peacock term"}
    assert all("the number, the prize, the name" in (hit.suggestion or "") for hit in outcome.hits)


def test_each_phrase_is_located_past_the_front_matter() -> None:
    body = (
        "Invoicing is easy with Larkspur Ledger.\n"
        "\n"
        "It depends on the client, but perhaps you should\n"
        "try our customer-centric solutions.\n"
    )
    outcome = run_rule(RULE, body)
    located = {(hit.line, hit.column): hit.message.split(":")[0] for hit in outcome.hits}
    assert located == {
        (BODY_LINE + 2, 1): 'hedge "It depends"',
        (BODY_LINE + 2, 31): 'hedge "perhaps"',
        (BODY_LINE + 3, 9): 'boilerplate "customer-centric"',
        (BODY_LINE + 3, 26): 'boilerplate "solutions"',
    }
    assert all("per 100 words > 2" in hit.message for hit in outcome.hits)


def test_hits_say_what_to_do_for_each_kind() -> None:
    outcome = run_rule(RULE, "Experts agree: we care, and it might work.")
    suggestions = {hit.message.split(' "')[0]: hit.suggestion for hit in outcome.hits}
    assert suggestions == {
        "weasel attribution": "name who says it and link them, or say it yourself",
        "boilerplate": "say the concrete thing you do, for whom, by when",
        "hedge": "state the claim plainly, or cut the hedge",
    }


def test_metrics_measure_density_per_100_words_and_stance() -> None:
    # 20 words, 2 fence phrases: 10 per 100 words; "should" is a recommendation.
    body = (
        "Perhaps you should invoice weekly. Some say monthly is fine for small clients, "
        "and for some clients it works well."
    )
    outcome = run_rule(RULE, body)
    assert outcome.metrics == {"hedge_density": 10.0, "stance": 1, "fence_phrases": 2}
    plain = run_rule(RULE, MUST_NOT_FIRE["plain meetup recap"])
    assert plain.metrics["stance"] == 0
    assert plain.metrics["hedge_density"] == 0.0


def test_density_rounds_to_two_decimals() -> None:
    body = "Perhaps it works. " + "Invoices go out on Fridays. " * 5
    assert run_rule(RULE, body).metrics["hedge_density"] == round(100 / 28, 2)


def test_a_post_with_no_stance_gets_one_finding_at_its_first_sentence() -> None:
    outcome = run_rule(RULE, SHOULD_FIRE["bland recap that commits to nothing"])
    assert outcome.metrics["hedge_density"] <= all_rules()[RULE].defaults["threshold"]
    assert len(outcome.hits) == 1
    hit = outcome.hits[0]
    assert (hit.line, hit.column) == (BODY_LINE, 1)
    assert "states no opinion" in hit.message
    assert hit.suggestion and "say what you think" in hit.suggestion


@pytest.mark.parametrize(
    "sentence",
    [
        "I believe freelancers undercharge.",
        "My take: quarterly tax payments beat one big bill.",
        "Here's why we publish our roadmap.",
        "Manual reminders are a waste of time.",
        "Net-60 is wrong for small businesses.",
        "Send the invoice the day the work ends.",
        "So stop apologising for your rates.",
        "Photograph every receipt before the ink fades.",
        "The fix: scan your receipts the day you get them.",
        "We will answer every support mail within a working day.",
        "The truth is most invoices are paid late because they are hard to approve.",
        "Whatever yours is, take a photo of it before you file it.",
        "If you have not switched reminders on, do it this week.",
        "Bring your receipts to the Friday clinic.",
        "Check the VAT number on every invoice.",
        "Call the client on day fifteen.",
        "Stock is limited, so don't wait.",
    ],
)
def test_stance_markers(sentence: str) -> None:
    assert run_rule(RULE, sentence).metrics["stance"] == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Should you invoice weekly or monthly?",
        "Our office is closed on Monday.",
        "We spent the week in Leeds at a meetup about invoices.",
        '"You should always invoice the same day," she said.',
        "In the afternoon we walked along the canal to the second venue.",
        "Thanks to the organisers of the Leeds meetup.",
        "Watching the numbers climb all week was the fun part.",
        "If your invoices are late, clients might forget to pay.",
        "When we moved, the office was empty for a week.",
    ],
)
def test_not_a_stance(sentence: str) -> None:
    assert run_rule(RULE, sentence).metrics["stance"] == 0


def test_threshold_option() -> None:
    body = SHOULD_FIRE["experts agree, studies show"]
    density = run_rule(RULE, body).metrics["hedge_density"]
    assert run_rule(RULE, body, threshold=density - 0.01).hits
    assert not run_rule(RULE, body, threshold=density).hits


def test_extra_phrases_count_as_fence_phrases() -> None:
    body = "Larkspur Ledger is a one-stop shop for freelancers. Try it."
    assert not run_rule(RULE, body).hits
    outcome = run_rule(RULE, body, **{"extra-phrases": ["one-stop shop", "  "]})
    assert [(hit.column, hit.message.split(":")[0]) for hit in outcome.hits] == [(22, 'fence phrase "one-stop shop"')]
    assert outcome.metrics["fence_phrases"] == 1


def test_require_stance_off_and_min_words() -> None:
    bland = SHOULD_FIRE["bland recap that commits to nothing"]
    assert not run_rule(RULE, bland, **{"require-stance": False}).hits
    assert not run_rule(RULE, bland, **{"min-words": 100}).hits


def test_defaults_are_documented() -> None:
    rule = all_rules()[RULE]
    assert rule.principle == 3
    for option in rule.defaults:
        if option not in ("enabled", "severity"):
            assert f"`{option}`" in rule.doc


def test_cli_reports_file_and_line(write_post) -> None:
    path = write_post("content/posts/synergy.md", SHOULD_FIRE["synergy roadmap"])
    result = run_cli(path, cwd=path.parent)
    assert result.returncode != 0
    assert f"{path.name}:{BODY_LINE}:" in result.stdout
    assert "fence-sitting" in result.stdout


WIKIWEASEL = SHARED_DATA / "wikiweasel-sentences" / "test.csv"
_PTB = {"-LRB-": "(", "-RRB-": ")", "``": '"', "''": '"'}


def test_a_post_of_pleasantries_gets_one_finding_at_its_first_sentence_at_any_length() -> None:
    body = """
        Season's greetings from all of us at Larkspur! 🎄 Wishing you and your families a restful, happy festive
        season, and thank you so much for being part of our community this year.

        See you soon!
    """
    outcome = run_rule(RULE, body)
    assert outcome.metrics["fence_phrases"] == 0
    assert [(hit.line, hit.column) for hit in outcome.hits] == [(BODY_LINE, 1)]
    assert "only pleasantries" in outcome.hits[0].message
    assert outcome.hits[0].suggestion and "a detail, an opinion or a question" in outcome.hits[0].suggestion
    assert not run_rule(RULE, body, **{"require-stance": False}).hits


@pytest.mark.parametrize(
    "detail",
    [
        "We're closed on 26 December.",
        "We reopen on the second of January, three years to the day since we opened.",
        "The office is closed Tuesday.",
        "Thanks to @rina for the Monzo importer.",
        "Book your slot in Settings → Appointments.",
        "Bring your own mug and we'll fill it for free.",
    ],
)
def test_a_detail_an_instruction_or_a_name_turns_a_greeting_into_a_post(detail: str) -> None:
    greeting = "Happy holidays from the Larkspur team! "
    assert run_rule(RULE, greeting + "Stay warm.").hits
    assert not run_rule(RULE, greeting + detail).hits


def test_hollow_opinions_are_not_a_stance() -> None:
    """An opinion made of care-talk does not save a post with fence phrases from the no-stance check."""
    plain = (
        "This week we moved the whole bookkeeping team to the new office by the station, packed forty boxes of "
        "files and set up the printers again. The coffee machine arrived on Thursday, a day after the desks, and "
        "the plants came on Friday with the last of the chairs. "
    )
    hollow = plain + "We think our world-class team makes it feel like home."
    outcome = run_rule(RULE, hollow)
    assert outcome.metrics["stance"] == 0
    assert [hit.message.split(" in ")[0] for hit in outcome.hits] == ["the post states no opinion or claim"]
    assert run_rule(RULE, "Take care of yourself this week!").metrics["stance"] == 0
    assert not run_rule(RULE, plain + "We think the new office is better than the old one.").hits


@pytest.mark.skipif(not WIKIWEASEL.is_file(), reason="shared wikiweasel data not available")
def test_wikiweasel_uncertain_sentences_are_caught_more_often_than_certain_ones() -> None:
    """A floor, not the target: the rule is tuned for posts, Wikipedia weasels are mostly bare 'some/many'."""
    rule = all_rules()[RULE]
    options = {**rule.defaults, "require-stance": False}
    fired = {True: 0, False: 0}
    total = {True: 0, False: 0}
    with WIKIWEASEL.open(encoding="utf-8") as rows:
        for row in list(csv.DictReader(rows))[::5]:
            text = row["text"].strip()
            for token, char in _PTB.items():
                text = text.replace(token, char)
            uncertain = row["label"] == "1"
            total[uncertain] += 1
            fired[uncertain] += bool(rule.check(None, Prose(text), options).hits)  # type: ignore[arg-type]
    assert fired[True] / total[True] > 4 * fired[False] / total[False]


def test_cue_tool_measures_precision_per_cue(tmp_path, capsys, monkeypatch) -> None:
    """benchmarks/quality/cues.py: the numbers behind fence_weak.txt, on a CSV shaped like WikiWeasel's."""
    monkeypatch.syspath_prepend(str(ROOT))
    from benchmarks.quality import cues

    rows = [
        ("The bridge probably dates from the 1820s.", 1),
        ("The mill probably burned down in 1904.", 1),
        ("The ferry probably ran twice a day.", 0),
        ("The harbour may close in winter storms.", 0),
        ("On the other hand, the quay was rebuilt in 1911.", 0),
        ("Some historians believe the quay is older.", 1),
        ("The lighthouse was built in 1856.", 0),
    ]
    data = tmp_path / "train.csv"
    with data.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "label"])
        writer.writerows((f"{text}\n", label) for text, label in rows)
    assert cues.main(["--data", str(data), "--min-support", "1"]) == 0
    table = {line.split("  ")[0].strip(): line.split()[-4:] for line in capsys.readouterr().out.splitlines()[3:]}
    assert table["probably"] == ["3", "0.67", "3", "0.67"]
    assert table["may"] == ["1", "0.00", "1", "0.00"]
    assert table["<unnamed source>"] == ["1", "1.00", "1", "1.00"]
    assert cues.main(["--data", str(data), "--try", r"\bquay\b"]) == 0
    assert "all sentences       2  0.50   not fired yet       1  0.00" in capsys.readouterr().out


def test_every_pattern_match_holds_a_word_its_scan_needs() -> None:
    """A fence pattern is skipped on a post that lacks every word it lists as needed (a speed-up): a pattern
    edited to match without one of them would then miss silently. Every match in the tune corpus and
    content/ must hold one."""
    from linter.post import read_post
    from linter.rules.fence_sitting import _PATTERNS

    posts = [*(ROOT / "benchmarks" / "quality" / "corpus" / "tune").glob("*.md"), *(ROOT / "content").rglob("*.md")]
    assert len(posts) > 500
    checked = 0
    for path in posts:
        post = read_post(path)
        prose = Prose(post.body, post.body_line)
        for cue, (pattern, _, needs) in _PATTERNS.items():
            for match in prose.finditer(pattern) if needs else ():
                checked += 1
                assert any(word in match.group().lower() for word in needs), (
                    f"{path.name}: {cue} matched {match.group()!r}, which holds none of {needs}")
    assert checked > 100, "the patterns no longer match anything in the corpus: the check checks nothing"


def test_a_crowd_we_can_name_is_not_a_weasel() -> None:
    """Bare "experts" or "critics" pins a claim on nobody; "our analytics experts" are people the writer can name."""
    named = ("Our team of certified analytics experts rebuilt the dashboard in six weeks, and a panel of independent "
             "scholars reviewed the method.")
    assert not [hit for hit in run_rule("fence-sitting", named).hits if "weasel" in hit.message]
    unnamed = "Critics say the dashboard is too slow, and experts warn that the method is flawed."
    assert [hit for hit in run_rule("fence-sitting", unnamed).hits if "weasel" in hit.message]
