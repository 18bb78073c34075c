"""One analysis of an article's text, made once and read by every step.

A :class:`Document` holds the headline and the body paragraphs and, computed on
first use and then kept, their sentences and tokens with offsets and the facts
the extraction steps ask about each word (its lower case, whether it is
capitalised or all capitals, whether it opens a sentence or a paragraph).
Steps that accept a ``document=`` keyword read it instead of splitting and
lower-casing the same text again; :func:`~.analysis.analyse_article` builds one
per article.

Offsets are character offsets into the paragraph (``Token.start``/``end``,
``Sentence.start``/``end``); ``Paragraph.offset`` places a paragraph in the body
text as exported (paragraphs joined by a blank line).

Sentence ends follow the usual rule of news prose: ``.``, ``!``, ``?`` or ``…``
(closing quote marks and brackets included) followed by a space and a capital
letter, a digit or an opening quote mark, unless the word before the full stop is
an abbreviation of the article's language (``lang/<code>/sentences.py``), an
initial ("J. Smith") or, in languages that write ordinals with a full stop, a
number of one or two digits ("am 3. Mai").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from .lang import resources

#: A word: letters and digits, with inner apostrophes, hyphens and full stops
#: ("don't", "Koch-backed", "U.S."); anything else that is not space is one token of its own.
_TOKEN = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*|[^\w\s]|_+")
#: Where a sentence may end: the end mark, closing quotes/brackets, space, and what may open a sentence.
_SENTENCE_END = re.compile(
    r"[.!?\u2026]+[\"'\u201d\u2019\u00bb)\]]*(?=\s+[\"'\u201c\u2018\u00ab\u201e(\[¿¡]*(\w))"
)
_LAST_WORD = re.compile(r"([^\W\d_][^\W_]*|\d+)\.?$")


@dataclass(slots=True)
class Token:
    """One word or punctuation mark."""

    text: str
    start: int  #: offset in the paragraph
    end: int
    paragraph: int  #: index of the paragraph (in ``Document.paragraphs``)
    sentence: int  #: index of the sentence (in ``Document.sentences``)
    index: int  #: index of the token (in ``Document.tokens``)
    lower: str
    is_word: bool  #: letters or digits (not punctuation)
    is_capitalised: bool  #: starts with an upper-case letter ("Police", "SAG-AFTRA")
    is_upper: bool  #: two or more letters, all capitals ("AFL-CIO", "CGT")
    is_digit: bool
    is_sentence_start: bool = False  #: the first word of its sentence
    is_paragraph_start: bool = False  #: the first word of its paragraph


@dataclass(slots=True)
class Sentence:
    text: str
    start: int  #: offset in the paragraph
    end: int
    paragraph: int
    index: int
    first_token: int = 0  #: ``Document.tokens[first_token:end_token]`` are its tokens
    end_token: int = 0


@dataclass(slots=True)
class Paragraph:
    text: str
    index: int
    offset: int  #: where it starts in the body text (paragraphs joined by a blank line)
    sentences: list[Sentence] = field(default_factory=list)


def sentence_spans(
    text: str, abbreviations: frozenset[str] = frozenset(), *, ordinal_stop: bool = False
) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of one paragraph (spaces between sentences left out).

    ``abbreviations`` (lower case, without the stop) never end a sentence; with
    ``ordinal_stop``, neither does a number of one or two digits ("3.").
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.group(1).islower():  # "e.g. cold", "approx. ten"
            continue
        mark = m.group()
        if mark[0] == "." and not mark.startswith(".."):
            last = _LAST_WORD.search(text, max(start, m.start() - 40), m.start() + 1)
            if last:
                word = last.group(1)
                if (
                    (len(word) == 1 and word.isupper())
                    or (ordinal_stop and word.isdigit() and len(word) <= 2)
                    or word.lower() in abbreviations
                ):
                    continue
        end = m.end()
        if text[start:end].strip():
            spans.append((start, end))
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


class Document:
    """The headline and paragraphs of one article, with sentences and tokens made on first use."""

    def __init__(self, paragraphs: list[str], *, headline: str = "", language: str | None = None):
        self.headline = headline
        self.language = language
        self.texts = paragraphs

    @cached_property
    def lower_texts(self) -> list[str]:
        """Each paragraph in lower case (same offsets for the scripts news is written in)."""
        return [p.lower() for p in self.texts]

    @cached_property
    def headline_lower(self) -> str:
        return self.headline.lower()

    @cached_property
    def paragraphs(self) -> list[Paragraph]:
        out: list[Paragraph] = []
        offset = 0
        data = resources(self.language, "sentences")
        abbreviations, ordinal_stop = data.ABBREVIATIONS, getattr(data, "ORDINAL_STOP", False)
        count = 0
        for i, text in enumerate(self.texts):
            para = Paragraph(text, i, offset)
            for start, end in sentence_spans(text, abbreviations, ordinal_stop=ordinal_stop):
                para.sentences.append(Sentence(text[start:end], start, end, i, count))
                count += 1
            out.append(para)
            offset += len(text) + 2
        return out

    @cached_property
    def sentences(self) -> list[Sentence]:
        return [s for p in self.paragraphs for s in p.sentences]

    @cached_property
    def tokens(self) -> list[Token]:
        tokens: list[Token] = []
        append = tokens.append
        for para in self.paragraphs:
            text = para.text
            first_in_paragraph = True
            for sentence in para.sentences:
                sentence.first_token = len(tokens)
                first_in_sentence = True
                for m in _TOKEN.finditer(text, sentence.start, sentence.end):
                    word = m.group()
                    is_word = word[0].isalnum()
                    token = Token(
                        word, m.start(), m.end(), para.index, sentence.index, len(tokens), word.lower(),
                        is_word,
                        word[0].isupper(),
                        is_word and len(word) > 1 and word.isupper(),
                        word.isdigit(),
                    )
                    if is_word:
                        token.is_sentence_start = first_in_sentence
                        token.is_paragraph_start = first_in_paragraph
                        first_in_sentence = first_in_paragraph = False
                    append(token)
                sentence.end_token = len(tokens)
        return tokens

    def sentence_tokens(self, sentence: Sentence) -> list[Token]:
        return self.tokens[sentence.first_token : sentence.end_token]

    def paragraph_tokens(self, paragraph: int) -> list[Token]:
        sentences = self.paragraphs[paragraph].sentences
        if not sentences:
            return []
        self.tokens  # noqa: B018 - fills the token ranges
        return self.tokens[sentences[0].first_token : sentences[-1].end_token]

    @cached_property
    def capitalised_mid_sentence(self) -> frozenset[str]:
        """Words the article capitalises where no sentence starts (names, not sentence-initial common words)."""
        return frozenset(t.text for t in self.tokens if t.is_capitalised and t.is_word and not t.is_sentence_start)


__all__ = ["Document", "Paragraph", "Sentence", "Token", "sentence_spans"]
