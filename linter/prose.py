"""The writer's own words in a post body, located by line and column.

Markdown is parsed once (markdown-it-py keeps the source lines of every block) and
turned into `masked`: the body with everything that is not the writer's prose
blanked out, character for character, so every offset still points at the same
place in the file. Blanked: code (fenced, indented, inline), HTML and comments,
URLs and link targets, images, block quotes and quoted speech (other people's
words). Every rule reads this one view.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import TYPE_CHECKING

from linter import regex_cache
from linter.lexicon import FOLDED_TO_ASCII

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_QUOTE_BLOCK = "blockquote_open"
_PROSE_PARENTS = {"paragraph_open": "paragraph", "heading_open": "heading"}

# Inline parts of a prose block that are not prose. Order matters: code first, so a
# backtick-quoted URL is not half-masked by the URL pattern.
_NOT_PROSE_PARTS = (
    r"""
      (?P<code>(`+)[^`].*?\2)                       # `code spans`
    | <!--.*?-->                                    # HTML comments
    | !\[[^\]]*\]\([^)]*\)                          # images, alt text included
    | \]\([^)]*\)                                   # link targets: [text](url "title")
    | \]\[[^\]]*\]                                  # reference links: [text][ref]
    | </?[A-Za-z][^<>]*>                            # inline HTML and autolinks
    | (?:https?://|www\.)[^\s<>]*?(?=[.,;:!?)\]]*(?:\s|$))  # bare URLs
    """,
    r"""
    | [\w.+-]+@[\w-]+\.[\w.-]+\w                    # e-mail addresses
    """,
    r"""
    | (?<![\w"])"(?=\S)[^"]{1,800}?(?<=\S)"(?!\w)    # "quoted speech" (within one block)
    | “[^”]{1,800}”                                 # “quoted speech”
    | ^[ \t]*\#{1,6}(?=\s)                          # heading marks
    | ^[ \t]*(?:[-*+]|\d{1,3}[.)])(?=[ \t])         # list markers (lazy continuation lines)
    | [*_~]{1,3}(?=\S)|(?<=\S)[*_~]{1,3}            # emphasis marks
    | [\[\]]                                        # link text brackets
    """,
)
_NOT_PROSE = regex_cache.compile("".join(_NOT_PROSE_PARTS), re.VERBOSE | re.MULTILINE | re.DOTALL)
_NOT_PROSE_WITHOUT_EMAIL = regex_cache.compile(
    r"(?=[`<!\]hw\"“*_~\[]|^)(?:" + _NOT_PROSE_PARTS[0] + _NOT_PROSE_PARTS[2] + ")",
    re.VERBOSE | re.MULTILINE | re.DOTALL,
)
"""The same for a block without an @, where it is 4x faster: Python's re tries a pattern at every
character, and the e-mail part could start at any letter. Without it, every other part starts
at a line start or at one of these characters, so one test skips most positions."""

# A sentence ends after . ! ? (and closing quotes/brackets) followed by space,
# unless the word before is a common abbreviation.
_END = regex_cache.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_ABBREVIATION = regex_cache.compile(
    r"(?:\b(?:e\.g|i\.e|etc|vs|Dr|Mr|Mrs|Ms|St|No|approx|incl|Inc|Ltd|Jr|Sr|cf|al)\.|\b[A-Z]\.)$"
)
_ABBREVIATION_WINDOW = 16
"""Longer than any abbreviation above: only the end of the text before a full stop is searched
(searching all of it made splitting a long paragraph quadratic)."""
EMOJI = "(?-i:[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D])"
"""An emoji, with the joiner and selector that build one from several: in a post it often ends a sentence
("stay tuned 👀 What should it be about?") or fills a formula's slot ("Drop a 🔥"). Case-sensitive, as folding
the case of every code point in these ranges costs milliseconds at compile."""
_EMOJI_END = regex_cache.compile(rf"{EMOJI}(?<=[^\W_][ \t].)(?:{EMOJI})*(?=[ \t]+(?-i:[A-Z]))")
"""An emoji between a word and a capitalised one ends a sentence: "…all of us at Thornbury 💚 We are…". It starts
with the emoji, looking back for the word only then: Python's re skips in one step to the next emoji, where a
pattern that starts with a lookbehind is tried at every character."""
_WORD = regex_cache.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_NOT_NEWLINE = regex_cache.compile(r"[^\n]")
_FOLDED_TO_ASCII = str.maketrans({other: ascii for ascii, others in FOLDED_TO_ASCII.items() for other in others})
_SHORT_LINE = 50
"""A line this short, with no end punctuation, followed by a capitalised line is a
sentence of its own (social posts break lines instead of using full stops)."""


@dataclass(frozen=True)
class Sentence:
    """One sentence of prose: `text` is the masked slice body[start:end]."""

    text: str
    start: int
    end: int
    line: int
    column: int
    block: str
    """heading | paragraph | list"""
    words: list[str] = field(repr=False, compare=False)
    """Found while splitting (a sentence needs one), so never searched for twice."""

    @property
    def is_question(self) -> bool:
        return self.text.rstrip(" \t\n\"'”’)]").endswith("?")


class Prose:
    """The prose of one post body; `line_offset` is the file line of the body's first line."""

    def __init__(self, body: str, line_offset: int = 1) -> None:
        self.body = body
        self.line_offset = line_offset
        lines = body.split("\n")
        self._line_starts = list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
        self.masked, blocks = _mask(body, lines, self._line_starts)
        self.sentences: list[Sentence] = [
            sentence for start, end, kind in blocks for sentence in self._split(start, end, kind)
        ]
        self.word_count = sum(len(s.words) for s in self.sentences)

    def locate(self, offset: int) -> tuple[int, int]:
        """File line and column (1-based) of a body offset."""
        index = bisect_right(self._line_starts, offset) - 1
        return index + self.line_offset, offset - self._line_starts[index] + 1

    def finditer(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """Matches of a compiled pattern in the prose only."""
        return pattern.finditer(self.masked)

    @cached_property
    def folded(self) -> str:
        """`masked` in lower case, with the other letters re.IGNORECASE takes for i, k and s (İ, ı, K, ſ) made
        those: a word that is not in here is in no case-insensitive match either. Same offsets as `masked` (İ,
        the one letter whose lower case is two characters, is made "i" first; tests/test_regex_cache.py checks
        every code point), so a match found here is at the same place there."""
        return self.masked.translate(_FOLDED_TO_ASCII).lower()

    def mentions(self, words: Iterable[str]) -> bool:
        """Whether any of `words` (lower case, ASCII) is in the prose, in any case: one `in` test each, where a
        case-insensitive pattern that needs one of them would try every character of the post."""
        folded = self.folded
        return any(word in folded for word in words)

    @cached_property
    def _starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_index(self, offset: int) -> int | None:
        """Index in `sentences` of the sentence holding a body offset, if any."""
        index = bisect_right(self._starts, offset) - 1
        return index if index >= 0 and offset < self.sentences[index].end else None

    def sentence_at(self, offset: int) -> Sentence | None:
        index = self.sentence_index(offset)
        return None if index is None else self.sentences[index]

    def count_per_sentence(self, pattern: re.Pattern[str]) -> list[int]:
        """Matches of a pattern in each sentence, in one pass over the whole prose."""
        counts = [0] * len(self.sentences)
        for match in pattern.finditer(self.masked):
            index = self.sentence_index(match.start())
            if index is not None:
                counts[index] += 1
        return counts

    @property
    def questions(self) -> list[Sentence]:
        return [s for s in self.sentences if s.is_question]

    def _split(self, start: int, end: int, kind: str) -> Iterator[Sentence]:
        text = self.masked[start:end]
        for cut, boundary in itertools.pairwise(sorted({0, *_boundaries(text), len(text)})):
            raw = text[cut:boundary]
            stripped = raw.lstrip()
            first = start + cut + len(raw) - len(stripped)
            stripped = stripped.rstrip()
            words = _WORD.findall(stripped)
            if words:
                line, column = self.locate(first)
                yield Sentence(stripped, first, first + len(stripped), line, column, kind, words)


def _boundaries(text: str) -> Iterator[int]:
    for match in _END.finditer(text):
        if match.group().startswith(".") and _ABBREVIATION.search(
            text, max(match.start() - _ABBREVIATION_WINDOW, 0), match.start() + 1
        ):
            continue
        yield match.end()
    for match in _EMOJI_END.finditer(text):
        yield match.end()
    lines = text.split("\n")
    offset = 0
    for current, following in itertools.pairwise(lines):
        offset += len(current) + 1
        stripped = current.strip()
        nxt = following.lstrip()
        if (
            stripped
            and len(stripped) < _SHORT_LINE
            and not _END.search(stripped + " ")
            and nxt[:1]
            and not nxt[:1].islower()
        ):
            yield offset


@cache
def _markdown() -> MarkdownIt:
    with regex_cache.remembering():  # markdown-it-py compiles its patterns as it is imported
        from markdown_it import MarkdownIt

    # Only the block structure is read (inline parts are masked by _NOT_PROSE), so the
    # inline parser, half of markdown-it's time, is switched off.
    return MarkdownIt("commonmark").disable(["inline", "text_join"])


def _blank(match: re.Match[str]) -> str:
    return _NOT_NEWLINE.sub(" ", match.group())


_BLOCK_SYNTAX = regex_cache.compile(
    r"^(?:[ \t]*\t| {4}| {0,3}(?:[>*+\-=_`~<\[]|#+(?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)))|\r", re.MULTILINE
)
"""Whatever may start a Markdown block other than a paragraph, at a line start (a quote, a list item, a heading, a
rule, a fence, HTML, a link definition, an indented line), and a carriage return (markdown-it makes it a line
break). A hashtag ("#larkspur") is no heading, nor is "10,000 customers" a list."""


def _prose_blocks(body: str, lines: list[str]) -> Iterable[tuple[int, int, str]]:
    """The prose blocks of a body outside block quotes, as (first line, line after the last, kind).

    A body with no block syntax (_BLOCK_SYNTAX), as most social posts are, is paragraphs between blank lines,
    read without markdown-it: its block parser was a third of the prose view (tests/test_regex_cache.py checks
    that both read the same blocks)."""
    return _parsed_blocks(body) if _BLOCK_SYNTAX.search(body) else _paragraphs(lines)


def _paragraphs(lines: list[str]) -> Iterator[tuple[int, int, str]]:
    """Runs of lines that are not blank (a blank line holds only spaces and tabs, as in CommonMark)."""
    first = None
    for index, line in enumerate(lines):
        if line.strip(" \t"):
            first = index if first is None else first
        elif first is not None:
            yield first, index, "paragraph"
            first = None
    if first is not None:
        yield first, len(lines), "paragraph"


def _parsed_blocks(body: str) -> Iterator[tuple[int, int, str]]:
    quote_depth = 0
    list_depth = 0
    parent = ""
    for token in _markdown().parse(body):
        if token.type == _QUOTE_BLOCK:
            quote_depth += 1
        elif token.type == "blockquote_close":
            quote_depth -= 1
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif token.type in _PROSE_PARENTS:
            parent = _PROSE_PARENTS[token.type]
        elif token.type == "inline" and token.map and quote_depth == 0:
            first, last = token.map
            yield first, last, "list" if list_depth and parent == "paragraph" else parent


def _mask(body: str, lines: list[str], line_starts: list[int]) -> tuple[str, list[tuple[int, int, str]]]:
    """Blank everything but prose; return the masked text and its prose blocks."""
    chars = list("\n".join(" " * len(line) for line in lines))
    blocks: list[tuple[int, int, str]] = []
    for first, last, kind in _prose_blocks(body, lines):
        start = line_starts[first]
        end = line_starts[last] if last < len(line_starts) else len(body)
        source = body[start:end]
        chars[start:end] = (_NOT_PROSE if "@" in source else _NOT_PROSE_WITHOUT_EMAIL).sub(_blank, source)
        blocks.append((start, end, kind))
    return "".join(chars), blocks


def opens_clause(*after_words: str) -> str:
    """A lookbehind for where a clause opens in the masked prose: not right after a word (so at a sentence's or a
    list item's start, a new paragraph (also after a heading that ends in a word), after a comma, a colon, a dash or
    an emoji, but not where a hard-wrapped line goes on), or right after one of `after_words` (a conjunction, a
    preposition).

    Rules put it in front of a formula that counts only as an opening ("Happy Monday!", "some say"), not talked
    about inside a sentence ("I stopped wishing people a happy Monday"). One lookbehind per word, as Python's
    must be of fixed width; tried before the quantifier is matched, they keep the pattern fast."""
    after = "".join(rf"|(?<=\b{word}\s)" for word in after_words)
    return rf"(?:(?<![\w'’])(?<![\w'’]\s)(?<![\w'’][ \t]\s)(?<![\w'’]\n[ \t]){after})"
