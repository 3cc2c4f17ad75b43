"""Small assertion helpers shared by test modules."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def messages(items: Iterable[Any]) -> list[str]:
    return [item.message for item in items]
