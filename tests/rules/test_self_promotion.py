"""self-promotion: posts about us are flagged; posts about the reader, quotes and stories are not."""

from __future__ import annotations

import pytest

from linter.rules.self_promotion import MENTION_WEIGHT

from conftest import fires, run_rule

PROMOTIONAL = [
    # Launch brag.
    """We're proud to announce that Larkspur Ledger 3.0 is here! Our team has worked incredibly hard on it.
    We can't wait for the world to see what we've built.""",
    # Award.
    """Big news: Larkspur has been shortlisted for the Dutch Fintech Awards 2026! We are honoured and humbled.
    Thank you to our amazing team for making it happen.""",
    # Follower milestone.
    """We just hit 10,000 followers! Our community keeps growing and we are so grateful. Here's to the next 10k!""",
    # Sale.
    """Our Black Friday sale is live: 40% off all Larkspur plans. Use promo code LEDGER40. Shop now, limited time!""",
    # Team-centric update.
    """Our team spent the summer rebuilding our invoicing engine from scratch. We rewrote 40,000 lines of code.
    We moved our servers to Frankfurt. We are very happy with the result.""",
    # Company news.
    """We're thrilled to share that Larkspur has raised a seed round led by North Sea Ventures. This milestone
    allows us to grow our team and expand into Germany.""",
    # Hiring brag.
    """We're growing! Larkspur is hiring three engineers. We offer a world-class culture, our famous Friday
    lunches and the best team in Utrecht.""",
    # Press mention.
    """Larkspur Ledger was featured in Het Financieele Dagblad this week! We are so proud to see our work
    recognised. Our founders spoke about our vision.""",
    # Event self-promo.
    """We will be at Freelance Fest in Rotterdam on 12 March. Our CEO will give a keynote on our roadmap.
    Come and see our booth, we'll have stickers!""",
    # Feature list as boasting.
    """Introducing Larkspur Ledger Pro: our most powerful release ever. We added multi-currency, our new
    dashboard and our smartest reports. It is the best bookkeeping app for freelancers.""",
    # Newsletter about us.
    """This month at Larkspur: we moved office, we welcomed two new colleagues, and our founder Lena ran
    the Amsterdam marathon. We also celebrated our fifth birthday with cake.""",
    # Instagram caption.
    """Our new office is finally ready! We love our plants, our coffee machine and our view of the canal.
    #larkspurlife #teamwork""",
    # Personal brag (I + promotional).
    """I'm proud to announce that I've been named one of the Top 50 Fintech Founders of 2026. I'm honoured
    and humbled by this award.""",
    # Anniversary.
    """Larkspur turns five today! We started in a garage with one laptop. Today our app is used in 30
    countries and our team has 14 people.""",
    # Partnership announcement.
    """We are excited to announce our partnership with Bunq. Our integration is now live. We believe this
    partnership makes Larkspur the leading bookkeeping platform in Europe.""",
    # Webinar push.
    """Join our webinar! Our product team will demo our latest features. Book now: seats are limited.
    Don't miss our biggest launch of the year.""",
    # A teaser of our own next news, with nothing else said.
    "Our art team has been cooking something for months. 👀 Stay tuned. Full reveal on the 14th!",
    # Ad copy that names the reader and offers a trial: it still sells.
    """You deserve logs you can search. You deserve dashboards your whole team reads. Meet Lumen, the tracing tool
    for small teams. Start your free 14-day trial today.""",
    # A prize collected, in the writer's own words.
    "Last night I walked up to collect NPO Leader of the Year. Still a bit stunned.",
    # A release and open bookings, announced.
    "Brown butter, white miso, crisp sage. Tonight's gnocchi went out 84 times. Friday bookings are open, link in bio.",
    "🎧 Episode 100 of my podcast is out now: why you can't switch off on holiday.",
    # Scarcity, a free first meeting and a sale told as news, from one person or a small firm.
    "Meet Ngozi: 12 weeks on my programme, down 9kg. January cohort opens Monday. Limited spots available!",
    "JUST SOLD 🏡 A four-bed on Elm Grove, in 9 days. Your home could be next: link in bio for a free valuation ✨",
    # A vote asked for.
    "Four years ago you elected me. 212 potholes fixed. On Thursday 7 May I'm asking for your vote again.",
    # A league title in a post written as us.
    "Division B champions! Our first league title since 1994, and the clubhouse is still singing.",
]

