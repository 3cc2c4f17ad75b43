"""Post rules: one module per rule, each defining `RULE`.

A rule reads one post's prose (never its front matter, code, URLs or quotes) and
returns located hits plus the metrics it measured. Adding a rule means adding one
module here; `all_rules()` finds it, the CLI lists it and the docs describe it.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from linter.post import Post
    from linter.prose import Prose

SEVERITIES = ("warning", "error")
PRINCIPLES = {
    1: "Earn attention; don't chase a number",
    2: "It is not about you",
    3: "Take a stance",
    4: "Social is a two-way street",
    5: "Be human, not sterile",
    6: "Listen more than you broadcast",
    7: "Don't spam, don't quit",
    8: "Follow up one to one",
    9: "Plan ahead, with patience",
}


@dataclass(frozen=True)
class Hit:
    """One located problem a rule found; the engine adds path and rule id."""

    line: int
    column: int
    message: str
    suggestion: str | None = None
    severity: str | None = None
    """None: the rule's configured severity."""


@dataclass
class Outcome:
    hits: list[Hit] = field(default_factory=list)
    metrics: dict[str, float | int] = field(default_factory=dict)


Check = Callable[["Post", "Prose", Mapping[str, Any]], Outcome]


@dataclass(frozen=True)
class Rule:
    id: str
    summary: str
    """One line: what the rule flags, in a writer's words."""
    principle: int
    """The section of PRINCIPLES.md the rule serves."""
    defaults: Mapping[str, Any]
    """Options and their defaults; every rule has `enabled` and `severity`."""
    check: Check
    doc: str
    """The module docstring: the rule's documentation for writers."""


@cache
def all_rules() -> dict[str, Rule]:
    """Every rule in this package, by id.

    The folder is listed directly: pkgutil would find the same modules, but importing it
    costs every commit a few milliseconds."""
    rules: dict[str, Rule] = {}
    names = sorted(entry.name.removesuffix(".py") for entry in os.scandir(__path__[0]) if entry.name.endswith(".py"))
    for name in names:
        if name == "__init__" or "." in name:  # as pkgutil: not an editor's `.#rule.py` lock file
            continue
        rule = getattr(importlib.import_module(f"{__name__}.{name}"), "RULE", None)
        if isinstance(rule, Rule):
            rules[rule.id] = rule
    return dict(sorted(rules.items()))


def excerpt(text: str, limit: int = 60) -> str:
    """A sentence quoted in a message: one line, cut with … so the finding stays readable."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 3].rstrip() + "…"
