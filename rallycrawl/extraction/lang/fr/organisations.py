"""French words that tell organisations from other names (plain data, read by organisations.py)."""

HEADS = frozenset(
    """
    syndicat syndicats fédération confédération parti gouvernement ministère assemblée sénat
    université fondation mouvement collectif union
    """.split()
)
HEADS_FIRST = frozenset(
    "syndicat fédération confédération association collectif agence union mairie université parti "
    "mouvement comité conseil".split()
)
INSTITUTIONS = frozenset("parlement gouvernement".split())
CONNECTORS = frozenset("de des du la le les et pour".split())
AND = frozenset({"et"})
ARTICLES = frozenset("le la les".split())
ROLE_AFTER = frozenset("président présidente secrétaire porte-parole".split())
DESCRIPTOR_SUFFIXES = ()
POSSESSIVE_IN_NAME = frozenset()
GENERIC_TARGETS = frozenset("gouvernement police régime préfecture".split())
GENERIC_MODIFIERS = frozenset()
TARGET_CUES = frozenset("contre exigent exigé réclament demandent au".split())
