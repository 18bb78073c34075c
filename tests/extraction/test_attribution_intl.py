"""Attribution outside English: how German, Spanish, French, Italian, Portuguese, Dutch and
Norwegian news name who speaks, each rule on sentences and names written for these tests
(none is taken from a page), and switched off alone."""

import pytest

from rallycrawl.extraction import attribution
from rallycrawl.extraction.quotes import extract_quotes


def speakers(*paragraphs, language):
    return [q.speaker for q in extract_quotes(list(paragraphs), language=language).quotes]


def test_name_gender(rule_off):
    german = ["Dietmar Kohlhase sprach zuerst.", "Hiltrud Wegener antwortete ihm.", "„Das ist nicht finanzierbar“, sagte er."]
    norwegian = ["Torbjørn Vik la fram tilbudet.", "Ragnhild Sæther avviste det.", "– Vi har lagt fram et godt tilbud, sier han."]
    assert speakers(*german, language="de") == ["Dietmar Kohlhase"]
    assert speakers(*norwegian, language="no") == ["Torbjørn Vik"]
    rule_off("name_gender")
    assert speakers(*german, language="de") == ["Hiltrud Wegener"]
    assert speakers(*norwegian, language="no") == ["Ragnhild Sæther"]


def test_name_gender_leaves_names_of_either_gender_open():
    # gender-guesser gives "Lee" mostly to men: a "she" may still mean Lee Ashdown
    paragraphs = ["Lee Ashdown is a lawyer for the tenants.", '"We will appeal," she said.']
    assert speakers(*paragraphs, language="en") == ["Lee Ashdown"]


def test_apposition_subject(rule_off):
    german = [
        "Hiltrud Wegener sprach zuerst.",
        "Der Verhandlungsführer der Kommunen, Dietmar Kohlhase, wies die Vorwürfe zurück. "
        "Die Forderungen seien „nicht finanzierbar“, sagte er dem Sender.",
    ]
    spanish = ["Lucía Carrasco habló.", "El ministro de Vivienda, Ignacio Beltrán, rechazó las críticas. «No es así», dijo."]
    french = ["Karim Benhadi a parlé.", "La proviseure, Hélène Roussel, se dit inquiète. « Nous avons prévenu la police », précise-t-elle."]
    assert speakers(*german, language="de") == ["Dietmar Kohlhase"]
    assert speakers(*spanish, language="es") == ["Ignacio Beltrán"]
    assert speakers(*french, language="fr") == ["Hélène Roussel"]
    english = ["John Roe spoke first.", 'The president, Mark Doe, rejected the claims. "It is not so," he said.']
    assert speakers(*english, language="en") == ["Mark Doe"]
    rule_off("apposition_subject")
    # (named_in_paragraph finds him too, the man the paragraph last named)
    rule_off("named_in_paragraph")
    rule_off("named_pronoun")  # (which finds the person too: a full name of that gender within reach)
    rule_off("apposition_role_title")  # (which gives him the role "president", for the role noun)
    rule_off("role_noun_around_name")  # (which does too, from the noun before his comma: stop 31)
    assert speakers(*english, language="en") == ["John Roe"]  # (the role read as the man named before)
    # (German: article_role_subject reads 'Der Verhandlungsführer' as a man, the latest one)
    assert speakers(*german, language="de") == ["Dietmar Kohlhase"]


@pytest.mark.parametrize(
    "language, text, speaker, title",
    [
        ("de", "„Wir werden nicht gehört“, sagt Landwirtin Kerstin Ahlers.", "Kerstin Ahlers", "Landwirtin"),
        ("de", "Bündnissprecherin Johanna Kessler sagte: „Wir bleiben.“", "Johanna Kessler", "Bündnissprecherin"),
        ("de", "„Wir bleiben“, sagt Gewerkschaftschef Moritz Lang.", "Moritz Lang", "Gewerkschaftschef"),
        ("en", '"We stay," said Teamster Bob Lane.', "Bob Lane", "Teamster"),
        ("de", "„Wir bleiben“, sagt Anna Maria Weber.", "Anna Maria Weber", None),
    ],
)
def test_first_name_starts_name(language, text, speaker, title):
    [quote] = extract_quotes([text], language=language).quotes
    assert (quote.speaker, quote.speaker_title) == (speaker, title)
    assert quote.organisation is None  # (a descriptor is no organisation)


@pytest.mark.parametrize(
    "language, text, speaker",
    [
        ("en", '"We stay," said J. David Calloway Sr.', "J. David Calloway Sr."),  # (an initial is part of the name)
        ("en", '"We stay," said Yaftal Qadiri Durrakhel.', "Yaftal Qadiri Durrakhel"),  # (an unknown word may be a name)
        ("en", '"We stay," said Cllr Louise Fenwick.', "Louise Fenwick"),
    ],
)
def test_first_name_starts_name_keeps_name_words(language, text, speaker):
    assert speakers(text, language=language) == [speaker]


def test_first_name_starts_name_gives_the_gender(rule_off):
    paragraphs = ["Dietmar Kohlhase sprach zuerst.", "Danach kam Krankenschwester Melanie Ostrowski zu Wort.", "„Wir sind am Limit“, sagte sie."]
    assert speakers(*paragraphs, language="de") == ["Melanie Ostrowski"]
    rule_off("first_name_starts_name")
    assert speakers("„Wir bleiben“, sagt Landwirtin Kerstin Ahlers.", language="de") == ["Landwirtin Kerstin Ahlers"]


