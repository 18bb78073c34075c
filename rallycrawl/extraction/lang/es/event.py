"""Spanish words of the protest event (read by ``extraction/event.py``)."""

TARGET_CUES = [
    r"en conflicto con|en disputa con|en rechazo a|en rechazo al|en repudio a|en repudio al|exig(?:en|ieron|ió|e|ir|iendo) al|"
    r"exig(?:en|ieron|ió|e|ir|iendo) a la|reclam(?:an|aron|ó|a|ar|ando) al|reclam(?:an|aron|ó|a|ar|ando) a la|"
    r"ped(?:ir|ían|ían|ido|ir) al|piden al|pidieron al|renuncia de|dimisión de"
]
#: cues that name a target only after a protest word ("a march against the reform", not "guard against")
AGAINST_CUES = [r"contra|en contra de"]
TARGET_CUES_NAMED = [r"(?:trabajadores|empleados|huelga|paro) (?:de|en)"]
ANTI_PREFIXES = ("anti",)
TARGET_STOP = frozenset("""
en por para con desde durante tras y e o que se ante frente este esta estos estas ese esa hacia hasta sobre según
como pero porque cuando donde mientras es son fue fueron ha han lunes martes miércoles jueves viernes sábado domingo
""".split())
GENERIC_TARGETS = (
    "Gobierno", "gobierno", "autoridades", "Ejecutivo", "Poder Ejecutivo", "policía", "Policía", "patronal",
    "cámaras empresarias", "empresas", "empresa", "Congreso", "régimen", "Corte Suprema", "ministerio", "Ministerio",
)
TARGET_MODIFIERS = frozenset("el la los las".split())
CROWD_QUALITATIVE = [r"(?:marcha|manifestación|movilización|protesta|concentración)e?s? (?:multitudinari|masiv)\w+|multitudinari\w+ (?:marcha|manifestación|movilización|protesta)\w*"]
TARGET_PATTERNS = [
    r"\b(?:frente a|ante|en las puertas de) (?:la |el )?(?:embajada|consulado|sede|oficinas?|residencia|casa) (?:de |del )(?P<target>[A-ZÁÉÍÓÚÑ][\w\-]*(?: (?:de |del )?[A-ZÁÉÍÓÚÑ][\w\-]*){0,3})",
    r"\b(?:renuncia|dimisión|destitución|salida) (?:de |del )(?:presidente |gobierno de )?(?P<target>[A-ZÁÉÍÓÚÑ][\w\-]*(?: [A-ZÁÉÍÓÚÑ][\w\-]*){0,2})",
]
#: words of a sentence that reports the event (lower case, besides the shared event words)
REPORTING_WORDS = [
    r"\b(?:miles|cientos|centenares|decenas de miles|piquete\w*|bloque(?:o|os|aron|an)|cacerola\w*|sentada\w*|"
    r"plant[oó]n\w*|vigilia\w*|movilizaci\w*|tomaron las calles|salieron a las calles)\b",
]
#: articles that open a new noun phrase after a noun ("al Gobierno una mejora"), unless a
#: linking word comes before them
PHRASE_OPENERS = frozenset("el la los las un una unos unas".split())
PHRASE_LINKS = frozenset("de del a al y e o con para por sobre".split())
#: the institution in front of whose house a protest stands: the target when no cue in the
#: same text names one (case-sensitive regexes with a group "target")
VENUE_TARGETS = [
    r"\b(?:frente al|ante el|frente a la|ante la|a las puertas del|a las puertas de la) (?P<target>(?:Congreso|Ministerio|"
    r"Palacio de Gobierno|Palacio Legislativo|Casa Rosada|Casa de Gobierno|Parlamento|Senado|Asamblea|Ayuntamiento|Gobernación|"
    r"Legislatura|Tribunal|Corte|Moncloa|Generalitat|Municipalidad|Intendencia|Consejería|Delegación del Gobierno|Xunta|Junta)"
    r"(?: (?:de |del |de la |de los |de las )?[A-ZÁÉÍÓÚÑ][\w\-]*){0,4})",
]

