"""Dutch words that tell a protest report (read by ``extraction/relevance.py``)."""

EVENT_WORDS = [
    r"staking(?:en)?|stakers|staken|staakten|gestaakt|demonstratie(?:s)?|demonstranten|demonstreerden|"
    r"betoging(?:en)?|betogers|betoogden|protest(?:en)?|protesteerden|protesteren|actievoerders|"
    r"manifestatie(?:s)?|sit-in|de straat op|blokkade(?:s)?|bezetting|bezetters|werkonderbreking(?:en)?|"
    r"prikacties?|estafettestaking(?:en)?|"
    # the present of headlines, and the work laid down ("Leraren leggen het werk neer")
    r"demonstreren|demonstreert|protesteert|(?:leggen|legden|legt|legde) (?:het|hun) werk neer|het werk neergelegd"
]
AMBIGUOUS_WORDS = [r"wake|mars|optocht|bezet|boycot|spandoeken|rellen|acties?"]
#: "actie voeren" is also what a firm or the police do ("voert actie tegen namaak"): left out
CONTEXT_WORDS = [
    r"vakbond\w*|fnv|cnv|werknemers|personeel|leraren|studenten|activisten|duizenden|honderden|tientallen|"
    r"tegen|voor het|politie|spandoek\w*|borden|eis\w*|straat|plein|boeren|trekkers|provinciehuis|stadhuis|ministerie"
]
NON_EVENT_SENSES = [r"\bdemonstratie van (?:kracht|macht|kunnen)\b|\bmanifestatie(?:s)? van\b|\bmars (?:rover|missie|planeet)\b|\bnaar mars\b"]
NON_EVENT_KEYS = ("demonstratie", "manifestatie", "mars")
#: Dutch compounds: "Klimaatprotest", "Lerarenstaking", "Boerenprotest"
COMPOUND_STEMS = ("staking", "protest", "betoging", "demonstratie")
COMPOUND_NOT = ("protestant", "stakingsrecht")
FRAMES = [r"(?:verzamelden zich|kwamen bijeen|liepen mee|demonstreerden|protesteerden) (?:voor|bij|op|in|tegen)"]
