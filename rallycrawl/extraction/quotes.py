"""Quotations in the body, who said them, and the chants and sign texts.

1. :func:`~.quote_marks.find_spans` finds every quotation (marks of any
   language, quotes over several paragraphs, stray marks bounded);
2. each paragraph becomes a *frame*, the reporter's words with one placeholder
   per quotation, cut into sentences;
3. a quotation introduced by a chant or a sign ("chanting", "signs reading",
   "skandierten", "pancartas", "scandaient" …) is a slogan, not a quote;
4. :class:`~.attribution.Attributor` reads the sentences in order and names the
   speaker of every other quotation, falling back on the quotations and
   sentences around it (see :mod:`.attribution`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..record import Quote
from .attribution import (
    CAPITALS, LONE_ACRONYM, PLACEHOLDER, RULES, Attribution, Attributor, Sentence, Token, cue_at, dash_after_prose, dash_alone, dash_cues,
    expletive_opening, points_back,
    quoted_title, reported_mood, words_of_quotes,
    split_sentences, use_language,
)
from .knowledge.names import first_name_gender, preload
from .quote_marks import Span, find_spans
from .slogans import exclaimed_slogan, shouted_slogan, slogan_quotes


@dataclass(slots=True)
class QuoteExtraction:
    #: quoted speech, in reading order
    quotes: list[Quote] = field(default_factory=list)
    #: chants and sign/banner texts (quoted text introduced as such), in reading order
    slogans: list[str] = field(default_factory=list)


#: two capitalised words in a row: a sentence that may name someone
#: (the look-behind after the first capital lets the regex engine skip to capitals)
_HAS_NAME = re.compile("[" + CAPITALS + "](?<!\\S.)\\S*+[ \\t]++(?:\\S++[ \\t]++)?[" + CAPITALS + "]")
#: a number of one to three digits after a comma or in brackets: a sentence that may introduce
#: somebody with an age ('Karim, 34 ans', 'Lena (23)')
_HAS_AGE = re.compile("(?:,[ \\t]+(?:de[ \\t]+)?|\\()\\d{1,3}\\b")
#: sentences before a quotation read for its context (who spoke, who "she" is)
_CONTEXT_SENTENCES = 2
#: the words of a quotation, for the first person plural (rule ``presented_person``)
_QUOTE_WORD = re.compile(r"\w+")
#: characters read of a sentence of context
_CONTEXT_CHARS = 240
#: characters read at each end of an overlong sentence
_SENTENCE_EDGE = 1500


_NO_QUOTES: dict[int, int] = {}  # (shared; never changed)


def _frames(paragraphs: list[str], spans: list[Span]) -> list[tuple[str, dict[int, int]]]:
    """Each paragraph with its quotations replaced by placeholders, and which
    quotation each placeholder (by offset in the frame) stands for.  A dash
    quotation's frame reads as one in marks ('—… —dijo X—.' as ' Q, dijo X.')."""
    cuts: list[list[tuple[int, int, int]]] = [[] for _ in paragraphs]
    for index, span in enumerate(spans):
        for p in range(span.paragraph, span.end_paragraph + 1):
            lo = span.open_at if p == span.paragraph else 0
            hi = span.close_after if p == span.end_paragraph else len(paragraphs[p])
            cuts[p].append((lo, hi, index))
        if span.drop >= 0:  # the dash closing the reporter's inciso
            cuts[span.end_paragraph].append((span.drop, span.drop + 1, -1))
    frames = []
    for p, text in enumerate(paragraphs):
        if not cuts[p]:  # no quotation: the paragraph is its own frame
            frames.append((text, _NO_QUOTES))
            continue
        pieces: list[str] = []
        ids: dict[int, int] = {}
        pos = 0
        length = 0
        for lo, hi, index in sorted(cuts[p]):
            if lo < pos:
                continue
            pieces.append(text[pos:lo])
            length += lo - pos
            pos = hi
            if index < 0:
                continue
            # keep placeholders apart from the words around them
            joint = spans[index].joint
            pieces.append(" " + PLACEHOLDER + joint + (" " if joint else ""))
            ids[length + 1] = index
            length += 2 + (len(joint) + 1 if joint else 0)
        pieces.append(text[pos:])
        frames.append(("".join(pieces), ids))
    return frames


