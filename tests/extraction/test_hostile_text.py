"""Hostile text through the protest analysis: no exception, bounded and linear time.

``analyse_article`` runs relevance, quotes, organisations, demands and the event
on paragraphs written to hurt regular expressions and quote pairing: thousands
of quotation marks, unbalanced marks, right-to-left text, emoji, and a
paragraph of one million characters with no punctuation.  The time limits are
generous (they catch catastrophic backtracking and quadratic loops, not
slowness): each case runs at size n and 4n and must grow roughly linearly.
"""

from __future__ import annotations

import time

import pytest

from rallycrawl.extraction.analysis import analyse_article
from rallycrawl.items import Quote

HEADLINE = "Dock workers rally against port automation"
CONTEXT = [
    "Hundreds of dock workers rallied outside the port authority on Monday to protest plans to automate "
    "the container terminal.",
    "\u201cThese machines will not feed our families,\u201d said Aurelio Montaner, a shop steward with the "
    "Harbour Workers Union.",
]


def analyse(paragraphs, headline=HEADLINE, language="en"):
    return analyse_article(headline, paragraphs, published="2024-03-04T10:00:00+00:00", language=language)


def seconds(paragraphs, headline=HEADLINE) -> float:
    start = time.perf_counter()
    analyse(paragraphs, headline)
    return time.perf_counter() - start


