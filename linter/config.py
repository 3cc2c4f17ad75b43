"""Configuration, layered once: rule defaults ← pyproject `[tool.lint-posts]` ← `--config` ← CLI flags.

Every value is checked here, so rules can trust their options. A bad value is a
`ConfigError` whose message says where it is and what would be right.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from linter import regex_cache
from linter.post import DEFAULT_CHANNELS, STATUSES
from linter.rules import SEVERITIES, all_rules

with regex_cache.remembering():  # tomllib compiles its patterns as it is imported
    import tomllib

TOP_LEVEL_KEYS = ("content", "channels", "brands", "fail-level", "skip-statuses", "rules")


class ConfigError(Exception):
    """The configuration (or the command line) asks for something impossible."""


@dataclass(frozen=True)
class Config:
    content: Path = Path("content")
    channels: tuple[str, ...] = DEFAULT_CHANNELS
    brands: tuple[str, ...] = ()
    fail_level: str = "error"
    skip_statuses: tuple[str, ...] = ("idea",)
    """Posts in these statuses get front-matter checks only: an idea is a note, not a draft."""
    rules: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    """Per rule id: its defaults overlaid with what the configuration says."""
    source: Path | None = None

    def options(self, rule_id: str) -> dict[str, Any]:
        return {"brands": list(self.brands), **self.rules[rule_id]}

    def enabled_rules(self) -> list[str]:
        return [rule_id for rule_id, options in self.rules.items() if options["enabled"]]


def _names(values: Iterable[str]) -> str:
    return ", ".join(sorted(values))


def check_rule_options(rule_id: str, given: Any, where: str) -> dict[str, Any]:
    """Validate one rule's options against its defaults (the defaults say the types)."""
    rules = all_rules()
    if rule_id not in rules:
        raise ConfigError(f"{where}: unknown rule '{rule_id}' (rules: {_names(rules)})")
    defaults = rules[rule_id].defaults
    if isinstance(given, bool):
        return {"enabled": given}
    if given in ("off", "on"):
        return {"enabled": given == "on"}
    if given in SEVERITIES:
        return {"enabled": True, "severity": given}
    if not isinstance(given, Mapping):
        raise ConfigError(f"{where}.{rule_id}: expected a table of options, on/off, error or warning")
    checked: dict[str, Any] = {}
    for key, value in given.items():
        if key not in defaults:
            raise ConfigError(f"{where}.{rule_id}: unknown option '{key}' (options: {_names(defaults)})")
        expected = defaults[key]
        ok = (
            isinstance(value, bool) if isinstance(expected, bool)
            else isinstance(value, (int, float)) and not isinstance(value, bool)
            if isinstance(expected, (int, float))
            else isinstance(value, list) and all(isinstance(v, str) for v in value)
            if isinstance(expected, list)
            else isinstance(value, type(expected))
        )
        if not ok:
            kind = {bool: "true or false", int: "a number", float: "a number", list: "a list of strings",
                    str: "a string"}.get(type(expected), type(expected).__name__)
            raise ConfigError(f"{where}.{rule_id}.{key}: expected {kind}, got {value!r}")
        if (key == "severity" or key.endswith("-severity")) and value not in SEVERITIES:
            raise ConfigError(f"{where}.{rule_id}.{key}: expected one of {_names(SEVERITIES)}, got {value!r}")
        checked[key] = value
    return checked


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read configuration: {error}") from error
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from error


def find_pyproject(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest pyproject.toml with a [tool.lint-posts] table, from `start` upwards, and that table."""
    for folder in [start, *start.parents]:
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            table = _read_toml(candidate).get("tool", {}).get("lint-posts")
            if table is not None:
                return candidate, table
    return None


def _apply(config: Config, table: Mapping[str, Any], where: str, base: Path) -> Config:
    unknown = set(table) - set(TOP_LEVEL_KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown setting(s) {_names(unknown)} (settings: {_names(TOP_LEVEL_KEYS)})")
    changes: dict[str, Any] = {}
    if "content" in table:
        if not isinstance(table["content"], str):
            raise ConfigError(f"{where}.content: expected a folder path as a string")
        changes["content"] = base / table["content"]
    for key in ("channels", "brands", "skip-statuses"):
        if key in table:
            value = table[key]
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                raise ConfigError(f"{where}.{key}: expected a list of non-empty strings")
            if key == "channels" and not value:
                raise ConfigError(f"{where}.channels: name at least one channel")
            if key == "skip-statuses" and set(value) - set(STATUSES):
                raise ConfigError(f"{where}.skip-statuses: expected statuses from {_names(STATUSES)}")
            changes[key.replace("-", "_")] = tuple(value)
    if "fail-level" in table:
        changes["fail_level"] = check_fail_level(table["fail-level"], f"{where}.fail-level")
    if "rules" in table:
        if not isinstance(table["rules"], Mapping):
            raise ConfigError(f"{where}.rules: expected a table of rule ids")
        rules = {rule_id: dict(options) for rule_id, options in config.rules.items()}
        for rule_id, given in table["rules"].items():
            rules[rule_id] = {**rules.get(rule_id, {}), **check_rule_options(rule_id, given, f"{where}.rules")}
        changes["rules"] = rules
    return replace(config, **changes)


def check_fail_level(value: Any, where: str) -> str:
    if value not in SEVERITIES:
        raise ConfigError(f"{where}: expected one of {_names(SEVERITIES)}, got {value!r}")
    return value


def load_config(
    config_file: Path | None = None,
    cwd: Path | None = None,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    fail_level: str | None = None,
) -> Config:
    cwd = cwd or Path.cwd()
    config = Config(
        content=cwd / "content",
        rules={rule_id: dict(rule.defaults) for rule_id, rule in all_rules().items()},
    )
    found = find_pyproject(cwd)
    if found:
        pyproject, table = found
        config = _apply(config, table, f"{pyproject} [tool.lint-posts]", pyproject.parent)
        config = replace(config, source=pyproject)
    if config_file:
        if not config_file.is_file():
            raise ConfigError(f"--config {config_file}: no such file")
        data = _read_toml(config_file)
        table = data.get("tool", {}).get("lint-posts", data)
        config = _apply(config, table, str(config_file), config_file.parent)
        config = replace(config, source=config_file)
    select, ignore = list(select), list(ignore)
    for rule_id in [*select, *ignore]:
        if rule_id not in config.rules:
            raise ConfigError(f"unknown rule '{rule_id}' (rules: {_names(config.rules)})")
    if select or ignore:
        config = replace(config, rules={
            rule_id: {**options, "enabled": (rule_id in select if select else options["enabled"])
                      and rule_id not in ignore}
            for rule_id, options in config.rules.items()
        })
    if fail_level:
        config = replace(config, fail_level=check_fail_level(fail_level, "--fail-level"))
    return config
