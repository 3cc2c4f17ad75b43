"""GitHub Actions workflow commands: findings appear as annotations on the pull request."""

from __future__ import annotations

from linter.engine import Report


def _escape(value: str, property_value: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def render(report: Report, color: bool) -> str:
    lines = []
    for f in report.findings:
        message = f.message + (f" (suggestion: {f.suggestion})" if f.suggestion else "")
        lines.append(
            f"::{f.severity} file={_escape(f.path, True)},line={f.line},col={f.column},"
            f"title={_escape(f.rule, True)}::{_escape(message)}"
        )
    return "\n".join(lines)
