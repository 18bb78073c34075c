"""Italian words of the protest event (read by ``extraction/event.py``)."""

TARGET_CUES = [r"per protestare contro|dimissioni di|chiedono al|chiedono alla"]
#: cues that name a target only after a protest word ("a march against the reform", not "guard against")
AGAINST_CUES = [r"contro"]
TARGET_CUES_NAMED = []
ANTI_PREFIXES = ("anti",)
TARGET_STOP = frozenset("a in per con da e che davanti durante dopo prima sono è ha hanno lunedì martedì mercoledì giovedì venerdì sabato domenica".split())
GENERIC_TARGETS = ("governo", "Governo", "autorità", "polizia", "azienda", "ministero", "Regione", "Comune",
)
TARGET_MODIFIERS = frozenset("il la lo i gli le l'".split())
CROWD_QUALITATIVE = [r"(?:manifestazion|mobilitazion|protest)\w* (?:di massa|oceanic\w+|massicc\w+)"]
TARGET_PATTERNS = [
    r"\bdavanti (?:all['’]|alla |al )(?:ambasciata|consolato|sede|residenza) (?:di |del |della )(?P<target>[A-ZÀ-Þ][\w\-]*(?: [A-ZÀ-Þ][\w\-]*){0,3})",
]

# --- Crowd sizes (read by ``crowd_size.py`` for every language; see lang/en/event.py)
CROWD_SHARED_PEOPLE = (r"persone|manifestanti|lavoratori",)
CROWD_SHARED_CASUALTIES = ("morti", "feriti", "arrestati")
#: the words that join a size word to its people noun ("thousands *of* people"), read in every article
CROWD_SHARED_SIZE_WORD_OF = ("di",)
#: the words that may join a count of millions to its people noun ("1,5 millones *de* personas")
CROWD_SHARED_MILLIONS_OF = ("di",)
#: the thousands word after a number, with the space before it (a regex: "80 mil", "3mila")
CROWD_SHARED_THOUSANDS = (r" ?mila",)
CROWD_PEOPLE = (
    r"studenti|studentesse|cittadini|dimostranti|partecipanti|attivisti|operai|dipendenti|insegnanti|docenti|medici|"
    r"infermieri|pensionati|agricoltori|giovani|donne|residenti|tifosi|militanti|sindacalisti|precari|famiglie|"
    r"genitori|migranti|tassisti|camionisti|portuali|metalmeccanici|lavoratrici|abitanti|manifestanti|persone|lavoratori|"
    r"rider|ferrovieri|autisti|braccianti|commercianti|ambulanti|ricercatori|precarie|universitari|pendolari|delegati|"
    r"iscritti|volontari|giornalisti|avvocati|magistrati|farmacisti|allevatori|pescatori|sfrattati|inquilini",
)
CROWD_SIZE_WORDS = (
    ("hundreds of thousands", "centinaia di migliaia"), ("tens of thousands", "decine di migliaia"),
    ("millions", "milioni"), ("a few thousand", "alcune migliaia"), ("a few thousand", "qualche migliaio"),
    ("several thousand", "diverse migliaia"), ("thousands", "migliaia"), ("a few hundred", "alcune centinaia"),
    ("a few hundred", "qualche centinaio"), ("several hundred", "diverse centinaia"), ("hundreds", "centinaia"),
    ("dozens", "decine"),
)
CROWD_NUMBER_WORDS = {
    "un centinaio": 100, "un migliaio": 1000, "mille": 1000, "mezzo milione": 500_000, "un milione": 1_000_000,
    # "una cinquantina di lavoratori": about fifty
    "una ventina": 20, "una trentina": 30, "una quarantina": 40, "una cinquantina": 50, "una sessantina": 60,
    "una settantina": 70, "un'ottantina": 80, "una novantina": 90,
    # "circa ottanta pastori": the tens as words
    "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60, "settanta": 70, "ottanta": 80, "novanta": 90,
    # thousands written as one word ("duemila", "diecimila", "centomila"), as Italian news writes them
    **{
        tens + "mila": value * 1000
        for tens, value in (
            ("due", 2), ("tre", 3), ("quattro", 4), ("cinque", 5), ("sei", 6), ("sette", 7), ("otto", 8), ("nove", 9),
            ("dieci", 10), ("quindici", 15), ("venti", 20), ("trenta", 30), ("quaranta", 40), ("cinquanta", 50),
            ("sessanta", 60), ("settanta", 70), ("ottanta", 80), ("novanta", 90), ("cento", 100), ("duecento", 200),
            ("trecento", 300), ("cinquecento", 500),
        )
    },
}
#: substrings one of which each of the number and size words above holds that holds none of the
#: shared keys (CROWD_SHARED_KEYS): they are looked for in this language's articles
CROWD_KEYS = ("miglia", "centin", "decine", "ntina", "mila", "anta")
CROWD_QUALIFIERS_MORE = ("oltre", "più di", "almeno", "poco più di")
CROWD_QUALIFIERS_LESS = ("quasi", "fino a", "meno di", "poco meno di")
CROWD_QUALIFIERS_ABOUT = ("circa", "intorno a", "attorno a", "all'incirca")
CROWD_RANGE_WORDS = ("e",)
CROWD_COUNT_CUES = (r"erano in|eravamo in|erano circa|radunato|richiamato|portato in piazza",)
CROWD_SOURCES = (
    r"secondo (?:la |le |gli |i |il )?(?:questura|polizia|organizzatori|sindacati|prefettura|cgil|promotori|autorità)",
    r"per (?:la questura|gli organizzatori|i sindacati|i promotori)",
)
CROWD_MEMBERSHIP_CUES = (r"rappresenta|conta",)
#: verbs (and places) after a size word or a count ("migliaia in piazza", "3mila hanno sfilato")
CROWD_VERBS = (
    r"sono scesi|sono scese|hanno manifestato|hanno sfilato|hanno partecipato|si sono radunati|si sono radunate|"
    r"hanno marciato|hanno scioperato|hanno aderito|hanno bloccato|hanno protestato|in piazza|in corteo|in strada",
)
CROWD_MILLIONS = ("milioni", "milione")
CROWD_NOT_PEOPLE = (r"per cento|anni|giorni|ore|settimane|mesi|euro|chilometri|metri|voti|firme|agenti|poliziotti",)

