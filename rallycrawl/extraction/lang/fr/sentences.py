"""French: abbreviations after which a full stop does not end a sentence (lower case, no stop)."""

ABBREVIATIONS = frozenset(
    """m mm mme mmes mlle dr pr me st ste av bd etc env cf p ex no nº
    janv févr avr juil sept oct nov déc""".split()
)

#: Ordinals are not written with a full stop: "in 2024. The" ends a sentence.
ORDINAL_STOP = False
