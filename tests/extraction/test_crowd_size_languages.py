"""Crowd sizes as news in seven languages writes them (invented sentences): the size words,
number words, qualifiers and people nouns of every ``lang/<code>/event.py``, counts standing
alone after a crowd cue or next to who estimated them, counts in millions, and the counts that
are no crowd (memberships, shares, money, years, days, ages, votes)."""

import pytest

from rallycrawl.extraction import event_rules
from rallycrawl.extraction.crowd_size import find_crowd_sizes


@pytest.mark.parametrize(
    "text, words, low, high",
    [
        # Italian
        ("Migliaia di persone sono scese in piazza a Torino.", "Migliaia di persone", 2000, 9999),
        ("Migliaia in piazza contro la riforma", "Migliaia in piazza", 2000, 9999),
        ("Oltre 2.000 lavoratori hanno manifestato", "Oltre 2.000 lavoratori", 2000, None),
        ("Erano 3mila persone secondo la questura", "3mila persone", 3000, 3000),
        ("decine di migliaia di studenti hanno sfilato", "decine di migliaia di studenti", 20_000, 99_999),
        ("Centinaia di tassisti hanno bloccato il centro", "Centinaia di tassisti", 200, 999),
        ("Un centinaio di residenti ha protestato", "Un centinaio di residenti", 100, 100),
        ("Oltre diecimila persone hanno sfilato a Milano", "Oltre diecimila persone", 10_000, None),
        ("Circa cinquemila lavoratori hanno scioperato", "Circa cinquemila lavoratori", 5000, 5000),
        # Portuguese
        ("Milhares de pessoas protestaram em Lisboa", "Milhares de pessoas", 2000, 9999),
        ("Cerca de 2 mil professores fizeram uma passeata", "Cerca de 2 mil professores", 2000, 2000),
        ("Mais de 500 estudantes ocuparam a reitoria", "Mais de 500 estudantes", 500, None),
        ("Dezenas de milhares de manifestantes foram às ruas", "Dezenas de milhares de manifestantes", 20_000, 99_999),
        ("Centenas de caminhoneiros bloquearam a estrada", "Centenas de caminhoneiros", 200, 999),
        # Dutch
        ("Duizenden mensen demonstreerden in Utrecht", "Duizenden mensen", 2000, 9999),
        ("Ruim 500 boeren voerden actie", "Ruim 500 boeren", 500, None),
        ("Tienduizenden demonstranten liepen mee", "Tienduizenden demonstranten", 20_000, 99_999),
        ("Zo'n 300 actievoerders verzamelden zich", "Zo'n 300 actievoerders", 300, 300),
        ("Tussen 2000 en 3000 mensen liepen mee", "2000 en 3000 mensen", 2000, 3000),
        ("Honderden studenten protesteerden", "Honderden studenten", 200, 999),
        # German: the dative plural after "von"
        ("Die Veranstalter sprachen von 10.000 Teilnehmern.", "10.000 Teilnehmern", 10_000, 10_000),
        ("Mindestens 800 Beschäftigten beteiligten sich", "Mindestens 800 Beschäftigten", 800, None),
        ("zwischen 2000 und 3000 Menschen", "2000 und 3000 Menschen", 2000, 3000),
        # French
        ("entre 2 000 et 3 000 personnes ont défilé", "2 000 et 3 000 personnes", 2000, 3000),
        ("Plus de 1 500 enseignants ont manifesté", "Plus de 1 500 enseignants", 1500, None),
        ("Quelques centaines de cheminots ont bloqué les voies", "Quelques centaines de cheminots", 200, 500),
        ("Une cinquantaine de riverains se sont rassemblés", "Une cinquantaine de riverains", 50, 50),
        # Spanish
        ("Más de mil personas marcharon por el centro", "Más de mil personas", 1000, None),
        ("Unos 600 estibadores se sumaron al paro", "Unos 600 estibadores", 600, 600),
        ("Al menos 300 vecinos cortaron la ruta", "Al menos 300 vecinos", 300, None),
    ],
)
def test_size_words_of_every_language(text, words, low, high):
    size = find_crowd_sizes(text)[0]
    assert (size.text, size.minimum, size.maximum) == (words, low, high)


