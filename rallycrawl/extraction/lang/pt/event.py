"""Portuguese words of the protest event (read by ``extraction/event.py``)."""

TARGET_CUES = [r"em protesto contra|renúncia de|impeachment de|exigem do|exigem da"]
#: cues that name a target only after a protest word ("a march against the reform", not "guard against")
AGAINST_CUES = [r"contra"]
TARGET_CUES_NAMED = []
ANTI_PREFIXES = ("anti",)
TARGET_STOP = frozenset("em na no nas nos para com por e que durante diante após antes é são foi foram tem segunda terça quarta quinta sexta sábado domingo".split())
GENERIC_TARGETS = ("governo", "Governo", "autoridades", "polícia", "empresa", "ministério", "prefeitura", "Congresso",
)
TARGET_MODIFIERS = frozenset("o a os as".split())
CROWD_QUALITATIVE = [r"(?:manifestaç|mobilizaç|protest)\w* (?:em massa|massiv\w+)|multidão"]
TARGET_PATTERNS = [
    r"\b(?:em frente (?:à|ao)|diante d[ao]) (?:embaixada|consulado|sede|residência) (?:de |do |da )(?P<target>[A-ZÀ-Þ][\w\-]*(?: [A-ZÀ-Þ][\w\-]*){0,3})",
]

# --- Crowd sizes (read by ``crowd_size.py`` for every language; see lang/en/event.py)
CROWD_SHARED_PEOPLE = (r"pessoas|trabalhadores",)
CROWD_SHARED_CASUALTIES = ("mortos", "feridos", "presos")
#: the words that join a size word to its people noun ("thousands *of* people"), read in every article
CROWD_SHARED_SIZE_WORD_OF = ("de", "da", "do")
#: the words that may join a count of millions to its people noun ("1,5 millones *de* personas")
CROWD_SHARED_MILLIONS_OF = ("de",)
#: the thousands word after a number, with the space before it (a regex: "80 mil", "3mila")
CROWD_SHARED_THOUSANDS = (" mil",)
CROWD_PEOPLE = (
    r"estudantes|professores|participantes|ativistas|activistas|operários|funcionários|servidores|médicos|"
    r"enfermeiros|agricultores|moradores|indígenas|caminhoneiros|motoristas|metalúrgicos|bancários|aposentados|"
    r"reformados|jovens|mulheres|cidadãos|militantes|apoiadores|torcedores|sindicalistas|pessoas|manifestantes|"
    r"trabalhadores|docentes|policiais|estivadores|camponeses|famílias|sem-teto|sem-terra|entregadores|"
    r"rodoviários|petroleiros|garis|vigilantes|inquilinos|pescadores|artistas|advogados|jornalistas|"
    r"universitários|servidoras|professoras|enfermeiras|trabalhadoras|associados|filiados|delegados",
)
CROWD_SIZE_WORDS = (
    ("hundreds of thousands", "centenas de milhares"), ("tens of thousands", "dezenas de milhares"),
    ("millions", "milhões"), ("a few thousand", "alguns milhares"), ("several thousand", "vários milhares"),
    ("thousands", "milhares"), ("a few hundred", "algumas centenas"), ("several hundred", "várias centenas"),
    ("hundreds", "centenas"), ("dozens", "dezenas"),
)
CROWD_NUMBER_WORDS = {"uma centena": 100, "um milhar": 1000, "meio milhão": 500_000, "um milhão": 1_000_000}
#: substrings one of which each of the number and size words above holds that holds none of the
#: shared keys (CROWD_SHARED_KEYS): they are looked for in this language's articles
CROWD_KEYS = ("dezena",)
CROWD_QUALIFIERS_MORE = ("mais de", "pelo menos", "ao menos")
CROWD_QUALIFIERS_LESS = ("quase", "até", "menos de")
CROWD_QUALIFIERS_ABOUT = ("aproximadamente", "em torno de", "por volta de", "uns", "umas", "cerca de", "perto de")
CROWD_RANGE_WORDS = ("e",)
CROWD_COUNT_CUES = (r"(?:reuniu|reuniram|levou|mobilizou|juntou|atraiu)",)
CROWD_SOURCES = (
    r"segundo (?:a |os |as |o )?(?:polícia|pm|polícia militar|psp|gnr|organizadores|organização|sindicatos|autoridades)",
    r"de acordo com (?:a polícia|os organizadores|a organização|a pm)",
)
CROWD_MEMBERSHIP_CUES = (r"representa|filiados",)
CROWD_VERBS = (
    r"protestaram|marcharam|participaram|se reuniram|reuniram-se|saíram às ruas|foram às ruas|ocuparam|bloquearam|"
    r"aderiram|manifestaram-se|se manifestaram|desfilaram|caminharam|pararam|entraram em greve|nas ruas",
)
CROWD_MILLIONS = ("milhões", "milhão")
CROWD_NOT_PEOPLE = (r"por cento|anos|dias|horas|semanas|meses|euros|reais|quilômetros|quilómetros|metros|votos|assinaturas|policiais|agentes",)