NAMED_IN_PARAGRAPH = [
    ("de", ["„Wir fordern mehr Geld“, sagte Hiltrud Wegener.",
            "Unterstützung bekamen die Streikenden von der Grünen-Politikerin Sabine Feldhaus. Sie sagte: „Das ist gerecht.“"],
     ["Hiltrud Wegener", "Sabine Feldhaus"]),
    ("de", ["„Wir fordern mehr Geld“, sagte Hiltrud Wegener.",
            "Unter den Demonstrierenden war auch die Rentnerin Gisela Pohl. Seit 30 Jahren wohnt sie im Viertel. "
            "„Jetzt soll ich das Doppelte zahlen“, sagt sie."],
     ["Hiltrud Wegener", "Gisela Pohl"]),
    ("de", ["„Wir fordern mehr Geld“, sagte Hiltrud Wegener.",
            "Noch wartet Tobias Kranich ab. Doch der Aktivist der Mieterinitiative sagt auch: »Wir sind bereit.«"],
     ["Hiltrud Wegener", "Tobias Kranich"]),
    ("it", ["«Andiamo avanti», ha detto Paolo Ranieri.",
            "Tra i manifestanti c'era anche Lucia Moretti, insegnante precaria. «Aspetto un contratto da anni», racconta."],
     ["Paolo Ranieri", "Lucia Moretti"]),
    ("es", ["«Vamos a seguir», dijo Lucía Carrasco.",
            "Entre los manifestantes estaba Andrés Villalba, un profesor de 38 años. «No me alcanza», lamentó."],
     ["Lucía Carrasco", "Andrés Villalba"]),
]


@pytest.mark.parametrize("language, paragraphs, expected", NAMED_IN_PARAGRAPH)
def test_named_in_paragraph(language, paragraphs, expected):
    assert speakers(*paragraphs, language=language) == expected


def test_named_in_paragraph_switched_off(rule_off):
    for language, paragraphs, expected in NAMED_IN_PARAGRAPH[:1] + NAMED_IN_PARAGRAPH[3:4]:
        rule_off("named_in_paragraph")
        assert speakers(*paragraphs, language=language) == [expected[0], expected[0]]


def test_named_in_paragraph_keeps_a_subject_of_the_paragraph():
    # Jane Doe is the paragraph's subject: "she" is her, not Mary Roe named after her
    paragraphs = ['"We are ready," said Ann Bell.', 'Jane Doe met Mary Roe on Monday. "We will win," she said.']
    assert speakers(*paragraphs, language="en") == ["Ann Bell", "Jane Doe"]
    # a left-out subject with nobody introduced by an apposition keeps the person before
    spanish = ["«Vamos a seguir», dijo Lucía Carrasco.", "La marcha fue contra el presidente Javier Ortúzar. «No nos callan», agregó."]
    assert speakers(*spanish, language="es") == ["Lucía Carrasco", "Lucía Carrasco"]


def test_verb_after_name(rule_off):
    norwegian = ["Kari Lunde leder aksjonen.", "– Vi gir oss ikke, sier hun."]
    assert speakers(*norwegian, language="no") == ["Kari Lunde"]
    # a title between the first name and a name after it stays a title
    assert speakers('Campaign spokesman Jesse Fenwick said: "We stay."', language="en") == ["Jesse Fenwick"]
    rule_off("verb_after_name")
    rule_off("named_paragraph_before")  # (which finds her too: the woman named in the paragraph before)
    rule_off("named_pronoun")  # (which finds the person too: a full name of that gender within reach)
    assert speakers(*norwegian, language="no") == [None]


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        ("no", ["– Vi gir oss ikke før vedtaket er omgjort.", "Det sier Ingeborg Haugland, leder i aksjonsgruppa, til avisen."],
         "Ingeborg Haugland"),
        ("no", ["Ola Berge er sint.", "– Vi gir oss ikke før vedtaket er omgjort. Dette er bare starten.",
                "Det sier forbundsleder Kari Lunde til NTB."], "Kari Lunde"),
        ("no", ["Kari Lunde er sint.", "– Vi gir oss ikke før vedtaket er omgjort.", "Det sier hun til NTB."], "Kari Lunde"),
        ("de", ["„Wir bleiben, bis die Bagger stehen.“", "Das sagte Bündnissprecherin Johanna Kessler am Montag."],
         "Johanna Kessler"),
        ("de", ["„Wir bleiben, bis die Bagger stehen.“ Das sagte Bündnissprecherin Johanna Kessler am Montag."],
         "Johanna Kessler"),
        ("it", ["«Andiamo avanti fino alla fine.»", "Lo ha detto Marco Ferrante, segretario della Fiom."], "Marco Ferrante"),
        ("pt", ["“Vamos continuar até o fim.”", "Foi o que disse Ana Martins ao jornal."], "Ana Martins"),
        ("es", ["«Vamos a seguir hasta el final.»", "Así lo explicó Marta Ibarra a este diario."], "Marta Ibarra"),
        ("nl", ["„We gaan door tot het einde.”", "Dat zegt Sanne Bakker van de actiegroep."], "Sanne Bakker"),
    ],
)
def test_named_after_paragraph(language, paragraphs, speaker):
    assert speakers(*paragraphs, language=language) == [speaker]


