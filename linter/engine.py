"""lint(paths, config) → Report. File discovery, workers and ordering live here only."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from linter.config import Config, ConfigError, check_rule_options
from linter.post import FRONT_MATTER_RULE, UNREADABLE_RULE, Post, Problem, read_post
from linter.prose import Prose
from linter.rules import all_rules

SEVERITY_RANK = {"warning": 1, "error": 2}
PARALLEL_FROM = 200
"""Below this many files a worker pool costs more than it saves."""


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    column: int
    rule: str
    severity: str
    message: str
    suggestion: str | None = None

    def as_dict(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if v is not None}
        return data


@dataclass
class PostResult:
    post: Post
    findings: list[Finding]
    metrics: dict[str, float | int]


@dataclass
class Report:
    posts: list[PostResult] = field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        return [finding for result in self.posts for finding in result.findings]

    def failed(self, fail_level: str) -> bool:
        floor = SEVERITY_RANK[fail_level]
        return any(SEVERITY_RANK[f.severity] >= floor for f in self.findings)


def discover(paths: Sequence[Path]) -> list[tuple[Path, str]]:
    """Markdown files under the given paths, each once, in a stable order.

    Folders are walked without following links (no loops) and hidden folders are skipped.
    """
    cwd = Path.cwd()
    seen: set[Path] = set()
    files: list[tuple[Path, str]] = []
    for path in paths:
        if not path.exists():
            raise ConfigError(f"{path}: no such file or folder")
        for file, resolved in _walk(path, path.resolve()) if path.is_dir() else [(path, path.resolve())]:
            if resolved not in seen:
                seen.add(resolved)
                files.append((file, _display(file, resolved, cwd)))
    return files


def _walk(folder: Path, resolved: Path) -> Iterator[tuple[Path, Path]]:
    """The .md files os.walk would find, in sorted order, each with its resolved path.

    Only a linked file is resolved (a system call per folder on its way), and no two paths are compared
    (a folder's entries are visited by name): both were most of a 10,000-post run's start."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            if not entry.name.startswith(".") and not entry.is_symlink():
                yield from _walk(folder / entry.name, resolved / entry.name)
        elif entry.name.endswith(".md"):
            file = folder / entry.name
            yield file, file.resolve() if entry.is_symlink() else resolved / entry.name


def _display(path: Path, resolved: Path, cwd: Path) -> str:
    try:
        return str(resolved.relative_to(cwd))
    except ValueError:
        return str(path)


def _problem_finding(path: str, problem: Problem) -> Finding:
    return Finding(path, problem.line, problem.column, problem.rule, "error", problem.message, problem.suggestion)


Measure = Callable[[Prose], dict[str, float | int | None]]
"""A metric that is not a rule (e.g. reading ease on the calendar): read from the same prose."""


def lint_post(post: Post, config: Config, measures: Sequence[Measure] = ()) -> PostResult:
    """Run every rule, and any extra measures, over one parsed post."""
    findings = [_problem_finding(post.path, p) for p in post.problems]
    options = {rule_id: config.options(rule_id) for rule_id in config.rules}
    overrides = post.meta.get("lint")
    if isinstance(overrides, dict):
        for rule_id, given in overrides.items():
            try:
                options[rule_id].update(check_rule_options(str(rule_id), given, "lint"))
            except ConfigError as error:
                findings.append(Finding(post.path, post.line_of("lint"), 1, FRONT_MATTER_RULE, "error", str(error)))
    prose = Prose(post.body, post.body_line)
    metrics: dict[str, float | int] = {"word_count": prose.word_count}
    # A file that could not be read, or is only broken front matter, has no post to judge yet.
    judged = not any(p.rule == UNREADABLE_RULE for p in post.problems) and (post.body.strip() or not post.problems)
    for rule_id, rule in all_rules().items():
        try:
            outcome = rule.check(post, prose, options[rule_id])
        except Exception as error:  # a rule bug must not hide the other posts' findings
            findings.append(Finding(post.path, post.body_line, 1, rule_id, "error",
                                    f"internal error in this rule ({type(error).__name__}: {error}); "
                                    "please report it with this post"))
            continue
        metrics.update(outcome.metrics)
        if judged and options[rule_id]["enabled"] and post.status not in config.skip_statuses:
            findings.extend(
                Finding(post.path, hit.line, hit.column, rule_id, hit.severity or options[rule_id]["severity"],
                        hit.message, hit.suggestion)
                for hit in outcome.hits
            )
    for measure in measures:
        metrics.update({name: value for name, value in measure(prose).items() if value is not None})
    findings.sort(key=lambda f: (f.line, f.column, f.rule))
    return PostResult(post, findings, metrics)


def _lint_file(item: tuple[Path, str], config: Config, measures: Sequence[Measure]) -> PostResult:
    path, display = item
    return lint_post(read_post(path, display, config.channels), config, measures)


def _lint_chunk(chunk: list[tuple[Path, str]], config: Config, measures: Sequence[Measure]) -> list[PostResult]:
    return [_lint_file(item, config, measures) for item in chunk]


def _chunks(items: list[tuple[Path, str]], size: int) -> Iterator[list[tuple[Path, str]]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def lint(paths: Iterable[Path], config: Config, jobs: int | None = None, measures: Sequence[Measure] = ()) -> Report:
    files = discover(list(paths))
    jobs = jobs or os.cpu_count() or 1
    if jobs > 1 and len(files) >= PARALLEL_FROM:
        from concurrent.futures import ProcessPoolExecutor

        size = max(50, len(files) // (jobs * 4))
        with ProcessPoolExecutor(jobs) as pool:
            futures = [pool.submit(_lint_chunk, chunk, config, measures) for chunk in _chunks(files, size)]
            return Report([result for future in futures for result in future.result()])
    return Report([_lint_file(item, config, measures) for item in files])
