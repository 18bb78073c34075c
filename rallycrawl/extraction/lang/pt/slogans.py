"""Portuguese chant and sign words ("gritavam", "cartazes", "faixas com os dizeres")."""

STEMS = ("cartaz", "entoav", "entoar")
WORDS = frozenset("faixa faixas dizeres palavras-de-ordem gritos".split())
NOT_STEMS = ()
CROWD = frozenset("manifestantes grevistas".split())
SHOUTS = frozenset("gritavam gritaram gritando cantavam".split())
NOT_SIGNS = frozenset()
SIGN_READ = frozenset()
