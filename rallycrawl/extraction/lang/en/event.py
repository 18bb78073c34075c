"""English words of the protest event (read by ``extraction/event.py``).

Target cues are regex alternatives matched case-insensitively at a word start and
followed by the target's noun phrase; ``TARGET_CUES_NAMED`` need a capitalised
name after them ("a strike at Acme Logistics", not "a strike at noon").
"""

#: cues followed by what or whom the protest is against
TARGET_CUES = [
    r"to confront|in protest (?:at|over|of|against)|protests? over|protested over|rall(?:y|ies|ied) over|"
    r"call(?:ed|ing|s)? (?:on|upon)|urg(?:e|ed|ing|es)|pressur(?:e|ed|ing) on|demands? of|targeting|target|targets|"
    r"aimed at|directed at|to denounce|denouncing|resignation of|ouster of|to oust|to topple|boycott of|boycotting"
]
#: cues that name a target only after a protest word ("a march against the reform", not "guard against")
AGAINST_CUES = [r"against|opposing|to oppose|opposition to|outrage (?:at|over)|anger (?:at|over)|angry (?:at|with|over)"]
TARGET_CUES_NAMED = [r"(?:strike|strikes|walkout|walked out|picket(?:ed|ing)?|workers|employees|staff) (?:at|of|against)"]
#: "anti-lockdown protests": the word after "anti-" is the target when a protest word follows
ANTI_PREFIXES = ("anti-",)
#: words that end a target's noun phrase (after its first word)
TARGET_STOP = frozenset("""
in at on for to with from by as after before during since outside near under into through across while which
who whom that when where because but and or over amid despite following this last next its their his her
said says told monday tuesday wednesday thursday friday saturday sunday is are was were has have had will would
could can may might should be been being who's it's they he she we
""".split())
#: nouns for the institutions a protest is typically aimed at (the fallback target)
GENERIC_TARGETS = (
    "government", "authorities", "administration", "regime", "police", "parliament", "legislature", "lawmakers",
    "ministry", "employer", "employers", "management", "company", "city council", "council", "governor",
    "president", "prime minister", "junta",
)
#: words that may stand before a generic target and belong to it ("the local government")
TARGET_MODIFIERS = frozenset("local federal state national interim central military regional city provincial "
                             "municipal county transitional new".split())
#: crowd sizes in words without a number, the last resort for ``size_text`` ("a mass rally")
CROWD_QUALITATIVE = [
    r"mass (?:protests?|demos?|demonstrations?|rall(?:y|ies)|march(?:es)?|strikes?|walkouts?|mobili[sz]ations?)|"
    r"massive (?:protests?|crowds?|demonstrations?|rall(?:y|ies)|march(?:es)?|turnout)|(?:huge|large|big) crowds?"
]
#: whom a protest at a place or an appearance addresses ("outside the Ruritanian embassy",
#: "Jane Doe's speech"): case-sensitive regexes with a group "target"
TARGET_PATTERNS = [
    r"\b(?:outside|in front of|at|near|to) (?:the )?(?P<target>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,3} "
    r"(?:[Ee]mbassy|[Cc]onsulate|[Hh]eadquarters|[Oo]ffices?|[Rr]esidence|[Mm]ansion|[Ss]tore|[Ff]actory|[Pp]lant))\b",
    r"\b(?P<target>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,3})['’]s? (?:event|speech|lecture|appearance|visit|talk|address|concert|show)\b",
    r"\b(?P<target>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,2})['’]?s? (?:ouster|resignation|removal|impeachment|downfall|departure)\b",
]

