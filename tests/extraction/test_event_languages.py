"""The event's location and target as news in seven languages writes them (invented paragraphs):
datelines, places after the prepositions, articles and name words of each language, place nouns
in lower case before a name, adjectives after a place's name, a country with the city in it; the
target frames of each language.  Each case says which phrases a right answer contains, as the gold
format scores it (the exported text contains one of the phrases)."""

import pytest

from rallycrawl.extraction import event_rules
from rallycrawl.extraction.event import extract_event

LOCATIONS = [
    # English
    ("en", "Thousands protest in Chile", "Thousands took to the streets of Santiago on Friday against the government.",
     ["santiago, chile"]),
    ("en", "Tenants demand repairs", "Protesters rallied in front of the town hall in Maple Falls on Monday.",
     ["the town hall in maple falls"]),
    ("en", "Nurses strike", "Hundreds of nurses picketed outside St Mary's Hospital in Leeds on Tuesday.", ["leeds"]),
    ("en", "Rally", "WASHINGTON (AP) — Hundreds of activists rallied outside the Supreme Court on Monday.", ["washington"]),
    ("en", "Rally", "Demonstrators gathered at Trafalgar Square on Saturday.", ["trafalgar square"]),
    ("en", "March", "LAGOS, Nigeria (Reuters) - Thousands of young people protested on Tuesday.", ["lagos"]),
    ("en", "Farmers protest", "BERLIN, March 3 (Reuters) - Thousands of farmers protested on Monday.", ["berlin"]),
    ("en", "Nurses strike", "LONDON, Jan 12 (Reuters) - Hundreds of nurses went on strike on Monday.", ["london"]),
    # German
    ("de", "Streik", "BERLIN, 3. März (Reuters) – Tausende Beschäftigte streikten am Dienstag.", ["berlin"]),
    ("de", "Protest", "Rund 500 Menschen versammelten sich am Mittwoch vor dem Kanzleramt, um gegen die Kürzungen zu protestieren.",
     ["kanzleramt"]),
    ("de", "Demo", "Tausende Menschen demonstrierten am Samstag am Brandenburger Tor.", ["brandenburger tor"]),
    ("de", "Demo", "Etwa 300 Menschen versammelten sich auf dem Marktplatz in Göttingen.", ["marktplatz in göttingen"]),
    ("de", "Demo", "Mehrere Tausend Menschen zogen am Samstag durch die Innenstadt von Köln.", ["köln"]),
    ("de", "Demo", "Köln. Tausende Menschen demonstrierten am Samstag gegen Rechtsextremismus.", ["köln"]),
    ("de", "Demo", "München (dpa) - Tausende Menschen demonstrierten am Samstag gegen Rechtsextremismus.", ["münchen"]),
    # Spanish
    ("es", "Marcha", "Miles de personas se concentraron en la Plaza de Mayo este jueves.", ["plaza de mayo"]),
    ("es", "Marcha", "SANTIAGO, 5 mar (EFE).- Miles de estudiantes marcharon este jueves.", ["santiago"]),
    ("es", "Marcha", "Cientos de personas protestaron frente al Palacio de La Moneda.", ["palacio de la moneda"]),
    ("es", "Marcha", "Lima, 5 de marzo de 2024 (EFE).- Miles de personas se manifestaron este domingo.", ["lima"]),
    # French
    ("fr", "Manif", "Quelque 300 personnes se sont rassemblées samedi devant l'Assemblée nationale.", ["assemblée nationale"]),
    ("fr", "Manif", "Des milliers de manifestants ont défilé place de la République à Paris.", ["république à paris"]),
    ("fr", "Manif", "PARIS, 12 janvier (AFP) - Des milliers de manifestants ont défilé samedi.", ["paris"]),
    ("fr", "Grève", "Environ 200 grévistes sont rassemblés depuis lundi devant l'usine de Sochaux.", ["usine de sochaux"]),
    # Italian
    ("it", "Corteo", "Migliaia di persone sono scese in piazza sabato a Roma.", ["roma"]),
    ("it", "Corteo", "Oltre 2.000 lavoratori hanno manifestato davanti al Ministero dello Sviluppo economico.",
     ["ministero dello sviluppo economico"]),
    ("it", "Corteo", "ROMA, 3 marzo (ANSA) - Migliaia di persone hanno manifestato sabato in piazza San Giovanni.",
     ["san giovanni"]),
    ("it", "Corteo", "Il corteo è partito da piazza Castello a Torino.", ["torino"]),
    ("it", "Corteo", "Centinaia di studenti hanno protestato davanti a Palazzo Chigi.", ["palazzo chigi"]),
    ("it", "Corteo", "(ANSA) - MILANO, 03 MAR - Migliaia di persone hanno manifestato sabato.", ["milano"]),
    # Portuguese
    ("pt", "Greve", "Centenas de operários pararam a produção em Contagem nesta segunda-feira.", ["contagem"]),
    ("pt", "Protesto", "Milhares de pessoas protestaram na Avenida Paulista, em São Paulo.", ["avenida paulista, em são paulo"]),
    ("pt", "Protesto", "Milhares de pessoas manifestaram-se no sábado em frente à Assembleia da República.",
     ["assembleia da república"]),
    ("pt", "Protesto", "Cerca de 2 mil professores fizeram uma manifestação em frente ao Palácio do Planalto, em Brasília.",
     ["palácio do planalto, em brasília"]),
    # Dutch
    ("nl", "Actie", "Ruim 500 boeren voerden dinsdag actie bij het provinciehuis in Zwolle.", ["provinciehuis in zwolle"]),
    ("nl", "Demo", "Duizenden mensen demonstreerden zaterdag op de Dam in Amsterdam.", ["dam in amsterdam"]),
    ("nl", "Demo", "Tienduizenden mensen kwamen zondag op het Malieveld in Den Haag bijeen voor het klimaat.",
     ["malieveld in den haag"]),
    ("nl", "Demo", "Honderden studenten protesteerden voor het Binnenhof.", ["binnenhof"]),
]


