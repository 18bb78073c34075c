"""Which quotations are chants or sign texts (slogans), not quotes.

A quotation is a slogan when, in its sentence,

* a chant or sign word stands at most :data:`REACH` words before it with no
  reporting verb between ("chanting", "chants of", "signs reading", "banners",
  "placards", "skandierten", "Transparente mit der Aufschrift", "corearon",
  "pancartas con la leyenda", "scandaient", "striscioni", "cartazes",
  "spandoeken");
* it follows another slogan closely ('chanted "A" and "B"');
* a chant or sign word follows it ('"…" chanted the crowd'), or a crowd word and
  a shout ('"Shame!" protesters shouted');
* after "one read …; another said …".

The words are language data (``lang/<code>/slogans.py``). The cue words around a quotation are in the
article's language (a German report of English chants says "skandierten"), so an article in a language
with slogan data reads that language's words only (rule ``slogan_words_of_language``: the German stem
"parole" is the French word for speech, as in "a pris la parole : « … »"); an article in any other
language, or in none, reads every language's words at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from . import lang
from .attribution import Token, cue_at
from .rule_switches import switched_off

#: how many words may stand between a chant or sign word and its text
REACH = 12


@dataclass(frozen=True, slots=True)
class _Words:
    stems: tuple[str, ...]
    words: frozenset[str]
    not_stems: tuple[str, ...]
    crowd: frozenset[str]
    shouts: frozenset[str]
    not_signs: frozenset[str]
    sign_read: frozenset[str]
    hints: frozenset[str]
    hyphen_suffixes: tuple[str, ...]


#: rule switches of this module; ``RALLYCRAWL_SLOGAN_RULES_OFF="rule,rule"`` switches rules off for a run
RULES = {"slogan_words_of_language": True}
for _name in switched_off("RALLYCRAWL_SLOGAN_RULES_OFF", RULES, "slogan"):
    RULES[_name] = False


@lru_cache(maxsize=16)
def _words(language: str | None = None) -> _Words:
    """The chant, sign and crowd words of ``language`` when it has slogan data, else of every language."""
    codes = [language] if language and lang.has(language, "slogans") else lang.languages()
    modules = [lang.resources(code, "slogans") for code in codes if lang.has(code, "slogans")]
    union = lambda name: frozenset(w for m in modules for w in getattr(m, name, ()))  # noqa: E731
    words = union("WORDS")
    crowd = union("CROWD")
    return _Words(
        stems=tuple(sorted(union("STEMS"))),
        words=words,
        not_stems=tuple(sorted(union("NOT_STEMS"))),
        crowd=crowd,
        shouts=union("SHOUTS"),
        not_signs=union("NOT_SIGNS"),
        sign_read=union("SIGN_READ"),
        hints=frozenset(("read", "reads", "another", "one", "other")) | crowd | words,
        hyphen_suffixes=tuple(sorted(union("HYPHEN_SUFFIXES"))),
    )


@lru_cache(maxsize=8192)
def is_slogan_word(w: str, language: str | None = None) -> bool:
    """Whether the lower-case word ``w`` is a chant or sign word (also written after a hyphen,
    as German glues it to the slogan: "„…“-Plakat", "„…“-Rufe"), in ``language`` (see the module's
    docstring) or in any language."""
    words = _words(language)
    if w.startswith("-") and len(w) > 1:
        return w[1:].startswith(words.hyphen_suffixes) or is_slogan_word(w[1:], language)
    return w in words.words or (w.startswith(words.stems) and not w.startswith(words.not_stems))


class _WordFlags(dict):
    """Whether a word may make a quotation a slogan: a chant, sign, crowd or
    "one/another … read" word.  Filled as words come (a plain dict lookup per word),
    and emptied when it grows past a bound."""

    def __missing__(self, word: str) -> bool:
        if len(self) >= 8192:
            self.clear()
        vocab = _words()
        # (is_slogan_word(word) read off the words at once, without its cache, which a new word misses: the hints
        # hold every chant and sign word; a word opening with "-" may make a slogan whatever follows)
        flag = self[word] = (
            word in vocab.hints or word[:1] == "-"
            or (word.startswith(vocab.stems) and not word.startswith(vocab.not_stems))
        )
        return flag


_MAY_MAKE_SLOGANS = _WordFlags()
_LOWER = attrgetter("lower")


def slogan_quotes(sentence: list[Token], language: str | None = None) -> set[int]:
    """Quotations (by index) of ``sentence`` that are chants or sign texts (its cue words read in ``language``)."""
    slogans: set[int] = set()
    if not any(map(_MAY_MAKE_SLOGANS.__getitem__, map(_LOWER, sentence))):
        return slogans  # the usual case, found without building the set of words below (every language's words)
    if not RULES["slogan_words_of_language"]:
        language = None
    vocab = _words(language)

    def _is_slogan_token(token: Token) -> bool:
        return is_slogan_word(token.lower, language)

    words = {t.lower for t in sentence}
    crowd = not words.isdisjoint(vocab.crowd)
    if (
        words.isdisjoint(("read", "reads"))
        and (words.isdisjoint(vocab.sign_read) or words.isdisjoint(("another", "one", "other")))
        and not (crowd and not words.isdisjoint(vocab.shouts))
        and not any(is_slogan_word(w, language) for w in words)
    ):
        return slogans  # no chant, sign, shout or "(one) read" word: nothing below makes a slogan
    last_cue = -100
    last_slogan = -100
    for i, token in enumerate(sentence):
        if token.quote is None:
            if (_is_slogan_token(token) and not (i + 1 < len(sentence) and sentence[i + 1].lower in vocab.not_signs)) or (
                token.lower in vocab.sign_read and i > 0 and sentence[i - 1].lower in ("another", "one", "other")
            ) or (crowd and token.lower in vocab.shouts):
                last_cue = i
            elif token.may_cue and cue_at(sentence, i):
                # "a banner that said "…"", "One read "…"; another, held by a child, said "…""
                since = max(last_slogan, 0)
                if any(_is_slogan_token(t) for t in sentence[max(0, i - 3) : i]) or (
                    last_slogan >= 0 and any(t.lower in ("another", "other", "others") for t in sentence[since:i])
                ):
                    last_cue = i
                else:
                    last_cue = last_slogan = -100
            continue
        if i - last_cue <= REACH or (i - last_slogan <= 5 and last_slogan >= 0):
            slogans.add(token.quote)
            last_slogan = i
            continue
        # '"No justice, no peace!" chanted the crowd', '"Shame!" protesters shouted'
        after = sentence[i + 1 : i + 5]
        for t in after:
            if t.quote is not None:
                break
            if _is_slogan_token(t) or t.lower in ("read", "reads") or (crowd and t.lower in vocab.shouts):
                slogans.add(token.quote)
                last_slogan = i
                break
    return slogans


#: the longest exclamation read as a chant (words)
EXCLAIMED_WORDS = 8


def exclaimed_slogan(text: str, sentence: list[Token]) -> bool:
    """Rule ``exclaimed_slogan`` (attribution.RULES): a quotation of at most :data:`EXCLAIMED_WORDS`
    words ending with "!" that nobody is said to speak (the caller asks), in a sentence holding a
    chant, sign, crowd or shout word of any language ('recorded himself shouting "Free the
    river!"', '„Hände weg vom Park!“ hallte es über den Platz, Demonstranten …')."""
    text = text.rstrip(" ,;\"'”“»«„")
    if not text.endswith("!") or len(text.split()) > EXCLAIMED_WORDS:
        return False
    vocab = _words()
    return any(
        t.quote is None and (t.lower in vocab.crowd or t.lower in vocab.shouts or is_slogan_word(t.lower)) for t in sentence
    )


#: the longest unattributed quotation read as a chant next to a shout verb (words)
SHOUTED_WORDS = 12


def shouted_slogan(text: str, sentence: list[Token]) -> bool:
    """Rule ``shouted_slogan`` (attribution.RULES): a quotation of at most :data:`SHOUTED_WORDS` words
    that nobody is said to speak (the caller asks), in a sentence holding a shout verb of any
    language ("shouted", "riefen", "gritaban", "criaient"): 'Outside, "no cuts, no closures" was
    shouted again and again'."""
    if len(text.split()) > SHOUTED_WORDS:
        return False
    shouts = _words().shouts
    return any(t.quote is None and t.lower in shouts for t in sentence)