# Each builder makes adversarial text of about n characters.
ADVERSARIAL = {
    "no_punctuation": lambda n: "protest workers union said " * (n // 27),
    "one_long_word": lambda n: "a" * n,
    "capitalised_words": lambda n: "Harbour Workers Union Port Authority " * (n // 37),
    "capitalised_no_spaces_between_cues": lambda n: "Said Told According To Spokesperson For " * (n // 40),
    "straight_quotes": lambda n: '"' * n,
    "curly_openers_only": lambda n: "\u201c" * n,
    "alternating_marks": lambda n: '"a" ' * (n // 4),
    "guillemets_and_low_marks": lambda n: "\u00ab \u201e \u2039 " * (n // 6),
    "quote_said_chains": lambda n: '"We stay," said Ana Ruiz, a spokesperson for the Tenants Union. ' * (n // 64),
    "nested_marks": lambda n: "\u201c'\u2018\u00ab" * (n // 8) + "\u00bb\u2019'\u201d" * (n // 8),
    "commas_and_ands": lambda n: "the Union, the Guild, the League and " * (n // 36),
    "numbers_and_sizes": lambda n: "more than 2,000 tens of thousands dozens hundreds " * (n // 50),
    "whitespace": lambda n: " \t" * (n // 2),
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_paragraph_is_bounded_and_linear(name):
    build = ADVERSARIAL[name]
    small = seconds([*CONTEXT, build(60_000)])
    large = seconds([*CONTEXT, build(240_000)])
    if large >= 8 * small + 1.0:  # a busy machine: measure once more, keep the best times
        small = min(small, seconds([*CONTEXT, build(60_000)]))
        large = min(large, seconds([*CONTEXT, build(240_000)]))
    assert large < 10, f"{name}: {large:.2f}s for 240,000 characters"
    assert large < 8 * small + 1.0, f"{name}: {small:.3f}s -> {large:.3f}s for 4x the input"


def test_million_character_paragraph_without_punctuation():
    words = "marchers demand the council act now " * (1_000_000 // 36)
    assert len(words) >= 990_000
    elapsed = seconds([*CONTEXT, words])
    assert elapsed < 10


def test_million_character_paragraph_in_a_headline_too():
    elapsed = seconds([*CONTEXT], headline="protest " * 125_000)
    assert elapsed < 10


def test_thousands_of_quotation_marks_in_many_paragraphs():
    paragraphs = [*CONTEXT] + ['"' * 997, "\u201c" * 1001 + "\u201d" * 999, "\u00ab" * 2000, "'" * 3001] * 25
    assert seconds(paragraphs) < 10


def _texts(quotes: list[Quote]) -> list[str]:
    return [q.text for q in quotes]


def test_unbalanced_opening_mark_does_not_swallow_the_article():
    paragraphs = [
        CONTEXT[0],
        "One placard read \u201cno robots on our quay and the rally moved on towards the gates.",
        "Police closed the coast road for an hour while the crowd passed.",
        "\u201cWe will be back every Monday,\u201d said Aurelio Montaner.",
        "The port authority said the plans would be published in the spring.",
    ]
    analysis = analyse(paragraphs)
    for text in _texts(analysis.quotes):
        assert "Police closed the coast road" not in text
        assert "published in the spring" not in text


@pytest.mark.parametrize(
    "paragraph",
    [
        'He said "this never closes',
        "She said this never opened\u201d and left.",
        "\u201d Backwards marks \u201c around text.",
        "\u00bb Guillemets the wrong way \u00ab and \u201e a low mark.",
        "Apostrophes everywhere: the workers' union's members' 'rally' isn't over' '",
        '""""""',
        '"',
        "\u201c",
    ],
)
def test_stray_marks_never_raise(paragraph):
    analysis = analyse([CONTEXT[0], paragraph, CONTEXT[1], "The rally ended peacefully."])
    for quote in analysis.quotes:
        assert quote.text.strip()
        assert 0 <= quote.paragraph < 4


def test_right_to_left_text():
    paragraphs = [
        "\u062a\u0638\u0627\u0647\u0631 \u0645\u0626\u0627\u062a \u0627\u0644\u0639\u0645\u0627\u0644 "
        "\u0623\u0645\u0627\u0645 \u0627\u0644\u0645\u064a\u0646\u0627\u0621 \u064a\u0648\u0645 \u0627\u0644\u0627\u062b\u0646\u064a\u0646.",
        "\u00ab\u0644\u0646 \u0646\u062a\u0631\u0643 \u0639\u0645\u0644\u0646\u0627\u00bb\u060c \u0642\u0627\u0644 "
        "\u0627\u0644\u0645\u062a\u062d\u062f\u062b \u0628\u0627\u0633\u0645 \u0627\u0644\u0646\u0642\u0627\u0628\u0629.",
        "\u05d0\u05dc\u05e4\u05d9\u05dd \u05d4\u05e4\u05d2\u05d9\u05e0\u05d5 \"\u05d1\u05e8\u05d7\u05d5\u05d1\" "
        "\u05d0\u05de\u05e8 \u05d4\u05d3\u05d5\u05d1\u05e8.",
        "Mixed \u202eRIGHT-TO-LEFT OVERRIDE\u202c and \u200fmarks\u200e said \u2067Ana\u2069 \u201cstay\u201d.",
    ]
    analysis = analyse(paragraphs, headline="\u0645\u0638\u0627\u0647\u0631\u0629 \u0641\u064a \u0627\u0644\u0645\u064a\u0646\u0627\u0621", language="ar")
    for quote in analysis.quotes:
        assert quote.text in " ".join(paragraphs) or quote.text.strip()


def test_emoji_and_combining_sequences():
    paragraphs = [
        CONTEXT[0] + " \u270a\U0001f3fd\U0001f525",
        "\u201c\U0001f468\u200d\U0001f469\u200d\U0001f467 Families first! \U0001f1ea\U0001f1f8\u201d said "
        "Aurelio Montaner \U0001f44d, a shop steward with the Harbour Workers Union \u2693.",
        "Signs read \u201c\U0001f916\u274c\u201d and \u201cno\u0301 robots\u0327\u201d.",
    ]
    analysis = analyse(paragraphs)
    text = " ".join(paragraphs)
    for quote in analysis.quotes:
        assert quote.text in text
        quote.text.encode("utf-8")


def _strings(value, path="record"):
    """Every string in a record, with where it is."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{path}[{index}]")


#: what cannot be written as UTF-8, in the three ways a page can carry it: numeric character
#: references of lone surrogates, JSON escapes of them in JSON-LD, and surrogates in the decoded
#: text itself (what ``bytes.decode(..., "surrogateescape")`` gives a caller)
_REF, _RAW = "&#xD800;", "\udcff"
_SURROGATE_PAGE = f"""<html lang="en"><head><title>Dock workers{_REF} rally against automation</title>
<meta name="description" content="Workers&#55296; protest{_RAW}">
<meta property="article:published_time" content="2024-03-04T10:00:00+00:00">
<script type="application/ld+json">{{"@type": "NewsArticle", "articleSection": "Lo\\ud800cal",
 "publisher": {{"@type": "Organization", "name": "Harbour \\udfff Times"}},
 "author": [{{"@type": "Person", "name": "Ann \\udc00 Lee"}}]}}</script></head>
<body><article><h1>Dock workers{_REF} rally against automation</h1>
<p>Hundreds of dock workers{_REF} rallied outside the port authority on Monday to protest plans to automate
the container terminal, in a march organised by the Harbour Workers Union{_RAW} (HWU).</p>
<p>\u201cThese machines{_REF} will not feed our families{_RAW},\u201d said Aurelio Montaner{_REF}, a shop steward with
the Harbour Workers Union. The union demanded that the authority halt the automation plan&#xDFFF;.</p>
<p>Marchers carried signs reading \u201cJobs{_REF} not robots\u201d and chanted as they walked to city hall,
where speakers addressed a crowd of about 300 people{_RAW} for an hour.</p>
<p>Police said the demonstration was peaceful and no one was arrested during the afternoon march,
which ended at the harbour gates.</p></article></body></html>"""


def test_every_output_string_is_valid_utf8():
    from rallycrawl import extract_article

    record = extract_article(_SURROGATE_PAGE, "https://news.example/2024/03/rally")
    # the hostile text reached the record (else this test would prove nothing) ...
    assert record["headline"].startswith("Dock workers") and "dock workers" in record["body"]
    assert record["section"] and record["publisher"] and record["quotes"]
    # ... and every string of it can be written as UTF-8 (JSON Lines, CSV, the stores)
    bad = []
    for path, text in _strings(record):
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            bad.append(path)
    assert not bad, f"not encodable as UTF-8: {bad}"
