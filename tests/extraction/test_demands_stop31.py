"""Demands of stop 31: whom a cue of the language asks, between the verb and the ask (rule addressee_split:
"exigem do governo o pagamento ...", "eisen van de directie dat ...", "chiedono alla Regione la riapertura
..."), the French singular "demande au/à la" and the Portuguese "cobra do/da" before whom they ask, and a
closing single quotation mark that ends the ask (rule single_quote_end).  Every sentence is written for
these tests."""

import pytest

from rallycrawl.extraction import demands as demands_module
from rallycrawl.extraction.demands import extract_demands


def found(sentence, language):
    return [(d.text, d.target) for d in extract_demands([sentence], language=language)]


@pytest.fixture
def rule_off(monkeypatch):
    def off(name):
        monkeypatch.setitem(demands_module.RULES, name, False)
    return off


@pytest.mark.parametrize("language, sentence, ask, target", [
    ("pt", "Os moradores exigem do governo estadual a reabertura da escola.", "a reabertura da escola", "governo estadual"),
    ("pt", "Os professores pedem ao ministro da Educação o pagamento do piso.", "o pagamento do piso", "ministro da Educação"),
    ("pt", "O sindicato cobra da prefeitura a contratação de mais médicos.", "a contratação de mais médicos", "prefeitura"),
    ("nl", "De vakbond eist van de directie dat het sluitingsplan van tafel gaat.", "het sluitingsplan van tafel gaat", "directie"),
    ("nl", "De boeren eisen van het kabinet een eerlijke vergoeding.", "een eerlijke vergoeding", "kabinet"),
    ("it", "I comitati chiedono al ministro del Lavoro un incontro urgente.", "un incontro urgente", "ministro del Lavoro"),
    ("it", "Il sindacato chiede alla Regione la riapertura del reparto.", "la riapertura del reparto", "Regione"),
    ("fr", "Le collectif demande au conseil régional l'abandon du projet de rocade.", "l'abandon du projet de rocade", "conseil régional"),
    ("fr", "Les syndicats réclament au gouvernement le retrait de la réforme.", "le retrait de la réforme", "gouvernement"),
    ("es", "Los vecinos exigen a la consejería la reapertura del ambulatorio.", "la reapertura del ambulatorio", "consejería"),
    ("it", "Gli studenti chiedono alla Provincia, proprietaria dell'edificio, un calendario dei lavori.",
     "un calendario dei lavori", "Provincia"),
])
def test_addressee_split(language, sentence, ask, target):
    assert (ask, target) in found(sentence, language)


@pytest.mark.parametrize("language, sentence, ask", [
    ("pt", "Os grevistas exigem ao menos um reajuste de 5%.", "ao menos um reajuste de 5%"),
    ("es", "Los trabajadores exigen al menos un aumento del 4%.", "al menos un aumento del 4%"),
    ("fr", "Les salariés réclament à nouveau la réintégration de leur collègue.", "la réintégration de leur collègue"),
    ("it", "Chiedono al più presto la riapertura della linea.", "al più presto la riapertura della linea"),
])
def test_no_addressee_in_adverbs(language, sentence, ask):
    assert (ask, None) in found(sentence, language)


def test_addressee_split_switched_off(rule_off):
    rule_off("addressee_split")
    got = found("Os moradores exigem do governo estadual a reabertura da escola.", "pt")
    assert ("a reabertura da escola", "governo estadual") not in got
    assert got and got[0][1] is None


def test_french_noun_demande_is_no_cue():
    assert found("La demande au ministère de la culture a été rejetée la semaine dernière.", "fr") == []


def test_portuguese_cobra_without_addressee_is_no_cue():
    assert found("Uma cobra apareceu no pátio da escola durante o recreio.", "pt") == []


def test_single_quote_ends_the_ask():
    got = [t for t, _ in found(
        "Union organiser Mia Trent said the nurses were demanding more staff,' she told the crowd outside.", "en")]
    assert "more staff" in got


def test_single_quote_end_switched_off(rule_off):
    rule_off("single_quote_end")
    got = [t for t, _ in found(
        "Union organiser Mia Trent said the nurses were demanding more staff,' she told the crowd outside.", "en")]
    assert "more staff" not in got


def _quoted(text, language):
    from rallycrawl.record import Quote
    quote = Quote(text=text, speaker="Ana Ruiz", paragraph=1)
    return [d.text for d in extract_demands(["Cientos de vecinos protestaron."], quotes=[quote], language=language)]


@pytest.mark.parametrize("language, text, asks", [
    ("es", "No pedimos lujos, pedimos una vivienda digna y segura.", ["una vivienda digna y segura"]),
    ("pt", "Não queremos esmolas, queremos salários justos.", ["salários justos"]),
    ("it", "Non vogliamo che succeda ad altri ragazzi.", []),
])
def test_negated_spoken_cue(language, text, asks):
    assert _quoted(text, language) == asks


def test_negated_spoken_cue_switched_off(rule_off):
    rule_off("negated_spoken_cue")
    assert _quoted("Non vogliamo che succeda ad altri ragazzi.", "it") != []