def test_named_after_paragraph_switched_off(rule_off):
    paragraphs = ["Ola Berge er sint.", "– Vi gir oss ikke før vedtaket er omgjort.", "Det sier Kari Lunde til NTB."]
    assert speakers(*paragraphs, language="no") == ["Kari Lunde"]
    # a paragraph with its own attribution keeps it; a sentence that points at nothing names nobody
    assert speakers("– Vi gir oss ikke, sier Ola Berge.", "Det sier Kari Lunde til NTB.", language="no") == ["Ola Berge"]
    rule_off("named_after_paragraph")
    assert speakers(*paragraphs, language="no") == ["Ola Berge"]  # (the paragraph before)


@pytest.mark.parametrize(
    "language, text, speaker",
    [
        ("no", "– Hva skal vi gjøre nå? spør Kari Lunde.", "Kari Lunde"),
        ("no", "– Vi har ikke noe valg, sukker Kari Lunde.", "Kari Lunde"),
        ("es", "«Vamos a seguir», exigió Marta Ibarra.", "Marta Ibarra"),
        ("es", "«¿Quién nos va a escuchar?», preguntó Marta Ibarra.", "Marta Ibarra"),
        ("es", "«Vamos a seguir», recalcó Marta Ibarra.", "Marta Ibarra"),
        ("fr", "« Qui va nous écouter ? », demande Julien Mercier.", "Julien Mercier"),
        ("fr", "« Nous continuerons », s'exclame Julien Mercier.", "Julien Mercier"),
        ("fr", "« Nous continuerons », a réagi Julien Mercier.", "Julien Mercier"),
        ("fr", ["Julien Mercier est venu de Lyon.", "« Qui va nous écouter ? », demande-t-il."], "Julien Mercier"),
        ("it", "«Andiamo avanti», attacca Marco Ferrante.", "Marco Ferrante"),
        ("it", "«Andiamo avanti», replica Marco Ferrante.", "Marco Ferrante"),
        ("it", "«Andiamo avanti», ha chiesto Marco Ferrante.", "Marco Ferrante"),
        ("pt", "“Quem vai nos ouvir?”, perguntou Ana Martins.", "Ana Martins"),
        ("pt", "“Vamos continuar”, lamentou Ana Martins.", "Ana Martins"),
        ("pt", "Em nota, o Ministério da Saúde informou que “o diálogo está aberto”.", "Ministério da Saúde"),
        ("de", "„Wie soll das gehen?“, fragte Moritz Lang.", "Moritz Lang"),
        ("de", "„Das stimmt nicht“, entgegnete Moritz Lang.", "Moritz Lang"),
        ("nl", "„Waarom luistert niemand?”, vraagt Sanne Bakker.", "Sanne Bakker"),
        ("nl", "„We gaan door”, reageert Sanne Bakker.", "Sanne Bakker"),
        ("nl", "„We gaan door”, laat Sanne Bakker weten.", "Sanne Bakker"),
        ("nl", "„We gaan door”, legt Sanne Bakker uit.", "Sanne Bakker"),
        ("it", "«Siamo pronti», fa sapere Luca Bassi.", "Luca Bassi"),
        ("it", "Luca Bassi ha fatto sapere che «il dialogo è aperto».", "Luca Bassi"),
    ],
)
def test_reporting_verbs_of_each_language(language, text, speaker):
    paragraphs = text if isinstance(text, list) else [text]
    assert speakers(*paragraphs, language=language) == [speaker]


@pytest.mark.parametrize(
    "language, text, speaker",
    [
        ("de", "Gewerkschaftschef Moritz Oberholz zufolge „streiken wir weiter“.", "Moritz Oberholz"),
        ("pt", "De acordo com Ana Martins, “vamos continuar”.", "Ana Martins"),
        ("pt", "Conforme Ana Martins, “vamos continuar”.", "Ana Martins"),
        ("es", "De acuerdo con Marta Ibarra, «vamos a seguir».", "Marta Ibarra"),
    ],
)
def test_source_words_of_each_language(language, text, speaker):
    assert speakers(text, language=language) == [speaker]


INDIRECT_OBJECTS = [
    ("es", "«Vamos a seguir», dijo a la agencia Efe el dirigente Héctor Olmedo.", "Héctor Olmedo"),
    ("es", "«Vamos a seguir», dijo a los vecinos la dirigente Marta Ibarra.", "Marta Ibarra"),
    ("pt", "“Estamos esgotados”, disse à Lusa o presidente do Sindicato dos Enfermeiros, José Carvalho.", "José Carvalho"),
    ("pt", "“Estamos esgotados”, disse ao jornal Folha a enfermeira Ana Martins.", "Ana Martins"),
    ("fr", "« Nous continuerons », a déclaré au journal Le Soir la syndicaliste Marie Dupont.", "Marie Dupont"),
]


