"""German words of the protest event (read by ``extraction/event.py``)."""

TARGET_CUES = [
    r"richtet sich gegen|richten sich gegen|forder(?:n|ten|t|te)(?: sie| wir| er)? (?:von|vom)|"
    r"appellierten an|(?:streit|konflikt) mit|"
    r"appellieren an|rücktritt von|protestieren gegen|protestierten gegen|druck auf"
]
#: cues that name a target only after a protest word ("a march against the reform", not "guard against")
AGAINST_CUES = [r"gegen"]
TARGET_CUES_NAMED = [r"(?:streik|streiks|warnstreik|beschäftigte) (?:bei|von)"]
ANTI_PREFIXES = ("anti-",)
TARGET_STOP = frozenset("""
in im am an auf vor nach mit für und oder seit bei während zu zum zur über unter durch wegen trotz als wie
sowie aber dass die der den dem des ist sind war waren hat haben wird werden wurde wurden sich montag
dienstag mittwoch donnerstag freitag samstag sonntag
""".split()) - {"die", "der", "den", "dem", "des"}
GENERIC_TARGETS = (
    "Bundesregierung", "Landesregierung", "Regierung", "Polizei", "Behörden", "Arbeitgeber", "Konzern",
    "Konzernleitung", "Geschäftsführung", "Unternehmen", "Stadtverwaltung", "Stadtrat", "Ministerium", "Regime",
)
TARGET_MODIFIERS = frozenset("die der den dem".split())
CROWD_QUALITATIVE = [r"massenprotest\w*|massendemo\w*|großdemo\w*|großkundgebung\w*|massenkundgebung\w*"]
TARGET_PATTERNS = [
    r"\b(?:vor|bei|gegen) (?:der |dem |den |die )?(?P<target>[A-ZÄÖÜ][\w\-]+?)s (?:Vorlesung|Rede|Auftritt|Besuch|Veranstaltung|Konzert)\b",
    r"\bvor (?:der|dem) (?P<target>[A-ZÄÖÜ][\w\-]+(?: [A-ZÄÖÜ][\w\-]+)?)(?:-| )?(?:[Zz]entrale|[Bb]otschaft|[Kk]onsulat|[Ff]iliale|[Ww]erk)\b",
    r"\bRücktritt(?:s)? (?:von |des |der )?(?:[A-ZÄÖÜ][\w\-]+ )?(?P<target>[A-ZÄÖÜ][\w\-]+?)s?\b",
]
#: words of a sentence that reports the event (lower case, besides the shared event words):
#: compounds that end in an event noun ("Klimademo", "Mietenstreik"), crowds as nouns
REPORTING_WORDS = [
    r"\w(?:demo|demos|demonstration|demonstrationen|streik\w*|protest\w*|kundgebung\w*|mahnwache\w*)\b",
    r"\b(?:mahnwache\w*|teilnehm\w*|(?:zehn)?tausende|hunderte|dutzende|blockier\w*|menschenkette\w*|"
    r"auf die straße)",
    r"\b(?:mehrere|einige) (?:hundert|tausend)\b|\bzogen (?:durch|vor|zum|zur)\b",
    r"\b(?:besetz(?:t|ten|te|en|ung)|arbeit nieder\w*|arbeit niedergelegt|ausstand)\b",
]
#: a German noun phrase ends with its (capitalised) noun: lower-case words after the last one
#: are the clause's verb ("gegen die Reform der Regierung demonstriert" -> "die Reform der Regierung")
NOUN_PHRASE_ENDS_CAPITALISED = True
#: articles that open a new noun phrase after a noun ("vom Bürgermeister den Erhalt"), unless a
#: linking word comes before them
PHRASE_OPENERS = frozenset("den die das ein eine einen einem".split())
PHRASE_LINKS = frozenset("von vom zu zur zum für über und oder".split())
#: the institution in front of whose house a protest stands: the target when no cue in the
#: same text names one (case-sensitive regexes with a group "target")
VENUE_TARGETS = [
    r"\bvor (?:dem|der|das) (?P<target>[A-ZÄÖÜ][\w\-]*(?:[Mm]inisterium|[Kk]anzleramt|[Kk]anzlei|[Ll]andtag|[Rr]athaus|[Bb]undestag|"
    r"[Pp]arlament|[Rr]eichstag|[Gg]ericht|[Ss]enat|[Bb]ürgerschaft)(?: (?:für|des|der) [A-ZÄÖÜ][\w\-]*(?: und [A-ZÄÖÜ][\w\-]*)?)?)\b",
]

