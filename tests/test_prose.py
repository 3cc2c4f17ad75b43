"""The prose view every rule reads: only the writer's own words, at the right line and column."""

from __future__ import annotations

import re

import pytest

from linter.prose import Prose, opens_clause

BODY = """# Why we stopped sending invoices on Fridays

Some *emphasis* with `inline code?` and [a link](https://example.com/a?b=1). See https://example.com/x.
What do you think, e.g. about this? She said "we are the best, aren't we?" and left.

> We are the greatest team on earth, aren't we?

- first item is here
- second item? yes

```python
print("is this a question?")
```

<!-- note to self: should we mention the award? -->
<div>raw html: buy now?</div>

New feature alert
Check it out
Dr. Smith agrees. Tell us your story!
"""


@pytest.fixture(scope="module")
def prose() -> Prose:
    return Prose(BODY, line_offset=8)


def texts(prose: Prose) -> list[str]:
    return [" ".join(s.text.split()) for s in prose.sentences]


def test_sentences_are_the_writers_words_only(prose: Prose) -> None:
    assert texts(prose) == [
        "Why we stopped sending invoices on Fridays",
        "Some emphasis with and a link .",
        "See .",
        "What do you think, e.g. about this?",
        "She said and left.",
        "first item is here",
        "second item?",
        "yes",
        "New feature alert",
        "Check it out",
        "Dr. Smith agrees.",
        "Tell us your story!",
    ]


@pytest.mark.parametrize("hidden", ["inline code", "example.com", "greatest team", "print(", "award", "buy now",
                                    "we are the best"])
def test_code_urls_quotes_html_and_comments_are_masked(prose: Prose, hidden: str) -> None:
    assert hidden not in prose.masked
    assert len(prose.masked) == len(BODY)


def test_offsets_map_to_file_lines_and_columns(prose: Prose) -> None:
    by_text = {" ".join(s.text.split()): s for s in prose.sentences}
    question, said = by_text["What do you think, e.g. about this?"], by_text["She said and left."]
    assert (question.line, question.column) == (11, 1)
    assert (said.line, said.column) == (11, 37)
    assert by_text["second item?"].block == "list"
    assert by_text["Why we stopped sending invoices on Fridays"].block == "heading"
    match = next(prose.finditer(re.compile("Tell us")))
    assert prose.locate(match.start()) == (27, 19)


def test_questions(prose: Prose) -> None:
    questions = [" ".join(q.text.split()) for q in prose.questions]
    assert questions == ["What do you think, e.g. about this?", "second item?"]


def test_word_count(prose: Prose) -> None:
    assert prose.word_count == sum(len(s.words) for s in prose.sentences) == 46


def test_sentence_at(prose: Prose) -> None:
    question = prose.questions[0]
    assert prose.sentence_at(question.start + 3) is question
    assert prose.sentence_at(0) is None  # the heading mark
    assert prose.sentence_at(2) is not None
    assert prose.sentence_at(len(BODY) - 1) is None


def test_hard_wrapped_paragraph_stays_one_sentence() -> None:
    body = (
        "When a client pays late the first time, the reminder you send sets the tone for every\n"
        "invoice after it, so keep it short and friendly.\n"
    )
    assert len(Prose(body).sentences) == 1


def test_empty_and_odd_bodies() -> None:
    for body in ["", "\n\n", "```\nunclosed fence", "<!-- unclosed comment", "****", "\u200b\ufeff"]:
        Prose(body)  # never raises
    assert Prose("").sentences == [] and Prose("").word_count == 0


def test_email_addresses_are_masked_even_right_after_an_emphasis_mark() -> None:
    # Blocks with an @ take the full pattern; "@maya" is a handle, part of the writer's words.
    prose = Prose(
        "Ask @maya, or write to **_ines.r@larkspur.example_** before Friday.\n\nNo address here: *just* words.\n"
    )
    assert "ines.r" not in prose.masked and "larkspur.example" not in prose.masked
    assert "@maya" in prose.masked and "before Friday" in prose.masked
    assert "*" not in prose.masked and "just words" in " ".join(prose.masked.split())