@pytest.mark.parametrize("language, headline, paragraph, phrases", LOCATIONS)
def test_locations_in_seven_languages(language, headline, paragraph, phrases):
    location = extract_event(headline, [paragraph], language=language, published="2024-03-05").location
    assert location and any(p in location.lower() for p in phrases), location


@pytest.mark.parametrize(
    "paragraph",
    [
        "Thousands marched on Thursday - the largest rally in years.",  # no dateline: not a name
        "Aber. Tausende Menschen demonstrierten am Montag.",  # a full stop after a word that is no place
    ],
)
def test_no_dateline_without_a_place_name(paragraph):
    assert extract_event("Protest", [paragraph], language="en").location is None


def test_the_fused_article_before_a_place_is_left_out():
    event = extract_event("Demo", ["Rund 500 Menschen protestierten vor dem Kanzleramt."], language="de")
    assert event.location == "Kanzleramt"
    event = extract_event("Protesto", ["Professores protestaram em frente ao Palácio do Planalto."], language="pt")
    assert event.location == "Palácio do Planalto"


@pytest.mark.parametrize(
    "rule, language, headline, paragraph, with_rule, without_rule",
    [
        ("location_headline_country", "en", "Protests in Chile", "Thousands took to the streets of Santiago on Friday.",
         "Santiago, Chile", "Chile"),
        ("location_headline_in_lead", "en", "Nurses strike at Ashcombe hospital",
         "About 400 nurses walked out at Ashcombe Community Hospital in Dorset on Monday.",
         "Ashcombe Community Hospital in Dorset", "Ashcombe hospital"),
        ("location_headline_in_lead", "de", "Kundgebung vor dem Rathaus",
         "Rund 300 Eltern versammelten sich am Montag vor dem Rathaus in Kassel.", "Rathaus in Kassel", "Rathaus"),
        ("location_headline_in_lead", "es", "Protesta frente al Senado",
         "Cientos de maestros se concentraron frente al Senado en Montevideo.", "Senado en Montevideo", "Senado"),
        ("location_trailing_adjective", "fr", "Manif", "Des enseignants ont manifesté devant l'Assemblée nationale.",
         "l'Assemblée nationale", "l'Assemblée"),
        ("location_lower_venue", "en", "Rally", "Tenants rallied in front of the town hall in Maple Falls.",
         "the town hall in Maple Falls", None),
        ("location_dateline_date", "de", "Streik", "Berlin, 3. März (Reuters) – Tausende Beschäftigte streikten.",
         "Berlin", None),
        ("location_capitals_dateline", "de", "Demo", "HAMBURG taz | Im Café am Bahnhof sitzen vier Studenten. Später demonstrieren sie.",
         "Hamburg", None),
        ("location_capitals_dateline", "en", "Rally", "NAIROBI | On the eve of the vote, the square was quiet. Then nurses rallied.",
         "Nairobi", None),
    ],
)
def test_location_rules_switch_off_one_by_one(monkeypatch, rule, language, headline, paragraph, with_rule, without_rule):
    assert extract_event(headline, [paragraph], language=language).location == with_rule
    assert event_rules.LAST.get("location") == rule
    monkeypatch.setitem(event_rules.RULES, rule, False)
    from rallycrawl.extraction import event

    event._place_words.cache_clear()
    try:
        assert extract_event(headline, [paragraph], language=language).location == without_rule
    finally:
        event._place_words.cache_clear()


