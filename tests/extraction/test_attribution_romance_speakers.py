"""Spanish, French, Italian and Portuguese speakers: a role noun with the organisation it belongs to after the
verb ('dijo la vocal de la Asociación Vecinal'), a verb before the quotation whose subject follows it after a
relative or "as" ('que resume la dirigente:', 'comme le raconte le délégué :'), a note mark glued to a name
('Bastien*'); each rule on sentences and names written for these tests (none is taken from a page), and
switched off alone."""

import pytest

from rallycrawl.extraction.quotes import extract_quotes

#: (the rules off by default as tune-only are switched on here: each test shows what one does)
pytestmark = pytest.mark.usefixtures("tune_only_rules_on")


def speakers(*paragraphs, language):
    return [q.speaker for q in extract_quotes(list(paragraphs), language=language).quotes]


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        # the person of that organisation, past a later person of the same gender
        ("es", ["Marcos Teruel, secretario del Sindicato Minero, habló primero. Luego habló Julián Berrocal.",
                "«No vamos a parar», dijo el dirigente del Sindicato Minero."], "Marcos Teruel"),
        ("fr", ["Théo Marchal, délégué de la CGT, a pris la parole. Puis Gaël Ropars a parlé.",
                "« Nous ne lâcherons rien », a lancé le délégué de la CGT."], "Théo Marchal"),
        # initials for the name: 'de la AVC' after "Asociación de Vecinos del Cerro"
        ("es", ["Lucía Berrondo, de la Asociación de Vecinos del Cerro, habló. Luego habló Marta Quiles.",
                "«Estamos apoyando el pedido», dijo la referente de la AVC."], "Lucía Berrondo"),
        # nobody of that organisation: whom "ella" would mean
        ("es", ["Lucía Berrondo encabezó la marcha.", "«Estamos apoyando el pedido», dijo la referente de la AVC."],
         "Lucía Berrondo"),
        ("it", ["Giulia Ferretti ha guidato il corteo.", "«Non ci fermeremo», ha detto la sindacalista della Fiom."],
         "Giulia Ferretti"),
        ("fr", ["Anne Roux a pris la parole.", "« Nous ne lâcherons rien », a lancé la militante d'Attac."], "Anne Roux"),
    ],
)
def test_epithet_of_organisation(language, paragraphs, speaker):
    assert speakers(*paragraphs, language=language) == [speaker]


def test_epithet_of_organisation_other_organisation():
    # the person "il" would mean belongs to another organisation: not them (borrowed as before the rule)
    paragraphs = ["Théo Marchal, délégué de Sud Rail, a pris la parole.",
                  "« Nous ne lâcherons rien », a lancé le délégué de la CGT."]
    found = extract_quotes(paragraphs, language="fr").quotes[0]
    assert found.rule != "epithet_of_organisation"


def test_epithet_of_organisation_person_after():
    # a first name after "de" is a person's ('la madre de Lucía Pérez'), no organisation
    paragraphs = ["Marta Quiles encabezó la marcha.", "«Queremos justicia», dijo la madre de Lucía Pérez."]
    found = extract_quotes(paragraphs, language="es").quotes[0]
    assert found.rule != "epithet_of_organisation"


def test_epithet_of_organisation_off(rule_off):
    paragraphs = ["Marcos Teruel, secretario del Sindicato Minero, habló primero. Luego habló Julián Berrocal.",
                  "«No vamos a parar», dijo el dirigente del Sindicato Minero."]
    rule_off("epithet_of_organisation")
    assert speakers(*paragraphs, language="es") != ["Marcos Teruel"]


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        ("es", ["Lucía Berrondo, de la Asociación de Vecinos del Cerro, habló. Luego habló Marta Quiles.",
                "La protesta trae reclamos, que resume la dirigente de la AVC: «Estamos apoyando el pedido»."],
         "Lucía Berrondo"),
        ("es", ["El conflicto sigue, como lo explica la abogada Rocío Sandoval: «No hay salida»."], "Rocío Sandoval"),
        ("fr", ["Théo Marchal, délégué de la CGT, a pris la parole. Puis Gaël Ropars a parlé.",
                "La colère monte, comme le raconte le délégué de la CGT : « Nous ne lâcherons rien. »"],
         "Théo Marchal"),
        ("pt", ["A greve continua, como explica a dirigente Helena Saraiva: «Não vamos recuar»."], "Helena Saraiva"),
    ],
)
def test_inverted_cue_before(language, paragraphs, speaker):
    assert speakers(*paragraphs, language=language) == [speaker]


