"""English: abbreviations after which a full stop does not end a sentence (lower case, no stop).

Words that also end sentences as themselves ("no", "ill", "mass", "sun") are left out.
"""

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st sen rep gov gen lt sgt capt cmdr adm maj pres supt insp det rev sr jr
    vol eds inc corp ltd co bros dept univ assn approx etc vs
    jan feb mar apr jun jul aug sep sept oct nov dec tues thurs
    ala ariz ark calif colo conn fla ill kan ky md mich minn mont neb nev okla pa tenn tex va vt wis wyo""".split()
) - {"ill"}

#: Ordinals are not written with a full stop: "in 2024. The" ends a sentence.
ORDINAL_STOP = False