# --- Location (read by event.py with the rules of event_rules.RULES named location_*)
#: prepositions that name where a protest was ("em Lisboa", "na Avenida Paulista", "em frente ao Palácio")
PLACE_PREPOSITIONS = (
    "em", "na", "no", "nas", "nos", "em frente", "diante", "pelas ruas de", "nas ruas de", "até", "junto",
    "à entrada de", "à entrada do", "à entrada da", "à porta de", "à porta do", "à porta da",
    # the town after a preposition glued to its article ("no centro *do* Rio de Janeiro", "pelas ruas *do* Porto")
    "no centro de", "no centro do", "no centro da", "pelas ruas do", "pelas ruas da", "nas ruas do", "nas ruas da",
    # the verbs of a march's way and an occupation, before the place they take ("percorreu a Avenida Paulista")
    "percorreu", "percorreram", "ocupou", "ocuparam",
)
PLACE_DETERMINERS = ("ao ", "à ", "do ", "da ", "o ", "a ", "os ", "as ")
PLACE_NAME_LINKS = ("do", "da", "dos", "das", "de")
PLACE_IN = ("em", "no", "na")
PLACE_NOUNS = (
    r"assembleia|câmara|ministério|tribunal|palácio|avenida|rua|largo|praça|estação|fábrica|porto|hospital|escola|"
    r"reitoria|sede|congresso|senado|parlamento|esplanada|prefeitura|embaixada|consulado|universidade|aeroporto|ponte|bairro|refinaria|armazém|portaria|"
    r"cais|doca|entrada|portão|portões|estrada|rotunda|aldeia|freguesia|concelho|mercado|mina|centro de saúde",
)
#: rooms of a venue a protest occupies
PLACE_NOUNS += (r"átrio|saguão|biblioteca|auditório|anfiteatro|escadaria",)
PLACE_ADJECTIVES = ("municipal", "nacional", "federal", "estadual", "legislativa", "regional")
#: words of a sentence that reports the event (lower case, besides the shared event words)
REPORTING_WORDS = [
    r"\b(?:milhares|centenas|dezenas de milhares|ato|atos|paralisa\w*|pararam|bloque\w*|ocupa\w*|protest\w*|"
    r"às ruas|nas ruas|concentra\w*|marcha\w*|vigília\w*|caminhada)\b",
]

# --- Target (read by event.py with the rules of event_rules.RULES named target_*)
TARGET_EMPLOYER_CUES = [r"(?:trabalhadores|funcionários|empregados|operários|greve|servidores|metalúrgicos) (?:da|do|das|dos|de|na|no)"]
TARGET_THAT_CUES = [r"exig(?:em|iram|e|ir) que|ped(?:em|iram|e) que|reivindic(?:am|aram) que"]
CLAUSE_OBJECT_OPENERS = frozenset("o a os as um uma seu sua seus suas ao à com em por para".split())
PROTEST_WORDS = [r"marcha|ato|às ruas|nas ruas"]
INSTITUTION_HOUSES = [
    r"\b(?:em frente (?:ao|à)|diante (?:do|da)|na porta (?:do|da)|na frente (?:do|da)) (?P<target>(?:Palácio|Congresso|"
    r"Ministério|Assembleia|Câmara|Prefeitura|Tribunal|Supremo|Senado|Governo|Esplanada|Reitoria|Sede)"
    r"(?: (?:do |da |dos |das |de )?[A-ZÀ-Þ][\w\-]*){0,4}(?: (?:Municipal|Nacional|Federal|Legislativa|Regional))?)",
]

