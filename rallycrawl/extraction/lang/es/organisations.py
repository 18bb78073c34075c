"""Spanish words that tell organisations from other names (plain data, read by organisations.py)."""

HEADS = frozenset(
    """
    sindicato sindicatos federación confederación asociación partido gobierno ministerio policía
    congreso senado cámara universidad fundación coordinadora unión central frente movimiento
    ayuntamiento comité consejo colectivo plataforma corte tribunal
    """.split()
)
HEADS_FIRST = frozenset(
    """
    unión sindicato federación confederación asociación coordinadora plataforma ayuntamiento agencia
    comité consejo movimiento frente partido colectivo liga asamblea corte tribunal
    """.split()
)
INSTITUTIONS = frozenset("gobierno congreso senado".split())
CONNECTORS = frozenset("de del la las los el y por para".split())
AND = frozenset({"y", "e"})
ARTICLES = frozenset("el la los las".split())
ROLE_AFTER = frozenset("presidente presidenta portavoz secretario secretaria dirigente".split())
DESCRIPTOR_SUFFIXES = ()
POSSESSIVE_IN_NAME = frozenset()
GENERIC_TARGETS = frozenset("gobierno policía régimen".split())
GENERIC_MODIFIERS = frozenset()
TARGET_CUES = frozenset("contra exigen exigieron exigir piden pidieron reclaman al".split())
