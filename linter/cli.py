"""The `lint-posts` command: parse arguments, call the engine, pick a formatter.

Exit codes (stable): 0 no finding at or above the fail level, 1 findings,
2 usage or configuration error.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from linter import __version__
from linter.report import FORMATS, renderer


def _split(values: tuple[str, ...]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _list_rules() -> str:
    from linter.rules import all_rules

    width = max(len(rule_id) for rule_id in all_rules())
    return "\n".join(
        f"{rule.id:<{width}}  {rule.defaults['severity']:<7}  {rule.summary}" for rule in all_rules().values()
    )


def _explain(rule_id: str) -> str:
    from linter.rules import PRINCIPLES, all_rules

    rules = all_rules()
    if rule_id not in rules:
        raise click.UsageError(f"unknown rule '{rule_id}' (rules: {', '.join(rules)})")
    rule = rules[rule_id]
    options = "\n".join(f"  {key} = {value!r}" for key, value in rule.defaults.items())
    return (
        f"{rule.id}: {rule.summary}\nPrinciple {rule.principle}: {PRINCIPLES[rule.principle]}\n\n"
        f"{rule.doc.strip()}\n\nOptions and defaults:\n{options}"
    )


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Output format.")
@click.option("--fail-level", type=click.Choice(["error", "warning"]), default=None,
              help="Lowest severity that makes the exit code 1 [default: error, or the configuration's].")
@click.option("--config", "config_file", type=click.Path(path_type=Path), default=None,
              help="A TOML file with [tool.lint-posts] settings (or the settings at top level).")
@click.option("--select", multiple=True, metavar="RULES", help="Only these rules (comma-separated).")
@click.option("--ignore", multiple=True, metavar="RULES", help="Not these rules (comma-separated).")
@click.option("--jobs", type=click.IntRange(1, 64), default=None, help="Worker processes [default: CPU count].")
@click.option("--color/--no-color", default=None, help="Colour the text output [default: only on a terminal].")
@click.option("--list-rules", is_flag=True, help="List the rules and exit.")
@click.option("--explain", metavar="RULE", help="Explain a rule: why it exists and how to fix what it flags.")
@click.version_option(__version__, prog_name="lint-posts")
def main(
    paths: tuple[Path, ...],
    output_format: str,
    fail_level: str | None,
    config_file: Path | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    jobs: int | None,
    color: bool | None,
    list_rules: bool,
    explain: str | None,
) -> None:
    """Lint Markdown posts for authenticity: self-promotion, fence-sitting, no invitation to talk.

    PATHS are files or folders (searched for *.md); none means the configured
    content folder (default: content/).
    """
    if list_rules:
        click.echo(_list_rules())
        return
    if explain:
        click.echo(_explain(explain))
        return
    from linter.config import ConfigError, load_config
    from linter.engine import lint

    try:
        config = load_config(config_file, select=_split(select), ignore=_split(ignore), fail_level=fail_level)
        report = lint(list(paths) or [config.content], config, jobs)
    except ConfigError as error:
        click.echo(f"lint-posts: {error}", err=True)
        sys.exit(2)
    if color is None:
        color = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    output = renderer(output_format)(report, color)
    if output:
        click.echo(output, color=color)
    if output_format == "text" and report.findings:
        click.echo("Why a rule fires, and how to fix it: lint-posts --explain RULE", err=True)
    sys.exit(1 if report.failed(config.fail_level) else 0)
