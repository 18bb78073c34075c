"""Spanish chant and sign words ("corearon", "pancartas con la leyenda")."""

STEMS = ("corea", "pancart", "consigna")
WORDS = frozenset("lema lemas cartel carteles leyenda leyendas grito gritos cánticos cantos pintadas proclamas rótulos".split())
NOT_STEMS = ()
CROWD = frozenset("manifestantes huelguistas".split())
SHOUTS = frozenset("gritaban gritaron gritando cantaban".split())
NOT_SIGNS = frozenset()
SIGN_READ = frozenset("decía decían rezaba rezaban".split())
