"""linter/questions.py: question kinds and invitations, read from the prose only."""

from __future__ import annotations

import textwrap

import pytest

from linter.prose import Prose
from linter.questions import Conversation, QuestionKind, classify, conversation

OPEN, CHOICE, CLOSED = QuestionKind.OPEN, QuestionKind.CHOICE, QuestionKind.CLOSED
RHETORICAL, NOT_TO_READER = QuestionKind.RHETORICAL, QuestionKind.NOT_TO_READER


def first_question_kind(text: str) -> QuestionKind | None:
    """The kind of the first question in `text`, given the sentence that follows it."""
    sentences = Prose(textwrap.dedent(text).lstrip()).sentences
    for index, sentence in enumerate(sentences):
        if sentence.is_question:
            return classify(sentence, sentences[index + 1] if index + 1 < len(sentences) else None)
    return None


@pytest.mark.parametrize(("text", "kind"), [
    # Wh-questions to the reader.
    ("How do you chase a client who is 60 days late?", OPEN),
    ("What's the first thing you automate when you go freelance?", OPEN),
    ("Why did you pick your day rate?", OPEN),
    ("Which report does your accountant actually read?", OPEN),
    ("Where do you keep your receipts?", OPEN),
    ("When do you send your invoices: on delivery or at month end?", OPEN),
    ("Who taught you to negotiate?", OPEN),
    ("How many clients is too many?", OPEN),
    ("What would you do with an extra hour a week?", OPEN),
    ("What should we build next?", OPEN),
    # A wh-question after an opening clause or filler.
    ("If you could automate one thing in your bookkeeping, what would it be?", OPEN),
    ("So, honestly, what's stopping you?", OPEN),
    ("Freelancers, how do you track mileage?", OPEN),
    ("Quick question for the designers here: how do you price revisions?", OPEN),
    ("Curious what you all think?", OPEN),
    ("Wh-what do you think about that?", OPEN),
    ("So, I'm wondering, what have you heard about the new VAT rules?", OPEN),
    ("Right, and what kind of reports do you run each month?", OPEN),
    ("Mm-hmm, and when you invoice, what do you charge for rush jobs?", OPEN),
    ("You moved to weekly invoicing in March, and how's that going?", OPEN),
    ("So I'm going to ask it this way: if your income halved next month, what would you cut first?", OPEN),
    # The writer wondering now is asking, not reporting someone's question.
    ("Planning next month's clinics, and kind of wondering, what would you want us to cover?", OPEN),
    # Typed hesitation and backchannels before the question.
    ("Uh-huh so what did you end up charging for the rush job?", OPEN),
    ("Anything-anything else we should add to the year-end checklist?", OPEN),
    ("Episode 100 is out 🎉 What should episode 101 be about?", OPEN),
    ("What does your accountant think about you going freelance?", OPEN),
    # A wh-word left in place, and a measure that is asked, not exclaimed.
    ("And you're invoicing in what currency?", OPEN),
    ("Like what?", OPEN),
    ("Where you from?", OPEN),
    ("How long was that?", OPEN),
    # A clause with its own subject after the wh-word is not a wh-word left in place.
    ("Think you've got what it takes?", CLOSED),
    # Conventional open asks and polite requests.
    ("Thoughts?", OPEN),
    ("Your take?", OPEN),
    ("Your biggest invoicing headache this year?", OPEN),
    ("Any tips for a first-time freelancer?", OPEN),
    ("Any other questions before the webinar?", OPEN),
    ("Would you mind filling me in on how your studio splits the tax buffer?", OPEN),
    ("Do you have any tips for chasing payments politely?", OPEN),
    ("What am I missing?", OPEN),
    ("Can you tell us how you set up your tax buffer?", OPEN),
    ("Would you share what your onboarding email says?", OPEN),
    ("Could you walk me through your month-end routine?", OPEN),
    ("Could you elaborate on what broke in the import?", OPEN),
    ("Do you want to say more about how you set up the reminders?", OPEN),
    ("Would you like to share how your studio handles deposits?", OPEN),
    ("Did you -- can you tell us how the first quarterly return went?", OPEN),
    ("Is there anything else you'd like to see in the next release?", OPEN),
    ("Do you use a receipt app, which one do you like?", OPEN),
    ("Weekly or monthly, and why?", OPEN),
    ("On a scale of one to ten, where does your invoicing stand, and why?", OPEN),
    ("And you?", OPEN),
    # Choices.
    ("Tabs or spaces?", CHOICE),
    ("Do you invoice weekly or monthly?", CHOICE),
    ("Quick poll: paper receipts or photos?", CHOICE),
    ("Tabs or spaces? Tell us below.", CHOICE),
    # A rating names its answers too.
    ("On a scale of 1 to 10, how ready is your tax buffer for January?", CHOICE),
    ("If you rate your invoicing from 1 to 5, where would you put it?", CHOICE),
    # Closed yes/no questions.
    ("Do you use spreadsheets for your invoices?", CLOSED),
    ("Have you ever forgotten to invoice a client?", CLOSED),
    ("Is it okay to charge a late fee?", CLOSED),
    ("Can you relate?", CLOSED),
    ("Don't you hate chasing payments?", CLOSED),
    ("Would you pay for this or not?", CLOSED),
    ("When you send an invoice, do you attach a PDF?", CLOSED),
    ("Invoicing is the worst part of the job, right?", CLOSED),
    ("You still send invoices by fax?", CLOSED),
    ("Anyone else doing their VAT return tonight?", CLOSED),
    ("Is it just me or does every client pay late in December?", CLOSED),
    ("What a week, right?", CLOSED),
    ("Sound familiar?", CLOSED),
    ("Do you have a limit you stick to, or are you still deciding?", CLOSED),
    ("Have you been to, what is it, the new co-working space on Oudegracht?", CLOSED),
    ("What, like the PDF export?", CLOSED),
    ("Paper receipts, or what?", CLOSED),
    ("Your name is Lynn?", CLOSED),
    ("So your office went cashless and you're not too pleased about it, huh?", CLOSED),
    ("Did your client talk with you about the deposit?", CLOSED),
    ("Would you like to talk to someone on our team about it?", CLOSED),
    ("We have two seats left and I wonder, would a Saturday session suit you better?", CLOSED),
    # A 'which/who' clause after a yes/no question describes; it does not ask.
    ("Have you tried the new bank-rules screen, which landed in 3.2 last week?", CLOSED),
    ("Is there anyone in your studio, who checks the invoices before they go out?", CLOSED),
    # A noun phrase mid-question names a topic; only a last one asks ('Your take?').
    ("Before you file, take a look at your receipts, your mileage log, and is every trip dated?", CLOSED),
    # Rhetorical: stock phrases, exclamations.
    ("Guess what? The bank changed its export format again.", RHETORICAL),
    ("Who knew a CSV could cause so much pain?", RHETORICAL),
    ("Who'd have thought the kid who hated maths would end up doing people's taxes?", RHETORICAL),
    ("What could possibly go wrong?", RHETORICAL),
    ("How cool is that?", RHETORICAL),
    ("Why not start today?", RHETORICAL),
    ("Who's ready? Doors open at 9 on Saturday.", RHETORICAL),
    ("Did you know that 40% of invoices are paid late?", RHETORICAL),
    # Rhetorical: answered in the next sentence.
    ("Why does this matter? Because an unpaid invoice is next month's rent.", RHETORICAL),
    ("Why does this matter?\n\nBecause an unpaid invoice is next month's rent.", RHETORICAL),
    ("The catch? There isn't one.", RHETORICAL),
    ("The result? Clients paid in nine days instead of thirty.", RHETORICAL),
    ("Sound familiar? It did to us.", RHETORICAL),
    ("Do you need an accountant in your first year? Not really.", RHETORICAL),
    ("What did we learn? Automate the boring reminder, write the awkward one yourself.", RHETORICAL),
    ("How did we fix it? We moved invoicing to Fridays.", RHETORICAL),
    ("What does this mean for you? You can export your VAT report in one click.", RHETORICAL),
    ("How do you price a rush job? Here's how we do it.", RHETORICAL),
    # A choice the post goes on to weigh itself is a setup.
    ("Light roast or dark roast? Both have their fans, and it comes down to taste.", RHETORICAL),
    # A question heading with a section under it: the section answers it.
    ("## Why do clients pay late?\n\nMostly because the invoice landed in the wrong inbox.", RHETORICAL),
    # Not to the reader.
    ("I asked myself: why am I still doing this by hand?", NOT_TO_READER),
    ("Last week a client asked us: how do I export to CSV?", NOT_TO_READER),
    ("We kept wondering, why does the export skip March?", NOT_TO_READER),
    ("@maya, how did you get the bank feed working?", NOT_TO_READER),
    ("Anna, how did you convince your client to pay upfront?", NOT_TO_READER),
    ("Why did she leave her agency job?", NOT_TO_READER),
])
def test_question_kind(text: str, kind: QuestionKind) -> None:
    assert first_question_kind(text) is kind


