"""Plain-text tests put before a pattern for speed must let through every text the pattern
matches (invented names and places)."""

import re

import pytest

from rallycrawl.extraction.organisations import extract_organisations
from rallycrawl.extraction.word_alternation import literal_places, matches_at
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


@pytest.mark.parametrize("org", ["Kestrelford", "Brindle", "Ost-Varden", "Saint.Ives", "Loma(s)", "Ana_B"])
@pytest.mark.parametrize(
    "title",
    [
        "a nurse from {}", "a nurse in the {}", "Sprecherin aus {}", "from {}s", "of {}", "in {}-Nord", "FROM {}",
        "within {}", "in  {}", "in the the {}", "the {} from {}", "from the {}, in {}", "{}", "",
    ],
)
def test_quote_origin_read_without_a_pattern_as_the_pattern_read_it(org, title):
    """organisations._comes_from reads the quote-origin pattern with str.find (no pattern per name)."""
    from rallycrawl.extraction import organisations as o

    text = title.format(org, org)
    expected = re.search(rf"\b(?:from|in|aus) (?:the )?{re.escape(org)}\b", text) is not None
    assert o._comes_from(org, text) is expected


@pytest.mark.parametrize("part", ["Kestrel", "Kestrel Union", "Fed", "A_B", "Óst"])
@pytest.mark.parametrize(
    "whole",
    [
        "{} of Workers", "The Kestrel Union", "Kestrelford {}", "Anti-{}", "{}-Nord", "{}s", "x{} {}",
        "({})", "{}_x", "the {}, and {}", "",
    ],
)
def test_whole_word_tests_read_as_the_patterns_they_replace(part, whole):
    """organisations' whole-word tests (_merge_parts, reject-media-opener) read with str.find."""
    from rallycrawl.extraction import organisations as o

    text = whole.format(part, part)
    pattern = re.compile(rf"(?<![\w\-]){re.escape(part)}(?![\w\-])")
    assert o._whole_words_in(part, text) is (pattern.search(text) is not None)
    assert o._as_word(part.lower(), text.lower()) is (re.search(rf"\b{re.escape(part.lower())}\b", text.lower()) is not None)


EVENT_TEXTS = [
    "thousands protested against the pension reform outside the ministry of labour in kestrelford.",
    "the union called on the kestrel mining company to reopen the pit; workers employed by brindle foods joined.",
    "demonstrators demanded that the city council reverse its decision, urging the mayor to resign.",
    "opponents of the dam rallied; calls for the resignation of the governor grew. protesters called",
    "the march against austerity, the protest over the cuts and the rally in protest at the closure",
    "los manifestantes exigieron al gobierno la retirada de la reforma frente a la sede del ministerio.",
    "die demonstranten forderten von der regierung den rücktritt; sie protestierten gegen das gesetz.",
    "",
]


@pytest.mark.parametrize("language", ["en", "de", "es", "fr", "it", "nl", "pt", "no"])
def test_target_cues_tried_at_their_starts_find_what_a_scan_finds(language):
    """word_alternation.matches_at, at the places of a cue family's literal starts, yields the matches of finditer."""
    from rallycrawl.extraction import event

    words = event._target_words(language)
    families = [
        *zip((words.cues, words.against, words.named), words.starts),
        (words.employer, words.employer_starts),
        (words.that, words.that_starts),
        (words.generic, words.generic_starts),
    ]
    for pattern, starts in families:
        if pattern is None or starts is None:
            continue
        for text in EVENT_TEXTS:
            expected = [(m.span(), m.groups()) for m in pattern.compiled.finditer(text)]
            assert [(m.span(), m.groups()) for m in matches_at(pattern.compiled, text, literal_places(text, starts))] == expected