def test_an_abbreviation_late_in_a_long_paragraph_does_not_end_a_sentence() -> None:
    opening = "We send every invoice the day the work ends. " * 40
    prose = Prose(opening + "Ask Dr. Okafor, approx. once a month, e.g. after the close. Then rest.\n")
    assert len(prose.sentences) == 42
    assert prose.sentences[-2].text == "Ask Dr. Okafor, approx. once a month, e.g. after the close."


def _openings(pattern: str, body: str) -> list[str]:
    """The words a clause-opening pattern finds in the writer's prose (quotes and code masked as the rules see it)."""
    prose = Prose(body)
    return [" ".join(match.group().split()) for match in re.finditer(pattern, prose.masked, re.IGNORECASE)]


def test_a_clause_opens_at_a_sentence_a_list_item_or_after_punctuation_never_mid_sentence() -> None:
    some = opens_clause() + r"some\s+\w+"
    body = (
        "Some freelancers invoice monthly; some clients pay weekly. We sent some reminders.\n\n"
        "- some accountants disagree\n"
        "- Next steps — some measures start in May, 🙂 some later\n"
    )
    assert _openings(some, body) == [
        "Some freelancers", "some clients", "some accountants", "some measures", "some later",
    ]


def test_a_hard_wrapped_line_goes_on_the_clause_but_a_new_sentence_on_a_new_line_opens_one() -> None:
    some = opens_clause() + r"some\s+\w+"
    assert _openings(some, "We sent reminders to\nsome clients in March.") == []
    assert _openings(some, "We sent reminders in March.\nSome clients paid the same day.") == ["Some clients"]
    assert _openings(some, "We sent reminders to \nsome clients, and to\n some others.") == []
    # A heading that ends in a word is a block of its own: the paragraph under it opens a clause.
    assert _openings(some, "## Next steps\n\nSome measures start in May.") == ["Some measures"]


def test_a_clause_also_opens_after_the_words_given() -> None:
    body = "We moved invoicing to Fridays and some clients paid faster, but in certain states VAT differs."
    assert _openings(opens_clause() + r"some\s+\w+", body) == []
    assert _openings(opens_clause("and") + r"some\s+\w+", body) == ["some clients"]
    assert _openings(opens_clause("in", "and") + r"certain\s+\w+", body) == ["certain states"]


def test_mentions_finds_a_word_in_any_case_a_pattern_would_match_but_not_in_code() -> None:
    """Prose.mentions lets a rule skip a scan: it must say yes wherever a case-insensitive pattern could match
    (re.IGNORECASE takes İ and ı for i, K for k, ſ for s), and no where the word is only in code."""
    prose = Prose("OUR TOP PRİORİTY IS YOU. Co\u017ft depends on the plan.\n\n```\nsettings.priority = 3\n```\n")
    assert prose.mentions(("priority",)) and prose.mentions(("cost",)) and prose.mentions(("depends",))
    assert not Prose("Run `depends --all` first.\n").mentions(("depends",))
    assert not prose.mentions(("settings",))


def test_an_emoji_between_a_word_and_a_capitalised_word_ends_a_sentence() -> None:
    """Social posts end sentences with an emoji instead of a full stop; an emoji inside a sentence stays in it."""
    prose = Prose("Happy Friday from all of us at Thornbury 💚 We answer every message within a day.\n"
                  "Shipdeck 3.2 is live 🎉🎉 Release notes are on the blog.\n"
                  "Drop a 🔥 if you agree, and book by 12 May 📅 for the early price.\n")
    assert texts(prose) == [
        "Happy Friday from all of us at Thornbury 💚", "We answer every message within a day.",
        "Shipdeck 3.2 is live 🎉🎉", "Release notes are on the blog.",
        "Drop a 🔥 if you agree, and book by 12 May 📅 for the early price.",
    ]
