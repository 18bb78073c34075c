"""Dutch words that tell organisations from other names (plain data, read by organisations.py)."""

HEADS = frozenset(
    """
    vakbond vakbonden federatie vereniging partij regering kabinet ministerie politie
    kamer universiteit stichting beweging comité raad collectief coalitie
    gemeente provincie
    """.split()
)
HEADS_FIRST = frozenset("vakbond federatie vereniging partij stichting beweging comité ministerie".split())
INSTITUTIONS = frozenset("regering kabinet".split())
#: heads that end Dutch compounds ("Landbouw*organisatie*", "Boeren*bond*")
COMPOUND_HEADS = ("partij", "vereniging", "organisatie", "beweging", "federatie", "raad", "collectief")
CONNECTORS = frozenset("van voor de het en".split())
AND = frozenset({"en"})
ARTICLES = frozenset("de het".split())
ROLE_AFTER = frozenset("voorzitter woordvoerder woordvoerster leider secretaris".split())
DESCRIPTOR_SUFFIXES = ()
POSSESSIVE_IN_NAME = frozenset()
GENERIC_TARGETS = frozenset("regering kabinet politie regime".split())
GENERIC_MODIFIERS = frozenset()
TARGET_CUES = frozenset("tegen eisen eisten vragen vroegen".split())
#: words that open a sentence and never a name: prepositions and adverbs beyond the stop words
NAME_OPENERS = frozenset(
    """
    volgens tijdens voor na tegen door bij met zonder over onder tussen naast ondanks vanwege
    gisteren vandaag morgen toen dan nu al ook nog zijn haar hun onze elke alle
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
ROLE_NOUNS_BEFORE = ("woordvoerder", "woordvoerster", "voorzitter", "secretaris")
#: the prepositions between such a role noun and the name
ROLE_PREPOSITIONS = ("van", "van de", "van het")
#: auxiliaries between a name and its action verb ("X *heeft* ... georganiseerd")
ACTION_AUXILIARIES = ("heeft", "hebben")
#: verbs by which the name before them organised an event ("X *organiseerde* een staking")
ACTION_VERBS = ("organiseerde", "organiseerden", "organiseert", "organiseren", "riep", "riepen")
#: the events such a verb names
ACTION_EVENTS = ("staking", "demonstratie", "betoging", "actie", "mars")