def test_inverted_cue_before_off(rule_off):
    paragraphs = ["Lucía Berrondo, de la Asociación de Vecinos del Cerro, habló. Luego habló Marta Quiles.",
                  "La protesta trae reclamos, que resume la dirigente de la AVC: «Estamos apoyando el pedido»."]
    rule_off("inverted_cue_before")
    assert speakers(*paragraphs, language="es") != ["Lucía Berrondo"]


def test_colon_name_opens_with_capital():
    # 'que resume la dirigente de la AVC:' names nobody called "de la AVC"
    paragraphs = ["La protesta trae reclamos, que resume la dirigente de la AVC: «Estamos apoyando el pedido»."]
    assert speakers(*paragraphs, language="es") == [None]


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        ("fr", ["La précarité pèse, comme nous le raconte Bastien*, 32 ans, chargé de cours. "
                "« Je suis inquiet, glisse-t-il. J'ai peur. »"], "Bastien"),
        ("de", ["„Wir sind müde“, sagt Jannik†."], "Jannik"),
    ],
)
def test_footnote_mark(language, paragraphs, speaker):
    assert speakers(*paragraphs, language=language) == [speaker]


def test_footnote_mark_off(rule_off):
    rule_off("footnote_mark")
    # (a name no test above reads: word tokens are shared, read once)
    paragraphs = ["La précarité pèse, comme nous le raconte Corentin*, 32 ans. « Je suis inquiet, glisse-t-il. »"]
    assert speakers(*paragraphs, language="fr") != ["Corentin"]


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        ("es", ["«La dirección rompió el acuerdo», afirmó un integrante del Sindicato Ferroviario a este diario."],
         "Sindicato Ferroviario"),
        ("es", ["Según un miembro de la Federación Ganadera, «la cosecha está perdida»."], "Federación Ganadera"),
        ("fr", ["« Nous ne lâcherons rien », a déclaré un membre du collectif Sauvons le Marais."], "Sauvons le Marais"),
        ("fr", ["Selon une responsable de la Fédération Sud Santé, « la situation est grave »."], "Fédération Sud Santé"),
        ("pt", ["«Não vamos recuar», disse um integrante do Movimento Terra Livre."], "Movimento Terra Livre"),
        # sources of an organisation, then the sources alone: that organisation, never the outlet spoken to
        ("es", ["En tanto, fuentes de Transportes Orellana dijeron a La Voz del Sur que «la compañía decidió esperar».",
                "«Tenemos un compromiso con la ciudad», explicaron las fuentes."],
         ["Transportes Orellana", "Transportes Orellana"]),
    ],
)
def test_member_of_organisation(language, paragraphs, speaker):
    assert speakers(*paragraphs, language=language) == (speaker if isinstance(speaker, list) else [speaker])


def test_member_of_organisation_a_person():
    # a member of a family is somebody unnamed, no organisation
    paragraphs = ["«La cosecha está perdida», dijo un miembro de la familia Pérez."]
    assert speakers(*paragraphs, language="es") != ["familia Pérez"]


def test_member_of_organisation_off(rule_off):
    rule_off("member_of_organisation")
    paragraphs = ["«La dirección rompió el acuerdo», afirmó un integrante del Sindicato Ferroviario a este diario."]
    assert speakers(*paragraphs, language="es") == [None]


SOURCES_AFTER_PERSON = [
    "En tanto, fuentes de Transportes Orellana dijeron que «la compañía decidió esperar». El ministro Ramón Gil "
    "respondió: «No es cierto». «Tenemos un compromiso con la ciudad», explicaron las fuentes."
]


def test_member_sources_after_person():
    # the sources are the organisation's, not the person quoted just before
    assert speakers(*SOURCES_AFTER_PERSON, language="es") == ["Transportes Orellana", "Ramón Gil", "Transportes Orellana"]


def test_member_sources_off(rule_off):
    rule_off("member_sources")
    assert speakers(*SOURCES_AFTER_PERSON, language="es")[2] == "Ramón Gil"


