"""Parse a page once: the lxml tree, its JSON-LD objects and its meta tags.

Every extraction step reads the same :class:`Page`; nothing here knows about
Scrapy.  Parsing is lazy: a step that needs only the meta tags never builds
more than the tree.
"""

from __future__ import annotations

import json
import re
from functools import cached_property
from typing import Any, Iterator

import lxml.html
from lxml import etree

# An XML declaration could name another encoding than the UTF-8 the parser is given.
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# Control characters lxml rejects in element text (trafilatura builds new elements from
# the page's text): removed from the UTF-8 bytes, where they can only stand for themselves.
_CONTROL_BYTES = bytes(c for c in range(0x20) if c not in (0x09, 0x0A, 0x0D))
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

ARTICLE_TYPES = frozenset(
    {
        "newsarticle",
        "article",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "report",
    }
)


class PageError(ValueError):
    """The document cannot be parsed as HTML."""


def clean_text(value: Any) -> str:
    """Collapse whitespace; ``None`` and non-strings become ``""``."""
    if not isinstance(value, str):
        return ""
    return " ".join(value.split())


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    if isinstance(kind, str):
        kind = [kind]
    if not isinstance(kind, list):
        return set()
    return {k.lower().rsplit("/", 1)[-1] for k in kind if isinstance(k, str)}


def _walk_jsonld(node: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 6:
        return
    if isinstance(node, list):
        for child in node:
            yield from _walk_jsonld(child, depth + 1)
    elif isinstance(node, dict):
        yield node
        graph = node.get("@graph")
        if graph is not None:
            yield from _walk_jsonld(graph, depth + 1)


def _load_json(raw: str) -> Any:
    """The parsed JSON of a script, or ``None`` when it is not JSON.

    Hostile scripts are harmless: nesting too deep for the parser is "not JSON",
    and a lone surrogate escape (``"\\ud800"``), which decodes to a string that
    cannot be written as UTF-8, becomes U+FFFD.
    """
    # Pages often put several objects or trailing junk in one script.
    for candidate in (raw, raw.rstrip(";").strip()):
        try:
            data = json.loads(candidate)
        except (ValueError, RecursionError):
            continue
        if "\\ud" in candidate.lower():
            data = json.loads(_LONE_SURROGATE.sub("\ufffd", json.dumps(data, ensure_ascii=False)))
        return data
    return None


#: deepest element nesting kept when a page is nested deeper than libxml2 builds (256)
MAX_DEPTH = 180
_TOKEN = re.compile(r"<!--.*?(?:-->|$)|<(/?)([a-zA-Z][a-zA-Z0-9:-]{0,40})\b[^>]*>", re.S)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "noscript", "template"})
#: elements whose start tag closes an open one of the same kind (HTML's implied end tags)
_END_TAG_REACH = 64
_SELF_CLOSING_SIBLINGS = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "option"})


def _too_deep(parser: etree.HTMLParser) -> bool:
    return any("Excessive depth" in entry.message for entry in parser.error_log)


def flatten_deep_nesting(html: str, limit: int = MAX_DEPTH) -> str:
    """``html`` without the start and end tags nested deeper than ``limit``; all text is kept.

    Only for pages libxml2 would cut short: a linear scan that follows HTML's
    nesting loosely (end tags close back to their start tag, void elements and
    implied end tags do not nest, script and style are skipped whole).
    """
    out: list[str] = []
    stack: list[str] = []
    pos = 0
    for match in _TOKEN.finditer(html):
        start = match.start()
        if start < pos:
            continue
        slash, name = match.group(1), match.group(2)
        if name is None:  # a comment
            out.append(html[pos:match.end()])
            pos = match.end()
            continue
        name = name.lower()
        out.append(html[pos:start])
        pos = match.end()
        tag = match.group(0)
        if slash:
            # the nearest open element of that name, looked for among the last few only (linear
            # time whatever the page); an end tag that closes nothing open is dropped
            for index in range(len(stack) - 1, max(-1, len(stack) - 1 - _END_TAG_REACH), -1):
                if stack[index] == name:
                    if index < limit:
                        out.append(tag)
                    del stack[index:]
                    break
            continue
        if name in _VOID or tag.endswith("/>"):
            if len(stack) < limit:
                out.append(tag)
            continue
        if name in _SELF_CLOSING_SIBLINGS and stack and stack[-1] == name:
            stack.pop()
        if len(stack) < limit:
            out.append(tag)
        stack.append(name)
        if name in _RAW_TEXT:
            end = re.compile(rf"</{name}\s*>", re.I).search(html, pos)
            stop = end.start() if end else len(html)
            out.append(html[pos:stop])
            pos = stop
    out.append(html[pos:])
    return "".join(out)


