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