@pytest.mark.parametrize("language, text, speaker", INDIRECT_OBJECTS)
def test_indirect_object_phrase(language, text, speaker):
    assert speakers(text, language=language) == [speaker]


def test_indirect_object_phrase_switched_off(rule_off):
    rule_off("indirect_object_phrase")
    rule_off("outlet_not_speaker")  # (else "Efe", a news agency, is no speaker either way)
    assert speakers(INDIRECT_OBJECTS[0][1], language="es") == ["Efe"]


def test_norwegian_common_words_are_no_speakers():
    from rallycrawl.extraction.knowledge.names import unlikely_person

    # wordfreq's Bokmål list reads Norwegian ("no", "nn"): "Nå", "Dette" open sentences, no names
    assert unlikely_person("Nå", "no") == unlikely_person("Nå", "nb") == unlikely_person("Nå", "nn") == "common word"
    assert unlikely_person("Nå", "en") is None  # (English words alone, as before)
    assert unlikely_person("Ingeborg Haugland", "no") is None
    # a surname that is also a word ("Lunde", a puffin) is read once the full name was given
    paragraphs = ["Kari Lunde står foran Stortinget.", "– Vi gir oss ikke, sa Lunde til avisen."]
    assert speakers(*paragraphs, language="no") == ["Kari Lunde"]


def test_particle_pairs(rule_off):
    assert speakers("„Wir bleiben“, sagte Ursula von der Leyen.", language="de") == ["Ursula von der Leyen"]
    assert speakers("„We gaan door”, zegt Ilse van den Berg.", language="nl") == ["Ilse van den Berg"]
    assert speakers("Juan de la Cruz encabezó la marcha. «Vamos a seguir», dijo.", language="es") == ["Juan de la Cruz"]
    assert speakers("Ursula von der Leyen sprach zuerst.", "„Wir bleiben“, sagte sie.", language="de") == ["Ursula von der Leyen"]
    # Arabic "el" as a particle ('Fatima el Amrani'), the Spanish article after a name stays out
    assert speakers("„De werkdruk is te hoog”, zegt lerares Fatima el Amrani.", language="nl") == ["Fatima el Amrani"]
    assert speakers("«Vamos a seguir», dijo Marta Ibarra el martes.", language="es") == ["Marta Ibarra"]
    # a descriptor before the first name
    dutch = ["Vakbondsvoorzitter Pieter de Graaf sprak de menigte toe. „Het kabinet moet nu bewegen”, zei hij."]
    assert speakers(*dutch, language="nl") == ["Pieter de Graaf"]
    rule_off("particle_pairs")
    assert speakers("„Wir bleiben“, sagte Ursula von der Leyen.", language="de") == ["Ursula"]


@pytest.mark.parametrize(
    "language, paragraphs, speaker",
    [
        ("nl", ["Ilse van den Berg staat op het plein.", "„We gaan door”, zegt ze."], "Ilse van den Berg"),
        ("nl", ["Ilse van den Berg staat op het plein.", "„We gaan door”, zeggen ze."], None),
        ("de", ["Anna Berger leitet die Gruppe.", "„Wir kommen wieder“, sagten sie."], None),
        ("no", ["Kari Lunde står foran Stortinget.", "– Vi gir oss ikke, sier de."], None),
        # (a particle stays a name word: Norwegian "de" is "they", "De Witt" a name)
        ("en", ["Bill de Witt ran the shelter.", '"We are full," De Witt said.'], "De Witt"),
    ],
)
def test_pronouns_that_are_she_or_they(language, paragraphs, speaker):
    assert speakers(*paragraphs, language=language) == [speaker]


PARTY_ASIDES = [
    ("de", ["Carsten Wöhler (Grüne) sagte: „Wir sind gesprächsbereit.“"], "Carsten Wöhler"),
    ("de", ["„Wir sind gesprächsbereit“, sagte Carsten Wöhler (Grüne), der Minister."], "Carsten Wöhler"),
    ("de", ["Oberbürgermeister Harald Zeiske (SPD) äußerte Verständnis. „Wir nehmen das ernst“, sagte er."], "Harald Zeiske"),
    ("en", ['Sen. Jane Doe (D-Mass.) said: "We are ready."'], "Jane Doe"),
    ("es", ["El diputado Leandro Quiroga (UxP) afirmó: «Vamos a seguir»."], "Leandro Quiroga"),
]


@pytest.mark.parametrize("language, paragraphs, speaker", PARTY_ASIDES)
def test_party_aside(language, paragraphs, speaker):
    assert speakers(*paragraphs, language=language) == [speaker]


def test_party_aside_switched_off(rule_off):
    rule_off("party_aside")
    assert speakers(*PARTY_ASIDES[0][1], language="de") == [None]


AUXILIARY_SUBJECTS = [
    ("de", ["Carsten Wöhler hatte zuvor im Radio gesagt, man sei „gesprächsbereit“."], "Carsten Wöhler"),
    ("de", ["Carsten Wöhler hat am Montag erklärt: „Wir sind gesprächsbereit.“"], "Carsten Wöhler"),
    ("de", ["Am Montag hat Carsten Wöhler in Berlin erklärt: „Wir sind gesprächsbereit.“"], "Carsten Wöhler"),
    ("de", ["Anna Berger leitet die Gruppe.", "Sie hat am Montag betont: „Wir sind gesprächsbereit.“"], "Anna Berger"),
    ("nl", ["Sanne Bakker heeft maandag in Den Haag gezegd: „We gaan door.”"], "Sanne Bakker"),
]