class Page:
    """One HTML document and the structured data it declares."""

    def __init__(self, html: str, url: str):
        self.url = url
        self.html = html

    @cached_property
    def tree(self) -> lxml.html.HtmlElement:
        """The parsed document.

        lxml is handed UTF-8 bytes with the encoding said outright: a quarter
        faster than a ``str``, whatever ``<meta charset>`` the page declares (its
        text is already decoded), and a lone surrogate becomes "?" instead of
        cutting the text short.
        """
        text = _XML_DECL.sub("", self.html, count=1)
        if not text or text.isspace():
            raise PageError("empty document")
        data = text.encode("utf-8", errors="replace").translate(None, _CONTROL_BYTES)
        parser = lxml.html.HTMLParser(
            recover=True, remove_comments=True, remove_pis=True, huge_tree=False, encoding="utf-8"
        )
        try:
            tree = lxml.html.document_fromstring(data, parser=parser)
            if _too_deep(parser):
                # libxml2 stops building the tree at depth 256 and drops the rest of the
                # document: parse again with the tags beyond MAX_DEPTH removed (their text kept)
                parser = lxml.html.HTMLParser(
                    recover=True, remove_comments=True, remove_pis=True, huge_tree=False, encoding="utf-8"
                )
                flat = flatten_deep_nesting(data.decode("utf-8", errors="replace"))
                tree = lxml.html.document_fromstring(flat.encode("utf-8"), parser=parser)
        except (etree.ParserError, ValueError) as exc:
            raise PageError(f"unparseable HTML: {exc}") from exc
        if tree is None:
            raise PageError("unparseable HTML")
        return tree

    @cached_property
    def jsonld(self) -> list[dict[str, Any]]:
        """Every JSON-LD object of the page, ``@graph`` members flattened."""
        objects: list[dict[str, Any]] = []
        for script in self.tree.iterfind(".//script[@type]"):
            if "ld+json" not in (script.get("type") or "").lower():
                continue
            raw = (script.text or "").strip()
            if not raw:
                continue
            data = _load_json(raw)
            if data is None:
                continue
            objects.extend(_walk_jsonld(data))
        return objects

    @cached_property
    def article_jsonld(self) -> dict[str, Any]:
        """The JSON-LD object describing the article, or ``{}``."""
        for obj in self.jsonld:
            if _types(obj) & ARTICLE_TYPES:
                return obj
        for obj in self.jsonld:  # WebPage with an article as mainEntity
            main = obj.get("mainEntity")
            if isinstance(main, dict) and _types(main) & ARTICLE_TYPES:
                return main
        return {}

    def jsonld_of_type(self, *names: str) -> list[dict[str, Any]]:
        wanted = {n.lower() for n in names}
        return [obj for obj in self.jsonld if _types(obj) & wanted]

    @cached_property
    def meta(self) -> dict[str, list[str]]:
        """``<meta>`` contents by lower-cased ``name``/``property``/``itemprop``."""
        found: dict[str, list[str]] = {}
        for el in self.tree.iterfind(".//meta"):
            key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
            content = el.get("content")
            if not key or content is None:
                continue
            content = clean_text(content)
            if content:
                found.setdefault(key.strip().lower(), []).append(content)
        return found

    def meta_first(self, *keys: str) -> str | None:
        for key in keys:
            values = self.meta.get(key)
            if values:
                return values[0]
        return None

    def links(self, rel: str) -> list[str]:
        return [
            el.get("href", "").strip()
            for el in self.tree.iterfind(".//link[@rel]")
            if rel in (el.get("rel") or "").lower().split() and el.get("href")
        ]
