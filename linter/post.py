"""The post model: one Markdown file with YAML front matter.

This module is the one home of the post format. It reads bytes, splits the front
matter from the body, validates the front matter against `schema/post.schema.json`
and parses publish dates. Everything downstream (rules, the calendar) reads `Post`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import CodeType
from typing import Any, ClassVar

from linter import regex_cache

with regex_cache.remembering():  # PyYAML compiles its patterns as it is imported
    import yaml

STATUSES = ("idea", "draft", "review", "approved", "scheduled", "published")
APPROVED_STATUSES = ("approved", "scheduled", "published")
DEFAULT_CHANNELS = (
    "blog", "linkedin", "twitter", "facebook", "instagram", "mastodon", "newsletter", "youtube",
)
MAX_BYTES = 1_000_000
"""Posts are prose for people; a larger file is almost surely not a post."""

FRONT_MATTER_RULE = "front-matter"
UNREADABLE_RULE = "unreadable"

PublishTime = dt.date | dt.datetime


@dataclass(frozen=True)
class Problem:
    """Something wrong with a file, located for the writer (1-based line and column)."""

    line: int
    column: int
    message: str
    rule: str = FRONT_MATTER_RULE
    suggestion: str | None = None


@dataclass
class Post:
    """A post as rules and the calendar see it."""

    path: str
    meta: dict[str, Any]
    body: str
    body_line: int
    """1-based line of the file where the body starts."""
    field_lines: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    publish: PublishTime | None = None
    claimed_status: str | None = None
    """The `status:` line of a post whose front matter cannot be read: broken, it may still claim to be
    approved, and then the calendar must refuse it rather than leave it out unnoticed."""

    @property
    def valid(self) -> bool:
        return not self.problems

    def text(self, name: str) -> str | None:
        value = self.meta.get(name)
        return value if isinstance(value, str) and value.strip() else None

    @property
    def title(self) -> str:
        return self.text("title") or Path(self.path).stem

    @property
    def status(self) -> str | None:
        return self.text("status")

    @property
    def channel(self) -> str | None:
        return self.text("channel")

    @property
    def author(self) -> str | None:
        return self.text("author")

    @property
    def tags(self) -> list[str]:
        tags = self.meta.get("tags")
        return [t for t in tags if isinstance(t, str)] if isinstance(tags, list) else []

    @property
    def approved(self) -> bool:
        return self.status in APPROVED_STATUSES

    def line_of(self, name: str) -> int:
        """The line of a front-matter field, or of the front matter's opening."""
        return self.field_lines.get(name, 1)


class _Loader(yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader):  # type: ignore[misc]
    """Safe YAML without implicit timestamps: every date is parsed in one place, here.

    PyYAML turns `2026-05-09` into a date but `2026-05-09T12:00` into a string;
    keeping all of them strings avoids two code paths and surprises.
    """

    yaml_implicit_resolvers: ClassVar[dict[str, list[tuple[str, re.Pattern[str]]]]] = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }


_DATETIME = regex_cache.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$")


def parse_publish_time(value: str) -> PublishTime:
    """A date (`2026-05-09`) or a date-time with or without offset; ValueError otherwise."""
    value = value.strip()
    if len(value) == 10:
        return dt.date.fromisoformat(value)
    match = _DATETIME.match(value)
    if not match:
        raise ValueError(value)
    day, time, offset = match.groups()
    if offset and offset != "Z" and ":" not in offset:
        offset = f"{offset[:3]}:{offset[3:]}"
    return dt.datetime.fromisoformat(f"{day}T{time}{offset or ''}")


@cache
def schema() -> dict[str, Any]:
    text = (Path(__file__).parent / "schema" / "post.schema.json").read_text("utf-8")
    return json.loads(text)


@cache
def _validators(channels: tuple[str, ...]) -> tuple[Callable[..., Any], dict[str, Any]]:
    full = schema()
    full = {**full, "properties": {**full["properties"]}}
    full["properties"]["channel"] = {**full["properties"]["channel"], "enum": list(channels)}
    return _compiled(full), full


