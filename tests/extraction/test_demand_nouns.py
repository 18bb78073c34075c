"""The ask named by the demand noun itself, before a colon or a copula ("Their main demand: ...",
"Die Hauptforderung lautet: ...", "Su principal reivindicación es ...", "Leur principale
revendication : ..."), and the Norwegian infinitive after "for å" ("for å kreve ...").
Every sentence is invented for these tests."""

import pytest

from rallycrawl.extraction.analysis import analyse_article

LEADS = {
    "en": ("Hundreds rally outside city hall", "Several hundred people gathered outside city hall in Brackwater on Saturday."),
    "de": ("Hunderte demonstrieren vor dem Rathaus", "Mehrere hundert Menschen versammelten sich am Samstag vor dem Rathaus in Kellingen."),
    "es": ("Cientos de personas se manifiestan ante el ayuntamiento", "Varios cientos de personas se concentraron el sábado frente al ayuntamiento de Valdemora."),
    "fr": ("Des centaines de manifestants devant la mairie", "Plusieurs centaines de personnes se sont rassemblées samedi devant la mairie de Fontbrune."),
    "it": ("Centinaia di manifestanti davanti al municipio", "Diverse centinaia di persone si sono radunate sabato davanti al municipio di Roccalta."),
    "pt": ("Centenas de manifestantes protestam em frente à prefeitura", "Várias centenas de pessoas se reuniram no sábado em frente à prefeitura de Vila Serena."),
    "no": ("Hundrevis demonstrerte utenfor rådhuset", "Flere hundre mennesker samlet seg lørdag utenfor rådhuset i Solvik."),
    "nl": ("Honderden betogers bij het stadhuis", "Enkele honderden mensen verzamelden zich zaterdag bij het stadhuis van Veldhoven."),
}

CASES = [
    ("en", "Their main demand: free public transport for students.", "free public transport for students"),
    ("en", "The key demand of the marchers: a ban on night flights.", "a ban on night flights"),
    ("de", "Ihre zentrale Forderung: ein kostenloser Nahverkehr für Schüler.", "ein kostenloser Nahverkehr für Schüler"),
    ("de", "Die Hauptforderung der Demonstranten lautet: ein Verbot von Nachtflügen.", "ein Verbot von Nachtflügen"),
    ("de", "Ihre zentrale Forderung ist ein kostenloser Nahverkehr für Schüler.", "ein kostenloser Nahverkehr für Schüler"),
    ("es", "Su principal reivindicación: transporte gratuito para los estudiantes.", "transporte gratuito para los estudiantes"),
    ("es", "Su principal reivindicación es el transporte gratuito para los estudiantes.", "el transporte gratuito para los estudiantes"),
    ("fr", "Leur principale revendication : la gratuité des transports pour les étudiants.", "la gratuité des transports pour les étudiants"),
    ("fr", "Leur revendication principale est la gratuité des transports.", "la gratuité des transports"),
    ("it", "La loro richiesta principale: il blocco degli affitti.", "il blocco degli affitti"),
    ("it", "La principale richiesta è il blocco degli affitti.", "il blocco degli affitti"),
    ("pt", "A principal reivindicação: passe livre para estudantes.", "passe livre para estudantes"),
    ("pt", "A principal reivindicação é o passe livre para estudantes.", "o passe livre para estudantes"),
    ("no", "Hovedkravet: høyere lønn for de ansatte.", "høyere lønn for de ansatte"),
    ("no", "De samlet seg for å kreve frys i husleiene.", "frys i husleiene"),
    ("nl", "Hun belangrijkste eis: meer loon voor de chauffeurs.", "meer loon voor de chauffeurs"),
]


@pytest.mark.parametrize("language, sentence, ask", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_demand_noun_names_the_ask(language, sentence, ask):
    headline, lead = LEADS[language]
    result = analyse_article(headline, [lead, sentence], language=language)
    assert result.is_protest
    assert ask in [d.text for d in result.demands]
