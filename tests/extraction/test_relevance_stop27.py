"""Relevance and crowd sizes of stop 27, from an invented event battery: protest frames ("en protesta por", "in protesta
contro", "em protesto contra", an occupation in the present) and senses that are no protest (symptoms showing,
a cultural "manifestation", a stock-market rally, the march of prices, a product demonstration), and
French crowd nouns.  Every
sentence is written for these tests."""

import pytest

from rallycrawl.extraction.relevance import score_protest


def protest(headline, *paragraphs, language):
    return score_protest(headline, list(paragraphs), language)[0]


@pytest.mark.parametrize("language, headline, paragraphs", [
    ("es", "Alumnos ocupan la Escuela de Náutica de Barlovento",
     ["Una treintena de alumnos ocupan desde el lunes el vestíbulo de la escuela en protesta por el cierre del comedor.",
      "Piden a la dirección que mantenga el servicio hasta final de curso."]),
    ("it", "Pescatori bloccano il porto di Vallombra",
     ["Decine di pescherecci hanno bloccato l'ingresso del porto in protesta contro il caro gasolio.",
      "I pescatori chiedono alla Regione un fondo di sostegno."]),
    ("pt", "Estudantes fecham avenida em Vila Serena",
     ["Centenas de estudantes fecharam a avenida principal em protesto contra o aumento das propinas.",
      "Os alunos exigem uma reunião com o reitor."]),
])
def test_protest_frames(language, headline, paragraphs):
    assert protest(headline, *paragraphs, language=language)


@pytest.mark.parametrize("language, headline, paragraphs", [
    ("es", "La manifestación de los síntomas tarda días",
     ["La manifestación de los primeros síntomas puede tardar una semana, según la Consejería de Salud.",
      "Entre las manifestaciones clínicas figuran la fiebre y el cansancio. Miles de personas se han vacunado ya."]),
    ("it", "Borsa, rally dei titoli bancari",
     ["Il rally delle banche ha spinto l'indice a chiudere in rialzo.", "Migliaia di risparmiatori hanno comprato azioni."]),
    ("pt", "A marcha dos preços volta a acelerar",
     ["A marcha da inflação acelerou em março, segundo o instituto de estatística.", "Milhares de famílias mudaram de marca."]),
    ("en", "Crowds gather for demonstration of cargo robot",
     ["Hundreds of people watched a public demonstration of a cargo robot built by a local start-up.",
      "The robot carried a parcel across the square, drawing applause from the crowd."]),
])
def test_senses_that_are_no_protest(language, headline, paragraphs):
    assert not protest(headline, *paragraphs, language=language)


def test_french_crowd_of_tenants():
    from rallycrawl.extraction.crowd_size import find_crowd_sizes

    found = find_crowd_sizes("Une quarantaine de locataires ont manifesté lundi devant le siège du bailleur.", language="fr")
    assert [c.text for c in found] == ["Une quarantaine de locataires"]
