"""Event: kind, date resolution, crowd sizes, location, target, tactics and slogans."""

import time

import pytest

from rallycrawl.extraction.crowd_size import find_crowd_sizes
from rallycrawl.extraction import event_rules
from rallycrawl.extraction.event import find_cause, extract_event, resolve_date


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("Nurses rallied Wednesday outside the hospital.", "2021-04-08T10:00:00-04:00", "2021-04-07"),
        ("Nurses rallied Wednesday outside the hospital.", "2021-04-07T18:00:00-04:00", "2021-04-07"),
        ("Nurses rallied on Tuesday.", "2021-04-07", "2021-04-06"),
        ("Nurses rallied on Sunday.", "2021-04-07", "2021-04-04"),
        ("Hundreds marched yesterday.", "2021-04-07", "2021-04-06"),
        ("The march took place on March 5.", "2021-04-07", "2021-03-05"),
        ("The march took place on 28 June 2025.", "2025-06-30", "2025-06-28"),
        ("Die Kundgebung fand am Samstag statt.", "2025-06-30", "2025-06-28"),
        ("La marcha fue el 5 de mayo.", "2022-05-10", "2022-05-05"),
        ("A vigil was held on December 30.", "2022-01-02", "2021-12-30"),
        # announced: a day and month up to half a year ahead stay in the publication's year
        ("The union has called a general strike for 15 May.", "2024-05-02", "2024-05-15"),
        ("I sindacati hanno proclamato uno sciopero generale per il 15 maggio.", "2024-05-02", "2024-05-15"),
        # a weekday with its day and month: the date says which one
        ("Nurses will strike on Monday, May 13, their union said.", "2024-05-02", "2024-05-13"),
        # weekdays of every language's calendar data
        ("Migliaia di persone hanno sfilato sabato per le vie della città.", "2024-05-02", "2024-04-27"),
        ("Cerca de 500 professores se reuniram nesta terça-feira em frente à Assembleia.", "2024-05-02", "2024-04-30"),
        ("Duizenden mensen demonstreerden zaterdag in de stad.", "2024-05-02", "2024-04-27"),
        # no other language's abbreviation is a month in running text ("out", "des")
        ("Fifteen out of twenty delegates walked out on Tuesday.", "2024-05-02", "2024-04-30"),
        ("Nurses rallied Wednesday.", None, None),
        ("No day is named here.", "2021-04-07", None),
    ],
)
def test_date_resolution(text, published, expected):
    assert resolve_date(text, published) == expected


@pytest.mark.parametrize(
    "text, words, low, high",
    [
        ("dozens of activists showed up", "dozens of activists", 24, 99),
        ("Hundreds gathered at dusk", "Hundreds gathered", 200, 999),
        ("more than 2,000 people marched", "more than 2,000 people", 2000, None),
        ("nearly 500 protesters stayed", "nearly 500 protesters", None, 500),
        ("tens of thousands of workers struck", "tens of thousands of workers", 20_000, 99_999),
        ("Several thousand teachers filled the hall", "Several thousand teachers", 3000, 9999),
        ("Rund 25.000 Menschen zogen durch die Stadt", "Rund 25.000 Menschen", 25_000, 25_000),
        ("between 12,000 to 14,000 demonstrators", "12,000 to 14,000 demonstrators", 12_000, 14_000),
        ("miles de manifestantes recorrieron", "miles de manifestantes", 2000, 9999),
        ("des milliers de manifestants", "des milliers de manifestants", 2000, 9999),
    ],
)
def test_crowd_sizes(text, words, low, high):
    size = find_crowd_sizes(text)[0]
    assert (size.text, size.minimum, size.maximum) == (words, low, high)


def test_years_and_money_are_not_crowds():
    assert find_crowd_sizes("In 2021 protesters returned; $500 members paid; 40% workers") == []


def test_crowd_sizes_found_from_their_digits_and_words():
    # the patterns are tried only where a digit run or a number/size word starts
    found = find_crowd_sizes("Twenty to 30 people came; then 1,500 marchers and hunderttausende Menschen, a12 workers")
    assert [(s.text, s.minimum, s.maximum) for s in found] == [
        ("Twenty to 30 people", 20, 30),
        ("1,500 marchers", 1500, 1500),
        ("hunderttausende Menschen", 200_000, 999_999),
    ]
    assert find_crowd_sizes("Some 2 3 people")[0].text == "3 people"


def _event(headline, paragraphs, **kw):
    kw.setdefault("published", "2021-04-08")
    return extract_event(headline, paragraphs, **kw)


