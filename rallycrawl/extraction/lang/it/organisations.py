"""Italian words that tell organisations from other names (plain data, read by organisations.py)."""

HEADS = frozenset(
    """
    sindacato sindacati federazione confederazione associazione partito governo ministero polizia
    parlamento senato università fondazione movimento comitato consiglio collettivo
    coordinamento coalizione unione prefettura questura carabinieri
    rete alleanza piattaforma osservatorio assemblea cooperativa consulta
    """.split()
)
HEADS_FIRST = frozenset(
    """
    sindacato federazione confederazione associazione partito movimento comitato consiglio
    collettivo coordinamento unione lega fondazione ministero camera regione comune
    polizia procura guardia prefettura questura università governo
    """.split()
)
INSTITUTIONS = frozenset("governo parlamento senato".split())
CONNECTORS = frozenset("di del della delle dei degli dello per la le il e".split())
AND = frozenset({"e", "ed"})
ARTICLES = frozenset("il lo la i gli le l'".split())
ROLE_AFTER = frozenset("presidente segretario segretaria portavoce leader".split())
DESCRIPTOR_SUFFIXES = ()
POSSESSIVE_IN_NAME = frozenset()
GENERIC_TARGETS = frozenset("governo polizia regime".split())
GENERIC_MODIFIERS = frozenset()
TARGET_CUES = frozenset("contro chiedono chiesto protestano al".split())
#: words that open a sentence and never a name, glued to a name by "la", "di": prepositions and adverbs
NAME_OPENERS = frozenset(
    """
    davanti dietro durante dopo prima contro verso malgrado nonostante presso ieri oggi domani così
    poi già ancora quando mentre dove come qui secondo tra fra con per su
    suo sua suoi sue loro nostro nostra ogni tutto tutta tutti tutte
    """.split()
)
#: nouns of streets, squares and stations: a name they end (in English) or open before a connector (in
#: other languages) is a place, whatever organisation word it holds ("*Piazza* del Parlamento")
PLACE_WORDS = frozenset("piazza via viale corso stazione ponte parco".split())
#: regexes that end right before the name of who organised a protest ("organizzata *dalla* X")
ORGANISER_CUES = (
    r"(?:organizzat[aoie]|promoss[aoie]|indett[aoie]|convocat[aoie]|guidat[aoie]) (?:da|dal|dalla|dai|dalle|dallo|dagli) ",
)
#: role nouns before a preposition and an organisation's name ("*portavoce* della X")
ROLE_NOUNS_BEFORE = ("portavoce", "segretario", "segretaria")
#: the prepositions between such a role noun and the name
ROLE_PREPOSITIONS = ("di", "della", "dello", "dei", "degli")
#: auxiliaries between a name and its action verb ("X *ha* indetto lo sciopero")
ACTION_AUXILIARIES = ("ha", "hanno")
#: verbs by which the name before them organised an event ("X ha *indetto* lo sciopero")
ACTION_VERBS = (
    "organizzato", "organizza", "organizzano", "indetto", "convocato", "convocano", "proclamato", "proclama", "proclamano",
)
#: the events such a verb names
ACTION_EVENTS = ("sciopero", "manifestazione", "corteo", "presidio", "mobilitazione")