@pytest.mark.parametrize("text", [
    "Let me ask you: what's your late-payment policy?",
    "Today, what are you working on?",
    "Honestly, what would you change about your invoicing?",
])
def test_openers_that_are_not_names_or_reports_keep_the_question_open(text: str) -> None:
    assert first_question_kind(text) is OPEN


def test_a_statement_is_not_classified() -> None:
    sentence = Prose("Invoices are due in thirty days.").sentences[0]
    assert classify(sentence) is None


@pytest.mark.parametrize(("text", "kind"), [
    ("How do you chase a client who has gone quiet.", OPEN),
    ("And what are you worried will happen if the client-", OPEN),
    ("I'm curious how you handle retainers.", OPEN),
    ("So I'm just kind of wondering where you are with the VAT return.", OPEN),
    ("Do you use payment reminders.", CLOSED),
    ("I'm wondering whether you still send PDFs.", CLOSED),
    ("What are your plans for the tax refund this year", OPEN),
    ("How's your first month of freelancing going", OPEN),
    ("And what are- what are your worries about going freelance--", OPEN),
])
def test_a_question_without_its_question_mark_is_still_a_question(text: str, kind: QuestionKind) -> None:
    [sentence] = Prose(text).sentences
    assert classify(sentence) is kind


@pytest.mark.parametrize("text", [
    "What matters is that you ask.",
    "What I learned is you need a deposit.",
    "What matters is your cash buffer, not your rate.",
    "How cool is that!",
    "I was curious how the bank computes its fees, so I read the docs.",
    "We kept wondering why the export skips March.",
    "Some context first.\n\n## How do you price a rush job",
])
def test_statements_that_look_like_questions_are_not_classified(text: str) -> None:
    sentence = Prose(text).sentences[-1]
    assert classify(sentence) is None


