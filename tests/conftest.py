"""Shared helpers: write realistic posts and run one rule or the whole CLI on them."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from linter.post import parse_post
from linter.prose import Prose
from linter.rules import Outcome, all_rules

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"

DEFAULT_META = {
    "title": "A post",
    "date": "2026-12-01",
    "channel": "linkedin",
    "status": "draft",
    "author": "Maya Ortiz",
}


def post_text(body: str, **meta: Any) -> str:
    """A whole post file: front matter (defaults overridden by `meta`) and the body.

    The body is cleaned like a docstring (inspect.cleandoc), so triple-quoted bodies
    in tests can be indented with the code without turning into Markdown code blocks.
    """
    return render_post({**DEFAULT_META, **meta}, body)


def render_post(meta: dict[str, Any], body: str) -> str:
    """A post file with exactly this front matter and the body cleaned like a docstring."""
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True)
    return f"---\n{front}---\n{inspect.cleandoc(body)}\n"


def run_rule(rule_id: str, body: str, meta: dict[str, Any] | None = None, **options: Any) -> Outcome:
    """One rule's outcome on a post body (front matter fields from `meta`), its defaults overridden by `options`."""
    rule = all_rules()[rule_id]
    post = parse_post("post.md", post_text(body, **(meta or {})))
    merged = {"brands": ["Larkspur", "Larkspur Ledger"], **rule.defaults, **options}
    return rule.check(post, Prose(post.body, post.body_line), merged)


def fires(rule_id: str, body: str, **options: Any) -> bool:
    return bool(run_rule(rule_id, body, **options).hits)


@pytest.fixture
def write_post(tmp_path: Path):
    def write(name: str, body: str, **meta: Any) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(post_text(body, **meta), encoding="utf-8")
        return path

    return write


def run_cli(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The real `lint-posts` command in a subprocess (what CI and pre-commit run)."""
    return subprocess.run(
        [sys.executable, "-m", "linter", *map(str, args)],
        cwd=cwd, capture_output=True, text=True, timeout=120,
    )