# --- Location (read by event.py with the rules of event_rules.RULES named location_*)
#: prepositions that name where a protest was ("a Roma", "davanti al Ministero", "in piazza San Giovanni")
PLACE_PREPOSITIONS = (
    "a", "in", "davanti", "davanti a", "per le strade di", "per le vie di", "nel centro di", "da", "verso",
    "sotto", "fino a", "presso",
)
PLACE_DETERMINERS = ("al ", "alla ", "allo ", "all'", "all’", "ai ", "alle ", "il ", "lo ", "l'", "l’", "del ", "della ")
PLACE_NAME_LINKS = ("dello", "della", "delle", "degli", "dei", "del", "di", "d'", "d’")
#: prepositions that join a place to the town it is in ("piazza Castello a Torino")
PLACE_IN = ("a", "in")
PLACE_NOUNS = (
    r"piazza|piazzale|ministero|prefettura|questura|municipio|comune|regione|tribunale|stazione|ateneo|liceo|scuola|"
    r"fabbrica|stabilimento|porto|ospedale|parlamento|senato|sede|via|viale|corso|largo|ponte|palazzo|università|"
    r"ambasciata|consolato|aeroporto|quartiere|raffineria|cantiere|deposito|magazzino|statale|autostrada|casello|"
    r"imboccatura|ingresso|cancelli?|banchina|molo|paese|frazione|miniera|centrale",
)
#: rooms of a venue a protest occupies
PLACE_NOUNS += (r"aula magna|aula|atrio|rettorato|biblioteca",)
PLACE_ADJECTIVES = ("nazionale", "regionale", "comunale", "provinciale", "economico", "centrale", "generale", "europeo")
#: words of a sentence that reports the event (lower case, besides the shared event words):
#: crowds, the square as the protest's stage, sit-ins and pickets
REPORTING_WORDS = [
    r"(?:migliaia|centinaia|decine di migliaia|in piazza|scesi in strada|scese in strada|presidio|presidi|sit-in|"
    r"sfilat\w*|fiaccolat\w*|mobilitazion\w*|bloccat\w*|blocco|occupat\w*|protest\w*)\b",
]

