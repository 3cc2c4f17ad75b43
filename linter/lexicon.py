"""Phrase lists as data (`linter/phrases/*.txt`), compiled once into one pattern each.

A list file has one phrase a line; `#` followed by a space (or ending the line) starts
a comment, so `#tbt` is a hashtag phrase. A trailing `*` on a word matches any ending
(`launch*`: launch, launched, launching); a lone `*` stands for any one word
(`happy * friday`: Happy Feel-Good Friday). Matching ignores case
and treats ' and ’ alike, and spaces match any run of white space (phrases may
wrap across lines).
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from linter import regex_cache

if TYPE_CHECKING:
    from linter.prose import Prose

_PHRASES = Path(__file__).parent / "phrases"
"""Read beside this module (importlib.resources costs a tenth of a one-post run to import)."""
_COMMENT = regex_cache.compile(r"(?:^|\s)#(?:\s.*)?$")


@cache
def phrases(name: str) -> tuple[str, ...]:
    text = (_PHRASES / f"{name}.txt").read_text("utf-8")
    lines = (_COMMENT.sub("", line).strip() if "#" in line else line.strip() for line in text.splitlines())
    return tuple(line for line in lines if line)


def as_listed(phrase: str) -> str:
    """A phrase as the lists spell it (lower case, straight apostrophes, single spaces), so that one phrase however
    it is typed ("Don’t  miss out", "don't miss out") is one entry to look up or to count."""
    return " ".join(phrase.lower().replace("’", "'").split())


_START = r"(?<![\w#@])"
_STOP = r"(?![\w'’])"
_APOSTROPHE = "['’]"
_ANY_ENDING = r"[\w'’-]*"


def _atoms(phrase: str) -> list[str]:
    """A phrase as regex pieces: one per character, white space, wildcard and boundary."""
    atoms: list[str] = []
    words = phrase.lower().split()
    for index, word in enumerate(words):
        if index:
            atoms.append(r"\s+")
        wildcard = word.endswith("*")
        atoms.extend(_APOSTROPHE if char in "'’" else re.escape(char) for char in word.rstrip("*"))
        if wildcard:
            atoms.append(_ANY_ENDING)
    if words and (wildcard or words[-1][-1:].isalnum()):
        atoms.append(_STOP)
    return atoms


def _trie_pattern(node: dict[str, Any]) -> str:
    """Alternatives merged on shared prefixes: Python's re tries alternatives one by one,
    so a trie keeps a list of hundreds of phrases about as fast as a handful."""
    ends = "" in node
    # A phrase that goes on ("we care deeply") is tried before one that stops ("we care").
    atoms = sorted((atom for atom in node if atom), key=lambda atom: (atom == _STOP, atom))
    branches = [atom + _trie_pattern(node[atom]) for atom in atoms]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


def _trie(phrases: Iterable[list[str]]) -> dict[str, Any]:
    root: dict[str, Any] = {}
    for atoms in phrases:
        node = root
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[""] = {}
    return root


_FINGERPRINT = f"{binascii.crc32(Path(__file__).read_bytes()):08x}"
"""Trie texts are kept between runs (regex_cache); a change to this file must not reuse them.
A CRC is made to notice edits, and hashlib would cost every commit more than reading the file."""


@cache
def _source(items: tuple[str, ...]) -> str:
    return regex_cache.source(("lexicon", _FINGERPRINT, *items), lambda: _build_source(items))


def _first_characters(phrases: list[list[str]]) -> str | None:
    """The characters every phrase can start with, for a lookahead that rejects, in one step, every position no
    phrase can start at; None when a phrase starts with a wildcard (no cheap test).

    Python's re tries a pattern at each character; without this, each space and
    punctuation mark is compared against every first letter of the trie in turn."""
    firsts = {atoms[0] for atoms in phrases if atoms}
    single = {first for first in firsts if len(first) == 1 or (len(first) == 2 and first[0] == "\\")}
    if firsts - single - {_APOSTROPHE}:
        return None
    return "".join(sorted("'’" if first == _APOSTROPHE else first for first in firsts))


def _build_source(items: tuple[str, ...]) -> str:
    """Phrases that start a word (after _START) and phrases that start with a mark ("#tbt") as one trie each.

    Both tries behind one lookahead of the first characters of either: with a lookahead each, every position
    paid for the two (a scan of the prose took half as long again)."""
    words = [_atoms(p) for p in set(items) if p[:1].isalnum()]
    others = [_atoms(p) for p in set(items) if not p[:1].isalnum()]
    parts = [(_first_characters(phrases), trie) for phrases, trie in (
        (words, _START + "(?:" + _trie_pattern(_trie(words)) + ")"), (others, _trie_pattern(_trie(others))),
    ) if phrases]
    if not parts:
        return r"(?!x)x"
    firsts = "".join(first or "" for first, _ in parts)
    if all(first is not None for first, _ in parts):
        return f"(?=[{firsts}])(?:" + "|".join(trie for _, trie in parts) + ")"
    return "|".join((f"(?=[{first}])" if first is not None else "") + trie for first, trie in parts)


@cache
def _compile(items: tuple[str, ...]) -> re.Pattern[str]:
    return regex_cache.compile(_source(items), re.IGNORECASE)


@cache
def _items(lists: tuple[str, ...], extra: tuple[str, ...]) -> tuple[str, ...]:
    """Every phrase of the lists (cached: rules ask for their patterns once a post)."""
    return tuple(p for name in lists for p in phrases(name)) + tuple(p.strip() for p in extra if p.strip())


def pattern(*lists: str, extra: Iterable[str] = ()) -> re.Pattern[str]:
    """One compiled pattern for the named phrase lists plus configured extras."""
    return _compile(_items(lists, tuple(extra)))


def source(*lists: str, extra: Iterable[str] = ()) -> str:
    """The same pattern as text, uncompiled, for a rule that joins several lists into one regex
    (compiling each list first would cost as much again at every start)."""
    return _source(_items(lists, tuple(extra)))


FOLDED_TO_ASCII = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
"""The non-ASCII letters re.IGNORECASE matches to an ASCII one: capital İ and dotless ı, the Kelvin sign, the long s
(tests/test_regex_cache.py checks every code point)."""


def initials(words: Iterable[str]) -> str:
    """A lookahead for the first characters of `words` in every form re.IGNORECASE matches them in, itself
    case-sensitive; "" (no test) when a word starts with a wildcard or outside ASCII.

    In front of alternatives that start with these words it rejects every other position in one step: Python's
    re enters each alternative in turn, and under IGNORECASE even a class lower-cases the character first."""
    characters: set[str] = set()
    for word in words:
        first = word[:1].lower()
        if not first or first == "*" or not (first.isascii() or first == "’"):
            return ""
        if first in "'’":
            characters.update("'’")  # phrases treat them alike
        else:
            characters.update((first, first.upper(), *FOLDED_TO_ASCII.get(first, "")))
    return "(?=(?-i:[" + "".join(map(re.escape, sorted(characters))) + "]))" if characters else ""


FOLDED_SAFE = "’—–…£€"
"""The characters outside ASCII a pattern may hold and still run over the folded prose: none has a case, and
no other character folds to one (tests/test_regex_cache.py checks every code point)."""
_NAMED_GROUP = regex_cache.compile(r"\(\?P<\w+>")
_CASE_SENSITIVE_PART = regex_cache.compile(
    r"\\(?:[^\W_wWsSdDbBAZnt]|\\)"  # an escape other than a class or an anchor: \x41, \u00C9, a backreference
    r"|(?<!\\)[A-Z]"                   # a capital: the pattern tells cases apart
    r"|\(\?[aiLmsux]*-?[aiLmsux]"       # inline flags: (?-i:…), (?a)
    rf"|[^\x00-\x7f{FOLDED_SAFE}]"       # a character whose folding is not checked
)


def _folded_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern without re.IGNORECASE, for `Prose.folded`, where it matches exactly where the pattern matches in
    `Prose.masked` (same offsets, same lengths); None for a pattern that tells cases apart or holds a character whose
    folding is not checked.

    Up to twice as fast: under re.IGNORECASE, re lower-cases each character before comparing it, and cannot skip an
    alternative on its first letter without entering it."""
    return _twin(pattern.pattern, pattern.flags)  # not cached by the pattern: re hashes its whole code every time