NOT_PROMOTIONAL = [
    # Service: about the reader's problem.
    """If a client is 30 days late, send a short, friendly reminder with the invoice attached and a
    concrete date. You'll be surprised how often that is all it takes. What wording works for you?""",
    # Brand as the subject of a helpful tip.
    """Tip: Larkspur Ledger can export your quarter's invoices as a CSV your accountant can read.
    Open Reports, choose the quarter and press Export. Your VAT return will take minutes, not hours.""",
    # Personal story that serves the reader.
    """In my first year as a freelancer I forgot to set aside money for taxes. In April I owed 4,000 euros
    I didn't have. Since then I move 30% of every payment to a separate account the day it arrives.
    You can do the same with a standing order.""",
    # Quoting someone else (quotes are not our words).
    """A reader wrote to us: "We love our new invoicing flow, our clients pay twice as fast and we finally
    sleep at night." Here's the three-step flow she uses, so you can copy it.""",
    # Block quote full of we/our.
    """> We are proud of our process. Our team reviews every invoice twice. We never miss a deadline.

    That is how Anna describes her studio's routine. Which part of it could you borrow this week?""",
    # Honest mistake post (we, but serving the reader, balanced with you).
    """We broke invoice exports on Tuesday. If you exported between 10:00 and 14:00, your CSV may be missing
    the VAT column. Download it again and you'll get the full file. Sorry for the trouble.""",
    # Question to the community.
    """How do you decide your day rate? Do you start from what you need to earn, or from what clients in your
    field pay? Tell us what worked for you and we'll collect the answers in next week's newsletter.""",
    # Third-person news.
    """The Dutch tax office will change the self-employed deduction again in 2027. For most freelancers this
    means a few hundred euros more tax. Check your quarterly estimate now so you are not surprised.""",
    # How-to with code block.
    """You can script your monthly export:

    ```
    larkspur export --month 2026-11 --format csv > november.csv
    # We love our CLI! Our best feature!
    ```

    Run it on the first of the month and your bookkeeping is done before your coffee gets cold.""",
    # Short tweet to the reader.
    """Freelancers: what is the one invoice clause you wish you had added sooner?""",
    # Event, reader-centred.
    """On 12 March you can bring your messiest receipts shoebox to Freelance Fest in Rotterdam. You'll sit
    with an accountant for 20 minutes and leave with a system you can keep. What should we prepare for you?""",
    # Release note focused on what the reader can do.
    """You can now send an invoice in euros and get paid in pounds. Pick the client's currency when you
    create the invoice; the exchange rate of that day is filled in for you.""",
    # First-person opinion.
    """I think monthly retainers are the best thing a freelancer can offer. They make your income
    predictable and your client's budget simpler. What stops you from offering one?""",
    # Thank-you post, centred on the readers.
    """Thank you for the 212 answers to our survey about late payments. You told us the second reminder is
    the hardest to write, so next week you'll get three templates for it.""",
    # Community spotlight about someone else.
    """Meet Sara, a translator in Ghent who has never sent a late invoice. Her trick: she invoices the same
    day she delivers, from her phone, before she closes the laptop. Could that work for you?""",
    # Empty body (nothing to judge).
    "",
]


@pytest.mark.parametrize("body", PROMOTIONAL)
def test_promotional_posts_fire(body: str) -> None:
    assert fires("self-promotion", body), run_rule("self-promotion", body).metrics


@pytest.mark.parametrize("body", NOT_PROMOTIONAL)
def test_reader_centred_posts_do_not_fire(body: str) -> None:
    outcome = run_rule("self-promotion", body)
    assert not outcome.hits, outcome.hits