# --- Target (read by event.py with the rules of event_rules.RULES named target_*)
TARGET_EMPLOYER_CUES = [r"(?:lavoratori|lavoratrici|dipendenti|operai|sciopero|personale) (?:della|del|dello|delle|dei|degli|di|presso|alla)"]
TARGET_THAT_CUES = [r"chied(?:ono|evano|ere|e) che|pretend(?:ono|evano|e) che"]
CLAUSE_OBJECT_OPENERS = frozenset("il lo la i gli le l' un una suo sua suoi sue loro al alla a con in per su".split())
PROTEST_WORDS = [r"sfil|in piazza|presidi|scesi|scese"]
INSTITUTION_HOUSES = [
    r"\bdavanti (?:al |alla |allo |all['’]|a |ai )(?P<target>(?:[Mm]inistero (?:del |della |dello |dell['’]|degli |dei |delle )"
    r"[A-Z][\w\-]*(?: (?!(?:a|ad|in|di|per|con|da|e|su)\b)[A-Za-z][\w\-]*)?|[Pp]refettura(?: di [A-Z][\w\-]*)?|[Qq]uestura|[Mm]unicipio|[Cc]omune(?: di [A-Z][\w\-]*)?|"
    r"[Rr]egione(?: [A-Z][\w\-]*)?|[Pp]arlamento|[Ss]enato|[Tt]ribunale|Palazzo Chigi|Montecitorio|Palazzo Madama|Quirinale|"
    r"Campidoglio|Palazzo [A-Z][\w\-]*))",
]

#: rule target_addressee (see lang/en/event.py): "chiedono alle istituzioni di intervenire", "esortano
#: il governo a"; the phrase ends before "di"/"a" and an infinitive or "che"
TARGET_ADDRESSEE_CUES = [
    r"chied(?:ono|evano|e|ere|endo|ono) (?:ai|agli|alle|all['’])|(?:esort|sollecit)(?:ano|avano|a|are|ando)"
]
TARGET_ADDRESSEE_ENDS = [r" (?:di|a|ad) \w+(?:are|ere|ire)\b| che\b|(?<! di)(?<! e) (?:il|lo|la|i|gli|le|un|una|uno)\b"]
#: rule target_opponents: what the protesters are named the opponents of ("oppositori del nuovo inceneritore"): the target, the
#: phrase cut before the verb that follows it (see TARGET_THAT_CUES)
TARGET_OPPONENT_CUES = [r"oppositori (?:di|del|della|dello|dei|degli|delle|al|alla)"]
#: words that announce an event (lower case regex): a weekday they come shortly before is the next
#: such day, not the last (rule date_announced_ahead: "will strike on Monday"; not "announced on
#: Monday that", where the weekday is the announcement's)
DATE_AHEAD_CUES = [r"proclamat[oaie]|indett[oaie]|previst[oaie]|si terrà|si terranno|prossim[oaie]|ci sarà"]

#: the verbs whose object is the place a protest holds (rule location_object_verbs, read as place prepositions)
PLACE_OBJECT_VERBS = ("occupano", "occupato", "occupata", "bloccano", "bloccato", "bloccata", "presidiano", "presidiato")
#: the prepositions before a town (rule location_town_by_position: "hanno manifestato a Sorvento, davanti …")
TOWN_PREPOSITIONS = ("a", "in")
#: a workplace (an employer or its site) and the words before its town (rule location_workplace_town)
WORKPLACE_TOWN_NOUNS = ("azienda", "società", "stabilimento", "fabbrica", "ospedale", "gruppo")
WORKPLACE_TOWN_LINKS = ("di", "a", "in")
#: nouns of a region, province or area before its name: where the event is when nothing else says (rule
#: location_named_region)
REGION_NOUNS = ("la provincia di", "provincia di", "la regione", "il comune di", "comune di", "l'area di", "la zona di")
#: a march through a town's streets: the name after it is a town (rule location_streets_town)
STREETS_OF = ("per le strade di", "per le vie di", "tra le strade di", "lungo le vie di", "per il centro di", "nel centro di", "il centro di", "per le vie del centro di")
#: a name after the town preposition that closes the sentence is a town (rule location_town_closing_sentence)
TOWN_CLOSES_SENTENCE = True
#: rule target_party_over_issue (see lang/en/event.py): "chiedono al ministero un intervento", "sollecitano
#: la Regione a"
TARGET_PARTY_CUES = [
    r"chied(?:ono|evano|e|ere|endo) (?:al|alla|allo)|accus(?:ano|avano|a|are|ando)(?= (?:il|lo|la|i|gli|le|l['’]))"
]

#: rule target_counter_protest (see lang/en/event.py): "contro il corteo di X", "contro la manifestazione indetta da X"
TARGET_COUNTER_EVENTS = [
    r"(?:una? |la |il |l['’]|i |le )?(?:\w+ ){0,2}?(?:corteo|manifestazione|comizio|raduno|congresso|visita)(?:i|e)? "
    r"(?:indett[oa] da|organizzat[oa] da|della|del|dello|dei|degli|delle|di)"
]

