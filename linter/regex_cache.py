"""Compiled regular expressions (and generated code) kept between runs, like CPython keeps compiled modules.

The pre-commit hook starts a new process for every commit, and the phrase lists
compile into a few large patterns: Python's regex parser alone then takes most of the
0.1 s a commit may spend. The compiled form (the `_sre` code Python would build anyway)
is kept in the package's `__pycache__`, one file per Python version and regex engine.
A read-only install, another Python or a damaged file only means compiling again:
the cache can make a run faster, never different.
"""

from __future__ import annotations

import _sre
import atexit
import contextlib
import marshal
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import CodeType
from typing import Any

_FILE = Path(__file__).parent / "__pycache__" / f"regex.{sys.implementation.cache_tag}.{_sre.MAGIC}.marshal"
_MAX_BYTES = 2_000_000
"""About two sets of patterns: each configuration's brands and extra phrases, and each version of
the phrase lists, add one (~1 MB). Past this, a run keeps only what it used, so that reading the
file stays a few milliseconds of every commit."""

_entries: dict[Any, Any] | None = None
_used: set[Any] = set()
_read_bytes = 0
_dirty = False
_RE_COMPILE = re.compile
_ORDINARY_FLAGS = int(re.IGNORECASE | re.LOCALE | re.MULTILINE | re.DOTALL | re.VERBOSE | re.ASCII | re.UNICODE)


def _load() -> dict[Any, Any]:
    global _entries, _read_bytes
    if _entries is None:
        try:
            raw = _FILE.read_bytes()
            _read_bytes = len(raw)
            data = marshal.loads(raw)
            _entries = data if isinstance(data, dict) else {}
        except (OSError, EOFError, ValueError, TypeError):
            _entries = {}
        atexit.register(_save)
    return _entries


def _save() -> None:
    if _entries is None or not (_dirty or _read_bytes > _MAX_BYTES):
        return
    data = marshal.dumps(_entries)
    if len(data) > _MAX_BYTES:
        data = marshal.dumps({key: value for key, value in _entries.items() if key in _used})
    if not _dirty and len(data) >= _read_bytes:  # nothing new, and nothing to drop
        return
    import tempfile  # only a run that compiled something new (or read too much) writes: most never do

    temporary = None
    try:
        _FILE.parent.mkdir(exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=_FILE.parent, prefix=".regex-")
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
        os.replace(temporary, _FILE)
    except (OSError, ValueError):
        if temporary:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _build(pattern: str, flags: int) -> tuple[re.Pattern[str], tuple[Any, ...]]:
    """What re.compile does (Lib/re/_compiler.py), keeping the arguments of the last step."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are int subclasses
    groups = parsed.state.groupdict
    index = [None] * parsed.state.groups
    for name, number in groups.items():
        index[number] = name
    arguments = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, dict(groups), tuple(index))
    return _sre.compile(pattern, *arguments), arguments


def _kept(key: tuple[str, ...], build: Callable[[], Any], valid: Callable[[Any], bool]) -> Any:
    global _dirty
    entries = _load()
    _used.add(key)
    value = entries.get(key)
    if not valid(value):
        value = entries[key] = build()
        _dirty = True
    return value


def source(key: tuple[str, ...], build: Callable[[], str]) -> str:
    """A pattern's text that is slow to build (a phrase trie) and depends only on `key`."""
    return _kept(key, build, lambda value: isinstance(value, str))


def code(key: tuple[str, ...], build: Callable[[], tuple[str, CodeType]]) -> tuple[str, CodeType]:
    """A name and the compiled Python code that defines it, generated at run time (a schema's
    validator) and depending only on `key`: kept as CPython keeps a module's code."""
    return _kept(key, build, lambda value: (
        isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str) and isinstance(value[1], CodeType)
    ))


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile, remembered across processes."""
    global _dirty
    entries = _load()
    key = (pattern, int(flags))
    _used.add(key)
    kept = entries.get(key)
    if isinstance(kept, bytes):
        try:
            return _sre.compile(pattern, *marshal.loads(kept))
        except (TypeError, ValueError, EOFError, RuntimeError, OverflowError):
            pass
    try:
        compiled, arguments = _build(pattern, int(flags))
    except (ImportError, AttributeError, TypeError):  # another Python's internals: no cache
        return _RE_COMPILE(pattern, flags)
    # Kept marshalled: as Python ints the opcodes of every pattern would take ~10 MB in each process.
    entries[key] = marshal.dumps(arguments)
    _dirty = True
    return compiled


def _compile_as_re(pattern: Any, flags: Any = 0) -> re.Pattern[Any]:
    """re.compile, from this cache when the call is an ordinary one (re.DEBUG, bytes… go to re)."""
    if type(pattern) is str and isinstance(flags, int) and not flags & ~_ORDINARY_FLAGS:
        return compile(pattern, flags)
    return _RE_COMPILE(pattern, flags)


@contextlib.contextmanager
def remembering() -> Iterator[None]:
    """Within this block, re.compile is remembered across processes too.

    Libraries compile their patterns when they are imported: PyYAML, markdown-it-py and
    click spend over 10 ms of every commit there, the yaml reader's unicode class alone 5 ms.
    Imported inside this block, they get the same patterns from the cache. Only for code that
    compiles the same patterns in every process: MarkdownIt() joins a set into one, in an order
    that changes with the hash seed, and would add an entry each run (tests/test_regex_cache.py)."""
    if re.compile is not _RE_COMPILE:  # inside already (an enclosing block, another thread)
        yield
        return
    re.compile = _compile_as_re
    try:
        yield
    finally:
        re.compile = _RE_COMPILE
