"""Italian chant and sign words ("scandivano", "striscioni con la scritta")."""

STEMS = ("scandiv", "scandend", "scandit", "striscion", "cartell")
WORDS = frozenset("cori coro scritta slogan grido grida".split())
NOT_STEMS = ("scandal",)
CROWD = frozenset("manifestanti scioperanti".split())
SHOUTS = frozenset("gridavano urlavano cantavano".split())
NOT_SIGNS = frozenset()
SIGN_READ = frozenset()