def test_ratio_is_reported_for_every_post() -> None:
    assert run_rule("self-promotion", NOT_PROMOTIONAL[0]).metrics["self_promotion_ratio"] == 0.0
    assert run_rule("self-promotion", PROMOTIONAL[0]).metrics["self_promotion_ratio"] == 1.0
    assert run_rule("self-promotion", "").metrics["self_promotion_ratio"] == 0.0


def test_points_at_the_most_self_centred_sentence() -> None:
    body = """You asked for faster exports, so here they are.

    This is a line about the weather today.
    We're proud to announce our award-winning, industry-leading Larkspur Ledger 3.0!
    Our team loves it.
    """
    hit = run_rule("self-promotion", body).hits[0]
    assert (hit.line, hit.column) == (11, 1)  # front matter takes lines 1-7, the body starts on line 8
    assert "proud to announce" in hit.message and "3 of 4" not in hit.message


def test_threshold_and_brands_are_configurable() -> None:
    body = "Larkspur Ledger exports to CSV. The export takes a second. Reports are emailed monthly."
    # One sentence mentions the brand without promoting it: it counts MENTION_WEIGHT of a sentence.
    ratio = run_rule("self-promotion", body).metrics["self_promotion_ratio"]
    assert ratio == pytest.approx(MENTION_WEIGHT / 3, abs=0.001)
    assert run_rule("self-promotion", body, brands=[]).metrics["self_promotion_ratio"] == 0.0
    assert not fires("self-promotion", body)
    assert fires("self-promotion", body, threshold=ratio - 0.01)
    assert not fires("self-promotion", body, threshold=ratio - 0.01, brands=[])


def test_brand_handles_and_hashtags_count_as_the_brand() -> None:
    for mention in ("@LarkspurLedger", "#larkspur", "@larkspur_nl", "@LarkspurNL", "Larkspur Ledger"):
        body = f"{mention} was in the Volkskrant this week. The article is on page 12."
        assert run_rule("self-promotion", body).metrics["self_promotion_ratio"] > 0, mention
    for other in ("#larkspurlife", "@larkspurfan", "#larkspurs"):
        body = f"{other} was in the Volkskrant this week. The article is on page 12."
        assert run_rule("self-promotion", body).metrics["self_promotion_ratio"] == 0.0, other


def test_a_line_of_hashtags_does_not_dilute_the_ratio() -> None:
    body = """Larkspur Ledger has been named the best bookkeeping app of 2026 by Freelance Weekly!
    The article is on page 12 of the print edition.

    #freelance #bookkeeping #zzp"""
    outcome = run_rule("self-promotion", body)
    assert outcome.metrics["self_promotion_ratio"] == 0.5
    assert "1 of 2 sentences" in outcome.hits[0].message


@pytest.mark.parametrize("body", [
    # Boasting words about someone else are not promotion of us.
    "This is the best way to roast a turkey, and it won an award in 1998.",
    "Soyuz launches a record-breaking satellite from Baikonur.",
    # The writer's opinion about a thing is not the writer boasting.
    "I think weekly invoicing is the best habit a freelancer can pick up. Try it for a month.",
])
def test_boasts_count_only_when_they_are_about_us(body: str) -> None:
    assert run_rule("self-promotion", body).metrics["self_promotion_ratio"] == 0.0


def test_selling_to_the_reader_is_still_selling() -> None:
    body = """You deserve bookkeeping that just works. You'll send invoices in a minute.
    Book your free demo today, spots are limited!"""
    assert fires("self-promotion", body)


def test_first_person_achievements_are_a_brag() -> None:
    body = """Booked out until September for the first time ever!
    Three years of freelancing and I've never been busier. My clients are the best.
    How far ahead are you booked right now?"""
    assert fires("self-promotion", body)


