"""Norwegian chant and sign words ("ropte", "plakater med teksten", "paroler").

Every language's chant and sign words are read on every page: no stem that starts an English
word ("parol" would be "parole"), no shout that is one ("sang").
"""

STEMS = ("plakat", "slagord", "transparent")
WORDS = frozenset("skilt skiltene skilter paroler parolen parolene banneret bannere bannerne".split())
NOT_STEMS = ()
CROWD = frozenset("demonstranter demonstrantene deltakere deltakerne streikende".split())
SHOUTS = frozenset("ropte roper skanderte skanderer".split())
NOT_SIGNS = frozenset()
SIGN_READ = frozenset("står".split())
