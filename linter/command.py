"""The whole `lint-posts` command line (click): options, --help, --version, --list-rules, --explain.

linter/cli.py passes the plain `lint-posts FILE...` of a commit by it; both end in `cli.run`.
"""

from __future__ import annotations

from pathlib import Path

from linter import __version__, regex_cache
from linter.cli import run
from linter.report import FORMATS

with regex_cache.remembering():  # click compiles its patterns as it is imported
    import click


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
def lint_posts(
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
    run(paths, click.echo, output_format=output_format, fail_level=fail_level, config_file=config_file,
        select=_split(select), ignore=_split(ignore), jobs=jobs, color=color)