def _kind(span: Span, sentence: list[Token], position: int) -> str:
    text = span.text.lstrip("([\u00bf\u00a1.\u2026 ")
    if not text or not (text[0].isupper() or text[0].isdigit() or text[0] in "@#"):
        return "partial"
    if position == 0:
        return "direct"
    prev = sentence[position - 1]
    if prev.comma or prev.colon or cue_at(sentence, position - 1) or prev.text.endswith((".", "!", "?")):
        return "direct"
    return "partial"


#: a nickname in quotation marks inside a name ('Dara "DJ" Quill'): a capitalised word, one or two words quoted, a
#: capitalised word (rule ``nickname_in_name``; the first word must be a first name)
_NICKNAME = re.compile(
    "(?P<first>[" + CAPITALS + "][\\w'\u2019-]+) [\"\u201c](?P<nick>[" + CAPITALS + "][\\w.'\u2019-]*(?: [" + CAPITALS
    + "][\\w.'\u2019-]*)?)[\"\u201d] (?=[" + CAPITALS + "][\\w'\u2019-]+)"
)


def _without_nicknames(paragraph: str) -> str:
    """Rule ``nickname_in_name``: the paragraph less the quoted nicknames inside names ('Dara "DJ" Quill said' reads
    as 'Dara Quill said'), which were read as a quotation that split the name (the speaker was "Dara", or "Quill")."""
    if '"' not in paragraph and "\u201c" not in paragraph:
        return paragraph
    return _NICKNAME.sub(lambda m: m.group("first") + " " if first_name_gender(m.group("first")) else m.group(0), paragraph)


