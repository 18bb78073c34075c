"""German: abbreviations after which a full stop does not end a sentence (lower case, no stop)."""

ABBREVIATIONS = frozenset(
    """dr prof hr fr nr str bzw ca vgl usw etc sog ggf evtl inkl bzgl z b d h u a o ä jh jhd mio mrd
    st abs art bd gmbh e v jan feb febr mär apr jun jul aug sep sept okt nov dez""".split()
)

#: Ordinals are written with a full stop ("am 3. Mai", "im 20. Jahrhundert").
ORDINAL_STOP = True
