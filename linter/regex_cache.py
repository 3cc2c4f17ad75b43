"""Compiled regular expressions kept between runs, like CPython keeps compiled modules.

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
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

_FILE = Path(__file__).parent / "__pycache__" / f"regex.{sys.implementation.cache_tag}.{_sre.MAGIC}.marshal"
_MAX_ENTRIES = 1000
"""Extra phrases from each team's configuration add patterns; start afresh past this."""

_entries: dict[Any, Any] | None = None
_dirty = False


def _load() -> dict[Any, Any]:
    global _entries
    if _entries is None:
        try:
            data = marshal.loads(_FILE.read_bytes())
            _entries = data if isinstance(data, dict) and len(data) < _MAX_ENTRIES else {}
        except (OSError, EOFError, ValueError, TypeError):
            _entries = {}
        atexit.register(_save)
    return _entries


def _save() -> None:
    if not _dirty or _entries is None:
        return
    temporary = None
    try:
        _FILE.parent.mkdir(exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=_FILE.parent, prefix=".regex-")
        with os.fdopen(descriptor, "wb") as file:
            file.write(marshal.dumps(_entries))
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


def source(key: tuple[str, ...], build: Callable[[], str]) -> str:
    """A pattern's text that is slow to build (a phrase trie) and depends only on `key`."""
    global _dirty
    entries = _load()
    text = entries.get(key)
    if not isinstance(text, str):
        text = entries[key] = build()
        _dirty = True
    return text


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile, remembered across processes."""
    global _dirty
    entries = _load()
    key = (pattern, int(flags))
    kept = entries.get(key)
    if isinstance(kept, bytes):
        try:
            return _sre.compile(pattern, *marshal.loads(kept))
        except (TypeError, ValueError, EOFError, RuntimeError, OverflowError):
            pass
    try:
        compiled, arguments = _build(pattern, int(flags))
    except (ImportError, AttributeError, TypeError):  # another Python's internals: no cache
        return re.compile(pattern, flags)
    # Kept marshalled: as Python ints the opcodes of every pattern would take ~10 MB in each process.
    entries[key] = marshal.dumps(arguments)
    _dirty = True
    return compiled
