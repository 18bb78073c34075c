"""Plain-text tests put before a pattern for speed must let through every text the pattern
matches (invented names and places)."""

import re

import pytest

from rallycrawl.extraction.organisations import extract_organisations
from rallycrawl.record import Quote

PARAGRAPHS = [
    "Hundreds of parents marched through Kestrelford on Saturday against the closure of the Brindle Lane school.",
    '"We will not give up," said Mara Tollen, a teacher from Kestrelford.',
]


@pytest.mark.parametrize(
    "title, kept",
    [
        ("a teacher from Kestrelford", False),  # where the speaker comes from (rule quote-origin)
        ("a teacher in Kestrelford", False),
        ("a teacher from the Kestrelford", False),
        ("a teacher", True),
        ("a teacher from Kestrelfordshire", True),
        (None, True),
    ],
)
def test_quote_origin_read_as_before_its_substring_test(title, kept):
    quote = Quote(
        "We will not give up", speaker="Mara Tollen", speaker_title=title, organisation="Kestrelford", paragraph=1
    )
    names = [o.name for o in extract_organisations(PARAGRAPHS, quotes=[quote], is_protest=True, language="en")]
    assert ("Kestrelford" in names) is kept


@pytest.mark.parametrize("org", ["Kestrelford", "Brindle", "Ost-Varden", "Saint.Ives", "Loma(s)"])
@pytest.mark.parametrize(
    "title",
    ["a nurse from {}", "a nurse in the {}", "Sprecherin aus {}", "from {}s", "of {}", "in {}-Nord", "FROM {}", ""],
)
def test_quote_origin_pattern_matches_only_titles_that_hold_the_name(org, title):
    """organisations.extract_organisations tests ``org in title`` before the quote-origin pattern."""
    text = title.format(org)
    if re.search(rf"\b(?:from|in|aus) (?:the )?{re.escape(org)}\b", text):
        assert org in text




def test_the_organisation_word_sets_cover_each_languages_cues_roles_and_action_verbs():
    """organisations reads its context patterns only after a last word in _BY_WORDS / _PREP_WORDS,
    a role word in _ROLE_WORDS, an action word in _ACTION_WORDS in a paragraph holding an
    _ACTION_STEMS stem: each language's data must be in them."""
    from rallycrawl.extraction import organisations as o
    from rallycrawl.extraction.lang import resources
    from rallycrawl.extraction.word_alternation import expansions

    for code in o._LANGUAGE_CODES:
        data = resources(code, "organisations")
        for cue in getattr(data, "ORGANISER_CUES", ()):
            for text in expansions(cue):
                assert text.split()[-1] in o._BY_WORDS, (code, text)
                assert o._BEFORE_ORGANISER.search(f"the strike was {text}"), (code, text)
        for role in getattr(data, "ROLE_NOUNS_BEFORE", ()):
            assert role in o._ROLE_WORDS, (code, role)
            for preposition in data.ROLE_PREPOSITIONS:
                assert preposition.split()[-1] in o._PREP_WORDS, (code, preposition)
                assert o._BEFORE_ROLE.search(f"said the {role} {preposition} "), (code, role, preposition)
        for verb in getattr(data, "ACTION_VERBS", ()):
            assert verb in o._ACTION_WORDS and any(stem in verb for stem in o._ACTION_STEMS), (code, verb)
            for event in data.ACTION_EVENTS:
                assert o._AFTER_ACTION.match(f" {verb} {event}"), (code, verb, event)


def _random_texts(alphabet: str, count: int = 20000, seed: int = 7) -> list[str]:
    import random

    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(count)]


def test_capital_first_patterns_find_what_the_look_behind_first_ones_found():
    """attribution's capitalised-word patterns open with the capital (the regex engine then skips
    to capitals) and look behind it after; they find what the forms that open with the look-behind found."""
    from rallycrawl.extraction.attribution import _CAPITALISED_WORD, _TWO_CAPITALS

    capitalised = re.compile("(?<![\\w'\u2019\\-])[A-Z\u00c0-\u00de][\\w'\u2019\\-]+")
    two_capitals = re.compile("\\s[A-Z\u00c0-\u00de][\\w'\u2019.\\-]*\\s+[A-Z\u00c0-\u00de]")
    invented = ["Das sieht Quellmann anders.", "Noch zögert Rina Ostrava.", "O'Tarrow-Bly said"]
    for text in _random_texts("aZÀ×Þ-'’ .\n\txé_1(\u0130") + invented:
        assert [m.span() for m in _CAPITALISED_WORD.finditer(text)] == [m.span() for m in capitalised.finditer(text)]
        assert (_TWO_CAPITALS.search(text) is None) == (two_capitals.search(text) is None)
