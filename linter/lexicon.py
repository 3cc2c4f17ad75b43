"""Phrase lists as data (`linter/phrases/*.txt`), compiled once into one pattern each.

A list file has one phrase a line; `#` starts a comment. A trailing `*` on a word
matches any ending (`launch*`: launch, launched, launching). Matching ignores case
and treats ' and ’ alike, and spaces match any run of white space (phrases may
wrap across lines).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources


@cache
def phrases(name: str) -> tuple[str, ...]:
    text = resources.files("linter").joinpath(f"phrases/{name}.txt").read_text("utf-8")
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(line for line in lines if line)


def _phrase_pattern(phrase: str) -> str:
    parts = []
    for word in phrase.split():
        wildcard = word.endswith("*")
        escaped = re.sub("['’]", lambda _: "['’]", re.escape(word.rstrip("*")))
        parts.append(escaped + (r"[\w'’-]*" if wildcard else ""))
    body = r"\s+".join(parts)
    start = r"(?<![\w#@])" if phrase[:1].isalnum() else ""
    end = r"(?![\w'’])" if phrase.rstrip("*")[-1:].isalnum() or phrase.endswith("*") else ""
    return start + body + end


@cache
def _compile(items: tuple[str, ...]) -> re.Pattern[str]:
    # Longest first, so "we care deeply" wins over "we care".
    ordered = sorted(set(items), key=len, reverse=True)
    if not ordered:
        return re.compile(r"(?!x)x")
    return re.compile("|".join(_phrase_pattern(p) for p in ordered), re.IGNORECASE)


def pattern(*lists: str, extra: Iterable[str] = ()) -> re.Pattern[str]:
    """One compiled pattern for the named phrase lists plus configured extras."""
    items = tuple(p for name in lists for p in phrases(name)) + tuple(p.strip() for p in extra if p.strip())
    return _compile(items)