CAMILLE = "Camille Rouanet, étudiante en droit, attend devant la faculté."
CAMILA = "Camila Ortega, estudiante de derecho, espera frente a la facultad."


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        ("fr", [CAMILLE, "Assise sur un banc, la jeune femme s'inquiète des suites du mouvement : « Nous ne savons rien. »"],
         "Camille Rouanet"),
        ("fr", [CAMILLE, "L'étudiante reste prudente : « Nous ne savons rien. »"], "Camille Rouanet"),
        ("es", [CAMILA, "Sentada en un banco, la joven se muestra preocupada: «No sabemos nada»."], "Camila Ortega"),
        ("es", [CAMILA, "La dirigente fue clara: «No sabemos nada»."], "Camila Ortega"),
        # of the other gender: nobody
        ("es", [CAMILA, "El dirigente fue claro: «No sabemos nada»."], None),
    ],
)
def test_colon_epithet_subject(language, paragraphs, speaker):
    assert speakers(*paragraphs, language=language) == [speaker]


def test_colon_epithet_subject_off(rule_off):
    rule_off("colon_epithet_subject")
    rule_off("epithet_subject")  # (which reads "La dirigente" as the sentence's subject too)
    assert speakers(CAMILA, "La dirigente fue clara: «No sabemos nada».", language="es") == [None]


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        ("fr", [CAMILLE, "La grève est pour elle une nécessité : « Nous ne savons rien. »"], "Camille Rouanet"),
        ("es", [CAMILA, "La huelga es para ella una necesidad: «No sabemos nada»."], "Camila Ortega"),
        ("es", [CAMILA, "La huelga es para él una necesidad: «No sabemos nada»."], None),
    ],
)
def test_colon_viewpoint(language, paragraphs, speaker):
    assert speakers(*paragraphs, language=language) == [speaker]


def test_colon_viewpoint_off(rule_off):
    rule_off("colon_viewpoint")
    assert speakers(CAMILA, "La huelga es para ella una necesidad: «No sabemos nada».", language="es") == [None]


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        ("es", ["«No habrá vuelta atrás», señaló el Sindicato de enfermería de Castilla."],
         "Sindicato de enfermería de Castilla"),
        ("es", ["«No habrá clases», advirtió el Sindicato de Trabajadores de la Educación de Castilla en un comunicado."],
         "Sindicato de Trabajadores de la Educación de Castilla"),
        # registered whole, for a later role noun
        ("es", ["El Sindicato de enfermería de Castilla convocó la huelga. «No habrá vuelta atrás», señaló el sindicato."],
         "Sindicato de enfermería de Castilla"),
        ("fr", ["« Rien n'est réglé », a réagi le Syndicat des travailleurs du rail dans un communiqué."],
         "Syndicat des travailleurs du rail"),
        ("fr", ["« Rien n'est réglé », a réagi la Fédération des parents d'élèves."],
         "Fédération des parents d'élèves"),
        ("pt", ["«Não vamos recuar», afirmou o Sindicato dos professores de Porto Alegre."],
         "Sindicato dos professores de Porto Alegre"),
        # a verb after the name ends it
        ("es", ["Ayer la Federación de estudiantes convocó una marcha. «Queremos respuestas», dijo la federación."],
         "Federación de estudiantes"),
    ],
)
def test_sentence_case_org(language, paragraphs, speaker):
    assert speakers(*paragraphs, language=language) == [speaker]


def test_sentence_case_org_off(rule_off):
    rule_off("sentence_case_org")
    paragraphs = ["«No habrá vuelta atrás», señaló el Sindicato de enfermería de Castilla."]
    assert speakers(*paragraphs, language="es") != ["Sindicato de enfermería de Castilla"]


@pytest.mark.parametrize(
    "paragraphs, speaker",
    [
        (["«Não vamos recuar», disse Maria das Dores, dirigente do sindicato."], "Maria das Dores"),
        (["Maria das Dores, dirigente do sindicato, afirmou que «não vamos recuar»."], "Maria das Dores"),
        (["Segundo Maria das Dores, «não vamos recuar»."], "Maria das Dores"),
    ],
)
def test_language_particles(paragraphs, speaker):
    assert speakers(*paragraphs, language="pt") == [speaker]


def test_language_particles_not_german():
    # German "das" is an article, never inside a name
    assert speakers("„Wir bleiben hier“, sagte Anna Beispiel, das Mitglied der Initiative.", language="de") == [
        "Anna Beispiel"
    ]