#: rule target_addressee (see lang/en/event.py): "pedem ao governo", "cobram da prefeitura"; the
#: phrase ends before "a"/"para" and an infinitive or "que"
TARGET_ADDRESSEE_CUES = [r"(?:ped|cobr|exig|reivindic)\w* (?:ao|à|aos|às)|cobr\w* (?:do|da|dos|das)"]
TARGET_ADDRESSEE_ENDS = [r" (?:a|para) \w+(?:ar|er|ir)\b| que\b|(?<! de)(?<! e) (?:o|a|os|as|um|uma)\b"]
#: rule target_opponents: what the protesters are named the opponents of ("opositores da reforma"): the target, the
#: phrase cut before the verb that follows it (see TARGET_THAT_CUES)
TARGET_OPPONENT_CUES = [r"opositores (?:de|do|da|dos|das|ao|à)"]
#: words that announce an event (lower case regex): a weekday they come shortly before is the next
#: such day, not the last (rule date_announced_ahead: "will strike on Monday"; not "announced on
#: Monday that", where the weekday is the announcement's)
DATE_AHEAD_CUES = [r"convoca\w*|previst[oa]s?|vai|vão|será realizad[oa]|próxim[oa]s?|marcad[oa]s? para"]

#: the prepositions before a town (rule location_town_by_position: "da Metalúrgica X, em Vale de Y, cumprem")
TOWN_PREPOSITIONS = ("em",)
#: a workplace (an employer or its site) and the words before its town (rule location_workplace_town)
WORKPLACE_TOWN_NOUNS = ("empresa", "fábrica", "companhia", "hospital", "operadora")
WORKPLACE_TOWN_LINKS = ("de", "em")
#: nouns of a region, province or area before its name: where the event is when nothing else says (rule
#: location_named_region)
REGION_NOUNS = ("o distrito de", "a região de", "o município de", "o concelho de", "a província de")
#: a march through a town's streets: the name after it is a town (rule location_streets_town)
STREETS_OF = ("pelas ruas de", "nas ruas de", "pelas ruas do", "pelas ruas da", "nas ruas do", "nas ruas da", "o centro de", "pelo centro de", "no centro de", "as ruas do centro de", "pelas ruas do centro de")
#: a name after the town preposition that closes the sentence is a town (rule location_town_closing_sentence)
TOWN_CLOSES_SENTENCE = True
#: the verbs whose object is the place a protest holds (rule location_object_verbs, read as place prepositions)
PLACE_OBJECT_VERBS = ("ocupam", "bloqueiam", "bloquearam", "bloqueou", "cortaram", "ocuparam", "ocupa", "ocupou", "bloqueia")
#: rule target_party_over_issue (see lang/en/event.py): "exigem à Câmara Municipal", "cobram do governo"
TARGET_PARTY_CUES = [r"(?:ped|exig|reivindic)\w* (?:do|da|dos|das)(?= )|apel\w* (?:ao|à|aos|às)(?= )|"
                     r"responsabiliz\w*(?= (?:o|a|os|as) )"]
#: the blamed party ends before what it is blamed for ("responsabiliza o conselho | pela falta")
TARGET_PARTY_ENDS = [r" pel[oa]s? "]

#: rule target_counter_protest (see lang/en/event.py): "contra uma marcha de X", "contra o comício do X"
TARGET_COUNTER_EVENTS = [
    r"(?:uma? |a |o |os |as )?(?:\w+ ){0,2}?(?:marcha|manifestação|comício|ato|congresso|visita)(?:s|ões)? "
    r"(?:convocad[oa] por|organizad[oa] por|da|do|dos|das|de)"
]

#: rule target_party_named (see lang/en/event.py): "exigem da Metalúrgica X", "cobram de X"
TARGET_PARTY_CUES_NAMED = [r"(?:exig|cobr|reivindic)\w* (?:de|a)|(?:exig|ped|reivindic)(?:em|iram|e|indo) que"]