def extract_quotes(paragraphs: list[str], *, language: str | None = None) -> QuoteExtraction:
    """Quotations of the body paragraphs with their speakers, and the slogans."""
    if RULES["nickname_in_name"]:
        paragraphs = [_without_nicknames(p) for p in paragraphs]
    spans = find_spans(paragraphs, dash_cues(language), dash_after_prose(language), dash_alone(language))
    if not spans:
        return QuoteExtraction()
    language_profile = use_language(language)
    preload()  # (a no-op after the first call)
    # (nothing after the last paragraph with a quotation is asked for: the sentence
    # after the last quotation is read only within its paragraph, see below)
    upto = max([span.end_paragraph for span in spans]) + 1
    if upto < len(paragraphs) and points_back(paragraphs[upto]):
        upto += 1  # ('– …' / 'Det sier Kari Lunde til NTB.': the paragraph naming who spoke)
    frames = _frames(paragraphs[:upto], spans)
    ends = {i for i, span in enumerate(spans) if span.text.rstrip("\"'\u201d\u2019)").endswith((".", "!", "?", "\u2026"))}
    sentences: list[Sentence] = []
    for p, (frame, ids) in enumerate(frames):
        for start, text in split_sentences(frame, ids, ends):
            sentences.append(Sentence(p, start, text))
    quoted = [i for i, sentence in enumerate(sentences) if sentence.quoted]
    # Only sentences with quotations, and the few before them, are read word by word.
    wanted: set[int] = set()
    for i in quoted:
        wanted.update(range(max(0, i - _CONTEXT_SENTENCES), min(len(sentences), i + 2)))
    last = quoted[-1]
    if (
        last + 1 < len(sentences) and sentences[last + 1].paragraph != sentences[last].paragraph
        and not points_back(sentences[last + 1].text)
    ):
        # the sentence after the last quotation opens another paragraph: nothing it says
        # is asked for (a fallback looks at the sentences after a quotation only within
        # its paragraph, and no quotation follows)
        wanted.discard(last + 1)
    ids_by_paragraph = [ids for _, ids in frames]
    for i in wanted:
        sentence = sentences[i]
        ids = ids_by_paragraph[sentence.paragraph]
        text = sentence.text
        if not sentence.quoted:
            # a sentence of context: who it opens with and who reports in it come early
            sentence.read([(text[:_CONTEXT_CHARS], sentence.start)], ids)
        elif len(text) <= 2 * _SENTENCE_EDGE:
            sentence.read([(text, sentence.start)], ids)
        else:  # a run-on "sentence": only its edges can hold an attribution
            tail = len(text) - _SENTENCE_EDGE
            sentence.read([(text[:_SENTENCE_EDGE], sentence.start), (text[tail:], sentence.start + tail)], ids)

    slogan_ids: set[int] = set()
    for i in quoted:
        found_slogans = slogan_quotes(sentences[i].tokens, language)
        if found_slogans and RULES["statement_read"] and language_profile.read_nouns:
            found_slogans -= _read_from_document(sentences[i].tokens, language_profile.read_nouns, language_profile.read_verbs)
        if found_slogans and RULES["words_of"] and language_profile.words_of:
            found_slogans -= words_of_quotes(sentences[i].tokens)  # ('«…», le parole del sindaco X')
        slogan_ids |= found_slogans

    inline = {
        i for i, span in enumerate(spans)
        if span.paragraph == span.end_paragraph and len(span.text.split(None, 3)) <= 3 and i not in ends
    }
    # a quotation closing on a comma ('"…," Google said'): the sentence goes on after it
    commas = {
        i for i, span in enumerate(spans)
        if "," in paragraphs[span.end_paragraph][max(span.end - 1, 0) : span.close_after + 1]
    }
    attributor = Attributor(inline, language, {i: span.text for i, span in enumerate(spans)}, commas)
    if RULES["scene_break"]:
        quoted_paragraphs = {p for span in spans for p in range(span.paragraph, span.end_paragraph + 1)}
        attributor.scene_breaks = [
            p for p in range(1, upto) if p not in quoted_paragraphs and _scene_break(paragraphs[p])
        ]
    # (rule first_name_with_age: only in a language whose ages it reads, AGE_WORDS)
    ages = language_profile.age_pattern is not None and RULES["first_name_with_age"]
    # (rule acronym_organisation: a sentence with an acronym alone names an organisation, Romance languages)
    acronyms = language_profile.incise and RULES["acronym_organisation"]
    for sentence in sentences[: max(wanted) + 1]:  # nobody after the last quotation is needed
        if _HAS_NAME.search(sentence.text) or (acronyms and LONE_ACRONYM.search(sentence.text)):
            attributor.register_names(sentence)
        if ages and _HAS_AGE.search(sentence.text):
            attributor.register_first_names(sentence)
        if sentence.tokens:
            attributor.read_sentence(sentence)
        else:
            attributor.opening_subject(sentence)
    if RULES["role_named_later"] and attributor.later_roles_open([sentences[i] for i in quoted]):
        # (the holder of an office named with no name may be named in the paragraph after the last one quoting,
        # which is not read otherwise: its names are read too, once every quotation is attributed)
        if upto < len(paragraphs) and _HAS_NAME.search(paragraphs[upto]):
            attributor.register_names(Sentence(upto, 0, paragraphs[upto]))
        attributor.name_later_roles([sentences[i] for i in quoted])

    headings = (
        {i for i, span in enumerate(spans) if _quoted_heading(paragraphs, span)} if RULES["quoted_heading"] else set()
    )
    plural = frozenset(
        i for i, span in enumerate(spans)
        if not language_profile.first_person_plural.isdisjoint(_QUOTE_WORD.findall(span.text.lower()))
    ) if RULES["presented_person"] and language_profile.first_person_plural else frozenset()
    attribution = _attribute_all(sentences, quoted, slogan_ids, headings, pro_drop=language_profile.pro_drop, plural=plural)
    quotes: list[Quote] = []
    slogans: list[str] = []
    seen: set[int] = set()
    for i in quoted:
        sentence = sentences[i]
        for position in sentence.quote_positions:
            index = sentence.tokens[position].quote
            if index in seen:
                continue
            seen.add(index)
            span = spans[index]
            found = attribution.get(index) or Attribution()
            if index in slogan_ids or (
                not found.speaker
                and (
                    (RULES["exclaimed_slogan"] and exclaimed_slogan(span.text, sentence.tokens))
                    or (RULES["shouted_slogan"] and shouted_slogan(span.text, sentence.tokens))
                )
            ):
                slogans.append(span.text.rstrip(",;").strip())
                continue
            kind = _kind(span, sentence.tokens, position)
            if (
                found.speaker and kind == "partial" and RULES["quoted_title"] and language_profile.title_small_words
                and (quoted_title(span.text, language_profile.title_small_words) or (span.text[:1].isupper() and _name_modifier(sentence.tokens, position, language_profile.articles)))
            ):
                found = Attribution(cue=found.cue)  # 'starred in "Singing on the Quay"': a title, no words of anyone's
            quotes.append(
                Quote(
                    text=span.text,
                    paragraph=span.paragraph,
                    kind=kind,
                    speaker=found.speaker,
                    speaker_title=found.title,
                    organisation=found.organisation,
                    cue=found.cue,
                    rule=found.rule if found.speaker else None,
                )
            )
    return QuoteExtraction(quotes=quotes, slogans=slogans)


