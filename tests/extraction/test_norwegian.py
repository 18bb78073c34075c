"""Norwegian (Bokmål): detection, the nb/nn tags, relevance, event and quotes (invented text)."""

import pytest

from rallycrawl.extraction import lang
from rallycrawl.extraction.article import extract_article
from rallycrawl.extraction.crowd_size import find_crowd_sizes
from rallycrawl.extraction.event import extract_event
from rallycrawl.extraction.language import detect_language
from rallycrawl.extraction.relevance import score_protest

NORWEGIAN = (
    "Tusenvis av mennesker samlet seg foran Stortinget i Oslo på lørdag for å protestere mot regjeringens nye "
    "reform. Demonstrantene krevde at statsministeren går av, og politiet anslår at det var over 5000 deltakere. "
    "Vi er her fordi vi ikke har noe valg, sier hun etter markeringen."
)
DANISH = (
    "Tusindvis af mennesker samledes foran Christiansborg i København lørdag for at protestere mod regeringens nye "
    "reform. Demonstranterne krævede, at statsministeren går af, og politiet vurderer, at der var over 5000 "
    "deltagere. Vi er her, fordi vi ikke har noget valg, siger hun efter demonstrationen."
)
SWEDISH = (
    "Tusentals människor samlades utanför riksdagen i Stockholm på lördagen för att protestera mot regeringens nya "
    "reform. Demonstranterna krävde att statsministern avgår, och polisen uppskattar att det var över 5000 "
    "deltagare. Vi är här för att vi inte har något val, säger hon efter demonstrationen."
)
GERMAN = (
    "Tausende Menschen haben sich am Samstag vor dem Reichstag in Berlin versammelt, um gegen die neue Reform der "
    "Regierung zu protestieren. Die Demonstranten forderten den Rücktritt des Kanzlers."
)


@pytest.mark.parametrize("text, code", [(NORWEGIAN, "no"), (DANISH, "da"), (SWEDISH, "sv"), (GERMAN, "de")])
def test_scandinavian_languages_are_told_apart(text, code):
    assert detect_language(text) == code


@pytest.mark.parametrize("tag", ["nb", "nn", "no", "nb-NO", "nb_NO"])
def test_bokmal_and_nynorsk_tags_read_norwegian(tag):
    assert lang.canonical(tag) == "no"
    assert lang.resources(tag, "relevance") is lang.resources("no", "relevance")


def test_an_html_page_tagged_nb_is_read_as_norwegian():
    html = (
        '<html lang="nb"><head><meta charset="utf-8"><title>Lærere i streik</title></head><body><article>'
        "<h1>Lærere demonstrerte mot kutt i skolen</h1>"
        f"<p>{NORWEGIAN}</p>"
        "<p>«Vi gir oss ikke før regjeringen lytter», sier forbundsleder Ingrid Hansen til avisen.</p>"
        "<p>Mange av deltakerne bar plakater med teksten «Nei til kutt i skolen».</p>"
        "</article></body></html>"
    )
    record = extract_article(html, "https://avis.example/2024/03/09/streik")
    assert record["language"] == "no"
    assert record["is_protest"] is True
    assert record["quotes"][0]["speaker"] == "Ingrid Hansen"
    assert record["event"]["size_min"] == 2000


@pytest.mark.parametrize(
    "headline, paragraph, protest",
    [
        ("Lærerne går ut i streik", "Over 3000 lærere streiket i dag etter at forhandlingene brøt sammen.", True),
        ("Protest mot nedleggelse", "Hundrevis av innbyggere demonstrerte foran rådhuset mot nedleggelsen av sykehuset.", True),
        ("Fakkeltog for fred", "Flere tusen gikk i fakkeltog gjennom sentrum for å markere motstand mot krigen.", True),
        # a machine that "streiker" breaks down; a "markering" of a day is a celebration; a police "aksjon" a raid
        ("Motoren streiket", "Motoren streiket midt på fjorden, og båten måtte taues inn.", False),
        ("Nasjonaldagen", "Markeringen av nasjonaldagen samlet mange barn i sentrum.", False),
        ("Beslag", "Politiaksjonen mot narkotikaligaen endte med ti pågripelser.", False),
        ("Maktdemonstrasjon", "Øvelsen var en ren maktdemonstrasjon fra flåten i Nordsjøen.", False),
    ],
)
def test_norwegian_relevance(headline, paragraph, protest):
    assert score_protest(headline, [paragraph], "no")[0] is protest


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("Tusenvis av mennesker samlet seg", 2000, 9999),
        ("titusenvis av demonstranter", 20_000, 99_999),
        ("hundrevis møtte opp", 200, 999),
        ("mer enn 1000 demonstranter", 1000, None),
        ("nesten 400 deltakere", None, 400),
        ("flere tusen ansatte", 3000, 9999),
    ],
)
def test_norwegian_crowd_sizes(text, low, high):
    size = find_crowd_sizes(text)[0]
    assert (size.minimum, size.maximum) == (low, high)


def test_norwegian_event():
    paragraphs = [
        "Flere hundre sykepleiere demonstrerte i går på Youngstorget mot regjeringens forslag til ny turnusordning.",
    ]
    event = extract_event("Sykepleiere i protest", paragraphs, language="no", published="2024-03-06")
    assert event.location == "Youngstorget"
    assert event.target == "regjeringens forslag"
    assert event.date == "2024-03-05"
    assert event.size_min == 300


def test_the_house_a_protest_stands_in_front_of_is_the_target_only_when_nothing_else_is():
    event = extract_event("Demonstrasjon", ["Hundrevis demonstrerte foran Stortinget i formiddag."], language="no")
    assert event.target == "Stortinget"
    event = extract_event("Demonstrasjon", ["Hundrevis demonstrerte foran Stortinget mot kuttene i formiddag."], language="no")
    assert event.target == "kuttene"