# --- Crowd sizes (read by ``crowd_size.py`` for every language; see lang/en/event.py)
CROWD_SHARED_PEOPLE = (
    r"pensionistas|jubilados|vecinos|agricultores|"
    r"ciudadanos|mujeres|militantes|activistas|simpatizantes|afiliados|campesinos|obreros|maestros|médicos|"
    r"jóvenes|asistentes|participantes|huelguistas|indígenas|empleados|profesores|universitarios|sanitarios|"
    r"familias|enfermeras|enfermeros|taxistas|transportistas|productores|manifestantes|"
    r"personas|trabajadores|estudiantes|docentes",
)
CROWD_SHARED_QUALIFIERS_MORE = ("más de",)
CROWD_SHARED_QUALIFIERS_LESS = ("casi",)
CROWD_SHARED_QUALIFIERS_ABOUT = ("unos", "unas", "cerca de", "alrededor de")
CROWD_SHARED_NUMBER_WORDS = {
    "un millar": 1000, "medio millar": 500, "un centenar": 100, "medio centenar": 50, "medio millón": 500_000,
    "un millón": 1_000_000,
}
CROWD_SHARED_SIZE_WORDS = (
    ("hundreds of thousands", "cientos de miles"), ("tens of thousands", "decenas de miles"), ("millions", "millones"),
    ("several thousand", "varios miles"), ("thousands", "miles"), ("several hundred", "varios cientos"),
    ("hundreds", "cientos"), ("hundreds", "centenares"), ("dozens", "decenas"),
)
#: verbs after a size word standing alone for people ("miles marcharon") or a count: regex alternatives
CROWD_SHARED_VERBS = (
    r"marcharon|marchan|se manifestaron|se manifiestan|protestaron|protestan|salieron|salen|se concentraron|"
    r"se congregaron|participaron|participan|acudieron|se reunieron|exigieron|reclamaron|desfilaron|llenaron|"
    r"colmaron|asistieron|se movilizaron|bloquearon|cortaron",
)
CROWD_SHARED_KEYS = ("millar", "millón", "millon", "centenar", "miles", "cientos", "centenares", "decenas")
CROWD_SHARED_RANGE_WORDS = ("a", "y")
CROWD_SHARED_CASUALTIES = ("muertos", "murieron", "heridos", "detenidos")
#: the words that join a size word to its people noun ("thousands *of* people"), read in every article
CROWD_SHARED_SIZE_WORD_OF = ("de",)
#: the words that may join a count of millions to its people noun ("1,5 millones *de* personas")
CROWD_SHARED_MILLIONS_OF = ("de",)
#: the thousands word after a number, with the space before it (a regex: "80 mil", "3mila")
CROWD_SHARED_THOUSANDS = (" mil",)
CROWD_PEOPLE = (
    r"estibadores|portuarios|mineros|camioneros|conductores|choferes|pobladores|comuneros|ganaderos|cocaleros|"
    r"maestras|alumnos|padres|madres|hinchas|seguidores|opositores|partidarios|afectados|desempleados|jornaleros|"
    r"repartidores|feministas|sindicalistas|funcionarios|bomberos|abogados|periodistas|artistas|"
    r"integrantes|miembros|delegados|motociclistas|ciclistas|campesinas|trabajadoras|indígenas|comerciantes|"
    r"vendedores|inquilinos|usuarios|residentes|vecinas|ecologistas|ambientalistas|investigadores|científicos|"
    r"pacientes|extrabajadores|ex trabajadores|profesoras|maestros y maestras|alumnas|chicas|jubiladas|pescadores|"
    r"regantes|autónomos|interinos|interinas|sanitarias|enfermeras y enfermeros|médicas|estibadoras|hosteleros|feriantes",
)
CROWD_SIZE_WORDS = (
    ("thousands", "millares"), ("a few hundred", "unos pocos cientos"), ("a few hundred", "algunos cientos"),
    ("several hundred", "varios centenares"), ("dozens", "varias decenas"), ("dozens", "unas decenas"),
    ("a few hundred", "unos cuantos cientos"), ("a few thousand", "unos cuantos miles"), ("a few thousand", "unos pocos miles"), ("a few thousand", "algunos miles"),
)
CROWD_NUMBER_WORDS = {
    "mil": 1000, "una veintena": 20, "una treintena": 30, "una decena": 10, "una docena": 12, "una cuarentena": 40,
    "una cincuentena": 50,
}
#: substrings one of which each of the number and size words above holds that holds none of the
#: shared keys (CROWD_SHARED_KEYS): they are looked for in this language's articles
CROWD_KEYS = ("mil",)
CROWD_QUALIFIERS_MORE = ("al menos", "por lo menos", "más de", "mas de")
CROWD_QUALIFIERS_LESS = ("hasta", "menos de")
CROWD_QUALIFIERS_ABOUT = ("aproximadamente", "en torno a", "en torno de", "unos", "unas", "alrededor de", "cerca de")
CROWD_COUNT_CUES = (
    r"(?:reunió|reunieron|congregó|congregaron|convocó|convocaron|movilizó|movilizaron|juntó|llevó) a",
    r"(?:cifró|cifraron|calculó|calcularon)(?: la (?:asistencia|participación))? en",
    r"(?:los organizadores|los convocantes|los sindicatos|la policía) (?:hablaron|habló|hablan|habla) de",
)
CROWD_SOURCES = (
    r"según (?:la |los |las |el )?(?:policía|policia|organizadores|organizaciones|convocantes|sindicatos|"
    r"delegación del gobierno|autoridades|guardia urbana|carabineros|policía nacional|policía municipal|gobierno)",
    r"de acuerdo (?:con|a) (?:la policía|los organizadores|los convocantes|las autoridades)",
)
CROWD_MEMBERSHIP_CUES = (r"representa a|agrupa a|nuclea a|cuenta con",)
CROWD_VERBS = (r"se sumaron|se unieron|se plegaron|adhirieron|pararon|hicieron huelga|se manifestaron|salieron a las calles",)
CROWD_MILLIONS = ("millones", "millón")
CROWD_NOT_PEOPLE = (r"por ciento|años|días|horas|semanas|meses|euros|pesos|dólares|kilómetros|metros|votos|firmas|agentes|policías|uniformados|efectivos",)