def test_the_same_question_is_open_when_nothing_answers_it() -> None:
    assert first_question_kind("How do you price a rush job?") is OPEN
    assert first_question_kind("How do you price a rush job? Tell me below.") is OPEN


def test_a_question_heading_that_ends_the_post_is_read_as_a_question() -> None:
    assert first_question_kind("Some context first.\n\n## What's your setup?") is OPEN


def talk(body: str, extra: tuple[str, ...] = ()) -> Conversation:
    return conversation(Prose(textwrap.dedent(body).lstrip()), extra)


@pytest.mark.parametrize(("body", "phrase"), [
    ("Tell us about the worst invoice you ever sent.", "Tell us"),
    ("If you've tried the new export, let me know how it went.", "let me know"),
    ("Share your best late-payment email template.", "Share your"),
    ("Reply with your day rate and your city.", "Reply with"),
    ("👇 Drop a comment with your favourite shortcut.", "Drop a comment"),
    ("DM me your template and I'll review it.", "DM me"),
    ("Hit reply and tell me what you'd like covered next.", ["Hit reply", "tell me"]),
    ("I'd love to hear how other studios handle this.", "I'd love to hear"),
    ("We want to hear the awkward stories too.", "We want to hear"),
    ("Your best tip in the comments, please.", "in the comments"),
    ("Got a better approach? Please write back.", "write back"),
    ("Agree or not, prove me wrong.", "prove me wrong"),
    ("Say a little more about how you set that up.", "Say a little more"),
    ("I'd like to hear how your studio handles deposits.", "I'd like to hear"),
    ("Hosting a warm space this winter? Reply here with your town.", "Reply here"),
    ("Still no match? Reply on your support thread with the payout ID.", "Reply on"),
    ("Put your one hard number in the About paragraph. Send me yours and I'll tell you which I'd use.",
     "Send me yours"),
    ("Comment which body part the next workout should focus on 💪", "Comment which"),
    ("Want something on the agenda? Add it to the thread below and we'll get to it.", "Add it to the thread"),
    ("Favourite library book this year? Put it in the comments.", "Put it in the comments"),
])
def test_invitations(body: str, phrase: str | list[str]) -> None:
    assert [i.text for i in talk(body).invitations] == (phrase if isinstance(phrase, list) else [phrase])