def test_article_a_subject_phrase(rule_off):
    paragraphs = ["«O governo não ouve», disse a presidente do Sindicato dos Bancários, Ana Paula Ramos."]
    assert speakers(*paragraphs, language="pt") == ["Ana Paula Ramos"]
    rule_off("article_a_subject_phrase")
    # ('a presidente do Sindicato dos' was read as the phrase spoken to)
    assert speakers(*paragraphs, language="pt") != ["Ana Paula Ramos"]


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        ("fr", ["Du côté de la CGT, on estime que « la réforme est injuste »."], "CGT"),
        ("fr", ["Côté Sud Rail, on dénonce « une provocation »."], "Sud Rail"),
    ],
)
def test_viewpoint_side(language, paragraphs, speaker):
    assert speakers(*paragraphs, language=language) == [speaker]


def test_infinitive_cue(rule_off):
    paragraphs = ["« La porte reste ouverte », a affirmé Paul Brunet sur Radio Vallée, avant d'ajouter : « Nous discuterons. »"]
    assert speakers(*paragraphs, language="fr") == ["Paul Brunet", "Paul Brunet"]
    rule_off("infinitive_cue")
    assert speakers(*paragraphs, language="fr") == ["Paul Brunet", None]


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        ("es", ["Rosa Quintero vive en el barrio desde siempre.",
                "«Hace tres meses que no tenemos agua», cuenta mientras sostiene un cartel."], "Rosa Quintero"),
        ("fr", ["Nadia Benali attend devant l'hôpital.", "« On nous méprise », raconte quand on l'interroge."],
         "Nadia Benali"),
        # (a subject after the verb is read as before)
        ("es", ["«Hace tres meses que no tenemos agua», cuenta Rosa Quintero mientras sostiene un cartel."],
         "Rosa Quintero"),
    ],
)
def test_conjunction_after_verb(language, paragraphs, speaker):
    assert speakers(*paragraphs, language=language) == [speaker]


def test_conjunction_after_verb_off(rule_off):
    rule_off("conjunction_after_verb")
    paragraphs = ["Rosa Quintero vive en el barrio desde siempre.",
                  "«Hace tres meses que no tenemos agua», cuenta mientras sostiene un cartel."]
    assert speakers(*paragraphs, language="es") == [None]


def test_language_particles_after_de(rule_off):
    paragraphs = ["«No vamos a aceptar despidos», dijo María de los Ángeles Quiroga, delegada del gremio."]
    assert speakers(*paragraphs, language="es") == ["María de los Ángeles Quiroga"]


def test_acronym_organisation(rule_off):
    paragraphs = ["ATEP convocó a un paro nacional. «No vamos a aceptar despidos», señaló el gremio en un comunicado."]
    assert speakers(*paragraphs, language="es") == ["ATEP"]
    # (an acronym inside a longer name is read with it)
    assert speakers("La CGTR convocó a un paro. «No vamos a aceptar despidos», señaló el gremio.", language="es") == ["CGTR"]
    rule_off("acronym_organisation")
    assert speakers(*paragraphs, language="es") == [None]


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        # the management of an organisation speaks for it (GENERIC_SPOKESPEOPLE)
        ("fr", ["« Aucune décision n'a été prise », a réagi la direction de Renault."], "Renault"),
        ("es", ["La dirección del Hospital Central aseguró que «no hubo despidos»."], "Hospital Central"),
        # French "ne" before the verb is no part of its subject
        ("fr", ["Le délégué CGT Thomas Rieux ne dit pas autre chose : « On nous jette. »"], "Thomas Rieux"),
    ],
)
def test_romance_data(language, paragraphs, speaker):
    assert speakers(*paragraphs, language=language) == [speaker]


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        ("es", ["Héctor Dalmasso encabezó el acto.", "El dirigente sostuvo que «la unidad es fundamental»."],
         "Héctor Dalmasso"),
        ("fr", ["Sophie Berthier était en tête du cortège.",
                "La secrétaire générale de la FSU a dénoncé « un passage en force »."], "Sophie Berthier"),
        ("es", ["Jorge Lezcano recibió a los vecinos. El alcalde aseguró que «las puertas están abiertas»."],
         "Jorge Lezcano"),
        # of the other gender: nobody
        ("es", ["Marta Quiles encabezó la marcha.", "El dirigente sostuvo que «no habrá vuelta atrás»."], None),
    ],
)
def test_epithet_subject_cue(language, paragraphs, speaker):
    assert speakers(*paragraphs, language=language) == [speaker]


