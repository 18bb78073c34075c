"""The ask named by the demand noun itself, before a colon or a copula ("Their main demand: ...",
"Die Hauptforderung lautet: ...", "Su principal reivindicación es ...", "Leur principale
revendication : ..."), and the Norwegian infinitive after "for å" ("for å kreve ...").  Then asks
told without a verb of demanding in de/es/fr/it/pt: a protest kept up until something is undone
("bis die Kündigungen zurückgenommen werden", "jusqu'au retrait", "fino al ritiro", "até que ...
sejam revogadas"), the goal as a noun ("Ziel ist es, ...", "su objetivo es frenar"), opposing and
rejecting ("lehnen ... ab", "s'opposent aux", "si oppongono alla", "se opõem à"), the struggle
("luchan por", "lottano per", "lutam para").  Every sentence is invented for these tests."""

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
    ("de", "Die Beschäftigten wollen weiter streiken, bis die Kündigungen zurückgenommen werden.", "die Kündigungen zurückgenommen werden"),
    ("de", "Die Anwohner lehnen den Bau der Umgehungsstraße ab.", "den Bau der Umgehungsstraße"),
    ("de", "Ziel der Initiative ist es, den Abriss des Bahnhofs zu verhindern.", "den Abriss des Bahnhofs zu verhindern"),
    ("de", "Die Eltern wollen die Schließung der Schule verhindern.", "die Schließung der Schule"),
    ("de", "Sie gingen auf die Straße, um mehr Klimaschutz zu fordern.", "mehr Klimaschutz"),
    ("es", "Los trabajadores seguirán en huelga hasta que se retiren los despidos.", "se retiren los despidos"),
    ("es", "Su objetivo es frenar la construcción de la autopista.", "frenar la construcción de la autopista"),
    ("es", "Los padres luchan por mantener abierta la escuela.", "mantener abierta la escuela"),
    ("fr", "Les salariés resteront mobilisés jusqu'au retrait du plan social.", "retrait du plan social"),
    ("fr", "Leur objectif est d'empêcher la démolition de la gare.", "empêcher la démolition de la gare"),
    ("fr", "Les agriculteurs s'opposent aux nouvelles normes.", "nouvelles normes"),
    ("it", "I lavoratori continueranno lo sciopero fino al ritiro dei licenziamenti.", "ritiro dei licenziamenti"),
    ("it", "I residenti si oppongono alla costruzione della discarica.", "costruzione della discarica"),
    ("it", "L'obiettivo è fermare la vendita del parco.", "fermare la vendita del parco"),
    ("it", "I genitori lottano per salvare la scuola.", "salvare la scuola"),
    ("pt", "Os trabalhadores vão manter a greve até que as demissões sejam revogadas.", "as demissões sejam revogadas"),
    ("pt", "Os moradores se opõem à construção do aterro.", "construção do aterro"),
    ("pt", "O objetivo é impedir a venda do parque.", "impedir a venda do parque"),
    ("pt", "Os pais lutam para salvar a escola.", "salvar a escola"),
]

#: the same words where nothing is asked: a time clause, a route, a plan to march again
NO_ASKS = [
    ("de", "Sie wollen am Samstag erneut demonstrieren."),
    ("es", "Esperaron hasta que llegó la policía."),
    ("fr", "Le cortège a défilé jusqu'à la place de la mairie."),
    ("it", "Il corteo è arrivato fino alla piazza."),
    ("nl", "De minister wil niet reageren op de eisen."),  # "de eisen": the noun, not the verb
]


@pytest.mark.parametrize("language, sentence, ask", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_demand_noun_names_the_ask(language, sentence, ask):
    headline, lead = LEADS[language]
    result = analyse_article(headline, [lead, sentence], language=language)
    assert result.is_protest
    assert ask in [d.text for d in result.demands]


@pytest.mark.parametrize("language, sentence", NO_ASKS)
def test_same_words_asking_nothing(language, sentence):
    headline, lead = LEADS[language]
    assert analyse_article(headline, [lead, sentence], language=language).demands == []


#: the attribution after a comma ends the ask in every language (CLAUSE_END_WORDS), and the copula
#: after a spoken cue opens no ask (LEADING_WORDS: "lo que pedimos es ...", "c'est ...")
CLAUSE_ENDS = [
    ("no", "De ansatte krever høyere lønn, sier Kari Nilsen.", "høyere lønn"),
    ("no", "– Vi vil ha høyere lønn, sier Kari Nilsen.", "høyere lønn"),
    ("pt", "Os trabalhadores exigem salários dignos, disse Ana Souza.", "salários dignos"),
    ("it", "I lavoratori chiedono salari dignitosi, ha detto Anna Rossi.", "salari dignitosi"),
    ("nl", "De vakbond eist meer loon, zei Femke de Wit.", "meer loon"),
    ("es", "«Lo único que pedimos es un salario digno», dijo Ana López.", "un salario digno"),
    ("fr", "« Ce que nous demandons, c'est une enquête indépendante », a déclaré Anne Leroy.", "une enquête indépendante"),
    ("pt", "«O que pedimos é um salário digno», disse Ana Souza.", "um salário digno"),
    ("it", "«Quello che chiediamo è un salario dignitoso», ha detto Anna Rossi.", "un salario dignitoso"),
    ("pt", "«O governo tem que retirar a reforma», disse Ana Souza.", "O governo tem que retirar a reforma"),
    ("nl", "De vakbond wil negen procent meer loon.", "negen procent meer loon"),
]


@pytest.mark.parametrize("language, sentence, ask", CLAUSE_ENDS, ids=[f"{c[0]}-{i}" for i, c in enumerate(CLAUSE_ENDS)])
def test_ask_ends_before_the_attribution_and_after_the_copula(language, sentence, ask):
    headline, lead = LEADS[language]
    assert ask in [d.text for d in analyse_article(headline, [lead, sentence], language=language).demands]
