"""`path:line:col: severity rule message`, one a line, then a summary."""

from __future__ import annotations

from linter.engine import Report

_COLOURS = {"error": "red", "warning": "yellow"}


def render(report: Report, color: bool) -> str:
    if color:
        import click  # for its styles only: a commit's run has no terminal and needs none of click
    lines = []
    shown: set[tuple[str, str, str]] = set()
    for finding in report.findings:
        where = f"{finding.path}:{finding.line}:{finding.column}:"
        severity = finding.severity
        if color:
            where = click.style(where, bold=True)
            severity = click.style(severity, fg=_COLOURS[severity])
        lines.append(f"{where} {severity} {finding.rule} {finding.message}")
        # A suggestion repeated for every phrase of one post is noise: say it once a post.
        if finding.suggestion and (key := (finding.path, finding.rule, finding.suggestion)) not in shown:
            shown.add(key)
            hint = f"    suggestion: {finding.suggestion}"
            lines.append(click.style(hint, dim=True) if color else hint)
    lines.append(summary(report))
    return "\n".join(lines)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary(report: Report) -> str:
    findings = report.findings
    errors = sum(f.severity == "error" for f in findings)
    warnings = len(findings) - errors
    clean = sum(not result.findings for result in report.posts)
    return (
        f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')} "
        f"in {_plural(len(report.posts), 'post')} ({clean} clean)"
    )