def _name_modifier(tokens: list[Token], position: int, articles: frozenset[str]) -> bool:
    """The quotation at ``position`` opens with a capital between an article and a noun in lower
    case ('the "Night Ferry" campaign', 'the "Harbour Blues" singer'): a name used as a modifier."""
    if position == 0 or position + 1 >= len(tokens) or tokens[position].comma:
        return False
    before, after = tokens[position - 1], tokens[position + 1]
    return (
        before.lower in articles and not before.comma and after.quote is None
        and after.word[:1].islower() and after.word.isalpha()
    )


def _speaking(sentence: Sentence, exclude: set[int]) -> Attribution | None:
    """Who speaks in ``sentence``: one of its attributed quotations, or its subject."""
    for index, found in sentence.attributions.items():
        if index not in exclude and found.speaker:
            return found
    return None


def _opens_with_reporting_verb(sentence: Sentence) -> bool:
    """Rule ``pro_drop_fragment``: the sentence opens with a reporting verb, after a connector ended by a comma at
    most ('Advirtió de que …', 'Sin embargo, advirtió de que …')."""
    tokens = sentence.tokens
    start = 0
    for j, t in enumerate(tokens[:4]):
        if t.quote is not None:
            return False
        if t.comma:
            start = j + 1
            break
    if start >= len(tokens):
        return False
    first = tokens[start]
    return first.quote is None and first.may_cue and bool(cue_at(tokens, start))


def _standalone(sentence: Sentence) -> bool:
    """The sentence starts with a quotation and names no speaker ('"…"' standing alone)."""
    return bool(sentence.tokens) and sentence.tokens[0].quote is not None


def _read_from_document(tokens: list[Token], nouns: frozenset[str], verbs: frozenset[str]) -> set[int]:
    """Rule ``statement_read``: the quotations of ``tokens`` that a statement, a letter or a message
    "reads" ('"…," the statement read.', 'The letter reads: "…"'): somebody's written words, no sign's
    text, though "read" after a quotation otherwise makes it one ('"…," one placard read')."""
    found: set[int] = set()
    for k, token in enumerate(tokens):
        if (
            token.lower in verbs and 0 < k and k + 2 < len(tokens) and tokens[k - 1].quote is not None
            and tokens[k + 2].lower in nouns and RULES["reads_statement_from"]
        ):
            found.add(tokens[k - 1].quote)  # '"…," reads a statement from X' (rule reads_statement_from)
            continue
        if token.lower not in verbs or k == 0 or tokens[k - 1].lower not in nouns:
            continue
        before = k - 2
        while before >= 0 and tokens[before].quote is None and k - before <= 3:
            before -= 1
        if before >= 0 and tokens[before].quote is not None:
            found.add(tokens[before].quote)  # '"…," the statement read'
        if k + 1 < len(tokens) and tokens[k + 1].quote is not None:
            found.add(tokens[k + 1].quote)  # 'The statement read: "…"'
    return found