def test_epithet_subject_cue_off(rule_off):
    rule_off("epithet_subject_cue")
    paragraphs = ["Héctor Dalmasso encabezó el acto.", "El dirigente sostuvo que «la unidad es fundamental»."]
    assert speakers(*paragraphs, language="es") == [None]


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        ("fr", ["Le Syndicat national des enseignants a appelé à la grève. « Rien n'est réglé », estime le syndicat."],
         "Syndicat national des enseignants"),
        ("fr", ["« Rien n'est réglé », a réagi la Confédération générale du travail."], "Confédération générale du travail"),
        ("it", ["«Il contratto è scaduto», ha dichiarato il Sindacato nazionale della scuola."],
         "Sindacato nazionale della scuola"),
        # an adjective with no "of" after it stays out
        ("es", ["«No hay acuerdo», dijo el Sindicato nacional."], "Sindicato"),
    ],
)
def test_org_name_adjective(language, paragraphs, speaker):
    assert speakers(*paragraphs, language=language) == [speaker]


def test_org_name_adjective_off(rule_off):
    rule_off("org_name_adjective")
    paragraphs = ["« Rien n'est réglé », a réagi la Confédération générale du travail."]
    assert speakers(*paragraphs, language="fr") != ["Confédération générale du travail"]


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        ("fr", ["« Le rassemblement est interdit », a indiqué la préfecture."], "préfecture"),
        ("fr", ["« Nous irons jusqu'au bout », a fait savoir l'intersyndicale dans un communiqué."], "intersyndicale"),
        ("es", ["«Hubo tres detenidos», informó la policía."], "policía"),
        # a capitalised name is read as before
        ("es", ["«Hubo tres detenidos», informó la Policía de la Ciudad."], "Policía de la Ciudad"),
    ],
)
def test_article_institution_romance(language, paragraphs, speaker):
    assert speakers(*paragraphs, language=language) == [speaker]


def test_article_institution_romance_off(rule_off):
    rule_off("article_institution")
    assert speakers("« Le rassemblement est interdit », a indiqué la préfecture.", language="fr") == [None]


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        # Portuguese "a" is the definite article before an organisation's name after the verb
        ("pt", ["“O diálogo permanece aberto”, informou a Secretaria de Saúde."], "Secretaria de Saúde"),
        ("pt", ["Em nota, a Secretaria de Saúde informou que “o diálogo permanece aberto”."], "Secretaria de Saúde"),
        # "Rete" names an organisation (it ORG_WORDS)
        ("it", ["Ma secondo la Rete dei Comitati, «i fondi non arrivano mai»."], "Rete dei Comitati"),
        ("es", ["Pero para la Unión Vecinal, «los fondos nunca llegan»."], "Unión Vecinal"),
    ],
)
def test_romance_articles_and_viewpoints(language, paragraphs, speaker):
    assert speakers(*paragraphs, language=language) == [speaker]


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        ("it", ["«Non vogliamo scuole a pezzi», ha detto Chiara Fabbri, 17 anni.",
                "Accanto a lei, il compagno di classe Marco Zanoni annuisce.",
                "«Ci dicono che siamo il futuro», spiega."], "Marco Zanoni"),
        ("es", ["«No queremos escuelas rotas», dijo Clara Fábregas, de 17 años.",
                "Junto a ella, el delegado de curso Marcos Zamora asiente.",
                "«Dicen que somos el futuro», explica."], "Marcos Zamora"),
    ],
)
def test_early_name_after_opening(language, paragraphs, speaker):
    assert speakers(*paragraphs, language=language)[-1] == speaker


def test_early_name_after_opening_off(rule_off):
    rule_off("early_name_after_opening")
    paragraphs = ["«Non vogliamo scuole a pezzi», ha detto Chiara Fabbri, 17 anni.",
                  "Accanto a lei, il compagno di classe Marco Zanoni annuisce.", "«Ci dicono che siamo il futuro», spiega."]
    assert speakers(*paragraphs, language="it")[-1] != "Marco Zanoni"


def test_words_of_spanish():
    assert speakers("«Estamos cansados de esperar», en palabras de Rodrigo Sáez.", language="es") == ["Rodrigo Sáez"]
