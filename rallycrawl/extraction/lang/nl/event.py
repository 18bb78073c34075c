"""Dutch words of the protest event (read by ``extraction/event.py``)."""

TARGET_CUES = [r"uit protest tegen|aftreden van"]
#: cues that name a target only after a protest word ("a march against the reform", not "guard against")
AGAINST_CUES = [r"tegen"]
TARGET_CUES_NAMED = []
ANTI_PREFIXES = ("anti-",)
TARGET_STOP = frozenset("in op bij voor met en die dat tijdens aan na om van is zijn was waren heeft hebben maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split())
GENERIC_TARGETS = ("regering", "kabinet", "overheid", "politie", "werkgevers", "gemeente", "ministerie", "directie",
)
TARGET_MODIFIERS = frozenset("de het".split())
CROWD_QUALITATIVE = [r"massa(?:protest|betoging|demonstratie)\w*|massale (?:protest|betoging|demonstratie|staking)\w*"]
TARGET_PATTERNS = [r"\bvoor (?:de|het) (?P<target>[A-Z][\w\-]*(?: [A-Z][\w\-]*){0,2}) ?(?:ambassade|hoofdkantoor|kantoor)\b"]

# --- Crowd sizes (read by ``crowd_size.py`` for every language; see lang/en/event.py)
CROWD_SHARED_PEOPLE = (r"mensen|betogers",)
CROWD_SHARED_CASUALTIES = ("doden", "gewonden", "gearresteerd")
#: the words that join a size word to its people noun ("thousands *of* people"), read in every article
CROWD_SHARED_SIZE_WORD_OF = ("van",)
#: the words that may join a count of millions to its people noun ("1,5 millones *de* personas")
CROWD_SHARED_MILLIONS_OF = ("van",)
CROWD_PEOPLE = (
    r"boeren|studenten|deelnemers|actievoerders|activisten|werknemers|medewerkers|leraren|docenten|zorgmedewerkers|"
    r"verpleegkundigen|scholieren|inwoners|bewoners|burgers|vakbondsleden|arbeiders|jongeren|vrouwen|gezinnen|"
    r"ouders|supporters|agrariërs|chauffeurs|buschauffeurs|taxichauffeurs|klimaatactivisten|mensen|demonstranten|betogers",
)
CROWD_SIZE_WORDS = (
    ("hundreds of thousands", "honderdduizenden"), ("tens of thousands", "tienduizenden"), ("millions", "miljoenen"),
    ("a few thousand", "enkele duizenden"), ("a few thousand", "een paar duizend"), ("thousands", "duizenden"),
    ("a few hundred", "enkele honderden"), ("a few hundred", "een paar honderd"), ("hundreds", "honderden"),
    ("dozens", "tientallen"),
)
CROWD_NUMBER_WORDS = {
    "honderd": 100, "duizend": 1000, "een honderdtal": 100,
    # "een tachtigtal bewoners": about eighty
    "een twintigtal": 20, "een dertigtal": 30, "een veertigtal": 40, "een vijftigtal": 50, "een zestigtal": 60,
    "een zeventigtal": 70, "een tachtigtal": 80, "een negentigtal": 90,
}
#: substrings one of which each of the number and size words above holds that holds none of the
#: shared keys (CROWD_SHARED_KEYS): they are looked for in this language's articles
CROWD_KEYS = ("duizend", "honderd", "tiental", "tigtal")
CROWD_QUALIFIERS_MORE = ("meer dan", "ruim", "minstens", "ten minste")
CROWD_QUALIFIERS_LESS = ("bijna", "tot", "maximaal", "nog geen")
CROWD_QUALIFIERS_ABOUT = ("ongeveer", "zo'n", "zo’n", "circa", "rond de", "naar schatting")
CROWD_RANGE_WORDS = ("en", "tot")
CROWD_COUNT_CUES = (r"trok|trokken|lokte|lokten",)
CROWD_SOURCES = (r"volgens (?:de )?(?:politie|organisatie|organisatoren|vakbond|vakbonden|gemeente|bond)",)
CROWD_MEMBERSHIP_CUES = (r"vertegenwoordigt|telt",)
CROWD_VERBS = (
    r"demonstreerden|protesteerden|liepen mee|liepen|namen deel|kwamen|verzamelden zich|trokken|marcheerden|"
    r"staakten|legden het werk neer|kwamen op de been|gingen de straat op|waren aanwezig|voerden actie|op de been|op straat",
)
CROWD_MILLIONS = ("miljoen",)
CROWD_NOT_PEOPLE = (r"procent|jaar|jaren|dagen|uur|weken|maanden|euro|kilometer|meter|stemmen|handtekeningen|agenten|politieagenten",)

# --- Location (read by event.py with the rules of event_rules.RULES named location_*)
#: prepositions that name where a protest was ("in Utrecht", "op de Dam", "bij het provinciehuis in Zwolle")
PLACE_PREPOSITIONS = ("in", "op", "bij", "voor", "door", "naar", "door de straten van", "in het centrum van", "rond")
PLACE_DETERMINERS = ("het ", "de ")
PLACE_NAME_LINKS = ("van", "van de", "van het", "aan de", "aan")
PLACE_IN = ("in", "te")
PLACE_NOUNS = (
    r"provinciehuis|gemeentehuis|stadhuis|ministerie|station|plein|markt|fabriek|haven|ziekenhuis|school|universiteit|"
    r"hoofdkantoor|kantoor|parlement|rechtbank|ambassade|distributiecentrum|luchthaven|snelweg|raadhuis|kade|poort|"
    r"ingang|terrein|dorp",
)
#: rooms of a venue a protest occupies
PLACE_NOUNS += (r"hal|aula|bibliotheek|collegezaal|ontvangsthal",)
#: the nouns a Dutch place compound ends with ("Malieveld", "Binnenhof", "Museumplein")
PLACE_SUFFIXES = (r"veld|hof|huis|plein|markt|straat|gracht|park|station|kade|brug|haven|weg|laan|dijk",)
#: words of a sentence that reports the event (lower case, besides the shared event words)
REPORTING_WORDS = [
    r"\b(?:duizenden|honderden|tienduizenden|actie|acties|actievoerders|demonstr\w*|protest\w*|bijeen|"
    r"blokkade\w*|blokkeer\w*|blokkeerden|bezet\w*|mars|optocht\w*|wake|legden het werk neer|"
    # the participles open with ge- ("hebben … geprotesteerd", "heeft … actiegevoerd")
    r"geprotesteerd|gedemonstreerd|gestaakt|geblokkeerd|gebetoogd|actiegevoerd|actie gevoerd)\b",
]

# --- Target (read by event.py with the rules of event_rules.RULES named target_*)
TARGET_EMPLOYER_CUES = [r"(?:werknemers|personeel|medewerkers|staking|personeelsleden|staken) (?:van|bij)"]
TARGET_THAT_CUES = [r"eis(?:t|en|te|ten)? dat|vragen dat|vroegen dat|wil(?:len|de|den)? dat"]
#: articles that open a new noun phrase after a noun ("het kabinet de bezuinigingen …")
PHRASE_OPENERS = frozenset("de het een".split())
PHRASE_LINKS = frozenset("van voor en of met aan op".split())
PROTEST_WORDS = [r"betoog|optocht|mars|gingen de straat op|actie"]
INSTITUTION_HOUSES = [
    r"\b(?:bij|voor|naar) (?:het |de )(?P<target>(?:[Mm]inisterie van [A-Z][\w\-]*(?: (?:en |van )?[A-Z][\w\-]*){0,3}|"
    r"[Pp]rovinciehuis|[Gg]emeentehuis|[Ss]tadhuis|Tweede Kamer|Eerste Kamer|Binnenhof|[Rr]echtbank|"
    r"[Hh]oofdkantoor van [A-Z][\w\-]*(?: [A-Z][\w\-]*){0,2}))",
]

#: rule target_addressee (see lang/en/event.py): "eisen van de minister een nieuw plan", "vragen aan
#: de gemeente om"; the phrase ends before "om"/"te"
TARGET_ADDRESSEE_CUES = [r"eis(?:en|te|ten|t) van|(?:vragen|vroegen|vraagt|vroeg) (?:aan|van)"]
TARGET_ADDRESSEE_ENDS = [r" (?:om|te)\b"]
#: rule target_opponents: what the protesters are named the opponents of ("tegenstanders van de nieuwe snelweg"): the target, the
#: phrase cut before the verb that follows it (see TARGET_THAT_CUES)
TARGET_OPPONENT_CUES = [r"tegenstanders van"]
#: rule target_party_over_issue (see lang/en/event.py): "vraagt de gemeenteraad om", "roepen het kabinet op",
#: "willen dat minister X een regeling opent" ("eist dat X" is read by target_demand_that); the phrase ends
#: before "om"/"op"
TARGET_PARTY_CUES = [
    r"vr(?:aagt|agen|oeg|oegen)(?= (?:de|het) )|roep(?:t|en)(?= (?:de|het) )|riep(?:en)?(?= (?:de|het) )|"
    r"wil(?:len|de|den)? dat"
]
TARGET_PARTY_ENDS = [r" (?:om|op)\b"]
#: words that announce an event (lower case regex): a weekday they come shortly before is the next
#: such day, not the last (rule date_announced_ahead: "will strike on Monday"; not "announced on
#: Monday that", where the weekday is the announcement's)
DATE_AHEAD_CUES = [r"gaan|gaat|zullen|zal|gepland|aangekondigd|roep\w* op|volgende|komende"]

#: the verbs whose object is the place a protest holds (rule location_object_verbs, read as place prepositions)
PLACE_OBJECT_VERBS = ("bezetten", "bezetten het", "bezetten de", "blokkeren", "blokkeerden", "bezet", "blokkeert")
#: the prepositions before a town (rule location_town_by_position: "staakten in Dokkerveen, waar …")
TOWN_PREPOSITIONS = ("in", "te")
#: a workplace (an employer or its site) and the words before its town (rule location_workplace_town)
WORKPLACE_TOWN_NOUNS = ("bedrijf", "fabriek", "vervoerder", "ziekenhuis", "onderneming")
WORKPLACE_TOWN_LINKS = ("in", "uit", "te")
#: nouns of a region, province or area before its name: where the event is when nothing else says (rule
#: location_named_region)
REGION_NOUNS = ("regio", "provincie", "gemeente", "de regio", "de provincie", "de gemeente")
#: a march through a town's streets: the name after it is a town (rule location_streets_town)
STREETS_OF = ("door de straten van", "in de straten van", "door het centrum van", "in het centrum van", "het centrum van")
#: a name after the town preposition that closes the sentence is a town (rule location_town_closing_sentence)
TOWN_CLOSES_SENTENCE = True
#: rule target_counter_protest (see lang/en/event.py): "tegen een mars van X", "tegen een bijeenkomst van X"
TARGET_COUNTER_EVENTS = [r"(?:een |de |het )?(?:\w+ ){0,2}?(?:mars|demonstratie|betoging|bijeenkomst|optocht|congres|bezoek) van"]

#: rule target_issue_author (see lang/en/event.py): "de bezuinigingen | van het kabinet", "de plannen | van de provincie"
TARGET_AUTHOR_LINKS = [r"(?:\w+ )?door|van"]
#: what follows a town at once in a report of a protest, besides a weekday (rule location_town_before_cue)
TOWN_FOLLOWERS = ("tegen", "voor", "uit protest", "om te", "gisteren", "vandaag")
#: nouns for an employer that name no one: a target that is only one of them is the company the article names
#: (rule target_named_employer)
EMPLOYER_NOUNS = ('bedrijf', 'het bedrijf', 'werkgever', 'de werkgever', 'directie', 'de directie', 'onderneming', 'de onderneming')

#: rule size_vehicles: the vehicles and boats a protest is counted by when no people are ("about 40 vessels")
CROWD_VEHICLES = ("trekkers|tractoren|boten|schepen|kotters|vissersboten|vrachtwagens|taxi's",)

#: rule target_workplace_firm: phrases of a headline that name a firm by its workplace or its staff ("{firm}": its name)
WORKPLACE_FIRM = [
    r"\b(?:distributiecentrum|fabriek|hoofdkantoor|vestiging|magazijn|kantoor|depot|winkels?) (?:van )?{firm}",
    r"\b(?:staking|actie|medewerkers|personeel|werknemers|chauffeurs|bezorgers) (?:bij|van) {firm}",
]

#: rule location_road: the articles and road nouns before a road's number ("the M62", "la autovía A-48"), and the
#: words before the town it is blocked near ("ter hoogte van")
ROAD_NOUNS = ("de", "snelweg", "autosnelweg", "rijksweg", "provinciale weg",)
ROAD_NEAR = ("bij", "ter hoogte van", "nabij", "richting",)

#: rule target_issue_author_far: a participle and its agent that join a thing, a few words on, to the body whose it is
TARGET_AUTHOR_AGENTS = [r"(?:\w+ )?door"]

#: rule location_road_at_town: the words between a road with no number and the town it is blocked at the height of
ROAD_AT = ("ter hoogte van", "bij",)

#: (rule size_language_words) more people nouns of protest reports: trades and roles that walk out or march
CROWD_PEOPLE += (
    r"personeelsleden|onderwijzers|artsen|tuinders|vissers|havenarbeiders|vrachtwagenchauffeurs|bezorgers|koeriers|ambtenaren|gepensioneerden|ouderen|huurders|winkeliers|ondernemers|advocaten|stewardessen|fietsers|stakers",
)

#: rule location_object_verb_adverbial: a time or a means between a verb of PLACE_OBJECT_VERBS and its place (lower case)
OBJECT_VERB_ADVERBIALS = [
    r"(?:sinds |op )?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:ochtend|middag|avond|nacht)?",
    r"sinds (?:vanochtend|gisteren|vannacht|vanmorgen)|urenlang|op dit moment|vanochtend|vanmiddag|gisteren|vandaag",
]

#: the tens as words ("zo'n veertig bewoners", "rund vierzig Anwohner", "unos cuarenta vecinos"; stop 31), and the
#: texts that find them (see CROWD_KEYS above)
CROWD_NUMBER_WORDS = {**CROWD_NUMBER_WORDS, **{"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90}}
CROWD_KEYS = (*CROWD_KEYS, *("tig",))
#: a decade is no crowd ("in de jaren zestig betoogden studenten": the words before a count that make it none)
CROWD_NOT_AFTER = (r"jaren",)