def _attribute_all(
    sentences: list[Sentence], quoted: list[int], slogans: set[int], headings: set[int] = frozenset(),
    pro_drop: bool = False, plural: frozenset[int] = frozenset(),
) -> dict[int, Attribution]:
    """Each quotation's attribution: its own, else one borrowed from around it
    (``quoted``: the indices of the sentences with quotations, the only ones with attributions)."""
    result: dict[int, Attribution] = {}
    #: a quotation over several paragraphs is in several sentences: a cue naming nobody in any of
    #: them ('"…', '"…," she said.' with no woman to mean) forbids a guess for all (rule ``span_cue``)
    named_nobody: set[int] = set()
    for s_index in quoted:
        for index, found in sentences[s_index].attributions.items():
            if found.speaker and index not in result:
                result[index] = found
            elif not found.speaker and found.cue and not found.implicit and RULES["span_cue"]:
                named_nobody.add(index)
    for s_index in quoted:
        sentence = sentences[s_index]
        for position in sentence.quote_positions:
            index = sentence.tokens[position].quote
            if index in slogans:
                continue
            if index in result and result[index].speaker:
                if RULES["span_speaks_on"] and index not in sentence.attributions:
                    # a quotation over several paragraphs speaks in each of them: a quotation standing
                    # alone after its last paragraph borrows its speaker from there
                    if not sentence.attributions:
                        sentence.attributions = {}
                    sentence.attributions[index] = result[index]
                continue
            if index in named_nobody and index not in sentence.attributions:
                result.setdefault(index, Attribution())
                continue
            found, rule = _fallback(sentences, s_index, index, slogans, index in headings, pro_drop, index in plural)
            own = sentence.attributions.get(index)
            if found is not None:
                cue = own.cue if own is not None and own.cue else found.cue
                result[index] = Attribution(
                    found.speaker, found.title, found.organisation, cue, found.person, rule=rule if found.speaker else None
                )
                if found.speaker and RULES["borrowed_speaks"]:
                    # a quotation standing alone after this one borrows its speaker in turn
                    if not sentence.attributions:
                        sentence.attributions = {}
                    sentence.attributions[index] = result[index]
            else:
                result.setdefault(index, sentence.attributions.get(index) or Attribution())
    return result


#: words a heading between paragraphs has at most
_HEADING_WORDS = 12
#: characters a quoted heading has at most
_HEADING_CHARS = 300
#: what may follow the last word of a sentence: closing marks (of every language's pairs: "»…«" closes
#: with «, "›…‹" with ‹, „…‘ with ‘) and brackets
_CLOSERS = "\"'\u201d\u2019\u00bb\u201c\u00ab\u2018\u2039\u203a)] "


def _quoted_heading(paragraphs: list[str], span: Span) -> bool:
    """Rule ``quoted_heading``: ``span`` opens a paragraph of its own that is a heading, a few words with no
    end of sentence after them ('"No Way Back": Harbour town votes on ferry cuts', '"… the camp"'): a
    headline quoting somebody, who is not the speaker of the paragraph before."""
    paragraph = paragraphs[span.paragraph]
    if span.paragraph != span.end_paragraph or span.open_at > 3 or len(paragraph) > _HEADING_CHARS:
        return False  # (cheap tests first: a long paragraph holds many quotations)
    text = paragraph.strip()
    if len(text.split()) > 2 * _HEADING_WORDS or paragraph[: span.open_at].strip():
        return False
    return bool(text) and not text.rstrip(_CLOSERS).endswith((".", "!", "?", "\u2026", ":", ";", ","))


def _scene_break(paragraph: str) -> bool:
    """Rule ``scene_break``: the paragraph changes the scene: a separator with no letters or digits
    ("* * *", "___", "---"), of any length. (A heading does not: the story under it goes on with the
    people above it, 'RUNNERS REACT' / '"…," she said.')"""
    text = paragraph.strip()
    return bool(text) and not any(c.isalnum() for c in text)


