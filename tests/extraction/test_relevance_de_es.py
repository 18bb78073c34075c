"""Relevance in German and Spanish: protest words, and the senses of them that are no protest
(Machtdemonstration, a printer that "streikt", a stock-market rally, "paro" as unemployment,
"puesta en marcha"); invented sentences."""

import pytest

from rallycrawl.extraction.relevance import score_protest

# (language, headline, paragraph, is a protest report)
CASES = [
 # (lang, headline, paragraph, expected)
 ("de", "Machtdemonstration im Pazifik", "Die Marine zeigte mit dem Manöver eine Machtdemonstration vor der Küste. Die Regierung sprach von einer Demonstration der Stärke.", False),
 ("de", "Luftangriffe auf Stellungen", "Die Armee flog in der Nacht Luftangriffe auf Stellungen der Rebellen. Dutzende Militärschläge trafen die Stadt.", False),
 ("de", "DAX im Rally-Modus", "Der DAX setzte seine Rally fort, die Aktien legten kräftig zu. Die Kursrally an der Börse hielt an.", False),
 ("de", "Der Drucker streikt", "Schon wieder streikt der Drucker im Büro, und auch der Server streikt seit Tagen.", False),
 ("de", "Demokratie in Gefahr", "Die Demokratie lebt vom Streit. Sozialdemokraten und Christdemokraten debattierten im Bundestag.", False),
 ("de", "Rallye Dakar", "Die Rallye Dakar startet in Saudi-Arabien. Die Fahrer bereiten sich auf die Etappen vor.", False),
 ("de", "Verdi ruft zum Warnstreik auf", "Die Gewerkschaft Verdi hat die Beschäftigten des Nahverkehrs für Freitag zu einem ganztägigen Warnstreik aufgerufen.", True),
 ("de", "Tausende bei Klimademo", "In Berlin gingen am Freitag Tausende für mehr Klimaschutz auf die Straße.", True),
 ("de", "Bauern blockieren Autobahn", "Hunderte Landwirte blockierten mit Traktoren die Zufahrten. Sie protestieren gegen die Kürzungen.", True),
 ("de", "Demo gegen Rechts", "Mehrere tausend Menschen haben am Samstag in Köln gegen Rechtsextremismus demonstriert.", True),
 ("es", "El paro baja en marzo", "La tasa de paro bajó en marzo hasta el 11,7%, según los datos del paro registrado publicados por el Ministerio de Trabajo. El número de parados cayó en 30.000 personas.", False),
 ("es", "Ataque aéreo en Gaza", "Un ataque aéreo israelí dejó decenas de muertos. Los bombardeos continuaron durante la noche.", False),
 ("es", "La bolsa se dispara", "El Ibex 35 protagonizó un rally alcista y las acciones de los bancos subieron con fuerza.", False),
 ("es", "Puesta en marcha del tren", "El Gobierno anunció la puesta en marcha de la nueva línea. La obra está en marcha desde enero.", False),
 ("es", "Paro cardíaco", "El jugador sufrió un paro cardíaco durante el partido y fue trasladado al hospital.", False),
 ("es", "Manifestación de voluntad", "El presidente hizo una manifestación de voluntad de diálogo ante sus ministros en el Consejo.", False),
 ("es", "Polémica en el clásico", "Los jugadores protestaron al árbitro tras el penal en el minuto 90.", False),
 ("de", "Aktivisten kleben sich fest", "Mitglieder einer Klimagruppe klebten sich am Morgen auf einer Kreuzung fest und blockierten den Verkehr.", True),
 ("de", "Tausende bei Ostermärschen", "Tausende Menschen haben sich am Wochenende an den Ostermärschen beteiligt.", True),
 ("de", "Neue Demo-Version erschienen", "Die Entwickler haben eine kostenlose Demo-Version des Rollenspiels veröffentlicht. Die Demo-Version läuft drei Stunden.", False),
 ("es", "La marcha de los precios inquieta", "La marcha de los precios y la marcha de la inflación preocupan al Gobierno, que estudia nuevas medidas económicas.", False),
 ("es", "Cola del paro", "Miles de jóvenes engrosan la cola del paro y cobran el paro durante meses.", False),
 ("es", "Huelga general", "Los sindicatos convocaron una huelga general para el próximo jueves contra la reforma laboral.", True),
 ("es", "Miles marchan en Madrid", "Miles de personas se manifestaron este domingo en el centro de Madrid para exigir viviendas dignas.", True),
 ("es", "Paro de transportistas", "Los transportistas iniciaron un paro por tiempo indeterminado y cortaron rutas en reclamo de mejores tarifas.", True),
 ("es", "Cacerolazo en Buenos Aires", "Vecinos realizaron un cacerolazo frente al Congreso contra el aumento de las tarifas.", True),
]


@pytest.mark.parametrize("language, headline, paragraph, protest", CASES)
def test_german_and_spanish_relevance(language, headline, paragraph, protest):
    assert score_protest(headline, [paragraph], language)[0] is protest