@pytest.mark.parametrize(
    "text, sizes, rule",
    [
        # a bare count after a crowd cue
        ("A crowd of about 5,000 gathered in the square.", [("about 5,000", 5000, 5000)], "size_crowd_cue"),
        ("Police estimated the crowd at 3,000, while organisers said 10,000.",
         [("3,000", 3000, 3000), ("10,000", 10_000, 10_000)], "size_crowd_cue"),
        # a count a people noun names comes first: the rules read counts only where none does
        ("Police estimated the crowd at 3,000, while organisers said 10,000 people joined the march.",
         [("10,000 people", 10_000, 10_000)], None),
        ("The vigil drew an estimated 1,500 on Sunday evening.", [("an estimated 1,500", 1500, 1500)], "size_crowd_cue"),
        ("Organisers put the turnout at 8,000, the highest in years.", [("8,000", 8000, 8000)], "size_crowd_cue"),
        ("They came by the hundreds, and soon there was a crowd of thousands.", [("thousands", 2000, 9999)], "size_crowd_cue"),
        ("Ils étaient 3 000 selon la police, 10 000 selon les organisateurs.",
         [("3 000", 3000, 3000), ("10 000", 10_000, 10_000)], "size_crowd_cue"),
        ("La marcha reunió a más de 5.000 en la avenida.", [("más de 5.000", 5000, None)], "size_crowd_cue"),
        ("In piazza erano in 5mila, secondo gli organizzatori.", [("5mila", 5000, 5000)], "size_crowd_cue"),
        # a bare count next to who estimated it
        ("Police said about 3,000 turned out.", [("about 3,000", 3000, 3000)], "size_estimate_source"),
        ("About 3,000, the police said, and more came later.", [("About 3,000", 3000, 3000)], "size_estimate_source"),
        ("According to police, about 3,000 turned out.", [("about 3,000", 3000, 3000)], "size_estimate_source"),
        # a source that opens the next count is not this count's
        ("Es kamen 3000, laut Veranstaltern 10.000.", [("10.000", 10_000, 10_000)], "size_estimate_source"),
        ("Nach Polizeiangaben 4000, nach Angaben der Veranstalter 9000.",
         [("4000", 4000, 4000), ("9000", 9000, 9000)], "size_estimate_source"),
        ("Eran 20.000 según la Delegación del Gobierno.", [("20.000", 20_000, 20_000)], "size_estimate_source"),
        ("Erano 15.000 secondo la questura.", [("15.000", 15_000, 15_000)], "size_estimate_source"),
        ("Foram 40 mil segundo a Polícia Militar.", [("40 mil", 40_000, 40_000)], "size_estimate_source"),
        ("Het waren er 7000 volgens de politie.", [("7000", 7000, 7000)], "size_estimate_source"),
        # counts in millions
        ("Organisers said 1.2 million people marched.", [("1.2 million people", 1_200_000, 1_200_000)], "size_millions"),
        ("Plus de 3 millions de manifestants selon la CGT.", [("Plus de 3 millions de manifestants", 3_000_000, None)],
         "size_millions"),
        ("1,5 millones de personas llenaron el paseo", [("1,5 millones de personas", 1_500_000, 1_500_000)], "size_millions"),
    ],
)
def test_counts_standing_alone(text, sizes, rule):
    found = find_crowd_sizes(text)
    assert [(s.text, s.minimum, s.maximum) for s in found[: len(sizes)]] == sizes
    assert found[0].rule == rule


@pytest.mark.parametrize(
    "text",
    [
        "The union, which has 45,000 members, wants a 7% raise.",
        "The union represents some 30,000 teachers across the state.",
        "A 2019 deal gave teachers $1,200 more a year.",
        "The 54-year-old leader was re-elected with 312 votes.",
        "Only 20 percent of workers backed the offer.",
        "On March 5 protesters returned to the square.",
        "The petition drew 300 signatures.",
        "Police said 40 officers were injured.",
        "According to police, 12 people were arrested.",
        "Die Gewerkschaft vertritt rund 50.000 Beschäftigte.",
        "El sindicato representa a unos 8.000 trabajadores.",
        "Le syndicat représente 12 000 salariés.",
        "Il 40 per cento dei lavoratori ha aderito.",
        "The march drew 3 million views online.",
    ],
)
def test_counts_that_are_no_crowd(text):
    assert find_crowd_sizes(text) == []


def test_the_count_rules_switch_off_one_by_one(monkeypatch):
    monkeypatch.setitem(event_rules.RULES, "size_crowd_cue", False)
    assert find_crowd_sizes("A crowd of about 5,000 gathered.") == []
    monkeypatch.setitem(event_rules.RULES, "size_estimate_source", False)
    assert find_crowd_sizes("About 3,000 turned out, according to police.") == []


def _shared_words(code, name):
    from rallycrawl.extraction import lang

    data = lang.resources(code, "event") if lang.has(code, "event") else None
    value = getattr(data, name, ())
    return list(value.items()) if isinstance(value, dict) else list(value)


def _first_noun(code):
    from rallycrawl.extraction.word_alternation import alternatives, expansions

    return expansions(alternatives(_shared_words(code, "CROWD_SHARED_PEOPLE")[0])[0])[0]


