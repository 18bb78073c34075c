"""French words of the protest event (read by ``extraction/event.py``)."""

TARGET_CUES = [r"en conflit avec|bras de fer avec|pour dénoncer|à l'encontre de|opposés? à|opposées? à|démission (?:de|du|des)|exigent du|réclament au|interpell(?:er|ent|é|ant)|"
               r"faire (?:reculer|plier|céder)|s['’]oppos(?:ent|aient|ait|e) à"]
#: cues that name a target only after a protest word ("a march against the reform", not "guard against")
AGAINST_CUES = [r"contre"]
TARGET_CUES_NAMED = [r"(?:salariés|grève|grévistes|employés|ouvriers|personnel) (?:de|d['’]|chez)"]
ANTI_PREFIXES = ("anti-",)
TARGET_STOP = frozenset("""
à au aux dans pour avec par en et ou qui que depuis devant lors ce cette ces est sont a ont sur sous selon comme
mais car quand où pendant lundi mardi mercredi jeudi vendredi samedi dimanche
""".split())
GENERIC_TARGETS = ("gouvernement", "Gouvernement", "exécutif", "autorités", "police", "patronat", "direction", "Élysée", "ministère", "préfecture",
                   "rectorat", "inspection académique", "académie",
)
TARGET_MODIFIERS = frozenset("le la les l'".split())
CROWD_QUALITATIVE = [r"(?:manifestation|mobilisation|grève)s? (?:massive|de masse)s?|foule nombreuse"]
TARGET_PATTERNS = [
    r"\bdevant (?:l['’]|le |la )(?:ambassade|consulat|siège|résidence|domicile|locaux) (?:de |du |d['’])(?:la |l['’])?(?P<target>[A-ZÀ-Þ][\w\-]*(?: [A-ZÀ-Þ][\w\-]*){0,3})",
    r"\b(?:démission|départ|destitution) (?:de |du |d['’])(?:président |gouvernement )?(?P<target>[A-ZÀ-Þ][\w\-]*(?: [A-ZÀ-Þ][\w\-]*){0,2})",
]