def _heading(sentences: list[Sentence], j: int) -> bool:
    """Rule ``skip_heading``: sentence ``j`` is a paragraph of its own, of a few words, no
    quotation and no end of sentence: a heading between paragraphs."""
    sentence = sentences[j]
    if sentence.quoted or (j > 0 and sentences[j - 1].paragraph == sentence.paragraph):
        return False
    if j + 1 < len(sentences) and sentences[j + 1].paragraph == sentence.paragraph:
        return False
    text = sentence.text.strip()
    return bool(text) and not text.endswith((".", "!", "?", ":", "\u2026", ";", ",")) and len(text.split()) <= _HEADING_WORDS


def _named_next_paragraph(sentences: list[Sentence], s_index: int) -> Attribution | None:
    """Rule ``named_after_paragraph``: the speaker the next paragraph names, pointing back
    ('Det sier Kari Lunde til NTB.'), when the quotation's paragraph holds quotations alone
    from this sentence to its end."""
    para = sentences[s_index].paragraph
    j = s_index
    while j < len(sentences) and sentences[j].paragraph == para:
        if not sentences[j].tokens:
            return None
        for t in sentences[j].tokens:
            if t.quote is None:
                return None  # (reporter's words after a quotation: its own attribution, or none)
        j += 1
    if j >= len(sentences) or sentences[j].paragraph != para + 1 or not sentences[j].points_back:
        return None
    return sentences[j].cue_speaker