# --- Crowd sizes (read by ``crowd_size.py`` for every language: a size reads the same whatever
# language the article is detected in).  Literal words unless said otherwise; lower case.
#: the crowd words below named CROWD_SHARED_* (and CROWD_SIZE_WORD_VERBS) are every article's,
#: with the rule size_language_words off too; the rule adds each language's other CROWD_* words.
#: people nouns after a count ("500 nurses"): regex alternatives
CROWD_SHARED_PEOPLE = (
    r"people|persons|protesters|protestors|demonstrators|activists|workers|teachers|students|marchers|"
    r"participants|supporters|members|residents|mourners|nurses|employees|strikers|union members|"
    r"farmers|women|men|children|families|parents|others|fans|opponents|campaigners|renters|tenants|"
    r"neighbou?rs|voters|migrants|immigrants|refugees|youths|young people|pensioners|retirees|doctors|drivers|"
    r"miners|veterans|mothers|citizens|locals|organi[sz]ers|worshippers|cyclists|"
    r"stevedores|dockers|dockworkers|librarians|detainees|prisoners|inmates|firefighters|lawyers|midwives|"
    r"academics|researchers|journalists|artists|musicians|actors|writers|pilots|cleaners|porters|shoppers|"
    r"educators|staffers|youngsters|pupils|villagers|indigenous people|farmworkers|truckers|taxi drivers",
)
#: words before a count that make it a lower bound, an upper bound, or neither (literal)
CROWD_SHARED_QUALIFIERS_MORE = ("more than", "over", "at least")
CROWD_SHARED_QUALIFIERS_LESS = ("nearly", "almost", "up to", "as many as", "fewer than", "less than")
CROWD_SHARED_QUALIFIERS_ABOUT = ("about", "around", "roughly", "approximately", "an estimated", "some")
#: numbers in words
CROWD_SHARED_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "a dozen": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "a hundred": 100, "one hundred": 100, "two hundred": 200, "three hundred": 300,
    "a thousand": 1000, "one thousand": 1000, "two thousand": 2000,
    "a million": 1_000_000, "one million": 1_000_000,
}
#: (the English size words, "hundreds of thousands" ... "dozens", name the ranges in crowd_size.py,
#: to which the other languages' CROWD_SHARED_SIZE_WORDS and CROWD_SIZE_WORDS pair their words)
#: size words beyond the range names ("a few dozen protesters", "several dozen")
CROWD_SIZE_WORDS = (("dozens", "a few dozen"), ("dozens", "several dozen"))
#: verbs after a size word that make it people ("thousands marched"), read only there: regex alternatives
CROWD_SIZE_WORD_VERBS = (
    r"gathered|marched|rallied|protested|turned out|joined|attended|took part|showed up|filled|packed|demonstrated|"
    r"stood|lined|waved",
)
#: substrings one of which each shared number and size word holds: where none stands in an article,
#: those words are not tried (a word of the rule that holds one is tried in every article too)
CROWD_SHARED_KEYS = (
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "fifteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hund", "thousand", "milli",
    "scores", "dozens",
)
#: words between the two numbers of a range ("2,000 to 3,000")
CROWD_SHARED_RANGE_WORDS = ("to", "and")
#: words after a count that make it the killed, hurt or arrested, not a crowd ("12 protesters were killed")
CROWD_SHARED_CASUALTIES = ("killed", "died", "dead", "deaths", "injured", "wounded", "hurt", "arrested", "detained", "jailed", "charged")
#: the words that join a size word to its people noun ("thousands *of* people"), read in every article
CROWD_SHARED_SIZE_WORD_OF = ("of",)
#: the words that may join a count of millions to its people noun ("1,5 millones *de* personas")
CROWD_SHARED_MILLIONS_OF = ("of",)
#: words before a bare count that make it a crowd ("a crowd of about 5,000", "the turnout at
#: 8,000", "drew 1,500"): regex alternatives, an optional qualifier may follow
CROWD_COUNT_CUES = (
    r"crowds? (?:of|estimated at|put at|numbering|of some|numbered|swelled to|grew to)",
    r"(?:turnout|attendance) (?:of|at|was|was put at|was estimated at)",
    r"(?:estimated|put|estimating|putting) (?:the )?(?:crowd|turnout|attendance|number of (?:protesters|demonstrators|participants|marchers))(?: size)? at",
    r"drew|attracted|brought out",
)
#: who gives an estimate, next to a bare count ("3,000, according to police", "police
#: estimated 3,000", "organisers said 10,000"): regex alternatives, each opening with three
#: letters or more (a text holding none of the openings is not searched; an article before
#: them is read by crowd_size.py)
CROWD_SOURCES = (
    r"according to (?:the )?(?:police|organi[sz]ers|the organi[sz]ers|(?:the )?unions?|authorities|officials|local media|city officials)",
    r"(?:police|organi[sz]ers|unions?|authorities|officials) (?:said|say|estimated|estimate|counted|put the figure at|claimed|claim)",
    r"by (?:the )?(?:police|organi[sz]ers['’]?) (?:estimates?|counts?|figures)",
    r"(?:police|organi[sz]ers['’]?) (?:estimates?|figures)",
)
#: a count that is a membership, not a crowd ("the union, which represents 45,000 workers"):
#: regex alternatives right before the count (an optional qualifier between)
CROWD_MEMBERSHIP_CUES = (r"represents|representing|represent|has|have|had|counts|boasts|membership of",)
#: verbs that make the people before them a crowd ("300 pharmacists marched"): regex alternatives
CROWD_VERBS = (
    r"gathered|marched|rallied|protested|turned out|joined (?:the|a|in)|attended|took part|showed up|walked out|"
    r"went on strike|demonstrated|took to the streets|assembled|converged|massed|picketed|are expected to (?:march|rally|join)",
)
#: the words of a count in millions ("1.2 million people")
CROWD_MILLIONS = ("million",)
#: words after a count that make it no crowd: a share, a unit, time, money (regex alternatives)
CROWD_NOT_PEOPLE = (r"percent|per cent|pct|years?|days?|hours?|weeks?|months?|minutes?|km|kilomet(?:er|re)s?|miles?|"
                    r"met(?:er|re)s?|euros?|dollars?|pounds?|signatures?|votes?|ballots?|officers?|police(?:men)?|troops|soldiers",)