@pytest.mark.parametrize("code", ["en", "de", "es", "fr", "it", "pt", "nl", "no"])
def test_each_languages_shared_crowd_words_are_read_in_its_articles(code):
    """lang/<code>/event.py CROWD_SHARED_*: people nouns, size words (in the range their English
    words name) and number words, read in an article of that language."""
    from rallycrawl.extraction.crowd_size import _RANGES

    ranges = {name: (low, high) for name, low, high in _RANGES}
    noun = _first_noun(code)
    assert [(s.minimum, s.maximum) for s in find_crowd_sizes(f"Ayer 740 {noun}.", language=code)] == [(740, 740)]
    for name, word in _shared_words(code, "CROWD_SHARED_SIZE_WORDS"):
        sizes = find_crowd_sizes(f"Ayer {word} {noun}.", language=code)
        assert [(s.minimum, s.maximum) for s in sizes] == [ranges[name]], word
    for word, number in _shared_words(code, "CROWD_SHARED_NUMBER_WORDS"):
        sizes = find_crowd_sizes(f"Ayer {word} {noun}.", language=code)
        assert [(s.minimum, s.maximum) for s in sizes] == [(number, number)], word


@pytest.mark.parametrize("code", ["en", "de", "es", "fr", "it", "pt", "nl", "no"])
def test_each_languages_joining_and_thousands_words_are_read_in_every_article(code):
    """lang/<code>/event.py CROWD_SHARED_SIZE_WORD_OF ("migliaia di"), CROWD_SHARED_MILLIONS_OF
    ("2 millones de") and CROWD_SHARED_THOUSANDS ("80 mil", "3mila"), in any article."""
    noun = _first_noun(code)
    for of in _shared_words(code, "CROWD_SHARED_SIZE_WORD_OF"):
        sizes = find_crowd_sizes(f"Ayer dozens {of} {noun}.")
        assert [(s.minimum, s.maximum) for s in sizes] == [(24, 99)], of
    for of in _shared_words(code, "CROWD_SHARED_MILLIONS_OF"):
        sizes = find_crowd_sizes(f"Ayer 2 million {of} {noun}.")
        assert [(s.minimum, s.maximum) for s in sizes] == [(2_000_000, 2_000_000)], of
    for thousands in _shared_words(code, "CROWD_SHARED_THOUSANDS"):
        sizes = find_crowd_sizes(f"Ayer 80{thousands.replace(' ?', ' ')} {noun}.")
        assert [(s.minimum, s.maximum) for s in sizes] == [(80_000, 80_000)], thousands


def test_every_size_word_has_a_range_and_every_number_and_size_word_a_key():
    """crowd_size tries a number or size word only where one of the keys it holds stands: a shared
    word by a shared key (CROWD_SHARED_KEYS, looked for in every article), and each language's own
    keys (CROWD_KEYS) are held by words of that language."""
    from rallycrawl.extraction import lang

    from rallycrawl.extraction.crowd_size import _RANGES

    codes = [c for c in lang.languages() if lang.has(c, "event")]
    shared_keys = {k for c in codes for k in _shared_words(c, "CROWD_SHARED_KEYS")}
    for code in codes:  # a size word joins the range its English words name, or none
        for name, word in _shared_words(code, "CROWD_SHARED_SIZE_WORDS") + _shared_words(code, "CROWD_SIZE_WORDS"):
            assert name in {r for r, _, _ in _RANGES}, (code, word)
    for name, _, _ in _RANGES:  # the English words that name each range are a size word
        assert any(key in name for key in shared_keys), name
    for code in codes:
        words = [w.lower() for w, _ in _shared_words(code, "CROWD_SHARED_NUMBER_WORDS")]
        words += [w.lower() for _, w in _shared_words(code, "CROWD_SHARED_SIZE_WORDS")]
        for word in words:
            assert any(key in word for key in shared_keys), (code, word)
        own = [w.lower() for w, _ in _shared_words(code, "CROWD_NUMBER_WORDS")]
        own += [w.lower() for _, w in _shared_words(code, "CROWD_SIZE_WORDS")]
        for key in _shared_words(code, "CROWD_KEYS"):
            assert any(key in word for word in own), (code, key)


def test_the_shared_crowd_words_stay_with_the_language_words_off(monkeypatch):
    """Rule size_language_words (read when crowd_size is imported) adds each language's CROWD_*
    words; its CROWD_SHARED_* words are read without it."""
    import importlib

    from rallycrawl.extraction import crowd_size

    try:
        monkeypatch.setitem(event_rules.RULES, "size_language_words", False)
        importlib.reload(crowd_size)
        assert [s.text for s in crowd_size.find_crowd_sizes("Etwa 2.300 Menschen kamen.", language="de")] == [
            "Etwa 2.300 Menschen"
        ]
        assert [s.text for s in crowd_size.find_crowd_sizes("Quasi 3000 persone in piazza.", language="it")] == [
            "3000 persone"
        ]
        assert crowd_size.find_crowd_sizes("Die Polizei sprach von 10.400 Teilnehmern.", language="de") == []
        assert crowd_size.find_crowd_sizes("Migliaia di studenti in piazza.", language="it") == []
    finally:
        monkeypatch.undo()
        importlib.reload(crowd_size)
    assert [s.text for s in crowd_size.find_crowd_sizes("Quasi 3000 persone in piazza.", language="it")] == [
        "Quasi 3000 persone"
    ]