#: rule target_party_named (see lang/en/event.py): "chiedono a Ferrovie Valle un incontro"
TARGET_PARTY_CUES_NAMED = [r"(?:chied|pretend)(?:ono|evano|e|ere|endo) (?:a|da)|(?:chied|pretend)(?:ono|evano|e|endo) che"]

#: rule target_issue_author (see lang/en/event.py): "i tagli decisi | dalla Regione", "la riforma | del governo"
TARGET_AUTHOR_LINKS = [r"(?:\w+t[oiae] )?(?:da|dal|dalla|dallo|dai|dalle)|del|della|dello|dei|delle|di"]
#: what follows a town at once in a report of a protest, besides a weekday (rule location_town_before_cue)
TOWN_FOLLOWERS = ("contro", "per protestare", "per chiedere", "per dire", "ieri", "oggi", "questa", "questo")
#: nouns for an employer that name no one: a target that is only one of them is the company the article names
#: (rule target_named_employer)
EMPLOYER_NOUNS = ('azienda', "l'azienda", 'società', 'la società', 'gruppo', 'il gruppo', 'direzione', 'la direzione')

#: rule size_vehicles: the vehicles and boats a protest is counted by when no people are ("about 40 vessels")
CROWD_VEHICLES = ("trattori|barche|pescherecci|camion|tir|taxi",)

#: rule target_workplace_firm: phrases of a headline that name a firm by its workplace or its staff ("{firm}": its name)
WORKPLACE_FIRM = [
    r"\b(?:sede|stabilimento|fabbrica|magazzino|uffici|cantiere) (?:di |della |del |dello |dell'|dell’)?{firm}",
    r"\b(?:lavoratori|dipendenti|operai|rider|sciopero|presidio) (?:di |della |del |dello |alla |da ){firm}",
]

#: rule location_road: the articles and road nouns before a road's number ("the M62", "la autovía A-48"), and the
#: words before the town it is blocked near ("ter hoogte van")
ROAD_NOUNS = ("la", "l'", "l’", "statale", "autostrada", "strada statale", "provinciale", "superstrada",)
ROAD_NEAR = ("all'altezza di", "all’altezza di", "vicino a", "nei pressi di", "a", "tra",)

#: rule target_issue_author_far: a participle and its agent that join a thing, a few words on, to the body whose it is
TARGET_AUTHOR_AGENTS = [r"\w+[oiae] (?:da|dal|dalla|dallo|dai|dalle|dagli)"]

#: rule location_road_at_town: the words between a road with no number and the town it is blocked at the height of
ROAD_AT = ("all'altezza di", "all’altezza di", "nei pressi di",)

#: (rule size_language_words) more people nouns of protest reports: trades and roles that walk out or march
CROWD_PEOPLE += (
    r"pastori|coltivatori|marittimi|autotrasportatori|fattorini|impiegati|professori|maestri|sanitari|specializzandi|ristoratori|balneari|artigiani|postini|piloti|hostess|controllori|ciclisti|scioperanti",
)

#: rule location_object_verb_adverbial: a time or a means between a verb of PLACE_OBJECT_VERBS and its place (lower case)
OBJECT_VERB_ADVERBIALS = [
    r"(?:da |dalle prime ore di )?(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)(?: (?:mattina|pomeriggio|sera))?",
    r"per (?:tutta la (?:mattina|mattinata|giornata|notte)|\w+ ore|ore)|da (?:\w+ )?giorni|stamattina|ieri|oggi|da ieri|da stamattina",
]

#: an adjective after a place noun, by its endings (rule location_venue_adjective): the noun comes first
#: in this language ("dépôt pétrolier", "hospital universitario", "stabilimento siderurgico")
VENUE_ADJECTIVES = (r"[a-zà-ù]+(?:ale|ali|ario|aria|ico|ica|iero|iera|ivo|iva|ile|ese)",)

#: youths ("circa 200 ragazzi"; stop 31)
CROWD_PEOPLE = (*CROWD_PEOPLE, r"ragazzi|ragazze")
#: a decade is no crowd ("in de jaren zestig betoogden studenten": the words before a count that make it none)
CROWD_NOT_AFTER = (r"anni",)

#: street and square nouns Italian writes with no article before the name ("in piazza Mameli", "in via Roma";
#: rule location_articleless_venue)
ARTICLELESS_VENUES = (r"piazza|piazzale|via|viale|corso|largo|lungomare|vicolo",)
