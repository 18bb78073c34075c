"""Dutch chant and sign words ("scandeerden", "spandoeken met de tekst")."""

STEMS = ("scandeer", "spandoek", "leus", "leuz")
WORDS = frozenset("borden bord motto".split())
NOT_STEMS = ()
CROWD = frozenset("demonstranten betogers stakers".split())
SHOUTS = frozenset("riepen schreeuwden zongen".split())
NOT_SIGNS = frozenset()
SIGN_READ = frozenset()
