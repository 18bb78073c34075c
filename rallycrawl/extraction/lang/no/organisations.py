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
COMPOUND_HEADS = ("forbund", "forbundet", "partiet", "foreningen", "organisasjonen", "bevegelsen", "aksjonen", "rådet")
CONNECTORS = frozenset("for og i av".split())
AND = frozenset({"og"})
ARTICLES = frozenset("den det de en et ei".split())
ROLE_AFTER = frozenset("leder nestleder talsperson generalsekretær styreleder".split())
DESCRIPTOR_SUFFIXES = ()
POSSESSIVE_IN_NAME = frozenset()
GENERIC_TARGETS = frozenset("regjeringen politiet regimet stortinget".split())
GENERIC_MODIFIERS = frozenset()
TARGET_CUES = frozenset("mot krever krevde".split())