# --- Crowd sizes (read by ``crowd_size.py`` for every language; see lang/en/event.py)
CROWD_SHARED_PEOPLE = (r"habitants|agriculteurs|personnes|manifestants|salariés|grévistes",)
CROWD_SHARED_QUALIFIERS_MORE = ("plus de",)
CROWD_SHARED_QUALIFIERS_LESS = ("près de",)
CROWD_SHARED_QUALIFIERS_ABOUT = ("environ", "quelque")
CROWD_SHARED_SIZE_WORDS = (
    ("hundreds of thousands", "centaines de milliers"), ("tens of thousands", "dizaines de milliers"),
    ("several thousand", "plusieurs milliers"), ("thousands", "des milliers"), ("thousands", "milliers"),
    ("several hundred", "plusieurs centaines"), ("hundreds", "des centaines"), ("hundreds", "centaines"),
    ("dozens", "des dizaines"), ("dozens", "dizaines"),
)
CROWD_SHARED_KEYS = ("centaines", "dizaines")
CROWD_SHARED_RANGE_WORDS = ("à",)
CROWD_SHARED_CASUALTIES = ("morts", "tués", "blessés", "interpellés")
#: the words that join a size word to its people noun ("thousands *of* people"), read in every article
CROWD_SHARED_SIZE_WORD_OF = ("de",)
#: rule size_elided_of: the elided article that joins a size or number word to a people noun opening
#: with a vowel ("des centaines d'enseignants", "un millier d'agriculteurs"), read in every article
CROWD_SHARED_ELIDED_OF = ("d'", "d’")
#: the words that may join a count of millions to its people noun ("1,5 millones *de* personas")
CROWD_SHARED_MILLIONS_OF = ("de",)
CROWD_PEOPLE = (
    r"participants|militants|syndicalistes|enseignants|étudiants|lycéens|soignants|infirmières|infirmiers|cheminots|"
    r"agents|routiers|chauffeurs|éleveurs|paysans|retraités|jeunes|femmes|citoyens|riverains|parents|élèves|"
    r"fonctionnaires|ouvriers|employés|travailleurs|sympathisants|opposants|gilets jaunes|marcheurs|médecins|"
    r"avocats|pompiers|artistes|supporters|militantes|habitantes|salariées|agricultrices|usagers|commerçants|"
    r"étudiantes|enseignantes|ouvrières|collégiens|internes|ambulanciers|aides-soignants|aides-soignantes|"
    r"contrôleurs|conducteurs|dockers|éboueurs|viticulteurs|pêcheurs|chercheurs|électeurs|soutiens|"
    r"locataires|habitants|agriculteurs|taxis|livreurs|"
    r"sages-femmes|postiers|journalistes|parents d['’]élèves|mères|pères|familles|personnels",
)
CROWD_SIZE_WORDS = (
    ("a few hundred", "quelques centaines"), ("a few thousand", "quelques milliers"), ("dozens", "plusieurs dizaines"),
    ("dozens", "quelques dizaines"),
)
CROWD_NUMBER_WORDS = {
    "une centaine": 100, "un millier": 1000, "une vingtaine": 20, "une trentaine": 30, "une quarantaine": 40,
    "une cinquantaine": 50, "une soixantaine": 60, "mille": 1000,
    "une dizaine": 10, "une quinzaine": 15, "un demi-millier": 500,
}
#: substrings one of which each of the number and size words above holds that holds none of the
#: shared keys (CROWD_SHARED_KEYS): they are looked for in this language's articles
CROWD_KEYS = ("taine",)
CROWD_QUALIFIERS_MORE = ("plus de", "au moins", "au minimum", "plus d'")
CROWD_QUALIFIERS_LESS = ("jusqu'à", "moins de", "presque")
CROWD_QUALIFIERS_ABOUT = ("autour de", "approximativement", "environ")
CROWD_RANGE_WORDS = ("et",)
CROWD_COUNT_CUES = (
    r"ils étaient|elles étaient|ils sont|elles sont|ils seraient|rassemblé|réuni|mobilisé|attiré",
    r"(?:a|ont) (?:compté|dénombré|recensé)",
)
CROWD_SOURCES = (
    r"selon (?:la |les |le |l['’])?(?:police|préfecture|préfecture de police|organisateurs|syndicats|intersyndicale|"
    r"cgt|cfdt|fo|ministère de l['’]intérieur|autorités|organisation)",
    r"(?:d'après|d’après) (?:la police|la préfecture|les organisateurs|les syndicats|le ministère de l['’]intérieur)",
)
CROWD_MEMBERSHIP_CUES = (r"représente|regroupe|fédère|compte",)
CROWD_VERBS = (
    r"ont défilé|ont manifesté|se sont rassemblés|se sont rassemblées|ont participé|ont marché|ont pris part|"
    r"ont bloqué|ont fait grève|sont descendus dans la rue|ont répondu à l['’]appel",
)
CROWD_MILLIONS = ("millions", "million")
CROWD_NOT_PEOPLE = (r"pour cent|ans|jours|heures|semaines|mois|euros|kilomètres|mètres|voix|signatures|policiers|gendarmes|agents",)

# --- Location (read by event.py with the rules of event_rules.RULES named location_*)
PLACE_PREPOSITIONS = ("au", "entre", "sur le parvis de", "sur le parvis du", "aux portes de", "dans le centre-ville de", "aux abords de", "près de", "sous les fenêtres de", "jusqu'à", "jusqu’à", "sur la place", "dans le centre de",
                      "autour de", "autour du", "autour des", "à hauteur de", "à la hauteur de")