def test_a_boast_in_a_post_written_as_us_is_ours() -> None:
    boast = "Hollis Street has been voted Best Independent Bakery for the second year running!"
    assert fires("self-promotion", f"{boast} We couldn't have done it without our bakers, up at 3 am.")
    # The same sentence in a post by someone else is news about a bakery, not promotion.
    assert not fires("self-promotion", f"{boast} Its spelt loaf costs £4.20 and sells out by ten.")


def test_factual_we_sentences_count_as_a_mention() -> None:
    body = """We moved the export button to the top of the Reports page.
    It was easy to miss at the bottom of long reports.
    The old keyboard shortcut still works. Reports open a little faster too."""
    outcome = run_rule("self-promotion", body)
    assert outcome.metrics["self_promotion_ratio"] == pytest.approx(MENTION_WEIGHT / 4, abs=0.001)
    assert not outcome.hits


def test_owning_a_failure_is_not_about_us() -> None:
    """An incident report is "we"-heavy, but accountability serves the reader: no mention weight, no boast."""
    body = """We shipped a bad migration at 09:12 and some invoices were duplicated.
    We rolled it back at 09:40. Our payment page was down for 40 minutes because a certificate expired.
    We lost our biggest day of the year to it, and we are sorry."""
    assert run_rule("self-promotion", body).metrics["self_promotion_ratio"] == 0.0
    # The same words without the failure are news about us.
    assert fires("self-promotion", "We shipped Larkspur Ledger 3.0 at 09:12. Release notes are on the blog.")


@pytest.mark.parametrize("body", [
    # Our news as a verb, no stock phrase: launch, funding, hires, prizes, milestones, growth.
    "We shipped Larkspur 3.0 this morning. Twelve months of work went into it. Release notes are on the blog.",
    "Larkspur Ledger made the shortlist for Open Source Project of the Year. Winners are announced in May.",
    "Our podcast just hit episode 100! Thanks to everyone who listened along the way.",
    "This quarter we grew revenue by 40% and doubled the engineering team. Onwards.",
    "We're opening a second shop on Mill Road in June. The lease was signed on Friday.",
    "Three years of freelancing. 400 commissions. I've loved every minute of it.",
    # Events about us.
    "Visit us at stand B14 at Freelance Fest next week. We'll be demoing invoicing all day.",
    # An exclaimed line about us is an announcement.
    "Our bakery now delivers! Order before ten for delivery the same day.",
    # A new variant of our product, and praise of our own people.
    """Our Cedar Balm now comes in three sizes, from a 15 ml travel tin to a 250 ml pump. The tin fits a jacket
    pocket. The pump lasts a family about three months.""",
    "Thank you to our brilliant tutors and technicians. Exams start on 2 June. The timetable is on the portal.",
    # A list that ranks people.
    "Woke up to the news that I'm on the Forbes 30 Under 30 list for Europe. Still can't quite believe it.",
])
def test_our_news_without_stock_phrases_is_promotion(body: str) -> None:
    assert fires("self-promotion", body), run_rule("self-promotion", body).metrics


@pytest.mark.parametrize("body", [
    # The same verbs about someone else, or negated, are not about us.
    "Apple launches a new iPhone with a faster chip. The camera is better too.",
    "The city council has opened a new cycle lane on Mill Road, linking the station to the hospital.",
    "We haven't shipped the Windows build yet. You can follow the work on the tracker.",
    # Our release notes, our opening hours: nouns, not news.
    "Our opening hours change on Monday: 8 to 4 until Easter. Your orders still ship daily.",
    # Raising prices is not raising money.
    "I raised my rates by 20% in January and lost one client. If you're undercharging, start with new clients.",
    # A record we keep is not a record we set.
    """Members: your 2027 CPD record is due by 31 March. If the portal can't find your record, log in with the
    eight-digit number from the email we sent in January. Saving a draft does not count as submitting.""",
])
def test_news_verbs_need_us_as_their_subject(body: str) -> None:
    assert not fires("self-promotion", body), run_rule("self-promotion", body).metrics


