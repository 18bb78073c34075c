"""Norwegian words that tell organisations from other names (plain data, read by organisations.py)."""

HEADS = frozenset(
    """
    forbund forbundet fagforening fagforeningen forening foreningen parti partiet regjeringen departementet
    politiet stortinget universitet universitetet stiftelse stiftelsen bevegelse bevegelsen nettverk
    nettverket komité komiteen råd rådet aksjon aksjonen kommune kommunen organisasjon organisasjonen
    """.split()
)
HEADS_FIRST = frozenset("forbund forening parti aksjon".split())
INSTITUTIONS = frozenset("regjeringen stortinget".split())
#: heads that end Norwegian compounds ("Lærer*forbundet*", "Natur*vernforbundet*", "Arbeider*partiet*")
#: (read with the German and Dutch ones: no German or Dutch word ends so)
COMPOUND_HEADS = (
    "forbund", "forbundet", "partiet", "forening", "foreningen", "organisasjonen", "bevegelsen", "aksjonen", "rådet",
    "laget", "alliansen", "nettverket", "kollektivet", "stiftelsen", "komiteen", "unionen",
)
CONNECTORS = frozenset("for og i av".split())
AND = frozenset({"og"})
ARTICLES = frozenset("den det de en et ei".split())
ROLE_AFTER = frozenset("leder nestleder talsperson generalsekretær styreleder".split())
DESCRIPTOR_SUFFIXES = ()
GENERIC_TARGETS = frozenset("regjeringen politiet regimet stortinget".split())
TARGET_CUES = frozenset("mot krever krevde".split())
#: words that open a sentence and never a name ("*Ifølge* Norsk Studentforening", "*Etter* ...")
NAME_OPENERS = frozenset(
    """
    ifølge etter før under mot foran utenfor blant hos fra med uten ved også men da når der her
    derfor likevel dessuten samtidig både
    """.split()
)
#: regexes that end right before the name of who organised a protest ("arrangert *av* X")
ORGANISER_CUES = (
    r"(?:organisert|arrangert|initiert|ledet|innkalt|tatt ut) av ",
    r"i regi av ",
)
#: role nouns before a preposition and an organisation's name ("*leder* i X", "*talsperson* for X")
ROLE_NOUNS_BEFORE = (
    "leder", "lederen", "nestleder", "talsperson", "talspersonen", "generalsekretær", "styreleder",
    # the members of a group ("*aktivister* fra X", "*medlemmer* av X")
    "medlem", "medlemmer", "aktivister",
)
#: the prepositions between such a role noun and the name
ROLE_PREPOSITIONS = ("i", "for", "av", "fra", "hos")
#: of ROLE_NOUNS_BEFORE, the members of a crowd: one word after them and a preposition is as often where they
#: come from as a group, so it counts only as an acronym or a name of several words (rule crowd-from)
CROWD_NOUNS = ("aktivister", "medlemmer")
#: auxiliaries between a name and its action verb ("X *har* tatt ut")
ACTION_AUXILIARIES = ("har", "hadde")
#: verbs by which the name before them organised an event ("X *arrangerte* en demonstrasjon")
ACTION_VERBS = (
    "arrangerte", "arrangerer", "organiserte", "organiserer", "inviterte", "inviterer", "varslet", "varsler", "innkalte",
)
#: the events such a verb names (and their definite forms: "X arrangerte *demonstrasjonen*")
ACTION_EVENTS = (
    "demonstrasjon", "markering", "streik", "aksjon", "fakkeltog", "protest",
    "demonstrasjonen", "markeringen", "streiken", "aksjonen", "fakkeltoget", "protesten",
)
#: endings of lower-case compounds (with the definite article) that say what an organisation is, right
#: before its name: "miljø*organisasjonen* Grønn Framtid", "aksjons*gruppa* Nei til Nedlegging" (rule
#: "compound-org-noun"; the plain nouns, "organisasjonen X", are among them)
COMPOUND_ORG_NOUN_ENDINGS = (
    "organisasjonen", "foreningen", "forbundet", "partiet", "bevegelsen", "nettverket", "gruppa", "gruppen",
    "aksjonen", "alliansen", "stiftelsen", "selskapet", "konsernet", "kollektivet", "laget",
)
#: definite heads that end a one-word name: Norwegian writes its common nouns in lower case, so a capitalised
#: "Yrkessjåfør*forbundet*", "Arbeider*partiet*", "Natur*vernforbundet*" is a name wherever it stands (rule
#: "compound-name"; at least three letters before the head: "Partiet krever" is the party; not "laget", a
#: team as often: "Landslaget")
COMPOUND_NAME_HEADS = (
    "forbundet", "partiet", "foreningen", "organisasjonen", "bevegelsen", "aksjonen", "alliansen", "nettverket",
    "stiftelsen", "unionen", "kollektivet",
)
#: verbs of saying that follow their subject: an acronym before one is a body that speaks (rule
#: acronym-says, as English "the KTA *said*"): "FKV *sier*"
SPEECH_VERBS = ("sier", "opplyser", "melder", "mener", "varsler", "varslet", "krever", "kritiserer", "uttalte")
#: a source given before its name, the name then ending a clause (rule acronym-source, as English
#: "according to the KTA,"): "*ifølge* FKV,"
SOURCE_BEFORE = ("ifølge",)
#: prepositions right before an acronym that make it no verb's subject (rule acronym-says)
PREPOSITIONS_BEFORE_SUBJECT = ("av", "med", "for", "fra", "hos", "til", "mot", "om")
#: plural nouns for organisations before a list of their names, and the words that open the list (rule
#: list-introducer: "associazioni, tra cui X e Y", "entidades como X", "vakbonden zoals X", "grupper, blant annet X")
LIST_NOUNS = ("organisasjoner", "fagforeninger", "partier", "grupper", "bevegelser")
LIST_INTRODUCERS = ("blant annet", "deriblant", "slik som")

#: lower-case prepositions that go on inside a name after its organisation word, though the shared name pattern
#: (names.NAME, read in every language) has no place for them, being words of other senses elsewhere (rule
#: inner-connector, this language's articles allowed after them): "Aksjonen *mot* Gruvedumping"
INNER_CONNECTORS = ("mot", "uten")

#: lower-case words that may sit inside a proper name ("Federación *de* Trabajadores"); names.py
#: pools every language's into the connector of its NAME pattern
NAME_CONNECTORS = ()

#: company legal forms written after a firm's name, in their own case, without a final dot (rule legal-form):
#: "Kestrel Frakt *AS*", "Lumo Shipping *ASA*"
LEGAL_FORMS = ("AS", "ASA")