PLACE_DETERMINERS = ("du ", "les ", "de la ")
PLACE_NAME_LINKS = ("du", "des", "d'", "d’")
PLACE_NOUNS = (
    r"assemblée|sénat|ministère|préfecture|sous-préfecture|mairie|hôtel de ville|gare|palais|tribunal|rectorat|usine|"
    r"lycée|école|parvis|esplanade|quai|pont|boulevard|avenue|siège|conseil régional|conseil départemental|ambassade|"
    r"consulat|hôpital|université|faculté|place|rue|port|aéroport|rond-point|site|raffinerie|campus|quartier|entrepôt|"
    r"dépôt|centrale|collège|stade|parc|maternité|clinique|centre hospitalier|zone industrielle|zone commerciale|entrée|"
    r"portes?|grilles|péage|commune|village",
)
#: rooms of a venue a protest occupies
PLACE_NOUNS += (r"amphithéâtre|amphi|hall|bibliothèque",)
PLACE_ADJECTIVES = (
    "nationale", "national", "régional", "régionale", "départemental", "départementale", "municipal", "municipale",
    "fédéral", "fédérale", "européen", "européenne",
)
#: words of a sentence that reports the event (lower case, besides the shared event words)
REPORTING_WORDS = [
    r"\b(?:milliers|centaines|dizaines de milliers|bloqu\w*|grévistes|piquet\w*|occup\w*|sit-in|"
    r"cortège\w*|descendus dans la rue|dans la rue|marche\w*)\b",
]

# --- Target (read by event.py with the rules of event_rules.RULES named target_*)
TARGET_EMPLOYER_CUES = [r"(?:employés|ouvriers|personnel|agents|travailleurs) (?:de|du|chez|d['’])|(?:employé|embauché|salarié)e?s? (?:par|chez)"]
TARGET_THAT_CUES = [r"exig(?:ent|eaient|é|er|e|ait) que|réclam(?:ent|aient|é|er|e) que|demand(?:ent|aient|é|er|e) que"]
CLAUSE_OBJECT_OPENERS = frozenset("le la les l' un une des son sa ses leur leurs à au aux avec en pour sur".split())
PROTEST_WORDS = [r"défil|cortège|descendu|dans la rue|rassembl"]
INSTITUTION_HOUSES = [
    r"\bdevant (?:l['’]|le |la |les )(?P<target>(?:Assemblée nationale|Sénat|Élysée|[Hh]ôtel de [Vv]ille|"
    r"[Mm]inistère (?:de la |de l['’]|du |des |de )[A-ZÀ-Þ][\w\-]*(?: (?:et |de |du |des )?[A-ZÀ-Þ][\w\-]*){0,3}|"
    r"[Pp]réfecture(?: (?:de |du |des |de la )[A-ZÀ-Þ][\w\-]*)?|[Mm]airie(?: (?:de |du )[A-ZÀ-Þ][\w\-]*)?|[Rr]ectorat|"
    r"[Cc]onseil (?:régional|départemental)|[Pp]alais de justice|[Tt]ribunal(?: administratif| judiciaire)?))",
]

#: rule target_addressee (see lang/en/event.py): "demandent au ministre de démissionner", "somment
#: le gouvernement de"; the phrase ends before "de"/"d'" and an infinitive
TARGET_ADDRESSEE_CUES = [
    r"demand(?:ent|aient|ait|é|e|er) (?:au|aux|à la|à l['’])|réclam(?:ent|aient|ait|é|e|er) (?:aux|à la|à l['’])|"
    r"exig(?:ent|eaient|eait|é|e|er) (?:de la|des|de l['’])|somm(?:ent|aient|ait|é|e)|exhort(?:ent|aient|ait|é|e)"
]
TARGET_ADDRESSEE_ENDS = [r" (?:de |d['’])\w+(?:er|ir|re)\b|(?<! de)(?<! à)(?<! et) (?:un|une|le|la|les)\b"]
#: rule target_protest_about (see lang/en/event.py): "pour protester contre la fermeture", "en protestation contre"
TARGET_ABOUT_CUES = [r"pour protester contre|en protestation contre|pour contester|pour s['’]opposer (?:à|au|aux)|dénonc(?:ent|aient|ant)(?= (?:le|la|les|l['’]|un|une|des|leur|leurs|son|sa|ses)\b)"]
#: rule target_opponents: what the protesters are named the opponents of ("opposants à la réforme"): the target, the
#: phrase cut before the verb that follows it (see TARGET_THAT_CUES)
TARGET_OPPONENT_CUES = [r"opposants (?:à|au|aux|de|du|des)"]
#: words that announce an event (lower case regex): a weekday they come shortly before is the next
#: such day, not the last (rule date_announced_ahead: "will strike on Monday"; not "announced on
#: Monday that", where the weekday is the announcement's)
DATE_AHEAD_CUES = [r"appell\w*|appel à|prévu\w*|va|vont|aura lieu|auront lieu|prochain\w*|organiser[ao]\w*"]