# --- Crowd sizes (read by ``crowd_size.py`` for every language; see lang/en/event.py)
CROWD_SHARED_PEOPLE = (
    r"rentner|eltern|schüler|studierende|"
    r"menschen|personen|leute|demonstranten|demonstrierende[n]?|teilnehmer(?:innen)?|teilnehmende[n]?|beschäftigte[n]?|"
    r"streikende[n]?|studierende[n]?|aktivisten|aktivistinnen|anwohner|bürger|bürgerinnen|arbeiter|mitglieder|"
    r"landwirte|bauern|frauen|mieter|gewerkschafter|polizisten|unterstützer|schülerinnen|studenten|gegendemonstranten|"
    r"familien|atomkraftgegner|gegner|angestellte[n]?|pflegekräfte|lehrkräfte|lehrer|ärzte|beamte",
)
CROWD_SHARED_QUALIFIERS_MORE = ("mehr als", "über")
CROWD_SHARED_QUALIFIERS_LESS = ("fast", "knapp", "bis zu")
CROWD_SHARED_QUALIFIERS_ABOUT = ("rund", "etwa")
CROWD_SHARED_NUMBER_WORDS = {"eine million": 1_000_000}
CROWD_SHARED_SIZE_WORDS = (
    ("hundreds of thousands", "hunderttausende"), ("tens of thousands", "zehntausende"), ("millions", "millionen"),
    ("a few thousand", "ein paar tausend"), ("several thousand", "mehrere tausend"), ("thousands", "tausende"),
    ("a few hundred", "ein paar hundert"), ("several hundred", "mehrere hundert"), ("hundreds", "hunderte"),
    ("dozens", "dutzende"), ("dozens", "einige dutzend"), ("dozens", "mehrere dutzend"),
)
#: verbs (and places) after a size word standing alone for people ("Tausende demonstrierten") or a
#: count: regex alternatives
CROWD_SHARED_VERBS = (
    r"sind|waren|haben|hatten|kamen|gingen|zogen|folgten|nahmen|beteiligten|versammelten|demonstrierten|"
    r"protestierten|marschierten|blockierten|streikten|forderten|demonstrieren|protestieren|versammeln|"
    r"gehen|ziehen|folgen|beteiligen|fordern|an einer|an der|an den|vor dem|vor der|gegen die|gegen den",
)
CROWD_SHARED_KEYS = ("tausend", "dutzend")
CROWD_SHARED_RANGE_WORDS = ("bis",)
CROWD_SHARED_CASUALTIES = ("getötet", "gestorben", "verletzt", "festgenommen")
#: the words that may join a count of millions to its people noun ("1,5 millones *de* personas")
CROWD_SHARED_MILLIONS_OF = ("an",)
#: people nouns after a count besides the shared ones: the dative plural ("von 10.000 Teilnehmern")
CROWD_PEOPLE = (
    r"teilnehmern|teilnehmerinnen und teilnehmern|demonstrierenden|arbeitern|bürgern|landwirten|schülern|"
    r"lehrern|ärzten|mitgliedern|gewerkschaftern|unterstützern|pflegekräften|lehrkräften|kolleginnen und kollegen|"
    r"kollegen|mitarbeitern|mitarbeitende[n]?|mitarbeiterinnen und mitarbeitern|beamten|erziehern|erzieherinnen|"
    r"beschäftigten|fahrern|piloten|klimaaktivisten|radfahrern|jugendlichen|menschen",
)
#: rule size_people_compounds: people nouns no list can hold (regexes of whole words, lower case): a
#: compound headed by a people noun ("Gewerkschaftsmitglieder", "Klimaaktivisten", "Feuerwehrleute"), a
#: feminine plural ("Radfahrerinnen", not "beginnen"), a participle noun ("Protestierende")
CROWD_PEOPLE_COMPOUNDS = (
    r"(?![a-zäöüß]*(?:beamt|polizist|soldat|wachleute|sicherheitsleute)|mitarbeiter)[a-zäöüß]{3,}(?:mitglieder|aktivisten|aktivistinnen|leute|beschäftigte[n]?|schützer|gegner|befürworter|"
    r"bauern|arbeiter|angestellte[n]?|eltern|schüler|studenten|demonstranten|lehrer|ärzte|anwohner|bewohner|"
    r"fahrer|mieter|rentner|pfleger|erzieher|helfer|streikende[n]?)",
    r"(?!(?:be|ge|ent|er|ver)?(?:ginnen|winnen|sinnen|rinnen|spinnen)\b|[a-zäöüß]*(?:beamt|polizist|soldat))[a-zäöüß]{3,}innen",
    r"[a-zäöüß]{2,}ierende[n]?|(?:rad)?fahrende[n]?|teilnehmende[n]?|mitwirkende[n]?|lehrende[n]?|pflegende[n]?",
)
CROWD_SIZE_WORDS = (
    ("dozens", "ein paar dutzend"),
    ("tens of thousands", "mehrere zehntausend"), ("tens of thousands", "einige zehntausend"),
    ("a few thousand", "einige tausend"), ("a few hundred", "einige hundert"),
)
CROWD_NUMBER_WORDS = {"hundert": 100, "tausend": 1000, "zwei dutzend": 24, "drei dutzend": 36}
CROWD_QUALIFIERS_MORE = ("mindestens", "weit über", "deutlich mehr als", "gut")
CROWD_QUALIFIERS_LESS = ("weniger als", "nicht mehr als", "höchstens")
CROWD_QUALIFIERS_ABOUT = ("ungefähr", "circa", "zirka", "schätzungsweise", "geschätzt", "annähernd")
CROWD_RANGE_WORDS = ("und",)
CROWD_COUNT_CUES = (
    r"die teilnehmerzahl (?:lag bei|von|auf)|teilnehmerzahl von|(?:zählte|zählten|schätzte|schätzten) (?:die polizei|die veranstalter)",
    r"(?:die )?zahl der (?:teilnehmer|teilnehmenden|demonstranten|demonstrierenden) (?:auf|mit|bei)",
)
CROWD_SOURCES = (
    r"nach (?:angaben|schätzungen|zählung) (?:der|von) (?:polizei|veranstaltern|veranstalter|organisatoren|gewerkschaft|stadt)",
    r"nach (?:polizei|veranstalter|gewerkschafts)angaben|laut (?:der )?(?:polizei|veranstaltern|veranstalter|organisatoren|gewerkschaft)",
    r"(?:polizei|veranstalter|organisatoren|gewerkschaft) (?:sprachen? von|zählten|zählte|schätzten|schätzte)",
)
CROWD_MEMBERSHIP_CUES = (r"vertritt|vertreten|zählt|hat",)
CROWD_MILLIONS = ("millionen", "million", "mio.")
CROWD_NOT_PEOPLE = (r"prozent|jahre\w*|tage\w*|stunden|wochen|monate\w*|euro|kilometer|meter|stimmen|unterschriften|polizisten|beamte|einsatzkräfte|beamten|beamtinnen|polizistinnen|einsatzkräften",)