def test_headline_place_kept_when_the_lead_adds_no_name_or_names_another_place():
    # the lead adds only an article: the headline's place stands
    lead = "Some 300 students marched at the University of Westmarch on Friday."
    assert extract_event("Students march at University of Westmarch", [lead], language="en").location == "University of Westmarch"
    # the lead's place does not hold the headline's words: another place, not a more precise one
    lead = "About 400 nurses walked out at Brookvale Clinic in Dorset on Monday."
    assert extract_event("Nurses strike at Ashcombe hospital", [lead], language="en").location == "Ashcombe hospital"


# (language, headline, lead paragraph, phrases one of which the exported target contains)
TARGETS = [
 # a dispute with someone names whom the protest is against
 ("de", "Warnstreik im Hafen", "Rund 300 Hafenarbeiter streikten am Dienstag im Tarifkonflikt mit dem Betreiber Nordkai Logistik.", ["nordkai logistik"]),
 ("es", "Huelga en el puerto", "Unos 200 estibadores hicieron huelga en conflicto con la empresa Marítima Levante por los despidos.", ["marítima levante"]),
 ("fr", "Grève au port", "Environ 250 dockers ont fait grève jeudi, en conflit avec l'armateur Navale Provence sur les salaires.", ["navale provence"]),
 ("en", "Nurses picket ministry", "Hundreds of nurses protested outside the Ministry of Health in Nairobi on Monday, saying they had not been paid.", ["ministry of health"]),
 ("en", "Students occupy building", "Dozens of students have occupied the main administration building at Northfield University, demanding that the university cut its ties with arms makers.", ["university"]),
 ("en", "Farmers block roads", "Thousands of farmers drove tractors into the capital on Monday to protest against cuts to diesel subsidies.", ["cuts to diesel subsidies"]),
 ("en", "Climate march", "Several hundred climate activists marched to the headquarters of Northwind Energy in Houston on Wednesday.", ["northwind energy"]),
 ("en", "Rally at parliament", "Hundreds of teachers rallied outside Parliament on Tuesday over plans to close rural schools.", ["parliament", "rural schools"]),
 ("en", "Tenants protest", "Tenants protested outside the offices of Greystone Properties, their landlord, on Friday.", ["greystone properties"]),
 ("en", "Dockers strike", "Dockworkers at the port of Felixstowe went on strike on Sunday in a dispute with Harbourline Ports over pay.", ["harbourline ports"]),
 ("en", "Pension protest", "Tens of thousands marched on Thursday in protest against the government's pension reform.", ["government"]),
 ("en", "Council protest", "Residents demonstrated outside City Hall, demanding that the city council reverse its decision.", ["city council"]),
 ("en", "Nurses walk out", "Nurses at Mercy General Hospital walked out on Tuesday, the union said.", ["mercy general hospital"]),
 ("en", "Students rally", "Students rallied on campus to demand that the board of trustees divest from fossil fuels.", ["board of trustees"]),
 ("de", "Demo", "Zehntausende gingen am Wochenende in München gegen Rechtsextremismus auf die Straße.", ["rechtsextremismus"]),
 ("de", "Demo", "Tausende Menschen haben am Samstag in Berlin gegen die Bundesregierung demonstriert.", ["bundesregierung"]),
 ("de", "Streik", "Beschäftigte des Logistikkonzerns Nordfracht haben am Dienstag die Arbeit niedergelegt.", ["nordfracht"]),
 ("de", "Protest", "Mehrere hundert Landwirte protestierten vor dem Bundeslandwirtschaftsministerium in Berlin.", ["bundeslandwirtschaftsministerium"]),
 ("de", "Demo", "Die Demonstranten forderten die Landesregierung auf, die Kürzungen zurückzunehmen.", ["landesregierung"]),
 ("es", "Marcha", "Miles de personas marcharon por el centro de Madrid contra el Gobierno de Luis Ferrer.", ["gobierno"]),
 ("es", "Protesta", "Cientos de docentes se concentraron frente al Congreso para exigir al Gobierno un aumento salarial.", ["gobierno", "congreso"]),
 ("es", "Huelga", "Los trabajadores de Portuaria Sur iniciaron este martes una huelga por tiempo indeterminado.", ["portuaria sur"]),
 ("es", "Protesta", "Los vecinos exigieron que el Ayuntamiento reabra el centro de salud.", ["ayuntamiento"]),
 ("es", "Protesta", "Decenas de miles de personas salieron a las calles de Bogotá en protesta contra la reforma tributaria.", ["reforma tributaria"]),
 ("fr", "Manif", "Des milliers de manifestants ont défilé jeudi à Paris contre le gouvernement et sa réforme des retraites.", ["gouvernement"]),
 ("fr", "Manif", "Ils étaient 3 000 à défiler samedi dans les rues de Lyon contre la fermeture de la maternité.", ["fermeture de la maternité"]),
 ("fr", "Rassemblement", "Quelque 300 personnes se sont rassemblées samedi devant l'Assemblée nationale.", ["assemblée nationale"]),
 ("fr", "Grève", "Les salariés de Verdal Industries sont en grève depuis lundi.", ["verdal industries"]),
 ("fr", "Manif", "Les manifestants exigent que le gouvernement retire son projet de loi.", ["gouvernement"]),
 ("fr", "Manif", "Plusieurs centaines de personnes ont manifesté devant le ministère de la Santé.", ["ministère de la santé"]),
 ("it", "Protesta", "Migliaia di persone sono scese in piazza a Roma per protestare contro il governo.", ["governo"]),
 ("it", "Corteo", "Centinaia di studenti hanno sfilato in corteo a Milano contro i tagli all'istruzione.", ["tagli all'istruzione"]),
 ("it", "Sciopero", "I lavoratori della Acciaierie Lombarde hanno incrociato le braccia lunedì.", ["acciaierie lombarde"]),
 ("it", "Presidio", "Un centinaio di lavoratori ha manifestato davanti al Ministero del Lavoro.", ["ministero del lavoro"]),
 ("pt", "Protesto", "Milhares de pessoas protestaram neste domingo em Lisboa contra o governo.", ["governo"]),
 ("pt", "Protesto", "Cerca de 2 mil professores fizeram uma manifestação em frente ao Palácio do Planalto.", ["palácio do planalto"]),
 ("pt", "Greve", "Os trabalhadores da Metalúrgica Vale Sul entraram em greve nesta segunda-feira.", ["metalúrgica vale sul"]),
 ("pt", "Protesto", "Os manifestantes exigem que o governo revogue a reforma.", ["governo"]),
 ("nl", "Demo", "Duizenden mensen hebben zaterdag in Den Haag gedemonstreerd tegen het kabinet.", ["kabinet"]),
 ("nl", "Staking", "Het personeel van Rijnvaart Logistiek legde dinsdag het werk neer.", ["rijnvaart logistiek"]),
 ("nl", "Actie", "Boeren voerden actie bij het ministerie van Landbouw in Den Haag.", ["ministerie van landbouw"]),
 ("nl", "Demo", "De demonstranten eisen dat het kabinet de bezuinigingen terugdraait.", ["kabinet"]),
 # rule target_addressee: whom the protesters ask to act, after a verb of asking
 ("de", "Protest", "Die Anwohner verlangen vom Senat einen sofortigen Baustopp am Lindenufer.", ["senat"]),
 ("de", "Protest", "Die Demonstrierenden warfen dem Bürgermeister Jens Falkner vor, die Anwohner zu übergehen.", ["jens falkner"]),
 ("es", "Protesta", "Los vecinos instaron al Ayuntamiento de Valdeluz a reabrir el centro de salud.", ["ayuntamiento de valdeluz"]),
 ("es", "Protesta", "Los manifestantes exigieron a las autoridades la liberación de los detenidos.", ["autoridades"]),
 ("fr", "Manif", "Les manifestants demandent au ministre de la Santé de renoncer à la fermeture.", ["ministre de la santé"]),
 ("fr", "Grève", "Les grévistes réclament à la direction de Verdal une hausse des salaires.", ["direction de verdal"]),
 ("it", "Presidio", "I sindacati chiedono alle istituzioni di intervenire subito.", ["istituzioni"]),
 ("pt", "Protesto", "Os professores cobram da prefeitura a reabertura da escola.", ["prefeitura"]),
 ("nl", "Actie", "De boeren eisen van de minister een nieuw mestplan.", ["minister"]),
 # rule target_opponents: what the protesters are named the opponents of
 ("en", "Rally", "Hundreds of opponents of the planned Harlow incinerator rallied on Monday.", ["harlow incinerator"]),
 ("en", "Rally", "Residents opposed to the Brackwater bypass marched through the town.", ["brackwater bypass"]),
 ("en", "Protest", "For weeks, opponents of the proposed $2.4-billion Kestrel pipeline have camped by the river.", ["kestrel pipeline"]),
 ("de", "Demo", "Tausende Gegner der Rentenreform zogen am Samstag durch Lindau.", ["rentenreform"]),
 ("es", "Marcha", "Miles de opositores a la reforma judicial marcharon en Valdeluz.", ["reforma judicial"]),
 ("fr", "Manif", "Les opposants à la réforme des retraites ont défilé à Verneuil.", ["réforme des retraites"]),
 ("it", "Corteo", "Centinaia di oppositori del nuovo inceneritore hanno sfilato a Borgoverde.", ["inceneritore"]),
 ("pt", "Protesto", "Milhares de opositores da reforma protestaram em Vila Serena.", ["reforma"]),
 ("nl", "Demo", "Honderden tegenstanders van de nieuwe snelweg demonstreerden in Veldhoven.", ["snelweg"]),
 ("no", "Demo", "Hundrevis av motstandere av vindkraftverket demonstrerte i Fjellby.", ["vindkraftverket"]),
 # the house named after its kind ("vor der Zentrale des …", "the annual general meeting of …")
 ("de", "Protest", "Rund 200 Menschen protestierten vor der Zentrale des Energiekonzerns Nordlicht.", ["nordlicht"]),
 ("en", "AGM protest", "Shareholder activists waved banners at the annual meeting of Kestrel Foods in Dunmore on Tuesday.", ["kestrel foods"]),
 # the employer named after "employed by", "beschäftigt bei", "contratados por", "employés par"
 ("en", "Cleaners strike", "Cleaners employed by Brightway Facilities walked off the job on Monday.", ["brightway facilities"]),
 ("de", "Streik", "Die Reinigungskräfte, beschäftigt bei der Glanzwerk GmbH, legten am Montag die Arbeit nieder.", ["glanzwerk"]),
 ("es", "Huelga", "Los limpiadores contratados por Brillosur iniciaron el lunes una huelga.", ["brillosur"]),
 ("fr", "Grève", "Les salariés employés par Netclair ont cessé le travail lundi.", ["netclair"]),
]


