"""A page as it would be without metadata: only what a reader sees is left.

    from strip_metadata import strip_metadata
    html = strip_metadata(html)

Used by ``bench/quality.py --strip-metadata`` to measure how well headline, authors
and publication date are read from the visible page alone, as on pages that declare
nothing (older pages, small outlets: the unseen test pages score far lower on these
fields than the corpus, whose pages nearly all carry JSON-LD or meta tags).

Taken out:

* every ``<meta>`` tag (OpenGraph, ``article:*``, ``author``, ``date``, twitter cards...),
  except the character set (``<meta charset>``, ``http-equiv="content-type"``);
* every ``<script>`` (JSON-LD, and the date assignments scripts carry: neither is visible);
* ``<link>`` elements other than stylesheets and icons (``canonical``, ``author``,
  ``alternate``: a canonical address can spell the date);
* the attributes that carry values a reader does not see: microdata (``itemprop``,
  ``itemscope``, ``itemtype``, ``itemref``, ``itemid``), RDFa (``property``, ``typeof``,
  ``vocab``, ``resource``, ``about``, ``datatype``), ``content`` outside ``<meta>``,
  ``datetime`` (``<time>``, ``<ins>``, ``<del>``), ``pubdate`` and ``rel="author"``.

Kept: every element and its visible text, ``<title>``, class and id attributes (layout,
not declared metadata), ``lang`` and links.  Pure lxml, no Scrapy.
"""

from __future__ import annotations

import lxml.html
from lxml import etree

#: attributes whose values readers never see
HIDDEN_VALUE_ATTRIBUTES = (
    "itemprop", "itemscope", "itemtype", "itemref", "itemid",
    "property", "typeof", "vocab", "resource", "about", "datatype",
    "datetime", "pubdate",
)
#: ``<link rel=...>`` kinds that style the page rather than describe it
_KEPT_LINKS = frozenset({"stylesheet", "icon", "shortcut", "apple-touch-icon", "preload", "preconnect",
                         "dns-prefetch", "manifest", "mask-icon"})


def _is_charset(meta: etree._Element) -> bool:
    return meta.get("charset") is not None or (meta.get("http-equiv") or "").strip().lower() == "content-type"


def strip_metadata(html: str) -> str:
    """``html`` without its declared metadata (see the module's docstring), serialised again."""
    if not html.strip():
        return html
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return html
    doomed = []
    for el in tree.iter(etree.Element):  # (elements only: no comment or processing instruction)
        tag = el.tag
        if tag == "script":
            doomed.append(el)
        elif tag == "meta" and not _is_charset(el):
            doomed.append(el)
        elif tag == "link" and not (set((el.get("rel") or "").lower().split()) & _KEPT_LINKS):
            doomed.append(el)
        else:
            for name in HIDDEN_VALUE_ATTRIBUTES:
                if name in el.attrib:
                    del el.attrib[name]
            if "content" in el.attrib and tag != "meta":
                del el.attrib["content"]
            rel = el.get("rel")
            if rel and "author" in rel.lower().split():
                kept = [r for r in rel.split() if r.lower() != "author"]
                if kept:
                    el.set("rel", " ".join(kept))
                else:
                    del el.attrib["rel"]
    for el in doomed:
        el.drop_tree()  # keeps the element's tail text (a reader's text after it)
    return lxml.html.tostring(tree, encoding="unicode", doctype="<!DOCTYPE html>")
