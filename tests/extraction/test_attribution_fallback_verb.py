"""The lower-case word after a quotation and a comma, read as the verb when no listed verb is there
('„…“, stellt Mira Kesch klar'), is no verb when it is an article or a participle before the agent of a
passive (rules ``article_not_verb``, ``agent_not_speaker``; invented titles and names)."""

import pytest

from rallycrawl.extraction import attribution
from rallycrawl.extraction.quotes import extract_quotes


def speakers(paragraph, language):
    return [q.speaker for q in extract_quotes([paragraph], language=language).quotes]


BOOK = (
    "A biblioteca do bairro emprestou mais de cem vezes o livro “Hortas na Varanda”, uma cartilha ilustrada "
    "sobre tomates e ervas para leitores da Vila Serena."
)
SERIES = "In autunno arriva la serie “I Guardiani del Faro”, prodotta da Marea Studio con attori poco noti."


@pytest.mark.parametrize("paragraph, language, rule", [
    (BOOK, "pt", "article_not_verb"),
    ("Il libro “Il Porto di Sera”, una storia di pescatori scritta da Lino Vastri, esce domani.", "it", "article_not_verb"),
    (SERIES, "it", "agent_not_speaker"),
])
def test_titles_described_after_a_comma_have_no_speaker(paragraph, language, rule, monkeypatch):
    assert speakers(paragraph, language) == [None]
    monkeypatch.setitem(attribution.RULES, rule, False)
    assert speakers(paragraph, language) != [None]


@pytest.mark.parametrize("paragraph, language", [
    ("Die Serie „Der Leuchtturm“, produziert von Marea Studio nach einem Comic, startet im Mai.", "de"),
    ("La serie «El Faro», dirigida por Marta Ibarra, se estrena en mayo.", "es"),
])
def test_more_titles_with_their_makers(paragraph, language):
    assert speakers(paragraph, language) == [None]


@pytest.mark.parametrize("paragraph, language, speaker", [
    ("„Wir geben nicht auf“, stellt Mira Kesch klar.", "de", "Mira Kesch"),
    ("«Seguiremos en la calle», advirtió por la tarde Marta Ibarra.", "es", "Marta Ibarra"),
    ("« Nous ne céderons pas », tranche Julie Mercier.", "fr", "Julie Mercier"),
])
def test_a_verb_after_the_quotation_still_names_its_speaker(paragraph, language, speaker):
    assert speakers(paragraph, language) == [speaker]
