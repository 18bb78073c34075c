"""The article's main text as paragraphs.

Boilerplate removal (navigation, ads, captions, related links, newsletter boxes,
comments) is trafilatura's job: it is the strongest open extractor on public
benchmarks.  This module turns its output into the paragraph list the rest of
rallycrawl works on, and falls back to JSON-LD ``articleBody`` when the page
carries its text only there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from trafilatura import bare_extraction

from .page import Page, clean_text

_PARAGRAPH_TAGS = {"p", "head", "quote", "item", "cell", "code", "lb"}
_WORD = re.compile(r"\w+", re.UNICODE)

# Lines that trafilatura sometimes keeps and that are never article text.
_JUNK_LINE = re.compile(
    r"^(?:advertisement|anzeige|publicidad|publicité|read more|related:?|share this( article)?|"
    r"(?:photo|image|picture|foto)s?\s*(?:credit)?:.*|\(?(?:photo|image) by .*|"
    r"sign up for .*newsletter.*|subscribe (?:now|to).*|click here.*)$",
    re.I,
)


@dataclass(slots=True)
class Body:
    paragraphs: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def word_count(self) -> int:
        return sum(len(_WORD.findall(p)) for p in self.paragraphs)


def _paragraphs_from_element(body) -> list[str]:
    out: list[str] = []
    for el in body:
        if el.tag == "list":
            items = [clean_text("".join(i.itertext())) for i in el.iterfind(".//item")]
            out.extend(i for i in items if i)
            continue
        if el.tag == "table":
            continue
        text = clean_text("".join(el.itertext()))
        if text:
            out.append(text)
    return out


def split_paragraphs(text: str) -> list[str]:
    return [clean_text(p) for p in re.split(r"\n\s*\n|\n", text) if clean_text(p)]


def _drop_junk(paragraphs: list[str]) -> list[str]:
    return [p for p in paragraphs if not (len(p) < 200 and _JUNK_LINE.match(p))]


def _drop_leading_headline(paragraphs: list[str], headline: str | None) -> list[str]:
    """trafilatura may keep the ``<h1>``: the headline is not part of the body."""
    if headline and paragraphs and paragraphs[0].casefold() == clean_text(headline).casefold():
        return paragraphs[1:]
    return paragraphs


def extract_body(page: Page, *, headline: str | None = None, fast: bool = False) -> Body:
    """Main text of ``page``; an empty :class:`Body` when there is none.

    ``headline`` (from the metadata) is removed when it opens the text.
    """
    paragraphs: list[str] = []
    doc = bare_extraction(
        page.tree,
        url=page.url,
        fast=fast,
        with_metadata=False,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=False,
    )
    if doc is not None and getattr(doc, "body", None) is not None:
        paragraphs = _paragraphs_from_element(doc.body)
    elif doc is not None and getattr(doc, "text", None):
        paragraphs = split_paragraphs(doc.text)
    if not paragraphs:
        # Some pages ship their text only in JSON-LD (or in a <noscript>).
        article_body = page.article_jsonld.get("articleBody")
        if isinstance(article_body, str):
            paragraphs = split_paragraphs(article_body)
    return Body(_drop_junk(_drop_leading_headline(paragraphs, headline)))