# --- Location (read by event.py with the rules of event_rules.RULES named location_*)
#: prepositions that name where a protest was, besides the shared ones ("durch die Innenstadt von Köln")
PLACE_PREPOSITIONS = (
    "durch die Innenstadt von", "in der Innenstadt von", "durch die Straßen von", "im Zentrum von", "vor das",
    "zum", "zur", "durch die", "durch den", "durch das",
)
#: the nouns a German place compound ends with ("Kanzleramt", "Landgericht", "Hauptbahnhof"): a
#: capitalised word ending so is a place (regex alternatives, lower case)
#: the small words inside a town's name ("Neustadt an der Wiese", "Weil am Rhein")
PLACE_NAME_LINKS = ("an der", "am", "ob der")
#: place nouns that are whole words as well as compounds' ends ("die Zufahrt zum Tagebau X")
PLACE_NOUNS = (r"tagebau|werkstor|haupteingang",)
#: rooms of a venue a protest occupies
PLACE_NOUNS += (r"foyer|hörsaal|bibliothek|audimax|eingangshalle",)
PLACE_SUFFIXES = (
    r"amt|ministerium|gericht|haus|kirche|bahnhof|tag|tor|zentrale|schule|klinik|klinikum|universität|hafen|"
    r"flughafen|allee|damm|ufer|brücke|wiese|park|markt|platz|straße|strasse|werk|kaserne|rathaus|dom|zentrum|(?<!Haupt)stadt|"
    r"kanzlei|behörde|verwaltung|gelände|tagebau",
)

