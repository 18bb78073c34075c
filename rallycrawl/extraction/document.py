"""One analysis of an article's text, made once and read by every step.

A :class:`Document` holds the headline and the body paragraphs and, computed on
first use and then kept, their sentences and tokens with offsets and the facts
the extraction steps ask about each word (its lower case, whether it is
capitalised or all capitals, whether it opens a sentence or a paragraph).
Steps that accept a ``document=`` keyword read it instead of splitting and
lower-casing the same text again; :func:`~.analysis.analyse_article` builds one
per article.

Token facts come in two forms: :attr:`Document.columns` (parallel lists, one per
fact: the cheap form for scans over the whole article) and :attr:`Document.tokens`
(one :class:`Token` object each, made from the columns when first read).

Offsets are character offsets into the paragraph (``Token.start``/``end``,
``Sentence.start``/``end``); ``Paragraph.offset`` places a paragraph in the body
text as exported (paragraphs joined by a blank line).

Sentence ends follow the usual rule of news prose: ``.``, ``!``, ``?`` or ``…``
(closing quote marks and brackets included) followed by a space and a capital
letter, a digit or an opening quote mark (with the space French writes after « too), unless the word before the full stop is
an abbreviation of the article's language (``lang/<code>/sentences.py``), an
initial ("J. Smith") or, in languages that write ordinals with a full stop, a
number of one or two digits ("am 3. Mai").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from .lang import resources

#: A word: letters and digits, with inner apostrophes, hyphens and full stops
#: ("don't", "Koch-backed", "U.S."); anything else that is not space is one token of its own.
_TOKEN = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*|[^\w\s]|_+")
#: Where a sentence may end: the end mark, closing quotes/brackets, space, and what may open a sentence (opening
#: marks, each perhaps with the space French puts inside its marks: "« La …").
_SENTENCE_END = re.compile(
    r"[.!?\u2026]+[\"'\u201d\u2019\u00bb)\]]*(?=\s+(?:[\"'\u201c\u2018\u00ab\u201e(\[¿¡][ \u00a0\u202f]?)*(\w))"
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


class TokenColumns:
    """The facts of every token of a document, one list per fact, in token order
    (``text[i]``, ``lower[i]``... are token ``i``'s).  The word facts are computed when
    first read, so a step pays only for the facts it uses."""

    def __init__(self) -> None:
        self.text: list[str] = []
        self.start: list[int] = []  #: offset in the paragraph
        self.end: list[int] = []
        self.paragraph: list[int] = []
        self.sentence: list[int] = []
        #: index of the first word (not punctuation) of each sentence and paragraph
        self.sentence_firsts: list[int] = []
        self.paragraph_firsts: list[int] = []

    @cached_property
    def lower(self) -> list[str]:
        return [t.lower() for t in self.text]

    @cached_property
    def is_word(self) -> list[bool]:
        return [t[0].isalnum() for t in self.text]

    @cached_property
    def is_capitalised(self) -> list[bool]:
        return [t[0].isupper() for t in self.text]

    @cached_property
    def is_upper(self) -> list[bool]:
        return [len(t) > 1 and t.isupper() for t in self.text]

    @cached_property
    def is_digit(self) -> list[bool]:
        return [t.isdigit() for t in self.text]

    @cached_property
    def is_sentence_start(self) -> list[bool]:
        flags = [False] * len(self.text)
        for k in self.sentence_firsts:
            flags[k] = True
        return flags

    @cached_property
    def is_paragraph_start(self) -> list[bool]:
        flags = [False] * len(self.text)
        for k in self.paragraph_firsts:
            flags[k] = True
        return flags


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
        self._lowers: list[str | None] | None = None  # (lower_text's, made one by one)

    @cached_property
    def lower_texts(self) -> list[str]:
        """Each paragraph in lower case (same offsets for the scripts news is written in)."""
        return [self.lower_text(i) for i in range(len(self.texts))]

    def lower_text(self, index: int) -> str:
        """Paragraph ``index`` in lower case, made when first asked for and kept: the
        organisation, event and demand steps each read the article's lower case."""
        lowers = self._lowers
        if lowers is None:
            lowers = self._lowers = [None] * len(self.texts)
        found = lowers[index]
        if found is None:
            found = lowers[index] = self.texts[index].lower()
        return found

    def lower(self, text: str, index: int) -> str:
        """``text.lower()``: the kept lower case of paragraph ``index`` when ``text`` is that
        paragraph (the same string: a step's cut of it that cuts nothing), else made anew."""
        if 0 <= index < len(self.texts) and self.texts[index] is text:
            return self.lower_text(index)
        return text.lower()

    def lowers(self, texts: list[str], first: int = 0) -> list[str]:
        """``[text.lower() for text in texts]`` for ``texts`` the paragraphs ``first``, ``first + 1``…
        or cuts of them (:meth:`lower` of each, in one loop)."""
        lowers = self._lowers
        if lowers is None:
            lowers = self._lowers = [None] * len(self.texts)
        own = self.texts
        n = len(own)
        out: list[str] = []
        for index, text in enumerate(texts, first):
            if index < n and own[index] is text:
                found = lowers[index]
                if found is None:
                    found = lowers[index] = text.lower()
            else:
                found = text.lower()
            out.append(found)
        return out

    def joined_lower(self, texts: list[str], first: int, limit: int) -> str:
        """``"\\n".join(texts)[:limit].lower()`` for ``texts`` the paragraphs ``first``, ``first + 1``…
        (or cuts of them), with the kept lower case of each paragraph taken whole.  Lower-casing
        goes character by character but for the capital sigma, whose final form depends on the
        letters around it; a newline is neither a letter nor ignored there, so no case reaches
        across one, and the pieces' lower case joined is the whole's."""
        pieces: list[str] = []
        size = 0
        for k, text in enumerate(texts):
            room = limit - size - (1 if k else 0)
            if room < 0:
                break
            piece = text[:room]  # (the same string when it fits whole)
            pieces.append(self.lower(piece, first + k))
            size += len(piece) + (1 if k else 0)
            if len(piece) < len(text):
                break
        return "\n".join(pieces)

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
    def columns(self) -> TokenColumns:
        """Every token's facts as parallel lists (the cheap form: no object per token)."""
        cols = TokenColumns()
        text_col, start_col, end_col = cols.text, cols.start, cols.end
        paragraph_col, sentence_col = cols.paragraph, cols.sentence
        for para in self.paragraphs:
            if not para.sentences:
                continue
            found = list(_TOKEN.finditer(para.text))
            first = len(text_col)
            text_col += [m.group() for m in found]
            starts = [m.start() for m in found]
            start_col += starts
            end_col += [m.end() for m in found]
            paragraph_col += [para.index] * len(found)
            # Sentences cover the paragraph but the spaces between them: each token is in the
            # last sentence that starts at or before it.
            offsets = [sentence.start for sentence in para.sentences]
            local = [bisect_right(offsets, start) - 1 for start in starts]
            base = para.sentences[0].index
            sentence_col += [base + k for k in local]
            for k, sentence in enumerate(para.sentences):
                sentence.first_token = first + bisect_left(local, k)
                sentence.end_token = first + bisect_left(local, k + 1)
        is_word = cols.is_word
        for para in self.paragraphs:
            first_in_paragraph = True
            for sentence in para.sentences:
                k = next((k for k in range(sentence.first_token, sentence.end_token) if is_word[k]), None)
                if k is not None:
                    cols.sentence_firsts.append(k)
                    if first_in_paragraph:
                        cols.paragraph_firsts.append(k)
                        first_in_paragraph = False
        return cols

    @cached_property
    def tokens(self) -> list[Token]:
        """The tokens as objects (made from :attr:`columns` on first use)."""
        c = self.columns
        return [
            Token(*fields)
            for fields in zip(
                c.text, c.start, c.end, c.paragraph, c.sentence, range(len(c.text)), c.lower, c.is_word,
                c.is_capitalised, c.is_upper, c.is_digit, c.is_sentence_start, c.is_paragraph_start,
            )
        ]

    def sentence_tokens(self, sentence: Sentence) -> list[Token]:
        return self.tokens[sentence.first_token : sentence.end_token]

    def paragraph_tokens(self, paragraph: int) -> list[Token]:
        sentences = self.paragraphs[paragraph].sentences
        if not sentences:
            return []
        self.columns  # noqa: B018 - fills the token ranges
        return self.tokens[sentences[0].first_token : sentences[-1].end_token]

    @cached_property
    def capitalised_mid_sentence(self) -> frozenset[str]:
        """Words the article capitalises where no sentence starts (names, not sentence-initial common words)."""
        c = self.columns
        return frozenset(
            text
            for text, capitalised, word, starts in zip(c.text, c.is_capitalised, c.is_word, c.is_sentence_start)
            if capitalised and word and not starts
        )


__all__ = ["Document", "Paragraph", "Sentence", "Token", "TokenColumns", "sentence_spans"]