@pytest.mark.parametrize("language", [None, "en", "de", "es", "fr", "it", "nl", "pt", "no"])
def test_place_prepositions_grouped_by_first_letter_find_what_the_flat_alternation_finds(language):
    from rallycrawl.extraction import event
    from rallycrawl.extraction.word_alternation import literal_alternation

    module = event._event_module(language)
    own = tuple(getattr(module, "PLACE_PREPOSITIONS", ()))
    template = event._language_place_template(module)
    flat = template.replace("{prep}", f"(?:{literal_alternation(own)}|{event._PLACE_PREP})" if own else event._PLACE_PREP)
    flat = re.compile(event._GAP + flat[2:])
    grouped, _ = event._place_words(language)
    assert grouped.pattern != flat.pattern  # (grouped: the preposition alternation differs)
    sentences = [
        "Hundreds rallied outside the Kestrel Embassy and In Brindle Square on Monday.",
        "Sie demonstrierten vor dem Rathaus in Kestrelberg und Durch die Innenstadt von Ostvarden.",
        "Marcharon hasta la Plaza Mayor; llegaron hasta el Congreso, frente al Palacio de Brindle.",
        "Ils ont défilé devant l'Assemblée, jusqu'à la place de la République à Kestrelville.",
        "İn Kestrel, ın Brindle, outſide the Hall, IN FRONT OF City Hall, på Torget, pelas ruas de Lisboa.",
    ]
    for sentence in sentences:
        gapped = " " + sentence
        assert [m.span() for m in grouped.finditer(gapped)] == [m.span() for m in flat.finditer(gapped)]


def test_grouped_prepositions_keep_their_order_and_refuse_what_they_cannot_group():
    from rallycrawl.extraction import event

    assert event._grouped_prepositions("(?:in|at|inside|(?:marched|moved) to)") == (
        "(?:i(?:n|nside)|a(?:t)|m(?:arched to|oved to))"
    )
    assert event._grouped_prepositions("(?:in|\\w+ at)") == "(?:in|\\w+ at)"  # a class first: as it is
    assert event._grouped_prepositions("(?:in|a?t)") == "(?:in|a?t)"  # a letter not of its own


@pytest.mark.parametrize("language", ["en", "de", "es", "fr", "it", "nl", "pt"])
def test_modals_and_crowd_words_tried_at_their_starts_find_what_a_scan_finds(language):
    from rallycrawl.extraction import demands, event

    texts = [
        "the minister must resign and the city has to act; a mass rally, massive crowds, huge crowds.",
        "die regierung muss gehen, sie sollen zahlen; eine großdemo und massenproteste.",
        "el gobierno debe dimitir, hay que parar; una marcha multitudinaria.",
        "le ministre doit partir, il faut agir; une manifestation massive.",
        "",
    ]
    cues = demands.language_cues(language)
    size_words, size_starts = event._qualitative_sizes(language)
    for text in texts:
        if cues.modal is not None and cues.modal_starts is not None:
            expected = [m.span() for m in cues.modal.finditer(text)]
            places = literal_places(text, cues.modal_starts)
            assert [m.span() for m in matches_at(cues.modal, text, places)] == expected
        if size_starts is not None:
            expected = [m.span() for m in size_words.finditer(text)]
            assert [m.span() for m in matches_at(size_words, text, literal_places(text, size_starts))] == expected


@pytest.mark.parametrize(
    "word, text",
    [
        ("Kestrel Homes", "Kestrel Homes, Kestrel Homesteads and the Kestrel Homes_ fund; (Kestrel Homes)"),
        ("Millbrook", "Millbrook, PA and Millbrooke, then Millbrook2 and éMillbrook, Millbrook"),
        ("a.b", "a.b a.bc xa.b a.b."),
        ("-", "--a - b"),
        ("aa", "aaaa aa aaa aa"),
    ],
)
def test_whole_word_starts_are_the_whole_word_pattern_matches(word, text):
    from rallycrawl.extraction.organisations import _whole_word_starts

    pattern = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)")
    assert list(_whole_word_starts(word, text)) == [m.start() for m in pattern.finditer(text)]