# --- Target (read by event.py with the rules of event_rules.RULES named target_*)
TARGET_EMPLOYER_CUES = [r"(?:beschäftigten?|mitarbeiter|mitarbeitende|angestellten?|belegschaft|streik|warnstreik) (?:des|der|von)|"
                        r"(?:tarifkonflikt|tarifstreit|tarifauseinandersetzung) mit (?:dem|der|den)|(?:angestellt|beschäftigt|tätig) (?:bei|beim)"]
TARGET_THAT_CUES = [r"forder(?:n|ten|t|te),? dass|verlang(?:en|ten|t|te),? dass"]
#: words that make "gegen X" name a protest's target, besides the shared protest words
PROTEST_WORDS = [r"auf die straße|auf der straße|gingen|zogen"]

#: rule target_addressee (see lang/en/event.py): "verlangen vom Senat", "forderten die Stadt auf",
#: "warfen dem Bürgermeister … vor"
TARGET_ADDRESSEE_CUES = [
    r"verlang(?:en|ten|t|te)(?: sie| wir| er)? (?:von|vom)|forder(?:n|ten|t|te)(?= (?:die|den|das) [^,.;]{1,60}? auf\b)|"
    r"(?:werfen|warfen|wirft|warf)(?= (?:dem|der|den) )"
]
#: rule target_institution_house (see lang/en/event.py): the firm or body before whose house the
#: protest stands, named after the house ("vor der Zentrale des Energiekonzerns Nordlicht")
INSTITUTION_HOUSES = [
    r"\bvor (?:der|dem|die|den) (?:Zentrale|Konzernzentrale|Firmenzentrale|Hauptverwaltung|Hauptsitz|Geschäftsstelle|"
    r"Filiale|Botschaft|Sitz|Werkstor|Werk|Verwaltung) (?:des|der|von) (?P<target>(?:[A-ZÄÖÜ][\w\-]* ){0,2}[A-ZÄÖÜ][\w\-]*)",
]
#: rule target_protest_about (see lang/en/event.py): "aus Protest gegen die Sparpläne", "Anlass des Protests ist"
TARGET_ABOUT_CUES = [r"aus protest gegen|im protest gegen|(?:anlass|grund) (?:der|des) (?:\w+ ){0,1}?\w*(?:demo|demonstration|kundgebung|protests?|streiks?|mahnwache)(?: \w+)? (?:ist|war|sind|waren)"]
#: rule target_opponents: what the protesters are named the opponents of ("Gegner der Rentenreform"): the target, the
#: phrase cut before the verb that follows it (see TARGET_THAT_CUES)
TARGET_OPPONENT_CUES = [r"gegner(?:innen)? (?:des|der|von)"]
#: words that announce an event (lower case regex): a weekday they come shortly before is the next
#: such day, not the last (rule date_announced_ahead: "will strike on Monday"; not "announced on
#: Monday that", where the weekday is the announcement's)
DATE_AHEAD_CUES = [r"wollen|will|werden|wird|geplant|planen|plant|soll|sollen|nächste\w*|kommende\w*"]

