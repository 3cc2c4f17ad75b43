"""Build real reviewer sites with `mkdocs build` and read what they contain."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml

from conftest import render_post

SITE_NAME = "Larkspur review site"
SITE_URL = "https://calendar.larkspur.example/"


def write_post(content: Path, name: str, body: str, **meta: Any) -> Path:
    """A post file with exactly the given front matter (no defaults: the tests say what they mean)."""
    path = content / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_post(meta, body), encoding="utf-8")
    return path


def write_site(root: Path, **plugin: Any) -> Path:
    """mkdocs.yml and one hand-written page, the way the repository sets them up."""
    (root / "site").mkdir(parents=True, exist_ok=True)
    (root / "site" / "index.md").write_text("# About\n\nThe approved calendar.\n", encoding="utf-8")
    config = {
        "site_name": SITE_NAME,
        "site_url": SITE_URL,
        "docs_dir": "site",
        "site_dir": "public",
        "theme": {"name": "material", "font": False, "palette": [
            {"scheme": "default", "toggle": {"icon": "material/weather-night", "name": "Dark mode"}},
            {"scheme": "slate", "toggle": {"icon": "material/weather-sunny", "name": "Light mode"}},
        ]},
        "plugins": ["search", {"editorial-calendar": {"content": "content", **plugin}}],
        "nav": [
            {"Calendar": "calendar/index.md"}, {"Agenda": "agenda/index.md"}, {"Channels": "channels/index.md"},
            {"Authors": "authors/index.md"}, {"Plan health": "health/index.md"}, {"About": "index.md"},
        ],
    }
    path = root / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


def mkdocs_build(config: Path, site_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The real `mkdocs build --strict`, as `make demo` and CI run it."""
    args = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)]
    if site_dir is not None:
        args += ["-d", str(site_dir)]
    return subprocess.run(args, cwd=config.parent, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})


def built_files(public: Path) -> Iterator[tuple[Path, str]]:
    """Every file of a built site as text, gzip files (sitemap.xml.gz) decompressed."""
    for path in sorted(public.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if path.suffix == ".gz":
                data = gzip.decompress(data)
            yield path, data.decode("utf-8", errors="replace")


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    content: list[Element | str] = field(default_factory=list)

    @property
    def children(self) -> list[Element]:
        return [part for part in self.content if isinstance(part, Element)]

    @property
    def text(self) -> str:
        """The text as a reader sees it (entities decoded), whitespace collapsed."""
        raw = "".join(part if isinstance(part, str) else part.text for part in self.content)
        return " ".join(raw.split())

    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def iter(self) -> Iterator[Element]:
        yield self
        for child in self.children:
            yield from child.iter()

    def find_all(self, tag: str | None = None, css: str | None = None, **attrs: str) -> list[Element]:
        """Elements by tag, class and attributes (data_date="x" matches data-date)."""
        wanted = {name.replace("_", "-"): value for name, value in attrs.items()}
        return [
            node for node in self.iter()
            if (tag is None or node.tag == tag) and (css is None or css in node.classes())
            and all(node.attrs.get(name) == value for name, value in wanted.items())
        ]

    def find(self, tag: str | None = None, css: str | None = None, **attrs: str) -> Element:
        found = self.find_all(tag, css, **attrs)
        assert found, f"no <{tag or '*'}> with class {css!r} and {attrs} in <{self.tag} {self.attrs}>"
        return found[0]


_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Element(tag, {name: value or "" for name, value in attrs})
        self.stack[-1].content.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].content.append(Element(tag, {name: value or "" for name, value in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].content.append(data)


def parse_html(path: Path) -> Element:
    builder = _TreeBuilder()
    builder.feed(path.read_text("utf-8"))
    builder.close()
    return builder.root