@pytest.mark.parametrize("body", [
    "Share this post with a freelancer who needs it!",
    "Tag someone who still does their books in a shoebox.",
    "Our clients tell us they hate chasing payments.",
    "Don't tell me you still use fax.",
    "Follow us for more tips and sign up for the newsletter.",
    "I don't want to hear excuses about receipts anymore.",
    'Her advice was "tell me everything" and it worked.',
    "> Let me know what you think.\n\nThat was the whole e-mail from the client.",
    "Run `echo 'tell us more'` to test the hook.",
    'Only 3 spots left! DM me "READY" to grab yours.',
    "Spring bookings are open: DM me or link in bio.",
    "We're hiring two support engineers. Link in the comments.",
    "Full details in the comments 👇",
    "Add it to the basket before Friday.",
])
def test_not_invitations(body: str) -> None:
    assert talk(body).invitations == []


def test_a_choice_draws_replies_but_does_not_invite_conversation() -> None:
    result = talk("Settling an old office debate. Invoices: weekly or monthly?")
    assert [s.text for s in result.choice_questions] == ["Invoices: weekly or monthly?"]
    assert result.invites_reply, "someone should still answer the replies it draws"
    assert not result.invites_conversation, "the reader picks one of our answers instead of giving theirs"


def test_invitations_are_located_in_the_file() -> None:
    prose = Prose("Invoices matter.\n\nSo, tell us your story.", line_offset=7)
    [invitation] = conversation(prose).invitations
    assert (invitation.line, invitation.column) == (9, 5)


def test_extra_invitations_count_wherever_they_appear() -> None:
    body = "Bring your questions to Friday's office hours."
    assert not talk(body).invites_reply
    assert talk(body, ("bring your questions",)).invites_reply


def test_questions_in_code_quotes_and_quoted_speech_are_not_counted() -> None:
    body = """
    > What do you think of our new pricing?

    A client asked "how do you calculate VAT?" and we wrote the answer down.

    ```python
    answer = input("What is your day rate?")
    ```

    Use `what_is_your_rate()` to read it back.
    """
    result = talk(body)
    assert not result.invites_reply
    assert result.open_questions == result.closed_questions == result.rhetorical_questions == []


def test_conversation_sorts_a_whole_post() -> None:
    body = """
    Why do freelancers undercharge? Because nobody tells them what others charge.

    So here's our rate survey. Do you charge by the hour? How do you set your rate?
    Reply with your city and your rate.
    """
    result = talk(body)
    assert [s.text for s in result.rhetorical_questions] == ["Why do freelancers undercharge?"]
    assert [s.text for s in result.closed_questions] == ["Do you charge by the hour?"]
    assert [s.text for s in result.open_questions] == ["How do you set your rate?"]
    assert [i.text for i in result.invitations] == ["Reply with"]
    assert result.invites_reply


def test_conversation_is_computed_once_per_post() -> None:
    prose = Prose("How do you chase late payers?")
    assert conversation(prose) is conversation(prose)
    assert conversation(prose, ["ping us"]) is not conversation(prose)


@pytest.mark.parametrize("emoji", ["👀", "⭐", "☀️", "🧑‍🍳"])
def test_an_emoji_ends_a_clause_before_a_question(emoji: str) -> None:
    """The emoji are prose.EMOJI, the same ones canned-phrase reads in a formula's slot."""
    assert first_question_kind(f"Something big is coming and we are so ready {emoji} what should it be about?") == OPEN
    assert first_question_kind("Something big is coming and we are so ready what should it be about?") == CLOSED
