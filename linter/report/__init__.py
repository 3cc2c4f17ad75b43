"""Output formats: each module renders a Report; none of them knows how rules work."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from linter.engine import Report

FORMATS = ("text", "json", "github", "sarif")

Render = Callable[["Report", bool], str]


def renderer(name: str) -> Render:
    """The render function of one format (imported only when used)."""
    return importlib.import_module(f"{__name__}.{name}_format").render