def test_rally_report():
    event = _event(
        "Nurses Rally Outside City Hall",
        [
            "Dozens of nurses gathered outside City Hall in Springfield on Wednesday to urge Mayor Dana Price "
            "to hire more staff.",
            "Chanting and drumming, they held signs and banners, and union leaders gave speeches.",
        ],
        slogans=["Staff our wards", "staff our wards!", "Safe care now"],
    )
    assert event.kind == "rally"
    assert event.date == "2021-04-07"
    assert event.location == "City Hall in Springfield"
    assert event.target == "Mayor Dana Price"
    assert (event.size_text, event.size_min, event.size_max) == ("Dozens of nurses", 24, 99)
    assert {"chanting", "drumming", "signs", "banners", "speeches"} <= set(event.tactics)
    assert event.slogans == ["Staff our wards", "Safe care now"]


def test_specific_kind_beats_generic_protest():
    event = _event(
        "Drivers protest at depot",
        ["Bus drivers went on strike on Monday.", "The strike closed three depots; the protest was peaceful."],
    )
    assert event.kind == "strike"


def test_generic_protest_when_named_most():
    event = _event(
        "Protests spread across the country",
        ["Protests were held in ten cities.", "At one rally, protesters waved flags. Protests continue."],
    )
    assert event.kind == "protest"


def test_german_kind_and_location():
    event = _event(
        "Tausende bei Kundgebung",
        ["Tausende Menschen versammelten sich am Samstag vor dem Rathaus zur Kundgebung."],
        published="2025-06-30",
    )
    assert event.kind == "rally"
    assert event.date == "2025-06-28"
    assert event.location == "Rathaus"


def test_dateline_city_when_no_place_is_named():
    event = _event("Vigil held", ["LAKEVIEW, Ore. (AP) — Hundreds held a candlelight vigil on Friday."])
    assert event.location == "Lakeview"
    assert event.kind == "vigil"
    assert "candles" in event.tactics


def test_target_from_institution():
    # no frame names a target: the institution the lead names is the fallback (analysis.py)
    paragraphs = ["Teachers rallied to demand respect from the French government on Monday."]
    assert _event("Teachers rally", paragraphs).target is None
    assert find_cause("Teachers rally", paragraphs, "en") == "French government"


def test_long_paragraph_without_punctuation_is_linear():
    text = "Protest " + "Word word " * 100_000
    start = time.perf_counter()
    extract_event("Protest", [text], published="2021-04-07")
    assert time.perf_counter() - start < 5.0


def test_people_noun_gives_the_kind_and_headline_gives_place_and_size():
    event = _event(
        "À Besançon, des milliers de manifestants pour la gare",
        ["Les habitants étaient nombreux samedi, banderoles en tête."],
        published="2024-02-12",
    )
    assert event.kind == "demonstration"
    assert event.location == "Besançon"
    assert (event.size_min, event.size_max) == (2000, 9999)


def test_number_words_and_occupations():
    assert find_crowd_sizes("About forty tenants sat in the lobby")[0].minimum == 40
    assert find_crowd_sizes("About 600 stevedores walked off the job")[0].text == "About 600 stevedores"


def test_place_with_lower_case_nouns_before_its_kind():
    event = _event(
        "Detainees refuse meals",
        ["Men held at the Pinecrest immigration detention center refused meals to protest conditions."],
    )
    assert event.location == "the Pinecrest immigration detention center"


def test_cause_is_the_last_resort_target():
    from rallycrawl.extraction.analysis import analyse_article

    result = analyse_article(
        "Thousands hold vigil against terrorism",
        ["Thousands of people held a candlelight vigil against terrorism in central Oslo on Sunday."],
        published="2024-04-08",
    )
    assert result.event.target == "terrorism"


def test_location_is_a_known_place_or_a_place_noun():
    event = _event(
        "Tenants protest",
        ["Dozens of tenants protested in Elections on Monday and marched in Rotterdam against evictions."],
    )
    assert event.location == "Rotterdam"  # "Elections" is no place; the gazetteer knows Rotterdam
    event = _event("Huelga", ["Cientos de trabajadores se concentraron frente a la Plaza Mayor el lunes."])
    assert event.location and "Plaza Mayor" in event.location


def test_target_frames_in_several_languages():
    from rallycrawl.extraction.event import find_target

    assert find_target("Anti-lockdown protests spread", ["Crowds gathered on Sunday."], "en") == "lockdown"
    assert find_target("Demo", ["Tausende demonstrierten gegen die Rentenreform der Regierung."], "de") == (
        "die Rentenreform der Regierung"
    )
    assert find_target("Marcha", ["Miles de personas marcharon contra el gobierno en Lima."], "es") == "el gobierno"
    assert find_target("Grève", ["Les salariés manifestent contre la réforme des retraites."], "fr") == (
        "la réforme des retraites"
    )
    # "against" with no protest word before it names no target
    assert find_target("Storm", ["Residents were warned against travel on Monday."], "en") is None


