"""The compiled-pattern cache may make a run faster, never different."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from linter import lexicon, post, regex_cache

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