@pytest.mark.parametrize("language, paragraphs, speaker", AUXILIARY_SUBJECTS)
def test_auxiliary_subject(language, paragraphs, speaker):
    assert speakers(*paragraphs, language=language) == [speaker]


def test_auxiliary_subject_switched_off(rule_off):
    rule_off("auxiliary_subject")
    assert speakers(*AUXILIARY_SUBJECTS[1][1], language="de") == [None]


def test_name_gender_by_country(rule_off):
    from rallycrawl.extraction.knowledge.names import strict_first_name_gender

    # gender-guesser gives "Andrea" to women over all countries, to men in Italy
    assert strict_first_name_gender("Andrea") == "f" and strict_first_name_gender("Andrea", "it") == "m"
    assert strict_first_name_gender("Maria", "it") == "f"  # (one gender everywhere: as it was)
    italian = [
        "«L'adesione è altissima», ha dichiarato il segretario della Filt, Marco Bellini.",
        "Di tutt'altro avviso il ministro dei Trasporti, Andrea Colombo, che ha parlato di «uno sciopero politico».",
        "Ha poi aggiunto: «I disagi sono inaccettabili», ha detto lui.",
    ]
    assert speakers(*italian, language="it")[-1] == "Andrea Colombo"
    rule_off("name_gender_by_country")
    assert speakers(*italian, language="it")[-1] == "Marco Bellini"


def test_named_paragraph_before(rule_off):
    paragraphs = [
        "„Wir gehen nicht weg“, sagte Jörg Brinkmann.",
        "Unter den Demonstrierenden war auch die Schülerin Emma Hoffmeister.",
        "„Es geht um unsere Zukunft“, sagt sie.",
    ]
    assert speakers(*paragraphs, language="de") == ["Jörg Brinkmann", "Emma Hoffmeister"]
    # the person salient in the paragraph right before stays who "she" is
    paragraphs2 = [
        "„Wir gehen nicht weg“, sagte Hiltrud Wegener. Sie kam mit Emma Hoffmeister.",
        "„Es geht um unsere Zukunft“, sagt sie.",
    ]
    assert speakers(*paragraphs2, language="de") == ["Hiltrud Wegener", "Hiltrud Wegener"]
    rule_off("named_paragraph_before")
    rule_off("named_pronoun")  # (which finds the person too: a full name of that gender within reach)
    assert speakers(*paragraphs, language="de") == ["Jörg Brinkmann", None]


PLURAL_SPEAKERS = [
    ("es", "«No vamos a parar», sostuvieron los dirigentes del gremio."),
    ("fr", "« On ne lâchera rien », expliquent les grévistes."),
    ("it", "«Non molliamo», dicono i lavoratori."),
    ("pt", "“Não vamos parar”, disseram os manifestantes."),
    ("de", "„Wir bleiben“, sagen die Beschäftigten."),
    ("nl", "„We blijven”, zeggen de boeren."),
    ("en", '"We stay," said the workers outside the plant.'),
]


@pytest.mark.parametrize("language, text", PLURAL_SPEAKERS)
def test_plural_speakers(language, text):
    # several people speak: nobody, and not the person named in the paragraph before
    assert speakers("Marta Ibarra Quintero spoke first.", text, language=language) == [None]


def test_plural_speakers_keep_singulars_and_sources(rule_off):
    assert speakers("Lena Kraus sprach.", "„Wir bleiben“, sagte die Vorsitzende.", language="de") == ["Lena Kraus"]
    sources = ["La Compañía Portuaria dijo que «la medida es temporal».", "«Es un compromiso», explicaron las fuentes."]
    assert speakers(*sources, language="es") == ["Compañía Portuaria", "Compañía Portuaria"]
    rule_off("plural_speakers")
    assert speakers("Marta Ibarra Quintero spoke first.", PLURAL_SPEAKERS[0][1], language="es") != [None]


def test_skip_heading(rule_off):
    french = [
        "« Je suis inquiet pour mon avenir », confie Basile Vernet, chargé de cours.",
        "Des tensions avec la présidence",
        "« Nous demandons simplement le respect des lois. »",
    ]
    german = ["„Wir sind am Limit“, sagt Lena Kraus.", "Streik geht weiter", "„Die Stadt muss handeln.“"]
    assert speakers(*french, language="fr") == ["Basile Vernet", "Basile Vernet"]
    assert speakers(*german, language="de") == ["Lena Kraus", "Lena Kraus"]
    # a paragraph of running text is no heading: the quotation after it borrows nothing from before it
    prose = ["„Wir sind am Limit“, sagt Lena Kraus.", "Bisher hat die Stadt nicht reagiert.", "„Die Stadt muss handeln.“"]
    assert speakers(*prose, language="de") == ["Lena Kraus", None]
    rule_off("skip_heading")
    assert speakers(*german, language="de") == ["Lena Kraus", None]