def _compiled(definition: dict[str, Any]) -> Callable[..., Any]:
    """fastjsonschema.compile(definition), the code it generates kept between runs (regex_cache):
    generating and compiling that code anew would cost every commit 7 ms."""
    with regex_cache.remembering():  # its import
        import fastjsonschema

    def build() -> tuple[str, CodeType]:
        name = fastjsonschema.compile(definition).__name__
        return name, compile(fastjsonschema.compile_to_code(definition), "<post.schema.json>", "exec")

    key = ("fastjsonschema", fastjsonschema.VERSION, json.dumps(definition, sort_keys=True))
    name, code = regex_cache.code(key, build)
    namespace: dict[str, Any] = {}
    with regex_cache.remembering():  # the schema's patterns
        exec(code, namespace)
    return namespace[name]


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return "text"


_EXPECTED = {"string": "text", "array": "a list", "object": "a mapping", "boolean": "true or false"}


def _schema_message(name: str, value: Any, rule: str, definition: dict[str, Any]) -> str:
    if rule == "enum":
        allowed = ", ".join(str(v) for v in definition["enum"])
        return f"{name} {value!r} is not one of: {allowed}"
    if name == "date":
        return (
            f"date {value!r} is not a date (YYYY-MM-DD) or date-time "
            "(YYYY-MM-DDTHH:MM, optionally with an offset such as +02:00)"
        )
    if rule == "type":
        expected = _EXPECTED.get(definition.get("type", ""), definition.get("type"))
        return f"{name} must be {expected}, not {_describe(value)}"
    if rule in ("minLength", "pattern") and isinstance(value, str) and not value.strip():
        return f"{name} is empty"
    if rule == "pattern":
        return f"{name} {value!r} has characters that are not allowed here"
    return f"{name} is not valid ({rule})"


def _field_problems(
    meta: dict[str, Any], lines: dict[str, int], full: dict[str, Any]
) -> Iterable[Problem]:
    """All schema problems, field by field, so a writer sees every one at once."""
    import fastjsonschema

    for name, subschema in full["properties"].items():
        if name not in meta:
            continue
        try:
            _compile(json.dumps(subschema, sort_keys=True))(meta[name])
        except fastjsonschema.JsonSchemaValueException as error:
            item = error.path[1:] if len(error.path) > 1 else []
            label = name + "".join(f"[{i}]" if str(i).isdigit() else f".{i}" for i in item)
            yield Problem(
                lines.get(name, 1), 1, _schema_message(label, error.value, error.rule or "", error.definition or {})
            )
    missing = [name for name in full["required"] if name not in meta]
    # The schema's "reviewer from approved on" is reported by review_problem(), with the author check.
    for name in missing:
        yield Problem(1, 1, f"missing required field '{name}'", suggestion=_HINTS.get(name))


_HINTS = {
    "title": "title: A headline a reviewer recognises",
    "date": "date: 2026-05-09 (or 2026-05-09T12:00+02:00)",
    "channel": "channel: blog",
    "status": "status: draft",
    "author": "author: your name",
}


@cache
def _compile(subschema_json: str) -> Callable[..., Any]:
    return _compiled(json.loads(subschema_json))


def _key_lines(node: yaml.Node | None, first_line: int) -> dict[str, int]:
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {
        str(key.value): key.start_mark.line + first_line
        for key, _ in node.value
        if isinstance(key, yaml.ScalarNode)
    }


def _decode(data: bytes) -> tuple[str | None, Problem | None]:
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), None
    if b"\0" in data[:8192]:
        return None, Problem(1, 1, "binary file, not a Markdown post", UNREADABLE_RULE)
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        return None, Problem(
            line, column,
            f"not valid UTF-8 (byte 0x{data[error.start]:02x}); save the file as UTF-8",
            UNREADABLE_RULE,
        )


_STATUS_LINE = regex_cache.compile(r"^status:[ \t]*['\"]?([A-Za-z]+)", re.MULTILINE)


def _status_line(text: str) -> str | None:
    match = _STATUS_LINE.search(text)
    return match[1] if match else None