#: rule target_issue_author (see lang/en/event.py): "a proposta | do Governo", "os cortes anunciados | pela Câmara"
TARGET_AUTHOR_LINKS = [r"(?:\w+d[oa]s? )?(?:por|pelo|pela)|do|da|dos|das|de"]
#: what follows a town at once in a report of a protest, besides a weekday (rule location_town_before_cue)
TOWN_FOLLOWERS = ("contra", "em protesto", "para exigir", "para protestar", "esta", "este", "ontem", "hoje")
#: nouns for an employer that name no one: a target that is only one of them is the company the article names
#: (rule target_named_employer)
EMPLOYER_NOUNS = ('empresa', 'a empresa', 'companhia', 'a companhia', 'direção', 'a direção')

#: rule size_vehicles: the vehicles and boats a protest is counted by when no people are ("about 40 vessels")
CROWD_VEHICLES = ("tratores|tractores|barcos|embarcações|caminhões|camiões|táxis",)

#: rule target_workplace_firm: phrases of a headline that name a firm by its workplace or its staff ("{firm}": its name)
WORKPLACE_FIRM = [
    r"\b(?:fábrica|sede|unidade|armazém|lojas?|escritórios?) (?:de |da |do )(?:[a-zà-ÿ]+ ){0,2}?{firm}",
    r"\b(?:trabalhadores|funcionários|operários|greve|entregadores) (?:da|do|na|no) {firm}",
]

#: rule location_road: the articles and road nouns before a road's number ("the M62", "la autovía A-48"), and the
#: words before the town it is blocked near ("ter hoogte van")
ROAD_NOUNS = ("a", "o", "autoestrada", "auto-estrada", "rodovia", "estrada", "estrada nacional", "itinerário principal",)
ROAD_NEAR = ("na altura de", "perto de", "junto a", "em", "entre",)

#: rule target_issue_author_far: a participle and its agent that join a thing, a few words on, to the body whose it is
TARGET_AUTHOR_AGENTS = [r"\w+(?:ad|id)[oa]s? (?:por|pelo|pela|pelos|pelas)"]

#: rule location_road_at_town: the words between a road with no number and the town it is blocked at the height of
ROAD_AT = ("na altura de", "perto de",)

#: (rule size_language_words) more people nouns of protest reports: trades and roles that walk out or march
CROWD_PEOPLE += (
    r"camionistas|estafetas|empregados|lojistas|juízes|carteiros|pilotos|tripulantes|grevistas",
)

#: rule location_object_verb_adverbial: a time or a means between a verb of PLACE_OBJECT_VERBS and its place (lower case)
OBJECT_VERB_ADVERBIALS = [
    r"(?:desde )?(?:(?:a |o |esta |este |nesta |neste |na |no )?(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|(?:o |este |neste |no )?(?:sábado|domingo))",
    r"durante (?:\w+ )?(?:horas|dias)|durante (?:toda )?a (?:manhã|tarde|noite)|ontem|hoje|desde (?:ontem|esta manhã|as \w+ horas)",
]

#: an adjective after a place noun, by its endings (rule location_venue_adjective): the noun comes first
#: in this language ("dépôt pétrolier", "hospital universitario", "stabilimento siderurgico")
VENUE_ADJECTIVES = (r"[a-zà-ú]+(?:al|ais|ário|ária|ico|ica|eiro|eira|ivo|iva|ar|ense)",)

#: the tens as words ("zo'n veertig bewoners", "rund vierzig Anwohner", "unos cuarenta vecinos"; stop 31), and the
#: texts that find them (see CROWD_KEYS above)
CROWD_NUMBER_WORDS = {**CROWD_NUMBER_WORDS, **{"vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60, "setenta": 70, "oitenta": 80, "noventa": 90, "cem": 100, "duzentos": 200, "trezentos": 300}}
CROWD_KEYS = (*CROWD_KEYS, *("enta", "inta", "inte", "cem", "entos"))
#: a decade is no crowd ("in de jaren zestig betoogden studenten": the words before a count that make it none)
CROWD_NOT_AFTER = (r"anos",)
