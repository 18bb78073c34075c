"""Norwegian: abbreviations after which a full stop does not end a sentence (lower case, no stop)."""

ABBREVIATIONS = frozenset(
    """bl a f eks osv mv ca dvs nr kl jf evt inkl mht pga ang st ds prof dr jan feb apr jun jul aug sep sept
    okt nov""".split()
)

#: Ordinals are written with a full stop ("17. mai", "den 3. mars").
ORDINAL_STOP = True
