"""The `lint-posts` entry point: what pre-commit starts on every commit.

The hook's whole command line is `lint-posts FILE...`; click would only hand those files
on, and importing it is a tenth of such a run. So plain files and folders go straight to
`run`, and anything else (an option, --help) goes through the click command in
linter/command.py. Both roads print the same bytes and exit with the same code.

Exit codes (stable): 0 no finding at or above the fail level, 1 findings,
2 usage or configuration error.
"""

from __future__ import annotations

import codecs
import errno
import io
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

Echo = Callable[..., Any]
"""click.echo, or `_echo` where it would do the same."""


def main() -> None:
    """The console script and `python -m linter`."""
    arguments = sys.argv[1:]
    if _plain(arguments):
        _run_plain([Path(argument) for argument in arguments])
    else:
        from linter.command import lint_posts

        lint_posts()


def run(
    paths: Sequence[Path],
    echo: Echo,
    *,
    output_format: str = "text",
    fail_level: str | None = None,
    config_file: Path | None = None,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    jobs: int | None = None,
    color: bool | None = None,
) -> NoReturn:
    """Lint, print the report, exit with its code."""
    from linter.config import ConfigError, load_config
    from linter.engine import lint
    from linter.report import renderer

    try:
        config = load_config(config_file, select=select, ignore=ignore, fail_level=fail_level)
        report = lint(list(paths) or [config.content], config, jobs)
    except ConfigError as error:
        echo(f"lint-posts: {error}", err=True)
        sys.exit(2)
    if color is None:
        color = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    output = renderer(output_format)(report, color)
    if output:
        echo(output, color=color)
    if output_format == "text" and report.findings:
        echo("Why a rule fires, and how to fix it: lint-posts --explain RULE", err=True)
    sys.exit(1 if report.failed(config.fail_level) else 0)


def _plain(arguments: list[str]) -> bool:
    """Only files and folders, on streams click would write to as they are: nothing for click to do."""
    return (
        os.name == "posix"  # elsewhere click expands wildcards and wraps the console
        and not any(argument.startswith("-") for argument in arguments)
        and not any(name.startswith("_") and name.endswith("_COMPLETE") for name in os.environ)  # shell completion
        and all(_ordinary(stream) for stream in (sys.stdout, sys.stderr))
        # click.Path(readable=True) refuses an existing path it cannot read: let it say so.
        and all(os.access(argument, os.R_OK) or not os.path.exists(argument) for argument in arguments)
    )


def _ordinary(stream: Any) -> bool:
    """A text stream click.echo writes to unwrapped (it re-wraps ASCII ones as UTF-8)."""
    if not isinstance(stream, io.TextIOWrapper) or stream.errors is None:
        return False
    try:
        return codecs.lookup(stream.encoding).name != "ascii"
    except LookupError:
        return False


def _echo(message: str, err: bool = False, color: bool | None = None) -> None:
    """click.echo on the streams `_plain` checked: the same bytes, without importing click."""
    if "\x1b" in message and not color:  # click strips escape codes then, by rules of its own
        import click

        click.echo(message, err=err, color=color)
        return
    stream = sys.stderr if err else sys.stdout
    stream.write(message + "\n")
    stream.flush()


def _run_plain(paths: list[Path]) -> NoReturn:
    """`run`, ending as click's standalone mode ends: quietly on ^C and on a closed pipe."""
    try:
        run(paths, _echo)
    except (KeyboardInterrupt, EOFError):
        _echo("", err=True)
        _echo("Aborted!", err=True)
        sys.exit(1)
    except OSError as error:
        if error.errno != errno.EPIPE:
            raise
        # Like `lint-posts | head`: what is left unwritten goes nowhere, and no flush at exit fails again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        for stream in (sys.stdout, sys.stderr):
            os.dup2(devnull, stream.fileno())
        sys.exit(1)
