"""The compiled-pattern cache may make a run faster, never different."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from linter import lexicon, regex_cache

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
    monkeypatch.setattr(regex_cache, "_entries", None)
    monkeypatch.setattr(regex_cache, "_dirty", False)
    return path


def _restart(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a new process sees: nothing in memory, the file on disk."""
    regex_cache._save()
    monkeypatch.setattr(regex_cache, "_entries", None)
    monkeypatch.setattr(regex_cache, "_dirty", False)


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


def test_remembered_sources_depend_on_the_key(fresh_cache: Path) -> None:
    built: list[str] = []
    def build(text: str):
        return lambda: built.append(text) or text
    assert regex_cache.source(("a", "1"), build("first")) == "first"
    assert regex_cache.source(("a", "1"), build("second")) == "first"
    assert regex_cache.source(("a", "2"), build("third")) == "third"
    assert built == ["first", "third"]
