"""Phrase lists as data: how a phrase the writer typed is looked up in them."""

from __future__ import annotations

from linter import lexicon


def test_a_phrase_however_typed_is_spelled_as_the_lists_spell_it() -> None:
    typed = ["Don’t miss out", "don't  miss\nout", "DON'T MISS OUT", "  Don’t\tmiss out "]
    assert {lexicon.as_listed(phrase) for phrase in typed} == {"don't miss out"}
    assert lexicon.as_listed("Don't miss the deadline") != lexicon.as_listed("Don't miss out")


def test_what_a_list_matches_is_found_again_in_the_list() -> None:
    # A rule looks up the text it matched to learn which entry it was: the pattern and the spelling must agree
    # on the curly apostrophe, capitals and a line break inside the phrase.
    listed = {lexicon.as_listed(phrase) for phrase in lexicon.phrases("hedges")}
    post = "Monthly or weekly invoicing? For what it’s\nworth, One Size Doesn’t Fit All."
    found = [match.group() for match in lexicon.pattern("hedges").finditer(post)]
    assert found == ["For what it’s\nworth", "One Size Doesn’t Fit All"]
    assert [lexicon.as_listed(phrase) for phrase in found] == ["for what it's worth", "one size doesn't fit all"]
    assert all(lexicon.as_listed(phrase) in listed for phrase in found)
