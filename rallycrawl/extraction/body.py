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
from typing import Iterable

from lxml import etree
from trafilatura import bare_extraction

from .page import Page, clean_text

#: Elements of trafilatura's output that start and end a paragraph of their own.
_BLOCK_TAGS = frozenset({"p", "head", "list", "item", "quote", "code", "table", "row", "div"})
_WORD = re.compile(r"\w+", re.UNICODE)
# Scripts written without spaces between words: Han, kana, Thai, Lao, Khmer, Myanmar.
_UNSPACED = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
)
#: Characters of an unspaced script that count as one word (a Chinese or Japanese
#: word is one to three characters, most often two).
CHARACTERS_PER_WORD = 2


def count_words(text: str) -> int:
    """Words of ``text``: runs of letters and digits, and in scripts written without
    spaces (Chinese, Japanese, Thai...) one word per :data:`CHARACTERS_PER_WORD` characters."""
    if not _UNSPACED.search(text):
        return len(_WORD.findall(text))
    unspaced = len(_UNSPACED.findall(text))
    return len(_WORD.findall(_UNSPACED.sub(" ", text))) + -(-unspaced // CHARACTERS_PER_WORD)

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
        return sum(count_words(p) for p in self.paragraphs)


def paragraphs_from_tree(body) -> list[str]:
    """Paragraphs of trafilatura's output tree, in reading order.

    Every block (paragraph, heading, list item, quotation, table row) is one
    paragraph, a line break (``<lb/>``) ends one, and text that trafilatura
    leaves loose between blocks (an element's tail) is one too.  Table cells are
    joined with `` | ``.  When a fallback hands back the container it read (a
    ``<nav>``, a ``<div>``) instead of a ``<body>``, that container's own loose
    text is menu text, not article text.  Walked iteratively: the tree may be deep.
    """
    out: list[str] = []
    pieces: list[str] = []

    def flush() -> None:
        if pieces:
            text = clean_text("".join(pieces))
            if text:
                out.append(text)
            pieces.clear()

    for event, el in etree.iterwalk(body, events=("start", "end")):
        tag = el.tag
        if event == "start":
            if tag in _BLOCK_TAGS or tag == "lb":
                flush()
            elif tag == "cell" and el.getprevious() is not None:
                pieces.append(" | ")
            if el.text and tag != "lb" and (el is not body or tag == "body"):
                pieces.append(el.text)
            continue
        if tag in _BLOCK_TAGS:
            flush()
        if el.tail and el is not body:
            pieces.append(el.tail)
    flush()
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


#: Bodies this short are checked for being a list of links (a section front).
_FEW_PARAGRAPHS = 3
#: ... and turned away when at least this share of their words is link text.
_LINK_WORD_SHARE = 0.5


def mostly_link_text(paragraphs: list[str], link_texts: Iterable[str]) -> bool:
    """Is the text mostly the page's link texts (menus, teaser lists)?

    When the extractor finds no article, trafilatura's last resort is the text of
    the whole page: on a section front, that is its links one after another.
    """
    text = " ".join(paragraphs)
    words = len(_WORD.findall(text))
    if not words:
        return False
    linked = sum(len(_WORD.findall(t)) for t in set(link_texts) if t and t in text)
    return linked >= _LINK_WORD_SHARE * words


def _trafilatura_paragraphs(page: Page, fast: bool) -> list[str]:
    """trafilatura's main text as paragraphs, or ``[]`` when it is only the page's links."""
    doc = bare_extraction(
        page.tree,
        url=page.url,
        fast=fast,
        with_metadata=False,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        favor_precision=False,
        # Not "python": that renders a text we do not use (the paragraphs come from the tree).
        output_format="txt",
    )
    paragraphs: list[str] = []
    if doc is not None and getattr(doc, "body", None) is not None:
        paragraphs = paragraphs_from_tree(doc.body)
    elif doc is not None and getattr(doc, "raw_text", None):
        paragraphs = split_paragraphs(doc.raw_text)
    if 0 < len(paragraphs) <= _FEW_PARAGRAPHS and mostly_link_text(
        paragraphs, (clean_text(a.text_content()) for a in page.tree.iter("a"))
    ):
        return []
    return paragraphs


#: A paragraph this long at least that is the whole text of a link is another page's headline.
_MIN_LINK_PARAGRAPH = 15
#: ... "Related: <headline>": a label of at most this many words before it.
_MAX_LABEL_WORDS = 4
#: Never drop more than this share of the paragraphs (a page whose text is all links
#: is a broken page, not a list of teasers).
_MAX_LINK_SHARE = 0.5


def _is_link_line(paragraph: str, link_texts: set[str]) -> bool:
    """The paragraph is a link to another page: its whole text ("Sudan's war — and the
    science it imperils") or a short label and a link ("Related: Workers plan strike")."""
    if len(paragraph) < _MIN_LINK_PARAGRAPH:
        return False
    if paragraph in link_texts:
        return True
    label, sep, rest = paragraph.partition(": ")
    return bool(sep) and len(label.split()) <= _MAX_LABEL_WORDS and rest in link_texts


def drop_link_lines(paragraphs: list[str], link_texts: Iterable[str]) -> list[str]:
    """The paragraphs without related-headline lists and teasers that the extractor kept
    (each a link to another article), unless that would take most of the text."""
    links = {t for t in link_texts if len(t) >= _MIN_LINK_PARAGRAPH}
    if not links:
        return paragraphs
    kept = [p for p in paragraphs if not _is_link_line(p, links)]
    if len(paragraphs) - len(kept) > _MAX_LINK_SHARE * len(paragraphs):
        return paragraphs
    return kept


def _link_texts(page: Page) -> Iterable[str]:
    for a in page.tree.iter("a"):
        if a.get("href") is not None:
            yield clean_text(a.text_content())


def extract_body(page: Page, *, headline: str | None = None, fast: bool = True) -> Body:
    """Main text of ``page``; an empty :class:`Body` when there is none.

    ``headline`` (from the metadata) is removed when it opens the text.
    ``fast`` skips trafilatura's readability/justext fallbacks (a third faster
    and, on the public benchmark, no worse: ``bench/body_quality.py``) unless
    the fast extraction finds nothing but the page's links: then the fallbacks
    get their chance.
    """
    paragraphs = _trafilatura_paragraphs(page, fast)
    if fast and not paragraphs:
        paragraphs = _trafilatura_paragraphs(page, False)
    if not paragraphs:
        # Some pages ship their text only in JSON-LD (or in a <noscript>).
        article_body = page.article_jsonld.get("articleBody")
        if isinstance(article_body, str):
            paragraphs = split_paragraphs(article_body)
    paragraphs = drop_link_lines(paragraphs, _link_texts(page))
    return Body(_drop_junk(_drop_leading_headline(paragraphs, headline)))