def test_colon_name(rule_off):
    assert speakers("Noch deutlicher wurde Lena Kraus: „Die Stadt muss handeln.“", language="de") == ["Lena Kraus"]
    assert speakers("Más duro fue Héctor Olmedo: «Esto no da para más».", language="es") == ["Héctor Olmedo"]
    assert speakers("Plus sévère, Julien Mercier : « Ça ne peut plus durer. »", language="fr") == ["Julien Mercier"]
    # a name after a preposition is who is spoken with or about, not the speaker
    assert speakers("Ein Gespräch mit Lena Kraus: „Die Stadt muss handeln.“", language="de") == [None]
    rule_off("colon_name")
    assert speakers("Noch deutlicher wurde Lena Kraus: „Die Stadt muss handeln.“", language="de") == [None]


def test_verb_second_object(rule_off):
    text = "Scharfe Kritik äußerte Tom Ahrens: „Die Stadt muss handeln.“"
    assert speakers(text, language="de") == ["Tom Ahrens"]
    assert speakers("Klare Worte fand Gewerkschaftschef Tom Ahrens: „Handelt!“", language="de") == ["Tom Ahrens"]
    assert speakers("Verdi-Chef Frank Werneke sagte: „Alles ruhig.“", language="de") == ["Frank Werneke"]
    assert speakers("Tom Ahrens sprach.", "Ahrens sagte Reportern: „Alles ruhig.“", language="de") == ["Tom Ahrens"]
    rule_off("verb_second_object")
    assert speakers(text, language="de") == ["Scharfe Kritik"]


FIRST_NAMES_WITH_AGE = [
    ("fr", ["Dans le cortège, Karim, 34 ans, agent hospitalier, ne décolère pas.", "« On nous méprise », lâche-t-il."], "Karim"),
    ("es", ["Entre los manifestantes estaba Lucía, de 23 años, estudiante de enfermería.", "«Nos ignoran», dice."], "Lucía"),
    ("de", ["Auch Lena (23) ist gekommen.", "„Wir werden ignoriert“, sagt sie."], "Lena"),
    ("it", ["In piazza c'è anche Giulia, 19 anni, studentessa.", "«Non ci ascoltano», dice."], "Giulia"),
]


@pytest.mark.parametrize("language, paragraphs, speaker", FIRST_NAMES_WITH_AGE)
def test_first_name_with_age(language, paragraphs, speaker):
    assert speakers(*paragraphs, language=language) == [speaker]


def test_first_name_with_age_switched_off(rule_off):
    # a place and a date are no one ('Paris, 12 mars')
    assert speakers("Paris, 12 mars. Julien Mercier parle.", "« On nous méprise », dit-il.", language="fr") == ["Julien Mercier"]
    rule_off("first_name_with_age")
    assert speakers(*FIRST_NAMES_WITH_AGE[0][1], language="fr") == [None]


@pytest.mark.parametrize(
    "language, text, speaker",
    [
        ("de", "Die Agentur zitierte den Gewerkschafter Moritz Lang mit den Worten: „Wir bleiben hier.“", "Moritz Lang"),
        ("fr", "Le journal cite Julien Mercier, délégué syndical, qui assure que « rien n'est joué ».", "Julien Mercier"),
        ("es", "El diario cita a la dirigente Marta Ibarra, que advirtió que «nada está cerrado».", "Marta Ibarra"),
    ],
)
def test_quoted_object(language, text, speaker, rule_off):
    assert speakers(text, language=language) == [speaker]
    rule_off("quoted_object")
    assert speakers(text, language=language) != [speaker]


def test_dropped_subject_phrase(rule_off):
    italian = [
        "«Sì», ha detto Luca Bassi.",
        "Il ministro dell'Istruzione Giorgio Ferri è pronto a incontrarli. "
        "«Il dialogo è sempre aperto», ha dichiarato in una nota.",
    ]
    spanish = ["Marta Ibarra habló.", "«El diálogo sigue abierto», dijo en conferencia de prensa."]
    assert speakers(*italian, language="it") == ["Luca Bassi", "Giorgio Ferri"]
    assert speakers(*spanish, language="es") == ["Marta Ibarra"]
    # a plural verb: several people, nobody
    assert speakers("Marta Ibarra habló.", "«Sigue abierto», dijeron en conferencia de prensa.", language="es") == [None]
    rule_off("dropped_subject_phrase")
    assert speakers(*italian, language="it") == ["Luca Bassi", None]


def test_pronouns_of_the_language():
    # (the rule shapes a table made at import: switched off it is measured with
    # RALLYCRAWL_ATTRIBUTION_RULES_OFF=pronouns_of_the_language, where both give nobody)
    assert speakers("– Dette handler om rettigheter, sier Ella Marie Sara, en av aktivistene.", language="no") == ["Ella Marie Sara"]
    assert speakers('"We will not yield," said Lei Zhang, a spokesman.', language="en") == ["Lei Zhang"]
    # in its own language the pronoun is still no name
    from rallycrawl.extraction.people import is_pronoun_here

    assert is_pronoun_here("ella", "es") and not is_pronoun_here("ella", "no") and is_pronoun_here("ella", None)