#: the verbs whose object is the place a protest holds (rule location_object_verbs, read as place prepositions)
PLACE_OBJECT_VERBS = ("besetzen", "besetzten", "besetzt", "blockieren", "blockierten", "blockiert")
#: the prepositions before a town (rule location_town_by_position: "demonstrierten in Kellstadt am Samstag")
TOWN_PREPOSITIONS = ("in",)
#: German capitalises its nouns: a rare capitalised word after "in" tells no town (rule location_rare_town is not read
#: here: "in Supermärkten")
CAPITALISED_NOUNS = True
#: a workplace (an employer or its site) and the words before its town (rule location_workplace_town)
WORKPLACE_TOWN_NOUNS = ("Unternehmen", "Firma", "Betrieb", "Werk", "Konzern", "Klinikum", "Verkehrsbetrieb", "Stadtwerke")
WORKPLACE_TOWN_LINKS = ("in", "aus", "mit Sitz in")
#: nouns of a region, province or area before its name: where the event is when nothing else says (rule
#: location_named_region)
REGION_NOUNS = ("Landkreis", "Region", "Kreis", "Gemeinde", "Stadt", "im Raum", "Bezirk")
#: a march through a town's streets: the name after it is a town (rule location_streets_town)
STREETS_OF = ("durch die Straßen von", "durch die Innenstadt von", "durch die Straßen der", "in den Straßen von", "durch das Zentrum von", "im Zentrum von", "in der Innenstadt von", "durch die Altstadt von")
#: a name after the town preposition that closes the sentence is a town (rule location_town_closing_sentence)
TOWN_CLOSES_SENTENCE = True
#: rule target_party_over_issue (see lang/en/event.py): "fordern von der Landesregierung", "die Kritik
#: richtet sich gegen den Klinikträger", "wirft dem Ministerium vor", "appellieren an den Senat"
TARGET_PARTY_CUES = [
    r"forder(?:n|ten|t|te)(?: sie| wir| er)? (?:von|vom)|richte(?:t|n) sich (?:vor allem |auch )?gegen|appellier(?:en|ten|t|te) an|"
    # "forderten Landrat X auf, …", "fordern den Stadtrat auf, …" (the separable auffordern)
    r"forder(?:n|ten|t|te)(?= [^.;,]{1,60}? auf(?:,| zu\b| dazu\b))"
]
#: the party asked ends before the particle of "auffordern" ("forderten Landrat X | auf, …")
TARGET_PARTY_ENDS = [r" auf\b"]

#: rule target_counter_protest (see lang/en/event.py): "gegen einen Aufmarsch der Partei X"
TARGET_COUNTER_EVENTS = [
    r"(?:einen |eine |den |die |das )?(?:\w+ ){0,2}?(?:Aufmarsch|Aufzug|Demonstration|Demo|Kundgebung|Parteitag|Versammlung|Veranstaltung)"
    r"(?:en)? (?:der|des|von)"
]

