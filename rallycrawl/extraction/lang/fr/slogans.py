"""French chant and sign words ("scandaient", "banderoles")."""

STEMS = ("scand", "banderol", "pancarte")
WORDS = frozenset("slogan slogans cris écriteau écriteaux calicot calicots affiche affiches chants refrain".split())
#: "scandale" is a scandal, "chanteuse" a singer
NOT_STEMS = ("scandal", "scandin", "chanteuse")
CROWD = frozenset("manifestants grévistes".split())
SHOUTS = frozenset("criaient crient chantaient".split())
NOT_SIGNS = frozenset()
SIGN_READ = frozenset("proclamant".split())