# --- Location (read by event.py with the rules of event_rules.RULES named location_*)
PLACE_PREPOSITIONS = ("frente", "delante", "las calles de", "a las puertas de", "a las puertas del", "a la altura de", "en los alrededores de", "en las inmediaciones de", "desde", "hasta", "en el centro de", "por el centro de",
                      # "salieron a la calzada X", "marcharon a la plaza X" (a one-word place after "a" is not read)
                      "a")
#: articles between a preposition and a place ("frente al Congreso", "hasta la Plaza")
PLACE_DETERMINERS = ("al ", "del ", "los ", "las ")
#: nouns of places written in lower case before a name ("la plaza de Mayo", "la sede del Gobierno en Lima")
PLACE_NOUNS = (
    r"congreso|senado|ministerio|asamblea|parlamento|palacio|plaza|avenida|calle|paseo|sede|delegación|gobernación|"
    r"alcaldía|municipalidad|intendencia|legislatura|tribunal|juzgado|rectorado|universidad|fábrica|planta|puerto|"
    r"hospital|estación|catedral|embajada|consulado|ayuntamiento|edificio|parque|puente|autopista|ruta|carretera|"
    r"aeropuerto|colegio|escuela|instituto|liceo|facultad|mercado|estadio|consejería|subdelegación|rotonda|glorieta|"
    r"centro de salud|mina|terminal|hospitales|barrio|polígono|campus|refinería|almacén|puertas?|entrada|acceso|"
    r"localidad|municipio|pueblo|calzada|muelle|lonja|peaje",
)
#: rooms of a venue a protest occupies
PLACE_NOUNS += (r"vestíbulo|hall|biblioteca|aula magna|paraninfo|recepción",)
#: adjectives that follow a place's name and belong to it ("Congreso Nacional", "Palacio Legislativo")
PLACE_ADJECTIVES = ("nacional", "municipal", "legislativo", "legislativa", "provincial", "regional", "federal", "central")

# --- Target (read by event.py with the rules of event_rules.RULES named target_*)
TARGET_EMPLOYER_CUES = [r"(?:operarios|obreros|plantilla|personal|empleadas|trabajadoras) (?:de|del)|(?:contratad|emplead)[oa]s? por"]
TARGET_THAT_CUES = [r"exig(?:en|ieron|ió|e|ir|iendo) que|reclam(?:an|aron|ó|a|ar|ando) que|pid(?:en|ieron|ió|e) que"]
CLAUSE_OBJECT_OPENERS = frozenset("el la los las lo un una unos unas su sus al a con en por para".split())
PROTEST_WORDS = [r"salieron a las calles|tomaron las calles|marcharon|desfil|cacerol|piquete|bloque|tractorada|escrache|sentada|"
                 r"cort(?:aron|an|e|es) (?:de )?(?:la |las |el )?(?:ruta|rutas|calle|calles|autopista|carretera)"]