def test_noun_endings(rule_off):
    norwegian = [
        "– Vi har en rolig aksjon, sier Morten Strand til NTB.",
        "Aksjonistene krever at regjeringen stanser utbyggingen.",
        "– Vi kommer tilbake så lenge det trengs.",
    ]
    assert speakers(*norwegian, language="no") == ["Morten Strand", None]
    assert speakers("Morten Strand sprach.", "Aktivisten sagen: „Wir kommen wieder.“", language="de") == [None]
    assert speakers("Irene Berg står der.", "– Vi kommer tilbake, sier Irene.", language="no") == ["Irene Berg"]
    rule_off("noun_endings")
    assert speakers(*norwegian, language="no") == ["Morten Strand", "Aksjonistene"]


def test_surname_named(rule_off):
    paragraphs = [
        "„Die Regierung spart“, kritisierte Sabine Huber.",
        "Laut Polizei verlief die Demonstration friedlich.",
        "Minister Johannes Rauch wies das zurück: „Niemand wird zurückgelassen.“",
        "Das sieht Huber anders. Sie kündigte weitere Proteste an: „Wir kommen wieder.“",
    ]
    assert speakers(*paragraphs, language="de") == ["Sabine Huber", "Johannes Rauch", "Sabine Huber"]
    rule_off("surname_named")
    assert speakers(*paragraphs, language="de")[-1] is None


PERSON_OF_ORGANISATION = [
    ("de", "Anna Beispiel von der Initiative Mietenstopp sagte: „Wir bleiben.“", "Anna Beispiel", "Initiative Mietenstopp"),
    ("nl", "Sanne Bakker van de FNV zegt: „We blijven.”", "Sanne Bakker", "FNV"),
    ("it", "Giulia Marchetti della Cgil ha detto: «Restiamo».", "Giulia Marchetti", "Cgil"),
    ("es", "Marta Ibarra de la CGT afirmó: «Seguimos».", "Marta Ibarra", "CGT"),
]


@pytest.mark.parametrize("language, text, speaker, organisation", PERSON_OF_ORGANISATION)
def test_person_of_organisation(language, text, speaker, organisation):
    [quote] = extract_quotes([text], language=language).quotes
    assert (quote.speaker, quote.organisation) == (speaker, organisation)


def test_person_of_organisation_switched_off(rule_off):
    rule_off("person_of_organisation")
    assert speakers(PERSON_OF_ORGANISATION[0][1], language="de") == [None]


ADVERBIAL_BEFORE_SUBJECT = [
    ("de", "„Wir bleiben“, sagte am Montag Anna Beispiel.", "Anna Beispiel"),
    ("de", "„Wir bleiben“, sagte am Montag in Berlin die Vorsitzende Anna Beispiel.", "Anna Beispiel"),
    ("es", "«Seguimos», dijo ayer en Madrid Marta Ibarra.", "Marta Ibarra"),
]


@pytest.mark.parametrize("language, text, speaker", ADVERBIAL_BEFORE_SUBJECT)
def test_adverbial_before_subject(language, text, speaker):
    assert speakers(text, language=language) == [speaker]


def test_adverbial_before_subject_not_inside_the_phrase(rule_off):
    # a name inside the phrase ('de Juan Pérez') is not the subject
    assert speakers("Marta Ibarra habló.", "«Seguimos», dijo frente a los vecinos de Juan Pérez.", language="es") == [None]
    rule_off("adverbial_before_subject")
    assert speakers(ADVERBIAL_BEFORE_SUBJECT[0][1], language="de") == [None]


def test_source_pronoun(rule_off):
    assert speakers("Julien Mercier est venu.", "Selon lui, « rien n'est joué ».", language="fr") == ["Julien Mercier"]
    assert speakers("Julie Mercier est venue.", "Selon eux, « rien n'est joué ».", language="fr") == [None]
    assert speakers("Moritz Lang kam.", "Laut ihm ist „nichts entschieden“.", language="de") == ["Moritz Lang"]
    rule_off("source_pronoun")
    assert speakers("Julien Mercier est venu.", "Selon lui, « rien n'est joué ».", language="fr") == [None]


def test_outlet_then_name():
    # the outlet spoken to ends where a name led by a first name opens; an acronym is no first name
    assert speakers("«No podemos», dijo a EFE Marta Ibarra.", language="es") == ["Marta Ibarra"]
    assert speakers("«No podemos», dijo a la agencia Efe Lucía Carrasco, portavoz.", language="es")[0].endswith("Lucía Carrasco")


DESCRIPTORS_OF_ORGANISATIONS = [
    ("es", "«Seguimos», dijo la portavoz de la plataforma Marta Ibarra.", "Marta Ibarra"),
    ("fr", "« Nous continuons », a déclaré le secrétaire général de la CGT Julien Mercier.", "Julien Mercier"),
    ("fr", "« Nous continuons », a déclaré la ministre du Travail Julie Mercier.", "Julie Mercier"),
    ("es", "«Seguimos», dijo el ministro de Economía Luis Ferrán.", "Luis Ferrán"),
]


@pytest.mark.parametrize("language, text, speaker", DESCRIPTORS_OF_ORGANISATIONS)
def test_descriptor_of_organisation(language, text, speaker):
    assert speakers(text, language=language) == [speaker]