@pytest.fixture
def analyse(monkeypatch):
    """analyse_article with every invented paragraph read as a protest report (the relevance
    score is not what these cases test)."""
    from rallycrawl.extraction import analysis

    monkeypatch.setattr(analysis, "score_protest", lambda *a, **k: (True, 1.0))
    return lambda headline, paragraph, language: analysis.analyse_article(
        headline, [paragraph], published="2024-03-05", language=language
    )


@pytest.mark.parametrize("language, headline, paragraph, phrases", TARGETS)
def test_targets_in_seven_languages(analyse, language, headline, paragraph, phrases):
    target = analyse(headline, paragraph, language).event.target
    assert target and any(p in target.lower() for p in phrases), target


@pytest.mark.parametrize(
    "rule, language, paragraph, with_rule",
    [
        ("target_demand_that", "en", "Students rallied to demand that the board of trustees divest from fossil fuels.",
         "the board of trustees"),
        ("target_demand_that", "es", "Los vecinos exigieron que el Ayuntamiento reabra el centro de salud.", "el Ayuntamiento"),
        ("target_demand_that", "nl", "De demonstranten eisen dat het kabinet de bezuinigingen terugdraait.", "het kabinet"),
        ("target_institution_house", "en", "Nurses protested outside the Ministry of Health in Nairobi.", "Ministry of Health"),
        ("target_institution_house", "fr", "Des enseignants ont manifesté devant le ministère de la Santé.",
         "ministère de la Santé"),
        ("target_institution_house", "it", "I lavoratori hanno manifestato davanti al Ministero del Lavoro.",
         "Ministero del Lavoro"),
        ("target_language_words", "it", "I lavoratori della Acciaierie Lombarde hanno incrociato le braccia.",
         "Acciaierie Lombarde"),
        ("target_language_words", "fr", "Ils étaient 3 000 à défiler à Lyon contre la fermeture de la maternité.",
         "la fermeture de la maternité"),
        ("target_change_noun_pp", "en", "Farmers rallied to protest against cuts to diesel subsidies.",
         "cuts to diesel subsidies"),
        ("target_addressee", "es", "Los vecinos instaron al Ayuntamiento de Valdeluz a reabrir el centro.",
         "Ayuntamiento de Valdeluz"),
        ("target_addressee", "fr", "Les manifestants demandent au ministre de la Santé de renoncer.",
         "ministre de la Santé"),
        ("target_institution_house", "de", "Rund 200 Menschen protestierten vor der Zentrale des Konzerns Nordlicht.",
         "Konzerns Nordlicht"),
        ("target_opponents", "en", "Hundreds of opponents of the planned Harlow incinerator rallied on Monday.",
         "the planned Harlow incinerator"),
        ("target_opponents", "fr", "Les opposants à la réforme des retraites ont défilé à Verneuil.",
         "la réforme des retraites"),
    ],
)
def test_target_rules_switch_off_one_by_one(monkeypatch, rule, language, paragraph, with_rule):
    from rallycrawl.extraction.event import _target_words, find_target

    _target_words.cache_clear()
    try:
        assert find_target("Protest", [paragraph], language) == with_rule
        assert event_rules.LAST.get("target") == rule
        monkeypatch.setitem(event_rules.RULES, rule, False)
        _target_words.cache_clear()
        assert find_target("Protest", [paragraph], language) != with_rule
    finally:
        _target_words.cache_clear()