#: rule target_addressee (see lang/en/event.py): "instaron al Ayuntamiento a reabrir", "exigieron a
#: las autoridades la liberación"; the phrase ends before "a"/"para" and an infinitive or "que"
TARGET_ADDRESSEE_CUES = [
    r"(?:exig(?:en|ieron|ió|e|ir|iendo)|reclam(?:an|aron|ó|a|ar|ando)|pid(?:en|ieron|ió|e|iendo)|pedir) a (?:los|las)|"
    r"(?:inst|exhort)(?:an|aron|ó|a|ar|ando|aban) a(?:l| la| los| las)?|"
    r"(?:presion|acus)(?:an|aron|ó|a|ar|ando|aban) a(?:l| la| los| las)"
]
TARGET_ADDRESSEE_ENDS = [r" (?:a|para|de) \w+(?:ar|er|ir)\b| para que\b| que\b|(?<! de)(?<! del)(?<! y) (?:el|la|los|las|un|una|unos|unas)\b"]
#: rule target_protest_about (see lang/en/event.py): "en protesta por el cierre", "protestaron por los
#: despidos", "para denunciar los recortes"
TARGET_ABOUT_CUES = [
    r"en protesta (?:por|contra)|protest(?:an|aron|aban|ar|ando|ó|a) (?:por|contra)|para (?:denunciar|rechazar|repudiar)|"
    r"(?:rechaz(?:an|aron|aban|ando|ó)|denunci(?:an|aron|aban|ando))(?= (?:el|la|los|las|un|una|su|sus)\b)"
]
#: rule target_opponents: what the protesters are named the opponents of ("opositores a la reforma judicial"): the target, the
#: phrase cut before the verb that follows it (see TARGET_THAT_CUES)
TARGET_OPPONENT_CUES = [r"opositores (?:a|al|a la|a los|a las|de|del)|detractores (?:de|del)"]
#: words that announce an event (lower case regex): a weekday they come shortly before is the next
#: such day, not the last (rule date_announced_ahead: "will strike on Monday"; not "announced on
#: Monday that", where the weekday is the announcement's)
DATE_AHEAD_CUES = [r"convoca\w*|convocad[ao]s?|prevé|previst[ao]s?|va a|van a|realizará\w*|harán|hará|próxim[ao]s?"]

#: the verbs whose object is the place a protest holds (rule location_object_verbs, read as place prepositions)
PLACE_OBJECT_VERBS = ("ocupan", "ocuparon", "ocupa", "ocupó", "cortan", "cortaron", "cortó", "bloquean", "bloquearon", "bloqueó",
                      "recorren", "recorrieron", "recorrió")
#: the prepositions before a town (rule location_town_by_position: "se manifestaron en Valdemora, donde …")
TOWN_PREPOSITIONS = ("en",)
#: a workplace (an employer or its site) and the words before its town (rule location_workplace_town)
WORKPLACE_TOWN_NOUNS = ("empresa", "compañía", "fábrica", "planta", "hospital", "ayuntamiento", "operadora")
WORKPLACE_TOWN_LINKS = ("de", "en")
#: nouns of a region, province or area before its name: where the event is when nothing else says (rule
#: location_named_region)
REGION_NOUNS = ("la provincia de", "la comarca de", "la región de", "el municipio de", "la comunidad de")
#: a march through a town's streets: the name after it is a town (rule location_streets_town)
STREETS_OF = ("por las calles de", "las calles de", "recorrieron las calles de", "el centro de", "por el centro de", "en el centro de", "recorrieron el centro de")
#: rule target_party_over_issue (see lang/en/event.py): "exigen al Rectorado que", "responsabilizan a la
#: compañía X", "piden a la Consejería", "acusan al Ayuntamiento de"
TARGET_PARTY_CUES = [
    r"(?:exig|reclam|ped|pid|responsabiliz|culp|emplaz)"
    r"(?:en|an|ieron|aron|ió|ó|e|a|ir|ar|iendo|ando|ían|aban) (?:al|a(?= (?:la|los|las) ))"
]

#: rule target_counter_protest (see lang/en/event.py): "contra una marcha convocada por X", "contra el mitin de X"
TARGET_COUNTER_EVENTS = [
    r"(?:una? |la |el |los |las )?(?:\w+ ){0,2}?(?:marcha|concentración|manifestación|mitin|acto|congreso|visita)(?:es|s)? "
    r"(?:convocad[oa]s? por|organizad[oa]s? por|de la|del|de los|de las|de)"
]