def test_descriptor_of_organisation_switched_off(rule_off):
    [quote] = extract_quotes([DESCRIPTORS_OF_ORGANISATIONS[0][1]], language="es").quotes
    assert quote.speaker_title == "portavoz de la plataforma"
    rule_off("descriptor_of_organisation")
    # (the name is still read after the verb, but not the role and organisation before it)
    [quote] = extract_quotes([DESCRIPTORS_OF_ORGANISATIONS[0][1]], language="es").quotes
    assert quote.speaker_title is None


def test_articles_of_one_language_stay_in_it():
    # an article in no known language reads every language's words, but not one language's
    # articles as another's ('a' is Portuguese "the", 'le' Italian plural and French singular)
    unknown = attribution.profile(None)
    assert not unknown.article_genders and not unknown.plural_articles and not unknown.plural_after
    assert attribution.profile("pt").article_genders["a"] == "f"


def cues(*paragraphs, language):
    return [q.cue for q in extract_quotes(list(paragraphs), language=language).quotes]


def test_paradigm_forms_from_simplemma(rule_off):
    # forms of listed verbs that the lists leave out: a German participle after "hat", Spanish and
    # Portuguese third-person plurals ("lamentó", "afirmaron" listed: "lamentaron" too)
    pytest.importorskip("simplemma")
    german = ["Hiltrud Wegener hat gewarnt: „Die Mieten in Lindenhain steigen weiter.“"]
    spanish = ["«No vamos a retroceder», lamentaron los delegados de la Unión Vecinal de Valdemora."]
    portuguese = ["«Não vamos recuar», lamentaram os dirigentes do sindicato de Vale Alto."]
    assert cues(*german, language="de") == ["hat gewarnt"]
    assert speakers(*german, language="de") == ["Hiltrud Wegener"]
    assert cues(*spanish, language="es") == ["lamentaron"]
    assert cues(*portuguese, language="pt") == ["lamentaram"]
    # a form that is also a word of its own (a lemma: Italian "racconto", a story) is not added
    assert "racconto" not in attribution.profile("it").paradigm
    rule_off("paradigm_forms")
    assert cues(*german, language="de") == [None]
    assert cues(*spanish, language="es") == [None]
    assert cues(*portuguese, language="pt") == [None]



def test_each_languages_name_words_are_read_for_every_article():
    """lang/<code>/quotes.py ORG_WORDS, ORG_WORD_ENDINGS and NOT_NAMES, which people.py reads for
    names in any language."""
    from rallycrawl.extraction import people
    from rallycrawl.extraction.lang import has, languages, resources

    for code in [c for c in languages() if has(c, "quotes")]:
        data = resources(code, "quotes")
        assert getattr(data, "ORG_WORDS", frozenset()) <= people.ORG_WORDS, code
        assert getattr(data, "NOT_NAMES", frozenset()) <= people.NOT_NAMES, code
    for word in ("Union", "Bauernverband", "Sindicato", "Syndicat"):
        assert people.is_org_word(word), word
    assert not people.is_org_word("Okafor")
    assert {"según", "selon", "laut", "according"} <= people.NOT_NAMES


def test_each_languages_articles_are_read_for_every_article():
    """lang/<code>/quotes.py DEFINITE_ARTICLES and INDEFINITE_ARTICLES, read by attribution.py for
    every language at once."""
    from rallycrawl.extraction import attribution
    from rallycrawl.extraction.lang import resources

    for code in ("en", "de", "es", "fr", "it", "pt", "nl"):
        data = resources(code, "quotes")
        assert set(data.DEFINITE_ARTICLES) <= attribution._DEFINITE_ARTICLES, code
        assert set(data.INDEFINITE_ARTICLES) <= attribution._INDEFINITE_ARTICLES, code
        assert not set(data.DEFINITE_ARTICLES) & attribution._INDEFINITE_ARTICLES, code


def test_fronted_object(rule_off):
    # German puts the verb second: nouns without an article before it are its object, the subject follows it
    role = ["Die Sprecherin Hiltrud Wegener rief zum Protest.", "Klare Worte fand die Sprecherin: „Wir lassen uns das nicht gefallen.“"]
    filler = ["Tom Brant kam.", "Scharfe Kritik äußerte auch Dietmar Kohlhase: „Das ist zu wenig.“", "„Viel zu wenig“, sagte er."]
    unnamed = ["Tom Brant kam.", "Deutliche Worte fand eine Anwohnerin: „Wir lassen uns das nicht gefallen.“"]
    assert speakers(*role, language="de") == ["Hiltrud Wegener"]
    assert speakers(*filler, language="de") == ["Dietmar Kohlhase", "Dietmar Kohlhase"]
    assert speakers(*unnamed, language="de") == [None]
    # a subject with its article before the verb stays the subject
    union = ["Die Gewerkschaft Lindenau ruft zum Streik.", "Die Gewerkschaft kritisierte die Stadt: „Das ist zu wenig.“"]
    with_article = speakers(*union, language="de")
    assert with_article and with_article[0] and "Stadt" not in with_article[0]
    rule_off("fronted_object")
    assert speakers(*union, language="de") == with_article
    assert speakers(*role, language="de") == ["Klare Worte"]
    assert speakers(*filler, language="de")[0] == "Scharfe Kritik"