#: the verbs whose object is the place a protest holds (rule location_object_verbs, read as place prepositions)
PLACE_OBJECT_VERBS = ("occupent", "occupaient", "occupé", "occupée", "bloquent", "bloquaient", "bloqué", "bloquant", "bloquée", "ont occupé", "ont bloqué")
#: the prepositions before a town (rule location_town_by_position: "ont manifesté lundi, à Vernac, pour …")
TOWN_PREPOSITIONS = ("à",)
#: a workplace (an employer or its site) and the words before its town (rule location_workplace_town)
WORKPLACE_TOWN_NOUNS = ("entreprise", "société", "usine", "site", "hôpital", "groupe", "opérateur")
WORKPLACE_TOWN_LINKS = ("de", "à", "basée à", "basé à", "implantée à", "implanté à")
#: nouns of a region, province or area before its name: where the event is when nothing else says (rule
#: location_named_region)
REGION_NOUNS = ("la région de", "le département de", "la commune de", "l'agglomération de", "la métropole de", "le canton de")
#: a march through a town's streets: the name after it is a town (rule location_streets_town)
STREETS_OF = ("dans les rues de", "dans les rues d'", "par les rues de", "à travers les rues de", "dans le centre-ville de", "dans le centre-ville d'", "dans le centre de", "dans le centre d'", "au centre de", "au centre-ville de", "le centre-ville de", "le centre de")
#: a name after the town preposition that closes the sentence is a town (rule location_town_closing_sentence)
TOWN_CLOSES_SENTENCE = True
#: rule target_party_over_issue (see lang/en/event.py): "réclament au rectorat le maintien", "pour exiger
#: du gouvernement une", "ont appelé les autorités à libérer", "reprochent à la direction"
TARGET_PARTY_CUES = [
    r"réclam(?:ent|aient|ait|é|e|er|ant) au|reproch(?:ent|aient|ait|é|e|er|ant) (?:au|aux|à la|à l['’])|"
    r"exig(?:ent|eaient|eait|é|e|er|eant) du|"
    r"appel(?:lent|aient|ait|é|er|ant)(?= (?:les|le|la|l['’]))|interpell(?:ent|aient|ait|é|er|ant|e)"
]

#: rule target_counter_protest (see lang/en/event.py): "contre un rassemblement du groupe X", "contre la venue de X"
TARGET_COUNTER_EVENTS = [
    r"(?:une? |la |le |les )?(?:\w+ ){0,2}?(?:manifestation|rassemblement|défilé|meeting|marche|congrès|venue)s? "
    r"(?:organisée? par|de la|du|des|de l['’]|de)"
]

#: rule target_party_named (see lang/en/event.py): "exigent de Foyer Habitat un calendrier", "réclament d'Orvalis"
TARGET_PARTY_CUES_NAMED = [r"(?:exig|réclam|attend)(?:ent|aient|ait|é|e|er|ant) (?:de|d['’])|(?:exig|demand|réclam)(?:ent|aient|ait|e|ant) que"]