#: words right before a count that make it a date ("on March 5 protesters marched")
CROWD_NOT_AFTER = (r"jan(?:uary)?|feb(?:ruary)?|march|mar|april|apr|may|june|jun|july|jul|aug(?:ust)?|sept?(?:ember)?|"
                   r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?",)

#: words of a sentence that reports the event (lower case, besides the shared event words): crowds
#: and their streets ("Thousands took to the streets of Santiago"); no \b before them, so that the
#: matcher skips to their first letters
REPORTING_WORDS = [
    r"(?:thousands|hundreds|tens of thousands|took to the streets|poured into the streets|filled the streets|"
    r"turned out|blocking|blocked (?:roads|streets|traffic|the entrance))\b",
]

# --- Location (read by event.py with the rules of event_rules.RULES named location_*)
#: prepositions that name where a protest was, besides the shared ones ("took to the streets of Santiago")
#: nouns of places written in lower case before a name or alone after a preposition ("outside Parliament",
#: "at St Aldric's Academy", "the housing estate in X")
PLACE_NOUNS = (r"parliament|academy|college|town hall|city hall|estate|depot|quarry|farm|port|entrance|quay|docks?|pier|"
               r"terminal|site|village|town",)
#: rooms of a venue a protest occupies
PLACE_NOUNS += (r"lobby|foyer|reception area|atrium|forecourt|car park|concourse|lecture hall|library|council offices",)
PLACE_PREPOSITIONS = ("the streets of", "through the streets of", "in the centre of", "in the center of")

# --- Target (read by event.py with the rules of event_rules.RULES named target_*)
#: cues before a clause whose subject is the target ("demanding that the university cut its ties")
#: the employer of the striking or protesting workers, a name after it ("workers employed by Acme Logistics")
TARGET_EMPLOYER_CUES = [r"(?:employed|contracted|hired|paid) by|(?:who|which) work(?:s|ed)? (?:for|at)|working for"]
TARGET_THAT_CUES = [r"demand(?:s|ed|ing)? that|insist(?:s|ed|ing)? that|urg(?:e|es|ed|ing) that"]
#: words that open the object of the clause's verb: the subject ends before the verb they follow
CLAUSE_OBJECT_OPENERS = frozenset("""
the a an its their his her our this that these those all any from to with on in into at for by over
""".split())
#: nouns of a change whose "to"/"on"/"in" phrase belongs to them ("cuts to diesel subsidies",
#: "restrictions on protest", "plans to close the clinic")
TARGET_PP_HEADS = frozenset("""
cut cuts change changes reform reforms amendment amendments increase increases hike hikes rise rises restriction
restrictions limit limits curb curbs attack attacks threat threats plan plans proposal proposals move moves ban bans
tax taxes levy levies
""".split())
TARGET_PP_PREPOSITIONS = frozenset("to on in".split())
#: the house of an institution or a firm the protest stands at: the target when no cue of the text
#: names one (case-sensitive regexes with a group "target"); "to" only before a firm's house ("marched
#: to the headquarters of X"), not an institution's ("strong ties to the Town Hall")
INSTITUTION_HOUSES = [
    r"\b(?:outside|in front of|at|near|on the steps of) (?:the )?(?P<target>(?:Ministry|Department|Embassy|"
    r"Consulate|Parliament|Senate|Congress|Assembly|Legislature|City Hall|Town Hall|County Hall|High Court|Supreme Court|"
    r"Capitol|State House|Statehouse|White House|Houses of Parliament|Home Office|Treasury)(?: (?:of|for) (?:the )?"
    r"[A-Z][\w\-]*(?: (?:and |of |for |the )?[A-Z][\w\-]*){0,4})?)\b",
    r"\b(?:outside|in front of|at|to|into) (?:the )?(?:headquarters|offices?|head office|residence|factory|plant|"
    r"warehouse|stores?|depot|refinery|[Aa]nnual (?:[Gg]eneral )?[Mm]eeting|[Ss]hareholders?['’]? [Mm]eeting|AGM) of (?:the )?(?P<target>[A-Z][\w.&’'\-]*"
    r"(?: (?:&|and|of) [A-Z][\w.&’'\-]*| [A-Z][\w.&’'\-]*){0,4})",
]
#: rule target_protest_about: what a protest verb takes as its object ("protested the closure of the
#: clinic", "to protest tuition hikes"): the verb, not the noun ("the protests the group held")
TARGET_ABOUT_CUES = [
    r"(?<!the )(?<!by )(?<!of )(?:protested|to protest)(?= (?!(?:on|in|at|outside|for|with|as|and|after|over|against|"
    r"the streets|there|here|again|since|during|near|until|last|this|today|yesterday|is|was|were|are|be|has|have|even|"
    r"more|less|also|too|not|further|so|such|any|what|them|it)\b)"
    r"(?![a-z]+ly\b)[a-z])|protesting(?= (?:the|a|an|its|their|his|her|plans?|cuts?|proposed|new)\b)"
]
#: rule target_opponents: what the protesters are named the opponents of ("opponents of the planned incinerator"): the target, the
#: phrase cut before the verb that follows it (see TARGET_THAT_CUES)
TARGET_OPPONENT_CUES = [r"opponents of|opposed to(?<!as opposed to)"]
#: words that announce an event (lower case regex): a weekday they come shortly before is the next
#: such day, not the last (rule date_announced_ahead: "will strike on Monday"; not "announced on
#: Monday that", where the weekday is the announcement's)
DATE_AHEAD_CUES = [r"will|plans? to|planned for|set to|is to|are to|to be held|scheduled for|intends? to|next"]

#: the verbs whose object is the place a protest holds (rule location_object_verbs, read as place prepositions)
PLACE_OBJECT_VERBS = ("occupy", "occupies", "block", "blocks", "blocked", "blockade", "blockaded", "blockading", "barricaded", "occupied", "occupying", "chained themselves to", "glued themselves to", "glued their hands to", "stormed")
#: the prepositions before a town (rule location_town_by_position: "rallied in Kellstadt on Friday")
TOWN_PREPOSITIONS = ("in",)
#: a workplace (an employer or its site) and the words before its town (rule location_workplace_town)
WORKPLACE_TOWN_NOUNS = ("company", "firm", "employer", "operator", "plant", "factory", "hospital", "council")
WORKPLACE_TOWN_LINKS = ("in", "of", "based in")
#: nouns of a region, province or area before its name: where the event is when nothing else says (rule
#: location_named_region)
REGION_NOUNS = ("the county of", "the region of", "the province of", "the district of", "the borough of")
#: a march through a town's streets: the name after it is a town (rule location_streets_town)
STREETS_OF = ("through the streets of", "the streets of", "in the streets of")
#: rule target_party_over_issue: cues after which the lead names whom the protesters ask to act or blame
#: ("called on the council to", "urged the ministry", "accused the department of"); its phrase ends
#: before what follows TARGET_PARTY_ENDS ("of using …") besides the stop words
TARGET_PARTY_CUES = [
    r"call(?:ed|ing|s)? (?:on|upon)|urg(?:e|ed|es|ing)(?= the | [^.;,]{1,60}? to \w)|accus(?:e|ed|es|ing)(?= the )|blam(?:e|ed|es|ing)(?= the )|"
    r"demand(?:s|ed|ing)? (?:of|from)(?= the )|press(?:ed|es|ing)?(?= the [^.;,]{1,60}? to \w)"
]
TARGET_PARTY_ENDS = [r" (?:of|for) \w+ing\b"]

#: rule target_counter_protest: the words that open an "against" phrase naming another group's event
#: (case-blind regex from the phrase's start): "to oppose a march by the group X" -> "the group X"
TARGET_COUNTER_EVENTS = [
    r"(?:an? |the )?(?:\w+ ){0,2}?(?:march|rally|demonstration|protest|parade|gathering|meeting|event)(?:es|s)? "
    r"(?:by|organi[sz]ed by|held by|staged by|called by)"
]

#: rule target_party_named: cues after which a name is a party the protesters ask ("demanding from Velcor a pay rise")
TARGET_PARTY_CUES_NAMED = [r"demand(?:s|ed|ing)? from|(?:demand|insist|urge)(?:s|ed|ing)? that|(?:want|wants|wanted|expect|expects) (?=[^.;,]{1,40}? to (?:reverse|withdraw|scrap|drop|reopen|restore|pay|meet)\b)"]

#: rule target_issue_author: words that join a thing the protest is against to the body whose it is
#: (case-blind regex): "new rules drawn up by the city council", "the closure of the clinic by Medra Health"
TARGET_AUTHOR_LINKS = [r"(?:drawn up|decided|imposed|planned|proposed|introduced|announced|ordered|approved|pushed) by|by|of"]
#: rule target_against_in_sentence: a protest word this many characters back in the sentence makes
#: "against X" the target ("will hold a go-slow protest through the city centre on Friday against X")
AGAINST_SENTENCE_REACH = 120
#: what follows a town at once in a report of a protest, besides a weekday (rule location_town_before_cue)
TOWN_FOLLOWERS = ("against", "over", "on", "to protest", "to demand", "in protest", "this", "last", "yesterday", "today")
#: nouns for an employer that name no one: a target that is only one of them is the company the article names
#: (rule target_named_employer)
EMPLOYER_NOUNS = ('company', 'the company', 'firm', 'the firm', 'employer', 'the employer', 'management', 'the management')

#: rule size_vehicles: the vehicles and boats a protest is counted by when no people are ("about 40 vessels")
CROWD_VEHICLES = ("tractors|vessels|boats|fishing boats|trawlers|trucks|lorries|taxis|cabs",)

#: rule target_workplace_firm: phrases of a headline that name a firm by its workplace or its staff ("{firm}": its name)
WORKPLACE_FIRM = [
    r"\b(?:outside|at|in front of|to) (?:the )?{firm} (?:offices?|headquarters|HQ|depot|warehouse|factory|plant|stores?|site|distribution cent(?:re|er)|mill|works|mine|refinery)\b",
    r"\b(?:offices?|headquarters|depot|warehouse|factory|plant|stores?) of (?:[a-z]+ ){0,2}?{firm}",
]

#: rule location_road: the articles and road nouns before a road's number ("the M62", "la autovía A-48"), and the
#: words before the town it is blocked near ("ter hoogte van")
ROAD_NOUNS = ("the", "motorway", "highway", "road", "dual carriageway", "interstate",)
ROAD_NEAR = ("near", "at", "outside", "close to",)

#: rule target_issue_author_far: a participle and its agent that join a thing, a few words on, to the body whose it is
TARGET_AUTHOR_AGENTS = [r"\w+(?:ed|en) by"]

#: rule location_road_at_town: the words between a road with no number and the town it is blocked at the height of
ROAD_AT = ("near", "close to",)

#: (rule size_language_words) more people nouns of protest reports: trades and roles that walk out or march
CROWD_PEOPLE = (
    r"staff|fishermen|fishers|shepherds|herders|bikers|motorcyclists|bus drivers|lorry drivers|truck drivers|couriers|riders|seafarers|sailors|paramedics|carers|care workers|social workers|civil servants|public servants|postal workers|lecturers|professors|scientists|engineers|mechanics|builders|construction workers|steelworkers|autoworkers|factory workers|warehouse workers|waiters|chefs|shopkeepers|market traders|street vendors|vendors|hawkers|cabbies|homeowners|rail workers|railway workers|train drivers|conductors|cabin crew|flight attendants|baggage handlers|air traffic controllers|junior doctors|dentists|pharmacists|growers|winegrowers|beekeepers|hunters|anglers|fathers|grandparents|widows|survivors|relatives",
)

#: rule location_object_verb_adverbial: a time or a means between a verb of PLACE_OBJECT_VERBS and its place (lower case)
OBJECT_VERB_ADVERBIALS = [
    r"(?:since|on|early on|late on) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening|night))?",
    r"overnight|for (?:several|two|three|four|five|six|many) (?:hours|days)|early today|this morning|yesterday",
]