def test_the_brand_possessive_is_the_brand() -> None:
    body = "Larkspur's new dashboard was in the Volkskrant this week. The article is on page 12."
    assert run_rule("self-promotion", body).metrics["self_promotion_ratio"] > 0


def test_extra_phrases() -> None:
    body = "Meet the ledger of legends. Everything is faster now."
    assert not fires("self-promotion", body)
    assert fires("self-promotion", body, **{"extra-phrases": ["ledger of legends"]})


def test_min_sentences_spares_one_liners() -> None:
    body = "Our new office is open."
    assert fires("self-promotion", body)
    assert not fires("self-promotion", body, **{"min-sentences": 2})


# --- Who "us" is when the configuration does not know the name -------------------------------------------

@pytest.mark.parametrize("body", [
    # A press release in the third person: no we, no I, only the name the company gives itself.
    """Northline is proud to open its new maintenance hangar at Cork Airport. Northline engineers will service
    the whole A320 fleet there from March. The hangar took eighteen months to build.""",
    # "At X, we…" names us; the name then stands for us on its own.
    """At Corvane, we spent the winter rebuilding the route planner. Corvane Cloud now syncs plans between
    depots in under a second. Corvane drivers get the new app on Monday.""",
    # "The X crew" in a post that says "we" once, and a boast with no "we" in it.
    """What a weekend at the county show. The Kettle Lane crew poured 1,800 pints and sold out of stout by
    Saturday teatime. We had never sold out before. Kettle Lane Brewery was the busiest bar on the field.""",
    # A release numbered like software is its maker's news, "bug fixes" and all.
    "Tallyhand 2.4 is live 🎉 Bug fixes, a faster PDF export and a dark theme.",
])
def test_a_post_that_names_itself_is_about_us(body: str) -> None:
    assert fires("self-promotion", body, brands=[]), run_rule("self-promotion", body, brands=[]).metrics


@pytest.mark.parametrize("body", [
    # Another company in the third person, with no frame that makes it the writer's own.
    """Stripe changed how it reports fees last month. Stripe now takes its fee before the payout, so the
    amount that lands in your bank is the net. Check that your bookkeeping app books the fee separately.""",
    # "The X team" written by a fan, who never says we or I, is someone else's team.
    """The Harbour City team flew home on Sunday after the best away run in its history. Harbour City won six
    of eight games on the road. The home match against Leeds kicks off at three on Saturday.""",
    # Someone else's release, passed on as a tip: the name is not the writer's.
    """Firefox 128.0 is out, and it finally lets you turn off the pop-up that asks about sponsored tiles. Open
    Settings, search for "sponsored" and untick both boxes. It takes ten seconds.""",
    # A date opening "At … we" is not a name: Christmas does not become us.
    """At Christmas we close at noon on the 24th. Christmas Eve orders must reach the kitchen by the 20th.
    Christmas cake orders close on the 18th, and the cake keeps for a month in a tin.""",
])
def test_names_that_are_not_ours_stay_someone_else(body: str) -> None:
    assert not fires("self-promotion", body, brands=[]), run_rule("self-promotion", body, brands=[]).metrics


def test_we_meaning_a_profession_is_not_the_company() -> None:
    community = """We in veterinary nursing have a habit of apologising for our prices. Our clinics explain
    every line of the bill, and our receptionists take the anger for it. I think we should stop apologising
    and start explaining what an hour of a nurse's time is worth. What do you say at the desk?"""
    assert run_rule("self-promotion", community).metrics["self_promotion_ratio"] == 0.0
    company = community.replace("We in veterinary nursing", "We at Larkspur")
    assert run_rule("self-promotion", company).metrics["self_promotion_ratio"] > 0
    # "As a small team" is still the company speaking about itself.
    team = """As a small team, we are proud of what we shipped this year. We rebuilt invoicing, we moved to
    Frankfurt and we hired our first designer."""
    assert fires("self-promotion", team)


# --- First person: the "I" left out, new jobs, records ----------------------------------------------------

