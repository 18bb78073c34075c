"""Relevance of stop 31: marches of mourning, tractor convoys, placards and leaflets as protest evidence; the right
to strike as no event; a headline about a trial of a past protest, a poll, history or a festivity caps the evidence
(rules headline_not_event and past_year_headline, switched off alone).  Every text is written for these tests."""

import pytest

from rallycrawl.extraction import relevance
from rallycrawl.extraction.relevance import score_protest


@pytest.mark.parametrize("language, headline, lead", [
    ("nl", "Stille tocht voor doodgestoken scholier", "Honderden mensen liepen zaterdagavond zwijgend door het centrum van Veendam."),
    ("fr", "Une marche blanche pour Léa", "Plusieurs centaines de personnes se sont réunies dimanche à Quimperlé en mémoire de l'adolescente."),
    ("de", "Schweigemarsch für getöteten Radfahrer", "Rund 400 Menschen zogen am Abend schweigend durch die Altstadt von Lemgo."),
    ("it", "Trattori in città: gli agricoltori bloccano il centro di Lugo", "Decine di mezzi agricoli hanno sfilato lungo il corso principale."),
    ("pt", "Agricultores chegam a Évora com os seus tratores", "Centenas de produtores protestaram contra os cortes nos apoios."),
])
def test_protest_kinds(language, headline, lead):
    assert score_protest(headline, [lead], language)[0]


@pytest.mark.parametrize("language, headline, lead", [
    ("it", "Sondaggio: gli italiani divisi sul diritto di sciopero", "Secondo il sondaggio, il 48 per cento è favorevole a limitare lo sciopero nei trasporti."),
    ("fr", "Il y a 80 ans, la grande grève des dockers de Brest", "En 1946, les dockers avaient cessé le travail pendant six semaines ; les grévistes avaient défilé chaque jour."),
    ("fr", "Carnaval : 30 chars et 5 000 costumés dans les rues de Dole", "Des fanfares et des milliers de personnes ont défilé du port jusqu'à la place de l'hôtel de ville."),
])
def test_headline_not_event(language, headline, lead):
    assert not score_protest(headline, [lead], language)[0]


def test_headline_not_event_switched_off(monkeypatch):
    headline, lead = ("Il y a 80 ans, la grande grève des dockers de Brest",
                      "En 1946, les dockers avaient cessé le travail ; les grévistes avaient défilé chaque jour devant la préfecture.")
    assert not score_protest(headline, [lead], "fr")[0]
    monkeypatch.setitem(relevance.RULES, "headline_not_event", False)
    assert score_protest(headline, [lead], "fr")[0]


TRIAL = ("Court clears three over 2019 airport runway protest",
         ["Three climate protesters who glued themselves to a taxiway at Harrowfield airport were cleared on Tuesday.",
          "The protesters had said the demonstration was meant to draw attention to the expansion."])


def test_past_year_headline_and_switched_off(monkeypatch):
    assert not score_protest(*TRIAL, "en")[0]
    monkeypatch.setitem(relevance.RULES, "past_year_headline", False)
    assert score_protest(*TRIAL, "en")[0]


def test_past_year_headline_reads_the_published_year():
    assert score_protest(*TRIAL, "en", published="2019-06-02")[0]  # the article of the year itself reports it
    assert not score_protest(*TRIAL, "en", published="2023-06-02")[0]


@pytest.mark.parametrize("headline", ["Unions strike over 2023 pension reform", "Thousands protest against 2024 budget"])
def test_a_year_the_protest_is_about_is_no_past_protest(headline):
    lead = ["Thousands of workers marched through the city centre on Thursday, union leaders said."]
    assert score_protest(headline, lead, "en", published="2025-01-20")[0]


@pytest.mark.parametrize("language, text", [
    ("en", "The bill would limit the right to strike in transport."),
    ("de", "Die Dax-Rally geht weiter, Autowerte sind gefragt."),
])
def test_not_an_event_sense(language, text):
    assert relevance.protest_evidence("Markets and law", [text], language) == 0


# --- from the fifth set's kinds (every text written for these tests)
@pytest.mark.parametrize("language, headline, lead", [
    ("de", "Hupkonzert am Marktplatz: Lange Kolonne legt Innenstadt lahm",
     "Mehr als 200 Lastwagenfahrer sind am Montag aus Protest gegen die Maut hupend durch die Innenstadt gefahren."),
    ("de", "Riesiges Transparent an der Kaiserbrücke sorgt für Aufsehen",
     "Aktivisten haben in der Nacht ein 20 Meter langes Transparent gegen den Ausbau des Flughafens aufgehängt."),
    ("it", "Tre madri incatenate ai cancelli della Regione",
     "Chiedono un insegnante di sostegno per i loro figli: da stamattina sono davanti al palazzo con uno striscione."),
    ("es", "Gritos y pancartas interrumpen la junta de accionistas de una eléctrica",
     "Una veintena de activistas contra los cortes de luz irrumpieron en la junta con carteles."),
])
def test_protest_forms_of_the_fifth_set(language, headline, lead):
    assert score_protest(headline, [lead], language)[0]


@pytest.mark.parametrize("language, headline, lead", [
    ("it", "Volley, la Virtus non si ferma: la marcia verso lo scudetto continua",
     "Quinta vittoria consecutiva per la squadra, che batte in tre set la capolista davanti a duemila tifosi."),
    ("pt", "Tribunal considera ilegal greve dos estivadores",
     "Os juízes deram razão à empresa de estiva, que contestava o aviso de greve entregue pelo sindicato em março."),
    ("es", "Sindicatos y ministra de Trabajo fijan un calendario de reuniones",
     "Los sindicatos se reunieron este miércoles con la ministra de Trabajo para negociar la reducción de la jornada."),
    ("en", "Book review: a history of the crowd asks why movements win",
     "The author follows protesters from the suffragettes to the climate strikers, and asks what made their marches work."),
])
def test_no_protest_of_the_fifth_set(language, headline, lead):
    assert not score_protest(headline, [lead], language)[0]


ONE_SENSE = ("Brandweer geeft demonstratie met nieuwe blusdrone",
             ["De brandweer toonde donderdag op het oefenterrein een nieuwe blusdrone.",
              "Tijdens de demonstratie bluste het toestel binnen twee minuten een brandende container.",
              "De demonstratie trok veel bekijks van collega's uit de regio."])


def test_one_sense_per_article_and_switched_off(monkeypatch):
    assert not score_protest(*ONE_SENSE, "nl")[0]
    monkeypatch.setitem(relevance.RULES, "one_sense_per_article", False)
    assert score_protest(*ONE_SENSE, "nl")[0]


def test_the_cap_of_an_article_about_something_else_stays_under_the_threshold():
    # the cap is evidence, the threshold a score: moving THRESHOLD must keep the cap's articles out
    assert relevance.score_from_evidence(relevance._NOT_EVENT_CAP) < relevance.THRESHOLD
