import random
import re

import pytest

from rallycrawl.extraction.word_alternation import by_first_letter, end_search, word_scan

WORDS = [r"protest(?:s|ers?)?|picket\w*|strik(?:e|es|ing)|sit-ins?", r"placards?|signs|in front of|s(?:ang|ung)|organi[sz]ers?"]
TEXT = (
    "protesters with placards and signs stood in front of the plant; the strike went on, "
    "pickets sang, organizers and organisers held a sit-in. protestant strikes, stri, signsx."
)


def test_grouped_scan_finds_what_the_flat_alternation_finds():
    flat = re.compile(r"\b(?:" + "|".join(WORDS) + r")\b")
    assert [m.span() for m in word_scan(WORDS).finditer(TEXT)] == [m.span() for m in flat.finditer(TEXT)]
    assert [m.group() for m in word_scan(WORDS).finditer(TEXT)][:4] == ["protesters", "placards", "signs", "in front of"]


def test_order_within_a_letter_is_kept():
    # "strik(?:e|es)" before "strikes": the first alternative that fits wins, as in the flat pattern
    assert by_first_letter([r"strik(?:e|es)|strikers|sit-in"]) == "(?:s(?:trik(?:e|es)|trikers|it-in))"


@pytest.mark.parametrize("bad", [r"\w+ing", r"s?trike", r"(?:a|b)c"])
def test_an_alternative_without_a_leading_letter_is_refused(bad):
    with pytest.raises(ValueError):
        by_first_letter([bad])


def test_literal_openings_are_what_every_match_opens_with():
    from rallycrawl.extraction.word_alternation import literal_openings

    patterns = [r"opponents of|pleas? for|in protest at|protest(?:ed)? over", r"(?:urg|press)(?:e|ed|ing) to"]
    openings = literal_openings(patterns)
    assert openings == ("urg", "pleas", "press", "in pro", "oppone", "plea f", "protes")
    scan = re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in patterns) + ")")
    for text in ["pleas for calm", "a plea for calm", "they urged to act", "in protest at the cuts", "pressing to end it", "opponents of it"]:
        assert scan.search(text) and any(o in text for o in openings)


def test_literal_openings_none_when_an_alternative_opens_with_no_literal_text():
    from rallycrawl.extraction.word_alternation import literal_openings

    assert literal_openings([r"(?:\w+ )?demands? for"]) is None  # an optional class first
    assert literal_openings([r"(?:the )?demands? for"]) == ("the ", "demand")  # or what follows it
    assert literal_openings([r"demands? for|\w+ calls"]) is None  # a class first
    assert literal_openings([r"no|demand"]) is None  # too short to filter
    assert literal_openings([]) is None


def test_required_literals_are_pieces_every_match_holds():
    from rallycrawl.extraction.word_alternation import required_literals

    pattern = r"\b(?P<who>[A-Z]\w*(?: [A-Z]\w*)?)['’]s? (?:speech|visit|talk)\b"
    assert required_literals(pattern) == ("speech", "visit", "talk")
    # a repeated group counts only when it must occur; a class breaks a literal run
    assert required_literals(r"(?:near )?[Tt]he (?:old )+harbour") == ("harbour",)
    # nothing of three characters to require: a class-only pattern, or a case-blind one
    assert required_literals(r"[A-Z]\w+ \d+") is None
    assert required_literals(r"(?i)outside the embassy") is None
    assert required_literals(r"(?i:outside) the [Ee]mbassy") == ("mbassy",)
    texts = [
        "Students gathered before Mayor Lee's speech on Monday.", "A talk by Ann Roe drew a crowd.",
        "Lee’s visit was cut short", "nothing here at all", "Ann Roe's Speech", "Rallies near the old old harbour",
    ]
    for regex in (pattern, r"(?:near )?[Tt]he (?:old )+harbour"):
        pieces = required_literals(regex)
        for text in texts:
            if re.search(regex, text):
                assert any(p in text for p in pieces), (regex, text)


def test_venue_targets_found_from_the_alternatives_a_text_can_match():
    from rallycrawl.extraction import event

    words = event._target_words("en")
    every = re.compile("|".join(words.venue_alternatives))
    texts = [
        "Hundreds rallied outside the Acme Factory on Friday.",  # only the first alternative can match
        "Protesters disrupted Senator Jane Roe's speech at the college.",
        "They demanded Governor Smith's resignation.",
        "Nothing in this sentence names a venue.",
    ]
    for text in texts:
        subset = event._venues_for(text, words)
        full = [(m.start(), next((g for g in m.groups() if g), None)) for m in every.finditer(text)]
        got = [] if subset is None else [(m.start(), next((g for g in m.groups() if g), None)) for m in subset.finditer(text)]
        assert got == full
    assert event._venues_for(texts[3], words) is None
    assert event._venues_for(texts[0], words).pattern == words.venue_alternatives[0]  # fewer alternatives tried


def test_literal_starts_are_where_every_match_starts():
    from rallycrawl.extraction.word_alternation import literal_starts

    patterns = [r"opponents of|pleas? for|in protest at|protest(?:ed)? over", r"(?:urg|press)(?:e|ed|ing) to"]
    starts = literal_starts(patterns)
    # "in protest at" starts with "in pro", though "protes" (which it holds) is a start too
    assert starts == ("urg", "pleas", "press", "in pro", "oppone", "plea f", "protes")
    scan = re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in patterns) + ")")
    for text in ["pleas for calm", "a plea for calm", "they urged to act", "in protest at the cuts", "pressing to end it"]:
        for m in scan.finditer(text):
            assert any(text.startswith(s, m.start()) for s in starts)
    assert literal_starts([r"(?:\w+ )?demands? for"]) is None
    assert literal_starts([r"demand|demands|demanding"]) == ("demand",)  # one that another starts is left out


def test_end_search_finds_what_search_finds_where_a_match_can_start():
    pattern = re.compile(r"\b(?:organi[sz]ed|led|called) by (?:the )?$|\bà l['’]appel de (?:la )?$", re.I)
    searched = end_search(pattern)
    assert searched is not pattern.search  # every alternative ends with $: searched from the end
    words = ["organised", "by", "the", "led", "misled", "called", "à", "l'appel", "de", "la", "Harbour", "\n", ""]
    rng = random.Random(7)
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 14)))
        assert bool(searched(text)) == bool(pattern.search(text)), text
    assert searched("a long line of marchers who had been misled by ") is None  # (\b reads the text before)
    assert searched("a long line of marchers who had been organised by the ")


def test_end_search_keeps_search_for_other_patterns():
    for pattern in (re.compile(r"a$|b"), re.compile(r"a$", re.M), re.compile(r"\bx+$")):
        assert end_search(pattern) == pattern.search
