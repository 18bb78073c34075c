"""Relevance of stop 28, from the shapes of the event development set 2: protest forms named by their
noise or their vehicles (go-slow, opération escargot, cacerolada, buzinaço, carreata, Critical Mass),
people who block, glue themselves, camp or stop production, crowds with a purpose in Portuguese and
Dutch, European Portuguese enclitics ("concentraram-se"), Dutch present and perfect verbs ("betogen",
"gedemonstreerd"); and senses that are no protest (a currency that marches higher, a bullish
"manifestación", players' protests at the referee, fans celebrating in the square).  Every sentence is
written for these tests."""

import pytest

from rallycrawl.extraction.relevance import lexicon, score_protest


def protest(headline, *paragraphs, language):
    return score_protest(headline, list(paragraphs), language)[0]


@pytest.mark.parametrize("language, headline, paragraphs", [
    ("en", "Lorry drivers stage go-slow on ring road over fuel duty",
     ["Dozens of lorries crawled along the ring road of Eastmoor on Tuesday, backing up traffic for miles.",
      "The hauliers' association wants the fuel duty rise scrapped."]),
    ("en", "Nurses glue themselves to hospital trust gates",
     ["Six nurses glued their hands to the gates of the Northvale hospital trust on Friday over unpaid overtime."]),
    ("en", "Villagers block quarry lorries in Ashcombe",
     ["About sixty villagers stood outside the quarry entrance on Monday to protest against a planned expansion.",
      "They are calling on the county council to refuse the application."]),
    ("de", "Radfahrer fahren durch Lindenau",
     ["Rund 800 Menschen nahmen am Freitag an der Critical Mass in Lindenau teil.",
      "Die Stadtpolizei begleitete den Umzug bis zum Rathausplatz."]),
    ("es", "Cacerolada vecinal en Villaserena por los apagones",
     ["Vecinos del barrio Norte salieron con cacerolas a la avenida principal el sábado por la noche."]),
    ("es", "Agricultores cortan la autovía en Montealto",
     ["Un centenar de agricultores cortaron el martes por la mañana durante dos horas la autovía A-90 para protestar por los precios."]),
    ("fr", "Opération escargot des ambulanciers à Bellerive",
     ["Une cinquantaine d'ambulances ont roulé au pas sur la rocade avant de se rassembler devant l'agence régionale de santé."]),
    ("fr", "Les cheminots de nouveau dans la rue à Valmont",
     ["Quelques centaines de cheminots ont défilé jeudi entre la gare et la mairie."]),
    ("fr", "Les éleveurs bloquent la sous-préfecture de Pontval",
     ["À l'appel de la FNSEA, les éleveurs ont déversé du fumier devant le bâtiment."]),
    ("pt", "Motoristas fazem carreata em Porto Claro",
     ["Centenas de motoristas de táxi fizeram uma carreata pela avenida central contra a nova tarifa."]),
    ("pt", "Operários da Metalvale param produção",
     ["Cerca de 900 operários da Metalvale concentraram-se junto ao portão da fábrica na segunda-feira."]),
    ("pt", "Agricultores acampam em frente à Assembleia",
     ["Cerca de 2 mil agricultores montaram acampamento diante da Assembleia contra a proposta de lei da água."]),
    ("nl", "Boeren betogen in Zwartewaal",
     ["Honderden boeren hebben dinsdag in Zwartewaal betoogd tegen de nieuwe mestregels."]),
    ("nl", "Activisten blokkeren haven van Westerdijk",
     ["Tientallen klimaatactivisten hebben zondag de toegangsweg tot de haven geblokkeerd."]),
    ("it", "Pescatori bloccano il porto di Castelmare",
     ["I pescatori hanno bloccato il porto per tutta la mattina contro il caro gasolio."]),
    ("it", "Catena umana contro la chiusura del reparto",
     ["Centinaia di cittadini hanno formato una catena umana intorno all'ospedale di Valdora."]),
    ("es", "Acampada de estudiantes ante el rectorado",
     ["Decenas de estudiantes mantienen una acampada frente al rectorado contra la subida de las tasas."]),
    ("pt", "Agricultores em marcha lenta até Vilar Seco",
     ["Centenas de agricultores fizeram uma marcha lenta de tratores até Vilar Seco contra a falta de água."]),
    ("nl", "Duizenden in Utrecht tegen sluiting ziekenhuis",
     ["Duizenden inwoners liepen zaterdag door het centrum tegen de sluiting van het ziekenhuis."]),
])
def test_protest_shapes(language, headline, paragraphs):
    assert protest(headline, *paragraphs, language=language)


@pytest.mark.parametrize("language, headline, paragraphs", [
    ("en", "Pound marches higher as gilt yields ease",
     ["Sterling marched higher against the euro on Tuesday and the blue-chip index rallied to a record.",
      "Dealers demanded more clarity on the budget."]),
    ("de", "Lindenau gewinnt nach Protesten gegen den Schiedsrichter",
     ["Nach heftigen Protesten gegen eine Elfmeterentscheidung gewann der SV Lindenau 2:0.",
      "Tausende Fans feierten danach in der Innenstadt."]),
    ("de", "Faschingsumzug zieht durch Lindenau",
     ["Der Umzug der Narren zog am Sonntag mit Festwagen und Konfetti durch die Innenstadt; die Polizei sperrte die Straßen."]),
    ("es", "La bolsa encadena una manifestación alcista",
     ["El selectivo sube por tercera jornada y mantiene la marcha alcista de la semana."]),
    ("it", "Il Valmonte vince tra le proteste per l'arbitro",
     ["I giocatori ospiti hanno protestato a lungo contro l'arbitro.",
      "Il corteo di tifosi ha festeggiato fino a notte in piazza."]),
    ("pt", "Clube vence e adeptos festejam",
     ["Os jogadores do adversário protestaram contra a arbitragem no fim do jogo."]),
    ("pt", "Economia em marcha lenta",
     ["A economia segue em marcha lenta, com milhares de empresas contra a parede."]),
    ("pt", "Carro fica em marcha lenta na garagem",
     ["O motor ficou em marcha lenta durante uma hora; os motoristas reclamaram do consumo."]),
    ("nl", "Beurs zet mars omhoog voort",
     ["De index zet de mars omhoog voort; een handelaar sprak van een demonstratie van vertrouwen."]),
])
def test_senses_that_are_no_protest(language, headline, paragraphs):
    assert not protest(headline, *paragraphs, language=language)


@pytest.mark.parametrize("language, headline, paragraphs", [
    ("it", "Catena umana per salvare un bagnante",
     ["I bagnanti hanno formato una catena umana per soccorrere un ragazzo trascinato dalla corrente."]),
    ("es", "Cadena humana para rescatar a un perro",
     ["Varios bañistas formaron una cadena humana para sacar al animal del río."]),
])
def test_a_human_chain_without_a_cause_is_no_protest(language, headline, paragraphs):
    assert not protest(headline, *paragraphs, language=language)


def test_portuguese_march_with_a_weekday_between_verb_and_place():
    frames = lexicon("pt").frames
    assert frames.search("centenas de professores marcharam sexta-feira em vilarinho, da praça até à câmara.")
    assert frames.search("marcharam nesta quinta-feira contra o fecho das escolas")
    assert not frames.search("as obras marcharam bem")
