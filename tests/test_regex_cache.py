"""The compiled-pattern cache, and first-letter tests in front of patterns, make a run faster, never different."""

from __future__ import annotations

import marshal
import os
import random
import re
import string
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest

from linter import lexicon, post, questions, regex_cache
from linter import prose as prose_module
from linter.prose import Prose
from linter.rules import canned_phrase, fence_sitting, self_promotion

from conftest import ROOT

PATTERNS = [
    (r"(?<![\w'’])(?P<we>we|our)(?![\w'’])", re.IGNORECASE),
    (r"^\s*(?:[-*+]|\d{1,3}[.)])(?=[ \t])", re.MULTILINE),
    (lexicon.source("promotional"), re.IGNORECASE),
]
TEXT = "We're proud to announce our launch!\n- 20% off\nOur team, our award-winning app. Limited time."


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "__pycache__" / "regex.test.marshal"
    monkeypatch.setattr(regex_cache, "_FILE", path)
    _forget(monkeypatch)
    return path


def _forget(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in (("_entries", None), ("_used", set()), ("_read_bytes", 0), ("_dirty", False)):
        monkeypatch.setattr(regex_cache, name, value)


def _restart(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a new process sees: nothing in memory, the file on disk."""
    regex_cache._save()
    _forget(monkeypatch)


def _matches(pattern: re.Pattern[str]) -> list[tuple[int, int, dict[str, str | None]]]:
    return [(m.start(), m.end(), m.groupdict()) for m in pattern.finditer(TEXT)]


@pytest.mark.parametrize(("source", "flags"), PATTERNS)
def test_patterns_from_the_cache_match_exactly_like_re(fresh_cache: Path, monkeypatch, source: str, flags) -> None:
    expected = _matches(re.compile(source, flags))
    assert _matches(regex_cache.compile(source, flags)) == expected
    _restart(monkeypatch)
    assert fresh_cache.is_file()
    cached = regex_cache.compile(source, flags)
    assert regex_cache._dirty is False, "the second process compiled again instead of reading the cache"
    assert _matches(cached) == expected
    assert cached.flags == re.compile(source, flags).flags and cached.groupindex == re.compile(source, flags).groupindex


def test_a_damaged_cache_is_ignored(fresh_cache: Path, monkeypatch) -> None:
    fresh_cache.parent.mkdir(parents=True)
    fresh_cache.write_bytes(b"\x00garbage that is not marshal data")
    source, flags = PATTERNS[0]
    assert _matches(regex_cache.compile(source, flags)) == _matches(re.compile(source, flags))
    _restart(monkeypatch)
    assert regex_cache.compile(source, flags).pattern == source


def test_wrong_entries_fall_back_to_compiling(fresh_cache: Path, monkeypatch) -> None:
    source, flags = PATTERNS[0]
    monkeypatch.setattr(regex_cache, "_entries", {(source, int(flags)): (0, [1, 2, 3], 0, {}, (None,))})
    assert _matches(regex_cache.compile(source, flags)) == _matches(re.compile(source, flags))


def test_a_read_only_install_still_works(fresh_cache: Path, monkeypatch) -> None:
    fresh_cache.parent.mkdir(parents=True)
    fresh_cache.parent.chmod(0o500)
    try:
        source, flags = PATTERNS[1]
        assert regex_cache.compile(source, flags).pattern == source
        regex_cache._save()  # must not raise
        assert list(fresh_cache.parent.iterdir()) == [] or fresh_cache.parent.stat().st_uid == 0
    finally:
        fresh_cache.parent.chmod(0o700)


def test_a_cache_grown_too_large_keeps_what_a_run_used(fresh_cache: Path, monkeypatch) -> None:
    for source, flags in PATTERNS:
        regex_cache.compile(source, flags)
    _restart(monkeypatch)
    monkeypatch.setattr(regex_cache, "_MAX_BYTES", fresh_cache.stat().st_size - 1)
    source, flags = PATTERNS[1]
    regex_cache.compile(source, flags)
    assert regex_cache._dirty is False
    _restart(monkeypatch)
    assert set(marshal.loads(fresh_cache.read_bytes())) == {(source, int(flags))}
    assert regex_cache.compile(source, flags).pattern == source and regex_cache._dirty is False
    written = fresh_cache.stat().st_mtime_ns
    _restart(monkeypatch)  # small enough now: nothing to write
    assert fresh_cache.stat().st_mtime_ns == written


def test_remembered_sources_depend_on_the_key(fresh_cache: Path) -> None:
    built: list[str] = []
    def build(text: str):
        return lambda: built.append(text) or text
    assert regex_cache.source(("a", "1"), build("first")) == "first"
    assert regex_cache.source(("a", "1"), build("second")) == "first"
    assert regex_cache.source(("a", "2"), build("third")) == "third"
    assert built == ["first", "third"]


def test_libraries_compiling_while_remembering_get_what_re_gives(fresh_cache: Path, monkeypatch) -> None:
    source, flags = PATTERNS[0]
    re_compile = re.compile
    with regex_cache.remembering():
        remembered = re.compile(source, flags)
        as_bytes = re.compile(source.encode("ascii", "ignore"), flags)  # not kept: re's own
    assert re.compile is re_compile
    assert as_bytes.pattern == source.encode("ascii", "ignore") and len(regex_cache._entries or {}) == 1
    _restart(monkeypatch)
    with regex_cache.remembering():
        kept = re.compile(source, flags)
    assert regex_cache._dirty is False, "the second process compiled again instead of reading the cache"
    expected = re_compile(source, flags)
    for pattern in (remembered, kept):
        assert _matches(pattern) == _matches(expected)
        assert (pattern.flags, pattern.groupindex) == (expected.flags, expected.groupindex)


def test_a_second_commit_compiles_nothing(tmp_path: Path, write_post) -> None:
    """Every pattern a run compiles, libraries' included, is the same in the next process;
    one built from a set (its order changes with each process's hash seed) would not be."""
    post = write_post("content/post.md", TEXT)
    script = (
        "import atexit, sys; from pathlib import Path; from linter import regex_cache\n"
        "regex_cache._FILE = Path(sys.argv[1])\n"
        "atexit.register(lambda: print('compiled' if regex_cache._dirty else 'kept', file=sys.stderr))\n"
        "sys.argv = ['lint-posts', sys.argv[2]]\n"
        "from linter.cli import main; main()\n"
    )
    cache = tmp_path / "__pycache__" / "regex.marshal"
    runs = [
        subprocess.run([sys.executable, "-c", script, str(cache), str(post)], cwd=tmp_path, capture_output=True,
                       text=True, timeout=120, env={**os.environ, "PYTHONHASHSEED": seed})
        for seed in ("1", "2", "3")
    ]
    assert [run.stderr.splitlines()[-1] for run in runs] == ["compiled", "kept", "kept"], runs[0].stderr


FRONT_MATTERS = [
    {"title": "Late invoices", "date": "2026-05-09", "channel": "blog", "status": "draft", "author": "Maya"},
    {"title": "Late invoices", "date": "2026-05-09T12:00+02:00", "channel": "blog", "status": "approved",
     "author": "Maya", "reviewer": "Ines", "tags": ["invoices"]},
    {"title": "", "date": "9 May", "channel": "fax", "status": "someday", "author": "Maya"},
    {"title": "Late invoices", "tags": [3, "invoices"], "lint": "off"},
    {},
    ["not", "a", "mapping"],
]


def test_the_kept_schema_validator_judges_as_fastjsonschema_does(fresh_cache: Path, monkeypatch) -> None:
    import fastjsonschema

    _, definition = post._validators(("blog", "linkedin"))

    def verdicts(validate) -> list[tuple[str, list[str], str] | None]:
        found: list[tuple[str, list[str], str] | None] = []
        for meta in FRONT_MATTERS:
            try:
                validate(meta)
                found.append(None)
            except fastjsonschema.JsonSchemaValueException as error:
                found.append((error.message, error.path, error.rule))
        return found

    expected = verdicts(fastjsonschema.compile(definition))
    assert expected[:2] == [None, None] and all(expected[2:])
    assert verdicts(post._compiled(definition)) == expected
    _restart(monkeypatch)
    assert verdicts(post._compiled(definition)) == expected
    assert regex_cache._dirty is False, "the second process generated the validator again"


# First-letter tests (lexicon.initials and the pronoun classes): a pattern may reject positions faster, but must
# match exactly what it matched without them.

def test_initials_accept_every_form_ignorecase_matches_and_no_other() -> None:
    characters = string.ascii_letters + string.digits + "#@_%-.!"
    assert lexicon.initials(characters)
    ascii_ignoring_case = re.compile(f"[{re.escape(characters)}]", re.IGNORECASE)
    accepted = re.compile(lexicon.initials(characters))
    every = [chr(code) for code in range(sys.maxunicode + 1)]
    forms = [char for char in every if ascii_ignoring_case.fullmatch(char)]
    assert forms == [char for char in every if accepted.match(char)]
    assert {"\u0130", "\u0131", "\u017f", "\u212a"} < set(forms)  # İ, ı, ſ, the Kelvin sign
    for character in characters:
        guard = re.compile(lexicon.initials([character]))
        literal = re.compile(re.escape(character), re.IGNORECASE)
        assert [form for form in forms if guard.match(form)] == [form for form in forms if literal.fullmatch(form)]
    assert re.compile(lexicon.initials(["’tis"])).match("'") and re.compile(lexicon.initials(["'tis"])).match("’")
    assert lexicon.initials(["happy * friday", "* ago"]) == lexicon.initials(["über"]) == ""


_GUARDS = re.compile(r"\(\?=\(\?-i:\[[^\]]*\]\)\)|^\(\?<!\\w\(\?!\[[^\]]*\]\)\)")
"""Lookaheads from lexicon.initials, and a leading "not after a word character" test."""
_CASE_SENSITIVE_START = re.compile(r"^\(\?-i:(\[[^\]]*\])\)")


def _without_tests(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern without its first-letter tests, its first class ignoring case like the rest."""
    plain = _CASE_SENSITIVE_START.sub(r"\1", _GUARDS.sub("", pattern.pattern))
    assert plain != pattern.pattern
    return re.compile(plain, pattern.flags)


BRANDS = ("Larkspur", "Larkspur Ledger", "@handle", "_under", "’Tis Co", "#1 Bakery")
"""The repo's brand, and names that start with a character outside words (they may follow one: "team@handle")."""
TESTED_FIRST = {
    "canned phrases": lambda: (canned_phrase._canned_pattern(()), None),
    "boasts": lambda: (self_promotion.boast_pattern(()), None),
    "boasts with brands": lambda: (self_promotion.boast_pattern(BRANDS), None),
    "we": lambda: (self_promotion.us_pattern(()), None),
    "we and the brands": lambda: (self_promotion.us_pattern(BRANDS), None),
    "you": lambda: (self_promotion._YOU, None),
    "unmarked question": lambda: (questions._UNMARKED_HINT, None),
    "I": lambda: (self_promotion._I, re.compile(  # the plain reading of self_promotion._I
        rf"(?<![\w'’])(?!I{self_promotion._OPINION})(?:I|[Mm]y|[Mm]e|[Mm]ine|[Mm]yself|I['’](?:m|ve|ll|d))(?![\w'’])"
    )),
}
_FOLDS = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """The repo's posts as the rules read them (prose, sentences), and random strings of the phrase lists' words
    and the patterns' own, with letters swapped for the non-ASCII ones re.IGNORECASE matches to them (İ, ı, ſ, the
    Kelvin sign) and with accented capitals, run together or apart."""
    found: list[str] = []
    for path in sorted([*ROOT.glob("content/**/*.md"), *ROOT.glob("benchmarks/quality/corpus/tune/*.md")]):
        written = post.read_post(path)
        prose = Prose(written.body, written.body_line)
        found += [prose.masked, *(sentence.text for sentence in prose.sentences)]
    words = {word for path in lexicon._PHRASES.glob("*.txt") for phrase in lexicon.phrases(path.stem)
             for word in phrase.replace("*", "").split()} | {*BRANDS, "#larkspur", "i", "I'm", "Myself"}
    for name in TESTED_FIRST:
        words.update(re.findall(r"[a-z]{2,}", TESTED_FIRST[name]()[0].pattern))  # the words of hand-written parts
    vocabulary = sorted(words)
    separators = [" "] * 9 + ["", "\n", "\t", ", ", ". ", "? ", ": ", "’", "#", "@", " 🚀 "]
    rng = random.Random(7)

    def variant(word: str) -> str:
        roll = rng.random()
        if roll < 0.3:
            return "".join(rng.choice(_FOLDS[c.lower()]) if c.lower() in _FOLDS and rng.random() < 0.6 else c
                           for c in word)
        if roll < 0.4:
            return word.upper()
        if roll < 0.5:
            return word.capitalize()
        return rng.choice("ÉÖÅßÇ") + word if roll < 0.55 else word

    for _ in range(3000):
        length = rng.randint(1, 25)
        found.append("".join(variant(rng.choice(vocabulary)) + rng.choice(separators) for _ in range(length)))
    return found


@pytest.mark.parametrize("name", TESTED_FIRST)
def test_first_letter_tests_change_no_match(texts: list[str], name: str) -> None:
    pattern, plain = TESTED_FIRST[name]()
    plain = plain or _without_tests(pattern)

    def matches(compiled: re.Pattern[str]) -> list[list[tuple[tuple[int, int], tuple[str | None, ...]]]]:
        return [[(match.span(), match.groups()) for match in compiled.finditer(text)] for text in texts]
    expected = matches(plain)
    assert sum(map(len, expected)) > 100
    assert matches(pattern) == expected


# Folded twins (lexicon.finditer): a case-insensitive pattern run without re.IGNORECASE over Prose.folded must
# match exactly where it matches in Prose.masked.

def test_folding_keeps_every_class_and_every_letter_a_twin_may_hold() -> None:
    every = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF)
    folded = every.translate(prose_module._FOLDED_TO_ASCII).lower()  # as Prose.folded
    assert len(folded) == len(every), "a character folds to more than one: offsets would move"
    for category in (r"\w", r"\s", r"\d"):
        found = re.compile(category)
        assert [m.start() for m in found.finditer(folded)] == [m.start() for m in found.finditer(every)], category
    allowed = [c for c in string.printable + lexicon.FOLDED_SAFE if not c.isupper()]
    ignoring_case = re.compile("[" + re.escape("".join(allowed)) + "]", re.IGNORECASE)
    for match in ignoring_case.finditer(every):  # each form re.IGNORECASE takes for an allowed character…
        form = match.group()
        assert [c for c in allowed if re.fullmatch(re.escape(c), form, re.IGNORECASE)] == [folded[match.start()]]
    for index, character in enumerate(folded):  # …and each character that folds to one
        if character in allowed:
            assert re.fullmatch(re.escape(character), every[index], re.IGNORECASE)


TWINNED = {
    "fence patterns": lambda: [pattern for pattern, _, _ in fence_sitting._PATTERNS.values()
                               if lexicon._folded_twin(pattern)],
    "fence phrases": lambda: [fence_sitting._lexicons().fence],
    "sales talk": lambda: [lexicon.pattern("promotional")],
    "unsaid I": lambda: [self_promotion.unsaid_i_pattern()],
    "invitations": lambda: [lexicon.pattern("invitations"), lexicon.pattern("invitations_wishes")],
}
FORMULAS = (
    "What a week! Happy Matchday, Blues! Wishing you all a merry Christmas. Hey there! 👋 We're hiring! 🚀",
    "Check out @kfc and check out the highlights below 👇\nRead more: \nTag a couple who'd love this",
    "Drop a 🔥 if you agree. Thank you for being part of our journey. We couldn’t have done it without you!",
    "Unpopular opinion: net-60 is fine. We’re so thrilled to announce it. I'M HUMBLED TO SHARE it. #TBT #blessed",
)
FENCE_TALK = (
    "Some historians say so, and Many Critics agree. There are many reasons, in certain countries, for an "
    "EXCEPTIONAL guest experience. Your ſatisfaction remains our top priority. It really depends. Tell us below!",
)


@pytest.fixture(scope="module")
def proses(texts: list[str]) -> list[Prose]:
    return [Prose(text) for text in [*texts, *FORMULAS, *FENCE_TALK]]


def _spans(matches: Iterable[re.Match[str]]) -> list[tuple[tuple[int, int], str | None, tuple[str | None, ...]]]:
    return [(match.span(), match.lastgroup, match.groups()) for match in matches]


@pytest.mark.parametrize("name", TWINNED)
def test_folded_twins_match_exactly_where_their_patterns_do(proses: list[Prose], name: str) -> None:
    patterns = TWINNED[name]()
    assert patterns and all(lexicon._folded_twin(pattern) for pattern in patterns)
    for pattern in patterns:
        expected = [_spans(prose.finditer(pattern)) for prose in proses]
        assert sum(map(len, expected)) >= 1 + 20 * (name != "fence patterns"), pattern.pattern[:60]
        assert [_spans(lexicon.finditer(prose, pattern)) for prose in proses] == expected
        assert [lexicon.count_per_sentence(prose, pattern) for prose in proses] == [
            prose.count_per_sentence(pattern) for prose in proses]


def test_a_pattern_that_tells_cases_apart_has_no_twin() -> None:
    for source, flags in [(r"(?-i:[A-Z])\w+", re.IGNORECASE), (r"we\b", 0), (r"Larkspur", re.IGNORECASE),
                          (r"caf\u00e9", re.IGNORECASE), ("café", re.IGNORECASE), (r"(\w)\1", re.IGNORECASE)]:
        assert lexicon._folded_twin(re.compile(source, flags)) is None, source
    assert lexicon._folded_twin(re.compile(r"(?P<Kind>some)\s+\w+", re.IGNORECASE))


def test_canned_phrases_are_only_tried_where_one_opens_and_found_as_everywhere(proses: list[Prose]) -> None:
    pattern, openings = canned_phrase._canned_pattern(()), canned_phrase._openings()
    assert openings is not None
    expected = [_spans(prose.finditer(pattern)) for prose in proses]
    assert all(expected[len(expected) - len(FORMULAS) - len(FENCE_TALK):-len(FENCE_TALK)])
    assert sum(map(len, expected)) > 100
    assert [_spans(lexicon.finditer_at(prose, pattern, openings)) for prose in proses] == expected
    assert lexicon.openings(("* ago",)) is None and lexicon.openings(("über",)) is None


# Plain paragraphs (prose._prose_blocks): a body with no block syntax is read without markdown-it.

LINE_OPENINGS = (
    "", "", "", " ", "  ", "   ", "    ", "\t", " \t", "#larkspur ", "# ", "## ", "#", "##tag ", "- ", "-", "--x ",
    "* ", "**Big** ", "_x_ ", "___", "+ ", "+1 ", "= ", "===", "---", "> ", ">", "1. ", "1) ", "10,000 ", "2026-11 ",
    "1.5 ", "123456789. ", "1234567890. ", "` ", "```", "~~~", "~ ", "<b> ", "<!-- x --> ", "[x]: /y ", "[x](/y) ",
    "| a | b |", "\u00a0", "🚀 ", "“Quoted” ", "\\# ", "\r", "\f",
)


def test_bodies_without_block_syntax_are_read_as_markdown_it_reads_them(texts: list[str]) -> None:
    rng = random.Random(11)
    words = [word for text in texts[:200] for word in text.split()]
    bodies = [post.read_post(path).body for path in sorted([*ROOT.glob("content/**/*.md"),
                                                                 *ROOT.glob("benchmarks/quality/corpus/tune/*.md")])]
    for _ in range(4000):
        bodies.append("\n".join(
            rng.choice(LINE_OPENINGS) + " ".join(rng.choices(words, k=rng.randint(0, 6)))
            for _ in range(rng.randint(1, 8))
        ) + rng.choice(("", "\n", "\n\n", " \n")))
    plain = [body for body in bodies if not prose_module._BLOCK_SYNTAX.search(body)]
    assert len(plain) > 500 and len(bodies) - len(plain) > 1000
    for body in plain:
        assert list(prose_module._paragraphs(body.split("\n"))) == list(prose_module._parsed_blocks(body)), body