#: rule target_issue_author (see lang/en/event.py): "die Pläne | der Landesregierung", "die Kürzungen | von Stadt und Land"
TARGET_AUTHOR_LINKS = [r"der|des|von der|vom|von"]
#: what follows a town at once in a report of a protest, besides a weekday (rule location_town_before_cue)
TOWN_FOLLOWERS = ("gegen", "für", "am", "gestern", "heute")
#: nouns for an employer that name no one: a target that is only one of them is the company the article names
#: (rule target_named_employer)
EMPLOYER_NOUNS = ('Unternehmen', 'das Unternehmen', 'Konzern', 'der Konzern', 'Firma', 'die Firma', 'Arbeitgeber', 'Geschäftsführung', 'die Geschäftsführung')

#: rule size_vehicles: the vehicles and boats a protest is counted by when no people are ("about 40 vessels")
CROWD_VEHICLES = ("traktoren|trecker|schlepper|boote|schiffe|kutter|lastwagen|lkw|taxis",)

#: rule target_workplace_firm: phrases of a headline that name a firm by its workplace or its staff ("{firm}": its name)
WORKPLACE_FIRM = [
    r"\b(?:Fahrer(?:innen)?|Kuriere|Beschäftigte[n]?|Mitarbeiter(?:innen)?|Mitarbeitende[n]?|Belegschaft|Angestellte[n]?|Streik|Warnstreik|Protest|Arbeiter) (?:von|bei|beim) {firm}",
    r"\bvor (?:der|dem) (?:Zentrale|Firmenzentrale|Konzernzentrale|Werk|Werkstor|Fabrik|Lager|Verteilzentrum|Filiale) (?:von )?{firm}",
]

#: rule location_road: the articles and road nouns before a road's number ("the M62", "la autovía A-48"), and the
#: words before the town it is blocked near ("ter hoogte van")
ROAD_NOUNS = ("die", "der", "Autobahn", "Bundesstraße", "Landstraße", "Straße",)
ROAD_NEAR = ("bei", "nahe", "in Höhe von", "auf Höhe von", "zwischen",)

#: rule target_issue_author_far: a participle and its agent that join a thing, a few words on, to the body whose it is
TARGET_AUTHOR_AGENTS = [r"(?:\w+ )?durch"]

#: rule location_road_at_town: the words between a road with no number and the town it is blocked at the height of
ROAD_AT = ("bei", "in Höhe von", "auf Höhe von",)

#: (rule size_language_words) more people nouns of protest reports: trades and roles that walk out or march
CROWD_PEOPLE += (
    r"erzieher|erzieherinnen|hebammen|winzer|fischer|lokführer|lkw-fahrer|kuriere|fahrer|senioren|bewohner|händler|gastronomen|wirte|handwerker|anwälte|richter|postboten|flugbegleiter|jugendliche|metaller|bergleute",
)

#: rule location_object_verb_adverbial: a time or a means between a verb of PLACE_OBJECT_VERBS and its place (lower case)
OBJECT_VERB_ADVERBIALS = [
    r"(?:am |seit |bereits am |seit dem )?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(?:morgen|abend|nachmittag|vormittag)?",
    r"(?:stundenlang|zeitweise|gestern|heute|seit gestern|seit heute früh|seit dem frühen morgen)",
    r"mit (?:\w+ )?(?:traktoren|treckern|schleppern|fahrzeugen|autos|lastwagen|bussen)",
]

#: German capitalises every noun: a capitalised word after a town may be the object of the clause's verb
#: ("verteilten vor dem Rathaus in Kassel Flugblätter"; rule location_object_after_town)
CAPITALISED_NOUNS = True

#: the tens as words ("zo'n veertig bewoners", "rund vierzig Anwohner", "unos cuarenta vecinos"; stop 31), and the
#: texts that find them (see CROWD_KEYS above)
CROWD_NUMBER_WORDS = {**CROWD_NUMBER_WORDS, **{"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90}}
CROWD_KEYS = ("zig", "ßig")
#: a decade is no crowd ("in de jaren zestig betoogden studenten": the words before a count that make it none)
CROWD_NOT_AFTER = (r"jahre",)