def _fallback(
    sentences: list[Sentence], s_index: int, index: int, slogans: set[int], heading: bool = False,
    pro_drop: bool = False, plural: bool = False,
) -> tuple[Attribution | None, str | None]:
    """A speaker borrowed from around the quotation, and the name of the rule that found it."""
    sentence = sentences[s_index]
    own = sentence.attributions.get(index)
    if own is not None and own.cue and not own.implicit:
        return None, None  # a cue with nobody nameable ("said a dispatcher"): no guess
    same = _speaking(sentence, slogans | {index})
    if same is not None:
        return same, "same_sentence"
    if not _standalone(sentence) and not (own is not None and own.implicit and RULES["dropped_subject_before"]):
        # a fragment quoted in a sentence about someone is theirs
        if sentence.subject is None and sentence.org_subject is not None and RULES["organisation_subject"]:
            return sentence.org_subject, "organisation_subject"  # ('The union called it "a betrayal."')
        if sentence.subject is None and own is None and RULES["expletive_fragment"] and expletive_opening(sentence):
            # '"…," says X. That has led to "…".': X goes on
            prev = sentences[s_index - 1] if s_index > 0 else None
            if prev is not None and prev.paragraph == sentence.paragraph:
                found = _speaking(prev, slogans)
                if found is not None:
                    return found, "expletive_fragment"
        if sentence.subject is None and RULES["reported_speech_mood"] and s_index > 0 and reported_mood(sentence):
            # 'Man habe keine Wahl gehabt, sagte er. Die Kosten seien „…“': who reported before goes on
            prev = sentences[s_index - 1]
            found = _speaking(prev, slogans) or prev.cue_speaker
            if found is not None and found.speaker and prev.paragraph >= sentence.paragraph - 1:
                return found, "reported_speech_mood"
        if (
            sentence.subject is None and s_index > 0 and pro_drop and RULES["pro_drop_fragment"]
            and sentences[s_index - 1].paragraph == sentence.paragraph and _opens_with_reporting_verb(sentence)
        ):
            # 'Explicó que había escuchado «…». Sin embargo, advirtió de que la universidad «…»': with the subject
            # left out, whoever spoke in the sentence before goes on
            prev = sentences[s_index - 1]
            found = _speaking(prev, slogans) or prev.subject
            if found is not None and found.speaker:
                return found, "pro_drop_fragment"
        if sentence.subject is None and own is None and sentence.presented is not None and RULES["presented_person"]:
            return sentence.presented, "presented_person"  # ('A parlare è Luca X, delegato Fiom: «…»')
        return sentence.subject, "fragment_subject"
    para = sentence.paragraph
    # the sentence before, in the same paragraph
    if s_index > 0 and sentences[s_index - 1].paragraph == para:
        prev = sentences[s_index - 1]
        found = _speaking(prev, slogans) or prev.subject
        if found is not None:
            return found, "sentence_before"
    # a verb without its subject ('"…", cuenta.'): the person the paragraph was about
    if own is not None and own.implicit and RULES["dropped_subject"]:
        j = s_index - 2
        while j >= 0 and j >= s_index - 4 and sentences[j].paragraph == para:
            found = _speaking(sentences[j], slogans) or sentences[j].subject
            if found is not None:
                return found, "dropped_subject"
            j -= 1
    # a later quotation of the paragraph ('"…." "…," she said.')
    for nxt in sentences[s_index + 1 :]:
        if nxt.paragraph != para:
            break
        found = _speaking(nxt, slogans)
        if found is not None:
            return found, "later_quote"
        if not _standalone(nxt):
            break
    # '– …' / 'Det sier Kari Lunde til NTB.': a paragraph of quotations alone, the next naming who spoke
    if RULES["named_after_paragraph"]:
        found = _named_next_paragraph(sentences, s_index)
        if found is not None:
            return found, "object_points_back" if found.rule == "object_points_back" else "named_after_paragraph"
    # '"…." That was how X described it.'
    if s_index + 1 < len(sentences) and sentences[s_index + 1].paragraph == para:
        nxt = sentences[s_index + 1]
        if nxt.cue_speaker is not None and nxt.tokens and nxt.tokens[0].quote is None:
            return nxt.cue_speaker, "named_after"
    # '“We are not going anywhere.” Jane X, 52, has lived on the estate for 30 years.': the person introduced next
    if (
        # (a guess of whom a left-out pronoun would mean, Spanish pro_drop_standalone, gives way too)
        (own is None or (not own.speaker and not own.cue and own.dropped is not None))
        and RULES["introduced_after_quote"] and (s_index == 0 or sentences[s_index - 1].paragraph != para)
        and s_index + 1 < len(sentences) and sentences[s_index + 1].paragraph == para and sentences[s_index + 1].introduces
        and _standalone(sentence) and sentences[s_index + 1].subject is not None
    ):
        return sentences[s_index + 1].subject, "introduced_after_quote"
    # further back in the paragraph, then the last sentence of the paragraph before
    j = s_index - 2
    while j >= 0 and sentences[j].paragraph == para:
        found = _speaking(sentences[j], slogans)
        if found is not None:
            return found, "earlier_in_paragraph"
        j -= 1
    first = s_index == 0 or sentences[s_index - 1].paragraph != para
    if first and s_index > 0 and RULES["previous_paragraph"] and not heading:
        j = s_index - 1
        if j > 0 and RULES["skip_heading"] and _heading(sentences, j):
            j -= 1  # (a heading between the speaker and the quotation: 'Tensions à l'université')
        prev = sentences[j]
        found = _speaking(prev, slogans) or prev.subject
        if found is not None:
            return found, "previous_paragraph"
    if own is not None and own.dropped is not None and own.dropped.speaker:
        return own.dropped, own.dropped.rule or "dropped_subject_pronoun"
    if own is None and not plural and s_index > 0 and RULES["presented_person"] and _standalone(sentence):
        # 'Among the marchers was Edna X, a retired nurse. / "I marched in 1984."': the person presented right before
        prev = sentences[s_index - 1]
        if prev.presented is not None and prev.paragraph >= para - 1 and not (heading and prev.paragraph < para):
            return prev.presented, "presented_person"
    if own is None and s_index > 0 and RULES["source_sentence"] and _standalone(sentence):
        # 'According to Jane X, the situation is serious. "We cannot go on."': whom the sentence before reports
        prev = sentences[s_index - 1]
        if prev.source is not None and prev.paragraph >= para - 1 and not (heading and prev.paragraph < para):
            return prev.source, "source_sentence"
    return None, None