#: rule target_party_named (see lang/en/event.py): "exigen de Aguas Lirio una solución"
TARGET_PARTY_CUES_NAMED = [r"(?:exig|reclam)(?:en|an|ieron|aron|ió|ó|e|a|ir|ar|iendo|ando) (?:de|a)|(?:exig|pid|reclam)(?:en|an|ieron|aron|e|a|iendo|ando) que"]

#: rule target_issue_author (see lang/en/event.py): "el ERE planteado | por la dirección", "la reforma | del Gobierno"
TARGET_AUTHOR_LINKS = [r"(?:\w+ad[oa]s? )?por|del|de la|de los|de las|de"]
#: what follows a town at once in a report of a protest, besides a weekday (rule location_town_before_cue)
TOWN_FOLLOWERS = ("contra", "en protesta", "para protestar", "para exigir", "para reclamar", "este", "esta", "ayer", "hoy")
#: nouns for an employer that name no one: a target that is only one of them is the company the article names
#: (rule target_named_employer)
EMPLOYER_NOUNS = ('empresa', 'la empresa', 'compañía', 'la compañía', 'firma', 'la firma', 'patronal', 'la patronal', 'dirección', 'la dirección')

#: rule size_vehicles: the vehicles and boats a protest is counted by when no people are ("about 40 vessels")
CROWD_VEHICLES = ("tractores|barcos|embarcaciones|pesqueros|camiones|taxis",)

#: rule target_workplace_firm: phrases of a headline that name a firm by its workplace or its staff ("{firm}": its name)
WORKPLACE_FIRM = [
    r"\b(?:fábrica|sede|planta|almacén|oficinas|factoría) (?:de |del )?(?:la |el )?{firm}",
    r"\b(?:trabajadores|empleados|plantilla|repartidores|huelga) (?:de |del |en )(?:la |el )?{firm}",
]

#: rule location_road: the articles and road nouns before a road's number ("the M62", "la autovía A-48"), and the
#: words before the town it is blocked near ("ter hoogte van")
ROAD_NOUNS = ("la", "el", "autovía", "autopista", "carretera", "nacional", "ruta",)
ROAD_NEAR = ("a la altura de", "cerca de", "en", "entre",)

#: rule target_issue_author_far: a participle and its agent that join a thing, a few words on, to the body whose it is
TARGET_AUTHOR_AGENTS = [r"\w+(?:ad|id)[oa]s? por"]

#: rule location_road_at_town: the words between a road with no number and the town it is blocked at the height of
ROAD_AT = ("a la altura de", "cerca de",)

#: (rule size_language_words) more people nouns of protest reports: trades and roles that walk out or march
CROWD_PEOPLE += (
    r"marineros|operarios|limpiadoras|camareros|jueces|carteros|pilotos|azafatas|tripulantes|controladores|moteros|temporeros",
)

#: rule location_object_verb_adverbial: a time or a means between a verb of PLACE_OBJECT_VERBS and its place (lower case)
OBJECT_VERB_ADVERBIALS = [
    r"(?:desde )?(?:el |este |esta )?(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)(?: (?:por la mañana|por la tarde|pasado))?",
    r"desde hace (?:\w+ )(?:días|horas|semanas)|desde (?:ayer|primera hora|esta mañana)|durante (?:\w+ )?(?:horas|días)|durante (?:toda )?la (?:mañana|tarde|noche)|ayer|hoy",
]

#: an adjective after a place noun, by its endings (rule location_venue_adjective): the noun comes first
#: in this language ("dépôt pétrolier", "hospital universitario", "stabilimento siderurgico")
VENUE_ADJECTIVES = (r"[a-zá-úñ]+(?:al|ales|ario|aria|ico|ica|ero|era|ivo|iva|ense)",)

#: the tens as words ("zo'n veertig bewoners", "rund vierzig Anwohner", "unos cuarenta vecinos"; stop 31), and the
#: texts that find them (see CROWD_KEYS above)
CROWD_NUMBER_WORDS = {**CROWD_NUMBER_WORDS, **{"veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "doscientos": 200, "trescientos": 300}}
CROWD_KEYS = (*CROWD_KEYS, *("enta", "einte", "cien"))
#: a decade is no crowd ("in de jaren zestig betoogden studenten": the words before a count that make it none)
CROWD_NOT_AFTER = (r"años",)
