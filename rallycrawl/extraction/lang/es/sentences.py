"""Spanish: abbreviations after which a full stop does not end a sentence (lower case, no stop)."""

ABBREVIATIONS = frozenset(
    """sr sra srta dr dra lic ing prof gral gob av avda núm nro pág etc ud uds vd vds dña d sto sta
    ene feb mar abr jun jul ago sep sept oct nov dic""".split()
)

#: Ordinals are not written with a full stop: "in 2024. The" ends a sentence.
ORDINAL_STOP = False
