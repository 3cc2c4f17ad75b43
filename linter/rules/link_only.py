"""Link-only: the post is a headline and a link, using the channel as an RSS feed.

Principle 5, "be human, not sterile". "New post: How to chase a late invoice
https://…" tells the reader nothing a feed reader couldn't, and gives them no reason
to click or to answer. A person sharing a link says why: what they learned, what
changed, what they think, what they want to hear back.

The rule fires when a post contains a link (a Markdown link, an autolink or a bare
https://… or www.… address) and has fewer than `min-words` words of the writer's own
besides it. Link text, URLs, code, block quotes and "quoted speech" are not the
writer's own words, so "[How freelancers can chase a late invoice without losing the
client](https://…)" on its own is still a headline and a link. Images are not links,
and links inside code are not links a reader clicks. Blog posts and real social posts
are far above the limit; a one-line post without a link is left alone (it may be a
question to the reader, which is exactly right).

Does not fire: "I rewrote our late-invoice guide after 40 of you asked how to word
the second reminder. What's the hardest part for you? https://…" (the writer says why
and asks something).

How to fix it: before the link, say in a sentence or two why it matters to the reader
and what you think, and ask them something; then give the link.

Options: `min-words` (the writer's own words a post with a link needs).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from linter import regex_cache
from linter.post import Post
from linter.prose import Prose
from linter.rules import Hit, Outcome, Rule

_BARE_URL = regex_cache.compile(r"(?:https?://|www\.)[^\s<>()\[\]]+", re.IGNORECASE)
_MAYBE_LINK = regex_cache.compile(r"https?://|www\.|\]\(|^ {0,3}\[[^\]\n]+\]:|<[a-z]+:", re.IGNORECASE | re.MULTILINE)
"""Cheap pre-check on the raw body: no match, no link, no Markdown parse."""
_HEADLINE_WORDS = 30
"""More words than any headline in link text: a post with `min-words` + this many words is never link-only."""
_NOT_A_PAGE = ("#", "mailto:", "tel:")
"""Link targets that are not somewhere else to read: in-page anchors, e-mail, phone."""


def links(body: str) -> Iterator[tuple[int, str]]:
    """(body offset, link text) of every link a reader could follow, in reading order.

    Bare URLs have no link text (""). A Markdown link is located at its "[", an autolink at
    its "<"; a bare URL that cannot be found verbatim in the source, at the start of its block.
    """
    from markdown_it import MarkdownIt

    line_starts = [0] + [m.end() for m in re.finditer("\n", body)]
    for token in MarkdownIt("commonmark").parse(body):
        if token.type != "inline" or not token.map or not token.children:
            continue
        block = line_starts[token.map[0]]
        source = body[block:line_starts[token.map[1]] if token.map[1] < len(line_starts) else len(body)]
        cursor = 0
        text: list[str] | None = None
        offset = 0
        for child in token.children:
            if child.type == "link_open":
                href = str(child.attrGet("href") or "")
                if href.lower().startswith(_NOT_A_PAGE):
                    continue
                start = source.find("<" if child.markup == "autolink" else "[", cursor)
                start = start if start >= 0 else cursor
                target = source.find(href, start) if href else -1
                offset, cursor = block + start, (target + len(href) if target >= 0 else start + 1)
                text = []
            elif child.type == "link_close" and text is not None:
                yield offset, " ".join(text)
                text = None
            elif child.type == "text" and text is not None:
                text.append(child.content)
            elif child.type == "text":
                for url in _BARE_URL.finditer(child.content):
                    found = source.find(url.group(), cursor)
                    cursor = found + len(url.group()) if found >= 0 else cursor
                    yield (block + found if found >= 0 else block), ""


def check(post: Post, prose: Prose, options: Mapping[str, Any]) -> Outcome:
    outcome = Outcome(metrics={"link_only": 0})
    if prose.word_count >= options["min-words"] + _HEADLINE_WORDS or not _MAYBE_LINK.search(prose.body):
        return outcome
    found = list(links(prose.body))
    if not found:
        return outcome
    link_text = " ".join(text for _, text in found if text)
    own_words = prose.word_count - (Prose(link_text).word_count if link_text else 0)
    if own_words >= options["min-words"]:
        return outcome
    outcome.metrics["link_only"] = 1
    line, column = prose.locate(found[0][0])
    outcome.hits.append(Hit(
        line, column,
        f"a headline and a link: only {own_words} word{'s' if own_words != 1 else ''} of your own besides the link "
        f"(fewer than {options['min-words']}), so the post reads like an RSS feed",
        "before the link, say in a sentence or two why it matters to the reader and what you think, "
        "and ask them something",
    ))
    return outcome


RULE = Rule(
    id="link-only",
    summary="the post is only a headline and a link, like an RSS feed",
    principle=5,
    defaults={
        "enabled": True,
        "severity": "warning",
        "min-words": 12,
    },
    check=check,
    doc=__doc__ or "",
)