@pytest.mark.parametrize("language", ["en", "es", "it", "nl", "pt", "no"])
def test_report_cue_places_of_the_one_scan_give_the_matches_of_every_place(language):
    """demands._stem_spans with word_starts: the stems of the stems' own scan, and places of the report
    cues' literal starts (those at word starts only) where the cues match as at every place of them."""
    from rallycrawl.extraction import demands

    cues = demands.language_cues(language)
    assert cues.report.pattern.startswith(r"\b") and demands._stems_and_pieces(cues.report_starts) is not None
    texts = [
        "The tenants of Brindle Court demand a rent freeze and keep asking; they continued to protest, "
        "in favour of repairs, fed up with delays (protesters_ask, reprotest, pushback, push back).",
        "Los vecinos exigen la reapertura; en contra de los cortes, se oponen y reclaman, las demandas siguen.",
        "I residenti chiedono la riapertura; gli inquilini protestano contro lo sfratto e vogliono risposte.",
        "De huurders eisen een huurstop en protesteren tegen de sloop; zij willen opheldering.",
        "Os moradores exigem a reabertura e protestam contra o despejo; querem respostas já.",
        "Leietakerne krever svar og protesterer mot rivingen; de ønsker en ny avtale.",
        "", "İn favour of the İnn, ask-ask—demand_s «protest», _pleaded and Urged them, recalled, appealed",
    ]
    every_place, word_places, lowered, asked = [], [], [], []
    asking = demands.language_cues("en").asking_start  # (English's verbs of asking, read in every text)
    stems = demands._stem_spans(texts, lowered, cues.report_starts, every_place)
    assert demands._stem_spans(texts, None, cues.report_starts, word_places, None, True, asking, asked) == stems
    for low, every, kept, asking_places in zip(lowered, every_place, word_places, asked):
        assert kept == sorted(set(kept)) and set(kept) <= set(every)
        expected = [m.span() for m in matches_at(cues.report, low, every)]
        assert expected == [m.span() for m in cues.report.finditer(low)]
        assert [m.span() for m in matches_at(cues.report, low, kept)] == expected
        # the places of the verbs of asking that start a word, as demands._people_asked found them alone
        assert asking_places == [at for at in literal_places(low, asking) if at == 0 or not low[at - 1].isalnum()]


def test_action_stems_are_read_only_for_a_paragraph_where_an_action_word_follows_a_name(monkeypatch):
    """organisations._scan_paragraph reads the words after a name before the paragraph's action stems:
    a paragraph whose names no action word follows is not scanned for stems, and the organiser whom
    one follows is found as before (rule organised-action)."""
    from rallycrawl.extraction import organisations

    read: list[str] = []
    stems_in = organisations._action_stem_in
    monkeypatch.setattr(organisations, "_action_stem_in", lambda text: read.append(text) or stems_in(text))
    paragraphs = [
        "Hundreds of tenants gathered outside Brindle Court on Saturday, said Mara Tollen.",
        "Kestrel Renters Alliance organised the march and Ostvard Neighbours held a vigil.",
    ]
    found = {o.name: o.role for o in extract_organisations(paragraphs, is_protest=True, language="en")}
    assert found.get("Kestrel Renters Alliance") == "organiser"
    assert read == [paragraphs[1]]


@pytest.mark.parametrize("language", [None, "en", "de", "es", "fr", "it", "nl", "pt", "no"])
def test_crowd_word_starts_leave_out_only_keys_that_place_nothing(language):
    """crowd_size._word_starts reads only the keys that place a word (a key inside an earlier key's
    words, "sixty" after "six", places none) and gives the places every key gave."""
    from rallycrawl.extraction import crowd_size, lang

    texts = [
        "sixty-six marchers, seventy thousand people and dozens of teachers; often ten, tens of thousands",
        "zweitausend menschen, dutzende gruppen; centenares de personas y decenas de miles; des centaines",
        "ten", "", "hundreds of thousands, a dozen unions, scores of nurses, tusenvis av folk, millions",
    ]
    read = {entry[0] for entry in (
        crowd_size._KEY_OFFSETS_BY_LANGUAGE.get(lang.canonical(language), crowd_size._PLACING_KEY_OFFSETS)
        if language else crowd_size._PLACING_KEY_OFFSETS
    )}
    for text in texts:
        numbers, sizes = set(), set()
        for key, number_offsets, size_offsets in crowd_size._KEY_OFFSETS:
            if key not in read:
                assert not number_offsets and not size_offsets or language  # (another language's key)
                continue
            at = text.find(key)
            while at >= 0:
                numbers.update(at - o for o in number_offsets if at >= o)
                sizes.update(at - o for o in size_offsets if at >= o)
                at = text.find(key, at + 1)
        assert crowd_size._word_starts(text, language) == (numbers, sizes)
