"""The help text of spider arguments, from each spider's ``arguments`` (name -> one line of help).

Shown by ``rallycrawl spiders`` and at the end of ``rallycrawl crawl <spider> -h``.
"""

from __future__ import annotations

import argparse
import sys
import textwrap

from scrapy.commands import ScrapyHelpFormatter
from scrapy.spiderloader import get_spider_loader


class KeepLinesHelpFormatter(argparse.RawDescriptionHelpFormatter, ScrapyHelpFormatter):
    """Scrapy's help layout, with the description's lines (the argument table) kept as written."""


def first_line(text: str | None) -> str:
    for line in (text or "").strip().splitlines():
        if line.strip():
            return line.strip().rstrip(".")
    return ""


def spider_arguments_help(spidercls, width: int = 100) -> str:
    """``name: what it does`` then one indented line per ``-a`` argument."""
    doc = first_line(spidercls.__doc__ if spidercls.__doc__ != spidercls.__mro__[1].__doc__ else "")
    module_doc = first_line(getattr(sys.modules.get(spidercls.__module__), "__doc__", ""))
    title = doc or module_doc.split(":", 1)[-1].strip() or spidercls.name
    lines = [f"{spidercls.name}: {title}"]
    arguments = getattr(spidercls, "arguments", {}) or {}
    if not arguments:
        lines.append("  (no -a arguments)")
    pad = max((len(n) for n in arguments), default=0) + 6
    for name, text in arguments.items():
        head = f"  -a {name}=".ljust(pad + 2)
        wrapped = textwrap.wrap(text, width=max(40, width - len(head)), break_on_hyphens=False) or [""]
        lines.append(head + wrapped[0])
        lines.extend(" " * len(head) + more for more in wrapped[1:])
    return "\n".join(lines)


def spiders_help(settings, names: list[str] | None = None) -> str:
    """The arguments of the named spiders (all of them when ``names`` is empty)."""
    loader = get_spider_loader(settings)
    names = [n for n in (names or []) if n in loader.list()] or sorted(loader.list())
    return "\n\n".join(spider_arguments_help(loader.load(n)) for n in names)
