"""One JSON object: {"findings": [...], "posts": [...]}; the contract scripts rely on."""

from __future__ import annotations

import json
from typing import Any

from linter.engine import PostResult, Report


def post_entry(result: PostResult) -> dict[str, Any]:
    post = result.post
    return {
        "path": post.path,
        "title": post.text("title"),
        "status": post.status,
        "channel": post.channel,
        "date": post.meta.get("date") if isinstance(post.meta.get("date"), str) else None,
        "metrics": result.metrics,
    }


def render(report: Report, color: bool) -> str:
    document = {
        "findings": [finding.as_dict() for finding in report.findings],
        "posts": [post_entry(result) for result in report.posts],
    }
    return json.dumps(document, indent=2, ensure_ascii=False)