def test_casualty_counts_are_not_crowds_and_demonyms_are_people():
    found = find_crowd_sizes("At least 12 protesters were killed. Hundreds of thousands of Chileans marched.")
    assert [s.text for s in found] == ["Hundreds of thousands of Chileans"]
    assert find_crowd_sizes("the deaths of at least two officers of the riot police") == []


def test_a_crowd_in_words_without_a_number():
    event = _event("Unions threaten mass demo over pension cuts", ["The unions said they would fill the capital."])
    assert event.size_text == "mass demo"
    assert (event.size_min, event.size_max) == (None, None)


def test_target_of_a_protest_at_an_embassy_or_an_appearance():
    from rallycrawl.extraction.event import find_target

    assert find_target("Vigil", ["Dozens gathered outside the Ruritanian Embassy in Washington on Sunday."], "en") == (
        "Ruritanian Embassy"
    )
    assert find_target("Protest", ["Students shouted as Jane Doe's speech began at the university."], "en") == (
        "Jane Doe"
    )
    assert find_target("Tumulte", ["Studenten störten die Vorlesung. Tumulte bei Meyers Vorlesung in Kassel."], "de") == (
        "Meyer"
    )


def test_a_small_town_after_a_place_preposition_counts():
    # Montclair (about 40,000 people) is in the gazetteer; a one-word place needs a
    # preposition before it unless it is a country, a US state or a big city
    event = _event("Manifestation", ["Des milliers de personnes ont défilé dans les rues de Montclair samedi."])
    assert event.location == "Montclair"


@pytest.mark.parametrize(
    "headline, paragraph, kind, place",
    [
        ("Sciopero dei trasporti", "Migliaia di lavoratori in sciopero, il corteo ha attraversato Milano.", "strike", "Milano"),
        ("Greve geral", "Professores em greve fizeram passeata em São Paulo.", "strike", "São Paulo"),
        ("Landelijke staking", "Duizenden leraren legden het werk neer; de staking in Utrecht trok aandacht.", "strike", "Utrecht"),
    ],
)
def test_italian_portuguese_dutch_events(headline, paragraph, kind, place):
    event = _event(headline, [paragraph])
    assert (event.kind, event.location) == (kind, place)


def test_spanish_gathering_in_front_of_a_palace():
    event = _event("Marcha", ["Los jubilados se congregarán el viernes frente al Palacio de Gobierno para reclamar aumentos."])
    assert event.location == "Palacio de Gobierno"


def test_the_headline_place_is_the_event_when_the_body_reports_another_first():
    paragraphs = [
        "A similar march in Berlin last month passed without incident.",
        "On Friday evening several hundred people marched through the city centre.",
    ]
    event = extract_event("Hundreds march against rent rises in Leipzig", paragraphs, language="en")
    assert event.location == "Leipzig"


def test_a_title_case_headline_does_not_name_the_place_before_the_body():
    paragraphs = ["Dozens of tenants rallied outside City Hall in Springfield on Tuesday."]
    event = extract_event("Tenants Rally In Front Of Mayor Ann Lee's Home Office Demanding Repairs", paragraphs, language="en")
    assert event.location == "City Hall in Springfield"


@pytest.mark.parametrize("language, sentence, expected", [
    ("en", "Nurses will strike on Monday, their union said.", "2024-05-06"),
    ("de", "Die Beschäftigten wollen am Samstag in Kellingen demonstrieren.", "2024-05-04"),
    ("es", "Los sindicatos han convocado una huelga para el lunes.", "2024-05-06"),
    ("fr", "Les syndicats appellent à la grève mardi.", "2024-05-07"),
    ("it", "Lo sciopero è stato proclamato per venerdì.", "2024-05-03"),
    ("no", "Lærerne skal streike på mandag.", "2024-05-06"),
    ("nl", "De leraren gaan vrijdag staken.", "2024-05-03"),
    # told in the past, or the weekday is the announcement's: the last such day
    ("en", "About 2,000 nurses rallied outside parliament on Tuesday and will return next week.", "2024-04-30"),
    ("en", "The union announced on Monday that nurses would strike.", "2024-04-29"),
    ("fr", "Les cheminots ont fait grève mardi.", "2024-04-30"),
])
def test_announced_weekday_is_the_next_one(language, sentence, expected, monkeypatch):
    # published on Thursday 2 May 2024
    event = extract_event("Strike", [sentence], published="2024-05-02", language=language)
    assert event is not None and event.date == expected
    monkeypatch.setitem(event_rules.RULES, "date_announced_ahead", False)
    if expected > "2024-05-02":
        assert extract_event("Strike", [sentence], published="2024-05-02", language=language).date < "2024-05-02"

