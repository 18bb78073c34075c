"""The event's target named as the party asked or blamed, in the words of Dutch, German, French and
Portuguese (stop 28; invented sentences, places and bodies only)."""

import pytest

from rallycrawl.extraction import event, event_rules
from rallycrawl.extraction.event import find_target


@pytest.fixture(autouse=True)
def _fresh_words():
    event._target_words.cache_clear()
    yield
    event._target_words.cache_clear()


# (language, headline, lead, the target, the target with the two party rules off, target_party_over_issue and
# target_party_unframed, which read the party cues TARGET_PARTY_CUES)
CASES = [
    ("nl", "Bewoners tegen windpark", [
        "Zo'n zeventig bewoners hebben dinsdag bij het gemeentehuis actiegevoerd tegen de komst van drie windmolens.",
        "Buurtcomité Stille Polder vraagt de gemeenteraad om het plan af te wijzen.",
    ], "de gemeenteraad", "de komst"),
    ("nl", "Vissers protesteren", [
        "Vissers hebben zaterdag in de haven van Harlingen geprotesteerd tegen het verbod op garnalenvisserij.",
        "De vissers willen dat minister Pieter Algra een regeling opent.",
    ], "minister Pieter Algra", "het verbod"),
    ("de", "Eltern protestieren gegen Gebühren", [
        "Rund 120 Eltern haben am Mittwoch vor der Kreisverwaltung gegen die geplante Erhöhung der Kita-Gebühren demonstriert.",
        "Sie forderten Landrat Jonas Albrecht auf, die Erhöhung zurückzunehmen.",
    ], "Landrat Jonas Albrecht", "die geplante Erhöhung der Kita-Gebühren"),
    ("en", "Villagers protest quarry plan", [
        "Residents of Oakby protested against a quarry expansion outside County Hall on Tuesday.",
        "Some 90 people urged Halden County Council's planning committee to reject the plan.",
    ], "Halden County Council's planning committee", "a quarry expansion"),
    ("pt", "Enfermeiros em protesto", [
        "Dezenas de enfermeiros concentraram-se ontem à porta do hospital para exigir a contratação de mais profissionais.",
        "O sindicato responsabiliza o conselho de administração pela falta de pessoal.",
    ], "o conselho de administração", None),
    ("fr", "Mobilisation pour la maternité", [
        "Ils étaient environ 800, dimanche, à former une chaîne humaine pour protester contre la fermeture de la maternité.",
        "Le comité de défense interpelle l'Agence régionale de santé et lui demande de revenir sur sa décision.",
    ], "l'Agence régionale de santé", "la fermeture de la maternité"),
]


@pytest.mark.parametrize("language,headline,paragraphs,with_rule,without_rule", CASES)
def test_the_party_asked_or_blamed_and_switched_off(monkeypatch, language, headline, paragraphs, with_rule, without_rule):
    assert find_target(headline, paragraphs, language) == with_rule
    monkeypatch.setitem(event_rules.RULES, "target_party_over_issue", False)
    monkeypatch.setitem(event_rules.RULES, "target_party_unframed", False)
    event._target_words.cache_clear()
    got = find_target(headline, paragraphs, language)
    assert got != with_rule
    if without_rule is not None:
        assert got == without_rule


def test_what_the_protesters_oppose_keeps_who_decided_it():
    # "s'opposent à X décidée par l'inspection académique": the body that decided is kept
    paragraphs = ["Une cinquantaine de parents se sont rassemblés mercredi devant l'école.",
                  "Ils s'opposent à la fermeture de deux classes décidée par l'inspection académique."]
    assert "inspection académique" in find_target("Rassemblement devant une école", paragraphs, "fr")


# --- target_named_employer -------------------------------------------------------------------------------

def _analysed_target(headline, paragraphs, language):
    from rallycrawl.extraction.analysis import analyse_article

    return analyse_article(headline, paragraphs, language=language).event.target


ITALIAN_EMPLOYER = (
    "Sciopero dei rider a Verona",
    [
        "Un centinaio di rider ha scioperato venerdì sotto la sede di Pedalix Consegne S.r.l. a Verona.",
        "I lavoratori protestano contro l'azienda, che ha tagliato la paga a consegna.",
    ],
    "it",
)


def test_the_employer_noun_as_target_is_the_named_company():
    assert _analysed_target(*ITALIAN_EMPLOYER) == "Pedalix Consegne S.r.l."


def test_target_named_employer_switched_off(monkeypatch):
    from rallycrawl.extraction import event_rules

    monkeypatch.setitem(event_rules.RULES, "target_named_employer", False)
    assert _analysed_target(*ITALIAN_EMPLOYER) != "Pedalix Consegne S.r.l."