@pytest.mark.parametrize("body", [
    "Passed my driving test this morning. Third attempt. Mum cried more than the examiner did.",
    "shipped the thing. three months of evenings, one very patient partner. it's called tidyreceipts.",
    "Day 40 of building in public: crossed 500 paying users this week. The next job is onboarding.",
    """After six years on the wards, I start Monday as Clinical Lead for the stroke unit. Still pinching
    myself. Thank you to the night team who covered my shifts through the exams.""",
    "New video is up. This is my most personal one yet, filmed in the box room where I made both albums.",
])
def test_first_person_news_without_stock_phrases_is_promotion(body: str) -> None:
    assert fires("self-promotion", body), run_rule("self-promotion", body).metrics


@pytest.mark.parametrize("body", [
    # The verb opens a question to the reader: it is "you" that is left out.
    "Shipped your first side project this year? Tell me the one thing you would do differently.",
    # A lower-case job in a story that teaches is not a new title.
    """I started as a junior designer in 2014, and the first thing I learned was to get the brief in writing.
    Ask for yours by email, even when the client prefers a call, and reply with your summary of it.""",
])
def test_first_person_stories_that_teach_are_not_promotion(body: str) -> None:
    assert not fires("self-promotion", body), run_rule("self-promotion", body).metrics


def test_one_brag_in_five_sentences_is_enough() -> None:
    """A short post exists for its one piece of news; a plain mention of us in a notice does not sell."""
    brag = """Long week at the studio. Two kiln loads, one cracked platter and a lot of tea. Somewhere in the
    middle of it the Crafts Council named me one of their Makers to Watch. Back to glazing on Monday. The
    cracked platter is going in the garden."""
    assert fires("self-promotion", brag)
    notice = """We're closed on Monday for a boiler repair. Our Tuesday bread orders will be ready from ten
    instead of eight. The café upstairs stays open as usual."""
    assert not fires("self-promotion", notice)


def test_a_post_all_about_us_fires_without_a_boast() -> None:
    body = "Our chief executive Dana Reyes sat down with Retail Weekly to talk about how we train store managers."
    assert fires("self-promotion", body)


# --- Selling: scarcity of our offer -----------------------------------------------------------------------

def test_scarcity_of_our_offer_sells() -> None:
    offer = """Our spring wheel-throwing course starts on 4 March, and there are only 12 places. Six Tuesday
    evenings, clay and firing included. The studio is on Mill Lane, next to the bike shop."""
    assert fires("self-promotion", offer)
    # The same words about the world are not our offer.
    world = """There are only two spots on this coast where puffins nest in May. Both are on the north cliffs,
    and the path closes at dusk. Bring binoculars and keep to the rope line."""
    assert not fires("self-promotion", world)


# --- About someone else, or the reader ---------------------------------------------------------------------

def test_congratulating_someone_is_about_them() -> None:
    body = "Congratulations to Dana Okafor on being named Nurse of the Year! We're lucky to have her on our ward."
    assert not fires("self-promotion", body), run_rule("self-promotion", body).metrics


def test_an_invitation_to_reply_is_about_the_reader() -> None:
    body = "Three new sourdoughs this week. Reply with 1, 2 or 3 and we'll bake the winner every Saturday in March!"
    assert not fires("self-promotion", body), run_rule("self-promotion", body).metrics


def test_a_report_of_what_people_told_us_is_not_an_invitation() -> None:
    """Invitations are the ones the missing-conversation rule finds: "tell us" asks only where it opens a clause."""
    body = """Our customers tell us they switched from spreadsheets last spring.
    We moved the export button to the top bar in March. Our support team answers within a day."""
    outcome = run_rule("self-promotion", body)
    assert outcome.metrics["self_promotion_ratio"] == pytest.approx(MENTION_WEIGHT, abs=0.001)
    assert outcome.hits


def test_a_post_that_owns_a_failure_counts_people_not_a_milestone() -> None:
    body = """Our payment page was down for two hours on Friday. We have refunded all 312 customers who were
    charged twice, and the fix is live. If you were charged twice and haven't heard from us, reply here."""
    assert not fires("self-promotion", body), run_rule("self-promotion", body).metrics
    assert fires("self-promotion", "We now have 312 customers in Utrecht. Thank you, Utrecht.")


