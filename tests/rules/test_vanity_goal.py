"""vanity-goal: a front-matter goal that chases reach numbers is flagged; conversation goals are not."""

from __future__ import annotations

import pytest

from conftest import fires, post_text, run_rule

RULE = "vanity-goal"
BODY = """
    How do you word the second reminder when a client has gone quiet for three weeks?
    Reply with your opening line and I'll collect the best ones for Friday's newsletter.
"""

VANITY = {
    "500 likes": "500 likes",
    "mixed with replies": "500 likes and 20 replies",
    "follower growth": "Grow our LinkedIn followers by 20% this quarter",
    "impressions": "10k impressions on the launch post",
    "reach": "maximise reach among Dutch freelancers",
    "go viral": "go viral",
    "engagement rate": "increase engagement rate to 5%",
    "new followers": "1,000 new followers by March",
    "views": "more views on the launch video than last time",
    "goal opens with the metric": "Likes and shares on the launch post",
    "follower count": "Double our follower count",
    "as many as possible": "Get as many retweets as possible",
    "reach with a number": "Reach: 50,000 people",
    "traffic": "Drive traffic to the pricing page",
    "goal opens with traffic": "traffic to the release page",
    "fanbase": "build a fanbase among freelancers",
    "subscribers": "hit 10k newsletter subscribers",
    "number of followers": "double the number of followers",
}

CONVERSATION = {
    "replies": "20 replies from freelancers",
    "questions answered": "answer 15 questions about VAT",
    "follow-ups": "5 follow-up calls booked",
    "learning": "learn which invoice template people use",
    "a client likes (verb)": "learn which invoice template a client likes",
    "reach out (verb)": "reach out to 5 accountants who use spreadsheets",
    "reach people (verb)": "Reach 30 freelancers who invoice in euros and hear how they do it",
    "followers as the people we answer": "answer questions from followers about the new export",
    "first impressions": "collect 10 first impressions of the new invoice template",
    "people who share": "hear from 10 people who share their reminder emails",
    "views as opinions": "get 8 freelancers to tell us their views on net-60 terms",
    "demo calls": "book 5 demo calls with accountants who saw the post",
    "what readers think": "find out what readers think about net-60 terms",
}


@pytest.mark.parametrize("goal", VANITY.values(), ids=VANITY.keys())
def test_vanity_goals_fire_at_the_goal_line(goal: str) -> None:
    outcome = run_rule(RULE, BODY, meta={"goal": goal})
    (hit,) = outcome.hits
    lines = post_text(BODY, goal=goal).splitlines()
    goal_line = next(number for number, line in enumerate(lines, 1) if line.startswith("goal:"))
    assert (hit.line, hit.column) == (goal_line, 1)
    assert outcome.metrics["vanity_goal"] == 1
    assert "conversation goal" in (hit.suggestion or "")


@pytest.mark.parametrize("goal", CONVERSATION.values(), ids=CONVERSATION.keys())
def test_conversation_goals_do_not_fire(goal: str) -> None:
    outcome = run_rule(RULE, BODY, meta={"goal": goal})
    assert not outcome.hits, outcome.hits
    assert outcome.metrics["vanity_goal"] == 0


def test_the_message_names_every_vanity_metric() -> None:
    (hit,) = run_rule(RULE, BODY, meta={"goal": "500 likes, 10k impressions and 20 replies"}).hits
    assert '"500 likes", "10k impressions"' in hit.message
    assert "20 replies" not in hit.message


def test_the_body_is_not_the_goal() -> None:
    body = "We hit 10,000 followers this week. What should we write about next?"
    assert not fires(RULE, body)
    assert not fires(RULE, body, meta={"goal": "20 replies from freelancers"})


def test_no_goal_or_a_goal_that_is_not_text() -> None:
    assert run_rule(RULE, BODY).metrics["vanity_goal"] == 0
    assert not fires(RULE, BODY, meta={"goal": 500})
    assert not fires(RULE, BODY, meta={"goal": "   "})


def test_extra_phrases() -> None:
    goal = "top of the LinkedIn feed for a week"
    assert not fires(RULE, BODY, meta={"goal": goal})
    assert fires(RULE, BODY, meta={"goal": goal}, **{"extra-phrases": ["top of the LinkedIn feed"]})