_FENCE = regex_cache.compile(r"^---[ \t]*$")
_CLOSE = regex_cache.compile(r"^(?:---|\.\.\.)[ \t]*$")


def parse_post(path: str, text: str, channels: tuple[str, ...] = DEFAULT_CHANNELS) -> Post:
    """Split and validate one post. Never raises on bad content: problems are collected."""
    lines = text.splitlines(keepends=True)
    if not lines or not _FENCE.match(lines[0].rstrip("\r\n")):
        return Post(path, {}, text, 1, problems=[Problem(
            1, 1, "no front matter: a post starts with a '---' line, its fields, then '---'",
            suggestion="begin the file with the fields title, date, channel, status and author between '---' lines",
        )])
    end = next((i for i in range(1, len(lines)) if _CLOSE.match(lines[i].rstrip("\r\n"))), None)
    if end is None:
        return Post(path, {}, "", len(lines) + 1, problems=[Problem(
            1, 1, "front matter is never closed: add a '---' line after the last field",
        )])
    yaml_text = "".join(lines[1:end])
    body = "".join(lines[end + 1:])
    post = Post(path, {}, body, end + 2)
    try:
        loader = _Loader(yaml_text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else {}
        finally:
            loader.dispose()
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = mark.line + 2 if mark else 1
        column = mark.column + 1 if mark else 1
        reason = getattr(error, "problem", None) or "cannot be read"
        post.problems.append(Problem(line, column, f"front matter is not valid YAML: {reason}"))
        post.claimed_status = _status_line(yaml_text)
        return post
    if not isinstance(data, dict):
        post.problems.append(Problem(2, 1, f"front matter must be 'field: value' lines, not {_describe(data)}"))
        return post
    post.meta = {str(k): v for k, v in data.items()}
    post.field_lines = _key_lines(node, 2)
    validate, full = _validators(tuple(channels))
    import fastjsonschema

    try:
        validate(post.meta)
    except fastjsonschema.JsonSchemaValueException:
        post.problems.extend(_field_problems(post.meta, post.field_lines, full))
    date = post.meta.get("date")
    if isinstance(date, str) and not any(p.line == post.line_of("date") for p in post.problems):
        try:
            post.publish = parse_publish_time(date)
        except ValueError:
            post.problems.append(Problem(post.line_of("date"), 1, f"date {date!r} is not a real calendar date"))
    if post.approved and ("reviewer" not in post.meta or post.text("reviewer")):
        post.problems.extend(filter(None, [review_problem(post)]))
    return post


def _same_person(first: str, second: str) -> bool:
    return " ".join(first.split()).casefold() == " ".join(second.split()).casefold()


def review_problem(post: Post) -> Problem | None:
    """Why an approved post has not really been reviewed: no reviewer, or its own author."""
    reviewer = post.text("reviewer")
    if not reviewer:
        return Problem(post.line_of("status"), 1, f"status {post.status!r} needs a reviewer: add 'reviewer: <name>'")
    if post.author and _same_person(reviewer, post.author):
        return Problem(post.line_of("reviewer"), 1,
                       "the reviewer is the author: an approved post needs a second pair of eyes")
    return None


def read_post(path: Path, display: str | None = None, channels: tuple[str, ...] = DEFAULT_CHANNELS) -> Post:
    """Read a file from disk; unreadable files become a Post with one problem."""
    name = display or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return Post(name, {}, "", 1, problems=[Problem(
                1, 1, f"file is {size / 1e6:.1f} MB; posts over {MAX_BYTES / 1e6:.0f} MB are not linted",
                UNREADABLE_RULE,
            )])
        data = path.read_bytes()
    except OSError as error:
        return Post(name, {}, "", 1, problems=[Problem(1, 1, f"cannot read file: {error.strerror}", UNREADABLE_RULE)])
    text, problem = _decode(data)
    if text is None:
        return Post(name, {}, "", 1, problems=[problem] if problem else [],
                    claimed_status=_status_line(data[:8192].decode("utf-8", errors="replace")))
    return parse_post(name, text, channels)