def test_a_count_of_the_damage_is_a_failure_owned() -> None:
    """"212 affected orders" counts what went wrong: its "affected" is the setback, not a milestone's adjective."""
    body = """Status at 14:10: some Android shoppers see the payment screen twice at checkout. Double charges so
    far: 0 of 212 affected orders, and we're checking each one by hand. If it happens to you, reply with your
    phone model. Next update at 18:00."""
    assert not fires("self-promotion", body), run_rule("self-promotion", body).metrics
    assert fires("self-promotion", "We shipped 212 paying orders on launch day. Onwards.")


# --- One person's or a small brand's selling: testimonials, courses, giveaways, ranks ------------------------

@pytest.mark.parametrize("body", [
    "Client love 💛 Two coaching spots open for July, link in bio.",
    """✨ GIVEAWAY ✨ A two-night stay for two at the Old Forge, breakfast included. Follow us, like this post and
    tag a friend. Closes midnight on 30 June.""",
    """The course teaches the whole price-rise script in four weeks, with a worksheet for each week and a call
    every Thursday. Doors close Friday at midnight, and I only open it twice a year.""",
    """The audiobook is out. Pre-orders pushed my book to #2 in its category by Tuesday. It runs nine
    hours and the narrator is me.""",
])
def test_selling_one_person_or_a_small_brand_is_promotion(body: str) -> None:
    assert fires("self-promotion", body), run_rule("self-promotion", body).metrics


@pytest.mark.parametrize("body", [
    # A boast word inside an invitation to reply is about the reader.
    """New this month: borrow five board games at a time with your library card. The loan lasts three weeks.
    Reply with your family's favourite and we'll post the shortlist in October.""",
    # Serving food is the job, not a milestone.
    """This morning our kitchen served osechi to guests. Each box holds 20 small dishes, and each dish is a wish
    for the year: black beans for health, shrimp for a long life. What does your family eat on New Year's Day?""",
])
def test_the_reader_and_the_daily_work_are_not_promotion(body: str) -> None:
    assert not fires("self-promotion", body), run_rule("self-promotion", body).metrics


# --- Titles and best-of lists about others -----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    # A title someone else won, and a best-of list: no "us" in them.
    "Congrats to Ama Mensah, named Nurse of the Year by the RCN. Her ward cut falls by half.",
    "The 12 best science books of the year, picked by librarians. Which one would you start with?",
    # The champions are another team.
    "Leinster are champions again. What did their scrum do differently this season?",
])
def test_titles_and_best_of_lists_about_others_are_not_promotion(body: str) -> None:
    assert run_rule("self-promotion", body).metrics["self_promotion_ratio"] == 0.0, run_rule("self-promotion", body)


def _story(boasts: list[str]) -> str:
    """A long post that teaches, with `boasts` spread through it (each neutral sentence scores 0)."""
    steps = [f"Step {n}: weigh the flour for loaf {n} before you switch the oven on." for n in range(1, 18)]
    for index, boast in enumerate(boasts):
        steps.insert(index * 7, boast)
    return " ".join(steps)


def test_three_promoting_sentences_are_a_pattern_however_long_the_post() -> None:
    """A boast every few paragraphs is diluted below the threshold, but three of them are a habit."""
    boasts = ["We just opened our third bakery!", "Our sourdough won the 2026 Bread Awards.",
              "Stay tuned, we're only getting started."]
    outcome = run_rule("self-promotion", _story(boasts))
    assert 0.09 < outcome.metrics["self_promotion_ratio"] < 0.18
    assert outcome.hits and "3 of them promote us" in outcome.hits[0].message, outcome.hits
    two = run_rule("self-promotion", _story(boasts[:2]))
    assert 0.09 < two.metrics["self_promotion_ratio"] < 0.18 and not two.hits, two