@cache
def _twin(source: str, flags: int) -> re.Pattern[str] | None:
    flags &= ~re.UNICODE
    if flags & ~(re.IGNORECASE | re.MULTILINE | re.DOTALL) or not flags & re.IGNORECASE:
        return None
    if _CASE_SENSITIVE_PART.search(_NAMED_GROUP.sub("", source)):
        return None
    return regex_cache.compile(source, flags & ~re.IGNORECASE)


def finditer(prose: Prose, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """`prose.finditer(pattern)`, found by the pattern's folded twin where it has one: each match is then the
    pattern's own, at the place the twin found."""
    twin = _folded_twin(pattern)
    if twin is None:
        yield from prose.finditer(pattern)
        return
    for found in twin.finditer(prose.folded):
        match = pattern.match(prose.masked, found.start())
        if match is not None:  # always: the twin matches exactly where the pattern does
            yield match


def _starts(prose: Prose, pattern: re.Pattern[str]) -> Iterator[int]:
    """Where the matches of `prose.finditer(pattern)` start, without making them (counts need no more)."""
    twin = _folded_twin(pattern)
    return (found.start() for found in (prose.finditer(pattern) if twin is None else twin.finditer(prose.folded)))


def count_per_sentence(prose: Prose, pattern: re.Pattern[str]) -> list[int]:
    """`prose.count_per_sentence(pattern)`, found by the folded twin where it has one."""
    counts = [0] * len(prose.sentences)
    for start in _starts(prose, pattern):
        index = prose.sentence_index(start)
        if index is not None:
            counts[index] += 1
    return counts


def search(prose: Prose, pattern: re.Pattern[str]) -> bool:
    """Whether the pattern matches anywhere in the prose."""
    twin = _folded_twin(pattern)
    return bool(pattern.search(prose.masked) if twin is None else twin.search(prose.folded))


@cache
def openings(phrases: tuple[str, ...], prefixes: tuple[str, ...] = ()) -> re.Pattern[str] | None:
    """A pattern for `Prose.folded` that finds each place, not right after a word character, where one of `phrases`
    is written (as a phrase list matches it; only up to its first wildcard), or where one of `prefixes` starts
    ("thank you" of "thank you so much"); None when a phrase starts with a wildcard or holds a character whose
    folding is not checked.

    For a pattern every match of which starts so: it need only be tried there (`finditer_at`)."""
    source = regex_cache.source(("openings", _FINGERPRINT, *phrases, "", *prefixes),
                                lambda: _openings_source(phrases, prefixes))
    return regex_cache.compile(source) if source else None


def _openings_source(phrases: tuple[str, ...], prefixes: tuple[str, ...]) -> str:
    branches: list[list[str]] = []
    for phrase, whole in [*((p, True) for p in phrases), *((p, False) for p in prefixes)]:
        atoms = _atoms(phrase)
        if _ANY_ENDING in atoms:
            atoms = atoms[:atoms.index(_ANY_ENDING)]
        elif not whole and atoms[-1:] == [_STOP]:
            atoms = atoms[:-1]
        if not atoms or atoms[0] == r"\s+" or not all(c.isascii() or c in FOLDED_SAFE for c in phrase):
            return ""
        branches.append(atoms)
    return r"(?<!\w)(?=" + _trie_pattern(_trie(branches)) + ")"


def finditer_at(prose: Prose, pattern: re.Pattern[str], openings: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """`prose.finditer(pattern)` for a pattern that can only match where `openings` finds a word (see `openings`):
    tried there only, one place after another as re would, not at every character."""
    end = 0
    for found in openings.finditer(prose.folded):
        if found.start() >= end:
            match = pattern.match(prose.masked, found.start())
            if match is not None:
                end = match.end()
                yield match