def test_a_known_place_after_a_named_cue_is_no_target(monkeypatch):
    from rallycrawl.extraction.event import _target_words, find_target

    paragraph = "Unos 200 estibadores hicieron huelga en Valencia, en conflicto con la empresa Marítima Levante."
    _target_words.cache_clear()
    try:
        assert find_target("Huelga", [paragraph], "es") == "la empresa Marítima Levante"
        monkeypatch.setitem(event_rules.RULES, "target_named_not_place", False)
        _target_words.cache_clear()
        assert find_target("Huelga", [paragraph], "es") == "Valencia"
    finally:
        _target_words.cache_clear()


def test_an_institution_reached_by_ties_is_no_venue():
    from rallycrawl.extraction.event import find_target

    paragraph = "A coalition of groups, some with close ties to the White House, backed the rallies."
    assert find_target("Rallies", [paragraph], "en") is None


def test_as_opposed_to_names_no_target():
    from rallycrawl.extraction.event import find_target

    assert find_target("March", ["The march in Elmwood, as opposed to last year's, was calm."], "en") is None


def test_the_town_after_an_italian_ministry_is_not_part_of_the_target(analyse):
    """ "davanti al Ministero del Lavoro a Borgoverde": "a" opens the town, it is no word of the name."""
    event = analyse("Presidio", "Centinaia di lavoratori hanno protestato davanti al Ministero del Lavoro a Borgoverde.", "it").event
    assert event.target == "Ministero del Lavoro"