#: rule target_issue_author (see lang/en/event.py): "la suppression de postes décidée | par le rectorat", "la réforme | du gouvernement"
TARGET_AUTHOR_LINKS = [r"(?:\w+ée?s? )?par|du|de la|des|de l['’]|de"]
#: what follows a town at once in a report of a protest, besides a weekday (rule location_town_before_cue)
TOWN_FOLLOWERS = ("contre", "pour protester", "pour dénoncer", "pour réclamer", "ce", "hier", "aujourd'hui")
#: nouns for an employer that name no one: a target that is only one of them is the company the article names
#: (rule target_named_employer)
EMPLOYER_NOUNS = ('entreprise', "l'entreprise", 'société', 'la société', 'groupe', 'le groupe', 'direction', 'la direction', 'employeur', "l'employeur")

#: rule size_vehicles: the vehicles and boats a protest is counted by when no people are ("about 40 vessels")
CROWD_VEHICLES = ("tracteurs|bateaux|navires|chalutiers|camions|taxis",)

#: rule target_workplace_firm: phrases of a headline that name a firm by its workplace or its staff ("{firm}": its name)
WORKPLACE_FIRM = [
    r"\b(?:usine|siège|entrepôt|site|magasins?|dépôt|raffinerie) (?:de |d'|d’|du )?{firm}",
    r"\b(?:salariés|employés|ouvriers|livreurs|chauffeurs|grévistes|grève) (?:de |d'|d’|du |chez ){firm}",
]

#: rule location_road: the articles and road nouns before a road's number ("the M62", "la autovía A-48"), and the
#: words before the town it is blocked near ("ter hoogte van")
ROAD_NOUNS = ("la", "l'", "autoroute", "route nationale", "nationale", "départementale", "route",)
ROAD_NEAR = ("à hauteur de", "à la hauteur de", "près de", "au niveau de", "entre",)

#: rule target_issue_author_far: a participle and its agent that join a thing, a few words on, to the body whose it is
TARGET_AUTHOR_AGENTS = [r"\w+ par"]

#: rule location_road_at_town: the words between a road with no number and the town it is blocked at the height of
ROAD_AT = ("à hauteur de", "à la hauteur de", "au niveau de", "près de",)

#: (rule size_language_words) more people nouns of protest reports: trades and roles that walk out or march
CROWD_PEOPLE += (
    r"professeurs|instituteurs|marins|producteurs|apiculteurs|chasseurs|forains|restaurateurs|intermittents|magistrats|greffiers|facteurs|aiguilleurs|pilotes|hôtesses|stewards|bagagistes|motards|cyclistes",
)

#: rule location_object_verb_adverbial: a time or a means between a verb of PLACE_OBJECT_VERBS and its place (lower case)
OBJECT_VERB_ADVERBIALS = [
    r"(?:depuis )?(?:ce |le |dans la nuit de )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: (?:matin|soir|après-midi|dernier))?",
    r"depuis (?:plusieurs|deux|trois|quatre|cinq|quelques) (?:jours|heures|semaines)|depuis (?:ce matin|hier|la veille|l'aube)|hier|ce matin",
    r"(?:pendant|durant) (?:plusieurs|deux|trois|quatre|cinq|quelques) heures|toute la (?:journée|matinée|nuit)",
]

#: an adjective after a place noun, by its endings (rule location_venue_adjective): the noun comes first
#: in this language ("dépôt pétrolier", "hospital universitario", "stabilimento siderurgico")
VENUE_ADJECTIVES = (r"[a-zà-ÿ]+(?:ier|ière|iers|ières|el|elle|al|ale|aux|aire|ique|if|ive|ien|ienne|ial|iale|oire)",)

#: the tens as words ("zo'n veertig bewoners", "rund vierzig Anwohner", "unos cuarenta vecinos"; stop 31), and the
#: texts that find them (see CROWD_KEYS above)
CROWD_NUMBER_WORDS = {**CROWD_NUMBER_WORDS, **{"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "deux cents": 200, "trois cents": 300}}
CROWD_KEYS = (*CROWD_KEYS, *("vingt", "ente", "ante", "cent"))
#: a decade is no crowd ("in de jaren zestig betoogden studenten": the words before a count that make it none)
CROWD_NOT_AFTER = (r"années",)
