"""Headlines tell a protest in the present ("Los agricultores se concentran ante la consejería"),
where the lead tells it in the past: the present forms of the gathering verbs count as protest
evidence, only before a place or an adversary, because the same verbs also say how symptoms show
("se manifiestan en la piel") or that rescuers turn out ("se mobilisent pour retrouver").
Every headline is invented for these tests."""

import pytest

from rallycrawl.extraction.relevance import protest_evidence

PROTEST_HEADLINES = [
    ("es", "Los agricultores se concentran ante la consejería de Agricultura"),
    ("es", "Los estudiantes se movilizan contra la subida de tasas"),
    ("es", "Miles de jubilados marchan contra el recorte de las pensiones"),
    ("es", "Cientos de vecinos se manifiestan frente al hospital comarcal"),
    ("fr", "Les agriculteurs se rassemblent devant la préfecture"),
    ("fr", "Les étudiants se mobilisent contre la hausse des frais d'inscription"),
    ("fr", "Les agents du dépôt débrayent pour la deuxième journée"),
    ("pt", "Agricultores se manifestam em frente ao ministério"),
    ("pt", "Professores se mobilizam contra o corte de verbas"),
    ("no", "Bussjåførene legger ned arbeidet i protest mot nye turnuser"),
]

LOOK_ALIKES = [
    ("es", "Los síntomas se manifiestan en la piel a los pocos días"),
    ("es", "Los mercados se concentran en la tecnología"),
    ("fr", "Les secours se mobilisent pour retrouver un randonneur"),
    ("fr", "Les symptômes se manifestent dès le premier jour"),
    ("pt", "Os sintomas se manifestam em poucos dias"),
    ("no", "Butikken legger ned driften etter tretti år"),
    ("es", "Los bomberos se movilizan ante el incendio forestal"),
    ("es", "Las autoridades se movilizan contra el dengue"),
    ("fr", "Les marchés se mobilisent contre l'inflation"),
    ("pt", "Municípios se mobilizam contra a dengue"),
    ("es", "Los fieles se congregan en la catedral"),
]


@pytest.mark.parametrize("language, headline", PROTEST_HEADLINES)
def test_present_tense_headline_is_protest_evidence(language, headline):
    assert protest_evidence(headline, [], language) > 0


@pytest.mark.parametrize("language, headline", LOOK_ALIKES)
def test_same_verbs_in_other_senses_are_not(language, headline):
    assert protest_evidence(headline, [], language) == 0


@pytest.mark.parametrize("language, headline", [
    ("nl", "Duizenden mensen demonstreren in Den Haag tegen bezuinigingen"),
    ("nl", "Leraren leggen het werk neer voor kleinere klassen"),
    ("no", "Bønder blokkerte veien med traktorer"),
])
def test_dutch_present_and_norwegian_farmers(language, headline):
    assert protest_evidence(headline, [], language) > 0


@pytest.mark.parametrize("language, headline", [
    pytest.param("nl", "Het bedrijf voert actie tegen namaakproducten", marks=pytest.mark.xfail(
        strict=True, reason="known look-alike: 'actie' is an ambiguous word and 'tegen' counts as protest context")),
    ("nl", "De minister legt uit hoe het werk verdeeld wordt"),
    ("no", "Snøskred blokkerte veien"),
])
def test_dutch_and_norwegian_look_alikes(language, headline):
    assert protest_evidence(headline, [], language) == 0
